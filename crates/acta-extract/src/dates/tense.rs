//! The tense of the clause around an expression, for deciding whether a bare weekday, month
//! or day means the last one or the next one. Uses the parser's tags (`xpos`, `upos`, `lemma`)
//! when the tokens carry them, and word forms otherwise: `will`, `is due to`, `is expected to`
//! mark the future; `was`, `said`, irregular past forms and `-ed` verbs mark the past.

use super::lexicon::{Lexicon, BE, FUTURE, LEAD, MODAL, NOT_PAST, PAST, PRESENT};
use super::words::W;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Tense {
    Past,
    Present,
    Future,
    Unknown,
}

/// How far (in words) to look for a verb on each side of the expression.
const WINDOW: usize = 12;

/// A present-tense verb counts as this many words further away than it is: a past or future
/// verb nearby says more about a date than "is" or "says" (`On Sunday, the countries -- that
/// is, the euro zone -- had agreed`).
const PRESENT_PENALTY: usize = 4;

/// The tense of the verb nearest to words `s..e` (the expression itself excluded), looking
/// no further than a `;` on either side and skipping bracketed or dashed asides. On a tie the
/// verb before the expression wins.
pub(crate) fn tense<'a>(
    lex: &'a Lexicon,
    ws: &[W<'a>],
    s: usize,
    e: usize,
) -> (Tense, Option<usize>) {
    let mut best: Option<(usize, Tense, usize)> = None;
    let mut consider = |dist: usize, t: Tense, k: usize| {
        let d = if t == Tense::Present {
            dist + PRESENT_PENALTY
        } else {
            dist
        };
        if best.is_none_or(|(b, _, _)| d < b) {
            best = Some((d, t, k));
        }
    };
    // left
    let (mut k, mut dist) = (s, 0);
    while k > 0 && dist < WINDOW {
        k -= 1;
        match ws[k].lw {
            ";" => break,
            ")" | "]" => {
                k = skip_back(ws, k, &["(", "["]).unwrap_or(k);
                continue;
            }
            "--" | "—" => {
                if let Some(open) = skip_back(ws, k, &["--", "—"]) {
                    k = open;
                }
                continue;
            }
            _ => {}
        }
        dist += 1;
        if let Some(t) = marker(lex, ws, k) {
            consider(dist, t, k);
        }
    }
    // right
    let (mut k, mut dist) = (e, 0);
    while k < ws.len() && dist < WINDOW {
        match ws[k].lw {
            ";" => break,
            // "... in mid-August, a spokesman said": the attribution, not the clause
            "," if attribution(ws, k + 1) => break,
            "(" | "[" => {
                k = skip_on(ws, k, &[")", "]"]).unwrap_or(k) + 1;
                continue;
            }
            "--" | "—" => {
                k = skip_on(ws, k, &["--", "—"]).unwrap_or(k) + 1;
                continue;
            }
            _ => {}
        }
        dist += 1;
        if let Some(t) = marker(lex, ws, k) {
            consider(dist, t, k);
        }
        k += 1;
    }
    match best {
        Some((_, t, k)) => (t, Some(k)),
        None => (Tense::Unknown, None),
    }
}

/// A past tense read only from an -ed ending, which may be an adjective ("closed",
/// "scheduled").
pub(crate) fn weak_past<'a>(lex: &'a Lexicon, ws: &[W<'a>], k: usize) -> bool {
    looks_past(lex, &ws[k]) && ws[k].tok.xpos.is_none()
}

/// Verbs of saying that follow a clause they attribute.
const REPORTING: &[&str] = &[
    "said",
    "says",
    "told",
    "added",
    "stated",
    "announced",
    "reported",
    "according",
];

/// A verb of saying within a few words (`, a spokesman said`, `, said`, `, according to`).
fn attribution(ws: &[W], from: usize) -> bool {
    ws[from..ws.len().min(from + 5)]
        .iter()
        .take_while(|w| !w.is_punct())
        .any(|w| REPORTING.contains(&w.lw))
}

