//! A sentence's tokens as the recognizer sees them: lowercased, looked up in the lexicon once,
//! numbers read.

use acta_core::Token;

use super::lexicon::{Lex, Lexicon};

/// What an unknown word is: nothing.
static NOTHING: Lex = Lex::EMPTY;

/// One token.
#[derive(Clone, Copy, Debug)]
pub(crate) struct W<'a> {
    pub text: &'a str,
    /// Lowercased text.
    pub lw: &'a str,
    pub start: usize,
    pub end: usize,
    pub lex: &'a Lex,
    /// True when the word is a date word of the lexicon (then `lex` is its entry; for other
    /// words `lex` is empty, and [`W::entry`] looks them up).
    pub known: bool,
    pub tok: &'a Token,
}

impl<'a> W<'a> {
    /// Everything the lexicon says about the word, including the roles that are not looked up
    /// for every token (`start`, `inner`, tense).
    pub(crate) fn entry(&self, lex: &'a Lexicon) -> &'a Lex {
        if self.known {
            self.lex
        } else {
            lex.get(self.lw).unwrap_or(&NOTHING)
        }
    }

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
        (self.ndig() == 4)
            .then(|| self.num().map(|n| n as i32))
            .flatten()
    }
    /// How many digits an all-digit token has (at most 9); 0 for other tokens.
    pub(crate) fn ndig(&self) -> usize {
        let b = self.lw.as_bytes();
        if !b.is_empty() && b.len() <= 9 && b.iter().all(u8::is_ascii_digit) {
            b.len()
        } else {
            0
        }
    }
    /// The value of an all-digit token (at most 9 digits).
    pub(crate) fn num(&self) -> Option<u32> {
        if self.ndig() > 0 {
            self.lw.parse().ok()
        } else {
            None
        }
    }
    /// Starts with an uppercase letter.
    pub(crate) fn cap(&self) -> bool {
        self.text.chars().next().is_some_and(char::is_uppercase)
    }
    /// A day of the month: `21`, `21st`, `1st`, `2nd`, `3rd`, `04`.
    pub(crate) fn day(&self) -> Option<u32> {
        let n = if self.ndig() > 0 {
            if self.ndig() > 2 {
                return None;
            }
            self.num()?
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

/// Where a token's lowercase form is (`None`: the token is lowercase already), and its
/// date-word entry.
type Pre<'l> = (Option<(usize, usize)>, Option<&'l Lex>);

/// Reusable buffers for the sentences of a document.
#[derive(Default)]
pub(crate) struct Scratch<'l> {
    /// Lowercased copies of the words that have capitals (or curly apostrophes).
    lower: String,
    /// Per token: where its lowercase form is (`None`: the token text is already lowercase)
    /// and its date-word entry.
    pre: Vec<Pre<'l>>,
    /// Indexes of the trigger words of the last sentence.
    triggers: Vec<usize>,
    /// Indexes of its plain numbers.
    numbers: Vec<usize>,
}

/// How much a word says that a temporal expression is near.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Trigger {
    No,
    /// A plain number (`20`, `2.5`, `1,000`): only next to a date word (`20 years`,
    /// `21 August`, `10 a.m.`), since most numbers in news are amounts.
    Number,
    Yes,
}

/// Date words, date-like numbers (`2014`, `21/8`, `18:00`, `1990s`, `21st`), `'82`,
/// `mid-August`, `FY2025`, `Q3`, `H1`.
fn trigger(lw: &str, lex: Option<&Lex>) -> Trigger {
    let b = lw.as_bytes();
    let Some(&first) = b.first() else {
        return Trigger::No;
    };
    if first.is_ascii_digit() {
        let digits = b.iter().take_while(|c| c.is_ascii_digit()).count();
        let rest = &lw[digits..];
        let date_like = (digits == 4 && rest.is_empty())
            || rest.contains(['/', ':'])
            || matches!(rest, "s" | "'s" | "st" | "nd" | "rd" | "th")
            || (rest.starts_with(['-', '.'])
                && rest.len() > 1
                && (digits == 4 || rest[1..].contains(['-', '.'])));
        return if date_like {
            Trigger::Yes
        } else {
            Trigger::Number
        };
    }
    let yes = lex.is_some_and(Lex::is_trigger)
        || (first == b'\'' && b.len() > 1 && b[1].is_ascii_digit())
        || (b.len() == 2 && matches!(first, b'q' | b'h') && b[1].is_ascii_digit())
        || (b.len() > 4 && first == b'm' && lw.starts_with("mid-"))
        || (b.len() > 2 && first == b'f' && lw.starts_with("fy"));
    if yes {
        Trigger::Yes
    } else {
        Trigger::No
    }
}

