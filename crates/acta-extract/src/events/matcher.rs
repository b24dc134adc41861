//! Verb lookup and pattern matching over a parsed sentence.
//!
//! A predicate's verbs are found by lemma (then by surface form, when the lemmatizer missed an
//! irregular form), multi-word verbs by their other words around it (adjacent, or a particle
//! child: "called the talks off"). A pattern matches when its words are found, in order, in
//! the predicate's clause: the words before `*` among the clause's tokens before the verb, the
//! words after it among those after. `{...}` words must stand close together, `(PREP ...)`
//! words follow their preposition, `$`/`+` must fall on an actor or agent. The most specific
//! matching pattern (most words) wins; ties go to the first in the file.

use crate::dict::actors::plural;
use crate::dict::verbs::{Elem, Part, Pattern, Verb, VerbCode, VerbDictionary};

use super::participants::Mentions;
use super::sent::Sent;

/// A verb of the dictionary found at a predicate.
pub(crate) struct VerbHit {
    pub verb: u32,
    /// Tokens of the other words of a multi-word verb.
    pub extra: Vec<usize>,
}

/// The verbs whose forms fit predicate `p`, multi-word verbs (more words) first, then in file
/// order.
pub(crate) fn verbs_at(d: &VerbDictionary, s: &Sent, p: usize) -> Vec<VerbHit> {
    let mut ids: Vec<u32> = d.verbs_for(&s.lemma[p]).to_vec();
    for &id in d.verbs_for(&s.nw[p]) {
        if !ids.contains(&id) {
            ids.push(id);
        }
    }
    let mut hits: Vec<VerbHit> = ids
        .into_iter()
        .filter_map(|id| {
            let v = &d.verbs[id as usize];
            multiword_fits(s, p, v).map(|extra| VerbHit { verb: id, extra })
        })
        .collect();
    hits.sort_by_key(|h| {
        (
            std::cmp::Reverse(d.verbs[h.verb as usize].words.len()),
            h.verb,
        )
    });
    hits
}

fn word_is(s: &Sent, t: usize, w: &str) -> bool {
    (s.nw[t] == w || s.lemma[t] == w) && !quantity_up(s, t)
}

/// "up" in "up to 4,000 troops", "up to $150 million": a bound on a quantity, never the
/// particle of GIVE UP or a pattern's `* UP` ("will give up to 150 million in aid" is no
/// yielding, 080; thirty-fifth round). "up" before "to" and a number or a currency sign.
pub(crate) fn quantity_up(s: &Sent, t: usize) -> bool {
    s.nw[t] == "up"
        && s.nw.get(t + 1).is_some_and(|w| w == "to")
        && (t + 2 < s.len())
        && (s.upos(t + 2) == "NUM"
            || s.xpos(t + 2) == "$"
            || s.nw[t + 2].starts_with(|c: char| c.is_ascii_digit() || c == '$'))
}

/// The tokens of a multi-word verb's other words around `p`, or `None` when they are not
/// there. Single-word verbs fit with no extra tokens.
fn multiword_fits(s: &Sent, p: usize, v: &Verb) -> Option<Vec<usize>> {
    if v.words.len() == 1 {
        return Some(Vec::new());
    }
    let mut extra = Vec::new();
    // words before the inflected one: the tokens just before, skipping punctuation
    let mut at = p;
    for w in v.words[..v.head].iter().rev() {
        loop {
            at = at.checked_sub(1)?;
            if !s.nw[at].is_empty() {
                break;
            }
        }
        if !word_is(s, at, w) {
            return None;
        }
        extra.push(at);
    }
    let after = &v.words[v.head + 1..];
    if after.is_empty() {
        return Some(extra);
    }
    // adjacent after the verb
    let mut at = p;
    let mut ok = true;
    let mut found = Vec::new();
    for w in after {
        loop {
            at += 1;
            if at >= s.len() {
                ok = false;
                break;
            }
            if !s.nw[at].is_empty() {
                break;
            }
        }
        if !ok || !word_is(s, at, w) {
            ok = false;
            break;
        }
        found.push(at);
    }
    if ok {
        extra.extend(found);
        return Some(extra);
    }
    // a particle or preposition somewhere in the clause: "called the talks off", "met on
    // Monday with"
    if after.len() == 1 {
        let w = &after[0];
        for &k in &s.kids[p] {
            if s.rel(k) == "compound:prt" && word_is(s, k, w) {
                extra.push(k);
                return Some(extra);
            }
            if matches!(s.urel(k), "obl" | "obj" | "nmod") {
                if let Some(c) = s.kids_rel(k, &["case"]).find(|&c| word_is(s, c, w)) {
                    extra.push(c);
                    return Some(extra);
                }
            }
        }
    }
    None
}

/// The code a verb gives without patterns: its own, else its block's.
pub(crate) fn default_code<'d>(d: &'d VerbDictionary, v: &'d Verb) -> &'d VerbCode {
    v.code.as_ref().unwrap_or(&d.blocks[v.block].code)
}

