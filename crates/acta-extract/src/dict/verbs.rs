//! The CAMEO verb dictionary: the PETRARCH-2 format (`CAMEO.2.0.txt`), Acta's compiled form,
//! and the index the event coder looks verbs up in.
//!
//! A dictionary is a list of **synsets** (`&CURRENCY` with `+DOLLAR`, `+EURO`, ...), **verb
//! blocks** (`--- MEET_PEOPLE [040] ---` followed by verbs and patterns) and
//! **transformations** (`~ a (b . ATTACK) SAY = a b 112`). A verb line names a verb and, in
//! braces, its irregular forms (`MEET {MEETS MET MEETING}`); a multi-word verb marks the
//! inflected word with `+` (`+MEET_WITH`, `WIRE_+TAP`). A pattern line
//! (`- * (WITH LEADERS) [036:036]`) names the words that must surround the verb for a more
//! specific code: words before `*` precede the verb, words after it follow; `(PREP ...)` is a
//! prepositional phrase, `{A B}` a noun phrase, `&SET` any phrase of a synset, `$`/`+` where
//! the source/target stands, `%` a compound subject, `^` a skipped phrase. Codes are
//! `[active:passive]`: `[043:042]`, `[:020]` (the subject is the recipient), `[---]` (no event).
//!
//! The reader is lenient and reports each oddity with its file and line. Unlike PETRARCH it
//! does not stop reading patterns at a line starting with `<!` (that quirk silently dropped
//! every pattern of `PETR.Validate.verbs.txt`): XML comments are skipped like `#` comments.

use std::collections::HashMap;

use super::actors::{norm_word, plural};
use super::DictError;

/// A CAMEO event code pair from a dictionary line: `[043:042]`, `[110]`, `[:020]`, `[---]`.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct VerbCode {
    /// The code when the verb's subject is the source; `None` for the null code `---` or an
    /// empty active part (`[:020]`).
    pub active: Option<String>,
    /// The code read with the roles reversed (the subject is the recipient), when given.
    pub passive: Option<String>,
}

impl VerbCode {
    pub fn is_null(&self) -> bool {
        self.active.is_none() && self.passive.is_none()
    }

    /// `[043:042]` as written (without brackets).
    pub fn to_text(&self) -> String {
        let a = self.active.as_deref().unwrap_or("");
        match &self.passive {
            Some(p) => format!("{a}:{p}"),
            None if a.is_empty() => "---".to_string(),
            None => a.to_string(),
        }
    }
}

/// One element of a pattern.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Elem {
    /// Consecutive words: each part is one word or one synset (any of its phrases).
    Seq(Vec<Part>),
    /// `{A B C}`: words of one noun phrase, in order, close together.
    Np(Vec<Elem>),
    /// `(PREP A B)`: a preposition followed by its object's words.
    Pp(Vec<Elem>),
    /// `$`: where the source stands.
    Source,
    /// `+`: where the target stands.
    Target,
    /// `^`: a skipped phrase (matches nothing; kept for fidelity to the dictionary).
    Skip,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Part {
    Word(String),
    /// Index into [`VerbDictionary::synsets`].
    Synset(usize),
}

/// A pattern of a verb block.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Pattern {
    /// Elements before the verb, in text order.
    pub pre: Vec<Elem>,
    /// Elements after the verb, in text order.
    pub post: Vec<Elem>,
    /// `%`: the subject must be a compound (coordinated) phrase.
    pub compound: bool,
    pub code: VerbCode,
    /// The pattern as written, for `Event::rule`.
    pub text: String,
    /// `file:line`.
    pub origin: String,
}

impl Pattern {
    /// How specific the pattern is: words it names, plus one per placeholder.
    pub fn weight(&self) -> usize {
        fn w(e: &Elem) -> usize {
            match e {
                Elem::Seq(p) => p.len(),
                Elem::Np(v) | Elem::Pp(v) => v.iter().map(w).sum(),
                Elem::Source | Elem::Target => 1,
                Elem::Skip => 0,
            }
        }
        self.pre.iter().chain(&self.post).map(w).sum::<usize>() + usize::from(self.compound)
    }
}

/// A verb (one line of a block): its words, which of them inflects, and its forms.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Verb {
    /// Normalized words (`meet with` → `["meet", "with"]`).
    pub words: Vec<String>,
    /// Index of the inflected word in `words`.
    pub head: usize,
    /// Forms of the inflected word: the base, the regular forms and the irregular ones given.
    pub forms: Vec<String>,
    /// The verb's own code; `None` = the block's.
    pub code: Option<VerbCode>,
    /// Index into [`VerbDictionary::blocks`].
    pub block: usize,
    pub origin: String,
}

/// A verb block: a meaning, its default code, its verbs and patterns.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Block {
    pub name: String,
    pub code: VerbCode,
    pub patterns: Vec<Pattern>,
    pub origin: String,
}

