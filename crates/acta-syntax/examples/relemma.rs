//! Replaces the lemmatizer of a model with one trained on the given treebanks, keeping its
//! tagger and parser (for trying lemmatizer changes without retraining the rest):
//! `cargo run --release -p acta-syntax --example relemma -- IN_DIR OUT_DIR TRAIN.conllu...`.

use std::path::Path;

use acta_syntax::{Lemmatizer, Model, Parser, Tagger};

fn main() {
    let args: Vec<String> = std::env::args().collect();
    if args.len() < 4 {
        eprintln!("usage: relemma IN_DIR OUT_DIR TRAIN.conllu...");
        std::process::exit(2);
    }
    let dir = Path::new(&args[1]);
    let raw = |f: &str| {
        zstd::stream::decode_all(&std::fs::read(dir.join(f)).expect("file")[..]).expect("zstd")
    };
    let tagger = Tagger::read(&raw(acta_syntax::TAGGER_FILE)).expect("tagger");
    let parser = Parser::read(&raw(acta_syntax::PARSER_FILE)).expect("parser");
    let mut sents = Vec::new();
    for f in &args[3..] {
        let text = std::fs::read_to_string(f).expect("treebank");
        sents.extend(acta_core::conllu::parse(&text).expect("CoNLL-U"));
    }
    let lemmatizer = Lemmatizer::train(sents.iter().flat_map(|s| s.words.iter()).map(|w| {
        (
            w.form.as_str(),
            w.upos.as_str(),
            w.xpos.as_str(),
            w.lemma.as_str(),
        )
    }));
    Model {
        tagger,
        lemmatizer,
        parser,
    }
    .save(Path::new(&args[2]))
    .expect("saved");
}
