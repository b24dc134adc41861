//! Training the three models from CoNLL-U treebanks: deterministic for a given seed and data.
//!
//! 1. The lemmatizer is counted from the training words.
//! 2. The tagger is trained for `tagger_epochs`; the epoch with the best dev UPOS is kept.
//!    With jackknifing (below), a second pass is trained that also sees the first pass's
//!    (jackknifed) tags of the next two words.
//! 3. The parser is trained on predicted tags: with `jackknife = k`, the training set is cut
//!    in k parts and each part is tagged by a tagger trained on the others, so that the parser
//!    learns from tags as wrong as they will be at run time. The epoch with the best dev LAS
//!    (on tags from the final tagger) is kept.

use std::collections::BTreeSet;

use acta_core::conllu::ConlluSentence;

use crate::eval::{self, Scores};
use crate::parser::{self, Input, ParseExample, Parser};
use crate::tagger::{self, ClusterTable, TagExample, Tagger, WordInfo};
use crate::{Lemmatizer, Model};

#[derive(Clone, Debug)]
pub struct TrainOptions {
    pub tagger_epochs: usize,
    pub parser_epochs: usize,
    pub seed: u64,
    /// Folds for jackknifed parser-training tags; 0 or 1 trains the parser on gold tags.
    pub jackknife: usize,
    /// First parser epoch (from 0) that follows the model's own moves (exploration).
    pub explore_from: usize,
    /// Probability of following the model's move when exploring.
    pub explore_p: f64,
    /// Train a second tagger pass on jackknifed first-pass tags (needs `jackknife` ≥ 2); it
    /// is kept only when it beats the first pass on dev.
    pub two_pass: bool,
    /// Weights smaller than this many 16-bit quantization steps are dropped from the final
    /// model (size and load time against a little accuracy; see `docs/models.md`).
    pub prune: i32,
    /// Parser beam width: 1 trains a greedy parser with the dynamic oracle, more a beam
    /// parser with global (max-violation) training, which then parses with that beam.
    pub beam: usize,
    /// Optional parser feature groups ([`parser::feature_groups`]).
    pub feature_set: u32,
    /// Optional tagger feature groups ([`tagger::feature_groups`]).
    pub tagger_features: u32,
    /// Pseudo-projective parsing ([`parser::lift`]); else crossing arcs are lifted unmarked.
    pub pseudo_projective: bool,
    /// Lifted labels seen fewer times than this in training lose their mark.
    pub lift_min_count: usize,
    /// Add a copy of one in this many sentences with a nominal subject right before its
    /// finite verb, with a day inserted between them ([`crate::augment::wire_dates`]); 0
    /// adds none.
    pub wire_dates: usize,
    /// Word classes for the tagger ([`crate::clusters`]); with them the tagger also uses the
    /// [`tagger::feature_groups::CLUSTERS`] features and keeps the classes in its file.
    pub clusters: Option<crate::clusters::Clusters>,
}

impl Default for TrainOptions {
    fn default() -> TrainOptions {
        TrainOptions {
            tagger_epochs: 8,
            parser_epochs: 12,
            seed: 1,
            jackknife: 4,
            explore_from: 1,
            explore_p: 0.9,
            two_pass: true,
            prune: 512,
            beam: 1,
            feature_set: 0,
            tagger_features: 0,
            pseudo_projective: false,
            lift_min_count: 3,
            wire_dates: 0,
            clusters: None,
        }
    }
}

/// What training reports as it goes.
#[derive(Clone, Debug)]
pub enum Progress {
    /// A stage begins: `steps` sentences will be processed in it.
    Stage { name: String, steps: u64 },
    /// One more sentence processed.
    Step,
    /// An epoch ended: a line of dev scores.
    Epoch { line: String },
}

/// The tagger's classes: every (UPOS, XPOS) pair of the sentences, sorted.
pub fn tag_classes(sents: &[ConlluSentence]) -> Vec<(String, String)> {
    let set: BTreeSet<(String, String)> = sents
        .iter()
        .flat_map(|s| s.words.iter().map(|w| (w.upos.clone(), w.xpos.clone())))
        .collect();
    set.into_iter().collect()
}

/// The sentences as tagger training examples over `classes` (see [`tag_classes`]), with word
/// classes from `clusters` when given.
pub fn tag_examples(
    sents: &[ConlluSentence],
    classes: &[(String, String)],
    clusters: Option<&ClusterTable>,
) -> Vec<TagExample> {
    sents
        .iter()
        .map(|s| TagExample {
            words: s
                .words
                .iter()
                .map(|w| WordInfo::classed(&w.form, clusters))
                .collect(),
            gold: s
                .words
                .iter()
                .map(|w| {
                    classes
                        .binary_search(&(w.upos.clone(), w.xpos.clone()))
                        .unwrap_or(0)
                })
                .collect(),
        })
        .collect()
}

