//! Dependency parser: greedy arc-eager transitions scored by an averaged perceptron, trained
//! with the dynamic oracle of Goldberg & Nivre (2012) and exploration, with the rich
//! feature set of Zhang & Nivre (2011): words and tags of the stack and buffer, heads and
//! grandheads, leftmost and rightmost children and their labels, distance, valency and
//! label sets.
//!
//! Transitions on (stack σ with the root at its bottom, buffer β, arcs):
//! `SHIFT` pushes the next word; `LEFT-l` makes the next word the head of the stack top
//! and pops it; `RIGHT-l` makes the stack top the head of the next word and pushes it;
//! `REDUCE` pops a stack top that has a head. One labeled class per (move, label).

use crate::hash::{finish, mix, str_hash, Fnv, Rng};
use crate::io::{Reader, Writer};
use crate::perceptron::{Trainer, Weights};
use crate::ModelError;

pub const NONE: u32 = u32::MAX;
const SHIFT: usize = 0;
const REDUCE: usize = 1;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Move {
    Shift,
    Reduce,
    Left(u32),
    Right(u32),
}

fn decode(class: usize) -> Move {
    match class {
        SHIFT => Move::Shift,
        REDUCE => Move::Reduce,
        c if c % 2 == 0 => Move::Left(((c - 2) / 2) as u32),
        c => Move::Right(((c - 3) / 2) as u32),
    }
}

fn n_classes(n_labels: usize) -> usize {
    2 + 2 * n_labels
}

/// The value a word contributes to features: its lowercased form, digits folded.
pub fn word_value(form: &str) -> u64 {
    let mut f = Fnv::default();
    for c in form.chars() {
        if c.is_ascii_digit() {
            f.push('0');
        } else if c.is_ascii() {
            f.push(c.to_ascii_lowercase());
        } else {
            c.to_lowercase().for_each(|l| f.push(l));
        }
    }
    f.0
}

/// The value a tag contributes to features.
pub fn tag_value(upos: &str, xpos: &str) -> u64 {
    mix(str_hash(upos), str_hash(xpos))
}

const ROOT_VALUE: u64 = 0x524f_4f54;
const NONE_VALUE: u64 = 0x4e4f_4e45;

/// A sentence as the parser sees it; index 0 is the root.
pub struct Input {
    pub words: Vec<u64>,
    pub tags: Vec<u64>,
}

impl Input {
    pub fn new(forms: &[&str], tags: &[u64]) -> Input {
        let mut words = Vec::with_capacity(forms.len() + 1);
        words.push(ROOT_VALUE);
        words.extend(forms.iter().map(|f| word_value(f)));
        let mut t = Vec::with_capacity(tags.len() + 1);
        t.push(ROOT_VALUE);
        t.extend_from_slice(tags);
        Input { words, tags: t }
    }
    fn len(&self) -> usize {
        self.words.len()
    }
}

#[derive(Clone, Debug)]
struct State {
    n: usize,
    stack: Vec<u32>,
    on_stack: Vec<bool>,
    b: u32,
    heads: Vec<u32>,
    labels: Vec<u32>,
    l1: Vec<u32>,
    l2: Vec<u32>,
    r1: Vec<u32>,
    r2: Vec<u32>,
    nl: Vec<u8>,
    nr: Vec<u8>,
    lset: Vec<u128>,
    rset: Vec<u128>,
    root_child: bool,
}

impl State {
    fn new(n: usize) -> State {
        let mut on_stack = vec![false; n];
        on_stack[0] = true;
        State {
            n,
            stack: vec![0],
            on_stack,
            b: 1,
            heads: vec![NONE; n],
            labels: vec![NONE; n],
            l1: vec![NONE; n],
            l2: vec![NONE; n],
            r1: vec![NONE; n],
            r2: vec![NONE; n],
            nl: vec![0; n],
            nr: vec![0; n],
            lset: vec![0; n],
            rset: vec![0; n],
            root_child: false,
        }
    }

    fn terminal(&self) -> bool {
        self.b as usize >= self.n
    }

    fn s0(&self) -> u32 {
        self.stack.last().copied().unwrap_or(0)
    }

