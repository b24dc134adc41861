//! Lemmatizer: a lookup of (form, UPOS) → lemma learned from the treebank, then of the
//! lowercased form, and for unseen words a suffix rule (strip n characters, append a string)
//! chosen by the longest suffix of the word seen in training with that UPOS.
//!
//! `annexed/VERB` → strip 1, append "" (learned from words ending in `-ed`);
//! `held/VERB` → `hold` (lookup). Proper nouns keep their form.

use std::collections::BTreeMap;

use rustc_hash::FxHashMap;

use crate::io::{Reader, Writer};
use crate::ModelError;

/// Longest suffix considered for rules.
const MAX_SUFFIX: usize = 6;

#[derive(Clone, Debug, Default)]
pub struct Lemmatizer {
    /// `form \t UPOS` → lemma (exact form, then lowercased form).
    exact: FxHashMap<String, String>,
    lower: FxHashMap<String, String>,
    /// Rules as (characters to strip, string to append).
    rules: Vec<(u8, String)>,
    /// `UPOS \t suffix` → rule index.
    by_suffix: FxHashMap<String, u32>,
}

const MAGIC: &[u8; 4] = b"ALEM";
const VERSION: u32 = 1;

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

fn is_title(form: &str) -> bool {
    let mut cs = form.chars();
    cs.next().is_some_and(char::is_uppercase) && cs.all(|c| !c.is_uppercase())
}

impl Lemmatizer {
    /// Learns from (form, UPOS, lemma) triples.
    pub fn train<'a>(words: impl Iterator<Item = (&'a str, &'a str, &'a str)>) -> Lemmatizer {
        let mut exact: BTreeMap<String, BTreeMap<String, usize>> = BTreeMap::new();
        let mut lower: BTreeMap<String, BTreeMap<String, usize>> = BTreeMap::new();
        for (form, upos, lemma) in words {
            if lemma.is_empty() || lemma == "_" && form != "_" {
                continue;
            }
            *exact
                .entry(key(form, upos))
                .or_default()
                .entry(lemma.to_string())
                .or_default() += 1;
            let lf = form.to_lowercase();
            let ll = if upos == "PROPN" {
                lemma.to_string()
            } else {
                lemma.to_lowercase()
            };
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
        // rules from word types (lowercased), counted per (UPOS, suffix)
        let mut rule_ids: BTreeMap<(u8, String), u32> = BTreeMap::new();
        let mut counts: BTreeMap<String, BTreeMap<u32, usize>> = BTreeMap::new();
        for (k, lemmas) in &lower {
            let (form, upos) = k.split_once('\t').unwrap_or((k, ""));
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
                *counts
                    .entry(key(&suffix, upos))
                    .or_default()
                    .entry(id)
                    .or_default() += 1;
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
        Lemmatizer {
            exact: most(exact),
            lower: most(lower),
            rules,
            by_suffix,
        }
    }

    /// The lemma of `form` tagged `upos`.
    pub fn lemma(&self, form: &str, upos: &str) -> String {
        if let Some(l) = self.exact.get(&key(form, upos)) {
            return l.clone();
        }
        let lf = form.to_lowercase();
        if let Some(l) = self.lower.get(&key(&lf, upos)) {
            return l.clone();
        }
        if upos == "PROPN" || upos == "PUNCT" || upos == "SYM" || upos == "NUM" || upos == "X" {
            return form.to_string();
        }
        // keep the case of acronyms and mixed-case words; lowercase Title-case words
        let base = if is_title(form) { lf.as_str() } else { form };
        let chars: Vec<char> = lf.chars().collect();
        for len in (0..=MAX_SUFFIX.min(chars.len())).rev() {
            let suffix: String = chars[chars.len() - len..].iter().collect();
            if let Some(&id) = self.by_suffix.get(&key(&suffix, upos)) {
                if let Some(l) = apply(&self.rules[id as usize], base) {
                    return l;
                }
            }
        }
        base.to_string()
    }

    pub fn write(&self) -> Vec<u8> {
        let mut w = Writer::default();
        w.buf.extend_from_slice(MAGIC);
        w.u32(VERSION);
        for map in [&self.exact, &self.lower] {
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
        for _ in 0..2 {
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
        let lower = maps.pop().unwrap_or_default();
        let exact = maps.pop().unwrap_or_default();
        Ok(Lemmatizer {
            exact,
            lower,
            rules,
            by_suffix,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lookup_then_suffix_rules() {
        let data = [
            ("held", "VERB", "hold"),
            ("accused", "VERB", "accuse"),
            ("refused", "VERB", "refuse"),
            ("walked", "VERB", "walk"),
            ("talked", "VERB", "talk"),
            ("jumped", "VERB", "jump"),
            ("cities", "NOUN", "city"),
            ("parties", "NOUN", "party"),
            ("The", "DET", "the"),
        ];
        let l = Lemmatizer::train(data.iter().copied());
        assert_eq!(l.lemma("held", "VERB"), "hold");
        assert_eq!(l.lemma("Held", "VERB"), "hold");
        assert_eq!(l.lemma("annexed", "VERB"), "annex");
        assert_eq!(l.lemma("amused", "VERB"), "amuse");
        assert_eq!(l.lemma("armies", "NOUN"), "army");
        assert_eq!(l.lemma("Crimea", "PROPN"), "Crimea");
        let back = Lemmatizer::read(&l.write()).unwrap();
        assert_eq!(back.lemma("armies", "NOUN"), "army");
        assert_eq!(back.write(), l.write());
    }
}