/// A pattern that matched.
pub(crate) struct PatMatch {
    pub weight: usize,
    /// Where `+` fell.
    pub target: Option<usize>,
    /// Where `$` fell.
    pub source: Option<usize>,
    pub tokens: Vec<usize>,
}

/// The words of the clause, for a quick test whether a pattern can match at all.
pub(crate) struct Window<'a> {
    pub pre: Vec<usize>,
    pub post: Vec<usize>,
    s: &'a Sent<'a>,
}

impl<'a> Window<'a> {
    /// `clause` in text order; punctuation left out.
    pub fn new(s: &'a Sent<'a>, p: usize, clause: &[usize], extra: &[usize]) -> Window<'a> {
        // ("up to 150 million" is no pattern's UP)
        let keep = |t: &&usize| {
            !s.nw[**t].is_empty() && **t != p && !extra.contains(*t) && !quantity_up(s, **t)
        };
        Window {
            pre: clause
                .iter()
                .filter(|&&t| t < p)
                .filter(keep)
                .copied()
                .collect(),
            post: clause
                .iter()
                .filter(|&&t| t > p)
                .filter(keep)
                .copied()
                .collect(),
            s,
        }
    }

    fn has_word(&self, w: &str) -> bool {
        self.pre
            .iter()
            .chain(&self.post)
            .any(|&t| tok_is(self.s, t, w))
    }
}

/// Does token `t` read as dictionary word `w`? The form, the lemma, or the lemma's plural
/// (the dictionary writes "TALKS"; "talk" is the lemma).
fn tok_is(s: &Sent, t: usize, w: &str) -> bool {
    let (form, lemma) = (&s.nw[t], &s.lemma[t]);
    form == w
        || lemma == w
        || (w.len() > lemma.len() && w.starts_with(lemma.as_str()) && plural(lemma) == w)
}

/// A word of an organisation's name ("the United States Air Force", "the banned Movement for
/// the Actualization of the Sovereign State of Biafra"): capitalized inside the sentence, no
/// title ("Prime Minister" stays the pattern's MINISTER), and with a capitalized word of the
/// name on it (`compound`, `flat`) or after it through "of" or "for". A pattern's word is
/// a common noun: the Air Force is no force defeated (DESTROY * FORCE, 190), the Movement no
/// movement restricted (CONFINE * MOVEMENT, 172) (thirty-seventh round).
fn name_word(s: &Sent, t: usize) -> bool {
    let cap = |k: usize| s.capitalized(k);
    if t == 0 || !cap(t) || crate::actors::words::TITLE_WORDS.contains(&s.nw[t].as_str()) {
        return false;
    }
    let named_kid = s
        .kids_rel(t, &["compound", "flat"])
        .any(|k| k < t && cap(k) && s.upos(k) == "PROPN");
    // through "of"/"for" only for the heads of organisations' names: "signed a Memorandum
    // of Understanding", "the Declaration of Principles" are the documents the pattern names
    let named_after = NAME_HEADS.contains(&s.nw[t].as_str())
        && matches!(s.nw.get(t + 1).map(String::as_str), Some("of" | "for"))
        && (t + 2..(t + 4).min(s.len()))
            .find(|&k| s.nw[k] != "the")
            .is_some_and(cap);
    named_kid || named_after
}

/// Heads of organisations' names written with an "of" or "for" phrase ("the Movement for the
/// Actualization of ...", "the Popular Front for the Liberation of ...", "the Army of
/// Islam"); a document's name ("Memorandum of Understanding", "Treaty of Rome") is no such
/// name.
const NAME_HEADS: &[&str] = &[
    "movement",
    "front",
    "force",
    "forces",
    "army",
    "party",
    "union",
    "alliance",
    "council",
    "congress",
    "league",
    "committee",
    "brigade",
    "brigades",
    "guard",
    "guards",
];

/// Can the pattern possibly match (every literal first word present)? A cheap filter.
fn may_match(p: &Pattern, w: &Window) -> bool {
    fn ok(e: &Elem, w: &Window) -> bool {
        match e {
            Elem::Seq(parts) => match &parts[0] {
                Part::Word(x) => w.has_word(x),
                Part::Synset(_) => true,
            },
            Elem::Np(v) | Elem::Pp(v) => v.iter().all(|e| ok(e, w)),
            _ => true,
        }
    }
    p.pre.iter().chain(&p.post).all(|e| ok(e, w))
}

struct Matcher<'a> {
    d: &'a VerbDictionary,
    s: &'a Sent<'a>,
    m: &'a Mentions,
    target: Option<usize>,
    source: Option<usize>,
    tokens: Vec<usize>,
}

