//! Part-of-speech tagger: an averaged perceptron tagging left to right, one joint class per
//! (UPOS, XPOS) pair seen in training.
//!
//! Features (hashed): the word (lowercased, digits folded), its exact form, prefixes of 1-3 and
//! suffixes of 1-4 characters, its shape (`Xxxx`, `dd`), the two previous predicted tags and
//! their combinations with the word, the two words either side with their suffixes and shapes.

use rustc_hash::FxHashMap;

use crate::clusters::Clusters;
use crate::hash::{finish, mix, str_hash, Fnv, Rng};
use crate::io::{Reader, Writer};
use crate::perceptron::{Trainer, Weights};
use crate::ModelError;

/// What the tagger knows of a word, computed once per token.
#[derive(Clone, Copy, Debug)]
pub struct WordInfo {
    pub norm: u64,
    pub form: u64,
    /// Prefixes of 1-4 and suffixes of 1-5 characters.
    pub pre: [u64; 4],
    pub suf: [u64; 5],
    pub shape: u64,
    pub flags: u64,
    /// Hashes of the word's class bit-string prefixes ([`CLUSTER_PREFIXES`] bits), or of "no
    /// class".
    pub cl: [u64; 4],
}

/// Lengths of the cluster bit-string prefixes used as features.
pub const CLUSTER_PREFIXES: [usize; 4] = [4, 6, 10, 20];

/// Word classes ([`crate::clusters`]) as the tagger uses them: the hash of the normalised word
/// to the hashes of its class prefixes.
#[derive(Clone, Debug)]
pub struct ClusterTable {
    clusters: Clusters,
    table: FxHashMap<u64, [u64; 4]>,
}

impl ClusterTable {
    pub fn new(clusters: Clusters) -> ClusterTable {
        let mut table = FxHashMap::default();
        for (w, bits) in clusters.iter() {
            let mut cl = [0u64; 4];
            for (k, (c, &len)) in cl.iter_mut().zip(&CLUSTER_PREFIXES).enumerate() {
                *c = mix(str_hash(&bits[..len.min(bits.len())]), 201 + k as u64);
            }
            table.insert(crate::parser::word_value(w), cl);
        }
        ClusterTable { clusters, table }
    }

    pub fn clusters(&self) -> &Clusters {
        &self.clusters
    }
}

const NO_CLASS: u64 = 0x006e_6f63_6c61_7373;

/// The word lowercased with digits as `0`, as [`crate::parser::word_value`] hashes it: the
/// class table is keyed by that value and looked up with [`chars_hash`] of these characters.
fn norm_chars(word: &str) -> Vec<char> {
    let mut chars: Vec<char> = Vec::with_capacity(word.len());
    for c in word.chars() {
        if c.is_ascii_digit() {
            chars.push('0');
        } else if c.is_ascii() {
            chars.push(c.to_ascii_lowercase());
        } else {
            chars.extend(c.to_lowercase());
        }
    }
    chars
}

fn chars_hash(cs: &[char]) -> u64 {
    let mut f = Fnv::default();
    cs.iter().for_each(|&c| f.push(c));
    f.0
}

/// The hash of the word lowercased with digits folded (as [`crate::clusters::normalize`]).
const START: u64 = 0x0053_5441_5254;
const END: u64 = 0x0045_4e44;

impl WordInfo {
    pub fn new(word: &str) -> WordInfo {
        WordInfo::classed(word, None)
    }

    /// The word's features, with its word class from `clusters` when it has one.
    pub fn classed(word: &str, clusters: Option<&ClusterTable>) -> WordInfo {
        let chars = norm_chars(word);
        let n = chars.len();
        let hash = chars_hash;
        let mut pre = [0u64; 4];
        let mut suf = [0u64; 5];
        for (k, p) in pre.iter_mut().enumerate() {
            *p = mix(hash(&chars[..(k + 1).min(n)]), k as u64 + 1);
        }
        for (k, p) in suf.iter_mut().enumerate() {
            *p = mix(hash(&chars[n.saturating_sub(k + 1)..]), k as u64 + 11);
        }
        let norm = hash(&chars);
        let cl = clusters
            .and_then(|c| c.table.get(&norm).copied())
            .unwrap_or([NO_CLASS; 4]);
        WordInfo {
            norm,
            cl,
            form: mix(str_hash(word), 99),
            pre,
            suf,
            shape: shape_hash(word),
            flags: flags(word),
        }
    }

