//! A sentence as the coder sees it: normalized words, lemmas, tags and the dependency tree
//! with children lists, and the syntactic helpers the coder asks (subject, object,
//! complements, clause windows). Parses are imperfect (UAS about 85): every helper tolerates
//! cycles, missing heads and odd relations.

use acta_core::Token;

use crate::dict::actors::norm_word;

pub(crate) struct Sent<'a> {
    pub toks: &'a [Token],
    /// `norm_word` of the text: lower case, letters and digits only ("" for punctuation).
    pub nw: Vec<String>,
    /// Lower-case lemma (the normalized word when the parser gave none).
    pub lemma: Vec<String>,
    pub head: Vec<Option<usize>>,
    /// Relations the repairs in [`Sent::new`] changed (`None`: the parser's).
    fixed_rel: Vec<Option<&'static str>>,
    pub kids: Vec<Vec<usize>>,
    /// Whether the token stands in a temporal expression of the dates stage (all `false`
    /// until [`Sent::with_dates`]).
    pub date: Vec<bool>,
}

impl<'a> Sent<'a> {
    pub fn new(toks: &'a [Token]) -> Sent<'a> {
        let n = toks.len();
        let nw: Vec<String> = toks.iter().map(|t| norm_word(&t.text)).collect();
        let lemma = toks
            .iter()
            .zip(&nw)
            .map(|(t, w)| match &t.lemma {
                Some(l) if !l.is_empty() && l != "_" => l.to_lowercase(),
                _ => w.clone(),
            })
            .collect();
        let mut head: Vec<Option<usize>> = toks
            .iter()
            .enumerate()
            .map(|(i, t)| match t.head {
                Some(h) if h >= 1 && h <= n && h - 1 != i => Some(h - 1),
                _ => None,
            })
            .collect();
        // a known parser slip: a quotation's clause hung on the speaker's name ("...," Sergey
        // Lavrov said) instead of on the verb of saying
        for i in 0..n {
            let rel = toks[i].deprel.as_deref().unwrap_or("");
            if !(rel == "ccomp" || rel == "parataxis") {
                continue;
            }
            let Some(h) = head[i] else { continue };
            let nominal = matches!(toks[h].upos.as_deref(), Some("NOUN" | "PROPN" | "PRON"));
            let subj = toks[h]
                .deprel
                .as_deref()
                .is_some_and(|r| r.starts_with("nsubj"));
            if let (true, true, Some(v)) = (nominal, subj, head[h]) {
                if toks[v].upos.as_deref() == Some("VERB") && v != i {
                    head[i] = Some(v);
                }
            }
        }
        let mut fixed_rel = vec![None; n];
        second_that_clause(toks, &mut head, &mut fixed_rel);
        neighbouring_country(toks, &mut head, &mut fixed_rel);
        split_count(toks, &mut head, &mut fixed_rel);
        let mut kids = vec![Vec::new(); n];
        for (i, h) in head.iter().enumerate() {
            if let Some(h) = h {
                kids[*h].push(i);
            }
        }
        Sent {
            toks,
            nw,
            lemma,
            head,
            fixed_rel,
            kids,
            date: vec![false; n],
        }
    }

    /// Marks the tokens that stand in one of the document's temporal expressions.
    pub fn with_dates(mut self, doc: &acta_core::Document) -> Sent<'a> {
        for (d, t) in self.date.iter_mut().zip(self.toks) {
            *d = crate::dates_in_span(doc, t.start, t.end).next().is_some();
        }
        self
    }

