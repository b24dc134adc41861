//! Dates: temporal expressions recognised in the text and normalized TIMEX3-style against the
//! publication date, and the publication date itself when the input did not give one.
//!
//! ```text
//! Document { article.published, article.date_order, sentences + tokens }
//!   │  DateTagger::tag
//!   ├─ publication date, when none was found: the dateline ("KYIV, June 24 (Reuters) -",
//!   │  which cleaning moved to `removed`) with the year from it or from the URL
//!   ├─ date order: the outlet's convention (data/dates/outlets.txt) when the text did not prove it
//!   ├─ recognize.rs  words → expressions (what they mean, before arithmetic)
//!   ├─ tense.rs      the tense of the clause around each one
//!   └─ normalize.rs  value, precision, kind, anchor (chrono)
//!   ▼
//! doc.dates: Vec<DateExpr>, in text order, not overlapping
//! ```
//!
//! The tagger is built once ([`DateTagger::new`]: the lexicon in `data/dates/` is parsed then)
//! and is immutable, so one instance serves every thread. It works from tokens and text; when
//! the parser has filled `xpos`/`upos`, the tense of a clause comes from the tags. What is
//! recognised and how values are decided is in `docs/dates.md`.

mod lexicon;
mod normalize;
mod recognize;
pub use acta_core::calendar::month_number;
mod tense;
mod words;

use acta_core::{DateExpr, Document, RemovedKind, SentenceKind};
use chrono::NaiveDate;

use lexicon::{Lexicon, Outlets, LEXICON, OUTLETS};
use normalize::{Ctx, P};
use recognize::Recognizer;
use tense::Tense;
use words::Scratch;

/// Finds and normalizes temporal expressions. Build once, share everywhere.
pub struct DateTagger {
    lex: Lexicon,
    outlets: Outlets,
}

impl Default for DateTagger {
    fn default() -> Self {
        DateTagger::new()
    }
}

impl DateTagger {
    /// Loads the lexicon and the outlets' date conventions embedded from `data/dates/`.
    pub fn new() -> DateTagger {
        DateTagger {
            lex: Lexicon::load(LEXICON),
            outlets: Outlets::load(OUTLETS),
        }
    }

    /// Fills `doc.dates`. Before that, when the article has no publication date, takes one
    /// from its dateline (see [`DateTagger::published_from_text`]).
    /// When the article has a numeric date (`3/4`) and its text did not decide the order, the
    /// outlet's convention (`data/dates/outlets.txt`) sets `date_order`.
    ///
    /// Relative expressions are resolved against `doc.article.published`; without it they are
    /// still found, with `X`s for the digits the anchor would give (`XXXX-XX-XX`).
    pub fn tag(&self, doc: &mut Document) {
        self.published_from_text(doc);
        // the outlet's convention is looked up when a numeric date needs it
        let mut outlet_checked = doc.article.date_order.is_some();
        let anchor = doc.article.published.as_deref().and_then(parse_iso);
        let mut ctx = Ctx {
            anchor,
            anchor_text: anchor.map(normalize::iso),
            order: doc.article.date_order,
            tense: Tense::Unknown,
            last_day: None,
            last: None,
        };
        let mut out = Vec::new();
        let mut scratch = Scratch::default();
        for sent in &doc.sentences {
            let Some((ws, triggers)) =
                words::words(&self.lex, &doc.text, &sent.tokens, &mut scratch)
            else {
                continue;
            };
            let rec = Recognizer {
                ws: &ws,
                lex: &self.lex,
            };
            for f in rec.all(triggers) {
                let (t, marker) = if f.sem.needs_tense() {
                    tense::tense(&self.lex, &ws, f.s, f.e)
                } else {
                    (Tense::Unknown, None)
                };
                ctx.tense = t;
                if sent.kind == SentenceKind::Title && ctx.tense == Tense::Present {
                    // headlines tell past events in the present tense
                    ctx.tense = Tense::Past;
                }
                if f.s > 0
                    && matches!(ws[f.s - 1].lw, "until" | "till" | "by")
                    && (ctx.tense != Tense::Past
                        || marker.is_some_and(|k| tense::weak_past(&self.lex, &ws, k)))
                {
                    // "closed until Friday", "a deal by June 10": a deadline ahead
                    ctx.tense = Tense::Future;
                }
                if !outlet_checked && f.sem.is_numeric() {
                    outlet_checked = true;
                    ctx.order = self
                        .outlets
                        .order(doc.article.outlet.as_deref(), doc.article.url.as_deref());
                }
                let Some(n) = ctx.normalize(&f.sem) else {
                    continue;
                };
                if let (Some(p), "date" | "range") = (n.period, n.kind) {
                    if let P::Day(d) = p {
                        ctx.last_day = Some(d);
                    }
                    ctx.last = Some((p, n.value.clone()));
                }
                let (start, end) = (ws[f.s].start, ws[f.e - 1].end);
                out.push(DateExpr {
                    text: doc.text.get(start..end).unwrap_or("").to_string(),
                    start,
                    end,
                    sentence: sent.id,
                    value: n.value,
                    precision: n.precision.map(str::to_string),
                    anchor: n.anchor,
                    kind: n.kind.to_string(),
                    end_value: n.end_value,
                    modifier: f.modifier.map(str::to_string),
                });
            }
        }
        doc.dates = out;
        if doc.article.date_order.is_none() {
            doc.article.date_order = ctx.order;
        }
    }

