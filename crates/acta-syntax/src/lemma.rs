//! Lemmatizer: a lookup of (form, UPOS) → lemma learned from the treebank, then of the
//! lowercased form, and for unseen words a suffix rule (strip n characters, append a string)
//! chosen by the longest suffix of the word seen in training with that UPOS.
//!
//! `annexed/VERB` → strip 1, append "" (learned from words ending in `-ed`);
//! `held/VERB` → `hold` (lookup). Proper nouns keep their form.

use std::collections::BTreeMap;

use rustc_hash::{FxHashMap, FxHashSet};

use crate::io::{Reader, Writer};
use crate::ModelError;

/// Longest suffix considered for rules.
const MAX_SUFFIX: usize = 6;

#[derive(Clone, Debug, Default)]
pub struct Lemmatizer {
    /// `form \t UPOS/XPOS` → lemma (exact form, then lowercased form; XPOS tells `her/PRP`
    /// → `she` from `her/PRP$` → `her`), then `lowercased form \t UPOS`.
    exact: FxHashMap<String, String>,
    lower_x: FxHashMap<String, String>,
    lower: FxHashMap<String, String>,
    /// lowercased form → its most frequent lemma whatever the tag (for mistagged words).
    any: FxHashMap<String, String>,
    /// Rules as (characters to strip, string to append).
    rules: Vec<(u8, String)>,
    /// `UPOS \t suffix` → rule index.
    by_suffix: FxHashMap<String, u32>,
    /// `lemma \t UPOS` for every lemma seen in training (derived from `lower`, not stored):
    /// a suffix rule whose result is a known lemma is preferred.
    known: FxHashSet<String>,
}

/// The lemmas seen in training, with their UPOS, from the `lowercased form \t UPOS` map.
fn known_lemmas(lower: &FxHashMap<String, String>) -> FxHashSet<String> {
    lower
        .iter()
        .map(|(k, l)| key(l, k.split_once('\t').map_or("", |x| x.1)))
        .collect()
}

const MAGIC: &[u8; 4] = b"ALEM";
const VERSION: u32 = 4;

fn key(form: &str, upos: &str) -> String {
    let mut k = String::with_capacity(form.len() + upos.len() + 1);
    k.push_str(form);
    k.push('\t');
    k.push_str(upos);
    k
}

/// The rule turning `form` into `lemma` (both lowercased): characters to strip, string to add.
fn rule_of(form: &str, lemma: &str) -> Option<(u8, String)> {
    let f: Vec<char> = form.chars().collect();
    let l: Vec<char> = lemma.chars().collect();
    let common = f.iter().zip(&l).take_while(|(a, b)| a == b).count();
    let strip = f.len() - common;
    if strip > 255 || (common == 0 && !f.is_empty()) {
        return None;
    }
    Some((strip as u8, l[common..].iter().collect()))
}

fn apply(rule: &(u8, String), form: &str) -> Option<String> {
    let n = form.chars().count();
    let strip = rule.0 as usize;
    if strip >= n {
        return None;
    }
    let mut s: String = form.chars().take(n - strip).collect();
    s.push_str(&rule.1);
    Some(s)
}

