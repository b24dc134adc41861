//! Lists of names the entity tagger consults: a phrase index from normalized words to the
//! kinds of names a phrase is (person, organisation, place, nationality, given name).

use crate::dict::actors::{norm_word, phrase_words, PhraseIndex};

/// What a gazetteer phrase names.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum GazKind {
    Person = 0,
    Org = 1,
    Place = 2,
    Nationality = 3,
    GivenName = 4,
    Surname = 5,
}

impl GazKind {
    pub const ALL: [GazKind; 6] = [
        GazKind::Person,
        GazKind::Org,
        GazKind::Place,
        GazKind::Nationality,
        GazKind::GivenName,
        GazKind::Surname,
    ];
    pub fn as_str(self) -> &'static str {
        match self {
            GazKind::Person => "PER",
            GazKind::Org => "ORG",
            GazKind::Place => "LOC",
            GazKind::Nationality => "NORP",
            GazKind::GivenName => "GIVEN",
            GazKind::Surname => "SURNAME",
        }
    }
    pub fn parse(s: &str) -> Option<GazKind> {
        GazKind::ALL.into_iter().find(|k| k.as_str() == s)
    }
}

/// A match in a sentence: words `start..end`, and the kinds (a bit set) of the phrase.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct GazMatch {
    pub start: usize,
    pub end: usize,
    pub bits: u8,
}

impl GazMatch {
    pub fn kinds(&self) -> impl Iterator<Item = GazKind> + '_ {
        GazKind::ALL
            .into_iter()
            .filter(|k| self.bits & (1 << *k as u8) != 0)
    }
    pub fn has(&self, k: GazKind) -> bool {
        self.bits & (1 << k as u8) != 0
    }
}

/// Phrases with their kinds. Matching is on normalized words (lowercase letters and digits),
/// leftmost-longest.
#[derive(Clone, Debug, Default)]
pub struct Gazetteer {
    /// (kind, phrase) in insertion order, for writing the model file.
    entries: Vec<(GazKind, String)>,
    index: PhraseIndex,
}

impl Gazetteer {
    pub fn new() -> Gazetteer {
        Gazetteer::default()
    }

    /// Adds a phrase (written as in text: `Sergey Lavrov`, `Shanghai Cooperation
    /// Organisation`). Phrases of more than 6 words, and empty ones, are skipped.
    pub fn add(&mut self, kind: GazKind, phrase: &str) {
        let words = phrase_words(phrase);
        if words.is_empty() || words.len() > 6 {
            return;
        }
        self.index.insert(&words, kind as u32);
        self.entries.push((kind, words.join(" ")));
    }

    pub fn len(&self) -> usize {
        self.entries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// Leftmost-longest matches over a sentence's words (as written; normalized here).
    pub fn matches(&self, words: &[&str]) -> Vec<GazMatch> {
        let norm: Vec<String> = words.iter().map(|w| norm_word(w)).collect();
        self.matches_norm(&norm)
    }

    /// The same over already normalized words.
    pub fn matches_norm<S: AsRef<str>>(&self, norm: &[S]) -> Vec<GazMatch> {
        self.index
            .find_all(norm)
            .into_iter()
            .map(|(start, len, items)| GazMatch {
                start,
                end: start + len,
                bits: items.iter().fold(0u8, |b, &k| b | (1 << k)),
            })
            .collect()
    }

    /// One `KIND<TAB>phrase` line per entry, sorted and without duplicates.
    pub fn to_text(&self) -> String {
        let mut lines: Vec<String> = self
            .entries
            .iter()
            .map(|(k, p)| format!("{}\t{p}", k.as_str()))
            .collect();
        lines.sort();
        lines.dedup();
        let mut s = lines.join("\n");
        s.push('\n');
        s
    }

    /// Reads [`Gazetteer::to_text`]'s format; unreadable lines are skipped.
    pub fn from_text(text: &str) -> Gazetteer {
        let mut g = Gazetteer::new();
        for line in text.lines() {
            if let Some((k, p)) = line.split_once('\t') {
                if let Some(kind) = GazKind::parse(k) {
                    let words: Vec<String> = p.split(' ').map(str::to_string).collect();
                    g.index.insert(&words, kind as u32);
                    g.entries.push((kind, p.to_string()));
                }
            }
        }
        g
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn matches_longest_with_kinds() {
        let mut g = Gazetteer::new();
        g.add(GazKind::Place, "New York");
        g.add(GazKind::Org, "New York Times");
        g.add(GazKind::Place, "Kyiv");
        g.add(GazKind::Person, "Kyiv");
        g.add(GazKind::GivenName, "Sergey");
        let w = ["The", "New", "York", "Times", "in", "Kyiv", "met", "Sergey"];
        let m = g.matches(&w);
        assert_eq!(m.len(), 3);
        assert_eq!((m[0].start, m[0].end), (1, 4));
        assert!(m[0].has(GazKind::Org) && !m[0].has(GazKind::Place));
        assert!(m[1].has(GazKind::Place) && m[1].has(GazKind::Person));
        let g2 = Gazetteer::from_text(&g.to_text());
        assert_eq!(g2.matches(&w), m);
    }
}
