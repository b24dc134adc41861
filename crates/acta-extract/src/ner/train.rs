//! Training and evaluating the entity tagger, and reading its training data: IOB2 files
//! (Universal NER) and GUM's entity annotation (CoNLL-U `Entity=` in MISC).
//!
//! Training is deterministic: the same examples, gazetteer and options give the same model
//! bytes.

use rustc_hash::FxHashMap;

use super::{
    dynamic_features, label_id, spans_of, static_features, words_of, EntityTagger, Gazetteer,
    NerKind, NerSpan, N,
};
use acta_core::conllu::ConlluSentence;

/// One training or evaluation sentence.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Example {
    pub words: Vec<String>,
    /// UPOS tags as the syntax stage predicts them (not gold tags: the tagger must learn from
    /// what it will see).
    pub upos: Vec<String>,
    /// Label ids ([`super::LABELS`]).
    pub labels: Vec<u8>,
    /// The document it belongs to: consecutive examples with the same number are one
    /// document, tagged together ([`EntityTagger::tag_doc`]).
    pub doc: usize,
}

/// A sentence's words and their label ids.
pub type LabeledSentence = (Vec<String>, Vec<u8>);

/// Reads an IOB2 file (`id<TAB>word<TAB>label...` per token, blank line between sentences,
/// `#` comments): the words and label ids of each sentence. Labels other than PER/ORG/LOC
/// read as `O`. A line without a label column is an error with its line number.
pub fn read_iob2(text: &str) -> Result<Vec<LabeledSentence>, (usize, String)> {
    Ok(read_iob2_docs(text)?.into_iter().flatten().collect())
}

/// [`read_iob2`] by document: a `# newdoc` comment starts a new one.
pub fn read_iob2_docs(text: &str) -> Result<Vec<Vec<LabeledSentence>>, (usize, String)> {
    let mut docs: Vec<Vec<LabeledSentence>> = Vec::new();
    let mut out = Vec::new();
    let mut words = Vec::new();
    let mut labels = Vec::new();
    for (n, line) in text.lines().enumerate() {
        let line = line.trim_end_matches('\r');
        if line.is_empty() {
            if !words.is_empty() {
                out.push((std::mem::take(&mut words), std::mem::take(&mut labels)));
            }
            continue;
        }
        if line.starts_with('#') {
            if line.starts_with("# newdoc") && words.is_empty() && !out.is_empty() {
                docs.push(std::mem::take(&mut out));
            }
            continue;
        }
        let cols: Vec<&str> = line.split('\t').collect();
        if cols.len() < 3 {
            return Err((
                n + 1,
                format!("expected id, word and label, found {line:?}"),
            ));
        }
        words.push(cols[1].to_string());
        labels.push(label_id(cols[2]));
    }
    if !words.is_empty() {
        out.push((words, labels));
    }
    if !out.is_empty() {
        docs.push(out);
    }
    Ok(docs)
}

/// Titles that GUM includes in person mentions and Universal NER leaves out
/// (`President Obama` → `Obama`).
const TITLES: &[&str] = &[
    "president",
    "mr",
    "mrs",
    "ms",
    "miss",
    "dr",
    "prof",
    "professor",
    "sir",
    "dame",
    "lord",
    "lady",
    "king",
    "queen",
    "prince",
    "princess",
    "pope",
    "saint",
    "st",
    "senator",
    "sen",
    "governor",
    "gov",
    "general",
    "gen",
    "colonel",
    "col",
    "captain",
    "capt",
    "lt",
    "sergeant",
    "sgt",
    "chancellor",
    "minister",
    "prime",
    "secretary",
    "judge",
    "justice",
    "rev",
    "reverend",
    "father",
    "sister",
    "brother",
    "uncle",
    "aunt",
    "mayor",
    "chief",
    "rabbi",
    "imam",
    "sheikh",
    "emperor",
    "empress",
    "duke",
    "duchess",
    "count",
    "countess",
    "baron",
];