/// The words of a sentence, or `None` when none of them is a trigger word: then nothing but
/// the lowercasing of capitalised words and the date-word lookups was done.
pub(crate) fn words<'a, 'l: 'a>(
    lex: &'l Lexicon,
    text: &'a str,
    tokens: &'a [Token],
    scratch: &'a mut Scratch<'l>,
) -> Option<(Vec<W<'a>>, &'a [usize])> {
    scratch.lower.clear();
    scratch.pre.clear();
    scratch.triggers.clear();
    scratch.numbers.clear();
    scratch.pre.reserve(tokens.len());
    // the token's words are read from the document's text (one contiguous string) rather
    // than from each token's own copy: fewer cache misses
    let word = |t: &'a Token| text.get(t.start..t.end).unwrap_or(&t.text);
    for (i, t) in tokens.iter().enumerate() {
        let w = word(t);
        let b = w.as_bytes();
        // most words are lowercase already: only the others are copied
        let copy = if !b.iter().any(u8::is_ascii_uppercase) && b.is_ascii() {
            None
        } else {
            let s = scratch.lower.len();
            if w.is_ascii() {
                scratch.lower.push_str(w);
                scratch.lower[s..].make_ascii_lowercase();
            } else {
                for c in w.chars() {
                    match c {
                        '’' | '‘' => scratch.lower.push('\''),
                        c => scratch.lower.extend(c.to_lowercase()),
                    }
                }
            }
            Some((s, scratch.lower.len()))
        };
        let lw = match copy {
            Some((s, e)) => &scratch.lower[s..e],
            None => w,
        };
        // lexicon words are 1-12 bytes and begin with a letter, a digit or an apostrophe
        let found = match lw.as_bytes().first() {
            Some(c)
                if lw.len() <= 12
                    && (c.is_ascii_alphanumeric() || *c == b'\'')
                    && lex.may_be_date_word(lw) =>
            {
                lex.get(lw).filter(|e| e.is_date_word())
            }
            _ => None,
        };
        match trigger(lw, found) {
            Trigger::Yes => scratch.triggers.push(i),
            Trigger::Number => scratch.numbers.push(i),
            Trigger::No => {}
        }
        scratch.pre.push((copy, found));
    }
    // a plain number counts when a date word is next to it ("20 years", "12-year",
    // "21 August", "August 21", "0800 GMT")
    if !scratch.numbers.is_empty() {
        let date_word = |k: usize| {
            scratch
                .pre
                .get(k)
                .and_then(|p| p.1)
                .is_some_and(|e| e.is_trigger() || e.tz.is_some())
        };
        for k in 0..scratch.numbers.len() {
            let i = scratch.numbers[k];
            if date_word(i + 1) || date_word(i + 2) || (i > 0 && date_word(i - 1)) {
                scratch.triggers.push(i);
            }
        }
        scratch.triggers.sort_unstable();
    }
    if scratch.triggers.is_empty() {
        return None;
    }
    let sc: &'a Scratch<'l> = scratch;
    let ws = tokens
        .iter()
        .zip(&sc.pre)
        .map(|(t, &(copy, found))| {
            let text = word(t);
            let lw = match copy {
                Some((s, e)) => &sc.lower[s..e],
                None => text,
            };
            W {
                text,
                lw,
                start: t.start,
                end: t.end,
                lex: found.unwrap_or(&NOTHING),
                known: found.is_some(),
                tok: t,
            }
        })
        .collect();
    Some((ws, &sc.triggers))
}
