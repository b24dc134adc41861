//! Distributional word classes learned from unlabelled text, for use as tagger (or NER)
//! features: words that occur between the same kinds of neighbours get the same class, so a
//! word seen rarely or never in labelled data shares what the model learned for its class.
//!
//! The method is the exchange algorithm (Kneser & Ney 1993, Martin et al. 1998) for a class
//! bigram model: words start in `k` classes (the most frequent words spread over them in
//! frequency order) and each word in turn moves to the class that most raises the likelihood
//! of the text's class bigrams, until no word moves or `iterations` passes are done. The `k`
//! classes are then merged bottom-up as Brown et al. (1992) do, each time joining the two
//! whose merge loses the least mutual information between adjacent classes, which gives each
//! class a bit string (its path from the root of the merge tree: `0` left, `1` right). Prefixes
//! of the bit string are coarser classes, so a model can use several granularities at once
//! (the tagger uses prefixes of 4, 6, 10 and 20 bits).
//!
//! Words are normalised by [`normalize`] (lowercased, digits folded to `0`) before counting
//! and lookup. Words seen fewer than `min_count` times are counted as one rare-word token
//! and get no class. Everything is deterministic: ties go to the lower class or word id.
//!
//! ```
//! use acta_syntax::clusters::{Clusters, Options};
//! let text = ["the cat sat", "the dog sat", "a cat ran", "a dog ran"];
//! let sents: Vec<Vec<&str>> = text.iter().map(|s| s.split(' ').collect()).collect();
//! let c = Clusters::build(&sents, &Options { classes: 4, min_count: 1, iterations: 10 });
//! assert_eq!(c.bits("cat").is_some(), true);
//! let back = Clusters::read(&c.write()).unwrap();
//! assert_eq!(back.bits("Dog"), c.bits("dog"));
//! ```

use std::collections::HashMap;

use crate::ModelError;

/// How to build the classes.
#[derive(Clone, Debug)]
pub struct Options {
    /// Number of classes the exchange algorithm fills (leaves of the bit-string tree).
    pub classes: usize,
    /// Words seen fewer times get no class.
    pub min_count: usize,
    /// Most exchange passes over the vocabulary.
    pub iterations: usize,
}

impl Default for Options {
    fn default() -> Options {
        Options {
            classes: 256,
            min_count: 2,
            iterations: 15,
        }
    }
}

/// Word classes as bit strings.
#[derive(Clone, Debug, Default)]
pub struct Clusters {
    /// Normalised word → (bit string, count in the text).
    words: HashMap<String, (String, u32)>,
}

/// The form words are clustered and looked up in: lowercased, ASCII digits as `0`.
pub fn normalize(word: &str) -> String {
    let mut s = String::with_capacity(word.len());
    for c in word.chars() {
        if c.is_ascii_digit() {
            s.push('0');
        } else {
            s.extend(c.to_lowercase());
        }
    }
    s
}

fn xlogx(x: f64) -> f64 {
    if x > 0.0 {
        x * x.ln()
    } else {
        0.0
    }
}