/// Who the inner event's actors are in a transformation (`a (b . ATTACK) SAY`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Slot {
    /// The outer source (`a`).
    Outer,
    /// Another actor (`b`).
    Other,
    /// Any actor or none (`.`).
    Any,
    /// No actor (`_`).
    Absent,
}

/// A verb-verb transformation: `~ a (a b ATTACK) SAY = a b 015` — when a SAY verb's
/// complement is an ATTACK by its own subject on `b`, code `a → b 015` instead.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Transformation {
    /// The outer verb: a block name or a verb (`SAY`, `CLAIM`, `WANT`, `ATTEMPT`).
    pub outer: String,
    pub inner_source: Slot,
    pub inner_target: Slot,
    /// The inner verb: a block name, a verb, or `Q` (any coded verb).
    pub inner: String,
    /// The resulting code; `None` = the inner event's code (`Q`).
    pub code: Option<String>,
    pub text: String,
    pub origin: String,
}

/// A synset: its label and phrases (normalized words, plurals included).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Synset {
    pub label: String,
    pub phrases: Vec<Vec<String>>,
}

/// A verb dictionary, indexed by verb form. Immutable once built; share it.
#[derive(Clone, Debug, Default)]
pub struct VerbDictionary {
    pub synsets: Vec<Synset>,
    pub blocks: Vec<Block>,
    pub verbs: Vec<Verb>,
    pub transformations: Vec<Transformation>,
    /// form of the inflected word → verbs.
    index: HashMap<String, Vec<u32>>,
    synset_ids: HashMap<String, usize>,
}

impl VerbDictionary {
    /// Verbs whose inflected word has the form `word` (a lemma or a surface form, normalized).
    pub fn verbs_for(&self, word: &str) -> &[u32] {
        self.index.get(word).map(Vec::as_slice).unwrap_or(&[])
    }

    pub fn synset(&self, label: &str) -> Option<&Synset> {
        self.synset_ids.get(label).map(|&i| &self.synsets[i])
    }

    /// Number of patterns over all blocks.
    pub fn pattern_count(&self) -> usize {
        self.blocks.iter().map(|b| b.patterns.len()).sum()
    }

    /// Builds the form index (call after adding verbs).
    fn reindex(&mut self) {
        self.index.clear();
        for (i, v) in self.verbs.iter().enumerate() {
            for f in &v.forms {
                let e = self.index.entry(f.clone()).or_default();
                if !e.contains(&(i as u32)) {
                    e.push(i as u32);
                }
            }
        }
        self.synset_ids = self
            .synsets
            .iter()
            .enumerate()
            .map(|(i, s)| (s.label.clone(), i))
            .collect();
    }

    /// Adds every block, verb, synset and transformation of `other` after ours: a later file
    /// extends the dictionary. Synsets of the same label are merged; a block with the name of
    /// one of ours adds its patterns to ours; a verb `other` lists (same words) replaces our
    /// entries for it (in a block of the same name it keeps that block's patterns).
    pub fn extend(&mut self, other: VerbDictionary) {
        let mut syn_map = Vec::with_capacity(other.synsets.len());
        for s in other.synsets {
            match self.synset_ids.get(&s.label) {
                Some(&i) => {
                    for p in s.phrases {
                        if !self.synsets[i].phrases.contains(&p) {
                            self.synsets[i].phrases.push(p);
                        }
                    }
                    syn_map.push(i);
                }
                None => {
                    self.synsets.push(s);
                    let i = self.synsets.len() - 1;
                    self.synset_ids.insert(self.synsets[i].label.clone(), i);
                    syn_map.push(i);
                }
            }
        }
        fn remap(e: &mut Elem, m: &[usize]) {
            match e {
                Elem::Seq(parts) => {
                    for p in parts {
                        if let Part::Synset(i) = p {
                            *i = m[*i];
                        }
                    }
                }
                Elem::Np(v) | Elem::Pp(v) => v.iter_mut().for_each(|e| remap(e, m)),
                _ => {}
            }
        }
        // a verb the new dictionary lists replaces its earlier entries (patterns of its old
        // block no longer apply to it), as a later definition did in PETRARCH
        let replaced: std::collections::HashSet<(Vec<String>, usize)> = other
            .verbs
            .iter()
            .map(|v| (v.words.clone(), v.head))
            .collect();
        self.verbs
            .retain(|v| !replaced.contains(&(v.words.clone(), v.head)));
        // a block named like one of ours extends it: its patterns are added to ours
        let mut block_map = Vec::with_capacity(other.blocks.len());
        for mut b in other.blocks {
            for p in &mut b.patterns {
                p.pre
                    .iter_mut()
                    .chain(p.post.iter_mut())
                    .for_each(|e| remap(e, &syn_map));
            }
            match self.blocks.iter().rposition(|x| x.name == b.name) {
                Some(i) => {
                    self.blocks[i].patterns.extend(b.patterns);
                    block_map.push(i);
                }
                None => {
                    self.blocks.push(b);
                    block_map.push(self.blocks.len() - 1);
                }
            }
        }
        for mut v in other.verbs {
            v.block = block_map[v.block];
            self.verbs.push(v);
        }
        self.transformations.extend(other.transformations);
        self.reindex();
    }

