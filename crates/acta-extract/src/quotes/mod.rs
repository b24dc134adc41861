//! Quotations and statements: who said what, with the speaker resolved.
//!
//! ```text
//! text ──▶ quote marks (marks.rs): quoted stretches, unbalanced marks contained
//! tokens + parse ──▶ cues (cues.rs): reporting verbs, nouns, "according to" (data/quotes/cues.tsv)
//!                    with the speaker phrase and the content the parse gives
//!          ──▶ direct quotations: a quoted stretch and the cue next to it ("...," X said /
//!              X said: "..." / split around the cue), or the speaker of the quotation just
//!              before it when none (a quotation that goes on in the next sentence or paragraph)
//!          ──▶ indirect and mixed speech: the other cues' contents ("X said (that) ...",
//!              "accused Y of ...", "according to X, ..."); mixed when quoted words are inside
//!          ──▶ speakers resolved (speaker.rs): the actors stage's entities when present, else
//!              pronouns, descriptions, the actor dictionary
//!          ──▶ dates: one stated in the cue's clause, else the publication date (assumed)
//!          ──▶ doc.quotes
//! ```
//!
//! [`Quotes`] is built once and is `Send + Sync`; [`Quotes::tag`] fills `doc.quotes` and
//! needs the sentences parsed and, for dates and "Moscow said", the dates and places stages
//! run. What is recognized, and how to extend the cue list, is in `docs/quotes.md`.

pub mod cues;
pub mod lexicon;
pub mod marks;
pub mod speaker;
pub mod tree;

use std::sync::Arc;

use acta_core::{Document, Evidence, Quote, SentenceKind, Speaker, WhenDate};

use crate::dict::{ActorDictionary, DictError};
pub use cues::{Cue, CueKind};
pub use lexicon::{Frames, Lexicon};
pub use marks::Quoted;
pub use speaker::{entity_for, Resolved, Resolver};
use tree::Tree;

/// The quotations stage: the cue list and the actor dictionary, loaded once.
#[derive(Clone, Debug)]
pub struct Quotes {
    pub lexicon: Lexicon,
    /// For naming speakers when the actors stage has not run; shared with whoever else
    /// holds it.
    pub dict: Option<Arc<ActorDictionary>>,
}

/// A quoted stretch, located in the sentences.
#[derive(Clone, Debug)]
struct Located {
    q: Quoted,
    /// Sentence and token of the opening mark.
    first: (usize, usize),
    /// Sentence and token of the closing mark (of the last quoted token when not closed).
    last: (usize, usize),
    /// A quotation (a clause, or ends like one), not a quoted phrase ("territorial exchange").
    quotation: bool,
    paragraph: usize,
    /// The opening mark starts its paragraph.
    starts_paragraph: bool,
}

/// Where a draft's speaker comes from.
#[derive(Clone, Copy, Debug)]
enum From {
    /// A phrase of a sentence: sentence, first and last token.
    Mention(usize, usize, usize),
    /// The speaker of an earlier draft (a quotation that goes on).
    Draft(usize),
}

#[derive(Clone, Debug)]
struct Draft {
    from: From,
    /// Sentence and cue, when there is one.
    cue: Option<(usize, Cue)>,
    content: (usize, usize),
    kind: &'static str,
    /// The quoted stretch, for direct quotations (for continuations).
    located: Option<usize>,
}

impl Quotes {
    pub fn new(lexicon: Lexicon, dict: Option<Arc<ActorDictionary>>) -> Quotes {
        Quotes { lexicon, dict }
    }

    /// The embedded cue list and actor dictionary.
    pub fn embedded() -> Result<Quotes, DictError> {
        Ok(Quotes::new(
            Lexicon::embedded(),
            Some(Arc::new(ActorDictionary::embedded()?)),
        ))
    }

    /// Finds the quotations of a parsed document and writes them to `doc.quotes` (replacing
    /// what was there), in text order.
    pub fn tag(&self, doc: &mut Document) {
        doc.quotes = self.quotes(doc);
    }

