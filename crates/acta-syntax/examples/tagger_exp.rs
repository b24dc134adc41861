//! Tagger experiments: trains the first tagger pass on EWT train and GUM with the given
//! optional feature groups and prints dev UPOS after every epoch (and the errors by gold and
//! predicted UPOS at the end):
//! `cargo run --release -p acta-syntax --example tagger_exp -- --features 3 --epochs 8`;
//! `--clusters FILE` (written by `acta train clusters`) adds the word-class features.

use std::collections::BTreeMap;

use acta_core::conllu::{self, ConlluSentence};
use acta_syntax::tagger;
use acta_syntax::train;

fn read(path: &str) -> Vec<ConlluSentence> {
    conllu::parse(&std::fs::read_to_string(path).expect("treebank")).expect("CoNLL-U")
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let num = |name: &str, d: usize| {
        args.iter()
            .position(|a| a == name)
            .and_then(|i| args.get(i + 1))
            .map_or(d, |v| v.parse().expect("number"))
    };
    let set = num("--features", 0) as u32;
    let epochs = num("--epochs", 8);
    let clusters = args
        .iter()
        .position(|a| a == "--clusters")
        .and_then(|i| args.get(i + 1))
        .map(|p| {
            tagger::ClusterTable::new(
                acta_syntax::clusters::Clusters::load(std::path::Path::new(p)).expect("clusters"),
            )
        });
    let root = concat!(env!("CARGO_MANIFEST_DIR"), "/../../../shared/data");
    let mut train = read(&format!("{root}/ud-english-ewt/en_ewt-ud-train.conllu"));
    train.extend(read(&format!("{root}/gum/gum-train-open.conllu")));
    let dev = read(&format!("{root}/ud-english-ewt/en_ewt-ud-dev.conllu"));
    let classes = train::tag_classes(&train);
    let upos: Vec<String> = classes.iter().map(|c| c.0.clone()).collect();
    let xpos: Vec<String> = classes.iter().map(|c| c.1.clone()).collect();
    let examples =
        |sents: &[ConlluSentence]| train::tag_examples(sents, &classes, clusters.as_ref());
    let tr = examples(&train);
    let started = std::time::Instant::now();
    let mut best = 0;
    let t = tagger::train(
        upos.clone(),
        xpos.clone(),
        &tr,
        None,
        epochs,
        num("--seed", 1) as u64,
        set,
        clusters.as_ref(),
        |epoch, t| {
            let (mut ok, mut n) = (0, 0);
            for s in &dev {
                let forms: Vec<&str> = s.words.iter().map(|w| w.form.as_str()).collect();
                for (c, w) in t.tag(&forms).into_iter().zip(&s.words) {
                    n += 1;
                    ok += (t.upos[c] == w.upos) as usize;
                }
            }
            let b = ok > best;
            if b {
                best = ok;
            }
            eprintln!(
                "epoch {:>2}: dev UPOS {:.2}{} ({:.0} s, {:?})",
                epoch + 1,
                100.0 * ok as f64 / n as f64,
                if b { " *" } else { "" },
                started.elapsed().as_secs_f64(),
                t.size()
            );
            b
        },
        || {},
    );
    let mut conf: BTreeMap<(String, String), usize> = BTreeMap::new();
    for s in &dev {
        let forms: Vec<&str> = s.words.iter().map(|w| w.form.as_str()).collect();
        for (c, w) in t.tag(&forms).into_iter().zip(&s.words) {
            if t.upos[c] != w.upos {
                *conf.entry((w.upos.clone(), t.upos[c].clone())).or_default() += 1;
            }
        }
    }
    let mut v: Vec<_> = conf.into_iter().collect();
    v.sort_by_key(|x| std::cmp::Reverse(x.1));
    for ((g, p), n) in v.iter().take(12) {
        eprintln!("{g} -> {p}: {n}");
    }
}