    /// When `published` is missing (no flag, input, page metadata or URL date gave it): the
    /// dateline cleaning removed (`KYIV, June 24 (Reuters) -`), with a year from the dateline
    /// itself or the URL path (`/2025/`), `published_source = "dateline"`. A dateline without a
    /// year anywhere leaves `published` empty and says so in `warnings`: the year is not guessed.
    pub fn published_from_text(&self, doc: &mut Document) {
        if doc.article.published.is_some() {
            return;
        }
        let url = doc.article.url.as_deref().unwrap_or("");
        let Some(dl) = doc
            .removed
            .iter()
            .find(|r| r.kind == RemovedKind::Byline && is_dateline(&r.text))
        else {
            return;
        };
        let Some((m, d, y)) = self.dateline_date(&dl.text) else {
            return;
        };
        let year = y.or_else(|| year_in_url(url));
        match year.and_then(|y| NaiveDate::from_ymd_opt(y, m, d)) {
            Some(date) => {
                doc.article.published = Some(normalize::iso(date));
                doc.article.published_source = Some("dateline".into());
            }
            None => doc.warnings.push(format!(
                "the dateline {:?} gives the day but no year (none in the URL either); \
                 publication date left unknown: pass --published",
                dl.text.trim()
            )),
        }
    }

    /// Month, day and maybe year of a dateline: `MOSCOW, June 24 (Reuters) -`,
    /// `LONDON, 24 June 2025 (AFP) -`.
    fn dateline_date(&self, text: &str) -> Option<(u32, u32, Option<i32>)> {
        let words: Vec<&str> = text
            .split(|c: char| c.is_whitespace() || matches!(c, ',' | '(' | ')'))
            .filter(|w| !w.is_empty())
            .collect();
        let month = |w: &str| {
            let l = w.to_lowercase();
            self.lex.get(&l).map(|x| x.month as u32).filter(|&m| m != 0)
        };
        let day = |w: &str| {
            w.trim_end_matches(|c: char| c.is_ascii_alphabetic())
                .parse::<u32>()
                .ok()
                .filter(|d| (1..=31).contains(d))
        };
        let year = |w: Option<&&str>| {
            w.and_then(|w| w.parse::<i32>().ok())
                .filter(|y| (1900..2200).contains(y))
        };
        for (i, w) in words.iter().enumerate() {
            // only a capitalised month: the place name is upper case, the month is not
            if !w.starts_with(|c: char| c.is_uppercase()) || w.chars().all(|c| !c.is_lowercase()) {
                continue;
            }
            if let Some(m) = month(w) {
                if let Some(d) = words.get(i + 1).and_then(|x| day(x)) {
                    return Some((m, d, year(words.get(i + 2))));
                }
                if let Some(d) = i.checked_sub(1).and_then(|k| day(words[k])) {
                    return Some((m, d, year(words.get(i + 1))));
                }
            }
        }
        None
    }
}

/// The dates of `doc` that overlap the byte range `start..end` of its text, in text order.
///
/// This is how a later stage asks which dates belong to a clause or an event: pass the span of
/// the clause (or of its sentence) and take the first, or the one nearest the verb. Dates are
/// sorted and do not overlap, so the search is a binary search plus a walk over the hits.
///
/// ```
/// # use acta_core::{DateExpr, Document};
/// # use acta_extract::dates_in_span;
/// let mut doc = Document::default();
/// doc.dates.push(DateExpr { start: 10, end: 15, value: "2025-09-03".into(), ..Default::default() });
/// doc.dates.push(DateExpr { start: 40, end: 44, value: "2014".into(), ..Default::default() });
/// let hits: Vec<_> = dates_in_span(&doc, 0, 20).map(|d| d.value.as_str()).collect();
/// assert_eq!(hits, ["2025-09-03"]);
/// ```
pub fn dates_in_span(doc: &Document, start: usize, end: usize) -> impl Iterator<Item = &DateExpr> {
    let first = doc.dates.partition_point(|d| d.end <= start);
    doc.dates[first..]
        .iter()
        .take_while(move |d| d.start < end)
        .filter(move |d| d.end > start)
}

/// The TIMEX3 type of an expression: `DATE`, `TIME` (clock times and parts of days),
/// `DURATION` or `SET`. Ranges count as `DATE`.
pub fn timex_type(d: &DateExpr) -> &'static str {
    match d.kind.as_str() {
        "duration" => "DURATION",
        "set" => "SET",
        _ if matches!(d.precision.as_deref(), Some("minute" | "part-of-day")) => "TIME",
        _ => "DATE",
    }
}

/// The date at the start of `2025-09-03` or `2025-09-03T10:00:00Z`.
fn parse_iso(s: &str) -> Option<NaiveDate> {
    let b = s.as_bytes();
    if b.len() < 10 || b[4] != b'-' || b[7] != b'-' {
        return None;
    }
    let n = |r: std::ops::Range<usize>| s.get(r)?.parse::<u32>().ok();
    NaiveDate::from_ymd_opt(n(0..4)? as i32, n(5..7)?, n(8..10)?)
}

/// `KYIV, June 24 (Reuters) -`: a place, a date, an agency in brackets, a dash.
fn is_dateline(text: &str) -> bool {
    let t = text.trim_end();
    t.ends_with(['-', '–', '—']) && t.contains('(') && t.contains(')')
}

/// A year alone in a URL path (`/world/2025/some-story`), when it is the only four-digit
/// number there that could be one.
fn year_in_url(url: &str) -> Option<i32> {
    let path = url.split_once("://").map(|x| x.1).unwrap_or(url);
    let path = path.split_once('/').map(|x| x.1)?;
    let mut years = path
        .split(['/', '?', '#', '-', '_', '.'])
        .filter(|p| p.len() == 4)
        .filter_map(|p| p.parse::<i32>().ok())
        .filter(|y| (1990..2100).contains(y));
    let y = years.next()?;
    years.all(|o| o == y).then_some(y)
}

#[cfg(test)]
mod tests;
