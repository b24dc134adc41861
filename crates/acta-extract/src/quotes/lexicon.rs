//! The reporting cues: verbs, nouns and prepositions that introduce a statement, read from
//! `data/quotes/cues.tsv` (format and review notes in that file and in `docs/quotes.md`).

use std::collections::HashMap;

/// The embedded list.
pub const CUES_TSV: &str = include_str!("../../../../data/quotes/cues.tsv");

/// What may follow a cue as the content of the statement (a set of frames).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Frames(u16);

impl Frames {
    pub const CLAUSE: Frames = Frames(1);
    pub const DIRECT: Frames = Frames(1 << 1);
    pub const OBJECT: Frames = Frames(1 << 2);
    pub const OF: Frames = Frames(1 << 3);
    pub const FOR: Frames = Frames(1 << 4);
    pub const AGAINST: Frames = Frames(1 << 5);
    pub const TO: Frames = Frames(1 << 6);
    pub const NOUN: Frames = Frames(1 << 7);
    pub const THAT: Frames = Frames(1 << 8);
    pub const SOURCE: Frames = Frames(1 << 9);

    pub fn has(self, f: Frames) -> bool {
        self.0 & f.0 != 0
    }

    /// Whether the cue may introduce a direct quotation ("...," he said).
    pub fn direct(self) -> bool {
        self.has(Frames::CLAUSE) || self.has(Frames::DIRECT)
    }

    fn parse(s: &str) -> Result<Frames, String> {
        let mut f = Frames::default();
        for name in s.split(',').map(str::trim).filter(|n| !n.is_empty()) {
            f.0 |= match name {
                "clause" => Frames::CLAUSE,
                "direct" => Frames::DIRECT,
                "object" => Frames::OBJECT,
                "of" => Frames::OF,
                "for" => Frames::FOR,
                "against" => Frames::AGAINST,
                "to" => Frames::TO,
                "noun" => Frames::NOUN,
                "that" => Frames::THAT,
                "source" => Frames::SOURCE,
                other => return Err(format!("unknown frame {other:?}")),
            }
            .0;
        }
        Ok(f)
    }
}

/// A reporting verb: its frames, and the particle it needs ("point out").
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct VerbCue {
    pub particle: Option<String>,
    pub frames: Frames,
}

/// The cues, by lemma. Immutable once built.
#[derive(Clone, Debug, Default)]
pub struct Lexicon {
    pub verbs: HashMap<String, Vec<VerbCue>>,
    pub nouns: HashMap<String, Frames>,
    /// Multi-word prepositions naming a source ("according to"), as lowercase words.
    pub preps: Vec<Vec<String>>,
}

impl Lexicon {
    /// The embedded list.
    pub fn embedded() -> Lexicon {
        Lexicon::parse(CUES_TSV).expect("data/quotes/cues.tsv is valid (checked by tests)")
    }

    /// Reads the TSV format of `data/quotes/cues.tsv`; an error names the line.
    pub fn parse(text: &str) -> Result<Lexicon, String> {
        let mut lex = Lexicon::default();
        for (n, line) in text.lines().enumerate() {
            if line.trim().is_empty() || line.starts_with('#') {
                continue;
            }
            let cols: Vec<&str> = line.split('\t').collect();
            if cols.len() < 3 {
                return Err(format!("cues.tsv:{}: expected cue, pos, frames", n + 1));
            }
            let frames = Frames::parse(cols[2]).map_err(|e| format!("cues.tsv:{}: {e}", n + 1))?;
            let words: Vec<String> = cols[0].split_whitespace().map(str::to_lowercase).collect();
            if words.is_empty() {
                return Err(format!("cues.tsv:{}: empty cue", n + 1));
            }
            match cols[1] {
                "verb" => lex
                    .verbs
                    .entry(words[0].clone())
                    .or_default()
                    .push(VerbCue {
                        particle: words.get(1).cloned(),
                        frames,
                    }),
                "noun" => {
                    lex.nouns.insert(words.join(" "), frames);
                }
                "prep" => lex.preps.push(words),
                other => return Err(format!("cues.tsv:{}: unknown pos {other:?}", n + 1)),
            }
        }
        Ok(lex)
    }

    /// The frames of verb `lemma` (with `particle`, the particle the token has, if any).
    pub fn verb(&self, lemma: &str, particle: Option<&str>) -> Option<Frames> {
        let cues = self.verbs.get(lemma)?;
        cues.iter()
            .find(|c| c.particle.is_some() && c.particle.as_deref() == particle)
            .or_else(|| cues.iter().find(|c| c.particle.is_none()))
            .map(|c| c.frames)
    }

    pub fn noun(&self, lemma: &str) -> Option<Frames> {
        self.nouns.get(lemma).copied()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_embedded_list_reads() {
        let lex = Lexicon::parse(CUES_TSV).unwrap();
        assert!(lex.verb("say", None).unwrap().has(Frames::CLAUSE));
        assert!(lex.verb("accuse", None).unwrap().has(Frames::OF));
        assert!(!lex.verb("accuse", None).unwrap().direct());
        assert!(lex.verb("point", Some("out")).is_some());
        assert!(lex.verb("point", None).is_none());
        assert!(
            lex.verb("hope", None).is_none(),
            "cognition verbs are left out"
        );
        assert!(lex.noun("disappointment").unwrap().has(Frames::THAT));
        assert!(lex.verb("express", None).unwrap().has(Frames::NOUN));
        assert_eq!(lex.preps, [vec!["according".to_string(), "to".to_string()]]);
        assert!(lex.verbs.len() > 80);
    }

    #[test]
    fn errors_name_the_line() {
        let e = Lexicon::parse("# x\nsay\tverb\tclauses\tnote\n").unwrap_err();
        assert!(e.contains("cues.tsv:2") && e.contains("clauses"), "{e}");
    }
}
