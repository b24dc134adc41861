//! Parser experiments without retraining the tagger: jackknifed training tags and dev tags
//! are computed once (4 folds of the first-pass tagger, as `acta train syntax` does; dev tags
//! from the shipped tagger) and cached, then a parser is trained on them and scored on dev
//! after every epoch.
//!
//! ```text
//! cargo run --release -p acta-syntax --example parser_exp -- \
//!     --cache /tmp/tags --beam 8 --epochs 10 [--every 3] [--seed 1] [--out DIR]
//! ```
//!
//! `--every 3` trains on every third training sentence (quick comparisons). With `--out`,
//! the best epoch's parser replaces the parser of the shipped model in DIR. `--pseudo N`
//! trains a pseudo-projective parser keeping lifted labels seen N times;
//! `--gold-dev-tags` scores on dev with its gold tags (how much tagging errors cost).

use std::path::{Path, PathBuf};
use std::time::Instant;

use acta_core::conllu::{self, ConlluSentence};
use acta_syntax::eval;
use acta_syntax::parser::{self, Input, ParseExample, ParserTraining};
use acta_syntax::tagger::{self, TagExample};
use acta_syntax::train;
use acta_syntax::Model;

fn read(path: &str) -> Vec<ConlluSentence> {
    let text = std::fs::read_to_string(path).expect("treebank");
    conllu::parse(&text)
        .expect("CoNLL-U")
        .into_iter()
        .filter(|s| s.words.iter().all(|w| w.head <= s.words.len()))
        .collect()
}

fn write_tags(path: &Path, tags: &[Vec<(String, String)>]) {
    let mut s = String::new();
    for sent in tags {
        for (u, x) in sent {
            s.push_str(u);
            s.push('\t');
            s.push_str(x);
            s.push('\n');
        }
        s.push('\n');
    }
    std::fs::write(path, s).expect("write tags");
}

fn read_tags(path: &Path) -> Option<Vec<Vec<(String, String)>>> {
    let text = std::fs::read_to_string(path).ok()?;
    let mut out = vec![];
    let mut cur = vec![];
    for line in text.lines() {
        if line.is_empty() {
            out.push(std::mem::take(&mut cur));
        } else {
            let (u, x) = line.split_once('\t')?;
            cur.push((u.to_string(), x.to_string()));
        }
    }
    Some(out)
}