impl Clusters {
    /// Learns classes from sentences of tokens (each sentence is a sequence; bigrams do not
    /// cross sentences, and each sentence has a boundary token at both ends).
    pub fn build<S: AsRef<str>>(sentences: &[Vec<S>], opts: &Options) -> Clusters {
        // vocabulary: 0 is the boundary, 1 the rare word, then words by frequency
        let mut counts: HashMap<String, u32> = HashMap::new();
        for s in sentences {
            for w in s {
                *counts.entry(normalize(w.as_ref())).or_default() += 1;
            }
        }
        let mut vocab: Vec<(String, u32)> = counts
            .into_iter()
            .filter(|(_, n)| *n as usize >= opts.min_count.max(1))
            .collect();
        vocab.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
        let index: HashMap<&str, usize> = vocab
            .iter()
            .enumerate()
            .map(|(i, (w, _))| (w.as_str(), i + 2))
            .collect();
        let n_words = vocab.len() + 2;
        // bigram counts per word: right neighbours and left neighbours
        let mut right: Vec<HashMap<usize, u32>> = vec![HashMap::new(); n_words];
        let mut left: Vec<HashMap<usize, u32>> = vec![HashMap::new(); n_words];
        for s in sentences {
            let mut prev = 0usize;
            let ids = s
                .iter()
                .map(|w| *index.get(normalize(w.as_ref()).as_str()).unwrap_or(&1))
                .chain(std::iter::once(0));
            for id in ids {
                *right[prev].entry(id).or_default() += 1;
                *left[id].entry(prev).or_default() += 1;
                prev = id;
            }
        }
        let to_vec = |m: Vec<HashMap<usize, u32>>| -> Vec<Vec<(usize, u32)>> {
            m.into_iter()
                .map(|h| {
                    let mut v: Vec<(usize, u32)> = h.into_iter().collect();
                    v.sort_unstable();
                    v
                })
                .collect()
        };
        let right = to_vec(right);
        let left = to_vec(left);
        let k = opts.classes.max(2);
        // the boundary and the rare word keep classes of their own (0 and 1), never moved
        let kk = k + 2;
        let mut class: Vec<usize> = (0..n_words)
            .map(|i| if i < 2 { i } else { 2 + (i - 2) % k })
            .collect();
        // class bigram counts, and class counts as left and as right element
        let mut nb = vec![0f64; kk * kk];
        let mut nl = vec![0f64; kk];
        let mut nr = vec![0f64; kk];
        for (w, rs) in right.iter().enumerate() {
            for &(v, n) in rs {
                nb[class[w] * kk + class[v]] += n as f64;
                nl[class[w]] += n as f64;
                nr[class[v]] += n as f64;
            }
        }
        let mut rc = vec![0f64; kk]; // counts of (w, class c), w's own self-bigrams excluded
        let mut lc = vec![0f64; kk];
        let mut touched: Vec<usize> = Vec::new();
        for _ in 0..opts.iterations {
            let mut moved = 0usize;
            for w in 2..n_words {
                // take w out of its class
                let a = class[w];
                let mut selfn = 0f64;
                let (mut wl, mut wr) = (0f64, 0f64);
                touched.clear();
                for &(v, n) in &right[w] {
                    let n = n as f64;
                    wl += n;
                    if v == w {
                        selfn += n;
                    } else {
                        if rc[class[v]] == 0.0 && lc[class[v]] == 0.0 {
                            touched.push(class[v]);
                        }
                        rc[class[v]] += n;
                    }
                }
                for &(v, n) in &left[w] {
                    let n = n as f64;
                    wr += n;
                    if v != w {
                        if rc[class[v]] == 0.0 && lc[class[v]] == 0.0 {
                            touched.push(class[v]);
                        }
                        lc[class[v]] += n;
                    }
                }
                for &c in &touched {
                    nb[a * kk + c] -= rc[c];
                    nb[c * kk + a] -= lc[c];
                }
                nb[a * kk + a] -= selfn;
                nl[a] -= wl;
                nr[a] -= wr;
                // the gain of putting w into class b
                let gain = |b: usize| -> f64 {
                    let mut g = 0f64;
                    let mut bb = selfn;
                    for &c in &touched {
                        if c == b {
                            bb += rc[c] + lc[c];
                            continue;
                        }
                        if rc[c] > 0.0 {
                            let x = nb[b * kk + c];
                            g += xlogx(x + rc[c]) - xlogx(x);
                        }
                        if lc[c] > 0.0 {
                            let x = nb[c * kk + b];
                            g += xlogx(x + lc[c]) - xlogx(x);
                        }
                    }
                    let x = nb[b * kk + b];
                    g += xlogx(x + bb) - xlogx(x);
                    g -= xlogx(nl[b] + wl) - xlogx(nl[b]);
                    g -= xlogx(nr[b] + wr) - xlogx(nr[b]);
                    g
                };
                let mut best = a;
                let mut best_gain = gain(a);
                for b in 2..kk {
                    if b != a {
                        let g = gain(b);
                        if g > best_gain + 1e-9 {
                            best = b;
                            best_gain = g;
                        }
                    }
                }
                // put it there
                for &c in &touched {
                    let c2 = c;
                    nb[best * kk + c2] += rc[c];
                    nb[c2 * kk + best] += lc[c];
                }
                nb[best * kk + best] += selfn;
                nl[best] += wl;
                nr[best] += wr;
                // rc/lc were keyed by the neighbours' classes; a neighbour in `a` or `best`
                // is unaffected by w's move (only w changed class), so the cells above are
                // right; clear the scratch counts
                for &c in &touched {
                    rc[c] = 0.0;
                    lc[c] = 0.0;
                }
                if best != a {
                    class[w] = best;
                    moved += 1;
                }
            }
            if moved == 0 {
                break;
            }
        }
        let bits = merge_tree(&nb, kk, 2);
        let words = vocab
            .into_iter()
            .enumerate()
            .map(|(i, (w, n))| (w, (bits[class[i + 2]].clone(), n)))
            .collect();
        Clusters { words }
    }

    /// The bit string of a word's class (after [`normalize`]), if it has one.
    pub fn bits(&self, word: &str) -> Option<&str> {
        self.words.get(&normalize(word)).map(|(b, _)| b.as_str())
    }

    /// Every word with its bit string, in no particular order.
    pub fn iter(&self) -> impl Iterator<Item = (&str, &str)> {
        self.words
            .iter()
            .map(|(w, (b, _))| (w.as_str(), b.as_str()))
    }

    /// The number of words with a class.
    pub fn len(&self) -> usize {
        self.words.len()
    }

