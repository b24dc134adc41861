//! A sentence's tokens as the recognizer sees them: lowercased, looked up in the lexicon once,
//! numbers read.

use acta_core::Token;

use super::lexicon::{Lex, Lexicon};

/// One token.
#[derive(Clone, Copy, Debug)]
pub(crate) struct W<'a> {
    pub text: &'a str,
    /// Lowercased text.
    pub lw: &'a str,
    pub start: usize,
    pub end: usize,
    pub lex: Lex,
    /// True when the lexicon knows the word.
    pub known: bool,
    /// The value of an all-digit token (at most 9 digits).
    pub num: Option<u32>,
    /// How many digits an all-digit token has; 0 otherwise.
    pub ndig: usize,
    /// Starts with an uppercase letter.
    pub cap: bool,
    pub tok: &'a Token,
}

impl W<'_> {
    pub(crate) fn is(&self, w: &str) -> bool {
        self.lw == w
    }
    pub(crate) fn is_any(&self, ws: &[&str]) -> bool {
        ws.contains(&self.lw)
    }
    /// A word of letters only (no digits, no punctuation).
    pub(crate) fn is_alpha(&self) -> bool {
        !self.lw.is_empty() && self.lw.chars().all(char::is_alphabetic)
    }
    pub(crate) fn is_punct(&self) -> bool {
        !self.lw.is_empty() && self.lw.chars().all(|c| !c.is_alphanumeric())
    }
    /// A four-digit number.
    pub(crate) fn four_digits(&self) -> Option<i32> {
        (self.ndig == 4)
            .then(|| self.num.map(|n| n as i32))
            .flatten()
    }
    /// A day of the month: `21`, `21st`, `1st`, `2nd`, `3rd`, `04`.
    pub(crate) fn day(&self) -> Option<u32> {
        let n = if self.ndig > 0 {
            if self.ndig > 2 {
                return None;
            }
            self.num?
        } else {
            let digits = self.lw.trim_end_matches(|c: char| c.is_ascii_alphabetic());
            let suffix = &self.lw[digits.len()..];
            if digits.is_empty()
                || digits.len() > 2
                || !digits.bytes().all(|b| b.is_ascii_digit())
                || !matches!(suffix, "st" | "nd" | "rd" | "th")
            {
                return None;
            }
            digits.parse().ok()?
        };
        (1..=31).contains(&n).then_some(n)
    }
}

/// Reusable buffers for a sentence's words.
#[derive(Default)]
pub(crate) struct Scratch {
    lower: String,
    ranges: Vec<(usize, usize)>,
}

/// The words of a sentence, and whether any of them could start a temporal expression.
pub(crate) fn words<'a>(
    lex: &'a Lexicon,
    tokens: &'a [Token],
    scratch: &'a mut Scratch,
) -> (Vec<W<'a>>, bool) {
    scratch.lower.clear();
    scratch.ranges.clear();
    for t in tokens {
        let s = scratch.lower.len();
        if t.text.is_ascii() {
            scratch.lower.push_str(&t.text);
            scratch.lower[s..].make_ascii_lowercase();
        } else {
            for c in t.text.chars() {
                match c {
                    '’' | '‘' => scratch.lower.push('\''),
                    c => scratch.lower.extend(c.to_lowercase()),
                }
            }
        }
        scratch.ranges.push((s, scratch.lower.len()));
    }
    let lower: &'a str = &scratch.lower;
    let mut any = false;
    let ws = tokens
        .iter()
        .zip(&scratch.ranges)
        .map(|(t, &(s, e))| {
            let lw = &lower[s..e];
            let found = lex.get(lw);
            let lexv = found.copied().unwrap_or_default();
            let b = lw.as_bytes();
            let (num, ndig) = if !b.is_empty() && b.len() <= 9 && b.iter().all(u8::is_ascii_digit) {
                (lw.parse().ok(), b.len())
            } else {
                (None, 0)
            };
            if lexv.is_trigger()
                || b.first().is_some_and(u8::is_ascii_digit)
                || (b.len() > 1 && b[0] == b'\'' && b[1].is_ascii_digit())
                || lw.starts_with("mid-")
                || lw.starts_with("fy")
                || matches!(lw, "recent" | "past" | "future" | "term" | "time" | "same")
            {
                any = true;
            }
            W {
                text: &t.text,
                lw,
                start: t.start,
                end: t.end,
                lex: lexv,
                known: found.is_some(),
                num,
                ndig,
                cap: t.text.chars().next().is_some_and(char::is_uppercase),
                tok: t,
            }
        })
        .collect();
    (ws, any)
}