    fn arc(&mut self, h: u32, d: u32, l: u32) {
        let (hu, du) = (h as usize, d as usize);
        self.heads[du] = h;
        self.labels[du] = l;
        if h == 0 {
            self.root_child = true;
        }
        let bit = 1u128 << (l.min(127));
        if d < h {
            self.nl[hu] = self.nl[hu].saturating_add(1);
            self.lset[hu] |= bit;
            if self.l1[hu] == NONE || d < self.l1[hu] {
                self.l2[hu] = self.l1[hu];
                self.l1[hu] = d;
            } else if self.l2[hu] == NONE || d < self.l2[hu] {
                self.l2[hu] = d;
            }
        } else {
            self.nr[hu] = self.nr[hu].saturating_add(1);
            self.rset[hu] |= bit;
            if self.r1[hu] == NONE || d > self.r1[hu] {
                self.r2[hu] = self.r1[hu];
                self.r1[hu] = d;
            } else if self.r2[hu] == NONE || d > self.r2[hu] {
                self.r2[hu] = d;
            }
        }
    }

    fn pop(&mut self) {
        if let Some(s) = self.stack.pop() {
            self.on_stack[s as usize] = false;
        }
    }

    fn push(&mut self) {
        let b = self.b;
        self.stack.push(b);
        self.on_stack[b as usize] = true;
        self.b += 1;
    }

    fn apply(&mut self, class: usize) {
        match decode(class) {
            Move::Shift => self.push(),
            Move::Reduce => self.pop(),
            Move::Left(l) => {
                let s = self.s0();
                self.arc(self.b, s, l);
                self.pop();
            }
            Move::Right(l) => {
                let s = self.s0();
                self.arc(s, self.b, l);
                self.push();
            }
        }
    }

    fn valid(&self, class: usize, root_label: u32) -> bool {
        if self.terminal() {
            return false;
        }
        let s = self.s0();
        match decode(class) {
            Move::Shift => true,
            Move::Reduce => s != 0 && self.heads[s as usize] != NONE,
            Move::Left(l) => s != 0 && self.heads[s as usize] == NONE && l != root_label,
            Move::Right(l) => {
                if s == 0 {
                    !self.root_child && l == root_label
                } else {
                    l != root_label
                }
            }
        }
    }

    /// The number of gold arcs each transition makes unreachable (dynamic oracle for
    /// arc-eager, Goldberg & Nivre 2012); `i32::MAX` for invalid transitions.
    fn costs(&self, gold: &Gold, root_label: u32, out: &mut [i32]) {
        let s = self.s0();
        let b = self.b;
        let (su, bu) = (s as usize, b as usize);
        let g = &gold.heads;
        // is the gold head of b still reachable from the stack?
        let head_b_on_stack = {
            let h = g[bu];
            h != NONE && self.on_stack[h as usize] && (h != 0 || !self.root_child)
        };
        let deps_b_on_stack = self
            .stack
            .iter()
            .filter(|&&k| g[k as usize] == b && self.heads[k as usize] == NONE)
            .count() as i32;
        let deps_s_in_buffer = gold.children[su].iter().filter(|&&k| k >= b).count() as i32;
        let shift = head_b_on_stack as i32 + deps_b_on_stack;
        let right_base = (g[bu] != s && (head_b_on_stack || g[bu] > b && g[bu] != NONE)) as i32
            + deps_b_on_stack;
        let left_base = (g[su] != b && g[su] > b && g[su] != NONE) as i32 + deps_s_in_buffer;
        let reduce = deps_s_in_buffer;
        for (c, o) in out.iter_mut().enumerate() {
            if !self.valid(c, root_label) {
                *o = i32::MAX;
                continue;
            }
            *o = match decode(c) {
                Move::Shift => shift,
                Move::Reduce => reduce,
                Move::Left(l) => left_base + (g[su] == b && gold.labels[su] != l) as i32,
                Move::Right(l) => right_base + (g[bu] == s && gold.labels[bu] != l) as i32,
            };
        }
    }
}

struct Gold {
    heads: Vec<u32>,
    labels: Vec<u32>,
    children: Vec<Vec<u32>>,
}

impl Gold {
    fn new(heads: &[u32], labels: &[u32]) -> Gold {
        let mut children = vec![Vec::new(); heads.len()];
        for (d, &h) in heads.iter().enumerate().skip(1) {
            if h != NONE {
                children[h as usize].push(d as u32);
            }
        }
        Gold {
            heads: heads.to_vec(),
            labels: labels.to_vec(),
            children,
        }
    }
}

