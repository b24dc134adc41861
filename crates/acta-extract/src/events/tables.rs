//! The event coder's tables: CAMEO codes (Goldstein, quad class, PLOVER), the lexical rules
//! (`data/events/rules.tsv`), issue contexts, and the tone lexicon.

use std::collections::{HashMap, HashSet};

use acta_core::Plover;

use crate::dict::DictError;

const CAMEO_TSV: &str = include_str!("../../../../data/events/cameo.tsv");
const RULES_TSV: &str = include_str!("../../../../data/events/rules.tsv");
const VADER_TSV: &str = include_str!("../../../../data/events/vader.tsv");
const ISSUE_CONTEXTS: &str = include_str!("../../../../data/events/issue_contexts.tsv");

/// What the codebook says about one CAMEO code.
#[derive(Clone, Debug, PartialEq)]
pub struct CodeInfo {
    pub code: String,
    pub root: String,
    pub quad: u8,
    pub goldstein: f64,
    pub name: String,
    /// PLOVER type, mode and contexts (CAMEO2PLOVER 2021); `None` for 01x and 02x, which
    /// PLOVER dropped.
    pub plover: Option<(String, Option<String>, Vec<String>)>,
}

/// CAMEO codes by code, from `data/events/cameo.tsv`.
#[derive(Clone, Debug)]
pub struct CodeTable {
    codes: HashMap<String, CodeInfo>,
}

impl CodeTable {
    pub fn embedded() -> CodeTable {
        let mut codes = HashMap::new();
        for line in CAMEO_TSV.lines() {
            if line.starts_with('#') || line.starts_with("code\t") || line.is_empty() {
                continue;
            }
            let c: Vec<&str> = line.split('\t').collect();
            if c.len() < 8 {
                continue;
            }
            let plover = (!c[4].is_empty()).then(|| {
                (
                    c[4].to_string(),
                    (!c[5].is_empty()).then(|| c[5].to_string()),
                    c[6].split(';')
                        .filter(|x| !x.is_empty())
                        .map(str::to_string)
                        .collect(),
                )
            });
            codes.insert(
                c[0].to_string(),
                CodeInfo {
                    code: c[0].to_string(),
                    root: c[1].to_string(),
                    quad: c[2].parse().unwrap_or(0),
                    goldstein: c[3].parse().unwrap_or(0.0),
                    name: c[7].to_string(),
                    plover,
                },
            );
        }
        CodeTable { codes }
    }

    /// The code, or for a code the codebook lacks (`1952`, `176`, the validation dictionary's
    /// `174L`) its nearest parent (`195`, `17`).
    pub fn get(&self, code: &str) -> Option<&CodeInfo> {
        let digits: String = code.chars().take_while(|c| c.is_ascii_digit()).collect();
        let mut end = digits.len();
        while end >= 2 {
            if let Some(i) = self.codes.get(&digits[..end]) {
                return Some(i);
            }
            end -= 1;
        }
        None
    }

    /// `true` when the code itself is in the codebook.
    pub fn contains(&self, code: &str) -> bool {
        self.codes.contains_key(code)
    }

    pub fn plover(&self, code: &str, contexts: &[String]) -> Option<Plover> {
        let (t, m, c) = self.get(code)?.plover.clone()?;
        let mut context = c;
        for x in contexts {
            if !context.contains(x) {
                context.push(x.clone());
            }
        }
        Some(Plover {
            kind: t,
            mode: m,
            context,
        })
    }
}

/// The lexical rules of `rules.tsv`.
#[derive(Clone, Debug, Default)]
pub struct Rules {
    /// code prefix → intent code (`=` keeps the code).
    intent: HashMap<String, String>,
    refusal: HashMap<String, String>,
    /// code prefix → the demand that the act be done (`104` for political reform).
    demand: HashMap<String, String>,
    /// code prefix → the appeal that the act be done (`023` for aid).
    appeal: HashMap<String, String>,
    words: HashMap<String, HashSet<String>>,
    /// event noun → verb
    pub nominal: HashMap<String, String>,
    /// protest noun → the CAMEO code of the act it names (`riot` → `145`)
    pub protest: HashMap<String, String>,
}

impl Rules {
    pub fn embedded() -> Rules {
        Rules::parse(RULES_TSV, "rules.tsv").0
    }