    /// A pronoun the parser read as an expletive before an adjective that wants a doer
    /// (`wants_doer`: "willing", "ready", "reluctant") with an infinitive of its own is that
    /// adjective's subject: "Syria says it is willing to withdraw its troops" (`expl` "it"),
    /// since no expletive "it" is willing or ready to do anything.
    pub fn with_doer_subjects(mut self, wants_doer: impl Fn(&str) -> bool) -> Sent<'a> {
        for i in 0..self.len() {
            let Some(h) = self.head[i] else { continue };
            if self.rel(i) == "expl"
                && self.upos(i) == "PRON"
                && self.upos(h) == "ADJ"
                && wants_doer(&self.lemma[h])
                && self.kid_rel(h, &["nsubj"]).is_none()
                && self.kid_rel(h, &["xcomp"]).is_some()
            {
                self.fixed_rel[i] = Some("nsubj");
            }
        }
        self
    }

    pub fn len(&self) -> usize {
        self.toks.len()
    }

    /// Whether token `i` is written with a capital first letter.
    pub fn capitalized(&self, i: usize) -> bool {
        self.toks[i]
            .text
            .chars()
            .next()
            .is_some_and(char::is_uppercase)
    }

    pub fn upos(&self, i: usize) -> &str {
        self.toks[i].upos.as_deref().unwrap_or("")
    }

    pub fn xpos(&self, i: usize) -> &str {
        self.toks[i].xpos.as_deref().unwrap_or("")
    }

    /// The full relation (`nsubj:pass`).
    pub fn rel(&self, i: usize) -> &str {
        if let Some(r) = self.fixed_rel[i] {
            return r;
        }
        self.toks[i].deprel.as_deref().unwrap_or("")
    }

    /// The universal part of the relation (`nsubj`).
    pub fn urel(&self, i: usize) -> &str {
        let r = self.rel(i);
        r.split(':').next().unwrap_or(r)
    }

    pub fn is_verb(&self, i: usize) -> bool {
        self.upos(i) == "VERB"
    }

    /// Children with one of the relations (full or universal part).
    pub fn kids_rel<'s>(
        &'s self,
        i: usize,
        rels: &'s [&'s str],
    ) -> impl Iterator<Item = usize> + 's {
        self.kids[i]
            .iter()
            .copied()
            .filter(move |&k| rels.contains(&self.rel(k)) || rels.contains(&self.urel(k)))
    }

    pub fn kid_rel(&self, i: usize, rels: &[&str]) -> Option<usize> {
        self.kids_rel(i, rels).next()
    }

    /// `true` when `x` is `anc` or below it (guards against cycles).
    pub fn under(&self, mut x: usize, anc: usize) -> bool {
        for _ in 0..self.len() + 1 {
            if x == anc {
                return true;
            }
            match self.head[x] {
                Some(h) => x = h,
                None => return false,
            }
        }
        false
    }

    /// The case marker of a nominal (`with` for "with Gondor"), lower case.
    pub fn case_of(&self, i: usize) -> Option<String> {
        self.kids_rel(i, &["case"])
            .next()
            .map(|k| self.lemma[k].clone())
    }

    /// The subordinator of a clause (`that`, `if`, `to`), lower case.
    pub fn mark_of(&self, i: usize) -> Option<String> {
        self.kids_rel(i, &["mark"])
            .next()
            .map(|k| self.lemma[k].clone())
    }

    /// A relative pronoun (which, who, that) heading a subject or object of a relative clause.
    pub fn is_relative(&self, i: usize) -> bool {
        matches!(
            self.lemma[i].as_str(),
            "which" | "who" | "whom" | "that" | "whose"
        ) && matches!(self.upos(i), "PRON" | "DET")
    }

    /// The tokens of the clause of predicate `p`: its subtree without the subtrees of other
    /// clauses below it (complement, adverbial, relative and coordinated clauses), in text
    /// order. Infinitival complements (xcomp) stay: patterns name words in them.
    pub fn clause(&self, p: usize) -> Vec<usize> {
        let mut out = Vec::new();
        let mut stack = vec![p];
        let mut seen = vec![false; self.len()];
        while let Some(x) = stack.pop() {
            if seen[x] {
                continue;
            }
            seen[x] = true;
            out.push(x);
            for &k in &self.kids[x] {
                if self.is_clause_boundary(k) {
                    continue;
                }
                stack.push(k);
            }
        }
        out.sort_unstable();
        out
    }

    /// A child that starts a clause of its own.
    pub fn is_clause_boundary(&self, k: usize) -> bool {
        match self.urel(k) {
            "ccomp" | "parataxis" | "csubj" | "list" | "advcl" => true,
            "acl" => true,
            "conj" => self.is_verb(k) || self.has_own_subject(k),
            _ => false,
        }
    }

    pub fn has_own_subject(&self, p: usize) -> bool {
        self.kid_rel(p, &["nsubj", "csubj", "expl"]).is_some()
    }

    /// The nominal subject child of `p` (either voice).
    pub fn subject_child(&self, p: usize) -> Option<usize> {
        self.kid_rel(p, &["nsubj"])
    }

    /// The subject `t` with the other subjects of the same verb that form one list with it:
    /// parsers often hang the members of a subject list on the verb one by one ("The US,
    /// Russia, and Switzerland met" with "Switzerland" a second `nsubj`; "Old foes Gondor and
    /// Osgiliath" with "foes" and "Gondor" both subjects). They are one list when they all
    /// stand before the verb, are nouns or names, a coordinating conjunction joins them
    /// somewhere, and nothing but their own words, commas and conjunctions lies between them,
    /// no verb among them ("crowds burned down its embassy, a senior official said" is no
    /// list). In the order of the sentence; `[t]` when there is no list.
    pub fn co_subjects(&self, t: usize) -> Vec<usize> {
        let Some(h) = self.head[t] else {
            return vec![t];
        };
        if self.urel(t) != "nsubj" || t > h {
            return vec![t];
        }
        let rel = self.rel(t);
        let mut subj: Vec<usize> = self.kids[h]
            .iter()
            .copied()
            .filter(|&k| k < h && self.rel(k) == rel && matches!(self.upos(k), "NOUN" | "PROPN"))
            .collect();
        if !subj.contains(&t) {
            return vec![t];
        }
        if subj.len() < 2 {
            return vec![t];
        }
        subj.sort_unstable();
        let lo = subj.iter().map(|&k| self.span(k).0).min().unwrap_or(t);
        let hi = subj.iter().map(|&k| self.span(k).1).max().unwrap_or(t);
        let joined = (lo..=hi).all(|x| {
            (subj.iter().any(|&k| self.under(x, k))
                || (self.head[x] == Some(h) && matches!(self.upos(x), "PUNCT" | "CCONJ")))
                && !matches!(self.upos(x), "VERB" | "AUX")
        }) && (lo..=hi).any(|x| self.upos(x) == "CCONJ");
        if joined {
            subj
        } else {
            vec![t]
        }
    }

    /// Passive voice: a passive subject or auxiliary, an agent, or a past participle
    /// modifying a noun or opening a sentence ("Rebuked by Eriador, ...").
    pub fn is_passive(&self, p: usize) -> bool {
        if self
            .kid_rel(p, &["nsubj:pass", "aux:pass", "csubj:pass", "obl:agent"])
            .is_some()
        {
            return true;
        }
        self.xpos(p) == "VBN"
            && matches!(self.urel(p), "acl" | "advcl")
            && self.kid_rel(p, &["aux"]).is_none()
            && self.kid_rel(p, &["nsubj"]).is_none()
            && self.main_verb_read_as_participle(p).is_none()
    }

    /// "Former US President Donald Trump on 2/9 expressed "great disappointment" that ...":
    /// the tagger reads the verb after a name (and a date) as a past participle, and a parser
    /// may hang it on the name at the root as a reduced relative. A participle with a direct
    /// object is active (a passive has none, except the second object of a verb of giving:
    /// "prisoners granted amnesty"), and when no other verb stands outside its clause it is
    /// the sentence's main verb: the root noun before it is its subject. Returns that noun.
    /// So is a participle with an infinitive of its own when the verb has no passive that
    /// takes one ("European Community foreign ministers agreed in principle on Saturday to
    /// provide aid": nobody is "agreed to provide"; but "troops ordered to withdraw", "aid
    /// expected to arrive" are passives).
    pub fn main_verb_read_as_participle(&self, p: usize) -> Option<usize> {
        const ACTIVE_INFINITIVE: &[&str] = &[
            "agree", "refuse", "decline", "vow", "pledge", "threaten", "fail", "try", "attempt",
            "decide", "vote", "seek", "hope", "plan", "promise", "offer", "resolve", "manage",
            "continue", "begin", "start",
        ];
        let infinitive = || {
            ACTIVE_INFINITIVE.contains(&self.lemma[p].as_str())
                && self.kids_rel(p, &["xcomp", "advcl"]).any(|c| {
                    c > p
                        && self.xpos(c) == "VB"
                        && self.mark_of(c).as_deref() == Some("to")
                        && self.kid_rel(c, &["nsubj", "nsubj:pass"]).is_none()
                })
        };
        const GIVING: &[&str] = &[
            "give", "grant", "award", "offer", "hand", "send", "deny", "promise", "show", "tell",
            "ask", "pay", "allow", "lend", "sell", "owe", "teach", "assign", "issue", "refuse",
            "serve", "loan", "bring", "leave", "charge", "fine", "spare", "name", "call", "elect",
            "appoint",
        ];
        let h = self.head[p]?;
        (self.xpos(p) == "VBN"
            && self.urel(p) == "acl"
            && self.head[h].is_none()
            && h < p
            && matches!(self.upos(h), "NOUN" | "PROPN")
            && (self.kid_rel(p, &["obj"]).is_some() || infinitive())
            && self
                .kid_rel(
                    p,
                    &[
                        "aux",
                        "aux:pass",
                        "nsubj",
                        "nsubj:pass",
                        "mark",
                        "obl:agent",
                    ],
                )
                .is_none()
            && self.agent(p).is_none()
            && !GIVING.contains(&self.lemma[p].as_str())
            && (0..self.len()).all(|t| t == p || !self.is_verb(t) || self.under(t, p)))
        .then_some(h)
    }

    /// The agent of a passive ("by Russia"): an oblique with `by`.
    pub fn agent(&self, p: usize) -> Option<usize> {
        self.kids[p].iter().copied().find(|&k| {
            self.rel(k) == "obl:agent"
                || (matches!(self.urel(k), "obl" | "nmod")
                    && self.case_of(k).as_deref() == Some("by"))
        })
    }

    /// The span (first token, last token) of `i`'s subtree.
    pub fn span(&self, i: usize) -> (usize, usize) {
        let mut lo = i;
        let mut hi = i;
        let mut stack = vec![i];
        let mut guard = 0;
        while let Some(x) = stack.pop() {
            guard += 1;
            if guard > self.len() * 2 {
                break;
            }
            lo = lo.min(x);
            hi = hi.max(x);
            stack.extend(self.kids[x].iter().copied());
        }
        (lo, hi)
    }

    /// Nominal conjuncts of `i`, `i` first ("Russia and Ukraine" → both).
    pub fn conjuncts(&self, i: usize) -> Vec<usize> {
        let mut out = vec![i];
        let mut at = 0;
        while at < out.len() && out.len() < 16 {
            let x = out[at];
            for k in self.kids_rel(x, &["conj"]).collect::<Vec<_>>() {
                if !out.contains(&k) && !self.is_verb(k) {
                    out.push(k);
                }
            }
            // a name the parser made an apposition inside a list ("The US, Britain and
            // France", "Mordor, the Shire, Fornost and Bree"): a name right before the
            // conjunction of a later member is a member; an apposition closes with a comma
            // ("Russia's president, Vladimir Putin, and Xi")
            for a in self.kids_rel(x, &["appos"]).collect::<Vec<_>>() {
                let next = self.span(a).1 + 1;
                let member = a > x
                    && self.upos(a) == "PROPN"
                    && next < self.len()
                    && self.upos(next) == "CCONJ"
                    && self.head[next].is_some_and(|c| {
                        c > next && self.head[c] == Some(x) && self.urel(c) == "conj"
                    });
                if member && !out.contains(&a) {
                    out.push(a);
                }
            }
            at += 1;
        }
        // the members after the first in the order of the sentence
        out[1..].sort_unstable();
        out
    }
}

