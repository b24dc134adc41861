//! Writes a copy of a model without its smallest weights, to see what pruning costs:
//! `cargo run --release -p acta-syntax --example prune -- IN_DIR OUT_DIR TAGGER_Q PARSER_Q`.

use std::path::Path;

fn main() {
    let args: Vec<String> = std::env::args().collect();
    if args.len() != 5 {
        eprintln!("usage: prune IN_DIR OUT_DIR TAGGER_Q PARSER_Q");
        std::process::exit(2);
    }
    let m = acta_syntax::Model::load(Path::new(&args[1])).expect("model");
    let (tq, pq): (i32, i32) = (args[3].parse().expect("q"), args[4].parse().expect("q"));
    let pruned = acta_syntax::Model {
        tagger: m.tagger.pruned(tq),
        lemmatizer: m.lemmatizer.clone(),
        parser: m.parser.pruned(pq),
    };
    pruned.save(Path::new(&args[2])).expect("saved");
    for (name, bytes) in pruned.to_bytes() {
        println!("{name}: {:.2} MB", bytes.len() as f64 / 1e6);
    }
    println!(
        "tagger {:?} parser {:?}",
        pruned.tagger.size(),
        pruned.parser.size()
    );
}