    /// Parses a dictionary in PETRARCH-2 format. Returns the dictionary and every oddity met.
    pub fn parse(text: &str, file: &str) -> (VerbDictionary, Vec<DictError>) {
        VerbDictionary::default().parse_extension(text, file)
    }

    /// Parses a file meant to extend this dictionary: its patterns may use our synsets.
    /// The result holds copies of them; [`VerbDictionary::extend`] merges them back by label.
    pub fn parse_extension(&self, text: &str, file: &str) -> (VerbDictionary, Vec<DictError>) {
        let base = VerbDictionary {
            synsets: self.synsets.clone(),
            ..Default::default()
        };
        let mut p = Reader {
            d: base,
            warnings: Vec::new(),
            file,
            pending: Vec::new(),
        };
        p.read(text);
        p.resolve();
        let mut d = p.d;
        d.reindex();
        (d, p.warnings)
    }

    /// The compiled form (`acta dictionaries compile`): one record per line, tab-separated,
    /// comments gone, synsets expanded with their plurals, verbs with all their forms. Reading
    /// it back ([`VerbDictionary::from_compiled`]) gives an identical dictionary.
    pub fn to_compiled(&self) -> String {
        let mut out = String::from(
            "# Acta verb dictionary, compiled by `acta dictionaries compile` (see docs/events.md)\n\
             # S label phrases | B name code origin | V words(+head) forms code origin | P pattern code origin | T transformation origin\n",
        );
        for s in &self.synsets {
            let ph: Vec<String> = s.phrases.iter().map(|p| p.join(" ")).collect();
            out.push_str(&format!("S\t{}\t{}\n", s.label, ph.join("|")));
        }
        for (bi, b) in self.blocks.iter().enumerate() {
            out.push_str(&format!(
                "B\t{}\t{}\t{}\n",
                b.name,
                b.code.to_text(),
                b.origin
            ));
            for v in self.verbs.iter().filter(|v| v.block == bi) {
                let words: Vec<String> = v
                    .words
                    .iter()
                    .enumerate()
                    .map(|(i, w)| {
                        if i == v.head {
                            format!("+{w}")
                        } else {
                            w.clone()
                        }
                    })
                    .collect();
                out.push_str(&format!(
                    "V\t{}\t{}\t{}\t{}\n",
                    words.join(" "),
                    v.forms.join(" "),
                    v.code.as_ref().map(VerbCode::to_text).unwrap_or_default(),
                    v.origin
                ));
            }
            for p in &b.patterns {
                out.push_str(&format!(
                    "P\t{}\t{}\t{}\n",
                    self.pattern_text(p),
                    p.code.to_text(),
                    p.origin
                ));
            }
        }
        for t in &self.transformations {
            out.push_str(&format!("T\t{}\t{}\n", t.text, t.origin));
        }
        out
    }

    /// A pattern in the normalized syntax of the compiled form (`(with leaders) * ...`).
    pub fn pattern_text(&self, p: &Pattern) -> String {
        let mut words: Vec<String> = Vec::new();
        if p.compound {
            words.push("%".into());
        }
        for e in &p.pre {
            words.push(self.elem_text(e));
        }
        words.push("*".into());
        for e in &p.post {
            words.push(self.elem_text(e));
        }
        words.join(" ")
    }

    fn elem_text(&self, e: &Elem) -> String {
        match e {
            Elem::Seq(parts) => parts
                .iter()
                .map(|p| match p {
                    Part::Word(w) => w.clone(),
                    Part::Synset(i) => self.synsets[*i].label.clone(),
                })
                .collect::<Vec<_>>()
                .join("_"),
            Elem::Np(v) => format!(
                "{{{}}}",
                v.iter()
                    .map(|e| self.elem_text(e))
                    .collect::<Vec<_>>()
                    .join(" ")
            ),
            Elem::Pp(v) => format!(
                "({})",
                v.iter()
                    .map(|e| self.elem_text(e))
                    .collect::<Vec<_>>()
                    .join(" ")
            ),
            Elem::Source => "$".into(),
            Elem::Target => "+".into(),
            Elem::Skip => "^".into(),
        }
    }