fn dist_bucket(d: u32) -> u64 {
    match d {
        0..=4 => d as u64,
        5..=6 => 5,
        7..=9 => 6,
        _ => 7,
    }
}

fn features(st: &State, inp: &Input, out: &mut Vec<u32>) {
    out.clear();
    let n = inp.len() as u32;
    let w = |i: u32| {
        if i == NONE {
            NONE_VALUE
        } else {
            inp.words[i as usize]
        }
    };
    let p = |i: u32| {
        if i == NONE {
            NONE_VALUE
        } else {
            inp.tags[i as usize]
        }
    };
    let lab = |i: u32| {
        if i == NONE {
            NONE_VALUE
        } else {
            st.labels[i as usize] as u64
        }
    };
    let get = |v: &Vec<u32>, i: u32| if i == NONE { NONE } else { v[i as usize] };
    let s0 = st.s0();
    let s1 = if st.stack.len() >= 2 {
        st.stack[st.stack.len() - 2]
    } else {
        NONE
    };
    let n0 = if st.b < n { st.b } else { NONE };
    let n1 = if st.b + 1 < n { st.b + 1 } else { NONE };
    let n2 = if st.b + 2 < n { st.b + 2 } else { NONE };
    let s0h = get(&st.heads, s0);
    let s0h2 = get(&st.heads, s0h);
    let s0l = get(&st.l1, s0);
    let s0l2 = get(&st.l2, s0);
    let s0r = get(&st.r1, s0);
    let s0r2 = get(&st.r2, s0);
    let n0l = get(&st.l1, n0);
    let n0l2 = get(&st.l2, n0);
    let (s0w, s0p, n0w, n0p, n1w, n1p, n2w, n2p) =
        (w(s0), p(s0), w(n0), p(n0), w(n1), p(n1), w(n2), p(n2));
    let d = if n0 != NONE {
        dist_bucket(n0 - s0)
    } else {
        NONE_VALUE
    };
    let s0vl = st.nl[s0 as usize] as u64;
    let s0vr = st.nr[s0 as usize] as u64;
    let n0vl = if n0 != NONE {
        st.nl[n0 as usize] as u64
    } else {
        NONE_VALUE
    };
    let set = |v: u128| mix(v as u64, (v >> 64) as u64);
    let s0sl = set(st.lset[s0 as usize]);
    let s0sr = set(st.rset[s0 as usize]);
    let n0sl = if n0 != NONE {
        set(st.lset[n0 as usize])
    } else {
        NONE_VALUE
    };

    let mut id = 0u64;
    let mut f = |vals: &[u64]| {
        id += 1;
        let mut h = mix(0x7061_7273, id);
        for &v in vals {
            h = mix(h, v);
        }
        out.push(finish(h));
    };
    // single words
    f(&[s0w, s0p]);
    f(&[s0w]);
    f(&[s0p]);
    f(&[n0w, n0p]);
    f(&[n0w]);
    f(&[n0p]);
    f(&[n1w, n1p]);
    f(&[n1w]);
    f(&[n1p]);
    f(&[n2w, n2p]);
    f(&[n2w]);
    f(&[n2p]);
    // pairs
    f(&[s0w, s0p, n0w, n0p]);
    f(&[s0w, s0p, n0w]);
    f(&[s0w, n0w, n0p]);
    f(&[s0w, s0p, n0p]);
    f(&[s0p, n0w, n0p]);
    f(&[s0w, n0w]);
    f(&[s0p, n0p]);
    f(&[n0p, n1p]);
    // three words
    f(&[n0p, n1p, n2p]);
    f(&[s0p, n0p, n1p]);
    f(&[p(s0h), s0p, n0p]);
    f(&[s0p, p(s0l), n0p]);
    f(&[s0p, p(s0r), n0p]);
    f(&[s0p, n0p, p(n0l)]);
    // distance
    f(&[s0w, d]);
    f(&[s0p, d]);
    f(&[n0w, d]);
    f(&[n0p, d]);
    f(&[s0w, n0w, d]);
    f(&[s0p, n0p, d]);
    // valency
    f(&[s0w, s0vr]);
    f(&[s0p, s0vr]);
    f(&[s0w, s0vl]);
    f(&[s0p, s0vl]);
    f(&[n0w, n0vl]);
    f(&[n0p, n0vl]);
    // unigrams of heads and children
    f(&[w(s0h)]);
    f(&[p(s0h)]);
    f(&[lab(s0)]);
    f(&[w(s0l)]);
    f(&[p(s0l)]);
    f(&[lab(s0l)]);
    f(&[w(s0r)]);
    f(&[p(s0r)]);
    f(&[lab(s0r)]);
    f(&[w(n0l)]);
    f(&[p(n0l)]);
    f(&[lab(n0l)]);
    // third order
    f(&[w(s0h2)]);
    f(&[p(s0h2)]);
    f(&[lab(s0h)]);
    f(&[w(s0l2)]);
    f(&[p(s0l2)]);
    f(&[lab(s0l2)]);
    f(&[w(s0r2)]);
    f(&[p(s0r2)]);
    f(&[lab(s0r2)]);
    f(&[w(n0l2)]);
    f(&[p(n0l2)]);
    f(&[lab(n0l2)]);
    f(&[s0p, p(s0l), p(s0l2)]);
    f(&[s0p, p(s0r), p(s0r2)]);
    f(&[s0p, p(s0h), p(s0h2)]);
    f(&[n0p, p(n0l), p(n0l2)]);
    // label sets
    f(&[s0w, s0sr]);
    f(&[s0p, s0sr]);
    f(&[s0w, s0sl]);
    f(&[s0p, s0sl]);
    f(&[n0w, n0sl]);
    f(&[n0p, n0sl]);
    // second stack item
    f(&[w(s1)]);
    f(&[p(s1)]);
    f(&[p(s1), s0p]);
    f(&[p(s1), s0p, n0p]);
    f(&[w(s1), s0w]);
    f(&[lab(s0), s0p, n0p]);
    f(&[lab(s0), n0w]);
}