/// GUM's entity annotation as BIO labels. A GUM mention of a person, organization or place is
/// a named entity when its minimal span holds a proper noun; the entity is the run of proper
/// nouns (with `of`, `the`, `and`, `&`, hyphens and periods inside) around it, without leading
/// titles; a name inside another name (`Portsmouth` in `University of Portsmouth`) is left to
/// the outer one, as Universal NER annotates. Gold UPOS is used only to find the spans.
pub fn gum_labels(sent: &ConlluSentence) -> Vec<u8> {
    let n = sent.words.len();
    let mut labels = vec![0u8; n];
    // (start, end exclusive, kind, minspan token offsets)
    let mut mentions: Vec<(usize, usize, Option<NerKind>, Vec<usize>)> = Vec::new();
    let mut open: Vec<(String, usize, Option<NerKind>, Vec<usize>)> = Vec::new();
    for (i, w) in sent.words.iter().enumerate() {
        let Some(ent) = w.misc.split('|').find_map(|m| m.strip_prefix("Entity=")) else {
            continue;
        };
        let b = ent.as_bytes();
        let mut p = 0;
        while p < b.len() {
            if b[p] == b'(' {
                let q = b[p + 1..]
                    .iter()
                    .position(|&c| c == b'(' || c == b')')
                    .map_or(b.len(), |x| p + 1 + x);
                let attrs: Vec<&str> = ent[p + 1..q].split('-').collect();
                let eid = attrs.first().copied().unwrap_or("").to_string();
                let kind = match attrs.get(1).copied() {
                    Some("person") => Some(NerKind::Per),
                    Some("organization") => Some(NerKind::Org),
                    Some("place") => Some(NerKind::Loc),
                    _ => None,
                };
                let minspan: Vec<usize> = attrs
                    .get(5)
                    .map(|m| {
                        m.split(',')
                            .filter_map(|x| x.parse::<usize>().ok())
                            .collect()
                    })
                    .unwrap_or_default();
                if q < b.len() && b[q] == b')' {
                    mentions.push((i, i + 1, kind, minspan));
                    p = q + 1;
                } else {
                    open.push((eid, i, kind, minspan));
                    p = q;
                }
            } else {
                let q = b[p..]
                    .iter()
                    .position(|&c| c == b')' || c == b'(')
                    .map_or(b.len(), |x| p + x);
                if q < b.len() && b[q] == b')' {
                    let eid = &ent[p..q];
                    if let Some(k) = open.iter().rposition(|o| o.0 == eid) {
                        let (_, start, kind, minspan) = open.remove(k);
                        mentions.push((start, i + 1, kind, minspan));
                    }
                    p = q + 1;
                } else {
                    p = q.max(p + 1);
                }
            }
        }
    }
    let propn = |i: usize| sent.words[i].upos == "PROPN";
    let inner = |i: usize| {
        let w = &sent.words[i];
        matches!(
            w.form.to_lowercase().as_str(),
            "of" | "the" | "and" | "&" | "-" | "." | "'s" | "de" | "du" | "la" | "von" | "van"
        ) || w.upos == "NUM"
    };
    let mut spans: Vec<NerSpan> = Vec::new();
    for (start, end, kind, minspan) in mentions {
        let Some(kind) = kind else { continue };
        // the minimal span's tokens (1-based offsets in the mention), or the whole mention
        let heads: Vec<usize> = if minspan.is_empty() {
            (start..end).collect()
        } else {
            minspan
                .iter()
                .map(|&o| start + o - 1)
                .filter(|&i| i < end)
                .collect()
        };
        let Some(&anchor) = heads.iter().find(|&&i| propn(i)) else {
            continue;
        };
        let (mut a, mut z) = (anchor, anchor + 1);
        while a > start && (propn(a - 1) || (inner(a - 1) && a >= start + 2 && propn(a - 2))) {
            a -= 1;
        }
        while z < end && (propn(z) || (inner(z) && z + 1 < end && propn(z + 1))) {
            z += 1;
        }
        while a < z
            && (!propn(a) || (kind == NerKind::Per && z - a > 1 && is_title(&sent.words[a].form)))
        {
            a += 1;
        }
        while z > a && !propn(z - 1) {
            z -= 1;
        }
        // a plural proper noun alone is a group by nationality, party or faith ("the
        // Palestinians", "Democrats"): Universal NER leaves those out (no NORP type)
        let group = (a..z).all(|i| sent.words[i].xpos == "NNPS" || inner(i));
        if a < z && !group {
            spans.push(NerSpan {
                start: a,
                end: z,
                kind,
            });
        }
    }
    label_outermost(spans, &mut labels);
    labels
}

/// An entity mention of MEANTIME (NewsReader's annotated Wikinews) in one sentence: its
/// token range, the type of the entity it refers to (`None` for products, financial
/// entities, mixed and untyped ones), whether its syntactic type says it is a name (`NAM`,
/// `PRE.NAM`; not nominals, pronouns, appositions, conjunctions, nor mentions whose type the
/// annotators left blank) and its `head` attribute's words when given.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct MeantimeMention {
    pub start: usize,
    pub end: usize,
    pub kind: Option<NerKind>,
    pub named: bool,
    pub head: Vec<String>,
}

/// Words that end the part of a MEANTIME mention its name is looked for in: an apposition
/// or parenthesis ("Joe Leonard, Chairman of AirTran Airways", "European Aeronautic Defence
/// & Space NV (EADS)") or a place's larger place ("Washington in the United States").
const MENTION_BREAKS: &[&str] = &[",", "(", ")", "--", "-", ";", ":", "in", "at", "near"];

/// Role words that MEANTIME's person mentions put before the name ("Spokeswoman Sandy
/// Angers", "Chrysler Chief Executive Robert Nardelli"), besides the titles of [`TITLES`].
const ROLES: &[&str] = &[
    "spokeswoman",
    "spokesman",
    "spokesperson",
    "chairman",
    "chairwoman",
    "vice",
    "executive",
    "officer",
    "director",
    "analyst",
    "ceo",
    "founder",
    "manager",
];