    /// The quotations of a parsed document, in text order.
    pub fn quotes(&self, doc: &Document) -> Vec<Quote> {
        let trees: Vec<Tree> = doc.sentences.iter().map(|s| Tree::new(&s.tokens)).collect();
        let newlines: Vec<usize> = doc
            .text
            .bytes()
            .enumerate()
            .filter(|(_, b)| *b == b'\n')
            .map(|(i, _)| i)
            .collect();
        let paragraph = |off: usize| newlines.partition_point(|&n| n < off);
        let located = locate_all(doc, &trees, &paragraph);
        let in_quotation = |si: usize, ti: usize| {
            let t = &doc.sentences[si].tokens[ti];
            located
                .iter()
                .any(|l| l.quotation && t.start >= l.q.start && t.end <= l.q.end)
        };
        // cues, sentence by sentence
        let cues: Vec<Vec<Cue>> = doc
            .sentences
            .iter()
            .enumerate()
            .map(|(si, s)| {
                if s.kind == SentenceKind::Caption {
                    return Vec::new();
                }
                let dates: Vec<(usize, usize)> = crate::dates::dates_in_span(doc, s.start, s.end)
                    .map(|d| (d.start, d.end))
                    .collect();
                let is_date = |ti: usize| {
                    let t = &s.tokens[ti];
                    dates.iter().any(|&(a, b)| t.start < b && a < t.end)
                };
                cues::find(
                    &trees[si],
                    &self.lexicon,
                    &|ti| in_quotation(si, ti),
                    &is_date,
                )
            })
            .collect();
        let mut used = vec![Vec::new(); cues.len()];
        let mut drafts: Vec<Draft> = Vec::new();
        self.direct(doc, &trees, &located, &cues, &mut used, &mut drafts);
        self.indirect(doc, &trees, &located, &cues, &used, &mut drafts);
        self.finish(doc, &trees, drafts)
    }

    /// Direct quotations: each quotation with the cue next to it, or going on from the one
    /// before.
    fn direct(
        &self,
        doc: &Document,
        trees: &[Tree],
        located: &[Located],
        cues: &[Vec<Cue>],
        used: &mut [Vec<usize>],
        drafts: &mut Vec<Draft>,
    ) {
        let mut last_direct: Option<usize> = None;
        for (li, l) in located.iter().enumerate() {
            if !l.quotation || doc.sentences[l.first.0].kind == SentenceKind::Caption {
                continue;
            }
            let content = content_of(&doc.text, &l.q);
            let found = cue_after(trees, cues, l).or_else(|| cue_before(trees, cues, l));
            if let Some((si, ci)) = found {
                let c = &cues[si][ci];
                let (lo, hi) = c.speaker.expect("cues with a speaker only");
                if !used[si].contains(&ci) {
                    used[si].push(ci);
                }
                drafts.push(Draft {
                    from: From::Mention(si, lo, hi),
                    cue: Some((si, c.clone())),
                    content,
                    kind: "direct",
                    located: Some(li),
                });
                last_direct = Some(drafts.len() - 1);
                continue;
            }
            // no cue: the quotation goes on from the one before, if nothing came between
            let Some(pd) = last_direct else { continue };
            let Some(pl) = drafts[pd].located.map(|i| &located[i]) else {
                continue;
            };
            let starts_sentence = (0..l.first.1).all(|t| trees[l.first.0].is_punct(t));
            let same_paragraph = pl.paragraph == l.paragraph;
            let next_paragraph = l.starts_paragraph && l.paragraph == pl.paragraph + 1;
            let quiet_between = (pl.last.0 + 1..l.first.0).all(|si| {
                cues[si]
                    .iter()
                    .all(|c| c.speaker.is_none() || c.kind != CueKind::Verb)
            });
            if starts_sentence && (same_paragraph || next_paragraph) && quiet_between {
                drafts.push(Draft {
                    from: From::Draft(pd),
                    cue: None,
                    content,
                    kind: "direct",
                    located: Some(li),
                });
                last_direct = Some(drafts.len() - 1);
            }
        }
    }