impl Matcher<'_> {
    /// A preposition whose phrase is a date ("on Tuesday", "in March").
    fn date_preposition(&self, t: usize) -> bool {
        self.s.upos(t) == "ADP" && self.s.head[t].is_some_and(|h| self.s.date[h])
    }

    /// Matches the parts consecutively starting at window position `k`; returns the position
    /// after the last word.
    fn seq_at(&self, parts: &[Part], win: &[usize], k: usize) -> Option<usize> {
        let mut at = k;
        for part in parts {
            match part {
                Part::Word(w) => {
                    if at >= win.len() || !tok_is(self.s, win[at], w) || name_word(self.s, win[at])
                    {
                        return None;
                    }
                    at += 1;
                }
                Part::Synset(i) => {
                    let mut best = None;
                    for phrase in &self.d.synsets[*i].phrases {
                        let n = phrase.len();
                        if at + n <= win.len()
                            && phrase
                                .iter()
                                .enumerate()
                                .all(|(j, w)| tok_is(self.s, win[at + j], w))
                        {
                            best = best.max(Some(at + n));
                        }
                    }
                    at = best?;
                }
            }
        }
        Some(at)
    }

    /// Finds `e` at or after window position `k` (within `limit` positions when given);
    /// returns (first, end) positions.
    fn find(
        &mut self,
        e: &Elem,
        win: &[usize],
        k: usize,
        limit: Option<usize>,
    ) -> Option<(usize, usize)> {
        let last = limit.map_or(win.len(), |l| (k + l).min(win.len()));
        match e {
            Elem::Seq(parts) => (k..last).find_map(|s| self.seq_at(parts, win, s).map(|e| (s, e))),
            Elem::Np(inner) => {
                let words = inner.len();
                for s in k..last {
                    let save = self.tokens.len();
                    if let Some(end) = self.in_order(inner, win, s, Some(words + 3), true) {
                        return Some((s, end));
                    }
                    self.tokens.truncate(save);
                }
                None
            }
            Elem::Pp(inner) => {
                for s in k..last {
                    // a date's preposition is when, not the pattern's phrase: "telephoned
                    // Kozyrev on Tuesday to discuss" is no "call on" (`* (ON)`, an appeal)
                    if self.date_preposition(win[s]) {
                        continue;
                    }
                    let save = self.tokens.len();
                    if let Some(end) = self.in_order(inner, win, s, Some(inner.len() + 6), true) {
                        return Some((s, end));
                    }
                    self.tokens.truncate(save);
                }
                None
            }
            Elem::Source | Elem::Target => {
                let at = (k..last).find(|&s| self.m.at(win[s]).is_some())?;
                let tok = self.m.head_of(self.s, win[at]);
                if matches!(e, Elem::Source) {
                    self.source = Some(tok);
                } else {
                    self.target = Some(tok);
                }
                Some((at, at + 1))
            }
            // `^` skips a noun phrase. Right after a preposition (`(IN ^)`, `(AT ^ ^) +`,
            // `first visit to ^ +`) it is that preposition's phrase up to its head noun, so a
            // `+` after it falls on the next actor, not on the place the pattern passes over:
            // "celebrated Iftar in Geneva with Iran" under `* IFTAR (IN ^) +` → IRN, not CHE.
            // Elsewhere (`$ * ^ &OPPOSITION to +`, "voiced its strong opposition") it stays a
            // gap of any width
            Elem::Skip => {
                let prep = k
                    .checked_sub(1)
                    .map(|j| win[j])
                    .filter(|&t| self.s.upos(t) == "ADP" && self.s.urel(t) == "case");
                let head = prep
                    .and_then(|t| self.s.head[t])
                    .filter(|&h| h > win[k - 1]);
                match head {
                    Some(h) => {
                        let end = (k..last).find(|&j| win[j] > h).unwrap_or(last);
                        Some((k, end))
                    }
                    None => Some((k, k)),
                }
            }
        }
    }

    /// Matches elements in order from position `k`; with `anchored`, the first element must
    /// start at `k`. `span` bounds the positions used.
    fn in_order(
        &mut self,
        elems: &[Elem],
        win: &[usize],
        k: usize,
        span: Option<usize>,
        anchored: bool,
    ) -> Option<usize> {
        let mut at = k;
        for (i, e) in elems.iter().enumerate() {
            let limit = span.map(|sp| (k + sp).saturating_sub(at));
            let (s, end) = if i == 0 && anchored {
                let r = self.find(e, win, at, Some(1))?;
                if r.0 != at {
                    return None;
                }
                r
            } else {
                self.find(e, win, at, limit)?
            };
            self.tokens.extend(win[s..end].iter().copied());
            at = end;
        }
        Some(at)
    }
}

/// Matches a pattern around predicate `p`.
pub(crate) fn match_pattern(
    d: &VerbDictionary,
    s: &Sent,
    m: &Mentions,
    pat: &Pattern,
    win: &Window,
    compound_subject: bool,
) -> Option<PatMatch> {
    if pat.compound && !compound_subject {
        return None;
    }
    if !may_match(pat, win) {
        return None;
    }
    let mut mt = Matcher {
        d,
        s,
        m,
        target: None,
        source: None,
        tokens: Vec::new(),
    };
    if !pat.pre.is_empty() {
        mt.in_order(&pat.pre, &win.pre, 0, None, false)?;
    }
    if !pat.post.is_empty() {
        mt.in_order(&pat.post, &win.post, 0, None, false)?;
    }
    Some(PatMatch {
        weight: pat.weight(),
        target: mt.target,
        source: mt.source,
        tokens: mt.tokens,
    })
}