/// MEANTIME's entity mentions as BIO labels in Universal NER's conventions. MEANTIME marks
/// whole noun phrases ("The American computer company Apple", "U.S. President Barack
/// Obama"), and says which are names (`named`). A name mention of a person, organisation or
/// place gives the name that heads it: the run
/// of proper nouns (`upos`, the syntax model's tags; capitalized words continue a run; `of`,
/// `the`, `and`, `&`, hyphens and periods may stand inside) that is the annotators' `head`
/// when given, else the last run before the first apposition, parenthesis or `in`/`at` (the
/// head of an English noun phrase comes after its modifiers and before those), else the
/// first run after it. A run followed by a noun inside the mention is a modifier ("Ryanair
/// CEO", "Boeing employees"), not the entity's name. A person's name starts after its last
/// title or role word ("U.S. President Barack Obama" → "Barack Obama"). An acronym in brackets just
/// after the name is the same entity ("United States Air Force (USAF)"). A name that
/// `is_group` calls a people or nationality ("American", "Iraqis") is left out, as Universal
/// NER leaves groups out. Products, financial entities (indices, currencies, exchanges as
/// markets) and mixed entities give no names: Universal NER has no type for the first two
/// and the third is not one entity. Names inside another name are left to the outer one.
pub fn meantime_labels(
    words: &[&str],
    upos: &[&str],
    mentions: &[MeantimeMention],
    is_group: impl Fn(&str) -> bool,
) -> Vec<u8> {
    let n = words.len();
    let mut labels = vec![0u8; n];
    let propn = |i: usize| upos[i] == "PROPN";
    // a proper noun, or a capitalized word the tagger took for something else ("Enders";
    // not an acronym it took for a noun: "CEO")
    let name_word = |i: usize| {
        propn(i)
            || (words[i].starts_with(|c: char| c.is_uppercase())
                && words[i].chars().any(|c| c.is_lowercase())
                && !matches!(
                    upos[i],
                    "DET" | "ADP" | "PRON" | "CCONJ" | "SCONJ" | "AUX" | "PART" | "PUNCT"
                ))
    };
    let inner = |i: usize| {
        matches!(
            words[i].to_lowercase().as_str(),
            "of" | "the" | "and" | "&" | "-" | "." | "'s" | "de" | "du" | "la" | "von" | "van"
        ) || upos[i] == "NUM"
    };
    // the run of name words around `anchor`, inside start..end
    let run = |anchor: usize, start: usize, end: usize| {
        let (mut a, mut z) = (anchor, anchor + 1);
        while a > start
            && (name_word(a - 1) || (inner(a - 1) && a >= start + 2 && name_word(a - 2)))
        {
            a -= 1;
        }
        while z < end && (name_word(z) || (inner(z) && z + 1 < end && name_word(z + 1))) {
            z += 1;
        }
        (a, z)
    };
    let mut spans: Vec<NerSpan> = Vec::new();
    for m in mentions {
        let Some(kind) = m.kind else { continue };
        if !m.named {
            continue;
        }
        let (start, end) = (m.start.min(n), m.end.min(n));
        // the annotators' head, where it is the words of a stretch of the mention
        let head = (!m.head.is_empty() && m.head.len() <= end.saturating_sub(start))
            .then(|| {
                (start..=end - m.head.len()).find(|&i| {
                    m.head
                        .iter()
                        .enumerate()
                        .all(|(k, h)| words[i + k] == h.as_str())
                })
            })
            .flatten()
            .map(|i| (i, i + m.head.len()));
        let (lo, hi) = head.unwrap_or_else(|| {
            let cut = (start + 1..end)
                .find(|&i| MENTION_BREAKS.contains(&words[i]))
                .unwrap_or(end);
            if (start..cut).any(propn) {
                (start, cut)
            } else {
                (cut, end)
            }
        });
        let mut anchor = if lo == start && head.is_none() {
            (lo..hi).rev().find(|&i| propn(i))
        } else {
            (lo..hi).find(|&i| propn(i))
        };
        if anchor.is_none() {
            // a name by the annotators' word that the tagger saw no proper noun in
            // ("Boeing says ...")
            anchor = (lo..hi).rev().find(|&i| name_word(i));
        }
        let Some(anchor) = anchor else { continue };
        let (mut a, mut z) = run(anchor, lo, hi);
        if (z..hi).any(|i| upos[i] == "NOUN") && head.is_none() {
            continue; // a modifier: "Ryanair CEO"
        }
        if kind == NerKind::Per {
            let role = |w: &str| is_title(w) || ROLES.contains(&w.to_lowercase().as_str());
            if let Some(t) = (a..z).rev().find(|&i| role(words[i])) {
                a = t + 1;
            }
        }
        while a < z && !name_word(a) {
            a += 1;
        }
        while z > a && !name_word(z - 1) {
            z -= 1;
        }
        if a < z && !is_group(&words[a..z].join(" ")) {
            spans.push(NerSpan {
                start: a,
                end: z,
                kind,
            });
            // "United States Air Force ( USAF )"
            if z + 2 < end && words[z] == "(" && words[z + 2] == ")" && name_word(z + 1) {
                spans.push(NerSpan {
                    start: z + 1,
                    end: z + 2,
                    kind,
                });
            }
        }
    }
    label_outermost(spans, &mut labels);
    labels
}

/// Writes the spans as BIO labels, outermost first: a span inside or overlapping one already
/// written is dropped.
fn label_outermost(mut spans: Vec<NerSpan>, labels: &mut [u8]) {
    spans.sort_by_key(|s| (s.start, std::cmp::Reverse(s.end)));
    let mut taken: Vec<NerSpan> = Vec::new();
    for s in spans {
        if taken.iter().all(|t| s.end <= t.start || s.start >= t.end) {
            super::write_span(labels, s);
            taken.push(s);
        }
    }
}

pub(crate) fn is_title(w: &str) -> bool {
    let w = w.trim_end_matches('.').to_lowercase();
    TITLES.contains(&w.as_str())
}

/// Training options.
#[derive(Clone, Debug)]
pub struct TrainOptions {
    pub epochs: usize,
    pub seed: u64,
    /// Drop averaged weights smaller than this many quantization steps (1 keeps all).
    pub prune: i32,
}

impl Default for TrainOptions {
    fn default() -> Self {
        TrainOptions {
            epochs: 12,
            seed: 1,
            prune: 1,
        }
    }
}

struct Trainer {
    index: FxHashMap<u32, usize>,
    w: Vec<[f32; N]>,
    total: Vec<[f64; N]>,
    stamp: Vec<[u64; N]>,
    now: u64,
}

impl Trainer {
    fn new() -> Trainer {
        Trainer {
            index: FxHashMap::default(),
            w: Vec::new(),
            total: Vec::new(),
            stamp: Vec::new(),
            now: 0,
        }
    }

    fn score(&self, feats: &[u32]) -> [f32; N] {
        let mut s = [0f32; N];
        for f in feats {
            if let Some(&r) = self.index.get(f) {
                for (x, w) in s.iter_mut().zip(&self.w[r]) {
                    *x += w;
                }
            }
        }
        s
    }

    fn bump(&mut self, f: u32, class: usize, delta: f32) {
        let r = match self.index.get(&f) {
            Some(&r) => r,
            None => {
                self.w.push([0.0; N]);
                self.total.push([0.0; N]);
                self.stamp.push([0; N]);
                self.index.insert(f, self.w.len() - 1);
                self.w.len() - 1
            }
        };
        let elapsed = self.now - self.stamp[r][class];
        self.total[r][class] += elapsed as f64 * self.w[r][class] as f64;
        self.stamp[r][class] = self.now;
        self.w[r][class] += delta;
    }

