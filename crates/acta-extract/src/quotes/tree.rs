//! A sentence's dependency parse, read defensively: heads out of range or pointing at
//! themselves are treated as missing, subtrees are collected with a visited set (a cycle
//! cannot loop), and a subtree's extent is the contiguous run of tokens around its head.

use acta_core::Token;

pub struct Tree<'a> {
    pub toks: &'a [Token],
    heads: Vec<Option<usize>>,
    children: Vec<Vec<usize>>,
    lemmas: Vec<String>,
}

impl<'a> Tree<'a> {
    pub fn new(toks: &'a [Token]) -> Tree<'a> {
        let n = toks.len();
        let heads: Vec<Option<usize>> = toks
            .iter()
            .enumerate()
            .map(|(i, t)| match t.head {
                Some(h) if h >= 1 && h <= n && h - 1 != i => Some(h - 1),
                _ => None,
            })
            .collect();
        let mut children = vec![Vec::new(); n];
        for (i, h) in heads.iter().enumerate() {
            if let Some(h) = h {
                children[*h].push(i);
            }
        }
        let lemmas = toks
            .iter()
            .map(|t| t.lemma.as_deref().unwrap_or(&t.text).to_lowercase())
            .collect();
        Tree {
            toks,
            heads,
            children,
            lemmas,
        }
    }

    pub fn len(&self) -> usize {
        self.toks.len()
    }

    pub fn is_empty(&self) -> bool {
        self.toks.is_empty()
    }

    pub fn head(&self, i: usize) -> Option<usize> {
        self.heads[i]
    }

    /// The full relation (`nsubj:pass`), or "".
    pub fn rel(&self, i: usize) -> &str {
        self.toks[i].deprel.as_deref().unwrap_or("")
    }

    /// The universal part of the relation (`nsubj` for `nsubj:pass`).
    pub fn base(&self, i: usize) -> &str {
        let r = self.rel(i);
        r.split(':').next().unwrap_or(r)
    }

    pub fn upos(&self, i: usize) -> &str {
        self.toks[i].upos.as_deref().unwrap_or("")
    }

    pub fn xpos(&self, i: usize) -> &str {
        self.toks[i].xpos.as_deref().unwrap_or("")
    }

    /// The lemma, lowercased (the word itself when there is none).
    pub fn lemma(&self, i: usize) -> &str {
        &self.lemmas[i]
    }

    pub fn text(&self, i: usize) -> &str {
        &self.toks[i].text
    }

    pub fn lower(&self, i: usize) -> String {
        self.toks[i].text.to_lowercase()
    }

    pub fn children(&self, i: usize) -> &[usize] {
        &self.children[i]
    }

    /// The first child with relation `rel` (full, or universal part when `rel` has no `:`).
    pub fn child(&self, i: usize, rel: &str) -> Option<usize> {
        self.children[i]
            .iter()
            .copied()
            .find(|&c| self.rel_is(c, rel))
    }

    pub fn rel_is(&self, i: usize, rel: &str) -> bool {
        if rel.contains(':') {
            self.rel(i) == rel
        } else {
            self.base(i) == rel
        }
    }

    /// Whether `a` is `b` or below it.
    pub fn dominates(&self, b: usize, a: usize) -> bool {
        let mut at = Some(a);
        for _ in 0..self.len() + 1 {
            match at {
                Some(x) if x == b => return true,
                Some(x) => at = self.heads[x],
                None => return false,
            }
        }
        false
    }

    /// The tokens of `i`'s subtree, leaving out the subtrees rooted at tokens `cut` says yes
    /// to (never `i` itself).
    pub fn subtree_set(&self, i: usize, cut: &dyn Fn(usize) -> bool) -> Vec<bool> {
        let mut inside = vec![false; self.len()];
        let mut stack = vec![i];
        while let Some(x) = stack.pop() {
            if inside[x] || (x != i && cut(x)) {
                continue;
            }
            inside[x] = true;
            stack.extend(self.children[x].iter().copied());
        }
        inside
    }

    /// The contiguous extent (inclusive) of `i`'s subtree around `i`, without the cut
    /// subtrees: growing from `i` in both directions while the tokens belong to it.
    pub fn extent(&self, i: usize, cut: &dyn Fn(usize) -> bool) -> (usize, usize) {
        let inside = self.subtree_set(i, cut);
        let (mut lo, mut hi) = (i, i);
        while lo > 0 && inside[lo - 1] {
            lo -= 1;
        }
        while hi + 1 < self.len() && inside[hi + 1] {
            hi += 1;
        }
        (lo, hi)
    }

    pub fn is_punct(&self, i: usize) -> bool {
        self.upos(i) == "PUNCT" || self.toks[i].text.chars().all(|c| !c.is_alphanumeric())
    }

    /// A finite verb form (or a modal).
    pub fn finite(&self, i: usize) -> bool {
        matches!(self.xpos(i), "VBD" | "VBZ" | "VBP" | "MD")
    }

    pub fn verbal(&self, i: usize) -> bool {
        matches!(self.upos(i), "VERB" | "AUX") || self.xpos(i).starts_with("VB")
    }
}
