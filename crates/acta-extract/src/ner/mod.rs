//! Named-entity tagging: PER, ORG and LOC spans over a sentence's tokens.
//!
//! A BIO tagger: a structured averaged perceptron over hashed sparse features, with features
//! of the two previous labels and a second-order Viterbi search under the BIO constraint,
//! then a document pass that makes names consistent across the document ([`consistent`]). Features: the word, its shape, prefixes and suffixes,
//! the words and shapes around it, the UPOS tags the syntax stage gave the sentence, the
//! sentence's casing profile, the previous labels, and membership in a gazetteer of names
//! (actor dictionaries, countries and capitals, GeoNames places, given names) that is stored in
//! the model file itself, so a model always sees the lists it was trained with.
//!
//! The model is trained by `acta train entities` (see [`train`] and `docs/models.md`) and
//! shipped in `data/models/entities/ner.bin.zst`.

pub mod gazetteer;
pub mod train;

use std::io::Read;

use rustc_hash::FxHashMap;

pub use gazetteer::{GazKind, Gazetteer};

/// The labels, in model order.
pub const LABELS: [&str; 7] = ["O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC"];
const N: usize = LABELS.len();
const MAGIC: &[u8; 8] = b"ACTANER1";

/// The type of a named-entity span.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum NerKind {
    Per,
    Org,
    Loc,
}

impl NerKind {
    pub fn as_str(self) -> &'static str {
        match self {
            NerKind::Per => "PER",
            NerKind::Org => "ORG",
            NerKind::Loc => "LOC",
        }
    }
    fn of_label(l: u8) -> Option<NerKind> {
        match l {
            1 | 2 => Some(NerKind::Per),
            3 | 4 => Some(NerKind::Org),
            5 | 6 => Some(NerKind::Loc),
            _ => None,
        }
    }
}

/// A tagged span: tokens `start..end` of the sentence.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct NerSpan {
    pub start: usize,
    pub end: usize,
    pub kind: NerKind,
}

/// Label id of a label string (`B-PER`); anything unknown (`B-MISC`) is `O`.
pub fn label_id(s: &str) -> u8 {
    LABELS.iter().position(|l| *l == s).unwrap_or(0) as u8
}

/// Writes one span as BIO labels (`B-X` then `I-X`): the inverse of [`spans_of`].
pub(crate) fn write_span(labels: &mut [u8], s: NerSpan) {
    let base = 1 + 2 * s.kind as u8;
    labels[s.start] = base;
    for l in &mut labels[s.start + 1..s.end] {
        *l = base + 1;
    }
}

/// Spans of a BIO label sequence. An `I-X` that does not continue an `X` span starts one
/// (as conlleval reads it).
pub fn spans_of(labels: &[u8]) -> Vec<NerSpan> {
    let mut out: Vec<NerSpan> = Vec::new();
    let mut open: Option<NerSpan> = None;
    for (i, &l) in labels.iter().enumerate() {
        let kind = NerKind::of_label(l);
        let begin = l % 2 == 1;
        match (open.as_mut(), kind) {
            (Some(s), Some(k)) if !begin && s.kind == k => s.end = i + 1,
            (_, Some(k)) => {
                out.extend(open.take());
                open = Some(NerSpan {
                    start: i,
                    end: i + 1,
                    kind: k,
                });
            }
            (_, None) => out.extend(open.take()),
        }
    }
    out.extend(open);
    out
}

fn allowed(prev: u8, l: u8) -> bool {
    // I-X only after B-X or I-X
    l == 0 || l % 2 == 1 || (prev != 0 && prev.div_ceil(2) == l.div_ceil(2))
}

// ---------------------------------------------------------------------------------------
// hashing (part of the model format: do not change without retraining)

