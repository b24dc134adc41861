//! `acta eval ...`: measurements against gold standards.

pub mod dates;
pub mod events;
pub mod meantime;
pub mod places;
pub mod quotes;

use std::collections::HashSet;
use std::path::Path;

use acta_core::conllu::{self, ConlluSentence};
use acta_core::{SentenceKind, Span};
use anyhow::{Context, Result};

/// Precision, recall and F1 from counts.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Prf {
    pub tp: usize,
    pub predicted: usize,
    pub gold: usize,
}

impl Prf {
    pub fn precision(&self) -> f64 {
        ratio(self.tp, self.predicted)
    }
    pub fn recall(&self) -> f64 {
        ratio(self.tp, self.gold)
    }
    pub fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }
    pub fn add(&mut self, o: Prf) {
        self.tp += o.tp;
        self.predicted += o.predicted;
        self.gold += o.gold;
    }
    pub fn line(&self, name: &str) -> String {
        format!(
            "{name:<28} P {:.4}  R {:.4}  F1 {:.4}   ({} correct, {} predicted, {} gold)",
            self.precision(),
            self.recall(),
            self.f1(),
            self.tp,
            self.predicted,
            self.gold
        )
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        0.0
    } else {
        a as f64 / b as f64
    }
}

/// Reads a CoNLL-U file, with the file and line in errors.
pub fn read_conllu(path: &Path) -> Result<Vec<ConlluSentence>> {
    let text =
        std::fs::read_to_string(path).with_context(|| format!("cannot read {}", path.display()))?;
    conllu::parse(&text).map_err(|(line, msg)| anyhow::anyhow!("{}:{line}: {msg}", path.display()))
}

/// Token F1 of one sentence's re-tokenization against its gold words.
pub fn token_prf(sent: &ConlluSentence) -> Prf {
    let text = sent.text();
    let gold: HashSet<(usize, usize)> = sent.word_spans().into_iter().collect();
    let ours: HashSet<(usize, usize)> = acta_text::tokenize::tokenize(&text, 0)
        .into_iter()
        .map(|t| (t.start, t.end))
        .collect();
    Prf {
        tp: ours.intersection(&gold).count(),
        predicted: ours.len(),
        gold: gold.len(),
    }
}

/// A treebank document rebuilt as text: sentences of a paragraph joined by a space,
/// paragraphs by a blank line. Returns the text, its paragraphs and the gold sentence ends.
pub fn rebuild_documents(sents: &[ConlluSentence]) -> Vec<(String, Vec<Span>, Vec<usize>)> {
    let mut docs = Vec::new();
    let mut text = String::new();
    let mut paras: Vec<Span> = Vec::new();
    let mut ends = Vec::new();
    let mut para_start = 0;
    for s in sents {
        let new_doc = s.comments.iter().any(|c| c.starts_with("newdoc"));
        let new_par = new_doc || s.comments.iter().any(|c| c.starts_with("newpar"));
        if new_doc && !text.is_empty() {
            paras.push(Span::new(para_start, text.len()));
            docs.push((
                std::mem::take(&mut text),
                std::mem::take(&mut paras),
                std::mem::take(&mut ends),
            ));
            para_start = 0;
        }
        if !text.is_empty() {
            if new_par {
                paras.push(Span::new(para_start, text.len()));
                text.push_str("\n\n");
                para_start = text.len();
            } else {
                text.push(' ');
            }
        }
        text.push_str(s.text().trim());
        ends.push(text.len());
    }
    if !text.is_empty() {
        paras.push(Span::new(para_start, text.len()));
        docs.push((text, paras, ends));
    }
    docs
}

