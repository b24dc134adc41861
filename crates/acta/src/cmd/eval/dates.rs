//! `acta eval dates --meantime DIR`: temporal expressions against MEANTIME's TIMEX3
//! annotations.
//!
//! Each article is rebuilt from its tokens (title, blank line, body; see
//! [`super::meantime::MeantimeDoc::rebuild`]) and coded by the real pipeline with the
//! document creation time as its publication date. MEANTIME annotates the title and the first
//! sentences of each article only (sentences 0–5 of its numbering, sentence 1 being the date
//! line, which is not in the rebuilt text): gold and predicted expressions are compared there
//! and nowhere else.
//!
//! - A **strict** span match is the same bytes; a **relaxed** one any overlap (one-to-one,
//!   each gold expression taking the first unmatched prediction it overlaps).
//! - **Value accuracy** is, over relaxed matches of the same TIMEX3 type, the share whose
//!   value is exactly the gold `value` string (`2009-06` ≠ `2009-06-01`, `P3Y` = `P3Y`).
//! - **Value F1** is TempEval-3's value attribute F1: relaxed matches with the exact value,
//!   over predictions (precision) and over gold (recall).

use std::collections::HashMap;
use std::path::Path;

use acta_core::Span;
use acta_extract::dates::timex_type;
use acta_text::Overrides;
use anyhow::Result;

use super::meantime::{read_dir, MeantimeDoc};
use super::Prf;
use crate::Pipeline;

/// One expression: where it is in the rebuilt text, its TIMEX3 type and value.
#[derive(Clone, Debug, PartialEq)]
pub struct Timex {
    pub span: Span,
    pub kind: String,
    pub value: String,
    pub text: String,
}

/// The counts for one TIMEX3 type (or all types together).
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct TypeScore {
    pub strict: Prf,
    pub relaxed: Prf,
    /// Relaxed matches with the exact gold value.
    pub value_correct: usize,
}

impl TypeScore {
    /// Exact values over relaxed matches.
    pub fn value_accuracy(&self) -> f64 {
        if self.relaxed.tp == 0 {
            0.0
        } else {
            self.value_correct as f64 / self.relaxed.tp as f64
        }
    }
    /// TempEval-3 value F1.
    pub fn value_f1(&self) -> f64 {
        Prf {
            tp: self.value_correct,
            predicted: self.relaxed.predicted,
            gold: self.relaxed.gold,
        }
        .f1()
    }
    fn add(&mut self, o: TypeScore) {
        self.strict.add(o.strict);
        self.relaxed.add(o.relaxed);
        self.value_correct += o.value_correct;
    }
}

/// The result of a run.
#[derive(Clone, Debug, Default)]
pub struct DatesReport {
    pub documents: usize,
    /// By TIMEX3 type (`DATE`, `TIME`, `DURATION`, `SET`) and `ALL` (types ignored for the
    /// spans, values compared whatever the types).
    pub by_type: HashMap<String, TypeScore>,
    /// One line per miss, for `--errors`.
    pub errors: Vec<String>,
}

pub const TYPES: [&str; 5] = ["DATE", "TIME", "DURATION", "SET", "ALL"];

/// The publication date of a MEANTIME article: its creation time when that is an ISO date,
/// else the date line (`February 03, 2009`), which two articles need (one has no
/// CREATION_TIME, one writes it `03-02-2009`).
pub fn publication_date(doc: &MeantimeDoc, date_line: &str) -> Option<String> {
    if let Some(ct) = doc.creation_time() {
        if let Some(d) = acta_text::html::iso_date(ct).filter(|d| d.len() == ct.trim().len()) {
            return Some(d);
        }
    }
    let words: Vec<String> = date_line
        .split(|c: char| c.is_whitespace() || c == ',')
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect();
    let m = acta_extract::dates::month_number(words.first()?)?;
    let d: u32 = words.get(1)?.parse().ok()?;
    let y: u32 = words.get(2)?.parse().ok()?;
    Some(format!("{y:04}-{m:02}-{d:02}"))
}