#[inline]
fn fnv(h: u64, bytes: &[u8]) -> u64 {
    let mut h = h;
    for &b in bytes {
        h ^= b as u64;
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    h
}

#[inline]
fn mix(h: u64, x: u64) -> u64 {
    (h.rotate_left(5) ^ x).wrapping_mul(0x517c_c1b7_2722_0a95)
}

#[inline]
fn finish(h: u64) -> u32 {
    let mut h = h;
    h ^= h >> 33;
    h = h.wrapping_mul(0xff51_afd7_ed55_8ccd);
    h ^= h >> 33;
    (h >> 32) as u32
}

#[inline]
fn s(x: &str) -> u64 {
    fnv(0xcbf2_9ce4_8422_2325, x.as_bytes())
}

// ---------------------------------------------------------------------------------------
// features

/// What the features need of one word, computed once per sentence.
struct Word {
    fold: u64,
    form: u64,
    shape: u64,
    pre3: u64,
    suf2: u64,
    suf3: u64,
    suf4: u64,
    upos: u64,
    /// 0 lowercase, 1 Capitalized, 2 ALLCAPS, 3 no letters
    cap: u8,
    /// gazetteer: (kind, position: 0 begin, 1 inside, 2 single) of the matches covering it
    gaz: Vec<(u8, u8)>,
    /// the head word of an organisation's (1) or a place's (2) name ("Agency", "Street"), or 0
    head: u8,
    /// a word that may stand inside a name between capitalized words ("of", "&")
    conn: bool,
}

/// Head words of organisations' names: a capitalized run that ends in one is likely an
/// organisation ("International Atomic Energy Agency", "Rodale Books").
const ORG_HEADS: &[&str] = &[
    "inc",
    "corp",
    "corporation",
    "co",
    "ltd",
    "llc",
    "plc",
    "company",
    "companies",
    "university",
    "college",
    "school",
    "academy",
    "ministry",
    "department",
    "party",
    "council",
    "bank",
    "airlines",
    "airways",
    "group",
    "association",
    "institute",
    "agency",
    "committee",
    "commission",
    "foundation",
    "society",
    "union",
    "federation",
    "league",
    "organization",
    "organisation",
    "authority",
    "court",
    "assembly",
    "parliament",
    "senate",
    "congress",
    "army",
    "forces",
    "press",
    "times",
    "post",
    "news",
    "books",
    "publishing",
    "records",
    "motors",
    "motorsports",
    "industries",
    "systems",
    "technologies",
    "services",
    "partners",
    "holdings",
    "solutions",
    "media",
    "network",
    "club",
    "team",
    "church",
    "office",
    "offices",
    "center",
    "centre",
    "board",
    "bureau",
    "brigade",
    "brigades",
    "front",
    "movement",
    "alliance",
    "coalition",
    "fund",
    "trust",
    "enterprises",
    "labs",
    "laboratories",
    "pharmaceuticals",
    "insurance",
    "communications",
    "entertainment",
    "studios",
    "pictures",
    "magazine",
    "journal",
    "tribune",
    "herald",
    "gazette",
    "daily",
    "radio",
    "television",
    "tv",
];

/// Head words of places' names ("Canyon Road", "Blue Water Bridge").
const LOC_HEADS: &[&str] = &[
    "street",
    "st",
    "road",
    "rd",
    "avenue",
    "ave",
    "boulevard",
    "blvd",
    "lane",
    "drive",
    "highway",
    "bridge",
    "bridges",
    "park",
    "river",
    "lake",
    "mountain",
    "mountains",
    "mount",
    "island",
    "islands",
    "valley",
    "bay",
    "beach",
    "airport",
    "station",
    "square",
    "museum",
    "mall",
    "county",
    "province",
    "strait",
    "sea",
    "ocean",
    "gulf",
    "desert",
    "canyon",
    "coast",
    "peninsula",
    "hills",
    "falls",
    "creek",
    "harbor",
    "harbour",
    "plaza",
    "region",
    "district",
];

const CONNECTORS: &[&str] = &["of", "&", "and", "for", "the", "de", "-", "'s"];

fn cap_class(w: &str) -> u8 {
    let mut letters = 0;
    let mut upper = 0;
    let mut first_upper = false;
    for (i, c) in w.chars().enumerate() {
        if c.is_alphabetic() {
            letters += 1;
            if c.is_uppercase() {
                upper += 1;
                if i == 0 {
                    first_upper = true;
                }
            }
        }
    }
    if letters == 0 {
        3
    } else if upper == letters && letters > 1 {
        2
    } else if first_upper {
        1
    } else {
        0
    }
}

/// `Zelensky` → `Xx`, `NATO` → `X`, `U.S.` → `X.X.`, `2025` → `d`, `iPhone` → `xXx`: the
/// classes of the characters with runs collapsed, at most 6 long.
fn shape(w: &str) -> String {
    let mut out = String::new();
    let mut last = '\0';
    for c in w.chars() {
        let k = if c.is_uppercase() {
            'X'
        } else if c.is_alphabetic() {
            'x'
        } else if c.is_ascii_digit() {
            'd'
        } else {
            c
        };
        if k != last {
            out.push(k);
            last = k;
            if out.len() >= 6 {
                break;
            }
        }
    }
    out
}

fn fold(w: &str) -> String {
    w.chars()
        .map(|c| if c.is_ascii_digit() { '0' } else { c })
        .flat_map(char::to_lowercase)
        .collect()
}

fn prefix(w: &str, n: usize) -> &str {
    match w.char_indices().nth(n) {
        Some((i, _)) => &w[..i],
        None => w,
    }
}

fn suffix(w: &str, n: usize) -> &str {
    let count = w.chars().count();
    if count <= n {
        return w;
    }
    match w.char_indices().nth(count - n) {
        Some((i, _)) => &w[i..],
        None => w,
    }
}

const PAD: u64 = 0x5eed;

fn words_of(words: &[&str], upos: &[&str], gaz: &Gazetteer) -> Vec<Word> {
    let mut out: Vec<Word> = words
        .iter()
        .enumerate()
        .map(|(i, w)| {
            let f = fold(w);
            let cap = cap_class(w);
            Word {
                fold: s(&f),
                form: s(w),
                shape: s(&shape(w)),
                pre3: s(prefix(&f, 3)),
                suf2: s(suffix(&f, 2)),
                suf3: s(suffix(&f, 3)),
                suf4: s(suffix(&f, 4)),
                upos: s(upos.get(i).copied().unwrap_or("")),
                cap,
                gaz: Vec::new(),
                // only a capitalized head word counts (and most words are lowercase)
                head: {
                    let l = f.trim_end_matches('.');
                    if !matches!(cap, 1 | 2) {
                        0
                    } else if ORG_HEADS.contains(&l) {
                        1
                    } else if LOC_HEADS.contains(&l) {
                        2
                    } else {
                        0
                    }
                },
                conn: CONNECTORS.contains(&f.as_str()),
            }
        })
        .collect();
    for m in gaz.matches(words) {
        for (j, w) in out[m.start..m.end].iter_mut().enumerate() {
            let pos = if m.end - m.start == 1 {
                2
            } else if j == 0 {
                0
            } else {
                1
            };
            for k in m.kinds() {
                w.gaz.push((k as u8, pos));
            }
        }
    }
    out
}

/// The sentence's casing: 0 mostly lowercase, 1 ordinary, 2 headline (most words
/// capitalized), 3 all caps. Web text and titles differ from news body text.
fn case_profile(ws: &[Word]) -> u8 {
    let letters: Vec<u8> = ws.iter().map(|w| w.cap).filter(|&c| c < 3).collect();
    if letters.len() < 3 {
        return 1;
    }
    let n = letters.len() as f32;
    let caps = letters.iter().filter(|&&c| c == 2).count() as f32;
    let title = letters.iter().filter(|&&c| c >= 1).count() as f32;
    if caps / n > 0.7 {
        3
    } else if title / n > 0.7 {
        2
    } else if letters.iter().all(|&c| c == 0) {
        0
    } else {
        1
    }
}

fn static_features(ws: &[Word], i: usize, out: &mut Vec<u32>) {
    out.clear();
    let w = &ws[i];
    let at = |j: isize| -> Option<&Word> {
        let k = i as isize + j;
        (k >= 0 && (k as usize) < ws.len()).then(|| &ws[k as usize])
    };
    let fold_at = |j| at(j).map_or(PAD, |w| w.fold);
    let shape_at = |j| at(j).map_or(PAD, |w| w.shape);
    let upos_at = |j| at(j).map_or(PAD, |w| w.upos);
    let mut f = |t: u64, x: u64| out.push(finish(mix(t, x)));
    f(0, 0);
    f(1, w.fold);
    f(2, w.form);
    f(3, w.shape);
    f(4, w.pre3);
    f(5, w.suf2);
    f(6, w.suf3);
    f(7, w.suf4);
    f(8, w.upos);
    f(9, mix(upos_at(-1), w.upos));
    f(10, mix(w.upos, upos_at(1)));
    f(11, mix(mix(upos_at(-1), w.upos), upos_at(1)));
    f(12, fold_at(-1));
    f(13, fold_at(1));
    f(14, fold_at(-2));
    f(15, fold_at(2));
    f(16, mix(shape_at(-1), w.shape));
    f(17, mix(w.shape, shape_at(1)));
    f(18, mix(fold_at(-1), w.fold));
    f(19, mix(w.fold, fold_at(1)));
    let profile = case_profile(ws) as u64;
    f(20, mix(profile, w.shape));
    f(21, mix(profile, mix(w.upos, w.cap as u64)));
    f(22, mix((i == 0) as u64, w.shape));
    f(23, mix(w.upos, w.cap as u64));
    for &(k, pos) in &w.gaz {
        f(24, mix(k as u64, pos as u64));
        f(25, mix(mix(k as u64, pos as u64), w.cap as u64));
        f(26, mix(mix(k as u64, pos as u64), profile));
    }
    if w.gaz.is_empty() {
        f(27, w.cap as u64);
    }
    for (j, t) in [(-1isize, 28u64), (1, 29)] {
        match at(j) {
            Some(n) if !n.gaz.is_empty() => {
                for &(k, _) in &n.gaz {
                    f(t, mix(k as u64, w.cap as u64));
                }
            }
            _ => f(t, 99),
        }
    }
    if w.cap == 1 || w.cap == 2 {
        // a head word ahead in this run of capitalized words (with "of", "&" inside), at
        // distance d: "International Atomic Energy Agency", "Canyon Road"
        for d in 0..5usize {
            let Some(n) = ws.get(i + d) else { break };
            if n.head != 0 {
                f(30, mix(n.head as u64, d as u64));
                f(31, mix(mix(n.head as u64, d as u64), profile));
                break;
            }
            if d > 0 && !(n.cap == 1 || n.cap == 2 || n.conn) {
                break;
            }
        }
        // ... or behind it ("Bank of America")
        for d in 1..4usize {
            let Some(n) = i.checked_sub(d).map(|k| &ws[k]) else {
                break;
            };
            if n.head != 0 {
                f(32, mix(n.head as u64, d as u64));
                break;
            }
            if !(n.cap == 1 || n.cap == 2 || n.conn) {
                break;
            }
        }
    }
}

fn dynamic_features(ws: &[Word], i: usize, prev: u8, prev2: u8, out: &mut Vec<u32>) {
    out.push(label_pair_feature(prev, prev2));
    prev_label_features(ws, i, prev, out);
}

/// The feature of the two previous labels (the same for every word).
fn label_pair_feature(prev: u8, prev2: u8) -> u32 {
    finish(mix(41, mix(prev as u64 + 1, prev2 as u64 + 1)))
}

/// The feature of the previous label alone (the same for every word).
fn prev_label_feature(prev: u8) -> u32 {
    finish(mix(40, prev as u64 + 1))
}

/// The features of the previous label, alone and with the word.
fn prev_label_features(ws: &[Word], i: usize, prev: u8, out: &mut Vec<u32>) {
    out.push(prev_label_feature(prev));
    word_label_features(ws, i, prev, out);
}

/// The features of the previous label with the word.
fn word_label_features(ws: &[Word], i: usize, prev: u8, out: &mut Vec<u32>) {
    let w = &ws[i];
    let p = prev as u64 + 1;
    out.push(finish(mix(42, mix(p, w.shape))));
    out.push(finish(mix(43, mix(p, w.fold))));
    out.push(finish(mix(44, mix(p, w.upos))));
}

/// The scores of the label-history features that do not depend on the word: the two
/// previous labels together, and the previous label alone. A tagger computes them once when
/// it is built; training, whose weights change after every sentence, once per sentence.
#[derive(Clone, Debug)]
pub(crate) struct HistoryScores {
    /// `pair[c][p]`: labels `c` at i-1 and `p` at i-2.
    pair: [[[f32; N]; N]; N],
    /// `prev[c]`: label `c` at i-1.
    prev: [[f32; N]; N],
}

impl HistoryScores {
    pub(crate) fn new(score: impl Fn(&[u32]) -> [f32; N]) -> HistoryScores {
        let mut pair = [[[0f32; N]; N]; N];
        for (c, row) in pair.iter_mut().enumerate() {
            for (p, x) in row.iter_mut().enumerate() {
                *x = score(&[label_pair_feature(c as u8, p as u8)]);
            }
        }
        let mut prev = [[0f32; N]; N];
        for (c, x) in prev.iter_mut().enumerate() {
            *x = score(&[prev_label_feature(c as u8)]);
        }
        HistoryScores { pair, prev }
    }
}

/// The scores of a feature list under quantized weights (before their scale: whole numbers).
fn score_rows(weights: &FxHashMap<u32, [i16; N]>, feats: &[u32]) -> [f32; N] {
    let mut s = [0f32; N];
    for f in feats {
        if let Some(row) = weights.get(f) {
            for (x, &w) in s.iter_mut().zip(row) {
                *x += w as f32;
            }
        }
    }
    s
}

/// The best label sequence under the BIO constraint, with the features of the two previous
/// labels (a second-order Viterbi search); `score` gives the scores of a feature list, and
/// `hist` the scores of the label-history features that do not depend on the word (made with
/// the same `score`). Weights are whole numbers, so the sums do not depend on the order in
/// which features are added.
fn viterbi(
    ws: &[Word],
    statics: &[Vec<u32>],
    hist: &HistoryScores,
    score: impl Fn(&[u32]) -> [f32; N],
) -> Vec<u8> {
    let n = ws.len();
    if n == 0 {
        return Vec::new();
    }
    const NEG: f32 = f32::NEG_INFINITY;
    // delta[p][c]: best score with labels p at i-1 and c at i (before 0, labels are O)
    let mut delta = [[NEG; N]; N];
    let mut back: Vec<[[u8; N]; N]> = Vec::with_capacity(n);
    let mut feats = Vec::with_capacity(8);
    let pair = &hist.pair;
    for (i, st) in statics.iter().enumerate().take(n) {
        let base = score(st);
        let mut next = [[NEG; N]; N];
        let mut bp = [[0u8; N]; N];
        for c in 0..N {
            // states (p, c) reachable at i-1; at i = 0 only (O, O)
            if i == 0 && c != 0 {
                continue;
            }
            if i > 0 && (0..N).all(|p| delta[p][c] == NEG) {
                continue;
            }
            feats.clear();
            word_label_features(ws, i, c as u8, &mut feats);
            let mut prev_s = score(&feats);
            for (x, a) in prev_s.iter_mut().zip(&hist.prev[c]) {
                *x += a;
            }
            for p in 0..N {
                let d = if i == 0 {
                    if p != 0 {
                        continue;
                    }
                    0.0
                } else {
                    delta[p][c]
                };
                if d == NEG {
                    continue;
                }
                let mut dyn_s = [0f32; N];
                for ((x, a), b) in dyn_s.iter_mut().zip(&pair[c][p]).zip(&prev_s) {
                    *x = a + b;
                }
                for l in 0..N {
                    if !allowed(c as u8, l as u8) {
                        continue;
                    }
                    let v = d + base[l] + dyn_s[l];
                    if v > next[c][l] {
                        next[c][l] = v;
                        bp[c][l] = p as u8;
                    }
                }
            }
        }
        delta = next;
        back.push(bp);
    }
    let (mut c, mut l) = (0usize, 0usize);
    let mut best = NEG;
    for (p, row) in delta.iter().enumerate() {
        for (q, &v) in row.iter().enumerate() {
            if v > best {
                best = v;
                c = p;
                l = q;
            }
        }
    }
    let mut out = vec![0u8; n];
    for i in (0..n).rev() {
        out[i] = l as u8;
        let p = back[i][c][l] as usize;
        l = c;
        c = p;
    }
    out
}

// ---------------------------------------------------------------------------------------
// document-level consistency

/// The document steps [`EntityTagger::tag_doc`] runs by default: first each sentence's
/// names are repaired ([`repair`]: institutions' runs, titles, common words, the gazetteer's
/// types), then the
/// document is made consistent ([`consistent`]).
pub const DOC_PASS: u8 =
    DOC_CONSISTENT | DOC_TITLES | DOC_COMMON | DOC_GAZ_TYPES | DOC_ORG_RUNS | DOC_ORG_PARTS;
/// The steps of [`consistent`] alone, without [`repair`]: what the first model of `acta train
/// entities` labels the silver sentences with (the repairs there changed the silver labels and
/// helped neither the dev half nor MEANTIME's held-out half; see docs/models.md).
pub const DOC_CONSISTENT: u8 = DOC_TYPES | DOC_SPREAD | DOC_PARTS;
/// A name tagged with different types in one document takes its most frequent type.
pub const DOC_TYPES: u8 = 1;
/// A name tagged somewhere in the document is a name wherever the same words stand untagged.
pub const DOC_SPREAD: u8 = 2;
/// The first and last words of a person's full name are that person alone ("Ben Goodger" ...
/// "Ben").
pub const DOC_PARTS: u8 = 4;
/// A person's name does not begin with a title nor run on through "of" into an
/// organisation's name ([`repair`]).
pub const DOC_TITLES: u8 = 8;
/// A capitalized common word alone is not a name unless the gazetteer knows it ([`repair`]).
pub const DOC_COMMON: u8 = 16;
/// A name the gazetteer knows as one type only takes that type ([`repair`]).
pub const DOC_GAZ_TYPES: u8 = 32;
/// A run of capitalized words ending in an institution's head word is one organisation
/// ([`repair`], [`org_runs`]).
pub const DOC_ORG_RUNS: u8 = 64;
/// An organisation's name before its head word is that organisation elsewhere in the document
/// ("the Mozilla Foundation" ... "Mozilla"; [`consistent`]), and an acronym in brackets right
/// after an organisation's name is that organisation ("World Conservation Union ( IUCN )";
/// [`repair`]).
pub const DOC_ORG_PARTS: u8 = 128;

/// Makes a document's labels consistent (the steps named by `steps`): what the tagger decided
/// about a name in one sentence holds for the same name elsewhere. A name is its words as
/// written (case counts); only names whose first word is capitalized spread, never to words
/// written lowercase elsewhere in the document, nor into a run of proper nouns that would make
/// a longer name.
pub fn consistent(sents: &[(Vec<&str>, Vec<&str>)], labels: &mut [Vec<u8>], steps: u8) {
    if steps == 0 {
        return;
    }
    let spans: Vec<(usize, NerSpan)> = labels
        .iter()
        .enumerate()
        .flat_map(|(i, l)| spans_of(l).into_iter().map(move |s| (i, s)))
        .collect();
    let key = |i: usize, s: &NerSpan| sents[i].0[s.start..s.end].join(" ");
    // counts of each type per name
    let mut counts: std::collections::BTreeMap<String, [usize; 3]> = Default::default();
    for (i, s) in &spans {
        counts.entry(key(*i, s)).or_default()[s.kind as usize] += 1;
    }
    let majority = |c: &[usize; 3]| -> Option<NerKind> {
        let best = (0..3).max_by_key(|&k| (c[k], std::cmp::Reverse(k)))?;
        (0..3)
            .all(|k| k == best || c[k] < c[best])
            .then_some([NerKind::Per, NerKind::Org, NerKind::Loc][best])
    };
    let write = |l: &mut [u8], start: usize, end: usize, kind: NerKind| {
        write_span(l, NerSpan { start, end, kind })
    };
    if steps & DOC_TYPES != 0 {
        for (i, s) in &spans {
            if let Some(k) = counts.get(&key(*i, s)).and_then(majority) {
                if k != s.kind {
                    write(&mut labels[*i], s.start, s.end, k);
                }
            }
        }
    }
    // names to spread: the tagged names of one type, and the parts of persons' full names
    let mut names: std::collections::BTreeMap<Vec<&str>, Option<NerKind>> = Default::default();
    if steps & DOC_SPREAD != 0 {
        for (i, s) in &spans {
            let k = counts.get(&key(*i, s)).and_then(majority);
            let words = sents[*i].0[s.start..s.end].to_vec();
            let e = names.entry(words).or_insert(k);
            if *e != k {
                *e = None;
            }
        }
    }
    if steps & DOC_PARTS != 0 {
        for (i, s) in spans.iter().filter(|(_, s)| s.kind == NerKind::Per) {
            if s.end - s.start < 2 {
                continue;
            }
            for p in [s.start, s.end - 1] {
                let w = sents[*i].0[p];
                if w.chars().count() < 2 || w.ends_with('.') {
                    continue;
                }
                let e = names.entry(vec![w]).or_insert(Some(NerKind::Per));
                if *e != Some(NerKind::Per) {
                    *e = None;
                }
            }
        }
    }
    if names.is_empty() {
        return;
    }
    // words written lowercase somewhere in the document are common words
    let lower: std::collections::BTreeSet<&str> = sents
        .iter()
        .flat_map(|(w, _)| w.iter().copied())
        .filter(|w| cap_class(w) == 0)
        .collect();
    for (i, (words, upos)) in sents.iter().enumerate() {
        let n = words.len();
        let mut p = 0;
        while p < n {
            let mut best: Option<(usize, NerKind)> = None;
            for (name, kind) in names.range(vec![words[p]]..) {
                if name[0] != words[p] {
                    break;
                }
                let Some(kind) = *kind else { continue };
                let e = p + name.len();
                if e > n
                    || words[p..e] != name[..]
                    || labels[i][p..e].iter().any(|&l| l != 0)
                    || !matches!(cap_class(name[0]), 1 | 2)
                    || name
                        .iter()
                        .any(|w| lower.contains(w.to_lowercase().as_str()))
                {
                    continue;
                }
                let propn = |k: usize| upos.get(k).is_some_and(|&u| u == "PROPN");
                if (p > 0 && propn(p - 1)) || propn(e) {
                    continue;
                }
                if best.is_none_or(|b| e > b.0) {
                    best = Some((e, kind));
                }
            }
            match best {
                Some((e, kind)) => {
                    write(&mut labels[i], p, e, kind);
                    p = e;
                }
                None => p += 1,
            }
        }
    }
}

// ---------------------------------------------------------------------------------------
// span repair

/// Lowercase words of running English (`data/gazetteer/common_words.txt`, shared with the
/// places gazetteer).
fn common_words() -> &'static std::collections::HashSet<&'static str> {
    static SET: std::sync::OnceLock<std::collections::HashSet<&'static str>> =
        std::sync::OnceLock::new();
    SET.get_or_init(|| {
        crate::places::gazetteer::COMMON_WORDS
            .lines()
            .map(str::trim)
            .filter(|w| !w.is_empty() && !w.starts_with('#'))
            .collect()
    })
}

/// A title before a person's name: [`train::is_title`]'s words and two that only text
/// (not the training conversions) has needed ("Doctor Hank", "Drs. Ali").
fn leading_title(w: &str) -> bool {
    train::is_title(w)
        || matches!(
            w.trim_end_matches('.').to_lowercase().as_str(),
            "doctor" | "drs"
        )
}

/// Head words of institutions' names, a stricter list than [`ORG_HEADS`] (no "Times",
/// "Office", "News", "Bank": heads that also end places' and products' names, or stand alone
/// as common words of a title): a run of capitalized words ending in one is the institution's
/// whole name ("International Atomic Energy Agency", "Israeli Defense Forces").
const INSTITUTION_HEADS: &[&str] = &[
    "agency",
    "authority",
    "committee",
    "commission",
    "council",
    "department",
    "ministry",
    "university",
    "college",
    "institute",
    "party",
    "forces",
    "army",
    "corporation",
    "corp",
    "inc",
    "ltd",
    "llc",
    "plc",
    "company",
    "association",
    "foundation",
    "federation",
    "organization",
    "organisation",
    "court",
    "center",
    "centre",
    "bureau",
    "league",
    "society",
    "alliance",
    "coalition",
    "group",
    "brigades",
    "industries",
    "laboratories",
    "airlines",
    "airways",
];

/// Head words of firms' names that [`ORG_HEADS`] (a model feature, fixed with the model)
/// lacks: the analysts' and advisers' firms that news quotes ("Pharo Management",
/// "Hollis Lane Securities").
const FIRM_HEADS: &[&str] = &[
    "management",
    "capital",
    "securities",
    "research",
    "advisors",
    "advisers",
    "advisory",
    "investments",
    "investors",
    "associates",
    "consulting",
    "consultants",
    "economics",
    "markets",
    "financial",
];

/// Where a person's span runs on through "of" into an organisation's name ("Mark Dow of
/// Pharo Management", "Ann Lee of Hollis Lane Securities"): the index of that "of" when a
/// name of two or more capitalized words stands before it and a run of capitalized words
/// ending in an organisation's head word after it. The person is what comes before; the rest
/// is the organisation ([`DOC_TITLES`] in [`repair`]).
fn person_of_firm(ws: &[&str]) -> Option<usize> {
    let of = ws.iter().position(|w| *w == "of")?;
    let cap = |w: &&str| w.chars().next().is_some_and(char::is_uppercase);
    let (person, org) = (&ws[..of], &ws[of + 1..]);
    let last = org.last()?.trim_end_matches('.').to_lowercase();
    (person.len() >= 2
        && person.iter().all(cap)
        && org.len() >= 2
        && org.iter().all(|w| cap(w) || *w == "&")
        && (ORG_HEADS.contains(&last.as_str())
            || INSTITUTION_HEADS.contains(&last.as_str())
            || FIRM_HEADS.contains(&last.as_str())))
    .then_some(of)
}

/// [`DOC_ORG_RUNS`]: a run of capitalized words ("of", "&", "and", "for", "-" inside) that
/// holds an institution's head word ([`INSTITUTION_HEADS`]) is one organisation from its
/// first word (leading determiners, a sentence-initial common word and a connector after it left out) to its last
/// head word, or to the run's end when "of"/"for" follows that head ("Housing Authority of
/// New Orleans"), when it has two words or more, the tagger's names inside it are all
/// organisations or places, none crosses its edges and the head word is not tagged as a
/// place's ("Moscone Center", a venue): "International Atomic Energy Agency" (tagged "Energy
/// Agency"), "Israeli Defense Forces" (untagged), "US National Hurricane Center" (tagged
/// "US"). A name the gazetteer holds as a place only, and sentences in title case (a
/// headline, where every run is capitalized), are left alone.
fn org_runs(words: &[&str], labels: &mut [u8], gaz: &Gazetteer) {
    let n = words.len();
    let caps: Vec<u8> = words.iter().map(|w| cap_class(w)).collect();
    let letters: Vec<u8> = caps.iter().copied().filter(|&c| c < 3).collect();
    if letters.len() >= 3 {
        let title = letters.iter().filter(|&&c| c >= 1).count();
        if title * 10 > letters.len() * 7 {
            return;
        }
    }
    let is_cap = |k: usize| matches!(caps[k], 1 | 2);
    let conn = |k: usize| {
        matches!(
            words[k].to_lowercase().as_str(),
            "of" | "&" | "-" | "for" | "and"
        )
    };
    let head = |k: usize| {
        is_cap(k) && INSTITUTION_HEADS.contains(&words[k].to_lowercase().trim_end_matches('.'))
    };
    let mut k = 0;
    while k < n {
        if !is_cap(k) {
            k += 1;
            continue;
        }
        // the run k..e: capitalized words, connectors between them
        let mut e = k + 1;
        loop {
            if e < n && is_cap(e) {
                e += 1;
            } else if e + 1 < n && conn(e) && is_cap(e + 1) {
                e += 2;
            } else {
                break;
            }
        }
        let run_end = e;
        // the last head word in the run: the name ends there ...
        let Some(h) = (k..run_end).rev().find(|&j| head(j)) else {
            k = run_end;
            continue;
        };
        let mut s = k;
        while s < h {
            let w = words[s].to_lowercase();
            // a connector left first by a dropped word is no part of the name ("Shares of
            // American International Group": not "of American International Group")
            let lead = conn(s)
                || matches!(w.as_str(), "the" | "a" | "an" | "this" | "that")
                || (s == 0
                    && caps[s] == 1
                    && common_words().contains(w.as_str())
                    && gaz.matches(&words[s..s + 1]).is_empty());
            if lead {
                s += 1;
            } else {
                break;
            }
        }
        // ... or after an "of" tail that follows the head ("Housing Authority of New
        // Orleans", "Department of Housing and Urban Development")
        let tail = h + 2 < run_end && matches!(words[h + 1].to_lowercase().as_str(), "of" | "for");
        let end = if tail { run_end } else { h + 1 };
        k = run_end;
        if end - s < 2 {
            continue;
        }
        // the tagger's names touching the run: inside it, organisations or places only
        let inside = spans_of(labels);
        let touching: Vec<&NerSpan> = inside
            .iter()
            .filter(|x| x.start < end && s < x.end)
            .collect();
        // ... and the head word itself is no place's ("Moscone Center", a venue)
        if touching.iter().any(|x| {
            x.start < s
                || x.end > end
                || x.kind == NerKind::Per
                || (x.start <= h && x.end == h + 1 && x.kind == NerKind::Loc)
        }) {
            continue;
        }
        if let [m] = gaz.matches(&words[s..end]).as_slice() {
            if m.start == 0 && m.end == end - s && m.has(GazKind::Place) && !m.has(GazKind::Org) {
                continue;
            }
        }
        write_span(
            labels,
            NerSpan {
                start: s,
                end,
                kind: NerKind::Org,
            },
        );
    }
}

/// An acronym: 2 to 10 characters, letters (at least two, all capitals), digits, "&", ".".
fn acronym(w: &str) -> bool {
    let n = w.chars().count();
    (2..=10).contains(&n)
        && w.chars().filter(|c| c.is_uppercase()).count() >= 2
        && w.chars()
            .all(|c| c.is_uppercase() || c.is_ascii_digit() || matches!(c, '&' | '.'))
}

/// [`DOC_ORG_PARTS`], in a sentence: an acronym in brackets right after an organisation's
/// name is that organisation ("the World Conservation Union ( IUCN )", "Housing Authority of
/// New Orleans ( HANO )"), whatever the tagger made of it; the document pass then spreads it.
fn bracketed_acronyms(words: &[&str], labels: &mut [u8]) {
    for x in spans_of(labels) {
        let (b, a, c) = (x.end, x.end + 1, x.end + 2);
        if x.kind != NerKind::Org
            || c >= words.len()
            || !matches!(words[b], "(" | "[")
            || !matches!(words[c], ")" | "]")
            || !acronym(words[a])
            || labels[b] != 0
            || labels[c] != 0
        {
            continue;
        }
        write_span(
            labels,
            NerSpan {
                start: a,
                end: a + 1,
                kind: NerKind::Org,
            },
        );
    }
}

/// Head words after which an organisation's name, cut before them, still names it alone
/// elsewhere ("the Mozilla Foundation" ... "Mozilla", "Enron Corp." ... "Enron"): companies'
/// and foundations' heads, not governments' ("the State Department" ... "State").
const PART_HEADS: &[&str] = &[
    "inc",
    "corp",
    "corporation",
    "co",
    "company",
    "ltd",
    "llc",
    "plc",
    "group",
    "foundation",
    "holdings",
    "industries",
    "enterprises",
    "technologies",
    "systems",
    "communications",
    "pharmaceuticals",
    "laboratories",
    "labs",
    "motors",
    "airlines",
    "airways",
    "university",
];

/// [`DOC_ORG_PARTS`], over a document: the words of an organisation's name before its head
/// word ([`PART_HEADS`]), and the first of them, are that organisation where they stand
/// untagged elsewhere in the document ("Mozilla" of "the Mozilla Foundation"; "Enron Broadband
/// Services" and "Enron" of "Enron Broadband Services Inc"), as the first and last words of a
/// person's full name are that person. Not a part that the gazetteer knows as a place or a
/// nationality ("Kenya" of "Kenya Airways"), a single word that is a given name ("Morgan" of
/// "Morgan Stanley Group"), common in English ("General" of "General Motors Corp") or written
/// lowercase in the document, a part tagged elsewhere as another type or that begins two
/// different names ("Apple Inc.", "Apple Corps"), nor into a longer run of proper nouns.
fn org_parts(sents: &[(Vec<&str>, Vec<&str>)], labels: &mut [Vec<u8>], gaz: &Gazetteer) {
    let lower: std::collections::BTreeSet<String> = sents
        .iter()
        .flat_map(|(w, _)| w.iter().copied())
        .filter(|w| cap_class(w) == 0)
        .map(str::to_lowercase)
        .collect();
    let ok = |part: &[&str]| -> bool {
        if part.is_empty()
            || !part.iter().all(|w| matches!(cap_class(w), 1 | 2))
            || part.iter().any(|w| lower.contains(&w.to_lowercase()))
        {
            return false;
        }
        if part.len() == 1
            && (part[0].chars().count() < 3
                || common_words().contains(part[0].to_lowercase().as_str()))
        {
            return false;
        }
        let m = gaz.matches(part);
        !m.iter().any(|m| {
            m.start == 0
                && m.end == part.len()
                && (m.has(GazKind::Place)
                    || m.has(GazKind::Nationality)
                    || (part.len() == 1 && m.has(GazKind::GivenName)))
        })
    };
    let mut parts: std::collections::BTreeSet<Vec<&str>> = Default::default();
    let mut tagged: std::collections::BTreeMap<Vec<&str>, NerKind> = Default::default();
    for (i, l) in labels.iter().enumerate() {
        for x in spans_of(l) {
            let ws = &sents[i].0[x.start..x.end];
            tagged.insert(ws.to_vec(), x.kind);
            if x.kind != NerKind::Org || ws.len() < 2 {
                continue;
            }
            let last = ws[ws.len() - 1].to_lowercase();
            if !PART_HEADS.contains(&last.trim_end_matches('.')) {
                continue;
            }
            let mut stem = &ws[..ws.len() - 1];
            while let Some((f, rest)) = stem.split_first() {
                if matches!(f.to_lowercase().as_str(), "the" | "a" | "an") {
                    stem = rest;
                } else {
                    break;
                }
            }
            while let Some((l, rest)) = stem.split_last() {
                if matches!(*l, "," | "-" | "&" | "and" | "of") {
                    stem = rest;
                } else {
                    break;
                }
            }
            if ok(stem) {
                parts.insert(stem.to_vec());
            }
            if stem.len() >= 2 && ok(&stem[..1]) {
                parts.insert(stem[..1].to_vec());
            }
        }
    }
    // a part tagged elsewhere as something other than an organisation stays as it is, and
    // so does a part that begins two different names ("Apple" of "Apple Inc." and "Apple
    // Corps": which one a bare "Apple" is, the document must say)
    parts.retain(|p| {
        tagged.get(p).is_none_or(|&k| k == NerKind::Org)
            && tagged
                .keys()
                .filter(|t| t.len() > p.len() && t.starts_with(p))
                .count()
                < 2
    });
    if parts.is_empty() {
        return;
    }
    for (i, (words, upos)) in sents.iter().enumerate() {
        let n = words.len();
        let mut p = 0;
        while p < n {
            let mut best = None;
            for part in parts.range(vec![words[p]]..) {
                if part[0] != words[p] {
                    break;
                }
                let e = p + part.len();
                if e > n || words[p..e] != part[..] || labels[i][p..e].iter().any(|&l| l != 0) {
                    continue;
                }
                let propn = |k: usize| upos.get(k).is_some_and(|&u| u == "PROPN");
                if (p > 0 && propn(p - 1)) || propn(e) {
                    continue;
                }
                if best.is_none_or(|b| e > b) {
                    best = Some(e);
                }
            }
            match best {
                Some(e) => {
                    write_span(
                        &mut labels[i],
                        NerSpan {
                            start: p,
                            end: e,
                            kind: NerKind::Org,
                        },
                    );
                    p = e;
                }
                None => p += 1,
            }
        }
    }
}

/// Repairs a sentence's names where the tagger's output breaks Universal NER's conventions
/// in ways its features cannot see (the steps named by `steps`, bits of [`DOC_PASS`]):
/// - [`DOC_TITLES`]: a person's name loses its leading titles ("Dr Mcdonald" → "Mcdonald",
///   "President Mahmoud Abbas" → "Mahmoud Abbas"); a title alone is left to the next step.
///   A person's name that runs on through "of" into a firm's ("Mark Dow of Pharo
///   Management") is cut there: the person, then the organisation ([`person_of_firm`]).
/// - [`DOC_COMMON`]: a name of one capitalized word that is a common lowercase word of
///   English ("Delivery is lightning fast", "the City", "President") is not a name unless
///   the gazetteer knows the word as one ("Bill", "Cook", "Jobs" stay: given names,
///   surnames, places, organisations).
/// - [`DOC_ORG_RUNS`] (first): a run of capitalized words holding an institution's head word
///   ("Agency", "Committee", "Forces", "Inc") is one organisation ([`org_runs`]):
///   "International Atomic Energy Agency", not "Energy Agency"; "Israeli Defense Forces".
/// - [`DOC_GAZ_TYPES`]: a name of two or more words that the gazetteer holds, as a whole, as
///   exactly one of person, organisation and place takes that type ("West Bank" and "North
///   Korea" are places, "Exxon Mobil" an organisation). Single words are left to the tagger:
///   too many are several things ("Jordan", "Washington").
pub fn repair(words: &[&str], labels: &mut [u8], gaz: &Gazetteer, steps: u8) {
    if steps & DOC_ORG_RUNS != 0 {
        org_runs(words, labels, gaz);
    }
    if steps & DOC_ORG_PARTS != 0 {
        bracketed_acronyms(words, labels);
    }
    for s in spans_of(labels) {
        let ws = &words[s.start..s.end];
        let mut start = s.start;
        if steps & DOC_TITLES != 0 && s.kind == NerKind::Per && ws.len() >= 2 {
            let t = ws.iter().take_while(|w| leading_title(w)).count();
            if t > 0 && t < ws.len() {
                labels[s.start..s.start + t].fill(0);
                start = s.start + t;
                write_span(
                    labels,
                    NerSpan {
                        start,
                        end: s.end,
                        kind: s.kind,
                    },
                );
            }
        }
        if steps & DOC_TITLES != 0 && s.kind == NerKind::Per {
            if let Some(of) = person_of_firm(&words[start..s.end]) {
                labels[start + of] = 0;
                write_span(
                    labels,
                    NerSpan {
                        start,
                        end: start + of,
                        kind: NerKind::Per,
                    },
                );
                write_span(
                    labels,
                    NerSpan {
                        start: start + of + 1,
                        end: s.end,
                        kind: NerKind::Org,
                    },
                );
                continue;
            }
        }
        if start > s.start {
            continue;
        }
        if steps & DOC_COMMON != 0
            && ws.len() == 1
            && cap_class(ws[0]) == 1
            && common_words().contains(ws[0].to_lowercase().as_str())
            && gaz.matches(ws).is_empty()
        {
            labels[s.start] = 0;
            continue;
        }
        if steps & DOC_GAZ_TYPES != 0 && ws.len() >= 2 {
            if let [m] = gaz.matches(ws).as_slice() {
                let kinds: Vec<NerKind> = [
                    (GazKind::Person, NerKind::Per),
                    (GazKind::Org, NerKind::Org),
                    (GazKind::Place, NerKind::Loc),
                ]
                .into_iter()
                .filter(|(g, _)| m.has(*g))
                .map(|(_, k)| k)
                .collect();
                if let (0, true, [k]) = (m.start, m.end == ws.len(), kinds.as_slice()) {
                    if *k != s.kind {
                        write_span(
                            labels,
                            NerSpan {
                                start: s.start,
                                end: s.end,
                                kind: *k,
                            },
                        );
                    }
                }
            }
        }
    }
}

// ---------------------------------------------------------------------------------------
// the model

/// A trained tagger: weights and its gazetteer. Immutable; share it.
#[derive(Clone, Debug)]
pub struct EntityTagger {
    weights: FxHashMap<u32, [i16; N]>,
    scale: f32,
    pub gazetteer: Gazetteer,
    /// Which document-level steps [`EntityTagger::tag_doc`] runs (bits of [`consistent`]).
    pub doc_pass: u8,
    /// The label-history scores of `weights` ([`EntityTagger::new`]).
    hist: HistoryScores,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NerModelError(pub String);

impl std::fmt::Display for NerModelError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "entity model: {}", self.0)
    }
}