/// The trained parser.
#[derive(Clone, Debug)]
pub struct Parser {
    pub labels: Vec<String>,
    root_label: u32,
    weights: Weights,
}

const MAGIC: &[u8; 4] = b"APAR";
const VERSION: u32 = 1;

/// One parse: heads (1-based, 0 = root) and label ids, per word.
pub struct Tree {
    pub heads: Vec<usize>,
    pub labels: Vec<usize>,
}

fn best_valid(st: &State, scores: &[f32], root_label: u32) -> usize {
    let mut best = usize::MAX;
    for (c, &s) in scores.iter().enumerate() {
        if (best == usize::MAX || s > scores[best]) && st.valid(c, root_label) {
            best = c;
        }
    }
    best
}

fn finish_tree(st: &State, root_label: u32, dep_label: u32) -> Tree {
    let n = st.n;
    let mut heads = st.heads.clone();
    let mut labels = st.labels.clone();
    let mut root = (1..n).find(|&i| heads[i] == 0);
    for i in 1..n {
        if heads[i] == NONE {
            match root {
                None => {
                    heads[i] = 0;
                    labels[i] = root_label;
                    root = Some(i);
                }
                Some(r) => {
                    heads[i] = r as u32;
                    labels[i] = dep_label;
                }
            }
        }
    }
    Tree {
        heads: heads[1..].iter().map(|&h| h as usize).collect(),
        labels: labels[1..].iter().map(|&l| l as usize).collect(),
    }
}

impl Parser {
    pub fn parse(&self, inp: &Input) -> Tree {
        let n_classes = self.weights.n_classes();
        let mut st = State::new(inp.len());
        let mut feats = Vec::with_capacity(96);
        let mut scores = vec![0f32; n_classes];
        while !st.terminal() {
            features(&st, inp, &mut feats);
            scores.iter_mut().for_each(|s| *s = 0.0);
            self.weights.score(&feats, &mut scores);
            let c = best_valid(&st, &scores, self.root_label);
            st.apply(c);
        }
        finish_tree(&st, self.root_label, self.dep_label())
    }

    fn dep_label(&self) -> u32 {
        self.labels
            .iter()
            .position(|l| l == "dep")
            .unwrap_or(self.root_label as usize) as u32
    }

    pub fn write(&self) -> Vec<u8> {
        let mut w = Writer::default();
        w.buf.extend_from_slice(MAGIC);
        w.u32(VERSION);
        w.strs(&self.labels);
        self.weights.write(&mut w);
        w.buf
    }