/// Gold and predicted expressions of one article, inside the annotated region.
pub fn article_timexes(pipeline: &Pipeline, doc: &MeantimeDoc) -> (Vec<Timex>, Vec<Timex>) {
    let a = doc.annotated();
    let text = &a.text;
    let mut gold = Vec::new();
    for m in &doc.markables {
        if m.tag != "TIMEX3"
            || m.tokens.is_empty()
            || m.attr("functionInDocument") == "CREATION_TIME"
        {
            continue;
        }
        let Some(span) = a.span_of(&m.tokens) else {
            continue;
        };
        gold.push(Timex {
            span,
            kind: m.attr("type").to_string(),
            value: m.attr("value").to_string(),
            text: text[span.start..span.end].to_string(),
        });
    }
    gold.sort_by_key(|t| t.span);
    let raw = a.raw_article();
    let coded = pipeline.code(raw, &Overrides::default());
    let predicted = coded
        .dates
        .iter()
        .map(|d| {
            let span = coded.source_map.span_to_input(Span::new(d.start, d.end));
            Timex {
                span,
                kind: timex_type(d).to_string(),
                value: d.value.clone(),
                text: text.get(span.start..span.end).unwrap_or("").to_string(),
            }
        })
        .filter(|t| a.in_region(t.span))
        .collect();
    (gold, predicted)
}

/// Scores one article's expressions for one type (`ALL`: every type, types ignored).
pub fn score(
    gold: &[Timex],
    predicted: &[Timex],
    kind: &str,
    errors: Option<(&str, &mut Vec<String>)>,
) -> TypeScore {
    let of = |t: &&Timex| kind == "ALL" || t.kind == kind;
    let g: Vec<&Timex> = gold.iter().filter(of).collect();
    let p: Vec<&Timex> = predicted.iter().filter(of).collect();
    let mut s = TypeScore::default();
    s.strict.gold = g.len();
    s.strict.predicted = p.len();
    s.relaxed.gold = g.len();
    s.relaxed.predicted = p.len();
    s.strict.tp = g
        .iter()
        .filter(|x| p.iter().any(|y| y.span == x.span))
        .count();
    let mut used = vec![false; p.len()];
    let mut errs = Vec::new();
    for x in &g {
        // prefer the exact span, else the first overlap
        let hit = p
            .iter()
            .enumerate()
            .position(|(k, y)| !used[k] && y.span == x.span)
            .or_else(|| {
                p.iter()
                    .enumerate()
                    .position(|(k, y)| !used[k] && y.span.overlaps(x.span))
            });
        match hit {
            Some(k) => {
                used[k] = true;
                s.relaxed.tp += 1;
                if p[k].span != x.span {
                    errs.push(format!("span   {:?} ours {:?}", x.text, p[k].text));
                }
                if p[k].value == x.value {
                    s.value_correct += 1;
                } else {
                    errs.push(format!(
                        "value  {:?} gold {} ours {:?} {}",
                        x.text, x.value, p[k].text, p[k].value
                    ));
                }
            }
            None => errs.push(format!("missed {:?} {} {}", x.text, x.kind, x.value)),
        }
    }
    for (k, y) in p.iter().enumerate() {
        if !used[k] {
            errs.push(format!("extra  {:?} {} {}", y.text, y.kind, y.value));
        }
    }
    if let Some((doc, out)) = errors {
        out.extend(errs.into_iter().map(|e| format!("{doc}: {kind} {e}")));
    }
    s
}

/// Runs the evaluation over every MEANTIME file under `dir`.
pub fn evaluate(dir: &Path) -> Result<DatesReport> {
    let docs = read_dir(dir)?;
    let pipeline = Pipeline::load()?;
    let mut rep = DatesReport {
        documents: docs.len(),
        ..Default::default()
    };
    for d in &docs {
        let (gold, predicted) = article_timexes(&pipeline, d);
        let name = d.file_name();
        for kind in TYPES {
            let errors = (kind != "ALL").then_some((name.as_str(), &mut rep.errors));
            let s = score(&gold, &predicted, kind, errors);
            rep.by_type.entry(kind.to_string()).or_default().add(s);
        }
    }
    Ok(rep)
}