    pub fn parse(text: &str, file: &str) -> (Rules, Vec<DictError>) {
        let mut r = Rules::default();
        let mut warnings = Vec::new();
        for (n, line) in text.lines().enumerate() {
            if line.starts_with('#') || line.trim().is_empty() {
                continue;
            }
            let c: Vec<&str> = line.split('\t').collect();
            let key = c
                .get(1)
                .map(|s| s.trim().to_lowercase())
                .unwrap_or_default();
            let value = c.get(2).map(|s| s.trim().to_string()).unwrap_or_default();
            match c[0] {
                "intent" if !value.is_empty() => {
                    r.intent.insert(key, value);
                }
                "refusal" if !value.is_empty() => {
                    r.refusal.insert(key, value);
                }
                "demand" if !value.is_empty() => {
                    r.demand.insert(key, value);
                }
                "appeal" if !value.is_empty() => {
                    r.appeal.insert(key, value);
                }
                "nominal" if !value.is_empty() => {
                    r.nominal.insert(key, value.to_lowercase());
                }
                "protest_noun" if !value.is_empty() => {
                    r.protest.insert(key, value);
                }
                t if !key.is_empty() && t.ends_with("_word")
                    || matches!(
                        t,
                        "hypothetical_mark"
                            | "future_aux"
                            | "hypothetical_aux"
                            | "negator"
                            | "content_prep"
                            | "pair_noun"
                            | "home_role"
                            | "home_source"
                            | "place_role"
                            | "home_event"
                            | "reciprocal_event"
                            | "reciprocal_bare"
                            | "attack_noun"
                            | "accident_noun"
                            | "market_figure_noun"
                            | "issued_document_noun"
                            | "issuing_verb"
                            | "weapon_use_verb"
                            | "left_place_noun"
                            | "weapon_noun"
                            | "demand_aux"
                            | "demand_noun"
                            | "statement_noun"
                            | "step_noun"
                            | "threat_aux"
                            | "condition_mark"
                            | "future_as_intent"
                            | "state_act"
                            | "riot_act"
                            | "result_force_act"
                    ) =>
                {
                    r.words.entry(t.to_string()).or_default().insert(key);
                }
                _ => warnings.push(DictError::new(
                    format!("{file}:{}", n + 1),
                    format!("rule {line:?} not understood; ignored"),
                )),
            }
        }
        (r, warnings)
    }

    /// Is `word` (a lemma) in class `class` (`intent_word`, `negator`, ...)?
    pub fn is(&self, class: &str, word: &str) -> bool {
        self.words.get(class).is_some_and(|s| s.contains(word))
    }

    /// Whether a CAMEO code, or one of its two- to four-digit prefixes, is in the `class` table
    /// of `rules.tsv` (a table row `17` covers 172 and 1723).
    pub fn code_in(&self, class: &str, code: &str) -> bool {
        (2..=code.len().min(4)).any(|n| code.get(..n).is_some_and(|k| self.is(class, k)))
    }

    fn by_prefix<'a>(map: &'a HashMap<String, String>, code: &str) -> Option<&'a str> {
        (2..=code.len().min(4))
            .rev()
            .find_map(|n| map.get(code.get(..n)?).map(String::as_str))
    }

    /// The intent code for an event code: `046` → `036`; `None` when no rule applies.
    pub fn intent(&self, code: &str) -> Option<String> {
        match Rules::by_prefix(&self.intent, code)? {
            "=" => Some(code.to_string()),
            c => Some(c.to_string()),
        }
    }

    /// The demand code for an act demanded of someone: `0874` → `106` (demand withdrawal);
    /// `100` (demand, not specified) when no rule applies.
    pub fn demand(&self, code: &str) -> String {
        Rules::by_prefix(&self.demand, code)
            .unwrap_or("100")
            .to_string()
    }

    /// The appeal code for an act someone is asked to do: `073` → `0233` (appeal for
    /// humanitarian aid); `None` when no rule applies (an appeal to attack stays 020).
    pub fn appeal(&self, code: &str) -> Option<String> {
        Rules::by_prefix(&self.appeal, code).map(str::to_string)
    }

    /// The rejection code for a refused event: `087` → `1246`.
    pub fn refusal(&self, code: &str) -> Option<String> {
        Rules::by_prefix(&self.refusal, code).map(str::to_string)
    }
}