    fn boundary(v: u64) -> WordInfo {
        WordInfo {
            norm: v,
            form: v,
            pre: [v; 4],
            suf: [v; 5],
            shape: v,
            flags: v,
            cl: [v; 4],
        }
    }
}

/// The hash of the word's shape (`Xxxx`, `dd`, `X.X.`): character classes with runs cut at
/// four.
pub fn shape_hash(word: &str) -> u64 {
    let mut f = Fnv::default();
    let mut last = '\0';
    let mut run = 0;
    for c in word.chars() {
        let k = if c.is_uppercase() {
            'X'
        } else if c.is_lowercase() {
            'x'
        } else if c.is_numeric() {
            'd'
        } else {
            c
        };
        if k == last {
            run += 1;
        } else {
            run = 1;
            last = k;
        }
        if run <= 4 {
            f.push(k);
        }
    }
    f.0
}

fn flags(word: &str) -> u64 {
    let mut f = 0u64;
    let mut chars = word.chars();
    let first = chars.next().unwrap_or(' ');
    if first.is_uppercase() {
        f |= 1;
    }
    if word.chars().all(|c| !c.is_lowercase()) && word.chars().any(char::is_uppercase) {
        f |= 2;
    }
    if word.chars().any(|c| c.is_ascii_digit()) {
        f |= 4;
    }
    if word.contains('-') {
        f |= 8;
    }
    if word.chars().all(|c| !c.is_alphanumeric()) {
        f |= 16;
    }
    if word.contains('.') {
        f |= 32;
    }
    if word.chars().count() == 1 {
        f |= 64;
    }
    f
}

/// The hashed features of word `i` given the two previous tags (class ids, or `usize::MAX`
/// before the sentence).
/// Optional feature groups (bits of [`Tagger::feature_set`]).
pub mod feature_groups {
    /// Suffixes of 5 and prefixes of 4 characters.
    pub const AFFIXES: u32 = 1;
    /// Whether the sentence is in title case (headings), and the first word.
    pub const TITLE: u32 = 2;
    /// More context combinations.
    pub const CONTEXT: u32 = 4;
    /// Word classes ([`crate::clusters`]) of the word and its neighbours (needs a tagger
    /// trained with clusters).
    pub const CLUSTERS: u32 = 8;
    /// Word classes of the neighbours, and with the previous tag and the next word's class.
    pub const CLUSTER_CONTEXT: u32 = 16;
}

/// What the features know of the whole sentence.
#[derive(Clone, Copy, Debug)]
pub(crate) struct SentInfo {
    /// Most words capitalised (a heading).
    title: bool,
}

impl SentInfo {
    pub(crate) fn new(ws: &[WordInfo]) -> SentInfo {
        let (mut alpha, mut caps) = (0, 0);
        for w in ws {
            if w.flags & (4 | 16) == 0 {
                alpha += 1;
                caps += (w.flags & 1) as usize;
            }
        }
        SentInfo {
            title: alpha >= 3 && caps * 10 >= alpha * 6,
        }
    }
}