    fn average(&self, prune: i32, gazetteer: &Gazetteer) -> EntityTagger {
        let now = self.now.max(1) as f64;
        let mut keys: Vec<(u32, usize)> = self.index.iter().map(|(&k, &r)| (k, r)).collect();
        keys.sort_unstable();
        let avg: Vec<(u32, [f64; N])> = keys
            .into_iter()
            .map(|(k, r)| {
                let mut a = [0f64; N];
                for (c, x) in a.iter_mut().enumerate() {
                    let total = self.total[r][c]
                        + (self.now - self.stamp[r][c]) as f64 * self.w[r][c] as f64;
                    *x = total / now;
                }
                (k, a)
            })
            .collect();
        let max = avg
            .iter()
            .flat_map(|(_, a)| a.iter())
            .fold(0f64, |m, x| m.max(x.abs()));
        let scale = if max > 0.0 { max / 32767.0 } else { 1.0 };
        let mut weights = FxHashMap::default();
        for (k, a) in avg {
            let q: [i16; N] = a.map(|x| (x / scale).round().clamp(-32767.0, 32767.0) as i16);
            if q.iter().any(|&x| (x as i32).abs() >= prune.max(1)) {
                weights.insert(k, q);
            }
        }
        EntityTagger::new(weights, scale as f32, gazetteer.clone(), super::DOC_PASS)
    }
}

/// Precision/recall counts per entity kind.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Scores {
    /// (kind, correct, predicted, gold)
    pub by_kind: Vec<(NerKind, usize, usize, usize)>,
}

impl Scores {
    pub fn total(&self) -> (usize, usize, usize) {
        self.by_kind
            .iter()
            .fold((0, 0, 0), |(a, b, c), &(_, x, y, z)| (a + x, b + y, c + z))
    }
    pub fn f1(&self) -> f64 {
        let (tp, p, g) = self.total();
        if tp == 0 {
            0.0
        } else {
            2.0 * tp as f64 / (p + g) as f64
        }
    }
}

/// Exact-span, exact-type scores of predicted against gold spans, per kind.
pub fn score_spans(pairs: impl IntoIterator<Item = (Vec<NerSpan>, Vec<NerSpan>)>) -> Scores {
    let kinds = [NerKind::Per, NerKind::Org, NerKind::Loc];
    let mut counts = [(0usize, 0usize, 0usize); 3];
    for (pred, gold) in pairs {
        for (k, c) in kinds.iter().zip(counts.iter_mut()) {
            let p: Vec<&NerSpan> = pred.iter().filter(|s| s.kind == *k).collect();
            let g: Vec<&NerSpan> = gold.iter().filter(|s| s.kind == *k).collect();
            c.0 += p.iter().filter(|s| g.contains(s)).count();
            c.1 += p.len();
            c.2 += g.len();
        }
    }
    Scores {
        by_kind: kinds
            .iter()
            .zip(counts)
            .map(|(&k, (a, b, c))| (k, a, b, c))
            .collect(),
    }
}

/// Tags every example, document by document, and scores it against its labels.
pub fn evaluate(tagger: &EntityTagger, examples: &[Example]) -> Scores {
    score_spans(
        tag_examples(tagger, examples)
            .into_iter()
            .zip(examples)
            .map(|(l, e)| (spans_of(&l), spans_of(&e.labels))),
    )
}

/// The tagger's labels for every example, each document ([`Example::doc`]) tagged together.
pub fn tag_examples(tagger: &EntityTagger, examples: &[Example]) -> Vec<Vec<u8>> {
    let mut out = Vec::with_capacity(examples.len());
    for doc in examples.chunk_by(|a, b| a.doc == b.doc) {
        let sents: Vec<(Vec<&str>, Vec<&str>)> = doc
            .iter()
            .map(|e| {
                (
                    e.words.iter().map(String::as_str).collect(),
                    e.upos.iter().map(String::as_str).collect(),
                )
            })
            .collect();
        out.extend(tagger.tag_doc(&sents));
    }
    out
}

/// Silver labels for a sentence with gold UPOS and XPOS (`gold_upos`, `gold_xpos`) from a
/// tagger's labels (`predicted`): kept when every predicted name begins and ends on a proper
/// noun and is a whole run of proper nouns (no proper noun just before or after it); `None`
/// otherwise (the sentence is then left out). Gold UPOS thus checks the tagger's boundaries,
/// and the names it could not place are not learnt. Two corrections follow Universal NER's
/// guidelines, as [`gum_labels`] does: a person's name loses its leading titles
/// ("President Bush" → "Bush"; a title before the name does not count as a proper noun
/// before it), and a name of plural proper nouns alone ("Iraqis", NNPS) is a group, not a
/// name, and is left out.
pub fn silver_labels(
    predicted: &[u8],
    words: &[&str],
    gold_upos: &[&str],
    gold_xpos: &[&str],
) -> Option<Vec<u8>> {
    let propn = |i: usize| gold_upos.get(i).is_some_and(|&u| u == "PROPN");
    let title = |i: usize| words.get(i).is_some_and(|w| is_title(w));
    let mut out = vec![0u8; predicted.len()];
    for s in spans_of(predicted) {
        let (mut a, mut before) = (s.start, s.start);
        if s.kind == NerKind::Per {
            while a + 1 < s.end && title(a) {
                a += 1;
            }
            while before > 0 && title(before - 1) {
                before -= 1;
            }
        }
        if !propn(a) || !propn(s.end - 1) || (before > 0 && propn(before - 1)) || propn(s.end) {
            return None;
        }
        if (a..s.end).all(|i| gold_xpos.get(i).is_some_and(|&x| x == "NNPS")) {
            continue;
        }
        let base = 1 + 2 * s.kind as u8;
        out[a] = base;
        for l in &mut out[a + 1..s.end] {
            *l = base + 1;
        }
    }
    Some(out)
}

