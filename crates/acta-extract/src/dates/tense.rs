//! The tense of the clause around an expression, for deciding whether a bare weekday, month
//! or day means the last one or the next one. Uses the parser's tags (`xpos`, `upos`, `lemma`)
//! when the tokens carry them, and word forms otherwise: `will`, `is due to`, `is expected to`
//! mark the future; `was`, `said`, irregular past forms and `-ed` verbs mark the past.

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
pub(crate) fn tense(ws: &[W], s: usize, e: usize) -> (Tense, Option<usize>) {
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
        if let Some(t) = marker(ws, k) {
            consider(dist, t, k);
        }
    }
    // right
    let (mut k, mut dist) = (e, 0);
    while k < ws.len() && dist < WINDOW {
        match ws[k].lw {
            ";" => break,
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
        if let Some(t) = marker(ws, k) {
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
pub(crate) fn weak_past(ws: &[W], k: usize) -> bool {
    looks_past(&ws[k]) && ws[k].tok.xpos.is_none()
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

const PAST_FORMS: &[&str] = &[
    "was",
    "were",
    "had",
    "did",
    "said",
    "told",
    "met",
    "held",
    "took",
    "made",
    "went",
    "came",
    "began",
    "saw",
    "won",
    "lost",
    "fell",
    "rose",
    "left",
    "sold",
    "bought",
    "gave",
    "got",
    "led",
    "ran",
    "spoke",
    "wrote",
    "broke",
    "chose",
    "drove",
    "flew",
    "grew",
    "knew",
    "threw",
    "became",
    "brought",
    "caught",
    "fought",
    "found",
    "thought",
    "taught",
    "kept",
    "sent",
    "spent",
    "built",
    "felt",
    "paid",
    "stood",
    "understood",
    "struck",
    "sank",
    "shot",
    "tore",
    "wore",
    "woke",
    "withdrew",
    "overtook",
    "sought",
    "swore",
    "stole",
    "slid",
    "shook",
    "hung",
    "heard",
    "meant",
    "dealt",
    "slept",
    "fled",
    "fed",
    "rode",
    "rang",
    "sang",
    "swam",
    "drank",
    "ate",
    "forgot",
    "forgave",
    "froze",
    "hid",
    "bit",
    "arose",
    "sat",
    "stuck",
    "swung",
    "wept",
    "undertook",
    "oversaw",
    "upheld",
    "withheld",
    "mistook",
    "foresaw",
    "underwent",
    "wasn't",
    "weren't",
    "didn't",
    "hadn't",
];

/// Words ending in -ed that are not past verbs.
const NOT_PAST: &[&str] = &[
    "hundred",
    "united",
    "limited",
    "red",
    "bed",
    "shed",
    "sacred",
    "naked",
    "wicked",
    "beloved",
    "kindred",
    "ned",
    "fred",
    "ted",
    "ed",
    "med",
    "wed",
    "shred",
    "sled",
    "based",
    "related",
    "armed",
    "alleged",
    "supposed",
    "used",
    "concerned",
    "interested",
    "qualified",
    "experienced",
    "advanced",
    "detailed",
    "unprecedented",
    "unexpected",
    "unidentified",
    "undisclosed",
    "unnamed",
    "unspecified",
    "unrelated",
    "coordinated",
    "proposed",
    "expected",
    "scheduled",
    "planned",
    "slated",
];

/// Words that put what follows in the future when `to` / `for` / `on` comes next.
const FUTURE_LEADS: &[&str] = &[
    "due",
    "set",
    "expected",
    "scheduled",
    "slated",
    "poised",
    "planning",
    "plans",
    "plan",
    "planned",
    "intends",
    "intend",
    "aims",
    "aim",
    "going",
    "likely",
    "hopes",
    "hope",
    "ready",
    "prepared",
    "preparing",
    "will",
    "promised",
    "vowed",
    "agreed",
    "decided",
    "wants",
];

fn marker(ws: &[W], k: usize) -> Option<Tense> {
    let w = &ws[k];
    let next = ws.get(k + 1).map(|n| n.lw).unwrap_or("");
    // parser tags, when present
    if let Some(x) = w.tok.xpos.as_deref() {
        match x {
            "MD" => {
                return matches!(w.lw, "will" | "'ll" | "shall" | "wo" | "would" | "'d")
                    .then_some(Tense::Future)
            }
            "VBD" => return Some(Tense::Past),
            "VBZ" | "VBP" if matches!(w.lw, "has" | "have" | "'s" | "'ve") => {
                return ws
                    .get(k + 1)
                    .and_then(|n| n.tok.xpos.as_deref())
                    .is_some_and(|x| x == "VBN")
                    .then_some(Tense::Past)
                    .or(Some(Tense::Present))
            }
            "VBZ" | "VBP" => return Some(Tense::Present),
            _ => {}
        }
    }
    match w.lw {
        "will" | "'ll" | "shall" | "wo" | "would" | "upcoming" | "scheduled" | "slated" => {
            return Some(Tense::Future)
        }
        // verbs of expectation look ahead: "expects a profit in the fourth quarter"
        "expects" | "expect" | "anticipates" | "anticipate" | "forecasts" | "predicts"
        | "projects" | "plans" | "intends" | "aims" | "hopes" => return Some(Tense::Future),
        // modals look ahead, unless "could have ..."
        "should" | "could" | "might" | "must" | "can" | "may" if !w.cap && next != "have" => {
            return Some(Tense::Future)
        }
        // "is due", "is expected", "are set": ahead
        "is" | "are" | "am" | "'re" if FUTURE_LEADS.contains(&next) => return Some(Tense::Future),
        "is" | "are" | "am" | "says" | "say" => return Some(Tense::Present),
        _ => {}
    }
    if FUTURE_LEADS.contains(&w.lw)
        && (next == "to"
            || next == "for"
                && matches!(
                    w.lw,
                    "due" | "set" | "scheduled" | "slated" | "planned" | "expected"
                )
            || next == "on" && w.lw == "due")
    {
        return Some(Tense::Future);
    }
    let is_past_form = PAST_FORMS.contains(&w.lw);
    // what comes before a participle decides: "to be held", "may be signed" (future),
    // "has been", "has agreed" (present perfect: the present), "is expected" (present)
    let before = |n: usize| k.checked_sub(n).map(|j| ws[j].lw).unwrap_or("");
    let participle = is_past_form && !matches!(w.lw, "was" | "were" | "did") || looks_past(w);
    if participle {
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
    if is_past_form {
        return Some(Tense::Past);
    }
    if looks_past(w) {
        return Some(Tense::Past);
    }
    None
}

/// An -ed verb (with tags: only a verb).
fn looks_past(w: &W) -> bool {
    let verb_tag = w
        .tok
        .upos
        .as_deref()
        .is_none_or(|u| u == "VERB" || u == "AUX");
    verb_tag
        && w.lw.len() >= 5
        && w.lw.ends_with("ed")
        && !w.cap
        && w.is_alpha()
        && !NOT_PAST.contains(&w.lw)
        && (!w.lw.ends_with("eed") || matches!(w.lw, "agreed" | "freed" | "decreed" | "guaranteed"))
}