#[allow(clippy::too_many_arguments)]
pub(crate) fn features(
    ws: &[WordInfo],
    i: usize,
    t1: usize,
    t2: usize,
    right: Option<&[usize]>,
    set: u32,
    sent: SentInfo,
    out: &mut Vec<u32>,
) {
    out.clear();
    let at = |k: isize| -> WordInfo {
        let j = i as isize + k;
        if j < 0 {
            WordInfo::boundary(START)
        } else if j as usize >= ws.len() {
            WordInfo::boundary(END)
        } else {
            ws[j as usize]
        }
    };
    let (w, p1, p2, n1, n2) = (ws[i], at(-1), at(-2), at(1), at(2));
    let t1 = t1 as u64;
    let t2 = t2 as u64;
    let mut id = 0u64;
    let mut f = |vals: &[u64]| {
        id += 1;
        let mut h = mix(0x7461_6767, id);
        for &v in vals {
            h = mix(h, v);
        }
        out.push(finish(h));
    };
    f(&[]);
    f(&[w.norm]);
    f(&[w.form]);
    for &s in &w.suf[..4] {
        f(&[s]);
    }
    for &p in &w.pre[..3] {
        f(&[p]);
    }
    f(&[w.shape]);
    f(&[w.flags]);
    f(&[t1]);
    f(&[t2]);
    f(&[t1, t2]);
    f(&[t1, w.norm]);
    f(&[t1, w.suf[2]]);
    f(&[p1.norm]);
    f(&[p1.suf[2]]);
    f(&[p1.shape]);
    f(&[p2.norm]);
    f(&[n1.norm]);
    f(&[n1.suf[2]]);
    f(&[n1.suf[1]]);
    f(&[n1.shape]);
    f(&[n2.norm]);
    f(&[n2.suf[2]]);
    f(&[p1.norm, w.norm]);
    f(&[w.norm, n1.norm]);
    f(&[t1, n1.norm]);
    f(&[n1.norm, n2.norm]);
    f(&[p1.norm, n1.norm]);
    f(&[w.shape, n1.shape]);
    f(&[t1, w.shape]);
    if let Some(r) = right {
        // the first pass's tags of the next two words
        let r1 = r.get(i + 1).map_or(END, |&t| t as u64);
        let r2 = r.get(i + 2).map_or(END, |&t| t as u64);
        let r0 = r[i] as u64;
        f(&[r1]);
        f(&[r2]);
        f(&[r1, r2]);
        f(&[t1, r1]);
        f(&[w.norm, r1]);
        f(&[w.suf[2], r1]);
        f(&[r0]);
        f(&[r0, r1]);
        f(&[t1, r0]);
    }
    use feature_groups::*;
    if set & AFFIXES != 0 {
        f(&[w.suf[4]]);
        f(&[w.pre[3]]);
    }
    if set & TITLE != 0 {
        let ts = sent.title as u64;
        let first = (i == 0) as u64;
        f(&[ts, w.flags]);
        f(&[ts, w.norm]);
        f(&[ts, w.suf[2]]);
        f(&[first, w.flags]);
        f(&[first, w.norm]);
    }
    if set & CONTEXT != 0 {
        f(&[t1, t2, w.norm]);
        f(&[p1.norm, p2.norm]);
        f(&[w.suf[3], n1.norm]);
        f(&[n1.flags]);
        f(&[p1.flags, w.flags]);
    }
    if set & CLUSTERS != 0 {
        for &c in &w.cl {
            f(&[c]);
        }
    }
    if set & CLUSTER_CONTEXT != 0 {
        f(&[p1.cl[0]]);
        f(&[p1.cl[2]]);
        f(&[n1.cl[0]]);
        f(&[n1.cl[2]]);
        f(&[n2.cl[2]]);
        f(&[t1, w.cl[3]]);
        f(&[w.cl[2], n1.cl[2]]);
    }
}

/// The trained tagger.
#[derive(Clone, Debug)]
pub struct Tagger {
    /// Class `k` is `(upos[k], xpos[k])`.
    pub upos: Vec<String>,
    pub xpos: Vec<String>,
    weights: Weights,
    /// The second pass, which also sees the first pass's tags of the words to the right.
    second: Option<Weights>,
    /// Optional feature groups ([`feature_groups`]) the weights were trained with.
    pub feature_set: u32,
    /// Word classes the weights were trained with.
    pub clusters: Option<ClusterTable>,
}

const MAGIC: &[u8; 4] = b"ATAG";
const VERSION: u32 = 5;

impl Tagger {
    /// Tags a sentence; returns class ids.
    pub fn tag(&self, words: &[&str]) -> Vec<usize> {
        let ws: Vec<WordInfo> = words
            .iter()
            .map(|w| WordInfo::classed(w, self.clusters.as_ref()))
            .collect();
        self.tag_prepared(&ws)
    }

    fn tag_prepared(&self, ws: &[WordInfo]) -> Vec<usize> {
        let n = self.upos.len();
        let set = self.feature_set;
        let first = tag_with(ws, n, None, set, |f, s| self.weights.score(f, s));
        match &self.second {
            Some(w2) => tag_with(ws, n, Some(&first), set, |f, s| w2.score(f, s)),
            None => first,
        }
    }

    /// This (first-pass) tagger with `second`'s weights as its second pass.
    pub fn with_second(mut self, second: Tagger) -> Tagger {
        self.second = Some(second.weights);
        self
    }

    pub fn write(&self) -> Vec<u8> {
        let mut w = Writer::default();
        w.buf.extend_from_slice(MAGIC);
        w.u32(VERSION);
        w.strs(&self.upos);
        w.strs(&self.xpos);
        w.u32(self.feature_set);
        match &self.clusters {
            Some(c) => {
                w.u8(1);
                w.str(&c.clusters.write());
            }
            None => w.u8(0),
        }
        self.weights.write(&mut w);
        match &self.second {
            Some(w2) => {
                w.u8(1);
                w2.write(&mut w);
            }
            None => w.u8(0),
        }
        w.buf
    }