/// Trains a tagger. With `dev` examples, the averaged weights after each epoch are scored on
/// them and the best epoch is kept; `log` receives one line per epoch.
pub fn train(
    examples: &[Example],
    dev: &[Example],
    gazetteer: &Gazetteer,
    opts: &TrainOptions,
    mut log: impl FnMut(String),
) -> EntityTagger {
    let mut t = Trainer::new();
    let prepared: Vec<_> = examples
        .iter()
        .map(|e| {
            let w: Vec<&str> = e.words.iter().map(String::as_str).collect();
            let u: Vec<&str> = e.upos.iter().map(String::as_str).collect();
            let ws = words_of(&w, &u, gazetteer);
            let feats: Vec<Vec<u32>> = (0..ws.len())
                .map(|i| {
                    let mut f = Vec::new();
                    static_features(&ws, i, &mut f);
                    f
                })
                .collect();
            (ws, feats)
        })
        .collect();
    let mut order: Vec<usize> = (0..examples.len()).collect();
    let mut rng = opts.seed ^ 0x9e37_79b9_7f4a_7c15;
    let mut next = || {
        rng = rng.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = rng;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    };
    let mut best: Option<(f64, usize, EntityTagger)> = None;
    let mut feats = Vec::with_capacity(64);
    for epoch in 1..=opts.epochs {
        for i in (1..order.len()).rev() {
            let j = (next() % (i as u64 + 1)) as usize;
            order.swap(i, j);
        }
        let mut errors = 0usize;
        let mut tokens = 0usize;
        for &k in &order {
            let (ws, statics) = &prepared[k];
            let gold = &examples[k].labels;
            // structured perceptron: the best sequence under the current weights; where its
            // label or label history differs from the gold one, the gold features gain and
            // the predicted ones lose
            // the weights change after every sentence, and so do the history scores
            let hist = super::HistoryScores::new(|f| t.score(f));
            let pred = super::viterbi(ws, statics, &hist, |f| t.score(f));
            tokens += ws.len();
            for i in 0..ws.len() {
                t.now += 1;
                let hist = |l: &[u8]| {
                    (
                        l[i],
                        if i >= 1 { l[i - 1] } else { 0 },
                        if i >= 2 { l[i - 2] } else { 0 },
                    )
                };
                let (g, gp, gp2) = hist(gold);
                let (p, pp, pp2) = hist(&pred);
                if (g, gp, gp2) == (p, pp, pp2) {
                    continue;
                }
                if g != p {
                    errors += 1;
                }
                feats.clear();
                feats.extend_from_slice(&statics[i]);
                dynamic_features(ws, i, gp, gp2, &mut feats);
                for &f in &feats {
                    t.bump(f, g as usize, 1.0);
                }
                feats.clear();
                feats.extend_from_slice(&statics[i]);
                dynamic_features(ws, i, pp, pp2, &mut feats);
                for &f in &feats {
                    t.bump(f, p as usize, -1.0);
                }
            }
        }
        let model = t.average(opts.prune, gazetteer);
        if dev.is_empty() {
            log(format!(
                "epoch {epoch:>2}: training errors {:.2}%, {} features",
                100.0 * errors as f64 / tokens.max(1) as f64,
                model.features()
            ));
            best = Some((0.0, epoch, model));
            continue;
        }
        let sc = evaluate(&model, dev);
        let (tp, p, g) = sc.total();
        log(format!(
            "epoch {epoch:>2}: training errors {:.2}%, dev P {:.4} R {:.4} F1 {:.4}, {} features",
            100.0 * errors as f64 / tokens.max(1) as f64,
            tp as f64 / p.max(1) as f64,
            tp as f64 / g.max(1) as f64,
            sc.f1(),
            model.features()
        ));
        if best.as_ref().is_none_or(|b| sc.f1() > b.0) {
            best = Some((sc.f1(), epoch, model));
        }
    }
    match best {
        Some((f1, epoch, m)) => {
            if !dev.is_empty() {
                log(format!("kept epoch {epoch} (dev F1 {f1:.4})"));
            }
            m
        }
        None => t.average(opts.prune, gazetteer),
    }
}