    /// Reads the compiled form written by [`VerbDictionary::to_compiled`].
    pub fn from_compiled(text: &str, file: &str) -> Result<VerbDictionary, DictError> {
        let mut d = VerbDictionary::default();
        // synsets first: patterns refer to them by label
        for line in text.lines().filter(|l| l.starts_with("S\t")) {
            let c: Vec<&str> = line.split('\t').collect();
            if c.len() != 3 {
                return Err(DictError::new(file, format!("bad synset row {line:?}")));
            }
            d.synsets.push(Synset {
                label: c[1].to_string(),
                phrases: c[2]
                    .split('|')
                    .filter(|p| !p.is_empty())
                    .map(|p| p.split(' ').map(str::to_string).collect())
                    .collect(),
            });
        }
        d.synset_ids = d
            .synsets
            .iter()
            .enumerate()
            .map(|(i, s)| (s.label.clone(), i))
            .collect();
        let mut warnings = Vec::new();
        for (n, line) in text.lines().enumerate() {
            let origin = || format!("{file}:{}", n + 1);
            if line.starts_with('#') || line.is_empty() || line.starts_with("S\t") {
                continue;
            }
            let c: Vec<&str> = line.split('\t').collect();
            match (c[0], c.len()) {
                ("B", 4) => d.blocks.push(Block {
                    name: c[1].to_string(),
                    code: parse_code_text(c[2]),
                    patterns: Vec::new(),
                    origin: c[3].to_string(),
                }),
                ("V", 5) => {
                    let block = d
                        .blocks
                        .len()
                        .checked_sub(1)
                        .ok_or_else(|| DictError::new(origin(), "verb before any block"))?;
                    let mut head = 0;
                    let words = c[1]
                        .split(' ')
                        .enumerate()
                        .map(|(i, w)| match w.strip_prefix('+') {
                            Some(w) => {
                                head = i;
                                w.to_string()
                            }
                            None => w.to_string(),
                        })
                        .collect();
                    d.verbs.push(Verb {
                        words,
                        head,
                        forms: c[2].split(' ').map(str::to_string).collect(),
                        code: (!c[3].is_empty()).then(|| parse_code_text(c[3])),
                        block,
                        origin: c[4].to_string(),
                    });
                }
                ("P", 4) => {
                    let Some(block) = d.blocks.len().checked_sub(1) else {
                        return Err(DictError::new(origin(), "pattern before any block"));
                    };
                    let syn = &d.synset_ids;
                    let pat = parse_pattern_body(c[1], syn, &origin(), &mut warnings).map(
                        |(pre, post, compound)| Pattern {
                            pre,
                            post,
                            compound,
                            code: parse_code_text(c[2]),
                            text: c[1].to_string(),
                            origin: c[3].to_string(),
                        },
                    );
                    if let Some(p) = pat {
                        d.blocks[block].patterns.push(p);
                    }
                }
                ("T", 3) => {
                    if let Some(t) = parse_transformation(c[1], c[2], &mut warnings) {
                        d.transformations.push(t);
                    }
                }
                _ => return Err(DictError::new(origin(), format!("bad row {line:?}"))),
            }
        }
        if let Some(w) = warnings.into_iter().next() {
            return Err(w);
        }
        d.reindex();
        Ok(d)
    }
}

/// `043:042`, `110`, `:020`, `---` → a code pair.
fn parse_code_text(s: &str) -> VerbCode {
    let norm = |x: &str| {
        let x = x.trim();
        (!x.is_empty() && x != "---").then(|| x.to_string())
    };
    match s.split_once(':') {
        Some((a, p)) => VerbCode {
            active: norm(a),
            passive: norm(p),
        },
        None => VerbCode {
            active: norm(s),
            passive: None,
        },
    }
}

/// Checks and cleans a bracketed code: `080!` → `080` (reported); letters after digits are
/// kept (`174L`, `075A` in the validation dictionary).
fn clean_code(inner: &str, origin: &str, warnings: &mut Vec<DictError>) -> VerbCode {
    let mut parts = Vec::new();
    for part in inner.split(':') {
        let p = part.trim();
        if p.is_empty() || p == "---" {
            parts.push(p.to_string());
            continue;
        }
        let cleaned: String = p.chars().filter(|c| c.is_ascii_alphanumeric()).collect();
        let ok = cleaned.len() >= 2
            && cleaned.len() <= 5
            && cleaned.bytes().take(2).all(|b| b.is_ascii_digit());
        if !ok {
            warnings.push(DictError::new(
                origin,
                format!("code {p:?} is not a CAMEO event code; read as null"),
            ));
            parts.push(String::new());
            continue;
        }
        if cleaned != p {
            warnings.push(DictError::new(
                origin,
                format!("code {p:?} has stray characters; read as {cleaned}"),
            ));
        }
        parts.push(cleaned);
    }
    parse_code_text(&parts.join(":"))
}