    /// Indirect and mixed speech: every cue not taken by a direct quotation that has a
    /// speaker and a content.
    fn indirect(
        &self,
        doc: &Document,
        trees: &[Tree],
        located: &[Located],
        cues: &[Vec<Cue>],
        used: &[Vec<usize>],
        drafts: &mut Vec<Draft>,
    ) {
        let direct: Vec<(usize, usize)> = drafts.iter().map(|d| d.content).collect();
        for (si, sc) in cues.iter().enumerate() {
            let toks = trees[si].toks;
            for (ci, c) in sc.iter().enumerate() {
                if used[si].contains(&ci) {
                    continue;
                }
                let (Some((slo, shi)), Some((lo, hi))) = (c.speaker, c.content) else {
                    continue;
                };
                let (mut start, mut end) = (toks[lo].start, toks[hi].end);
                if direct.iter().any(|&(a, b)| a < end && start < b)
                    || drafts
                        .iter()
                        .any(|d| d.content == (start, end) && d.kind != "direct")
                {
                    continue;
                }
                // a quotation opened in the content whose closing mark the parse left out
                // (the final '."' hung on the cue verb): the content runs to that mark; so
                // does a quotation that opens the content and closes in the cue's sentence,
                // however much of it the parse hung elsewhere ('stressed that "Ukraine needs
                // to maintain' with the rest hung on the cue)
                let punct_only = |a: usize, b: usize| {
                    doc.text
                        .get(a..b)
                        .is_some_and(|t| t.chars().all(|ch| !ch.is_alphanumeric()))
                };
                let sentence_end = doc.sentences[si].end;
                for l in located.iter() {
                    let close = l.q.close.unwrap_or(l.q.end);
                    let opens = punct_only(start, l.q.open) && close <= sentence_end;
                    if l.q.open >= start
                        && l.q.open < end
                        && close > end
                        && (opens || punct_only(end, close))
                    {
                        end = close;
                    }
                }
                let inside: Vec<&Located> = located
                    .iter()
                    .filter(|l| l.q.open >= start && l.q.close.unwrap_or(l.q.end) <= end)
                    .collect();
                let kind = if inside.is_empty() {
                    "indirect"
                } else {
                    "mixed"
                };
                // "stressed that "Ukraine needs ..."": the quotation is the whole content
                if let [l] = inside[..] {
                    let (qs, qe) = content_of(&doc.text, &l.q);
                    let rest = |a: usize, b: usize| {
                        doc.text
                            .get(a..b)
                            .unwrap_or("")
                            .chars()
                            .all(|ch| !ch.is_alphanumeric())
                    };
                    if rest(start, qs) && rest(qe, end) {
                        (start, end) = (qs, qe);
                    }
                }
                drafts.push(Draft {
                    from: From::Mention(si, slo, shi),
                    cue: Some((si, c.clone())),
                    content: (start, end),
                    kind,
                    located: None,
                });
            }
        }
    }