/// `acta eval dates --meantime DIR [--errors]`.
pub fn run(dir: &Path, show_errors: bool) -> Result<bool> {
    let rep = evaluate(dir)?;
    super::meantime::report_head(
        dir,
        rep.documents,
        &rep.errors,
        show_errors,
        "title and sentences 2-5 of each: the annotated part",
    )?;
    println!(
        "{:<9} {:>5} {:>5}   {:>6} {:>6} {:>6}   {:>6} {:>6} {:>6}   {:>8} {:>8}",
        "TIMEX3", "gold", "ours", "P", "R", "F1", "P", "R", "F1", "value", "value"
    );
    println!(
        "{:<9} {:>5} {:>5}   {:^20}   {:^20}   {:>8} {:>8}",
        "type", "", "", "strict span", "relaxed span", "accuracy", "F1"
    );
    for kind in TYPES {
        let s = rep.by_type.get(kind).copied().unwrap_or_default();
        println!(
            "{kind:<9} {:>5} {:>5}   {:.4} {:.4} {:.4}   {:.4} {:.4} {:.4}   {:>8.4} {:>8.4}",
            s.strict.gold,
            s.strict.predicted,
            s.strict.precision(),
            s.strict.recall(),
            s.strict.f1(),
            s.relaxed.precision(),
            s.relaxed.recall(),
            s.relaxed.f1(),
            s.value_accuracy(),
            s.value_f1()
        );
    }
    Ok(true)
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::cmd::eval::meantime::shared;

    #[test]
    fn scores_two_real_meantime_articles() {
        let Some(ford) = shared(
            "data/meantime/intra-doc_annotation/corpus_gm/160257_Ford_US_auto_sales_spike.xml",
        ) else {
            eprintln!("skipped: ../shared not present");
            return;
        };
        let pipeline = Pipeline::load().unwrap();
        let doc = super::super::meantime::read_doc(&ford).unwrap();
        let (gold, ours) = article_timexes(&pipeline, &doc);
        let show = |ts: &[Timex]| -> Vec<(String, String, String)> {
            ts.iter()
                .map(|t| (t.text.clone(), t.kind.clone(), t.value.clone()))
                .collect()
        };
        eprintln!("gold {:?}\nours {:?}", show(&gold), show(&ours));
        let has = |ts: &[Timex], text: &str, value: &str| {
            ts.iter().any(|t| t.text == text && t.value == value)
        };
        for (text, value) in [
            ("Tuesday", "2010-03-02"),
            ("February", "2010-02"),
            ("the same period last year", "2009-02"),
        ] {
            assert!(has(&gold, text, value), "gold {text}");
            assert!(has(&ours, text, value), "ours {text}");
        }
        // "the day" is annotated inside our "later in the day": a relaxed match only
        let s = score(&gold, &ours, "DATE", None);
        assert_eq!((s.strict.gold, s.strict.tp), (4, 3));
        assert_eq!(s.relaxed.tp, 4);
        assert_eq!(s.value_correct, 4);

        let airbus = ford
            .parent()
            .unwrap()
            .join("../corpus_airbus/11716_Airbus_wins_Qatar_Airways_order_worth_15bn.xml");
        let doc = super::super::meantime::read_doc(&airbus).unwrap();
        assert_eq!(
            publication_date(&doc, &doc.rebuild().date_line).as_deref(),
            Some("2005-06-13")
        );
        let (gold, ours) = article_timexes(&pipeline, &doc);
        assert!(has(&gold, "2009", "2009") && has(&ours, "2009", "2009"));
        let s = score(&gold, &ours, "ALL", None);
        assert_eq!(s.strict.gold, 1, "{:?}", show(&gold));
        assert_eq!(
            (s.strict.tp, s.strict.predicted, s.value_correct),
            (s.strict.gold, s.strict.gold, s.strict.gold)
        );
    }

    #[test]
    fn publication_date_falls_back_to_the_date_line() {
        let doc = MeantimeDoc::default();
        assert_eq!(
            publication_date(&doc, "February 03, 2009").as_deref(),
            Some("2009-02-03")
        );
        assert_eq!(publication_date(&doc, "no date"), None);
    }
}
