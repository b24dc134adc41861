//! Quotation marks: where quoted stretches of text begin and end.
//!
//! Marks recognized: “ ” (English), " " (straight, told apart by what is on either side),
//! ‘ ’ and ' ' (single), « » (and » « as some languages write them), „ “ / „ ” (low-high),
//! and `` '' (the plain-text convention of treebanks and some wires). Only top-level quotes are
//! returned: a mark inside a quote (a nested ‘...’ or an apostrophe) does not start another.
//!
//! Unbalanced marks are contained, never allowed to swallow the rest of an article:
//! - a quote is searched for its closing mark inside its paragraph only (a paragraph is a line
//!   of the cleaned text); when there is none it ends at the paragraph's end, and is marked
//!   `continued` when the next paragraph opens with a quote mark, as news style writes a
//!   quotation that runs over several paragraphs;
//! - an opening mark met before the closing one ends the open quote there (the closing mark
//!   was forgotten);
//! - single quotes must close inside their paragraph, or they are taken for apostrophes.

/// A quoted stretch of the text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Quoted {
    /// Byte offset of the opening mark.
    pub open: usize,
    /// The quoted text: from just after the opening mark to just before the closing one (or
    /// the end of the paragraph, trailing spaces left out).
    pub start: usize,
    pub end: usize,
    /// Byte offset just after the closing mark; `None` when the quote was not closed.
    pub close: Option<usize>,
    /// Not closed in its paragraph, and the next paragraph opens with a quote mark: the same
    /// quotation goes on there.
    pub continued: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Family {
    /// “ ... ”
    Curly,
    /// " ... "
    Straight,
    /// „ ... “ or „ ... ”
    Low,
    /// « ... »
    Guillemet,
    /// » ... «
    GuillemetReversed,
    /// `` ... ''
    Tex,
    /// ‘ ... ’
    SingleCurly,
    /// ' ... ' and ` ... '
    SingleStraight,
}

impl Family {
    fn single(self) -> bool {
        matches!(self, Family::SingleCurly | Family::SingleStraight)
    }
}

fn prev_char(text: &str, at: usize) -> Option<char> {
    text[..at].chars().next_back()
}

fn next_char(text: &str, at: usize) -> Option<char> {
    text[at..].chars().next()
}

/// Opening brackets and dashes after which a mark opens a quote.
fn opens_after(c: Option<char>) -> bool {
    match c {
        None => true,
        Some(c) => c.is_whitespace() || "([{—–-/:".contains(c),
    }
}

fn is_word(c: Option<char>) -> bool {
    c.is_some_and(char::is_alphanumeric)
}

/// Space, or the end, or punctuation that may follow a closing mark.
fn closes_before(c: Option<char>) -> bool {
    match c {
        None => true,
        Some(c) => c.is_whitespace() || ".,;:!?)]}—–-…".contains(c),
    }
}

/// The opening mark at byte `at`, if one is there: its family and length in bytes.
fn opener_at(text: &str, at: usize) -> Option<(Family, usize)> {
    let rest = &text[at..];
    let c = rest.chars().next()?;
    let before = prev_char(text, at);
    let after = next_char(text, at + c.len_utf8());
    match c {
        '“' => Some((Family::Curly, c.len_utf8())),
        '„' => Some((Family::Low, c.len_utf8())),
        '«' => Some((Family::Guillemet, c.len_utf8())),
        '»' if opens_after(before) && is_word(after) => {
            Some((Family::GuillemetReversed, c.len_utf8()))
        }
        '"' if !is_word(before) && after.is_some_and(|a| !a.is_whitespace()) => {
            Some((Family::Straight, 1))
        }
        '`' if rest.starts_with("``") => Some((Family::Tex, 2)),
        '`' if opens_after(before) && is_word(after) => Some((Family::SingleStraight, 1)),
        '‘' if opens_after(before) && after.is_some_and(|a| !a.is_whitespace()) => {
            Some((Family::SingleCurly, c.len_utf8()))
        }
        '\'' if opens_after(before) && is_word(after) && !rest.starts_with("''") => {
            Some((Family::SingleStraight, 1))
        }
        _ => None,
    }
}

/// The closing mark of `family` at byte `at`, if one is there: its length in bytes.
fn closer_at(text: &str, at: usize, family: Family) -> Option<usize> {
    let rest = &text[at..];
    let c = rest.chars().next()?;
    let before = prev_char(text, at);
    let after = next_char(text, at + c.len_utf8());
    let ok = match (family, c) {
        (Family::Curly, '”') => true,
        (Family::Low, '“' | '”') => true,
        (Family::Guillemet, '»') => true,
        (Family::GuillemetReversed, '«') => true,
        (Family::Straight, '"') => true,
        (Family::Tex, '\'') => return rest.starts_with("''").then_some(2),
        (Family::Tex, '"') => true,
        (Family::SingleCurly, '’') | (Family::SingleStraight, '\'') => {
            // an apostrophe has letters on both sides (don't, Russia’s)
            before.is_some_and(|b| !b.is_whitespace())
                && !(is_word(before) && is_word(after))
                && closes_before(after)
        }
        _ => false,
    };
    ok.then_some(c.len_utf8())
}