/// Regular forms of an English verb: `meet` → meets, meeted, meeting (irregular forms come
/// from the dictionary's braces; a wrong regular form is harmless, it never occurs).
fn regular_forms(base: &str) -> Vec<String> {
    let mut out = vec![base.to_string()];
    let b = base.as_bytes();
    if b.is_empty() {
        return out;
    }
    let vowel = |c: u8| b"aeiou".contains(&c);
    out.push(plural(base));
    if let Some(stem) = base.strip_suffix('e') {
        out.push(format!("{base}d"));
        if base.ends_with("ee") {
            out.push(format!("{base}ing"));
        } else {
            out.push(format!("{stem}ing"));
        }
    } else if base.ends_with('y') && b.len() > 1 && !vowel(b[b.len() - 2]) {
        out.push(format!("{}ied", &base[..base.len() - 1]));
        out.push(format!("{base}ing"));
    } else {
        out.push(format!("{base}ed"));
        out.push(format!("{base}ing"));
        // consonant doubling for short CVC verbs (stop → stopped); both forms are indexed
        let n = b.len();
        if n >= 3
            && !vowel(b[n - 1])
            && vowel(b[n - 2])
            && !vowel(b[n - 3])
            && !b"wxy".contains(&b[n - 1])
        {
            let last = base.chars().last().unwrap_or('x');
            out.push(format!("{base}{last}ed"));
            out.push(format!("{base}{last}ing"));
        }
    }
    out
}

struct Reader<'a> {
    d: VerbDictionary,
    warnings: Vec<DictError>,
    file: &'a str,
    /// Patterns whose synsets are resolved after the whole file is read (a synset may be
    /// defined after its first use): (block, text, code, origin).
    pending: Vec<(usize, String, VerbCode, String)>,
}

enum Ctx {
    None,
    Synset(usize, bool),
    Block(usize),
}