impl std::error::Error for NerModelError {}

#[cfg(acta_embedded_ner)]
static EMBEDDED: &[u8] = include_bytes!("../../../../data/models/entities/ner.bin.zst");

impl EntityTagger {
    /// The model shipped in `data/models/entities/`, compiled into the binary.
    pub fn embedded() -> Result<EntityTagger, NerModelError> {
        #[cfg(acta_embedded_ner)]
        {
            EntityTagger::from_bytes(EMBEDDED)
        }
        #[cfg(not(acta_embedded_ner))]
        {
            Err(NerModelError(
                "this build has no embedded entity model (data/models/entities/ner.bin.zst was missing when it was compiled)".into(),
            ))
        }
    }

    /// A tagger from its quantized weights, their scale, its gazetteer and document pass.
    pub(crate) fn new(
        weights: FxHashMap<u32, [i16; N]>,
        scale: f32,
        gazetteer: Gazetteer,
        doc_pass: u8,
    ) -> EntityTagger {
        let hist = HistoryScores::new(|feats| score_rows(&weights, feats));
        EntityTagger {
            weights,
            scale,
            gazetteer,
            doc_pass,
            hist,
        }
    }

    /// Labels (indexes into [`LABELS`]) for a sentence's words, given their UPOS tags: the
    /// best sequence under the BIO constraint ([`viterbi`]).
    pub fn tag(&self, words: &[&str], upos: &[&str]) -> Vec<u8> {
        let ws = words_of(words, upos, &self.gazetteer);
        let statics: Vec<Vec<u32>> = (0..ws.len())
            .map(|i| {
                let mut f = Vec::with_capacity(40);
                static_features(&ws, i, &mut f);
                f
            })
            .collect();
        viterbi(&ws, &statics, &self.hist, |feats| {
            score_rows(&self.weights, feats)
        })
    }