    /// Speakers resolved in text order, dates, ids.
    fn finish(&self, doc: &Document, trees: &[Tree], drafts: Vec<Draft>) -> Vec<Quote> {
        let mut resolver = Resolver::new(doc, self.dict.as_deref());
        let mut speakers: Vec<Option<Speaker>> = vec![None; drafts.len()];
        // mentions by sentence, in token order
        let mut order: Vec<(usize, usize, usize)> = drafts
            .iter()
            .enumerate()
            .filter_map(|(di, d)| match d.from {
                From::Mention(si, lo, _) => Some((si, lo, di)),
                From::Draft(_) => None,
            })
            .collect();
        order.sort();
        let mut next = 0;
        for (si, tree) in trees.iter().enumerate() {
            while next < order.len() && order[next].0 == si {
                let di = order[next].2;
                if let From::Mention(_, lo, hi) = drafts[di].from {
                    // two quotations of one cue share one resolution
                    let same = (0..di).find(|&o| {
                        matches!(drafts[o].from, From::Mention(s2, l2, h2) if (s2, l2, h2) == (si, lo, hi))
                    });
                    speakers[di] = match same.and_then(|o| speakers[o].clone()) {
                        Some(sp) => Some(sp),
                        None => Some(resolver.speaker(tree, lo, hi)),
                    };
                }
                next += 1;
            }
            if doc.sentences[si].kind != SentenceKind::Caption {
                for (lo, hi) in subjects(tree) {
                    resolver.note_subject(tree, lo, hi);
                }
            }
        }
        for di in 0..drafts.len() {
            if let From::Draft(src) = drafts[di].from {
                speakers[di] = speakers[src].clone();
            }
        }
        let mut out: Vec<(usize, Quote)> = Vec::new();
        for (di, d) in drafts.iter().enumerate() {
            let (start, end) = d.content;
            let mut sentences: Vec<usize> = doc
                .sentences
                .iter()
                .filter(|s| s.start < end && start < s.end)
                .map(|s| s.id)
                .collect();
            let cue = d.cue.as_ref().map(|(si, c)| {
                let toks = &doc.sentences[*si].tokens;
                let (a, b) = (toks[c.token].start, toks[c.last].end);
                sentences.push(doc.sentences[*si].id);
                Evidence {
                    text: doc.text[a..b].to_string(),
                    start: a,
                    end: b,
                }
            });
            sentences.sort_unstable();
            sentences.dedup();
            let date = match (&d.cue, d.from) {
                (Some((si, c)), _) => date_of(doc, *si, c, d.content),
                (None, From::Draft(src)) => {
                    // a quotation that goes on was said when its beginning was
                    out.iter()
                        .find(|(i, _)| *i == src)
                        .map(|(_, q)| q.date.clone())
                        .unwrap_or_else(|| published(doc))
                }
                _ => published(doc),
            };
            out.push((
                di,
                Quote {
                    id: String::new(),
                    speaker: speakers[di].clone(),
                    cue,
                    content: Evidence {
                        text: doc.text[start..end].to_string(),
                        start,
                        end,
                    },
                    kind: d.kind.to_string(),
                    sentences,
                    date,
                },
            ));
        }
        let mut quotes: Vec<Quote> = out.into_iter().map(|(_, q)| q).collect();
        quotes.sort_by_key(|q| (q.content.start, q.content.end));
        for (i, q) in quotes.iter_mut().enumerate() {
            q.id = format!("q{i}");
        }
        quotes
    }
}

/// The quoted text of a quotation, without the comma that ends it inside the marks
/// ("..., under international law,").
fn content_of(text: &str, q: &Quoted) -> (usize, usize) {
    let inner = &text[q.start..q.end];
    let trimmed = inner.trim_end_matches([',', ' ']);
    (q.start, q.start + trimmed.len().max(1).min(inner.len()))
}

/// The sentence and token holding byte `off`.
fn token_at(doc: &Document, off: usize) -> Option<(usize, usize)> {
    let si = doc.sentences.partition_point(|s| s.end <= off);
    let s = doc.sentences.get(si).filter(|s| s.start <= off)?;
    let ti = s.tokens.partition_point(|t| t.end <= off);
    (ti < s.tokens.len()).then_some((si, ti))
}

fn locate_all(doc: &Document, trees: &[Tree], paragraph: &dyn Fn(usize) -> usize) -> Vec<Located> {
    marks::scan(&doc.text)
        .into_iter()
        .filter_map(|q| {
            let first = token_at(doc, q.open)?;
            let last = match q.close {
                Some(c) => token_at(doc, c.saturating_sub(1))?,
                None => token_at(doc, q.end.saturating_sub(1))?,
            };
            let inner = doc.text[q.start..q.end].trim_end();
            let ends_like_speech = inner.ends_with([',', '.', '?', '!', '…', ':', ';']);
            let mut words = 0;
            let mut verb = false;
            for (s, tree) in doc.sentences[first.0..=last.0]
                .iter()
                .zip(&trees[first.0..=last.0])
            {
                for (ti, t) in s.tokens.iter().enumerate() {
                    if t.start >= q.start
                        && t.end <= q.end
                        && t.text.chars().any(char::is_alphanumeric)
                    {
                        words += 1;
                        verb |= tree.verbal(ti);
                    }
                }
            }
            let quotation =
                words >= 1 && (ends_like_speech || first.0 != last.0 || (words >= 4 && verb));
            let para = paragraph(q.open);
            let line_start = doc.text[..q.open].rfind('\n').map_or(0, |n| n + 1);
            Some(Located {
                q,
                first,
                last,
                quotation,
                paragraph: para,
                starts_paragraph: doc.text[line_start..q.open].trim().is_empty(),
            })
        })
        .collect()
}