impl Reader<'_> {
    fn warn(&mut self, origin: &str, msg: impl Into<String>) {
        self.warnings.push(DictError::new(origin, msg));
    }

    fn read(&mut self, text: &str) {
        let mut ctx = Ctx::None;
        let mut in_xml_comment = false;
        for (n, raw) in text.lines().enumerate() {
            let origin = format!("{}:{}", self.file, n + 1);
            // XML comments, possibly spanning lines
            let mut line = String::new();
            let mut rest = raw;
            loop {
                if in_xml_comment {
                    match rest.find("-->") {
                        Some(i) => {
                            in_xml_comment = false;
                            rest = &rest[i + 3..];
                        }
                        None => break,
                    }
                } else {
                    match rest.find("<!--") {
                        Some(i) => {
                            line.push_str(&rest[..i]);
                            in_xml_comment = true;
                            rest = &rest[i + 4..];
                        }
                        None => {
                            line.push_str(rest);
                            break;
                        }
                    }
                }
            }
            let line = match line.find('#') {
                Some(i) => &line[..i],
                None => &line[..],
            };
            let t = line.trim();
            if t.is_empty() {
                continue;
            }
            if t.starts_with("---") {
                ctx = Ctx::Block(self.block_header(t, &origin));
            } else if let Some(label) = t.strip_prefix('&') {
                let label = label.trim();
                let no_plural = label.ends_with('_');
                let label = format!("&{}", label.trim_end_matches('_'));
                let id = match self.d.synsets.iter().position(|s| s.label == label) {
                    Some(i) => i,
                    None => {
                        self.d.synsets.push(Synset {
                            label,
                            phrases: Vec::new(),
                        });
                        self.d.synsets.len() - 1
                    }
                };
                ctx = Ctx::Synset(id, no_plural);
            } else if let Some(body) = t.strip_prefix('~') {
                if let Some(tr) = parse_transformation(body.trim(), &origin, &mut self.warnings) {
                    self.d.transformations.push(tr);
                }
            } else if t.starts_with("- ") || t == "-" || t.starts_with("* ") || t.starts_with("-*")
            {
                let Ctx::Block(b) = ctx else {
                    self.warn(&origin, "pattern outside a verb block; ignored");
                    continue;
                };
                if t.starts_with('*') {
                    self.warn(
                        &origin,
                        "pattern without its leading '-'; read as a pattern",
                    );
                }
                let body = t.trim_start_matches('-').trim();
                let (pat, code) = match (body.rfind('['), body.rfind(']')) {
                    (Some(o), Some(c)) if c > o => (body[..o].trim(), &body[o + 1..c]),
                    _ => {
                        self.warn(&origin, "pattern without a [code]; ignored");
                        continue;
                    }
                };
                let code = clean_code(code, &origin, &mut self.warnings);
                self.pending.push((b, pat.to_string(), code, origin));
            } else {
                match ctx {
                    Ctx::Synset(id, no_plural) if t.starts_with('+') => {
                        let member = t[1..].trim();
                        let np = no_plural || member.ends_with('_');
                        let words: Vec<String> = split_words(member.trim_end_matches('_'));
                        if words.is_empty() {
                            continue;
                        }
                        let s = &mut self.d.synsets[id];
                        if !s.phrases.contains(&words) {
                            s.phrases.push(words.clone());
                        }
                        if !np {
                            let mut pl = words.clone();
                            let last = pl.len() - 1;
                            pl[last] = plural(&pl[last]);
                            if !s.phrases.contains(&pl) {
                                s.phrases.push(pl);
                            }
                        }
                    }
                    Ctx::Block(b) => self.verb_line(t, b, &origin),
                    _ => self.warn(&origin, format!("line {t:?} outside any block; ignored")),
                }
            }
        }
    }

    fn block_header(&mut self, t: &str, origin: &str) -> usize {
        let inner = t.trim_matches('-').trim();
        let (name, code) = match (inner.find('['), inner.find(']')) {
            (Some(o), Some(c)) if c > o => (
                inner[..o].trim(),
                clean_code(&inner[o + 1..c], origin, &mut self.warnings),
            ),
            _ => (inner, VerbCode::default()),
        };
        self.d.blocks.push(Block {
            name: name.to_string(),
            code,
            patterns: Vec::new(),
            origin: origin.to_string(),
        });
        self.d.blocks.len() - 1
    }

    fn verb_line(&mut self, t: &str, block: usize, origin: &str) {
        let (mut head_part, mut rest) = match t.find(['{', '[']) {
            Some(i) => (t[..i].trim(), &t[i..]),
            None => (t.trim(), ""),
        };
        let mut irregular: Vec<String> = Vec::new();
        if let Some(r) = rest.strip_prefix('{') {
            let close = r.find('}').unwrap_or(r.len());
            irregular = r[..close]
                .split(|c: char| c.is_whitespace() || c == ',')
                .filter(|f| !f.is_empty())
                .map(str::to_string)
                .collect();
            rest = r.get(close + 1..).unwrap_or("").trim();
        }
        let code = match (rest.find('['), rest.find(']')) {
            (Some(o), Some(c)) if c > o => {
                Some(clean_code(&rest[o + 1..c], origin, &mut self.warnings))
            }
            _ => None,
        };
        head_part = head_part.trim();
        if head_part.split_whitespace().count() > 1 {
            self.warn(
                origin,
                format!("verb {head_part:?} has spaces; words joined"),
            );
        }
        let spec = head_part.split_whitespace().collect::<Vec<_>>().join("_");
        let Some((words, head)) = verb_words(&spec) else {
            self.warn(origin, format!("verb {head_part:?} has no words; ignored"));
            return;
        };
        let mut forms = regular_forms(&words[head]);
        for f in &irregular {
            match verb_words(f) {
                Some((fw, fh)) if fw.len() == words.len() => {
                    if !forms.contains(&fw[fh]) {
                        forms.push(fw[fh].clone());
                    }
                }
                Some((fw, _)) if fw.len() == 1 => {
                    if !forms.contains(&fw[0]) {
                        forms.push(fw[0].clone());
                    }
                }
                _ => self.warn(
                    origin,
                    format!("form {f:?} does not fit verb {spec:?}; ignored"),
                ),
            }
        }
        self.d.verbs.push(Verb {
            words,
            head,
            forms,
            code,
            block,
            origin: origin.to_string(),
        });
    }

    fn resolve(&mut self) {
        self.d.synset_ids = self
            .d
            .synsets
            .iter()
            .enumerate()
            .map(|(i, s)| (s.label.clone(), i))
            .collect();
        for (b, text, code, origin) in std::mem::take(&mut self.pending) {
            if let Some((pre, post, compound)) =
                parse_pattern_body(&text, &self.d.synset_ids, &origin, &mut self.warnings)
            {
                let mut p = Pattern {
                    pre,
                    post,
                    compound,
                    code,
                    text: String::new(),
                    origin,
                };
                p.text = self.d.pattern_text(&p);
                if p.pre.is_empty() && p.post.is_empty() && !p.compound {
                    // `- * [code]`: the block's default, nothing to match
                    continue;
                }
                self.d.blocks[b].patterns.push(p);
            }
        }
    }
}

/// `+MEET_WITH` → (["meet", "with"], 0); `WIRE_+TAP` → (["wire", "tap"], 1); `BREAK` → 0.
fn verb_words(spec: &str) -> Option<(Vec<String>, usize)> {
    let mut words = Vec::new();
    let mut head = None;
    for (i, part) in spec.split('_').filter(|p| !p.is_empty()).enumerate() {
        if part.starts_with('+') {
            head = Some(i);
        }
        let w = norm_word(part);
        if w.is_empty() {
            return None;
        }
        words.push(w);
    }
    if words.is_empty() {
        return None;
    }
    Some((words, head.unwrap_or(0)))
}

/// Splits a phrase on `_`, spaces and hyphens into normalized words.
fn split_words(s: &str) -> Vec<String> {
    s.split(|c: char| c == '_' || c == '-' || c.is_whitespace())
        .map(norm_word)
        .filter(|w| !w.is_empty())
        .collect()
}

