//! Discard and issue lists in PETRARCH format (`Phoenix.discards.txt`,
//! `Phoenix.IssueCoding.txt`), matched against a sentence's normalized words.

use super::actors::{norm_word, plural, PhraseIndex};
use super::DictError;

/// Phrases that stop coding: a sentence that contains a sentence-level discard yields no
/// events; a story-level discard (`+` in the file) stops the whole article.
#[derive(Clone, Debug, Default)]
pub struct Discards {
    /// `(phrase as written, story-level)`.
    pub entries: Vec<(String, bool)>,
    index: PhraseIndex,
}

/// What a discard match says.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Discard {
    Sentence,
    Story,
}

impl Discards {
    /// Parses a discards file: one phrase per line, `+` for story level, `#` comments.
    pub fn parse(text: &str, file: &str) -> (Discards, Vec<DictError>) {
        let mut d = Discards::default();
        let mut warnings = Vec::new();
        for (n, raw) in text.lines().enumerate() {
            let line = raw.split('#').next().unwrap_or("").trim();
            if line.is_empty() || line.starts_with('<') {
                continue;
            }
            let (story, phrase) = match line.strip_prefix('+') {
                Some(p) => (true, p.trim()),
                None => (false, line),
            };
            let words: Vec<String> = phrase
                .split(|c: char| c.is_whitespace() || c == '_' || c == '-')
                .map(norm_word)
                .filter(|w| !w.is_empty())
                .collect();
            if words.is_empty() {
                warnings.push(DictError::new(
                    format!("{file}:{}", n + 1),
                    format!("discard {line:?} has no words; ignored"),
                ));
                continue;
            }
            d.index.insert(&words, d.entries.len() as u32);
            d.entries.push((phrase.to_string(), story));
        }
        (d, warnings)
    }

    /// The strongest discard among the words (normalized, see [`norm_word`]), with the
    /// phrase that matched.
    pub fn check<S: AsRef<str>>(&self, words: &[S]) -> Option<(Discard, &str)> {
        let mut best: Option<(Discard, &str)> = None;
        for (_, _, items) in self.index.find_all(words) {
            for &i in items {
                let (phrase, story) = &self.entries[i as usize];
                if *story {
                    return Some((Discard::Story, phrase));
                }
                best.get_or_insert((Discard::Sentence, phrase));
            }
        }
        best
    }

    /// The tokens of the sentence-level discards among the words (normalized), each match's
    /// words in order.
    pub fn sentence_tokens<S: AsRef<str>>(&self, words: &[S]) -> Vec<usize> {
        let mut out = Vec::new();
        for (start, len, items) in self.index.find_all(words) {
            if items.iter().any(|&i| !self.entries[i as usize].1) {
                out.extend(start..start + len);
            }
        }
        out
    }

    pub fn len(&self) -> usize {
        self.entries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }
}

/// An issue phrase: its category (`<ISSUE CATEGORY="REFUGEES">`) and code.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Issue {
    pub category: String,
    pub code: String,
}

/// The issue list: phrases that tag a sentence with topics, and phrases that cancel the
/// tagging (`~` lines).
#[derive(Clone, Debug, Default)]
pub struct Issues {
    pub issues: Vec<Issue>,
    index: PhraseIndex,
    ignore: PhraseIndex,
}

impl Issues {
    /// Parses `Phoenix.IssueCoding.txt`: `<ISSUE CATEGORY="X">` blocks of `phrase [CODE]`
    /// lines; `n:` makes a noun's plural, `v:` a verb's forms, `+` joins words, `~phrase`
    /// cancels issue coding for the sentence.
    pub fn parse(text: &str, file: &str) -> (Issues, Vec<DictError>) {
        let mut out = Issues::default();
        let mut warnings = Vec::new();
        let mut category = String::new();
        for (n, raw) in text.lines().enumerate() {
            let origin = format!("{file}:{}", n + 1);
            let line = raw.split('#').next().unwrap_or("").trim();
            if line.is_empty() {
                continue;
            }
            if let Some(rest) = line.strip_prefix("<ISSUE") {
                category = rest
                    .split("CATEGORY=\"")
                    .nth(1)
                    .and_then(|r| r.split('"').next())
                    .unwrap_or("")
                    .to_string();
                continue;
            }
            if line.starts_with('<') {
                continue;
            }
            if let Some(ign) = line.strip_prefix('~') {
                for words in expand_issue_phrase(ign) {
                    out.ignore.insert(&words, 0);
                }
                continue;
            }
            let (phrase, code) = match (line.rfind('['), line.rfind(']')) {
                (Some(o), Some(c)) if c > o => (line[..o].trim(), line[o + 1..c].trim()),
                _ => {
                    warnings.push(DictError::new(
                        &origin,
                        format!("issue {line:?} has no [code]; ignored"),
                    ));
                    continue;
                }
            };
            let id = out.issues.len() as u32;
            let mut any = false;
            for words in expand_issue_phrase(phrase) {
                out.index.insert(&words, id);
                any = true;
            }
            if !any {
                warnings.push(DictError::new(
                    &origin,
                    format!("issue {line:?} has no words; ignored"),
                ));
                continue;
            }
            out.issues.push(Issue {
                category: category.clone(),
                code: code.to_string(),
            });
        }
        (out, warnings)
    }