/// `"...," X said`: a cue after the closing mark, with only its speaker, adverbs and
/// punctuation between.
fn cue_after(trees: &[Tree], cues: &[Vec<Cue>], l: &Located) -> Option<(usize, usize)> {
    l.q.close?;
    let (si, ic) = l.last;
    let tree = &trees[si];
    let (ci, c) = cues[si]
        .iter()
        .enumerate()
        .filter(|(_, c)| {
            c.kind == CueKind::Verb && c.frames.direct() && c.token > ic && c.speaker.is_some()
        })
        .min_by_key(|(_, c)| c.token)?;
    let (slo, shi) = c.speaker?;
    let ok = (ic + 1..c.token).all(|t| {
        (slo..=shi).contains(&t)
            || (tree.is_punct(t) && !cues::is_quote_mark(tree.text(t)))
            || matches!(tree.upos(t), "ADV" | "AUX" | "PART")
    });
    (ok && c.token - ic <= 16).then_some((si, ci))
}

/// `X said: "..."`, `X told reporters, "..."`, and the second half of a quotation split
/// around its cue (`"...," X said, "..."`): a cue before the opening mark, a colon or comma
/// just before the mark, and no other verb between.
fn cue_before(trees: &[Tree], cues: &[Vec<Cue>], l: &Located) -> Option<(usize, usize)> {
    let (si, io) = l.first;
    let tree = &trees[si];
    if io == 0 {
        return None;
    }
    let (ci, c) = cues[si]
        .iter()
        .enumerate()
        .filter(|(_, c)| {
            c.kind == CueKind::Verb && c.frames.direct() && c.last < io && c.speaker.is_some()
        })
        .max_by_key(|(_, c)| c.token)?;
    // 'said: "...', 'said, "...'; and, as wires write it, 'stated "The tanker is ...' with
    // the verb touching the mark and the quotation opening with a capital (a sentence quoted,
    // not a phrase: 'said "a disaster" was averted' stays indirect)
    let bare = c.last + 1 == io
        && io + 1 < tree.len()
        && tree.text(io + 1).starts_with(|ch: char| ch.is_uppercase());
    if !(matches!(tree.text(io - 1), ":" | ",") || bare) {
        return None;
    }
    let (slo, shi) = c.speaker?;
    let ok = (c.last + 1..io).all(|t| {
        (slo..=shi).contains(&t) || (!tree.verbal(t) && !cues::is_quote_mark(tree.text(t)))
    });
    (ok && io - c.last <= 12).then_some((si, ci))
}

/// The date of a statement: a date stated in the cue's sentence outside the content, the
/// nearest to the cue; else the publication date, marked assumed.
fn date_of(doc: &Document, si: usize, cue: &Cue, content: (usize, usize)) -> WhenDate {
    let s = &doc.sentences[si];
    let at = s.tokens[cue.token].start;
    let first = doc.dates.partition_point(|d| d.end <= s.start);
    let best = doc.dates[first..]
        .iter()
        .enumerate()
        .take_while(|(_, d)| d.start < s.end)
        .filter(|(_, d)| {
            d.kind == "date"
                && !(d.start < content.1 && content.0 < d.end)
                && d.value.starts_with(|c: char| c.is_ascii_digit())
        })
        .min_by_key(|(_, d)| d.start.abs_diff(at));
    match best {
        Some((i, d)) => WhenDate {
            value: Some(d.value.clone()),
            precision: d.precision.clone(),
            stated: true,
            date: Some(first + i),
        },
        None => published(doc),
    }
}

fn published(doc: &Document) -> WhenDate {
    WhenDate {
        value: doc.article.published.clone(),
        precision: doc.article.published.as_ref().map(|_| "day".to_string()),
        stated: false,
        date: None,
    }
}

/// Named subjects of a sentence's verbs, as antecedents for later pronouns.
fn subjects(tree: &Tree) -> Vec<(usize, usize)> {
    (0..tree.len())
        .filter(|&t| tree.rel(t) == "nsubj" && tree.upos(t) == "PROPN")
        .filter_map(|s| {
            let v = tree.head(s)?;
            Some(cues::speaker_extent(tree, s, v))
        })
        .collect()
}