    pub fn read(bytes: &[u8]) -> Result<Parser, ModelError> {
        let mut r = Reader::new(bytes, "parser");
        r.magic(MAGIC, VERSION)?;
        let labels = r.strs()?;
        let weights = Weights::read(&mut r)?;
        r.done()?;
        let Some(root_label) = labels.iter().position(|l| l == "root") else {
            return Err(r.err("no root label"));
        };
        if weights.n_classes() != n_classes(labels.len()) {
            return Err(r.err("label table does not match the weights"));
        }
        Ok(Parser {
            labels,
            root_label: root_label as u32,
            weights,
        })
    }

    pub fn size(&self) -> (usize, usize) {
        self.weights.size()
    }

    /// This parser without weights smaller than `min_q` quantization steps.
    pub fn pruned(&self, min_q: i32) -> Parser {
        Parser {
            labels: self.labels.clone(),
            root_label: self.root_label,
            weights: self.weights.pruned(min_q),
        }
    }
}

/// A training sentence: parser input and gold tree (index 0 is the root).
pub struct ParseExample {
    pub input: Input,
    pub heads: Vec<u32>,
    pub labels: Vec<u32>,
}

impl ParseExample {
    /// From 1-based gold heads (0 = root) and label ids; the tree is made projective first.
    pub fn new(input: Input, heads: &[usize], labels: &[u32]) -> ParseExample {
        let mut h: Vec<u32> = std::iter::once(NONE)
            .chain(heads.iter().map(|&h| h as u32))
            .collect();
        projectivize(&mut h);
        let l: Vec<u32> = std::iter::once(NONE)
            .chain(labels.iter().copied())
            .collect();
        ParseExample {
            input,
            heads: h,
            labels: l,
        }
    }
}

/// Lifts non-projective arcs (the shortest first) to the head's head until the tree is
/// projective. `heads[0]` is the root's (NONE).
pub fn projectivize(heads: &mut [u32]) {
    let n = heads.len();
    let dominates = |heads: &[u32], h: u32, mut k: u32| -> bool {
        let mut steps = 0;
        while k != NONE && steps <= n {
            if k == h {
                return true;
            }
            k = heads[k as usize];
            steps += 1;
        }
        false
    };
    for _ in 0..n * n {
        let mut worst: Option<(usize, usize)> = None;
        for d in 1..n {
            let h = heads[d];
            if h == NONE || h as usize >= n {
                continue;
            }
            let (lo, hi) = if (h as usize) < d {
                (h as usize, d)
            } else {
                (d, h as usize)
            };
            let crossing = (lo + 1..hi).any(|k| !dominates(heads, h, k as u32));
            if crossing && worst.is_none_or(|(_, len)| hi - lo < len) {
                worst = Some((d, hi - lo));
            }
        }
        match worst {
            Some((d, _)) => {
                let h = heads[d] as usize;
                if heads[h] == NONE {
                    return;
                }
                heads[d] = heads[h];
            }
            None => return,
        }
    }
}