/// Parses a pattern body (`(TO &TREATY) *`, `% * [...]` without the code): (pre, post,
/// compound).
fn parse_pattern_body(
    text: &str,
    synsets: &HashMap<String, usize>,
    origin: &str,
    warnings: &mut Vec<DictError>,
) -> Option<(Vec<Elem>, Vec<Elem>, bool)> {
    // tokens: brackets separate
    let mut toks: Vec<String> = Vec::new();
    let mut cur = String::new();
    for c in text.chars() {
        if matches!(c, '(' | ')' | '{' | '}' | '*') {
            if !cur.is_empty() {
                toks.push(std::mem::take(&mut cur));
            }
            toks.push(c.to_string());
        } else if c.is_whitespace() {
            if !cur.is_empty() {
                toks.push(std::mem::take(&mut cur));
            }
        } else {
            cur.push(c);
        }
    }
    if !cur.is_empty() {
        toks.push(cur);
    }
    let mut pre = Vec::new();
    let mut post = Vec::new();
    let mut compound = false;
    let mut seen_star = false;
    // a stack of open groups: (kind, elems)
    let mut stack: Vec<(char, Vec<Elem>)> = Vec::new();
    for tok in toks {
        let elem = match tok.as_str() {
            "*" => {
                if !stack.is_empty() {
                    warnings.push(DictError::new(
                        origin,
                        "'*' inside a group; pattern ignored",
                    ));
                    return None;
                }
                seen_star = true;
                continue;
            }
            "(" | "{" => {
                stack.push((tok.chars().next().unwrap_or('('), Vec::new()));
                continue;
            }
            ")" | "}" => {
                let Some((kind, elems)) = stack.pop() else {
                    warnings.push(DictError::new(
                        origin,
                        "unbalanced brackets; pattern ignored",
                    ));
                    return None;
                };
                if elems.is_empty() {
                    continue;
                }
                if kind == '(' {
                    Elem::Pp(elems)
                } else {
                    Elem::Np(elems)
                }
            }
            "%" => {
                compound = true;
                continue;
            }
            "$" => Elem::Source,
            "+" => Elem::Target,
            "^" => Elem::Skip,
            w => {
                // words joined by `_` are consecutive; `IN_*` style markers are legacy
                let mut parts = Vec::new();
                for piece in w.split('_').filter(|p| !p.is_empty()) {
                    if piece == "*" {
                        continue;
                    }
                    if let Some(rest) = piece.strip_prefix('&') {
                        let label = format!("&{}", rest.trim_end_matches('_'));
                        match synsets.get(&label) {
                            Some(&i) => parts.push(Part::Synset(i)),
                            None => {
                                warnings.push(DictError::new(
                                    origin,
                                    format!("synset {label} is not defined; pattern ignored"),
                                ));
                                return None;
                            }
                        }
                    } else {
                        for sub in split_words(piece) {
                            parts.push(Part::Word(sub));
                        }
                    }
                }
                if parts.is_empty() {
                    continue;
                }
                Elem::Seq(parts)
            }
        };
        match stack.last_mut() {
            Some((_, v)) => v.push(elem),
            None if seen_star => post.push(elem),
            None => pre.push(elem),
        }
    }
    if !stack.is_empty() {
        warnings.push(DictError::new(origin, "unclosed bracket; pattern ignored"));
        return None;
    }
    if !seen_star {
        warnings.push(DictError::new(
            origin,
            "pattern without '*'; its words are read as following the verb",
        ));
        post = std::mem::take(&mut pre);
    }
    Some((pre, post, compound))
}