/// "from neighboring Lebanon", "into neighbouring Georgia": parsers read the adjective as a
/// gerund opening a clause (`mark` "from", `advcl` "neighboring", `obj` "Lebanon"), which hides
/// the country behind a clause boundary. The phrase is the preposition's: the noun is an
/// oblique of the clause's head with the preposition as its case, "neighboring" its modifier.
fn neighbouring_country(
    toks: &[Token],
    head: &mut [Option<usize>],
    fixed_rel: &mut [Option<&'static str>],
) {
    let n = toks.len();
    let rel = |i: usize| toks[i].deprel.as_deref().unwrap_or("");
    for i in 1..n.saturating_sub(1) {
        let word = toks[i].text.to_lowercase();
        if !matches!(word.as_str(), "neighboring" | "neighbouring")
            || !matches!(rel(i), "advcl" | "acl")
        {
            continue;
        }
        let Some(h) = head[i] else { continue };
        let m = i - 1;
        let o = (i + 1..n).find(|&k| head[k] == Some(i) && rel(k) == "obj");
        let prep = matches!(
            toks[m].text.to_lowercase().as_str(),
            "from" | "to" | "into" | "in" | "at" | "with" | "against" | "on" | "toward" | "towards"
        );
        if let (true, true, Some(o)) = (prep, head[m] == Some(i) && rel(m) == "mark", o) {
            head[o] = Some(h);
            fixed_rel[o] = Some("obl");
            head[m] = Some(o);
            fixed_rel[m] = Some("case");
            head[i] = Some(o);
            fixed_rel[i] = Some("amod");
        }
    }
}

/// "paid compensation to 67 elderly British nationals": parsers read the number as the
/// preposition's object (`case` "to", `obl` "67") and hang the counted noun on the verb apart
/// (`obl:unmarked` "nationals"), which leaves the noun phrase with no preposition. The phrase
/// is one: the noun takes the number's relation and its preposition, the number counts it.
/// Only when the noun follows the number, every word between hangs inside the noun's phrase,
/// and both hang on the same head.
fn split_count(toks: &[Token], head: &mut [Option<usize>], fixed_rel: &mut [Option<&'static str>]) {
    let n = toks.len();
    let rel = |i: usize| toks[i].deprel.as_deref().unwrap_or("");
    let upos = |i: usize| toks[i].upos.as_deref().unwrap_or("");
    for i in 0..n.saturating_sub(1) {
        let own: &'static str = match rel(i) {
            "obl" => "obl",
            "nmod" => "nmod",
            _ => continue,
        };
        if upos(i) != "NUM" || fixed_rel[i].is_some() {
            continue;
        }
        let Some(h) = head[i] else { continue };
        let Some(case) = (0..i).find(|&k| head[k] == Some(i) && rel(k) == "case") else {
            continue;
        };
        // the noun: the first token after the number hanging on the same head
        let Some(j) = (i + 1..n).find(|&k| head[k] == Some(h)) else {
            continue;
        };
        let noun = matches!(upos(j), "NOUN" | "PROPN");
        let loose = matches!(
            rel(j),
            "obl:unmarked" | "obl:npmod" | "dep" | "obl" | "nmod"
        );
        let inside = (i + 1..j).all(|k| {
            let mut x = k;
            for _ in 0..n {
                match head[x] {
                    Some(y) if y == j => return true,
                    Some(y) if y > i && y < j => x = y,
                    _ => return false,
                }
            }
            false
        });
        if noun && loose && inside && (0..n).all(|k| head[k] != Some(j) || rel(k) != "case") {
            head[case] = Some(j);
            head[i] = Some(j);
            fixed_rel[i] = Some("nummod");
            fixed_rel[j] = Some(own);
        }
    }
}

/// A second complement clause, "alleged that A, and that B", which parsers often hang on the
/// main verb as a conjunct or on the final stop as an adverbial: the clause whose "that"
/// follows a coordinating conjunction is coordinated with the nearest complement clause
/// before it, and so is said by the same verb (an allegation's second count is claimed, not
/// asserted). Only when such a complement stands before it and the clause is not already
/// inside it.
fn second_that_clause(
    toks: &[Token],
    head: &mut [Option<usize>],
    fixed_rel: &mut [Option<&'static str>],
) {
    let n = toks.len();
    let rel = |i: usize| toks[i].deprel.as_deref().unwrap_or("");
    let under = |head: &[Option<usize>], mut x: usize, anc: usize| {
        for _ in 0..n {
            match head[x] {
                Some(h) if h == anc => return true,
                Some(h) => x = h,
                None => return false,
            }
        }
        false
    };
    for m in 1..n {
        let that = toks[m].text.eq_ignore_ascii_case("that") && rel(m) == "mark";
        if !that || toks[m - 1].upos.as_deref() != Some("CCONJ") {
            continue;
        }
        let Some(i) = head[m] else { continue };
        if i < m || rel(i) == "ccomp" {
            continue;
        }
        // the nearest complement clause before the conjunction, said by a verb before it
        let Some(c) = (0..m - 1)
            .rev()
            .find(|&c| rel(c) == "ccomp" && head[c].is_some_and(|h| h < c) && c != i)
        else {
            continue;
        };
        if under(head, i, c) || under(head, c, i) {
            continue;
        }
        head[i] = Some(c);
        fixed_rel[i] = Some("conj");
    }
}