/// The index of the nearest `open` before `k` (within the window), if any.
fn skip_back(ws: &[W], k: usize, open: &[&str]) -> Option<usize> {
    (k.saturating_sub(2 * WINDOW)..k)
        .rev()
        .find(|&j| open.contains(&ws[j].lw))
}

/// The index of the nearest `close` after `k` (within the window), if any.
fn skip_on(ws: &[W], k: usize, close: &[&str]) -> Option<usize> {
    (k + 1..ws.len().min(k + 2 * WINDOW)).find(|&j| close.contains(&ws[j].lw))
}

fn marker<'a>(lex: &'a Lexicon, ws: &[W<'a>], k: usize) -> Option<Tense> {
    let w = &ws[k];
    let next = ws.get(k + 1);
    let next_lw = next.map(|n| n.lw).unwrap_or("");
    // parser tags, when present
    if let Some(x) = w.tok.xpos.as_deref() {
        match x {
            "MD" => {
                return matches!(w.lw, "will" | "'ll" | "shall" | "wo" | "would" | "'d")
                    .then_some(Tense::Future)
            }
            "VBD" => return Some(Tense::Past),
            "VBZ" | "VBP" if matches!(w.lw, "has" | "have" | "'s" | "'ve") => {
                return next
                    .and_then(|n| n.tok.xpos.as_deref())
                    .is_some_and(|x| x == "VBN")
                    .then_some(Tense::Past)
                    .or(Some(Tense::Present))
            }
            "VBZ" | "VBP" => return Some(Tense::Present),
            _ => {}
        }
    }
    let t = w.entry(lex).tense;
    let lead_next = next.is_some_and(|n| n.entry(lex).tense & LEAD != 0);
    if t & FUTURE != 0 {
        return Some(Tense::Future);
    }
    // modals look ahead, unless "could have ..."
    if t & MODAL != 0 && !w.cap() && next_lw != "have" {
        return Some(Tense::Future);
    }
    if t & PRESENT != 0 {
        // "is due", "is expected", "are set": ahead
        return Some(if lead_next && t & BE != 0 {
            Tense::Future
        } else {
            Tense::Present
        });
    }
    if t & LEAD != 0
        && (next_lw == "to"
            || next_lw == "for"
                && matches!(
                    w.lw,
                    "due" | "set" | "scheduled" | "slated" | "planned" | "expected"
                )
            || next_lw == "on" && w.lw == "due")
    {
        return Some(Tense::Future);
    }
    let is_past_form = t & PAST != 0;
    let ed = !is_past_form && looks_past(lex, w);
    if !is_past_form && !ed {
        return None;
    }
    // what comes before a participle decides: "to be held", "may be signed" (future),
    // "has been", "has agreed" (present perfect: the present), "is expected" (present)
    if ed || !matches!(w.lw, "was" | "were" | "did" | "had") {
        let before = |n: usize| k.checked_sub(n).map(|j| ws[j].lw).unwrap_or("");
        match before(1) {
            "be" => return Some(Tense::Future),
            "been" => {
                return Some(match before(2) {
                    "has" | "have" | "'s" | "'ve" => Tense::Present,
                    _ => Tense::Past,
                })
            }
            "has" | "have" | "'ve" | "is" | "are" | "am" => return Some(Tense::Present),
            _ => {}
        }
    }
    Some(Tense::Past)
}

/// An -ed verb (with tags: only a verb).
fn looks_past<'a>(lex: &'a Lexicon, w: &W<'a>) -> bool {
    let b = w.lw.as_bytes();
    b.len() >= 5
        && b.ends_with(b"ed")
        && !w.cap()
        && w.entry(lex).tense & NOT_PAST == 0
        && (!b.ends_with(b"eed") || matches!(w.lw, "agreed" | "freed" | "decreed" | "guaranteed"))
        && w.is_alpha()
        && w.tok
            .upos
            .as_deref()
            .is_none_or(|u| u == "VERB" || u == "AUX")
}