    /// The entity spans of a sentence.
    pub fn spans(&self, words: &[&str], upos: &[&str]) -> Vec<NerSpan> {
        spans_of(&self.tag(words, upos))
    }

    /// Labels for every sentence of a document (words and UPOS per sentence): each sentence
    /// tagged on its own, then made consistent across the document ([`consistent`]).
    pub fn tag_doc(&self, sents: &[(Vec<&str>, Vec<&str>)]) -> Vec<Vec<u8>> {
        let mut labels: Vec<Vec<u8>> = sents.iter().map(|(w, u)| self.tag(w, u)).collect();
        if self.doc_pass & (DOC_TITLES | DOC_COMMON | DOC_GAZ_TYPES | DOC_ORG_RUNS | DOC_ORG_PARTS)
            != 0
        {
            for ((w, _), l) in sents.iter().zip(labels.iter_mut()) {
                repair(w, l, &self.gazetteer, self.doc_pass);
            }
        }
        consistent(sents, &mut labels, self.doc_pass);
        if self.doc_pass & DOC_ORG_PARTS != 0 {
            org_parts(sents, &mut labels, &self.gazetteer);
        }
        labels
    }

    /// The entity spans of every sentence of a document.
    pub fn spans_doc(&self, sents: &[(Vec<&str>, Vec<&str>)]) -> Vec<Vec<NerSpan>> {
        self.tag_doc(sents).iter().map(|l| spans_of(l)).collect()
    }