/// `a (b . ATTACK) SAY = a b 112` → a transformation.
fn parse_transformation(
    body: &str,
    origin: &str,
    warnings: &mut Vec<DictError>,
) -> Option<Transformation> {
    let bad = |warnings: &mut Vec<DictError>| {
        warnings.push(DictError::new(
            origin,
            format!("transformation {body:?} not understood; ignored"),
        ));
        None
    };
    let Some((lhs, rhs)) = body.split_once('=') else {
        return bad(warnings);
    };
    let (Some(open), Some(close)) = (lhs.find('('), lhs.find(')')) else {
        return bad(warnings);
    };
    let inner: Vec<&str> = lhs[open + 1..close].split_whitespace().collect();
    let outer = lhs[close + 1..].trim();
    let out: Vec<&str> = rhs.split_whitespace().collect();
    if inner.len() != 3 || outer.is_empty() || out.len() != 3 {
        return bad(warnings);
    }
    let slot = |s: &str| match s {
        "a" => Slot::Outer,
        "." => Slot::Any,
        "_" => Slot::Absent,
        _ => Slot::Other,
    };
    Some(Transformation {
        outer: outer.to_string(),
        inner_source: slot(inner[0]),
        inner_target: slot(inner[1]),
        inner: inner[2].to_string(),
        code: (out[2] != "Q").then(|| out[2].to_string()),
        text: body.split_whitespace().collect::<Vec<_>>().join(" "),
        origin: origin.to_string(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const SAMPLE: &str = "\
####### SYNONYM SETS #######
&AUXVERB1_
+WAS
+WERE
&TREATY
+TREATY
+PEACE_ACCORD_
<!-- an XML comment
 over two lines -->
####### VERB PATTERNS #######
---  MEET_PEOPLE   [040]  ---
+MEET_WITH {+MET_WITH +MEETS_WITH +MEETING_WITH }
MEET {MEETS MET MEETING}  # irregular
WIRE_+TAP [170]
- * (WITH LEADERS)                                    [036:036]     # MEET
- * CALLS                                             [:020]        # FACE
- &TREATY * {MOCK ATTACKS}                            [062:062]     # STAGE
- % * [050]
- * &UNDEFINED [010]
- * CLAIM (AGAINST) +  [080!]
---  OFFEND   [:110]  ---
<!-- PETRARCH stopped reading patterns here -->
OFFEND
- * PRIDE [111]
######## TRANSFORMATIONS ##########
~ a (b . ATTACK) SAY = a b 112
~ a (a b Q) SAY = a b Q
";

    #[test]
    fn reads_synsets_verbs_patterns_and_transformations() {
        let (d, warnings) = VerbDictionary::parse(SAMPLE, "t.txt");
        let syn = d.synset("&TREATY").unwrap();
        assert_eq!(
            syn.phrases,
            [vec!["treaty"], vec!["treaties"], vec!["peace", "accord"]]
        );
        assert_eq!(
            d.synset("&AUXVERB1").unwrap().phrases.len(),
            2,
            "no plurals"
        );
        assert_eq!(d.blocks.len(), 2);
        assert_eq!(d.blocks[0].code.active.as_deref(), Some("040"));
        assert_eq!(d.blocks[1].code.active, None);
        assert_eq!(d.blocks[1].code.passive.as_deref(), Some("110"));
        // the pattern after the XML comment is kept
        assert_eq!(d.blocks[1].patterns.len(), 1);
        let meet_with = d
            .verbs
            .iter()
            .find(|v| v.words == ["meet", "with"])
            .unwrap();
        assert_eq!(meet_with.head, 0);
        assert!(meet_with.forms.contains(&"met".to_string()));
        let tap = d.verbs.iter().find(|v| v.words == ["wire", "tap"]).unwrap();
        assert_eq!(tap.head, 1);
        assert_eq!(tap.code.as_ref().unwrap().active.as_deref(), Some("170"));
        assert!(tap.forms.contains(&"tapped".to_string()));
        assert!(d.verbs_for("met").len() >= 2, "MEET and MEET_WITH");
        let p = &d.blocks[0].patterns;
        assert_eq!(p.len(), 5, "{p:#?}");
        assert_eq!(p[0].code.active.as_deref(), Some("036"));
        assert_eq!(p[1].code.active, None);
        assert_eq!(p[1].code.passive.as_deref(), Some("020"));
        assert!(matches!(p[2].pre[0], Elem::Seq(ref s) if s == &[Part::Synset(1)]));
        assert!(matches!(p[2].post[0], Elem::Np(_)));
        assert!(p[3].compound);
        assert_eq!(p[4].code.active.as_deref(), Some("080"));
        assert!(matches!(p[4].post.last(), Some(Elem::Target)));
        assert_eq!(d.transformations.len(), 2);
        assert_eq!(d.transformations[0].inner_source, Slot::Other);
        assert_eq!(d.transformations[0].inner_target, Slot::Any);
        assert_eq!(d.transformations[0].code.as_deref(), Some("112"));
        assert_eq!(d.transformations[1].code, None);
        let w: Vec<String> = warnings.iter().map(|w| w.to_string()).collect();
        assert!(w.iter().any(|w| w.contains("&UNDEFINED")), "{w:?}");
        assert!(w.iter().any(|w| w.contains("080!")), "{w:?}");
    }

    #[test]
    fn compiled_form_round_trips() {
        let (d, _) = VerbDictionary::parse(SAMPLE, "t.txt");
        let text = d.to_compiled();
        let back = VerbDictionary::from_compiled(&text, "c.tsv").unwrap();
        assert_eq!(back.to_compiled(), text);
        assert_eq!(back.blocks, d.blocks);
        assert_eq!(back.verbs, d.verbs);
    }

    #[test]
    fn regular_verb_forms() {
        assert_eq!(
            regular_forms("annex"),
            ["annex", "annexes", "annexed", "annexing"]
        );
        assert_eq!(
            regular_forms("agree"),
            ["agree", "agrees", "agreed", "agreeing"]
        );
        assert_eq!(
            regular_forms("accuse"),
            ["accuse", "accuses", "accused", "accusing"]
        );
        assert!(regular_forms("stop").contains(&"stopped".to_string()));
        assert!(regular_forms("deny").contains(&"denied".to_string()));
    }
}