fn dev_tag_accuracy(t: &Tagger, dev: &[TagExample]) -> (usize, usize) {
    let mut ok = 0;
    let mut n = 0;
    for ex in dev {
        let p = tagger::tag_infos(t, &ex.words);
        for (a, &g) in p.iter().zip(&ex.gold) {
            n += 1;
            ok += (t.upos[*a] == t.upos[g]) as usize;
        }
    }
    (ok, n)
}

/// Trains tagger, lemmatizer and parser.
pub fn train(
    train: &[ConlluSentence],
    dev: &[ConlluSentence],
    opts: &TrainOptions,
    progress: &dyn Fn(Progress),
) -> Model {
    // sentences whose heads are out of range cannot be used
    let train: Vec<&ConlluSentence> = train
        .iter()
        .filter(|s| s.words.iter().all(|w| w.head <= s.words.len()))
        .collect();
    let mut train: Vec<ConlluSentence> = train.into_iter().cloned().collect();
    let extra = crate::augment::wire_dates(&train, opts.wire_dates);
    if !extra.is_empty() {
        progress(Progress::Epoch {
            line: format!("wire-date copies added: {} sentences", extra.len()),
        });
    }
    train.extend(extra);

    let lemmatizer = Lemmatizer::train(train.iter().flat_map(|s| s.words.iter()).map(|w| {
        (
            w.form.as_str(),
            w.upos.as_str(),
            w.xpos.as_str(),
            w.lemma.as_str(),
        )
    }));

    let classes = tag_classes(&train);
    let upos: Vec<String> = classes.iter().map(|c| c.0.clone()).collect();
    let xpos: Vec<String> = classes.iter().map(|c| c.1.clone()).collect();
    let clusters = opts.clusters.clone().map(ClusterTable::new);
    let clusters = clusters.as_ref();
    let tagger_features = opts.tagger_features
        | if clusters.is_some() {
            tagger::feature_groups::CLUSTERS | tagger::feature_groups::CLUSTER_CONTEXT
        } else {
            0
        };
    let tag_train = tag_examples(&train, &classes, clusters);
    let tag_dev = tag_examples(dev, &classes, clusters);

    progress(Progress::Stage {
        name: "tagger".into(),
        steps: (tag_train.len() * opts.tagger_epochs) as u64,
    });
    let n_dev = tag_dev.iter().map(|e| e.gold.len()).sum::<usize>().max(1) as f64;
    let report = |pass: &str, epoch: usize, ok: usize, best: bool, t: &Tagger| {
        let (feats, weights) = t.size();
        progress(Progress::Epoch {
            line: format!(
                "tagger {pass} epoch {:>2}: dev UPOS {:.2}{}   ({feats} features, {weights} weights)",
                epoch + 1,
                100.0 * ok as f64 / n_dev,
                if best { " *" } else { "" }
            ),
        });
    };
    let mut best_upos = 0usize;
    let first = tagger::train(
        upos.clone(),
        xpos.clone(),
        &tag_train,
        None,
        opts.tagger_epochs,
        opts.seed,
        tagger_features,
        clusters,
        |epoch, t| {
            let (ok, _) = dev_tag_accuracy(t, &tag_dev);
            let best = ok > best_upos || epoch == 0;
            if best {
                best_upos = ok;
            }
            report("pass 1", epoch, ok, best, t);
            best
        },
        || progress(Progress::Step),
    );

    // first-pass tags of the training set, each part tagged by a tagger trained on the others
    let jack: Option<Vec<Vec<usize>>> = (opts.jackknife >= 2).then(|| {
        let k = opts.jackknife;
        progress(Progress::Stage {
            name: format!("jackknife ({k} folds)"),
            steps: (k * opts.tagger_epochs * tag_train.len() * (k - 1) / k) as u64,
        });
        let mut tags: Vec<Vec<usize>> = vec![Vec::new(); tag_train.len()];
        for fold in 0..k {
            let rest: Vec<TagExample> = tag_train
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
                opts.tagger_epochs,
                opts.seed.wrapping_add(fold as u64 + 1),
                tagger_features,
                clusters,
                |_, _| true,
                || progress(Progress::Step),
            );
            for (i, e) in tag_train.iter().enumerate() {
                if i % k == fold {
                    tags[i] = tagger::tag_infos(&t, &e.words);
                }
            }
        }
        let (ok, n) = tags
            .iter()
            .zip(&tag_train)
            .flat_map(|(p, e)| p.iter().zip(&e.gold))
            .fold((0, 0), |(ok, n), (a, b)| {
                (ok + (upos[*a] == upos[*b]) as usize, n + 1)
            });
        progress(Progress::Epoch {
            line: format!(
                "jackknifed training tags: UPOS {:.2}",
                100.0 * ok as f64 / n.max(1) as f64
            ),
        });
        tags
    });

    // second pass: also sees the first pass's tags of the next words
    let tagger = match (&jack, opts.two_pass) {
        (Some(jack), true) => {
            let dev_first: Vec<Vec<usize>> = tag_dev
                .iter()
                .map(|e| tagger::tag_infos(&first, &e.words))
                .collect();
            progress(Progress::Stage {
                name: "tagger pass 2".into(),
                steps: (tag_train.len() * opts.tagger_epochs) as u64,
            });
            let mut best2 = 0usize;
            let second = tagger::train(
                upos.clone(),
                xpos.clone(),
                &tag_train,
                Some(jack),
                opts.tagger_epochs,
                opts.seed.wrapping_add(100),
                tagger_features,
                clusters,
                |epoch, t| {
                    let mut ok = 0;
                    for (e, f) in tag_dev.iter().zip(&dev_first) {
                        let p = tagger::tag_infos_second(t, &e.words, f);
                        ok += p
                            .iter()
                            .zip(&e.gold)
                            .filter(|(a, b)| upos[**a] == upos[**b])
                            .count();
                    }
                    let best = ok > best2 || epoch == 0;
                    if best {
                        best2 = ok;
                    }
                    report("pass 2", epoch, ok, best, t);
                    best
                },
                || progress(Progress::Step),
            );
            if best2 > best_upos {
                first.with_second(second)
            } else {
                first
            }
        }
        _ => first,
    };
    let (ok, _) = dev_tag_accuracy(&tagger, &tag_dev);
    progress(Progress::Epoch {
        line: format!("tagger: dev UPOS {:.2}", 100.0 * ok as f64 / n_dev),
    });

    // tags the parser trains on (class ids)
    let parse_tags: Vec<Vec<usize>> = match &jack {
        Some(jack) => jack.clone(),
        None => tag_train.iter().map(|e| e.gold.clone()).collect(),
    };
    let input = |forms: &[&str], classes: &[usize]| {
        let upos: Vec<&str> = classes.iter().map(|&c| tagger.upos[c].as_str()).collect();
        let xpos: Vec<&str> = classes.iter().map(|&c| tagger.xpos[c].as_str()).collect();
        Input::tagged(forms, &upos, &xpos)
    };

    let gold_trees: Vec<(Vec<usize>, Vec<&str>)> = train
        .iter()
        .map(|s| {
            (
                s.words.iter().map(|w| w.head).collect(),
                s.words.iter().map(|w| w.deprel.as_str()).collect(),
            )
        })
        .collect();
    let (labels, trees) =
        parser::training_trees(&gold_trees, opts.pseudo_projective, opts.lift_min_count);
    let parse_train: Vec<ParseExample> = train
        .iter()
        .zip(parse_tags)
        .zip(trees)
        .map(|((s, tags), (heads, ls))| {
            let forms: Vec<&str> = s.words.iter().map(|w| w.form.as_str()).collect();
            ParseExample::new(input(&forms, &tags), &heads, &ls)
        })
        .collect();
    // dev input with the final tagger's tags
    let dev_inputs: Vec<Input> = dev
        .iter()
        .map(|s| {
            let forms: Vec<&str> = s.words.iter().map(|w| w.form.as_str()).collect();
            input(&forms, &tagger.tag(&forms))
        })
        .collect();

    progress(Progress::Stage {
        name: "parser".into(),
        steps: (parse_train.len() * opts.parser_epochs) as u64,
    });
    let mut best_las = 0usize;
    let parser = parser::train(
        labels.clone(),
        &parse_train,
        &parser::ParserTraining {
            epochs: opts.parser_epochs,
            seed: opts.seed,
            beam: opts.beam,
            explore_from: opts.explore_from,
            explore_p: opts.explore_p,
            feature_set: opts.feature_set,
        },
        |epoch, p: &Parser| {
            let mut sc = Scores::default();
            for (s, inp) in dev.iter().zip(&dev_inputs) {
                let tree = p.parse(inp);
                for (i, g) in s.words.iter().enumerate() {
                    let head_ok = tree.heads[i] == g.head;
                    let label = &p.labels[tree.labels[i]];
                    sc.words += 1;
                    sc.uas += head_ok as usize;
                    sc.las +=
                        (head_ok && eval::universal(label) == eval::universal(&g.deprel)) as usize;
                }
            }
            let best = sc.las > best_las || epoch == 0;
            if best {
                best_las = sc.las;
            }
            let (feats, weights) = p.size();
            progress(Progress::Epoch {
                line: format!(
                    "parser epoch {:>2}: dev UAS {:.2} LAS {:.2}{}   ({feats} features, {weights} weights)",
                    epoch + 1,
                    sc.pct(sc.uas),
                    sc.pct(sc.las),
                    if best { " *" } else { "" }
                ),
            });
            best
        },
        || progress(Progress::Step),
    );
    Model {
        tagger: tagger.pruned(opts.prune),
        lemmatizer,
        parser: parser.pruned(opts.prune),
    }
}