    pub fn is_empty(&self) -> bool {
        self.words.is_empty()
    }

    /// The classes as text, one word a line: `bits TAB word TAB count`, sorted by bits, then
    /// by count (most frequent first), then by word (the layout of Liang's `paths` files).
    pub fn write(&self) -> String {
        let mut rows: Vec<(&str, &str, u32)> = self
            .words
            .iter()
            .map(|(w, (b, n))| (b.as_str(), w.as_str(), *n))
            .collect();
        rows.sort_by(|a, b| a.0.cmp(b.0).then(b.2.cmp(&a.2)).then(a.1.cmp(b.1)));
        let mut s = String::new();
        for (b, w, n) in rows {
            s.push_str(&format!("{b}\t{w}\t{n}\n"));
        }
        s
    }

    /// Reads what [`Clusters::write`] wrote (words are normalised again on reading).
    pub fn read(text: &str) -> Result<Clusters, ModelError> {
        let mut words = HashMap::new();
        for (i, line) in text.lines().enumerate() {
            if line.is_empty() {
                continue;
            }
            let mut it = line.split('\t');
            let (Some(b), Some(w)) = (it.next(), it.next()) else {
                return Err(ModelError::Format(format!(
                    "clusters: line {} has no word",
                    i + 1
                )));
            };
            if !b.chars().all(|c| c == '0' || c == '1') {
                return Err(ModelError::Format(format!(
                    "clusters: line {}: {b:?} is not a bit string",
                    i + 1
                )));
            }
            let n = it.next().and_then(|n| n.parse().ok()).unwrap_or(0);
            words.insert(normalize(w), (b.to_string(), n));
        }
        Ok(Clusters { words })
    }

    /// Writes the classes zstd-compressed ([`Clusters::write`]).
    pub fn save(&self, path: &std::path::Path) -> Result<(), ModelError> {
        let bytes = crate::io::compress(self.write().as_bytes());
        std::fs::write(path, bytes).map_err(|error| ModelError::Io {
            path: path.to_path_buf(),
            error,
        })
    }

    /// Reads a file written by [`Clusters::save`].
    pub fn load(path: &std::path::Path) -> Result<Clusters, ModelError> {
        let bytes = std::fs::read(path).map_err(|error| ModelError::Io {
            path: path.to_path_buf(),
            error,
        })?;
        let text = crate::io::decompress(&bytes, "clusters")?;
        let text = String::from_utf8(text)
            .map_err(|_| ModelError::Format("clusters: not UTF-8".into()))?;
        Clusters::read(&text)
    }
}

/// Merges the classes `first..kk` of the class bigram table `nb` (kk × kk) bottom-up, each
/// time the pair whose merge loses the least mutual information, and returns each class's path
/// in the merge tree (classes before `first` get empty strings).
fn merge_tree(nb: &[f64], kk: usize, first: usize) -> Vec<String> {
    let total: f64 = nb.iter().sum::<f64>().max(1.0);
    let mut m = nb.to_vec();
    let mut nl: Vec<f64> = (0..kk)
        .map(|i| (0..kk).map(|j| m[i * kk + j]).sum())
        .collect();
    let mut nr: Vec<f64> = (0..kk)
        .map(|j| (0..kk).map(|i| m[i * kk + j]).sum())
        .collect();
    // q(l, r): a cell's share of the mutual information
    let q = |n: f64, l: f64, r: f64| {
        if n > 0.0 {
            n / total * (n * total / (l * r)).ln()
        } else {
            0.0
        }
    };
    let mut alive: Vec<usize> = (first..kk).collect();
    // the tree: node ids 0..kk are the classes, then merges
    let mut children: Vec<Option<(usize, usize)>> = vec![None; kk];
    let mut node: Vec<usize> = (0..kk).collect(); // class slot → tree node
    while alive.len() > 1 {
        let mut best = (f64::INFINITY, 0, 0);
        for (x, &a) in alive.iter().enumerate() {
            for &b in &alive[x + 1..] {
                // mutual information of the rows and columns a and b, before and after
                let mut before = 0f64;
                let mut after = 0f64;
                let (lab, rab) = (nl[a] + nl[b], nr[a] + nr[b]);
                for &c in alive
                    .iter()
                    .chain([0usize, 1].iter().filter(|&&c| c < first))
                {
                    if c == a || c == b {
                        continue;
                    }
                    before += q(m[a * kk + c], nl[a], nr[c]) + q(m[b * kk + c], nl[b], nr[c]);
                    before += q(m[c * kk + a], nl[c], nr[a]) + q(m[c * kk + b], nl[c], nr[b]);
                    after += q(m[a * kk + c] + m[b * kk + c], lab, nr[c]);
                    after += q(m[c * kk + a] + m[c * kk + b], nl[c], rab);
                }
                before += q(m[a * kk + a], nl[a], nr[a])
                    + q(m[a * kk + b], nl[a], nr[b])
                    + q(m[b * kk + a], nl[b], nr[a])
                    + q(m[b * kk + b], nl[b], nr[b]);
                after += q(
                    m[a * kk + a] + m[a * kk + b] + m[b * kk + a] + m[b * kk + b],
                    lab,
                    rab,
                );
                let loss = before - after;
                if loss < best.0 - 1e-12 {
                    best = (loss, a, b);
                }
            }
        }
        let (_, a, b) = best;
        // merge b into a
        for c in 0..kk {
            m[a * kk + c] += m[b * kk + c];
            m[b * kk + c] = 0.0;
        }
        for c in 0..kk {
            m[c * kk + a] += m[c * kk + b];
            m[c * kk + b] = 0.0;
        }
        nl[a] += nl[b];
        nr[a] += nr[b];
        nl[b] = 0.0;
        nr[b] = 0.0;
        children.push(Some((node[a], node[b])));
        node[a] = children.len() - 1;
        alive.retain(|&c| c != b);
    }
    // paths from the root
    let mut paths = vec![String::new(); children.len()];
    if let Some(&root) = alive.first() {
        let mut stack = vec![node[root]];
        while let Some(n) = stack.pop() {
            if let Some((l, r)) = children[n] {
                paths[l] = format!("{}0", paths[n]);
                paths[r] = format!("{}1", paths[n]);
                stack.push(l);
                stack.push(r);
            }
        }
    }
    paths.truncate(kk);
    for p in paths.iter_mut().take(first) {
        p.clear();
    }
    paths
}