/// Trains one tagger per seed of `seeds` (each keeping its own best epoch on `dev`, as
/// [`train`] does) and averages their weights ([`EntityTagger::average`]): the seeds differ
/// only in the order the examples are shuffled in, which moves a single model's score by up
/// to two points; the average scores like the sum of the members' scores and tags as fast as
/// one of them. One seed gives exactly [`train`]'s model. `log` receives the members' lines,
/// each after its seed, and with `dev` the average's score.
pub fn train_ensemble(
    examples: &[Example],
    dev: &[Example],
    gazetteer: &Gazetteer,
    opts: &TrainOptions,
    seeds: &[u64],
    mut log: impl FnMut(String),
) -> EntityTagger {
    if seeds.len() <= 1 {
        let opts = TrainOptions {
            seed: seeds.first().copied().unwrap_or(opts.seed),
            ..opts.clone()
        };
        return train(examples, dev, gazetteer, &opts, log);
    }
    let members: Vec<EntityTagger> = seeds
        .iter()
        .map(|&seed| {
            let opts = TrainOptions {
                seed,
                ..opts.clone()
            };
            train(examples, dev, gazetteer, &opts, |line| {
                log(format!("seed {seed}: {line}"))
            })
        })
        .collect();
    // the members share the gazetteer and the label set, so averaging cannot fail
    let model = EntityTagger::average(&members).expect("members share a gazetteer");
    if !dev.is_empty() {
        let sc = evaluate(&model, dev);
        let (tp, p, g) = sc.total();
        log(format!(
            "kept the average of {} models (dev P {:.4} R {:.4} F1 {:.4}), {} features",
            members.len(),
            tp as f64 / p.max(1) as f64,
            tp as f64 / g.max(1) as f64,
            sc.f1(),
            model.features()
        ));
    }
    model
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ner::{GazKind, LABELS};

    /// MEANTIME mentions as (start, end, kind, head) → the names `meantime_labels` gives,
    /// as "word word/TYPE" strings.
    fn meantime(
        text: &str,
        upos: &str,
        mentions: &[(usize, usize, Option<NerKind>, &str)],
    ) -> Vec<String> {
        let words: Vec<&str> = text.split(' ').collect();
        let upos: Vec<&str> = upos.split(' ').collect();
        assert_eq!(words.len(), upos.len());
        let m: Vec<MeantimeMention> = mentions
            .iter()
            .map(|&(start, end, kind, head)| MeantimeMention {
                start,
                end,
                kind,
                named: true,
                head: head.split_whitespace().map(str::to_string).collect(),
            })
            .collect();
        let groups = ["American", "Americans", "Japanese"];
        let labels = meantime_labels(&words, &upos, &m, |p| groups.contains(&p));
        spans_of(&labels)
            .into_iter()
            .map(|s| format!("{}/{}", words[s.start..s.end].join(" "), s.kind.as_str()))
            .collect()
    }

    #[test]
    fn meantime_names_are_the_proper_nouns_of_the_mention() {
        use NerKind::*;
        // the head noun of a descriptive noun phrase
        assert_eq!(
            meantime(
                "The American computer company Apple released it",
                "DET ADJ NOUN NOUN PROPN VERB PRON",
                &[(0, 5, Some(Org), "Apple")]
            ),
            ["Apple/ORG"]
        );
        // a person's name after its titles, with or without a head
        assert_eq!(
            meantime(
                "U.S. President Barack Obama said so",
                "PROPN PROPN PROPN PROPN VERB ADV",
                &[(0, 4, Some(Per), ""), (0, 1, Some(Loc), "")]
            ),
            ["U.S./LOC", "Barack Obama/PER"]
        );
        assert_eq!(
            meantime(
                "Uralsib analyst Chris Weafer said",
                "PROPN NOUN PROPN PROPN VERB",
                &[(0, 4, Some(Per), ""), (0, 1, Some(Org), "")]
            ),
            ["Uralsib/ORG", "Chris Weafer/PER"]
        );
        // an apposition: the name before it; a nested organisation keeps its own name
        assert_eq!(
            meantime(
                "Joe Leonard , Chairman of AirTran Airways , said",
                "PROPN PROPN PUNCT NOUN ADP PROPN PROPN PUNCT VERB",
                &[(0, 7, Some(Per), ""), (5, 7, Some(Org), "")]
            ),
            ["Joe Leonard/PER", "AirTran Airways/ORG"]
        );
        // ... and after it when nothing before it is a proper noun
        assert_eq!(
            meantime(
                "European aircraft manufacturer , Airbus , said",
                "ADJ NOUN NOUN PUNCT PROPN PUNCT VERB",
                &[(0, 5, Some(Org), "")]
            ),
            ["Airbus/ORG"]
        );
        // a place's larger place is a name of its own only when annotated as one
        assert_eq!(
            meantime(
                "flights to Washington in the United States",
                "NOUN ADP PROPN ADP DET PROPN PROPN",
                &[(2, 7, Some(Loc), "")]
            ),
            ["Washington/LOC"]
        );
        assert_eq!(
            meantime(
                "at the Moscone Center in San Francisco",
                "ADP DET PROPN PROPN ADP PROPN PROPN",
                &[(1, 7, Some(Loc), "Moscone Center"), (5, 7, Some(Loc), "")]
            ),
            ["Moscone Center/LOC", "San Francisco/LOC"]
        );
        // a name that modifies a noun is not the mention's entity; an acronym in brackets is
        assert_eq!(
            meantime(
                "Ryanair CEO , Michael O'Leary , said",
                "PROPN NOUN PUNCT PROPN PROPN PUNCT VERB",
                &[(0, 2, Some(Per), ""), (3, 5, Some(Per), "")]
            ),
            ["Michael O'Leary/PER"]
        );
        assert_eq!(
            meantime(
                "to supply the United States Air Force ( USAF ) with tankers",
                "PART VERB DET PROPN PROPN PROPN PROPN PUNCT PROPN PUNCT ADP NOUN",
                &[(2, 10, Some(Org), "")]
            ),
            ["United States Air Force/ORG", "USAF/ORG"]
        );
        // capitalized words the tagger missed continue the name
        assert_eq!(
            meantime(
                "Chief executive Thomas Enders said",
                "ADJ NOUN PROPN NOUN VERB",
                &[(0, 4, Some(Per), "")]
            ),
            ["Thomas Enders/PER"]
        );
        // "of" inside a name; the article outside it
        assert_eq!(
            meantime(
                "the Bank of America said",
                "DET PROPN ADP PROPN VERB",
                &[(0, 4, Some(Org), "")]
            ),
            ["Bank of America/ORG"]
        );
    }

    #[test]
    fn meantime_mentions_without_names_give_none() {
        use NerKind::*;
        // products and financial entities (typed None), pronouns and nominals, peoples
        assert!(meantime(
            "the iPhone and the Dow Jones Industrial Average rose",
            "DET PROPN CCONJ DET PROPN PROPN PROPN PROPN VERB",
            &[(0, 2, None, "iPhone"), (3, 8, None, "")]
        )
        .is_empty());
        assert!(meantime(
            "the company said it would",
            "DET NOUN VERB PRON AUX",
            &[(0, 2, Some(Org), ""), (3, 4, Some(Org), "")]
        )
        .is_empty());
        assert!(meantime(
            "American and Japanese stocks fell",
            "PROPN CCONJ ADJ NOUN VERB",
            &[(0, 1, Some(Loc), ""), (2, 3, Some(Loc), "")]
        )
        .is_empty());
        // a mention the annotators did not call a name
        let words: Vec<&str> = "Prime Minister of Canada".split(' ').collect();
        let upos: Vec<&str> = "PROPN PROPN ADP PROPN".split(' ').collect();
        let m = MeantimeMention {
            start: 0,
            end: 4,
            kind: Some(Per),
            named: false,
            head: Vec::new(),
        };
        assert_eq!(
            meantime_labels(&words, &upos, &[m], |_| false),
            [0, 0, 0, 0]
        );
        // a title alone is no name
        assert!(meantime(
            "Mr Justice said",
            "PROPN PROPN VERB",
            &[(0, 2, Some(Per), "")]
        )
        .is_empty());
    }

    #[test]
    fn reads_iob2() {
        let text = "# sent_id = a\n1\tWhat\tO\t-\t-\n2\tMiramar\tB-LOC\t-\t-\n\n1\tSan\tB-LOC\n2\tJose\tI-LOC\n3\tx\tB-MISC\n";
        let s = read_iob2(text).unwrap();
        assert_eq!(s.len(), 2);
        assert_eq!(s[0].0, ["What", "Miramar"]);
        assert_eq!(s[0].1, [0, 5]);
        assert_eq!(s[1].1, [5, 6, 0]);
        assert!(read_iob2("1\tbad\n").is_err());
    }

    #[test]
    fn reads_iob2_documents() {
        let text = "# newdoc id = a\n# sent_id = 1\n1\tHi\tO\n\n# sent_id = 2\n1\tBob\tB-PER\n\n\
# newdoc id = b\n# sent_id = 3\n1\tParis\tB-LOC\n\n";
        let d = read_iob2_docs(text).unwrap();
        assert_eq!(d.len(), 2);
        assert_eq!(d[0].len(), 2);
        assert_eq!(d[1][0].0, ["Paris"]);
        assert_eq!(read_iob2(text).unwrap().len(), 3);
    }

    #[test]
    fn silver_labels_need_whole_runs_of_proper_nouns() {
        let l = |s: &str| -> Vec<u8> { s.split(' ').map(label_id).collect() };
        // "New York" as a whole run of PROPN: kept
        let words = ["in", "New", "York", "stayed"];
        let upos = ["ADP", "PROPN", "PROPN", "VERB"];
        let xpos = ["IN", "NNP", "NNP", "VBD"];
        let silver = |p: &str| silver_labels(&l(p), &words, &upos, &xpos);
        assert_eq!(silver("O B-LOC I-LOC O"), Some(l("O B-LOC I-LOC O")));
        // "York" alone: the run begins one word earlier
        assert_eq!(silver("O O B-LOC O"), None);
        // a name on a word that is not a proper noun
        assert_eq!(silver("O O O B-PER"), None);
        // no names at all: kept, every word O
        assert_eq!(silver("O O O O"), Some(l("O O O O")));
    }

    #[test]
    fn silver_labels_leave_out_titles_and_groups() {
        let l = |s: &str| -> Vec<u8> { s.split(' ').map(label_id).collect() };
        // "President Bush": the title is not part of the person's name, whether the tagger
        // put it inside the name or left it out
        let words = ["President", "Bush", "spoke", "."];
        let upos = ["PROPN", "PROPN", "VERB", "PUNCT"];
        let xpos = ["NNP", "NNP", "VBD", "."];
        let silver = |p: &str| silver_labels(&l(p), &words, &upos, &xpos);
        assert_eq!(silver("B-PER I-PER O O"), Some(l("O B-PER O O")));
        assert_eq!(silver("O B-PER O O"), Some(l("O B-PER O O")));
        // not for other kinds: "President Street" is a place's whole name
        assert_eq!(silver("O B-LOC O O"), None);
        // a lone title is kept as the tagger said (it is a proper noun)
        assert_eq!(
            silver_labels(
                &l("B-PER O"),
                &["Dr", "left"],
                &["PROPN", "VERB"],
                &["NNP", "VBD"]
            ),
            Some(l("B-PER O"))
        );
        // "Dr. Ali Hassan" with a full stop
        assert_eq!(
            silver_labels(
                &l("B-PER I-PER I-PER"),
                &["Dr.", "Ali", "Hassan"],
                &["PROPN", "PROPN", "PROPN"],
                &["NNP", "NNP", "NNP"]
            ),
            Some(l("O B-PER I-PER"))
        );
        // plural proper nouns alone are a group ("Iraqis", "Democrats"): not a name; a
        // singular proper noun in the same sentence stays
        let words = ["Iraqis", "in", "Basra", "voted"];
        let upos = ["PROPN", "ADP", "PROPN", "VERB"];
        let xpos = ["NNPS", "IN", "NNP", "VBD"];
        assert_eq!(
            silver_labels(&l("B-LOC O B-LOC O"), &words, &upos, &xpos),
            Some(l("O O B-LOC O"))
        );
        // a name with a plural word and a singular one is still a name ("United States")
        assert_eq!(
            silver_labels(
                &l("B-LOC I-LOC O"),
                &["United", "States", "voted"],
                &["PROPN", "PROPN", "VERB"],
                &["NNP", "NNPS", "VBD"]
            ),
            Some(l("B-LOC I-LOC O"))
        );
    }

    #[test]
    fn gum_groups_by_nationality_are_not_names() {
        let text = "# text = The Palestinians met Democrats in Gaza.\n\
1\tThe\tthe\tDET\tDT\t_\t2\tdet\t_\tEntity=(1-person-new-nnnnn-cf1-2-sgl-Palestinians\n\
2\tPalestinians\tPalestinian\tPROPN\tNNPS\t_\t3\tnsubj\t_\tEntity=1)\n\
3\tmet\tmeet\tVERB\tVBD\t_\t0\troot\t_\t_\n\
4\tDemocrats\tDemocrat\tPROPN\tNNPS\t_\t3\tobj\t_\tEntity=(2-organization-new-nnnnn-cf2-1-sgl-Democrats)\n\
5\tin\tin\tADP\tIN\t_\t6\tcase\t_\t_\n\
6\tGaza\tGaza\tPROPN\tNNP\t_\t3\tobl\t_\tEntity=(3-place-new-nnnnn-cf3-1-sgl-Gaza)|SpaceAfter=No\n\
7\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_\n\n";
        let sents = acta_core::conllu::parse(text).unwrap();
        let labels: Vec<&str> = gum_labels(&sents[0])
            .iter()
            .map(|&l| LABELS[l as usize])
            .collect();
        assert_eq!(labels, ["O", "O", "O", "O", "O", "B-LOC", "O"]);
    }

    #[test]
    fn gum_entities_become_names() {
        let text = "# text = President Barack Obama visited the University of Portsmouth in the United Kingdom.\n\
1\tPresident\tpresident\tPROPN\tNNP\t_\t3\tcompound\t_\tEntity=(1-person-new-nnnnn-cf1-3-coref-Barack_Obama\n\
2\tBarack\tBarack\tPROPN\tNNP\t_\t3\tflat\t_\t_\n\
3\tObama\tObama\tPROPN\tNNP\t_\t4\tnsubj\t_\tEntity=1)\n\
4\tvisited\tvisit\tVERB\tVBD\t_\t0\troot\t_\t_\n\
5\tthe\tthe\tDET\tDT\t_\t6\tdet\t_\tEntity=(2-organization-new-nnnnn-cf2-2-sgl-University_of_Portsmouth\n\
6\tUniversity\tUniversity\tPROPN\tNNP\t_\t4\tobj\t_\t_\n\
7\tof\tof\tADP\tIN\t_\t8\tcase\t_\t_\n\
8\tPortsmouth\tPortsmouth\tPROPN\tNNP\t_\t6\tnmod\t_\tEntity=(3-place-new-nnnnn-cf3-1-sgl-Portsmouth)2)\n\
9\tin\tin\tADP\tIN\t_\t12\tcase\t_\t_\n\
10\tthe\tthe\tDET\tDT\t_\t12\tdet\t_\tEntity=(4-place-new-nnnnn-cf4-2,3-sgl-United_Kingdom\n\
11\tUnited\tUnited\tPROPN\tNNP\t_\t12\tamod\t_\t_\n\
12\tKingdom\tKingdom\tPROPN\tNNP\t_\t4\tobl\t_\tEntity=4)|SpaceAfter=No\n\
13\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_\n\n";
        let sents = acta_core::conllu::parse(text).unwrap();
        let labels: Vec<&str> = gum_labels(&sents[0])
            .iter()
            .map(|&l| LABELS[l as usize])
            .collect();
        assert_eq!(
            labels,
            [
                "O", "B-PER", "I-PER", "O", "O", "B-ORG", "I-ORG", "I-ORG", "O", "O", "B-LOC",
                "I-LOC", "O"
            ]
        );
    }

    /// A sentence of the toy language: capitalized words are names (PROPN), the others verbs.
    fn toy(s: &str, l: &str) -> Example {
        Example {
            words: s.split(' ').map(str::to_string).collect(),
            upos: s
                .split(' ')
                .map(|w| {
                    if w.chars().next().is_some_and(char::is_uppercase) {
                        "PROPN"
                    } else {
                        "VERB"
                    }
                    .to_string()
                })
                .collect(),
            labels: l.split(' ').map(label_id).collect(),
            doc: 0,
        }
    }

    #[test]
    fn learns_a_toy_language_deterministically() {
        let data = vec![
            toy("Anna met Boris", "B-PER O B-PER"),
            toy("Boris visited Paris", "B-PER O B-LOC"),
            toy("Anna left Paris", "B-PER O B-LOC"),
            toy("Acme hired Anna", "B-ORG O B-PER"),
            toy("Boris joined Acme", "B-PER O B-ORG"),
        ];
        let mut g = Gazetteer::new();
        g.add(GazKind::Place, "Paris");
        let opts = TrainOptions {
            epochs: 5,
            ..Default::default()
        };
        let m1 = train(&data, &[], &g, &opts, |_| {});
        let m2 = train(&data, &[], &g, &opts, |_| {});
        assert_eq!(m1.to_bytes(), m2.to_bytes());
        let m3 = EntityTagger::from_bytes(&m1.to_bytes()).unwrap();
        let sc = evaluate(&m3, &data);
        assert_eq!(sc.f1(), 1.0, "{sc:?}");
    }
    #[test]
    fn averaged_weights_are_the_mean_of_the_members() {
        let data = vec![
            toy("Anna met Boris", "B-PER O B-PER"),
            toy("Boris visited Paris", "B-PER O B-LOC"),
            toy("Anna left Paris", "B-PER O B-LOC"),
            toy("Acme hired Anna", "B-ORG O B-PER"),
            toy("Boris joined Acme", "B-PER O B-ORG"),
            toy("Acme Bank opened in Paris", "B-ORG I-ORG O O B-LOC"),
        ];
        let mut g = Gazetteer::new();
        g.add(GazKind::Place, "Paris");
        let opts = TrainOptions {
            epochs: 3,
            ..Default::default()
        };
        let seeds = [1u64, 2, 3];
        let members: Vec<EntityTagger> = seeds
            .iter()
            .map(|&seed| {
                train(
                    &data,
                    &[],
                    &g,
                    &TrainOptions {
                        seed,
                        ..opts.clone()
                    },
                    |_| {},
                )
            })
            .collect();
        // the seeds give different models
        assert_ne!(members[0].to_bytes(), members[1].to_bytes());
        let avg = EntityTagger::average(&members).unwrap();
        // every feature row of any member is, in the average, the mean of the members' rows
        // (a row a member lacks counting as zero) to within the quantization steps; rows
        // whose mean rounds to zero are left out
        let step = members
            .iter()
            .map(|m| m.scale as f64)
            .fold(avg.scale as f64, f64::max);
        let mut keys: Vec<u32> = members
            .iter()
            .flat_map(|m| m.weights.keys().copied())
            .collect();
        keys.sort_unstable();
        keys.dedup();
        assert!(
            keys.len() > members[0].weights.len(),
            "the members differ in rows"
        );
        for key in keys {
            for c in 0..N {
                let mean: f64 = members
                    .iter()
                    .map(|m| {
                        m.weights
                            .get(&key)
                            .map_or(0.0, |r| r[c] as f64 * m.scale as f64)
                    })
                    .sum::<f64>()
                    / 3.0;
                let got = avg
                    .weights
                    .get(&key)
                    .map_or(0.0, |r| r[c] as f64 * avg.scale as f64);
                assert!(
                    (got - mean).abs() <= 2.0 * step,
                    "{key} {c}: {got} vs {mean}"
                );
            }
        }
        // the trainer's ensemble is that average, deterministic, and one seed is `train`
        let e1 = train_ensemble(&data, &[], &g, &opts, &seeds, |_| {});
        let e2 = train_ensemble(&data, &[], &g, &opts, &seeds, |_| {});
        assert_eq!(e1.to_bytes(), avg.to_bytes());
        assert_eq!(e1.to_bytes(), e2.to_bytes());
        let single = train_ensemble(&data, &[], &g, &opts, &[2], |_| {});
        assert_eq!(single.to_bytes(), members[1].to_bytes());
        assert_eq!(evaluate(&avg, &data).f1(), 1.0);
        // members with another gazetteer cannot be averaged, nor can nothing
        let mut other = members[0].clone();
        other.gazetteer.add(GazKind::Place, "Rome");
        assert!(EntityTagger::average(&[members[0].clone(), other]).is_err());
        assert!(EntityTagger::average(&[]).is_err());
    }
}