/// Issue category → PLOVER context (`data/events/issue_contexts.tsv`).
pub fn issue_contexts() -> HashMap<String, String> {
    ISSUE_CONTEXTS
        .lines()
        .filter(|l| !l.starts_with('#') && !l.is_empty())
        .filter_map(|l| {
            let (a, b) = l.split_once('\t')?;
            Some((a.to_string(), b.trim().to_string()))
        })
        .collect()
}

/// The VADER lexicon: word → valence (−4..4).
#[derive(Clone, Debug)]
pub struct Tone {
    words: HashMap<String, f32>,
}

impl Tone {
    pub fn embedded() -> Tone {
        let words = VADER_TSV
            .lines()
            .filter(|l| !l.starts_with('#'))
            .filter_map(|l| {
                let (w, v) = l.split_once('\t')?;
                Some((w.to_string(), v.trim().parse().ok()?))
            })
            .collect();
        Tone { words }
    }

    /// Positive and negative word counts and the number of words in `words` (lower case,
    /// in order). A word within three words after a negator counts with the opposite sign,
    /// as VADER does.
    pub fn count<'a>(
        &self,
        words: impl Iterator<Item = &'a str>,
        negator: impl Fn(&str) -> bool,
    ) -> (u32, u32, u32) {
        let (mut pos, mut neg, mut n) = (0, 0, 0);
        let mut since_negator = usize::MAX;
        for w in words {
            if !w.chars().any(char::is_alphabetic) {
                continue;
            }
            n += 1;
            since_negator = since_negator.saturating_add(1);
            if negator(w) {
                since_negator = 0;
                continue;
            }
            if let Some(&v) = self.words.get(w) {
                let v = if since_negator <= 3 { -v } else { v };
                if v > 0.0 {
                    pos += 1;
                } else if v < 0.0 {
                    neg += 1;
                }
            }
        }
        (pos, neg, n)
    }
}

/// GDELT AvgTone-like: percent of positive words minus percent of negative words.
pub fn tone_score(pos: u32, neg: u32, n: u32) -> Option<f64> {
    if n == 0 {
        return None;
    }
    let t = 100.0 * (pos as f64 - neg as f64) / n as f64;
    Some((t * 100.0).round() / 100.0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_have_goldstein_quad_and_plover() {
        let t = CodeTable::embedded();
        let c = t.get("112").unwrap();
        assert_eq!((c.root.as_str(), c.quad, c.goldstein), ("11", 3, -2.0));
        assert_eq!(c.plover.as_ref().unwrap().0, "ACCUSE");
        assert_eq!(t.get("036").unwrap().quad, 1);
        assert_eq!(t.get("192").unwrap().plover.as_ref().unwrap().0, "COERCE");
        assert!(t.get("010").unwrap().plover.is_none(), "PLOVER dropped 01x");
        // a code only the dictionary uses falls back to its parent
        assert_eq!(t.get("1952").unwrap().code, "195");
        assert_eq!(t.get("174L").unwrap().code, "174");
        assert!(t.get("99").is_none());
    }

    #[test]
    fn intent_and_refusal_rules() {
        let r = Rules::embedded();
        assert_eq!(r.intent("046").as_deref(), Some("036"));
        assert_eq!(r.intent("0871").as_deref(), Some("0356"));
        assert_eq!(r.intent("190").as_deref(), Some("1384"));
        assert_eq!(r.intent("036").as_deref(), Some("036"));
        assert_eq!(r.intent("112"), None);
        assert_eq!(r.refusal("080").as_deref(), Some("124"));
        assert_eq!(r.refusal("0874").as_deref(), Some("1246"));
        assert_eq!(r.refusal("190"), None);
        assert!(r.is("intent_word", "ready"));
        assert!(r.is("negator", "n't"));
        assert_eq!(
            r.nominal.get("negotiations").map(String::as_str),
            Some("negotiate")
        );
    }

    #[test]
    fn tone_counts_with_negation() {
        let t = Tone::embedded();
        let words = "the talks were a great success".split(' ');
        let (p, n, all) = t.count(words, |w| w == "not");
        assert_eq!((p, n, all), (2, 0, 6));
        let (p, n, _) = t.count("this is not good".split(' '), |w| w == "not");
        assert_eq!((p, n), (0, 1));
        assert_eq!(tone_score(2, 1, 20), Some(5.0));
        assert_eq!(tone_score(0, 0, 0), None);
    }
}
