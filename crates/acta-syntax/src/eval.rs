//! Scores against a treebank, as the CoNLL 2018 shared task defines them: UPOS, XPOS and
//! lemma accuracy, UAS (head) and LAS (head and the universal part of the relation, so
//! `nsubj:pass` counts as `nsubj`), punctuation included. A gold lemma `_` counts as matched.
//! With gold tokenization every word is aligned; the end-to-end alignment is the caller's
//! (see `acta eval syntax`).

use acta_core::conllu::ConlluSentence;

use crate::Model;

/// Counts of correct words per metric.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Scores {
    pub words: usize,
    pub upos: usize,
    pub xpos: usize,
    pub lemma: usize,
    pub uas: usize,
    pub las: usize,
    /// LAS with the full relation, subtypes included (`acl:relcl` ≠ `acl`).
    pub las_full: usize,
}

impl Scores {
    pub fn add(&mut self, o: &Scores) {
        self.words += o.words;
        self.upos += o.upos;
        self.xpos += o.xpos;
        self.lemma += o.lemma;
        self.uas += o.uas;
        self.las += o.las;
        self.las_full += o.las_full;
    }

    /// `n` as a percentage of the words.
    pub fn pct(&self, n: usize) -> f64 {
        if self.words == 0 {
            0.0
        } else {
            100.0 * n as f64 / self.words as f64
        }
    }

    pub fn summary(&self) -> String {
        format!(
            "UPOS {:.2}  XPOS {:.2}  lemma {:.2}  UAS {:.2}  LAS {:.2}",
            self.pct(self.upos),
            self.pct(self.xpos),
            self.pct(self.lemma),
            self.pct(self.uas),
            self.pct(self.las)
        )
    }
}

/// The universal part of a relation: `nsubj:pass` → `nsubj`.
pub fn universal(deprel: &str) -> &str {
    deprel.split(':').next().unwrap_or(deprel)
}

/// Scores one predicted word against its gold word; `head_ok` says whether the predicted
/// head is aligned to the gold head.
#[allow(clippy::too_many_arguments)]
pub fn score_word(
    gold_upos: &str,
    gold_xpos: &str,
    gold_lemma: &str,
    gold_deprel: &str,
    upos: &str,
    xpos: &str,
    lemma: &str,
    head_ok: bool,
    deprel: &str,
) -> Scores {
    let label = universal(gold_deprel) == universal(deprel);
    Scores {
        words: 1,
        upos: (gold_upos == upos) as usize,
        xpos: (gold_xpos == xpos) as usize,
        lemma: (gold_lemma == "_" || gold_lemma == lemma) as usize,
        uas: head_ok as usize,
        las: (head_ok && label) as usize,
        las_full: (head_ok && gold_deprel == deprel) as usize,
    }
}

/// Scores the model on the treebank's own words.
pub fn gold_tokens(model: &Model, sents: &[ConlluSentence]) -> Scores {
    let mut total = Scores::default();
    for s in sents {
        let words: Vec<&str> = s.words.iter().map(|w| w.form.as_str()).collect();
        let a = model.analyze(&words);
        for (i, g) in s.words.iter().enumerate() {
            total.add(&score_word(
                &g.upos,
                &g.xpos,
                &g.lemma,
                &g.deprel,
                &a.upos[i],
                &a.xpos[i],
                &a.lemmas[i],
                a.heads[i] == g.head,
                &a.deprels[i],
            ));
        }
    }
    total
}