impl Lemmatizer {
    /// Learns from (form, UPOS, lemma) triples.
    pub fn train<'a>(
        words: impl Iterator<Item = (&'a str, &'a str, &'a str, &'a str)>,
    ) -> Lemmatizer {
        let mut exact: BTreeMap<String, BTreeMap<String, usize>> = BTreeMap::new();
        let mut lower_x: BTreeMap<String, BTreeMap<String, usize>> = BTreeMap::new();
        let mut lower: BTreeMap<String, BTreeMap<String, usize>> = BTreeMap::new();
        let mut any: BTreeMap<String, BTreeMap<String, usize>> = BTreeMap::new();
        for (form, upos, xpos, lemma) in words {
            if lemma.is_empty() || lemma == "_" && form != "_" {
                continue;
            }
            let tag = format!("{upos}/{xpos}");
            *exact
                .entry(key(form, &tag))
                .or_default()
                .entry(lemma.to_string())
                .or_default() += 1;
            let lf = form.to_lowercase();
            let ll = if upos == "PROPN" {
                lemma.to_string()
            } else {
                lemma.to_lowercase()
            };
            *lower_x
                .entry(key(&lf, &tag))
                .or_default()
                .entry(ll.clone())
                .or_default() += 1;
            if upos != "PROPN" {
                *any.entry(lf.clone())
                    .or_default()
                    .entry(ll.clone())
                    .or_default() += 1;
            }
            *lower
                .entry(key(&lf, upos))
                .or_default()
                .entry(ll)
                .or_default() += 1;
        }
        let most = |m: BTreeMap<String, BTreeMap<String, usize>>| -> FxHashMap<String, String> {
            m.into_iter()
                .map(|(k, v)| {
                    let best = v
                        .into_iter()
                        .max_by(|a, b| a.1.cmp(&b.1).then(b.0.cmp(&a.0)))
                        .map(|(l, _)| l)
                        .unwrap_or_default();
                    (k, best)
                })
                .collect()
        };
        // rules from word types (lowercased), counted per (UPOS/XPOS, suffix) and per
        // (UPOS, suffix)
        let mut rule_ids: BTreeMap<(u8, String), u32> = BTreeMap::new();
        let mut counts: BTreeMap<String, BTreeMap<u32, usize>> = BTreeMap::new();
        for (k, lemmas) in &lower_x {
            let (form, tag) = k.split_once('\t').unwrap_or((k, ""));
            let upos = tag.split('/').next().unwrap_or(tag);
            let Some((lemma, _)) = lemmas.iter().max_by(|a, b| a.1.cmp(b.1).then(b.0.cmp(a.0)))
            else {
                continue;
            };
            let Some(rule) = rule_of(form, &lemma.to_lowercase()) else {
                continue;
            };
            let next = rule_ids.len() as u32;
            let id = *rule_ids.entry(rule).or_insert(next);
            let chars: Vec<char> = form.chars().collect();
            for len in 0..=MAX_SUFFIX.min(chars.len()) {
                let suffix: String = chars[chars.len() - len..].iter().collect();
                for t in [tag, upos] {
                    *counts
                        .entry(key(&suffix, t))
                        .or_default()
                        .entry(id)
                        .or_default() += 1;
                }
            }
        }
        let mut rules = vec![(0u8, String::new()); rule_ids.len()];
        for (r, id) in rule_ids {
            rules[id as usize] = r;
        }
        let by_suffix = counts
            .into_iter()
            .filter_map(|(k, v)| {
                v.into_iter()
                    .max_by(|a, b| a.1.cmp(&b.1).then(b.0.cmp(&a.0)))
                    .map(|(id, _)| (k, id))
            })
            .collect();
        let lower = most(lower);
        Lemmatizer {
            exact: most(exact),
            lower_x: most(lower_x),
            known: known_lemmas(&lower),
            lower,
            any: most(any),
            rules,
            by_suffix,
        }
    }

    /// The lemma of `form` tagged `upos` and `xpos`.
    pub fn lemma(&self, form: &str, upos: &str, xpos: &str) -> String {
        let tag = format!("{upos}/{xpos}");
        if let Some(l) = self.exact.get(&key(form, &tag)) {
            return l.clone();
        }
        let lf = form.to_lowercase();
        if let Some(l) = self.lower_x.get(&key(&lf, &tag)) {
            return l.clone();
        }
        if let Some(l) = self.lower.get(&key(&lf, upos)) {
            return l.clone();
        }
        if upos == "NUM" && form.contains(',') && form.chars().any(|c| c.is_ascii_digit()) {
            // 12,000 → 12000
            return form.replace(',', "");
        }
        if upos == "PROPN" && xpos == "NNPS" {
            // plural proper nouns are lemmatized to the singular: Hills → Hill
            return self.by_rule(form, &lf, &tag, upos);
        }
        if upos == "PROPN" || upos == "PUNCT" || upos == "SYM" || upos == "NUM" || upos == "X" {
            return form.to_string();
        }
        if let Some(l) = self.any.get(&lf) {
            return l.clone();
        }
        // common words are lemmatized in lower case (`RFP` → `rfp`)
        self.by_rule(&lf, &lf, &tag, upos)
    }

    /// Applies the rule of the longest known suffix of `lower` (for the full tag, else for
    /// the UPOS) to `base`; but when a shorter suffix's rule gives a lemma seen in training
    /// with this UPOS and the longest one's does not, that one: `smelled` → `smell` (a known
    /// verb, as `called` → `call`) rather than `smel` (as `compelled` → `compel`).
    fn by_rule(&self, base: &str, lower: &str, tag: &str, upos: &str) -> String {
        let chars: Vec<char> = lower.chars().collect();
        let mut first = None;
        for t in [tag, upos] {
            for len in (0..=MAX_SUFFIX.min(chars.len())).rev() {
                let suffix: String = chars[chars.len() - len..].iter().collect();
                if let Some(&id) = self.by_suffix.get(&key(&suffix, t)) {
                    if let Some(l) = apply(&self.rules[id as usize], base) {
                        if self.known.contains(&key(&l, upos)) {
                            return l;
                        }
                        first.get_or_insert(l);
                    }
                }
            }
        }
        first.unwrap_or_else(|| base.to_string())
    }

    pub fn write(&self) -> Vec<u8> {
        let mut w = Writer::default();
        w.buf.extend_from_slice(MAGIC);
        w.u32(VERSION);
        for map in [&self.exact, &self.lower_x, &self.lower, &self.any] {
            let mut v: Vec<(&String, &String)> = map.iter().collect();
            v.sort();
            w.varint(v.len() as u64);
            for (k, l) in v {
                w.str(k);
                w.str(l);
            }
        }
        w.varint(self.rules.len() as u64);
        for (strip, add) in &self.rules {
            w.u8(*strip);
            w.str(add);
        }
        let mut v: Vec<(&String, &u32)> = self.by_suffix.iter().collect();
        v.sort();
        w.varint(v.len() as u64);
        for (k, id) in v {
            w.str(k);
            w.varint(*id as u64);
        }
        w.buf
    }

    pub fn read(bytes: &[u8]) -> Result<Lemmatizer, ModelError> {
        let mut r = Reader::new(bytes, "lemmatizer");
        r.magic(MAGIC, VERSION)?;
        let mut maps = Vec::new();
        for _ in 0..4 {
            let n = r.len(1 << 24)?;
            let mut m = FxHashMap::default();
            m.reserve(n);
            for _ in 0..n {
                let k = r.str()?;
                let l = r.str()?;
                m.insert(k, l);
            }
            maps.push(m);
        }
        let n = r.len(1 << 20)?;
        let mut rules = Vec::with_capacity(n);
        for _ in 0..n {
            let strip = r.u8()?;
            rules.push((strip, r.str()?));
        }
        let n = r.len(1 << 24)?;
        let mut by_suffix = FxHashMap::default();
        by_suffix.reserve(n);
        for _ in 0..n {
            let k = r.str()?;
            let id = r.varint()?;
            if id as usize >= rules.len() {
                return Err(r.err("rule index out of range"));
            }
            by_suffix.insert(k, id as u32);
        }
        r.done()?;
        let any = maps.pop().unwrap_or_default();
        let lower = maps.pop().unwrap_or_default();
        let lower_x = maps.pop().unwrap_or_default();
        let exact = maps.pop().unwrap_or_default();
        Ok(Lemmatizer {
            exact,
            lower_x,
            known: known_lemmas(&lower),
            lower,
            any,
            rules,
            by_suffix,
        })
    }
}