    pub fn read(bytes: &[u8]) -> Result<Tagger, ModelError> {
        let mut r = Reader::new(bytes, "tagger");
        // version 3 had no optional features
        // version 4 had no word classes
        let version = r.magic_versions(MAGIC, &[3, 4, VERSION])?;
        let upos = r.strs()?;
        let xpos = r.strs()?;
        let feature_set = if version >= 4 { r.u32()? } else { 0 };
        let clusters = if version >= 5 && r.u8()? != 0 {
            let text = r.str()?;
            Some(ClusterTable::new(Clusters::read(&text)?))
        } else {
            None
        };
        let weights = Weights::read(&mut r)?;
        let second = match r.u8()? {
            0 => None,
            _ => Some(Weights::read(&mut r)?),
        };
        r.done()?;
        if upos.len() != xpos.len()
            || weights.n_classes() != upos.len()
            || second.as_ref().is_some_and(|w| w.n_classes() != upos.len())
        {
            return Err(r.err("tag table does not match the weights"));
        }
        Ok(Tagger {
            upos,
            xpos,
            weights,
            second,
            feature_set,
            clusters,
        })
    }

    pub fn size(&self) -> (usize, usize) {
        let (a, b) = self.weights.size();
        let (c, d) = self.second.as_ref().map_or((0, 0), Weights::size);
        (a + c, b + d)
    }

    /// The mean of taggers trained on the same data with the same options and different
    /// seeds: first passes averaged, and second passes averaged over the taggers that have
    /// one ([`Weights::mean`]); the result tags with the sum of their scores at every word.
    /// Weights under `prune` quantization steps of the mean are dropped.
    ///
    /// The taggers must have the same classes in the same order, the same feature groups and
    /// the same word classes: the previous tags are feature values, so class ids cannot be
    /// renamed after training (the same training files always give the same classes).
    pub fn average(taggers: &[&Tagger], prune: i32) -> Result<Tagger, ModelError> {
        let Some(first) = taggers.first() else {
            return Err(ModelError::Format("no tagger to average".into()));
        };
        let classes = |t: &Tagger| t.clusters.as_ref().map(|c| c.clusters.write());
        for t in &taggers[1..] {
            if t.upos != first.upos || t.xpos != first.xpos {
                return Err(ModelError::Format(
                    "taggers with different tag classes cannot be averaged".into(),
                ));
            }
            if t.feature_set != first.feature_set || classes(t) != classes(first) {
                return Err(ModelError::Format(
                    "taggers with different features or word classes cannot be averaged".into(),
                ));
            }
        }
        let n = first.upos.len();
        let mean = |tables: Vec<&Weights>| {
            let parts: Vec<(&Weights, Option<&[usize]>)> =
                tables.into_iter().map(|w| (w, None)).collect();
            Weights::mean(&parts, n, prune)
        };
        let seconds: Vec<&Weights> = taggers.iter().filter_map(|t| t.second.as_ref()).collect();
        Ok(Tagger {
            upos: first.upos.clone(),
            xpos: first.xpos.clone(),
            weights: mean(taggers.iter().map(|t| &t.weights).collect()),
            second: (!seconds.is_empty()).then(|| mean(seconds)),
            feature_set: first.feature_set,
            clusters: first.clusters.clone(),
        })
    }

    /// Whether the tagger has a second pass.
    pub fn has_second_pass(&self) -> bool {
        self.second.is_some()
    }

    /// This tagger without weights smaller than `min_q` quantization steps.
    pub fn pruned(&self, min_q: i32) -> Tagger {
        Tagger {
            upos: self.upos.clone(),
            xpos: self.xpos.clone(),
            weights: self.weights.pruned(min_q),
            second: self.second.as_ref().map(|w| w.pruned(min_q)),
            feature_set: self.feature_set,
            clusters: self.clusters.clone(),
        }
    }
}