    /// One tagger whose weights are the mean of `members`' weights (each read back through
    /// its own quantization scale, then quantized again on the mean's scale). Scores are
    /// linear in the weights, so the mean tagger scores every label sequence with the mean
    /// of the members' scores: a score ensemble at the cost of one model when tagging. The
    /// members must be trained with the same gazetteer: feature keys are hashes of feature
    /// strings and the classes are [`LABELS`], so rows line up by key without remapping,
    /// and a feature a member lacks counts as zero there. The result keeps the first
    /// member's document pass; an empty list or different gazetteers are an error.
    pub fn average(members: &[EntityTagger]) -> Result<EntityTagger, NerModelError> {
        let first = members
            .first()
            .ok_or_else(|| NerModelError("no models to average".into()))?;
        let gaz = first.gazetteer.to_text();
        if members[1..]
            .iter()
            .any(|m| m.gazetteer.len() != first.gazetteer.len() || m.gazetteer.to_text() != gaz)
        {
            return Err(NerModelError(
                "models trained with different gazetteers cannot be averaged".into(),
            ));
        }
        let k = members.len() as f64;
        let mut sum: FxHashMap<u32, [f64; N]> = FxHashMap::default();
        for m in members {
            for (&key, row) in &m.weights {
                let acc = sum.entry(key).or_insert([0.0; N]);
                for (a, &w) in acc.iter_mut().zip(row) {
                    *a += w as f64 * m.scale as f64 / k;
                }
            }
        }
        let max = sum
            .values()
            .flat_map(|a| a.iter())
            .fold(0f64, |m, x| m.max(x.abs()));
        let scale = if max > 0.0 { max / 32767.0 } else { 1.0 };
        let mut weights = FxHashMap::default();
        weights.reserve(sum.len());
        for (key, a) in sum {
            let q: [i16; N] = a.map(|x| (x / scale).round().clamp(-32767.0, 32767.0) as i16);
            if q.iter().any(|&x| x != 0) {
                weights.insert(key, q);
            }
        }
        Ok(EntityTagger::new(
            weights,
            scale as f32,
            first.gazetteer.clone(),
            first.doc_pass,
        ))
    }