/// Every top-level quote of `text`, in text order.
pub fn scan(text: &str) -> Vec<Quoted> {
    let mut out = Vec::new();
    let mut para_start = 0;
    let paragraphs: Vec<(usize, usize)> = text
        .split('\n')
        .map(|line| {
            let s = para_start;
            para_start += line.len() + 1;
            (s, s + line.len())
        })
        .collect();
    for (pi, &(ps, pe)) in paragraphs.iter().enumerate() {
        let next_opens = paragraphs.get(pi + 1).is_some_and(|&(ns, ne)| {
            let line = &text[ns..ne];
            let lead = line.len() - line.trim_start().len();
            opener_at(text, ns + lead).is_some_and(|(f, _)| !f.single())
        });
        scan_paragraph(text, ps, pe, next_opens, &mut out);
    }
    out
}

/// `start..end` without the spaces at either end.
fn trim(text: &str, start: usize, end: usize) -> (usize, usize) {
    let s = &text[start..end];
    let lead = s.len() - s.trim_start().len();
    (start + lead, start + s.trim_end().len())
}

fn scan_paragraph(text: &str, ps: usize, pe: usize, next_opens: bool, out: &mut Vec<Quoted>) {
    let mut i = ps;
    while i < pe {
        let Some((family, len)) = opener_at(text, i) else {
            i += text[i..].chars().next().map_or(1, char::len_utf8);
            continue;
        };
        let start = i + len;
        // look for the closing mark; another opening mark of a double family first means
        // this quote was never closed
        let mut j = start;
        let mut found = None;
        while j < pe {
            if let Some(clen) = closer_at(text, j, family) {
                // a straight mark that only opens (space before, a word after) is the next
                // quote's opening mark, not this one's closing
                let reopens = family == Family::Straight
                    && prev_char(text, j).is_some_and(char::is_whitespace)
                    && is_word(next_char(text, j + 1));
                if !reopens {
                    found = Some((j, j + clen));
                    break;
                }
            }
            if !family.single() && j > start {
                if let Some((f2, _)) = opener_at(text, j) {
                    if !f2.single() {
                        found = None;
                        break;
                    }
                }
            }
            j += text[j..].chars().next().map_or(1, char::len_utf8);
        }
        match found {
            Some((end, after)) => {
                let (start, end) = trim(text, start, end);
                if end > start {
                    out.push(Quoted {
                        open: i,
                        start,
                        end,
                        close: Some(after),
                        continued: false,
                    });
                }
                i = after;
            }
            None if family.single() => i = start,
            None => {
                let end = j.min(pe);
                let (qs, qe) = trim(text, start, end);
                if qe > qs {
                    out.push(Quoted {
                        open: i,
                        start: qs,
                        end: qe,
                        close: None,
                        continued: end == pe && next_opens,
                    });
                }
                i = end;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn inner(text: &str) -> Vec<&str> {
        scan(text).iter().map(|q| &text[q.start..q.end]).collect()
    }

    #[test]
    fn every_common_style() {
        for (text, want) in [
            ("He said: “We will win.” Then left.", "We will win."),
            ("He said: \"We will win.\" Then left.", "We will win."),
            (
                "Er sagte: „Wir werden gewinnen.“ Dann ging er.",
                "Wir werden gewinnen.",
            ),
            (
                "Er sagte: „Wir werden gewinnen.” Dann ging er.",
                "Wir werden gewinnen.",
            ),
            (
                "Il a dit : « Nous gagnerons. » Puis il est parti.",
                "Nous gagnerons.",
            ),
            ("Han sa: »Vi vinner.« Sen gick han.", "Vi vinner."),
            ("He said: ``We will win.'' Then left.", "We will win."),
            ("He called it ‘a disgrace’ on Monday.", "a disgrace"),
            ("He called it 'a disgrace' on Monday.", "a disgrace"),
        ] {
            assert_eq!(inner(text), [want], "{text}");
        }
    }

    #[test]
    fn apostrophes_are_not_quotes() {
        assert!(inner("Russia’s position and the leaders’ summit.").is_empty());
        assert!(inner("It's Putin's view, isn't it? Rock 'n' roll.").len() <= 1);
        assert_eq!(
            inner("Russia’s ‘special operation’ went on, don’t forget."),
            ["special operation"]
        );
        // an opening single mark that never closes is an apostrophe
        assert!(inner("They sang 'til dawn.").is_empty());
    }

    #[test]
    fn nested_quotes_stay_inside() {
        assert_eq!(
            inner("“He told me ‘never again’,” she said."),
            ["He told me ‘never again’,"]
        );
        assert_eq!(
            inner("\"They called it 'a farce',\" he said."),
            ["They called it 'a farce',"]
        );
    }

    #[test]
    fn unclosed_quotes_stop_at_the_paragraph() {
        let text = "He said: “We will win. We always do.\nThe next paragraph is narration.";
        let q = scan(text);
        assert_eq!(q.len(), 1);
        assert_eq!(&text[q[0].start..q[0].end], "We will win. We always do.");
        assert_eq!(q[0].close, None);
        assert!(!q[0].continued);
        // news style: the quotation goes on in a paragraph that opens with a mark
        let text = "He said: “We will win.\n“We always do,” he added.";
        let q = scan(text);
        assert_eq!(q.len(), 2);
        assert!(q[0].continued);
        assert_eq!(&text[q[1].start..q[1].end], "We always do,");
    }

    #[test]
    fn a_forgotten_closing_mark_ends_at_the_next_opening_one() {
        let text = "He said “we will win. Later she said “no way” to it.";
        assert_eq!(inner(text), ["we will win. Later she said", "no way"]);
        let text = "He said \"we will win. Later she said \"no way\" to it.";
        assert_eq!(inner(text), ["we will win. Later she said", "no way"]);
    }
}