fn tag_with(
    ws: &[WordInfo],
    n: usize,
    right: Option<&[usize]>,
    set: u32,
    score: impl Fn(&[u32], &mut [f32]),
) -> Vec<usize> {
    let sent = SentInfo::new(ws);
    let mut feats = Vec::with_capacity(64);
    let mut scores = vec![0f32; n];
    let mut tags = Vec::with_capacity(ws.len());
    for i in 0..ws.len() {
        let t1 = if i >= 1 { tags[i - 1] } else { usize::MAX };
        let t2 = if i >= 2 { tags[i - 2] } else { usize::MAX };
        features(ws, i, t1, t2, right, set, sent, &mut feats);
        scores.iter_mut().for_each(|s| *s = 0.0);
        score(&feats, &mut scores);
        tags.push(argmax(&scores));
    }
    tags
}

pub(crate) fn argmax(s: &[f32]) -> usize {
    let mut best = 0;
    for (i, &v) in s.iter().enumerate() {
        if v > s[best] {
            best = i;
        }
    }
    best
}

/// A sentence for training: words and gold class ids.
pub struct TagExample {
    pub words: Vec<WordInfo>,
    pub gold: Vec<usize>,
}

/// Trains a tagger; `on_epoch(epoch, tagger)` is called after each epoch with the averaged
/// weights so far (for dev scores), and returns whether to keep this epoch's model as the best.
/// With `right` (first-pass tags of each example), trains a second pass (see
/// [`Tagger::with_second`]).
#[allow(clippy::too_many_arguments)]
pub fn train(
    upos: Vec<String>,
    xpos: Vec<String>,
    data: &[TagExample],
    right: Option<&[Vec<usize>]>,
    epochs: usize,
    seed: u64,
    feature_set: u32,
    clusters: Option<&ClusterTable>,
    mut on_epoch: impl FnMut(usize, &Tagger) -> bool,
    mut on_sentence: impl FnMut(),
) -> Tagger {
    let n = upos.len();
    let mut t = Trainer::new(n);
    let mut rng = Rng::new(seed);
    let mut order: Vec<usize> = (0..data.len()).collect();
    let mut feats = Vec::with_capacity(48);
    let mut scores = vec![0f32; n];
    let mut best: Option<Tagger> = None;
    for epoch in 0..epochs {
        rng.shuffle(&mut order);
        for &k in &order {
            let ex = &data[k];
            let sent = SentInfo::new(&ex.words);
            let mut prev = Vec::with_capacity(ex.words.len());
            for i in 0..ex.words.len() {
                let t1 = if i >= 1 { prev[i - 1] } else { usize::MAX };
                let t2 = if i >= 2 { prev[i - 2] } else { usize::MAX };
                let r = right.map(|r| r[k].as_slice());
                features(&ex.words, i, t1, t2, r, feature_set, sent, &mut feats);
                scores.iter_mut().for_each(|s| *s = 0.0);
                t.score(&feats, &mut scores);
                let guess = argmax(&scores);
                t.update(&feats, ex.gold[i], guess);
                t.tick();
                prev.push(guess);
            }
            on_sentence();
        }
        let tagger = Tagger {
            upos: upos.clone(),
            xpos: xpos.clone(),
            weights: t.average(1),
            second: None,
            feature_set,
            clusters: clusters.cloned(),
        };
        if on_epoch(epoch, &tagger) || best.is_none() {
            best = Some(tagger);
        }
    }
    best.unwrap_or(Tagger {
        upos,
        xpos,
        weights: t.average(1),
        second: None,
        feature_set,
        clusters: clusters.cloned(),
    })
}

/// Tags pre-computed word infos (training-time use: jackknifing, dev scores).
pub(crate) fn tag_infos(tagger: &Tagger, ws: &[WordInfo]) -> Vec<usize> {
    tagger.tag_prepared(ws)
}

/// Tags with a second-pass tagger's own weights, given first-pass tags.
pub(crate) fn tag_infos_second(tagger: &Tagger, ws: &[WordInfo], first: &[usize]) -> Vec<usize> {
    tag_with(
        ws,
        tagger.upos.len(),
        Some(first),
        tagger.feature_set,
        |f, s| tagger.weights.score(f, s),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn class_keys_and_lookups_hash_words_alike() {
        // the class table is keyed by parser::word_value; WordInfo looks words up by the hash
        // of norm_chars: the two must agree or no word would find its class
        for w in ["Kyiv", "1,200", "ÉLYSÉE", "said", "G20"] {
            assert_eq!(
                chars_hash(&norm_chars(w)),
                crate::parser::word_value(w),
                "{w}"
            );
        }
    }
}