/// Sentence-boundary F1 over rebuilt documents.
/// Sentence-boundary F1 over rebuilt documents; with `show`, each wrong boundary is printed
/// with its context (`MISSED` or `SPURIOUS`).
pub fn sentence_prf(sents: &[ConlluSentence], show: bool) -> Prf {
    let mut total = Prf::default();
    for (text, paras, ends) in rebuild_documents(sents) {
        let spans: Vec<(Span, SentenceKind)> =
            paras.into_iter().map(|p| (p, SentenceKind::Body)).collect();
        let ours: HashSet<usize> = acta_text::sentences(&text, &spans)
            .iter()
            .map(|s| s.end)
            .collect();
        let gold: HashSet<usize> = ends.into_iter().collect();
        total.add(Prf {
            tp: ours.intersection(&gold).count(),
            predicted: ours.len(),
            gold: gold.len(),
        });
        if show {
            let context = |at: usize| {
                let a = text.floor_char_boundary(at.saturating_sub(50));
                let b = text.ceil_char_boundary((at + 40).min(text.len()));
                format!("{} || {}", &text[a..at], &text[at..b]).replace('\n', " ¶ ")
            };
            let mut wrong: Vec<(usize, &str)> =
                gold.difference(&ours).map(|&a| (a, "MISSED  ")).collect();
            wrong.extend(ours.difference(&gold).map(|&a| (a, "SPURIOUS")));
            wrong.sort();
            for (at, what) in wrong {
                println!("{what} {}", context(at));
            }
        }
    }
    total
}

/// `acta eval tokens --gold FILE`.
pub fn tokens(gold: &Path, show_errors: bool) -> Result<bool> {
    let sents = read_conllu(gold)?;
    let mut tok = Prf::default();
    let mut exact = 0;
    for s in &sents {
        let p = token_prf(s);
        if p.tp == p.gold && p.tp == p.predicted {
            exact += 1;
        }
        tok.add(p);
    }
    let sen = sentence_prf(&sents, show_errors);
    if show_errors {
        for s in &sents {
            let p = token_prf(s);
            if p.tp != p.gold || p.tp != p.predicted {
                let text = s.text();
                let ours: Vec<&str> = acta_text::tokenize::tokenize(&text, 0)
                    .into_iter()
                    .map(|t| &text[t.start..t.end])
                    .collect();
                let gold: Vec<&str> = s
                    .word_spans()
                    .into_iter()
                    .map(|(a, b)| &text[a..b])
                    .collect();
                println!(
                    "TOKENS   ours: {}\n         gold: {}",
                    ours.join(" "),
                    gold.join(" ")
                );
            }
        }
    }
    println!("{}: {} sentences", gold.display(), sents.len());
    println!("{}", tok.line("tokens (per sentence)"));
    println!(
        "{:<28} {exact} of {} ({:.2}%)",
        "sentences tokenized exactly",
        sents.len(),
        100.0 * ratio(exact, sents.len())
    );
    println!("{}", sen.line("sentence boundaries"));
    Ok(true)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn prf_arithmetic() {
        let p = Prf {
            tp: 8,
            predicted: 10,
            gold: 16,
        };
        assert!((p.precision() - 0.8).abs() < 1e-9);
        assert!((p.recall() - 0.5).abs() < 1e-9);
        assert!((p.f1() - 0.6153846).abs() < 1e-6);
    }

    #[test]
    fn documents_rebuild_with_paragraphs() {
        let text = "# newdoc id = d1\n# newpar id = p1\n# text = Hello there.\n1\tHello\t_\t_\t_\t_\t0\troot\t_\t_\n2\tthere\t_\t_\t_\t_\t1\tadvmod\t_\tSpaceAfter=No\n3\t.\t_\t_\t_\t_\t1\tpunct\t_\t_\n\n# text = Bye.\n1\tBye\t_\t_\t_\t_\t0\troot\t_\tSpaceAfter=No\n2\t.\t_\t_\t_\t_\t1\tpunct\t_\t_\n\n# newpar id = p2\n# text = Again.\n1\tAgain\t_\t_\t_\t_\t0\troot\t_\tSpaceAfter=No\n2\t.\t_\t_\t_\t_\t1\tpunct\t_\t_\n\n";
        let sents = conllu::parse(text).unwrap();
        let docs = rebuild_documents(&sents);
        assert_eq!(docs.len(), 1);
        assert_eq!(docs[0].0, "Hello there. Bye.\n\nAgain.");
        assert_eq!(docs[0].2, [12, 17, 25]);
        let s = sentence_prf(&sents, false);
        assert_eq!((s.tp, s.predicted, s.gold), (3, 3, 3));
        let t = token_prf(&sents[0]);
        assert_eq!((t.tp, t.predicted, t.gold), (3, 3, 3));
    }
}