/// Trains a parser. `on_epoch(epoch, parser)` reports each epoch's averaged model and says
/// whether it is the best so far (kept).
#[allow(clippy::too_many_arguments)]
pub fn train(
    labels: Vec<String>,
    data: &[ParseExample],
    epochs: usize,
    seed: u64,
    explore_from: usize,
    explore_p: f64,
    mut on_epoch: impl FnMut(usize, &Parser) -> bool,
    mut on_sentence: impl FnMut(),
) -> Parser {
    let root_label = labels.iter().position(|l| l == "root").unwrap_or(0) as u32;
    let nc = n_classes(labels.len());
    let mut t = Trainer::new(nc);
    let mut rng = Rng::new(seed);
    let mut order: Vec<usize> = (0..data.len()).collect();
    let mut feats = Vec::with_capacity(96);
    let mut scores = vec![0f32; nc];
    let mut costs = vec![0i32; nc];
    let mut best: Option<Parser> = None;
    for epoch in 0..epochs {
        rng.shuffle(&mut order);
        for &k in &order {
            let ex = &data[k];
            let gold = Gold::new(&ex.heads, &ex.labels);
            let mut st = State::new(ex.input.len());
            while !st.terminal() {
                features(&st, &ex.input, &mut feats);
                scores.iter_mut().for_each(|s| *s = 0.0);
                t.score(&feats, &mut scores);
                let guess = best_valid(&st, &scores, root_label);
                st.costs(&gold, root_label, &mut costs);
                let min = costs.iter().copied().min().unwrap_or(0);
                let mut truth = usize::MAX;
                for c in 0..nc {
                    if costs[c] == min && (truth == usize::MAX || scores[c] > scores[truth]) {
                        truth = c;
                    }
                }
                if costs[guess] > min {
                    t.update(&feats, truth, guess);
                }
                t.tick();
                let next = if epoch >= explore_from && rng.next_f64() < explore_p {
                    guess
                } else {
                    truth
                };
                st.apply(next);
            }
            on_sentence();
        }
        let parser = Parser {
            labels: labels.clone(),
            root_label,
            weights: t.average(1),
        };
        if on_epoch(epoch, &parser) || best.is_none() {
            best = Some(parser);
        }
    }
    best.unwrap_or(Parser {
        labels,
        root_label,
        weights: t.average(1),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn projectivize_lifts_crossing_arcs() {
        // root -> 2; 2 -> 1; 2 -> 4; 1 -> 3 crosses (3 is between 1 and 4's head 2)
        let mut h = vec![NONE, 2, 0, 1, 2];
        projectivize(&mut h);
        assert_eq!(h, [NONE, 2, 0, 2, 2]);
        let mut p = vec![NONE, 2, 0, 2];
        projectivize(&mut p);
        assert_eq!(p, [NONE, 2, 0, 2]);
    }

    /// Following zero-cost moves from the start rebuilds every (projectivized) training tree.
    #[test]
    fn oracle_rebuilds_the_treebank() {
        let path = concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../../../shared/data/ud-english-ewt/en_ewt-ud-dev.conllu"
        );
        let Ok(text) = std::fs::read_to_string(path) else {
            eprintln!("skipped: {path} is not here");
            return;
        };
        let sents = acta_core::conllu::parse(&text).unwrap();
        let mut labels: Vec<String> = sents
            .iter()
            .flat_map(|s| s.words.iter().map(|w| w.deprel.clone()))
            .collect();
        labels.sort();
        labels.dedup();
        let root = labels.iter().position(|l| l == "root").unwrap() as u32;
        let nc = n_classes(labels.len());
        let mut costs = vec![0; nc];
        let mut lifted = 0;
        for s in &sents {
            let forms: Vec<&str> = s.words.iter().map(|w| w.form.as_str()).collect();
            let tags = vec![0u64; forms.len()];
            let heads: Vec<usize> = s.words.iter().map(|w| w.head).collect();
            let ls: Vec<u32> = s
                .words
                .iter()
                .map(|w| labels.iter().position(|l| *l == w.deprel).unwrap() as u32)
                .collect();
            let ex = ParseExample::new(Input::new(&forms, &tags), &heads, &ls);
            let gold = Gold::new(&ex.heads, &ex.labels);
            let mut st = State::new(ex.input.len());
            while !st.terminal() {
                st.costs(&gold, root, &mut costs);
                let c = (0..nc).find(|&c| costs[c] == 0).expect("a zero-cost move");
                st.apply(c);
            }
            let t = finish_tree(&st, root, 0);
            let want: Vec<usize> = ex.heads[1..].iter().map(|&h| h as usize).collect();
            assert_eq!(t.heads, want, "{}", s.text());
            lifted += (want != heads) as usize;
        }
        assert!(lifted < sents.len() / 20, "{lifted} non-projective");
    }

    #[test]
    fn static_oracle_path_reproduces_projective_trees() {
        // "Zelensky rejected this possibility ." heads 2 0 4 2 2
        let heads = [2usize, 0, 4, 2, 2];
        let labels = [0u32, 1, 2, 3, 4];
        let tags: Vec<u64> = (0..5).collect();
        let ex = ParseExample::new(Input::new(&["a"; 5], &tags), &heads, &labels);
        let gold = Gold::new(&ex.heads, &ex.labels);
        let nc = n_classes(5);
        let mut st = State::new(6);
        let mut costs = vec![0; nc];
        while !st.terminal() {
            st.costs(&gold, 1, &mut costs);
            let c = (0..nc).find(|&c| costs[c] == 0).expect("a zero-cost move");
            st.apply(c);
        }
        let t = finish_tree(&st, 1, 0);
        assert_eq!(t.heads, heads);
        assert_eq!(t.labels, labels.map(|l| l as usize));
    }
}
