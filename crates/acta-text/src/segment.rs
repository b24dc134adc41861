//! Sentence splitting over tokens.
//!
//! A paragraph is first tokenized ([`crate::tokenize`]); a sentence ends after a run of
//! sentence-final marks (`.`, `!`, `?`, `...`, `?!`) and any closing quotes or brackets glued
//! to it, when the next token does not start in lowercase. Abbreviations (`Gen.`, `U.S.`,
//! initials) are single tokens, so they never end a sentence by their period alone; a dotted
//! abbreviation such as `U.S.` ends one when a typical sentence opener follows (`... in the
//! U.S. The talks ...`). Paragraph breaks always end a sentence.

use crate::tokenize::{is_abbreviation, Tok};

/// Titles and other abbreviations that are never the last word of a sentence.
const NEVER_FINAL: &[&str] = &[
    "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "sgt", "adm", "gov", "sen",
    "rep", "rev", "hon", "st", "mt", "ft", "no", "vs", "jan", "feb", "mar", "apr", "jun", "jul",
    "aug", "sep", "sept", "oct", "nov", "dec", "pres", "amb", "cpl", "pvt", "brig",
];

/// Words that typically open a sentence; after an abbreviation such as `U.S.` they signal a
/// boundary.
const OPENERS: &[&str] = &[
    "The",
    "A",
    "An",
    "He",
    "She",
    "It",
    "They",
    "We",
    "I",
    "You",
    "This",
    "That",
    "These",
    "Those",
    "But",
    "And",
    "However",
    "In",
    "On",
    "At",
    "After",
    "Before",
    "When",
    "While",
    "If",
    "His",
    "Her",
    "Their",
    "Its",
    "Our",
    "There",
    "Meanwhile",
    "Some",
    "Many",
    "Most",
    "Officials",
    "Earlier",
    "Later",
    "Last",
    "Next",
    "Since",
    "As",
    "Still",
    "Yet",
    "Also",
    "Both",
    "Neither",
];

/// Splits a paragraph's tokens into sentences: returns, for each sentence, the range of token
/// indices it covers.
pub fn split_sentences(text: &str, toks: &[Tok]) -> Vec<std::ops::Range<usize>> {
    let mut out = Vec::new();
    let mut start = 0;
    let word = |i: usize| &text[toks[i].start..toks[i].end];
    let mut i = 0;
    while i < toks.len() {
        let w = word(i);
        let mut end_here = false;
        let mut j = i + 1; // first token after the sentence, if it ends here
        if is_final_run(w) {
            // absorb further marks (`! !!`) and closing quotes and brackets glued to the mark
            let mut closed = false;
            while j < toks.len()
                && (is_final_run(word(j))
                    || is_closer(word(j))
                        && (toks[j].start == toks[j - 1].end || is_close_only(word(j))))
            {
                closed |= is_closer(word(j));
                j += 1;
            }
            end_here = match toks.get(j) {
                None => true,
                Some(_) if starts_sentence(word(j)) => true,
                // a lowercase word after a plain `.`, `!` or `?` (not an ellipsis, not a
                // quotation's end) starts an uncapitalized sentence: `... a while. call them`
                Some(_) => {
                    !closed
                        && w.len() == 1
                        && i > start
                        && word(i - 1).chars().any(char::is_alphanumeric)
                        && word(j).chars().next().is_some_and(char::is_alphabetic)
                }
            };
        } else if w.ends_with('.') && w.len() > 1 && is_abbreviation(&w[..w.len() - 1]) {
            let stem = w[..w.len() - 1].to_lowercase();
            let single_initial = stem.chars().count() == 1;
            if !NEVER_FINAL.contains(&stem.as_str()) && !single_initial {
                end_here = toks.get(j).is_some_and(|_| OPENERS.contains(&word(j)));
            }
        }
        if end_here && j > start {
            out.push(start..j);
            start = j;
        }
        i = j.max(i + 1);
    }
    if start < toks.len() {
        out.push(start..toks.len());
    }
    out
}

fn is_final_run(w: &str) -> bool {
    !w.is_empty() && w.chars().all(|c| matches!(c, '.' | '!' | '?' | '…'))
}

fn is_closer(w: &str) -> bool {
    matches!(w, "\"" | "”" | "’" | "'" | "''" | ")" | "]" | "»" | "’’")
}

fn is_close_only(w: &str) -> bool {
    matches!(w, "”" | "’" | ")" | "]" | "»" | "’’" | "''")
}

fn starts_sentence(w: &str) -> bool {
    let Some(c) = w.chars().next() else {
        return false;
    };
    !(c.is_lowercase() || matches!(c, ',' | ';' | ':' | ')' | ']' | '%'))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tokenize::tokenize;

    fn sents(text: &str) -> Vec<&str> {
        let toks = tokenize(text, 0);
        split_sentences(text, &toks)
            .into_iter()
            .map(|r| &text[toks[r.start].start..toks[r.end - 1].end])
            .collect()
    }

    #[test]
    fn abbreviations_and_initials_do_not_split() {
        assert_eq!(
            sents("Gen. Smith met Mr. J. R. Jones in the U.S. capital on Jan. 5. They talked."),
            [
                "Gen. Smith met Mr. J. R. Jones in the U.S. capital on Jan. 5.",
                "They talked."
            ]
        );
        assert_eq!(
            sents("It grew 3.5% in the U.S. The economy slowed."),
            ["It grew 3.5% in the U.S.", "The economy slowed."]
        );
    }

    #[test]
    fn quotations() {
        assert_eq!(
            sents("\"For lasting peace, borders must change,\" Lavrov said. \"New arrangements are needed.\" He left."),
            ["\"For lasting peace, borders must change,\" Lavrov said.", "\"New arrangements are needed.\"", "He left."]
        );
        assert_eq!(
            sents("\"Is it over?\" he asked. No."),
            ["\"Is it over?\" he asked.", "No."]
        );
        assert_eq!(
            sents("He said: “We will win.” Then he left."),
            ["He said: “We will win.”", "Then he left."]
        );
    }

    #[test]
    fn missing_space_after_period() {
        assert_eq!(
            sents("The talks failed.The army moved."),
            ["The talks failed.", "The army moved."]
        );
    }

    #[test]
    fn numbers_and_ellipses() {
        assert_eq!(
            sents("Prices rose 20%. Then... nothing. Wait... What?"),
            ["Prices rose 20%.", "Then... nothing.", "Wait...", "What?"]
        );
    }
}