/// `'s` and `'d` are `have` before a past participle (`she's gone`, `I'd seen`), otherwise
/// `be` and `would`: a choice the word alone cannot make.
pub fn contracted_auxiliaries(
    words: &[&str],
    upos: &[String],
    xpos: &[String],
    lemmas: &mut [String],
) {
    for i in 0..words.len() {
        let w = words[i].to_lowercase().replace('’', "'");
        if upos[i] != "AUX" || (w != "'s" && w != "'d") {
            continue;
        }
        let next = (i + 1..words.len()).find(|&j| upos[j] != "ADV" && upos[j] != "PART");
        let participle = next.is_some_and(|j| xpos[j] == "VBN");
        lemmas[i] = match (participle, w.as_str()) {
            (true, _) => "have",
            (false, "'s") => "be",
            _ => "would",
        }
        .to_string();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lookup_then_suffix_rules() {
        let data = [
            ("held", "VERB", "VBD", "hold"),
            ("accused", "VERB", "VBD", "accuse"),
            ("refused", "VERB", "VBD", "refuse"),
            ("walked", "VERB", "VBD", "walk"),
            ("talked", "VERB", "VBD", "talk"),
            ("jumped", "VERB", "VBD", "jump"),
            ("cities", "NOUN", "NNS", "city"),
            ("parties", "NOUN", "NNS", "party"),
            ("The", "DET", "DT", "the"),
            ("her", "PRON", "PRP", "she"),
            ("her", "PRON", "PRP$", "her"),
            ("Cities", "PROPN", "NNPS", "City"),
        ];
        let l = Lemmatizer::train(data.iter().copied());
        assert_eq!(l.lemma("held", "VERB", "VBN"), "hold");
        assert_eq!(l.lemma("Held", "VERB", "VBD"), "hold");
        assert_eq!(l.lemma("annexed", "VERB", "VBD"), "annex");
        assert_eq!(l.lemma("amused", "VERB", "VBN"), "amuse");
        assert_eq!(l.lemma("armies", "NOUN", "NNS"), "army");
        assert_eq!(l.lemma("Crimea", "PROPN", "NNP"), "Crimea");
        assert_eq!(l.lemma("her", "PRON", "PRP"), "she");
        assert_eq!(l.lemma("her", "PRON", "PRP$"), "her");
        assert_eq!(l.lemma("12,000", "NUM", "CD"), "12000");
        assert_eq!(l.lemma("Parties", "PROPN", "NNPS"), "Party");
        let back = Lemmatizer::read(&l.write()).unwrap();
        assert_eq!(back.lemma("armies", "NOUN", "NNS"), "army");

        let words = ["she", "'s", "not", "gone", "and", "he", "'s", "here"];
        let upos: Vec<String> = ["PRON", "AUX", "PART", "VERB", "CCONJ", "PRON", "AUX", "ADV"]
            .map(String::from)
            .to_vec();
        let xpos: Vec<String> = ["PRP", "VBZ", "RB", "VBN", "CC", "PRP", "VBZ", "RB"]
            .map(String::from)
            .to_vec();
        let mut lemmas = vec![String::new(); 8];
        contracted_auxiliaries(&words, &upos, &xpos, &mut lemmas);
        assert_eq!((lemmas[1].as_str(), lemmas[6].as_str()), ("have", "be"));
        assert_eq!(back.write(), l.write());
    }

    /// Among the suffix rules that apply to an unknown word, one giving a lemma seen in
    /// training wins over the rule of a longer suffix giving an unseen one.
    #[test]
    fn suffix_rules_prefer_known_lemmas() {
        let data = [
            ("compelled", "VERB", "VBD", "compel"),
            ("propelled", "VERB", "VBD", "propel"),
            ("called", "VERB", "VBD", "call"),
            ("walked", "VERB", "VBD", "walk"),
            ("talked", "VERB", "VBD", "talk"),
            ("smells", "VERB", "VBZ", "smell"),
            ("swells", "VERB", "VBZ", "swell"),
            ("churches", "NOUN", "NNS", "church"),
            ("matches", "NOUN", "NNS", "match"),
            ("watches", "NOUN", "NNS", "watch"),
            ("lakes", "NOUN", "NNS", "lake"),
            ("homes", "NOUN", "NNS", "home"),
            ("times", "NOUN", "NNS", "time"),
            ("names", "NOUN", "NNS", "name"),
            ("ache", "NOUN", "NN", "ache"),
            ("niche", "NOUN", "NN", "niche"),
        ];
        let l = Lemmatizer::train(data.iter().copied());
        // the longest suffix (`-elled`, as compelled → compel) would give `smel`, `swel`
        assert_eq!(l.lemma("smelled", "VERB", "VBD"), "smell");
        assert_eq!(l.lemma("swelled", "VERB", "VBN"), "swell");
        // with no known lemma the longest suffix's rule stands
        assert_eq!(l.lemma("dispelled", "VERB", "VBD"), "dispel");
        // `-ches` as in churches → church would give `ach`, `nich`
        assert_eq!(l.lemma("aches", "NOUN", "NNS"), "ache");
        assert_eq!(l.lemma("niches", "NOUN", "NNS"), "niche");
        assert_eq!(l.lemma("batches", "NOUN", "NNS"), "batch");
        let back = Lemmatizer::read(&l.write()).unwrap();
        assert_eq!(back.lemma("smelled", "VERB", "VBD"), "smell");
    }
}