    /// Number of feature rows.
    pub fn features(&self) -> usize {
        self.weights.len()
    }

    /// The model file's bytes (zstd-compressed); the same model always gives the same bytes.
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut b: Vec<u8> = Vec::new();
        b.extend_from_slice(MAGIC);
        b.extend_from_slice(&self.scale.to_le_bytes());
        let mut keys: Vec<u32> = self.weights.keys().copied().collect();
        keys.sort_unstable();
        b.extend_from_slice(&(keys.len() as u32).to_le_bytes());
        for k in keys {
            b.extend_from_slice(&k.to_le_bytes());
            for w in self.weights[&k] {
                b.extend_from_slice(&w.to_le_bytes());
            }
        }
        let gaz = self.gazetteer.to_text();
        b.extend_from_slice(&(gaz.len() as u32).to_le_bytes());
        b.extend_from_slice(gaz.as_bytes());
        zstd::encode_all(&b[..], 19).unwrap_or_default()
    }

    /// Reads a model file written by [`EntityTagger::to_bytes`].
    pub fn from_bytes(bytes: &[u8]) -> Result<EntityTagger, NerModelError> {
        let mut b = Vec::new();
        zstd::stream::read::Decoder::new(bytes)
            .and_then(|mut d| d.read_to_end(&mut b))
            .map_err(|e| NerModelError(format!("cannot decompress: {e}")))?;
        let bad = || NerModelError("truncated or not an entity model".into());
        if b.len() < 16 || &b[..8] != MAGIC {
            return Err(bad());
        }
        let u32_at = |p: usize| -> Result<u32, NerModelError> {
            b.get(p..p + 4)
                .map(|x| u32::from_le_bytes([x[0], x[1], x[2], x[3]]))
                .ok_or_else(bad)
        };
        let scale = f32::from_bits(u32_at(8)?);
        let n = u32_at(12)? as usize;
        let mut p = 16;
        let row = 4 + 2 * N;
        if b.len() < p + n * row {
            return Err(bad());
        }
        let mut weights = FxHashMap::default();
        weights.reserve(n);
        for _ in 0..n {
            let k = u32_at(p)?;
            let mut w = [0i16; N];
            for (c, x) in w.iter_mut().enumerate() {
                let q = p + 4 + 2 * c;
                *x = i16::from_le_bytes([b[q], b[q + 1]]);
            }
            weights.insert(k, w);
            p += row;
        }
        let len = u32_at(p)? as usize;
        let text = b
            .get(p + 4..p + 4 + len)
            .and_then(|t| std::str::from_utf8(t).ok())
            .ok_or_else(bad)?;
        Ok(EntityTagger::new(
            weights,
            scale,
            Gazetteer::from_text(text),
            DOC_PASS,
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spans_from_bio() {
        let l: Vec<u8> = [
            "B-PER", "I-PER", "O", "I-LOC", "B-ORG", "B-ORG", "I-ORG", "I-PER",
        ]
        .iter()
        .map(|s| label_id(s))
        .collect();
        let s: Vec<(usize, usize, &str)> = spans_of(&l)
            .iter()
            .map(|s| (s.start, s.end, s.kind.as_str()))
            .collect();
        assert_eq!(
            s,
            [
                (0, 2, "PER"),
                (3, 4, "LOC"),
                (4, 5, "ORG"),
                (5, 7, "ORG"),
                (7, 8, "PER")
            ]
        );
    }

    fn doc(text: &[&str]) -> Vec<(Vec<&'static str>, Vec<&'static str>)> {
        text.iter()
            .map(|t| {
                let w: Vec<&'static str> = t
                    .split(' ')
                    .map(|x| &*Box::leak(x.to_string().into_boxed_str()))
                    .collect();
                let u = w
                    .iter()
                    .map(|x| {
                        if x.starts_with(char::is_uppercase) {
                            "PROPN"
                        } else {
                            "NOUN"
                        }
                    })
                    .collect();
                (w, u)
            })
            .collect()
    }

    fn labels(s: &str) -> Vec<u8> {
        s.split(' ').map(label_id).collect()
    }

    /// `repair` on one sentence: its labels afterwards, as a string.
    fn repaired(sentence: &str, l: &str, gaz: &Gazetteer, steps: u8) -> String {
        let w: Vec<&str> = sentence.split(' ').collect();
        let mut l = labels(l);
        repair(&w, &mut l, gaz, steps);
        l.iter()
            .map(|&x| LABELS[x as usize])
            .collect::<Vec<_>>()
            .join(" ")
    }

    #[test]
    fn repair_cuts_titles_from_persons() {
        let g = Gazetteer::new();
        let r = |s: &str, l: &str| repaired(s, l, &g, DOC_TITLES);
        assert_eq!(r("Dr Mcdonald was great", "B-PER I-PER O O"), "O B-PER O O");
        assert_eq!(r("ask Doctor Hank", "O B-PER I-PER"), "O O B-PER");
        assert_eq!(r("Drs. Ali and Cole", "B-PER I-PER O O"), "O B-PER O O");
        assert_eq!(
            r("President Mahmoud Abbas spoke", "B-PER I-PER I-PER O"),
            "O B-PER I-PER O"
        );
        // not persons, or a title alone: unchanged
        assert_eq!(
            r("King Saud University", "B-ORG I-ORG I-ORG"),
            "B-ORG I-ORG I-ORG"
        );
        assert_eq!(r("the President said", "O B-PER O"), "O B-PER O");
        assert_eq!(r("Ben Goodger", "B-PER I-PER"), "B-PER I-PER");
    }

    #[test]
    fn repair_cuts_a_persons_firm_after_of() {
        let g = Gazetteer::new();
        let r = |s: &str, l: &str| repaired(s, l, &g, DOC_TITLES);
        assert_eq!(
            r(
                "Mark Dow of Pharo Management said",
                "B-PER I-PER I-PER I-PER I-PER O"
            ),
            "B-PER I-PER O B-ORG I-ORG O"
        );
        assert_eq!(
            r(
                "said Ann Lee of Hollis Lane Securities",
                "O B-PER I-PER I-PER I-PER I-PER I-PER"
            ),
            "O B-PER I-PER O B-ORG I-ORG I-ORG"
        );
        assert_eq!(
            r(
                "Ravi Das of Tata Consultancy Services",
                "B-PER I-PER I-PER I-PER I-PER I-PER"
            ),
            "B-PER I-PER O B-ORG I-ORG I-ORG"
        );
        // after a title cut from the front
        assert_eq!(
            r(
                "Dr Mark Dow of Pharo Management",
                "B-PER I-PER I-PER I-PER I-PER I-PER"
            ),
            "O B-PER I-PER O B-ORG I-ORG"
        );
        // a place after "of", one word before "of", or no firm's head word after it: unchanged
        assert_eq!(
            r("Anne Marie of Denmark", "B-PER I-PER I-PER I-PER"),
            "B-PER I-PER I-PER I-PER"
        );
        assert_eq!(
            r("Catherine of Aragon Castle", "B-PER I-PER I-PER I-PER"),
            "B-PER I-PER I-PER I-PER"
        );
        assert_eq!(
            r("Joan Smith of New York", "B-PER I-PER I-PER I-PER I-PER"),
            "B-PER I-PER I-PER I-PER I-PER"
        );
    }

    #[test]
    fn repair_drops_common_words_the_gazetteer_does_not_know() {
        let mut g = Gazetteer::new();
        g.add(GazKind::GivenName, "Bill");
        g.add(GazKind::Surname, "Jobs");
        let r = |s: &str, l: &str| repaired(s, l, &g, DOC_COMMON);
        assert_eq!(r("Delivery is fast", "B-LOC O O"), "O O O");
        assert_eq!(r("Dark , dark room", "B-PER O O O"), "O O O O");
        assert_eq!(r("best in the City !", "O O O B-LOC O"), "O O O O O");
        assert_eq!(r("the President said", "O B-PER O"), "O O O");
        // names the gazetteer knows, words that are not common, longer names, acronyms
        assert_eq!(r("Bill said so", "B-PER O O"), "B-PER O O");
        assert_eq!(r("said Jobs today", "O B-PER O"), "O B-PER O");
        assert_eq!(r("Zipdash was bought", "B-ORG O O"), "B-ORG O O");
        assert_eq!(r("Brain Dead", "B-PER I-PER"), "B-PER I-PER");
        assert_eq!(r("a DUI here", "O B-ORG O"), "O B-ORG O");
    }

    #[test]
    fn repair_gives_known_names_the_gazetteers_type() {
        let mut g = Gazetteer::new();
        g.add(GazKind::Place, "West Bank");
        g.add(GazKind::Place, "North Korea");
        g.add(GazKind::Org, "Exxon Mobil");
        g.add(GazKind::Place, "Jordan");
        g.add(GazKind::Place, "New Haven");
        g.add(GazKind::Org, "New Haven");
        let r = |s: &str, l: &str| repaired(s, l, &g, DOC_GAZ_TYPES);
        assert_eq!(
            r("the West Bank town", "O B-ORG I-ORG O"),
            "O B-LOC I-LOC O"
        );
        assert_eq!(r("North Korea said", "B-ORG I-ORG O"), "B-LOC I-LOC O");
        assert_eq!(r("Exxon Mobil rose", "B-PER I-PER O"), "B-ORG I-ORG O");
        // single words, names of two kinds, names only part of which is known: unchanged
        assert_eq!(r("Jordan scored", "B-PER O"), "B-PER O");
        assert_eq!(r("New Haven won", "B-ORG I-ORG O"), "B-ORG I-ORG O");
        assert_eq!(
            r("West Bank Barrier Authority", "B-ORG I-ORG I-ORG I-ORG"),
            "B-ORG I-ORG I-ORG I-ORG"
        );
    }

    #[test]
    fn repair_makes_a_run_ending_in_an_institutions_head_one_organisation() {
        let mut g = Gazetteer::new();
        g.add(GazKind::Place, "New Orleans");
        g.add(GazKind::Place, "Earls Court");
        let r = |s: &str, l: &str| repaired(s, l, &g, DOC_ORG_RUNS);
        // a part of the name tagged, or none of it
        assert_eq!(
            r(
                "approval of the International Atomic Energy Agency today",
                "O O O O O B-ORG I-ORG O"
            ),
            "O O O B-ORG I-ORG I-ORG I-ORG O"
        );
        assert_eq!(
            r("the Israeli Defense Forces have left", "O O O O O O"),
            "O B-ORG I-ORG I-ORG O O"
        );
        assert_eq!(
            r(
                "The US National Hurricane Center said the storm was dangerous",
                "O B-LOC O O O O O O O O"
            ),
            "O B-ORG I-ORG I-ORG I-ORG O O O O O"
        );
        assert_eq!(
            r(
                "The American - Arab Discrimination Committee is suing the two of them",
                "O O O O O O O O O O O O"
            ),
            "O B-ORG I-ORG I-ORG I-ORG I-ORG O O O O O O"
        );
        // an "of" tail after the head; a sentence-initial common word left out
        assert_eq!(
            r(
                "a complaint against the Housing Authority of New Orleans today",
                "O O O O B-ORG I-ORG O B-LOC I-LOC O"
            ),
            "O O O O B-ORG I-ORG I-ORG I-ORG I-ORG O"
        );
        assert_eq!(
            r(
                "Yesterday Defense Ministry officials said it was over",
                "O O O O O O O O"
            ),
            "O B-ORG I-ORG O O O O O"
        );
        // a connector after a dropped first word is dropped with it: a name begins with no
        // preposition
        assert_eq!(
            r(
                "Shares of American International Group fell sharply",
                "O O O O O O O"
            ),
            "O O B-ORG I-ORG I-ORG O O"
        );
        assert_eq!(
            r(
                "Members of Israeli Defense Forces crossed the border",
                "O O O O O O O O"
            ),
            "O O B-ORG I-ORG I-ORG O O O"
        );
        assert_eq!(
            r(
                "Workers for Kenya Power Company went on strike",
                "O O B-LOC O O O O O"
            ),
            "O O B-ORG I-ORG I-ORG O O O"
        );
        // ... but one inside the name stays ("Bank of America Corporation")
        assert_eq!(
            r(
                "Shares in Bank of America Corporation fell sharply",
                "O O B-ORG I-ORG I-ORG O O O"
            ),
            "O O B-ORG I-ORG I-ORG I-ORG O O"
        );
        // not: a person inside, a venue the tagger made a place, a head word alone or
        // lowercase, a known place, a headline in title case
        assert_eq!(
            r(
                "Bill Gates and Microsoft Corporation agreed to the deal",
                "B-PER I-PER O B-ORG I-ORG O O O O"
            ),
            "B-PER I-PER O B-ORG I-ORG O O O O"
        );
        assert_eq!(
            r("held at the Moscone Center in May", "O O O B-LOC I-LOC O O"),
            "O O O B-LOC I-LOC O O"
        );
        assert_eq!(r("the Party said so", "O O O O"), "O O O O");
        assert_eq!(r("the Israeli army said", "O O O O"), "O O O O");
        assert_eq!(r("a flat in Earls Court now", "O O O O O O"), "O O O O O O");
        assert_eq!(
            r(
                "Israeli Defense Forces Pull Out Of Gaza",
                "O O O O O O B-LOC"
            ),
            "O O O O O O B-LOC"
        );
    }

    #[test]
    fn repair_makes_a_bracketed_acronym_after_an_organisation_one() {
        let g = Gazetteer::new();
        let r = |s: &str, l: &str| repaired(s, l, &g, DOC_ORG_PARTS);
        assert_eq!(
            r(
                "according to the World Conservation Union ( IUCN ) , the species",
                "O O O B-ORG I-ORG I-ORG O O O O O O"
            ),
            "O O O B-ORG I-ORG I-ORG O B-ORG O O O O"
        );
        assert_eq!(
            r(
                "the Greater Fairfield Housing Council ( GFHC ) filed",
                "O B-ORG I-ORG I-ORG I-ORG O B-LOC O O"
            ),
            "O B-ORG I-ORG I-ORG I-ORG O B-ORG O O"
        );
        assert_eq!(
            r(
                "The Food and Drug Administration [ FDA ] approved it",
                "O B-ORG I-ORG I-ORG I-ORG O O O O O"
            ),
            "O B-ORG I-ORG I-ORG I-ORG O B-ORG O O O"
        );
        // not after a place or a person, nor a word that is no acronym
        assert_eq!(
            r(
                "fighting in the Democratic Republic of Congo ( DRC ) goes on",
                "O O O B-LOC I-LOC I-LOC I-LOC O O O O O"
            ),
            "O O O B-LOC I-LOC I-LOC I-LOC O O O O O"
        );
        assert_eq!(
            r(
                "a letter from Acme Corp ( sic ) came",
                "O O O B-ORG I-ORG O O O O"
            ),
            "O O O B-ORG I-ORG O O O O"
        );
    }

    #[test]
    fn document_pass_tags_an_organisations_name_without_its_head() {
        let mut g = Gazetteer::new();
        g.add(GazKind::Place, "Kenya");
        g.add(GazKind::GivenName, "Morgan");
        let tag = |text: &[&str], l: &[&str]| -> Vec<String> {
            let d = doc(text);
            let mut l: Vec<Vec<u8>> = l.iter().map(|x| labels(x)).collect();
            org_parts(&d, &mut l, &g);
            l.iter()
                .map(|x| {
                    x.iter()
                        .map(|&y| LABELS[y as usize])
                        .collect::<Vec<_>>()
                        .join(" ")
                })
                .collect()
        };
        // the name before the head, and its first word
        assert_eq!(
            tag(
                &["The Mozilla Foundation released it", "Mozilla says so"],
                &["O B-ORG I-ORG O O", "O O O"]
            )[1],
            "B-ORG O O"
        );
        assert_eq!(
            tag(
                &[
                    "He worked for Enron Broadband Services Inc in 2001",
                    "then Enron Broadband Services collapsed , and Enron too"
                ],
                &["O O O B-ORG I-ORG I-ORG I-ORG O O", "O O O O O O O O O"]
            )[1],
            "O B-ORG I-ORG I-ORG O O O B-ORG O"
        );
        assert_eq!(
            tag(
                &[
                    "Toyota Motor Corporation recalled cars",
                    "shares of Toyota rose"
                ],
                &["B-ORG I-ORG I-ORG O O", "O O O O"]
            )[1],
            "O O B-ORG O"
        );
        // not a place, a given name, a common word or a word written lowercase; not a name
        // tagged otherwise; not inside a longer run of proper nouns
        let t = tag(
            &[
                "Kenya Airways and Morgan Stanley Group and General Motors Corp said",
                "Kenya and Morgan and General and Motors replied",
            ],
            &[
                "B-ORG I-ORG O B-ORG I-ORG I-ORG O B-ORG I-ORG I-ORG O",
                "O O O O O O O O",
            ],
        );
        assert_eq!(t[1], "O O O O O O O O");
        let t = tag(
            &[
                "The Zipdash Group grew",
                "Zipdash is new",
                "the zipdash app",
            ],
            &["O B-ORG I-ORG O", "O O O", "O O O"],
        );
        assert_eq!(t[1], "O O O");
        let t = tag(
            &[
                "Apple Inc. settled with Apple Corps today",
                "Apple said it was pleased",
            ],
            &["B-ORG I-ORG O O B-ORG I-ORG O", "O O O O O"],
        );
        assert_eq!(t[1], "O O O O O");
        let t = tag(
            &["The Acme Group grew", "Acme is new", "Acme said"],
            &["O B-ORG I-ORG O", "O O O", "B-PER O"],
        );
        assert_eq!(t[1], "O O O");
    }

    #[test]
    fn document_pass_spreads_a_tagged_name_to_its_repetitions() {
        let d = doc(&[
            "Ben Goodger works on Firefox now",
            "I like Firefox and Ben",
            "We thank Ben",
        ]);
        let mut l = vec![
            labels("B-PER I-PER O O B-ORG O"),
            labels("O O O O O"),
            labels("O O O"),
        ];
        consistent(&d, &mut l, DOC_PASS);
        assert_eq!(l[1], labels("O O B-ORG O B-PER"));
        assert_eq!(l[2], labels("O O B-PER"));
        // without the steps, nothing moves
        let mut l2 = vec![
            labels("B-PER I-PER O O B-ORG O"),
            labels("O O O O O"),
            labels("O O O"),
        ];
        consistent(&d, &mut l2, 0);
        assert_eq!(l2[1], labels("O O O O O"));
    }

    #[test]
    fn document_pass_gives_a_name_its_most_frequent_type() {
        let d = doc(&[
            "Hamas said no",
            "Hamas and Fatah",
            "then Hamas left",
            "Fatah won",
        ]);
        let mut l = vec![
            labels("B-ORG O O"),
            labels("B-LOC O B-ORG"),
            labels("O B-ORG O"),
            labels("B-LOC O"),
        ];
        consistent(&d, &mut l, DOC_TYPES);
        assert_eq!(l[1], labels("B-ORG O B-ORG"));
        // a tie (Fatah once ORG, once LOC) changes nothing
        assert_eq!(l[3], labels("B-LOC O"));
    }

    #[test]
    fn document_pass_leaves_common_words_and_longer_names_alone() {
        // "Will" is a name once, but "will" is written lowercase in the document; "Rice"
        // stands inside a longer run of proper nouns ("Rice University")
        let d = doc(&[
            "Will Smith met Condoleezza Rice",
            "Will we see Rice University ?",
            "we will see",
        ]);
        let mut l = vec![
            labels("B-PER I-PER O B-PER I-PER"),
            labels("O O O O O O"),
            labels("O O O"),
        ];
        consistent(&d, &mut l, DOC_PASS);
        assert_eq!(l[1], labels("O O O O O O"));
    }

    #[test]
    fn viterbi_keeps_bio_order() {
        let mut g = Gazetteer::new();
        g.add(GazKind::Place, "Paris");
        let ws = words_of(&["in", "Paris", "now"], &["ADP", "PROPN", "ADV"], &g);
        let statics: Vec<Vec<u32>> = (0..3)
            .map(|i| {
                let mut f = Vec::new();
                static_features(&ws, i, &mut f);
                f
            })
            .collect();
        // scores that prefer I-LOC everywhere: I-LOC may not begin a name, so the best
        // allowed sequence begins it with B-LOC
        let out = viterbi(&ws, &statics, &HistoryScores::new(|_| [0f32; N]), |_| {
            let mut s = [0f32; N];
            s[6] = 2.0;
            s[5] = 1.0;
            s
        });
        assert_eq!(out, [5, 6, 6]);
    }

    #[test]
    fn head_words_mark_the_names_before_them() {
        let g = Gazetteer::new();
        let feats = |words: &[&str], i: usize| {
            let upos = vec!["PROPN"; words.len()];
            let ws = words_of(words, &upos, &g);
            let mut f = Vec::new();
            static_features(&ws, i, &mut f);
            f
        };
        let head = |kind: u64, d: u64| finish(mix(30, mix(kind, d)));
        let behind = |kind: u64, d: u64| finish(mix(32, mix(kind, d)));
        // "Atomic" is two words before the organisation's head word "Agency"
        let iaea = ["the", "International", "Atomic", "Energy", "Agency", "said"];
        assert!(feats(&iaea, 2).contains(&head(1, 2)));
        assert!(feats(&iaea, 4).contains(&head(1, 0)));
        // the run of capitalized words may hold "of": "Bank of America"
        let boa = ["at", "Bank", "of", "America", "today"];
        assert!(feats(&boa, 1).contains(&head(1, 0)));
        assert!(feats(&boa, 3).contains(&behind(1, 2)));
        // a place's head word: "Abbey Road"
        assert!(feats(&["on", "Abbey", "Road"], 1).contains(&head(2, 1)));
        // not across a lowercase word, nor for a lowercase word
        let low = ["Smith", "runs", "the", "agency"];
        assert!((0..5).all(|d| !feats(&low, 0).contains(&head(1, d))));
        assert!((0..5).all(|d| !feats(&low, 2).contains(&head(1, d))));
        let gap = ["Smith", "said", "Agency", "staff"];
        assert!(!feats(&gap, 0).contains(&head(1, 2)));
    }

    #[test]
    fn shapes_and_case() {
        assert_eq!(shape("Zelensky"), "Xx");
        assert_eq!(shape("NATO"), "X");
        assert_eq!(shape("U.S."), "X.X.");
        assert_eq!(shape("2025"), "d");
        assert_eq!(cap_class("NATO"), 2);
        assert_eq!(cap_class("Kyiv"), 1);
        assert_eq!(cap_class("a"), 0);
        assert_eq!(cap_class("A"), 1);
        assert_eq!(suffix("Zelensky", 3), "sky");
        assert_eq!(prefix("Zé", 3), "Zé");
        assert!(allowed(1, 2) && !allowed(3, 2) && !allowed(0, 6) && allowed(0, 5));
    }
}