fn jackknife(train: &[ConlluSentence], k: usize, epochs: usize) -> Vec<Vec<(String, String)>> {
    let classes = train::tag_classes(train);
    let upos: Vec<String> = classes.iter().map(|c| c.0.clone()).collect();
    let xpos: Vec<String> = classes.iter().map(|c| c.1.clone()).collect();
    let examples = train::tag_examples(train, &classes, None);
    let mut out = vec![vec![]; train.len()];
    for fold in 0..k {
        eprintln!("jackknife fold {fold}");
        let rest: Vec<TagExample> = examples
            .iter()
            .enumerate()
            .filter(|(i, _)| i % k != fold)
            .map(|(_, e)| TagExample {
                words: e.words.clone(),
                gold: e.gold.clone(),
            })
            .collect();
        let t = tagger::train(
            upos.clone(),
            xpos.clone(),
            &rest,
            None,
            epochs,
            1 + fold as u64 + 1,
            0,
            None,
            |_, _| true,
            || {},
        );
        for (i, s) in train.iter().enumerate() {
            if i % k == fold {
                let forms: Vec<&str> = s.words.iter().map(|w| w.form.as_str()).collect();
                out[i] = t
                    .tag(&forms)
                    .into_iter()
                    .map(|c| (t.upos[c].clone(), t.xpos[c].clone()))
                    .collect();
            }
        }
    }
    out
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let arg = |name: &str| {
        args.iter()
            .position(|a| a == name)
            .and_then(|i| args.get(i + 1))
            .cloned()
    };
    let num = |name: &str, d: usize| arg(name).map_or(d, |v| v.parse().expect("number"));
    let cache = PathBuf::from(arg("--cache").unwrap_or_else(|| "/tmp/acta-tags".into()));
    let beam = num("--beam", 1);
    let epochs = num("--epochs", 10);
    let every = num("--every", 1);
    let seed = num("--seed", 1) as u64;
    let feature_set = num("--features", 0) as u32;
    let root = concat!(env!("CARGO_MANIFEST_DIR"), "/../../../shared/data");
    let mut train = read(&format!("{root}/ud-english-ewt/en_ewt-ud-train.conllu"));
    train.extend(read(&format!("{root}/gum/gum-train-open.conllu")));
    let dev = read(&format!("{root}/ud-english-ewt/en_ewt-ud-dev.conllu"));
    std::fs::create_dir_all(&cache).expect("cache dir");
    let train_tags = match read_tags(&cache.join("train.tags")) {
        Some(t) if t.len() == train.len() => t,
        _ => {
            let t = jackknife(&train, 4, 8);
            write_tags(&cache.join("train.tags"), &t);
            t
        }
    };
    let shipped = Model::load(Path::new(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../data/models/syntax"
    )))
    .expect("shipped model");
    let dev_tags = match read_tags(&cache.join("dev.tags")) {
        Some(t) if t.len() == dev.len() => t,
        _ => {
            let t: Vec<Vec<(String, String)>> = dev
                .iter()
                .map(|s| {
                    let forms: Vec<&str> = s.words.iter().map(|w| w.form.as_str()).collect();
                    let tg = &shipped.tagger;
                    tg.tag(&forms)
                        .into_iter()
                        .map(|c| (tg.upos[c].clone(), tg.xpos[c].clone()))
                        .collect()
                })
                .collect();
            write_tags(&cache.join("dev.tags"), &t);
            t
        }
    };
    let pseudo = num("--pseudo", 0);
    let gold_trees: Vec<(Vec<usize>, Vec<&str>)> = train
        .iter()
        .map(|s| {
            (
                s.words.iter().map(|w| w.head).collect(),
                s.words.iter().map(|w| w.deprel.as_str()).collect(),
            )
        })
        .collect();
    let (labels, trees) = parser::training_trees(&gold_trees, pseudo > 0, pseudo);
    eprintln!("{} labels", labels.len());
    let input = |s: &ConlluSentence, tags: &[(String, String)]| {
        let forms: Vec<&str> = s.words.iter().map(|w| w.form.as_str()).collect();
        let u: Vec<&str> = tags.iter().map(|t| t.0.as_str()).collect();
        let x: Vec<&str> = tags.iter().map(|t| t.1.as_str()).collect();
        Input::tagged(&forms, &u, &x)
    };
    let data: Vec<ParseExample> = train
        .iter()
        .zip(&train_tags)
        .zip(trees)
        .enumerate()
        .filter(|(i, _)| i % every == 0)
        .map(|(_, ((s, tags), (heads, ls)))| ParseExample::new(input(s, tags), &heads, &ls))
        .collect();
    let dev_inputs: Vec<Input> = dev
        .iter()
        .zip(&dev_tags)
        .map(|(s, t)| input(s, t))
        .collect();
    eprintln!(
        "{} training sentences, beam {beam}, {epochs} epochs, feature groups {feature_set}",
        data.len()
    );
    let started = Instant::now();
    let mut epoch_start = Instant::now();
    let mut best_las = 0;
    let p = parser::train(
        labels.clone(),
        &data,
        &ParserTraining {
            epochs,
            seed,
            beam,
            explore_from: 1,
            explore_p: 0.9,
            feature_set,
        },
        |epoch, p| {
            let train_s = epoch_start.elapsed().as_secs_f64();
            let t = Instant::now();
            let (mut uas, mut las, mut n) = (0, 0, 0);
            for (s, inp) in dev.iter().zip(&dev_inputs) {
                let tree = p.parse(inp);
                for (i, g) in s.words.iter().enumerate() {
                    let ok = tree.heads[i] == g.head;
                    n += 1;
                    uas += ok as usize;
                    las += (ok
                        && eval::universal(&p.labels[tree.labels[i]]) == eval::universal(&g.deprel))
                        as usize;
                }
            }
            let best = las > best_las;
            if best {
                best_las = las;
            }
            eprintln!(
                "epoch {:>2}: dev UAS {:.2} LAS {:.2}{}  (train {:.0} s, dev parse {:.1} s, {:?} features/weights)",
                epoch + 1,
                100.0 * uas as f64 / n as f64,
                100.0 * las as f64 / n as f64,
                if best { " *" } else { "" },
                train_s,
                t.elapsed().as_secs_f64(),
                p.size()
            );
            epoch_start = Instant::now();
            best
        },
        || {},
    );
    eprintln!("done in {:.0} s", started.elapsed().as_secs_f64());
    if let Some(out) = arg("--out") {
        let m = Model {
            tagger: shipped.tagger.clone(),
            lemmatizer: shipped.lemmatizer.clone(),
            parser: p,
        };
        m.save(Path::new(&out)).expect("save");
        eprintln!("saved to {out}");
    }
}