    /// The issues named in the words (normalized), in order of first mention, none when an
    /// ignore phrase is present.
    pub fn find<S: AsRef<str>>(&self, words: &[S]) -> Vec<&Issue> {
        if !self.ignore.find_all(words).is_empty() {
            return Vec::new();
        }
        let mut out: Vec<&Issue> = Vec::new();
        for (_, _, items) in self.index.find_all(words) {
            for &i in items {
                let issue = &self.issues[i as usize];
                if !out.contains(&issue) {
                    out.push(issue);
                }
            }
        }
        out
    }

    pub fn len(&self) -> usize {
        self.issues.len()
    }

    pub fn is_empty(&self) -> bool {
        self.issues.is_empty()
    }
}

/// `pre+n:school` → [pre school], [pre schools], [preschool], [preschools].
fn expand_issue_phrase(phrase: &str) -> Vec<Vec<String>> {
    let mut out: Vec<Vec<String>> = vec![Vec::new()];
    for token in phrase.split_whitespace() {
        // `+` joins with a space or a hyphen: both are separate tokens for us; a closed
        // compound (`preschool`) is added too
        let pieces: Vec<&str> = token.split('+').filter(|p| !p.is_empty()).collect();
        let mut variants: Vec<Vec<String>> = vec![Vec::new()];
        for piece in &pieces {
            let forms = word_forms(piece);
            variants = variants
                .into_iter()
                .flat_map(|v| {
                    forms.iter().map(move |f| {
                        let mut v = v.clone();
                        v.push(f.clone());
                        v
                    })
                })
                .collect();
        }
        if pieces.len() > 1 {
            let joined: Vec<Vec<String>> = variants.iter().map(|v| vec![v.concat()]).collect();
            variants.extend(joined);
        }
        out = out
            .into_iter()
            .flat_map(|prefix| {
                variants.iter().map(move |v| {
                    let mut p = prefix.clone();
                    p.extend(v.iter().cloned());
                    p
                })
            })
            .collect();
    }
    out.retain(|p| !p.is_empty() && p.iter().all(|w| !w.is_empty()));
    out
}

fn word_forms(piece: &str) -> Vec<String> {
    if let Some(n) = piece.strip_prefix("n:") {
        let w = norm_word(n);
        vec![w.clone(), plural(&w)]
    } else if let Some(v) = piece.strip_prefix("v:") {
        let w = norm_word(v);
        let stem = w.strip_suffix('e').unwrap_or(&w).to_string();
        vec![
            w.clone(),
            plural(&w),
            format!("{stem}ed"),
            format!("{stem}ing"),
        ]
    } else {
        vec![norm_word(piece)]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(s: &str) -> Vec<String> {
        s.split_whitespace().map(norm_word).collect()
    }

    #[test]
    fn discards_by_sentence_and_story() {
        let (d, w) = Discards::parse(
            "# comment\nMONTHS LATER\n+World Golf Championships   # pas\nBASEBALL\n",
            "d.txt",
        );
        assert!(w.is_empty());
        assert_eq!(d.len(), 3);
        assert_eq!(
            d.check(&words("they met months later in Rome")),
            Some((Discard::Sentence, "MONTHS LATER"))
        );
        assert_eq!(
            d.check(&words("the World Golf Championships opened"))
                .map(|x| x.0),
            Some(Discard::Story)
        );
        assert_eq!(d.check(&words("baseballs are round")), None);
    }

    #[test]
    fn issues_with_forms_and_ignores() {
        let text = "<ISSUE CATEGORY=\"EDUCATION\" TYPE=\"ALL\">\nn:preschool [EARLY_CHILDHOOD_EDUCATION]\npre+n:school [EARLY_CHILDHOOD_EDUCATION]\nn:teacher [TEACHERS]\n~financial literacy\nliteracy [LITERACY]\n</ISSUE>\n";
        let (i, w) = Issues::parse(text, "i.txt");
        assert!(w.is_empty(), "{w:?}");
        let codes =
            |s: &str| -> Vec<String> { i.find(&words(s)).iter().map(|x| x.code.clone()).collect() };
        assert_eq!(
            codes("striking teachers closed pre school classes"),
            ["TEACHERS", "EARLY_CHILDHOOD_EDUCATION"]
        );
        assert_eq!(codes("preschools"), ["EARLY_CHILDHOOD_EDUCATION"]);
        assert_eq!(codes("adult literacy"), ["LITERACY"]);
        assert!(codes("financial literacy").is_empty());
        assert_eq!(i.issues[0].category, "EDUCATION");
    }
}