#[cfg(test)]
mod tests {
    use super::*;

    fn corpus() -> Vec<Vec<String>> {
        let mut v = Vec::new();
        let dets = ["the", "a", "this", "that"];
        let nouns = ["cat", "dog", "horse", "bird", "man", "woman"];
        let verbs = ["sees", "likes", "chases", "hears"];
        for (i, d) in dets.iter().enumerate() {
            for (j, n) in nouns.iter().enumerate() {
                for (k, verb) in verbs.iter().enumerate() {
                    let d2 = dets[(i + j + k) % dets.len()];
                    let n2 = nouns[(i * 3 + j + k) % nouns.len()];
                    v.push(
                        [*d, *n, *verb, d2, n2, "."]
                            .iter()
                            .map(|s| s.to_string())
                            .collect(),
                    );
                }
            }
        }
        v
    }

    fn opts(k: usize) -> Options {
        Options {
            classes: k,
            min_count: 1,
            iterations: 20,
        }
    }

    #[test]
    fn words_of_one_kind_share_a_class_and_kinds_differ() {
        let c = Clusters::build(&corpus(), &opts(4));
        let b = |w: &str| c.bits(w).unwrap().to_string();
        assert_eq!(b("cat"), b("horse"));
        assert_eq!(b("dog"), b("woman"));
        assert_eq!(b("sees"), b("chases"));
        assert_eq!(b("the"), b("that"));
        assert_ne!(b("cat"), b("sees"));
        assert_ne!(b("the"), b("cat"));
        assert_ne!(b("the"), b("sees"));
        assert_eq!(c.bits("unicorn"), None);
    }

    #[test]
    fn bit_strings_form_a_tree_of_distinct_leaves() {
        let c = Clusters::build(&corpus(), &opts(6));
        let mut leaves: Vec<String> = c.words.values().map(|(b, _)| b.clone()).collect();
        leaves.sort();
        leaves.dedup();
        assert!(leaves.len() >= 3, "{leaves:?}");
        for a in &leaves {
            assert!(!a.is_empty() && a.chars().all(|c| c == '0' || c == '1'));
            for b in &leaves {
                // no leaf is a prefix of another
                assert!(a == b || !b.starts_with(a.as_str()), "{a} {b}");
            }
        }
    }

    #[test]
    fn rare_words_get_no_class_and_lookup_is_normalised() {
        let mut text = corpus();
        text.push(vec!["The".into(), "Zebra".into(), "2024".into()]);
        let c = Clusters::build(
            &text,
            &Options {
                classes: 4,
                min_count: 2,
                iterations: 10,
            },
        );
        assert_eq!(c.bits("zebra"), None);
        assert_eq!(c.bits("THE"), c.bits("the"));
        assert!(c.bits("the").is_some());
    }

    #[test]
    fn building_is_deterministic_and_text_round_trips() {
        let a = Clusters::build(&corpus(), &opts(5));
        let b = Clusters::build(&corpus(), &opts(5));
        assert_eq!(a.write(), b.write());
        let back = Clusters::read(&a.write()).unwrap();
        assert_eq!(back.write(), a.write());
        assert!(Clusters::read("01x\tword\t3\n").is_err());
    }
}
