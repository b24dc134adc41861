//! Reporting cues in a parsed sentence: the verb, noun or preposition that introduces a
//! statement, who it names as the speaker, and what the parse says the content is.
//!
//! The parse is used first; where a finite cue verb has no subject or no content in it (a
//! parser makes mistakes on one word in seven), surface rules over the tags take over: the
//! noun phrase just before the verb (a date adverbial may sit between: "Trump on 2/9
//! expressed"), a clause just after it ("Moscow said the agenda ... was not ready").

// a day or "today", which a parser may take for a subject before a verb
use acta_core::calendar::is_day as is_day_word;

use super::lexicon::{Frames, Lexicon};
use super::tree::Tree;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CueKind {
    Verb,
    Noun,
    /// "according to X"
    Source,
}

/// A cue found in one sentence. Token indices are within the sentence; ranges are
/// inclusive.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Cue {
    pub kind: CueKind,
    pub frames: Frames,
    /// The cue word (the verb, the noun, "according").
    pub token: usize,
    /// The last word of the cue ("out" of "pointed out", "to" of "according to").
    pub last: usize,
    /// The speaker as written.
    pub speaker: Option<(usize, usize)>,
    /// The content as the parse (or the surface fallback) gives it, for indirect speech.
    pub content: Option<(usize, usize)>,
    /// The content is a that-clause.
    pub that: bool,
    /// The verb has a subject of its own and heads a clause joined to another one (advcl,
    /// conj, parataxis): another statement, which the content of a neighbouring cue must
    /// not run into ("Ukraine declared that ..., while NATO stated that ...").
    pub own_clause: bool,
    /// Found on the surface, with its speaker and content, where the parse could not give
    /// them (see [`name_then_verb_cue`]); the second pass leaves it as it is.
    pub surface: bool,
}

/// Words that name a person's role, for telling people from organisations and for
/// resolving "the minister" to a named speaker.
pub const PERSON_ROLES: &[&str] = &[
    "minister",
    "president",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "official",
    "chairman",
    "chairwoman",
    "chair",
    "chief",
    "executive",
    "ceo",
    "director",
    "secretary",
    "ambassador",
    "senator",
    "governor",
    "mayor",
    "leader",
    "premier",
    "chancellor",
    "king",
    "queen",
    "prince",
    "general",
    "commander",
    "analyst",
    "expert",
    "lawyer",
    "attorney",
    "judge",
    "prosecutor",
    "envoy",
    "diplomat",
    "adviser",
    "advisor",
    "founder",
    "manager",
    "officer",
    "representative",
    "negotiator",
    "economist",
    "professor",
    "researcher",
    "scientist",
    "author",
    "spokesperson",
    "lawmaker",
    "legislator",
    "deputy",
    "mp",
    "candidate",
    "pope",
    "cardinal",
    "bishop",
    "activist",
    "witness",
    "resident",
    "source",
    "aide",
    "head",
    "boss",
    "captain",
    "coach",
    "player",
    "pilot",
    "doctor",
    "nurse",
    "teacher",
    "student",
    "man",
    "woman",
];

/// Subject pronouns that stand for a speaker named before.
pub const PRONOUNS: &[&str] = &["he", "she", "they", "we", "it", "i"];

/// Relative pronouns: "the minister, who said ...".
const RELATIVE: &[&str] = &["who", "which", "that"];

/// Finds every cue of a sentence. `skip(i)` says a token lies inside a quotation (a cue
/// there is part of the quoted words); `is_date(i)` that it belongs to a date expression.
pub fn find(
    tree: &Tree,
    lex: &Lexicon,
    skip: &dyn Fn(usize) -> bool,
    is_date: &dyn Fn(usize) -> bool,
) -> Vec<Cue> {
    let mut cues = Vec::new();
    for i in 0..tree.len() {
        if skip(i) {
            continue;
        }
        let parsed = verb_cue(tree, lex, i, skip, is_date);
        if parsed.as_ref().is_none_or(|c| c.speaker.is_none()) {
            if let Some(c) = name_then_verb_cue(tree, lex, i) {
                cues.push(c);
                continue;
            }
        }
        if let Some(c) = parsed {
            cues.push(c);
        } else if let Some(c) = noun_cue(tree, lex, i) {
            cues.push(c);
        } else if let Some(c) = source_cue(tree, lex, i) {
            cues.push(c);
        }
    }
    // a second pass now that every cue's clause is known: contents stop where another
    // statement begins
    let blockers: Vec<usize> = cues
        .iter()
        .filter(|c| c.own_clause)
        .map(|c| c.token)
        .collect();
    for c in cues
        .iter_mut()
        .filter(|c| c.kind == CueKind::Verb && !c.surface)
    {
        let others: Vec<usize> = blockers
            .iter()
            .copied()
            .filter(|&b| b != c.token && !tree.dominates(b, c.token))
            .collect();
        let cut = |t: usize| others.contains(&t);
        let (content, that) = verb_content(tree, lex, c.token, c.frames, &cut);
        c.content = content;
        c.that = that;
        // the speaker never overlaps the content
        if let (Some((slo, shi)), Some((clo, chi))) = (c.speaker, c.content) {
            if slo <= chi && clo <= shi {
                c.content = None;
            }
        }
    }
    cues
}

/// "Mulally says that ...", "Boeing claims that ...", "Apple announces new iPod range": a
/// name opening the sentence, then a reporting verb in the present tense. The tagger often
/// reads such a verb as a plural noun, or the unknown name as a verb or an adverb, and the
/// parse then has neither subject nor clause; the words alone are clear enough. The name is
/// one to four capitalized words from the start of the sentence; the content is the rest of
/// the sentence (after "that").
fn name_then_verb_cue(tree: &Tree, lex: &Lexicon, v: usize) -> Option<Cue> {
    if v == 0 || v > 4 || v + 1 >= tree.len() || after_article(tree, v) {
        return None;
    }
    let capitalized =
        |t: usize| tree.text(t).chars().next().is_some_and(char::is_uppercase) && !tree.is_punct(t);
    if !(0..v).all(capitalized) || capitalized(v) {
        return None;
    }
    let word = tree.lower(v);
    let stem = word.strip_suffix('s')?;
    let frames = [tree.lemma(v), stem, stem.strip_suffix('e').unwrap_or(stem)]
        .into_iter()
        .find_map(|l| lex.verb(l, None))?;
    let mut lo = v + 1;
    let that = tree.lower(lo) == "that";
    if that {
        lo += 1;
    }
    let mut hi = tree.len() - 1;
    while hi > lo && tree.is_punct(hi) {
        hi -= 1;
    }
    if lo > hi || tree.is_punct(lo) {
        return None;
    }
    // without "that", a verb that reports only clauses needs a clause after it: "GM posts
    // first annual loss" is a headline about a loss, "Mulally says Ford will ..." a statement
    if !that
        && !frames.has(Frames::OBJECT)
        && !(lo..=hi).any(|t| matches!(tree.upos(t), "VERB" | "AUX"))
    {
        return None;
    }
    Some(Cue {
        kind: CueKind::Verb,
        frames,
        token: v,
        last: v,
        speaker: Some((0, v - 1)),
        content: Some((lo, hi)),
        that,
        own_clause: false,
        surface: true,
    })
}

fn particle_of(tree: &Tree, v: usize) -> Option<String> {
    tree.child(v, "compound:prt").map(|p| tree.lower(p))
}

fn verb_cue(
    tree: &Tree,
    lex: &Lexicon,
    v: usize,
    skip: &dyn Fn(usize) -> bool,
    is_date: &dyn Fn(usize) -> bool,
) -> Option<Cue> {
    let xpos = tree.xpos(v);
    // a headline's verb the tagger read as a plural noun ("Ford announces deep cuts"): the
    // parse still gives it a subject or an object
    let noun_read =
        xpos == "NNS" && (tree.child(v, "nsubj").is_some() || tree.child(v, "obj").is_some());
    if !(tree.upos(v) == "VERB" || xpos.starts_with("VB") || noun_read)
        || xpos == "VBN" && passive(tree, v)
        || after_article(tree, v)
    {
        return None;
    }
    let particle = particle_of(tree, v);
    let frames = lex.verb(tree.lemma(v), particle.as_deref())?;
    let last = match tree.child(v, "compound:prt") {
        Some(p)
            if lex.verbs[tree.lemma(v)]
                .iter()
                .any(|c| c.particle == particle) =>
        {
            p.max(v)
        }
        _ => v,
    };
    // "has stated", "had said": finite through the auxiliary; a verb hung on a noun as a
    // reduced relative ("turnaround plans announced in January") is a participle whatever
    // the tagger says, unless that noun is all the sentence has for a main verb
    let reduced = tree.rel(v) == "acl"
        && !main_verb_on_noun(tree, v)
        // "..., a Romanian official said Friday.": a cue closing the sentence after a comma
        && !(comma_subject(tree, v).is_some() && adverbial_tail(tree, v));
    let finite = !reduced
        && (tree.finite(v)
            || tree
                .children(v)
                .iter()
                .any(|&a| a < v && tree.rel(a) == "aux" && tree.finite(a)));
    // a subject shared with another verb ("...," said Joe Leonard, ... parsed as a conjunct
    // of the quoted verb) loses to the name right after a verb that follows a quotation
    let shared = |s: usize| tree.head(s) != Some(v);
    let speaker = match subject(tree, v, 0) {
        // "`` ..., particularly our routes, '' says ANA's Ken Sato": a subject the parse found
        // inside the quotation the verb follows (`skip`: the verb itself is outside every
        // quotation) is quoted words; the speaker comes after it
        Some(s) if s < v && skip(s) => {
            inverted_subject(tree, v).or(Some(speaker_extent(tree, s, v)))
        }
        Some(s) if shared(s) => inverted_subject(tree, v)
            .or_else(|| comma_subject(tree, v))
            .or(Some(speaker_extent(tree, s, v))),
        // ", a spokesman for the ministry said": the whole phrase after the comma, where the
        // parse took a noun inside it for the subject
        // ", a Romanian official said" with the parse's subject a name before that comma:
        // the noun phrase touching the verb is its subject, the name before is not
        Some(s) => Some(
            comma_subject(tree, v)
                .filter(|&(lo, hi)| lo < s && s <= hi || s + 1 < lo)
                .unwrap_or_else(|| speaker_extent(tree, s, v)),
        ),
        None if finite => comma_subject(tree, v)
            .or_else(|| surface_subject(tree, v, is_date))
            .or_else(|| inverted_subject(tree, v)),
        None => None,
    };
    if comparative(tree, v) {
        return None;
    }
    let own_clause =
        tree.child(v, "nsubj").is_some() && matches!(tree.base(v), "advcl" | "conj" | "parataxis");
    Some(Cue {
        kind: CueKind::Verb,
        frames,
        token: v,
        last,
        speaker,
        content: None,
        that: false,
        own_clause,
        surface: false,
    })
}

/// "The reports surprised analysts", "The claims angered Beijing": a word right after an
/// article is a noun whatever the tagger says (it read the noun as a verb in the present
/// tense); "the" and "a" never stand before a finite verb.
fn after_article(tree: &Tree, v: usize) -> bool {
    v > 0 && matches!(tree.lower(v - 1).as_str(), "the" | "a" | "an")
}

/// "..., worse than most analysts had forecast", "higher than the bank predicted": a cue in a
/// comparison says how a figure stands to what was expected, it reports nothing. Read from
/// the words between the last punctuation and the verb, whatever the parse made of "than";
/// "more than a dozen analysts said" is a number of speakers, not a comparison.
fn comparative(tree: &Tree, v: usize) -> bool {
    (0..v).rev().take_while(|&t| !tree.is_punct(t)).any(|t| {
        tree.lower(t) == "than"
            && !(t > 0
                && matches!(tree.lower(t - 1).as_str(), "more" | "less" | "fewer")
                && t + 1 < v
                && matches!(tree.upos(t + 1), "NUM" | "DET"))
    })
}

/// "was announced", "is reported": a passive has no speaker as its subject.
fn passive(tree: &Tree, v: usize) -> bool {
    tree.child(v, "aux:pass").is_some() || tree.child(v, "nsubj:pass").is_some()
}

/// The subject of cue verb `v`: its own, or the one it shares ("arrived and said", "...,
/// saying that", "who said", "was quoted as saying").
fn subject(tree: &Tree, v: usize, depth: usize) -> Option<usize> {
    if depth > 4 {
        return None;
    }
    // several subjects (a parse error on a long name): the one nearest before the verb,
    // but not a day taken for one ("Apple Computer today announced")
    let subjects: Vec<usize> = tree
        .children(v)
        .iter()
        .copied()
        .filter(|&c| c < v && tree.rel(c) == "nsubj")
        .collect();
    let nearest = subjects
        .iter()
        .copied()
        .filter(|&c| !(is_day_word(&tree.lower(c)) && subjects.len() > 1))
        .max();
    // a day after the verb is when it was said ("said Friday"), never who said it
    let after = tree
        .child(v, "nsubj")
        .filter(|&c| !is_day_word(&tree.lower(c)));
    if let Some(s) = nearest.or(after) {
        if tree.rel(s) == "nsubj" || tree.rel(s).starts_with("nsubj:outer") {
            if RELATIVE.contains(&tree.lemma(s)) && tree.rel(v) == "acl:relcl" {
                return tree.head(v);
            }
            return Some(s);
        }
    }
    let h = tree.head(v)?;
    // ", saying that ...": a participle after a comma speaks for the subject of the verb
    // it hangs on, whether the parse made it an adverbial clause or a prepositional object
    let comma_participle = tree.xpos(v) == "VBG" && v > 0 && tree.text(v - 1) == ",";
    match tree.base(v) {
        // "shares lost 15% after the auto firm announced that ...": a finite verb the parse
        // made a conjunct of another finite verb with no conjunction, right after a noun, has
        // that noun phrase for its subject (read from the words, `surface_subject`), not the
        // first verb's ("The Red Cross operating in Iraq said": a participle's, left alone)
        "conj"
            if tree.child(v, "cc").is_none()
                && v > 0
                && matches!(tree.upos(v - 1), "NOUN" | "PROPN")
                && tree.finite(v)
                && tree.finite(h) =>
        {
            None
        }
        "conj" if tree.verbal(h) => subject(tree, h, depth + 1),
        // "Mannion stated that there was a chance of routes elsewhere, saying, ...": a
        // participle after a comma hung on a reported clause speaks for the reporter
        "advcl"
            if comma_participle
                && tree.base(h) == "ccomp"
                && tree.head(h).is_some_and(|g| tree.verbal(g)) =>
        {
            tree.head(h).and_then(|g| subject(tree, g, depth + 1))
        }
        "acl" if main_verb_on_noun(tree, v) => Some(h),
        "amod" if verb_on_its_object(tree, v) => tree.child(h, "nsubj").filter(|&s| s < v),
        "advcl" | "xcomp" | "obl"
            if tree.xpos(v) == "VBG" && (tree.base(v) != "obl" || comma_participle)
                || tree.child(v, "mark").is_some_and(|m| tree.lemma(m) == "as") =>
        {
            if tree.lemma(h) == "quote" {
                if let Some(s) = tree.child(h, "nsubj:pass") {
                    return Some(s);
                }
            }
            if tree.verbal(h) {
                subject(tree, h, depth + 1)
            } else {
                None
            }
        }
        "acl" if tree.rel(v) == "acl:relcl" => Some(h),
        _ => None,
    }
}

/// "The Government Accountability Office on June 18 called for ...", parsed with the noun as
/// the root and the verb as a clause hung on it: a finite verb (by its tag) whose head is a
/// noun before it at the root of the sentence is the sentence's main verb, and that noun its
/// subject. A reduced relative ("the plans announced in January") hangs on a noun that has a
/// verb above it.
fn main_verb_on_noun(tree: &Tree, v: usize) -> bool {
    tree.rel(v) == "acl"
        && matches!(tree.xpos(v), "VBD" | "VBZ" | "VBP")
        && tree.head(v).is_some_and(|h| {
            h < v && tree.head(h).is_none() && matches!(tree.upos(h), "NOUN" | "PROPN")
        })
}

/// The speaker phrase around subject head `s`: its subtree without relative clauses and
/// other clauses, punctuation trimmed at the edges; never reaching the cue verb. A name keeps
/// its description out ("Jim Press, the vice chairman of Chrysler, said": Jim Press); a common
/// noun keeps the name in apposition ("a spokesman, John Smith, said").
pub fn speaker_extent(tree: &Tree, s: usize, v: usize) -> (usize, usize) {
    let cut = |t: usize| {
        t == v
            || matches!(
                tree.base(t),
                "acl" | "advcl" | "parataxis" | "ccomp" | "dep"
            )
            || (tree.base(t) == "conj" && tree.verbal(t))
            || (tree.base(t) == "appos" && tree.upos(s) == "PROPN" && t > s)
    };
    let (mut lo, mut hi) = tree.extent(s, &cut);
    // a speaker never takes in quoted words ("...," the union leader said, "...")
    if let Some(q) = (lo..s).rev().find(|&t| is_quote_mark(tree.text(t))) {
        lo = q + 1;
    }
    if let Some(q) = (s + 1..=hi).find(|&t| is_quote_mark(tree.text(t))) {
        hi = q.saturating_sub(1).max(s);
    }
    // a name the parse split into two subjects ("Finance Minister Jane Smith told": `Finance`
    // and `Jane` both nsubj): the proper nouns just before belong to the phrase
    while lo > 0
        && tree.upos(lo - 1) == "PROPN"
        && tree.head(lo - 1) == Some(v)
        && tree.base(lo - 1) == "nsubj"
    {
        lo = tree.extent(lo - 1, &cut).0.min(lo - 1);
    }
    // "..., with UBS analyst David Strauss saying": the "with" of an absolute construction
    // introduces the speaker and is not part of it
    while lo < s
        && (tree.is_punct(lo)
            || tree.upos(lo) == "CCONJ"
            || (tree.upos(lo) == "ADP" && tree.lower(lo) == "with"))
    {
        lo += 1;
    }
    // "Apple Computer today announced": the day is when, not who; "Several airlines,
    // including Qantas, on Monday announced": nor is the date's preposition
    loop {
        let was = hi;
        if hi > lo && is_day_word(&tree.lower(hi)) {
            hi -= 1;
        }
        while hi > s && (tree.is_punct(hi) || matches!(tree.upos(hi), "CCONJ" | "ADP")) {
            hi -= 1;
        }
        if hi == was {
            break;
        }
    }
    (lo, hi)
}

/// The noun phrase just before a finite verb that the parse gave no subject: adverbs,
/// auxiliaries and a date adverbial ("on 2/9") may stand between.
fn surface_subject(
    tree: &Tree,
    v: usize,
    is_date: &dyn Fn(usize) -> bool,
) -> Option<(usize, usize)> {
    let mut j = v.checked_sub(1)?;
    loop {
        if matches!(tree.upos(j), "ADV" | "AUX" | "PART") {
            j = j.checked_sub(1)?;
        } else if is_date(j) {
            while j > 0 && is_date(j) {
                j -= 1;
            }
            if tree.upos(j) == "ADP" {
                j = j.checked_sub(1)?;
            }
        } else {
            break;
        }
    }
    if !matches!(tree.upos(j), "PROPN" | "NOUN" | "PRON") {
        return None;
    }
    let hi = j;
    let mut lo = j;
    if tree.upos(j) != "PRON" {
        while lo > 0 && matches!(tree.upos(lo - 1), "PROPN" | "NOUN" | "ADJ" | "DET" | "NUM") {
            lo -= 1;
        }
    }
    Some((lo, hi))
}

/// ", a military spokesman said": the noun phrase between a comma and verb `v` (adverbs and
/// auxiliaries may stand between), read from the tags when the parse gave the verb no subject
/// of its own. Determiners, adjectives, nouns, names and numbers, with "of" or "for" inside
/// ("a spokesman for the ministry").
fn comma_subject(tree: &Tree, v: usize) -> Option<(usize, usize)> {
    let mut j = v.checked_sub(1)?;
    while matches!(tree.upos(j), "ADV" | "AUX") {
        j = j.checked_sub(1)?;
    }
    if !matches!(tree.upos(j), "NOUN" | "PROPN" | "PRON") || RELATIVE.contains(&tree.lemma(j)) {
        return None;
    }
    let hi = j;
    let mut lo = j;
    while lo > 0 {
        let p = lo - 1;
        let np = matches!(tree.upos(p), "DET" | "ADJ" | "NOUN" | "PROPN" | "NUM")
            || (tree.upos(p) == "PART" && tree.text(p).starts_with('\''))
            || (matches!(tree.lower(p).as_str(), "of" | "for")
                && p > 0
                && matches!(tree.upos(p - 1), "NOUN" | "PROPN"));
        if !np {
            break;
        }
        lo = p;
    }
    // "Charities, such as Cats Protection, today said": a day is when, not who
    if (lo..=hi).all(|t| is_day_word(&tree.lower(t))) {
        return None;
    }
    (lo > 0 && matches!(tree.text(lo - 1), "," | "--" | "—")).then_some((lo, hi))
}

/// `"...," said Jim Press, the vice chairman`: the subject after a cue verb that follows a
/// quotation, which the parse left without a subject. The noun phrase right after the verb,
/// up to a comma or the end.
fn inverted_subject(tree: &Tree, v: usize) -> Option<(usize, usize)> {
    let mut b = v.checked_sub(1)?;
    while b > 0 && tree.text(b) == "," {
        b -= 1;
    }
    if !is_quote_mark(tree.text(b)) {
        return None;
    }
    let lo = v + 1;
    if lo >= tree.len() || !matches!(tree.upos(lo), "PROPN" | "NOUN" | "DET" | "ADJ" | "PRON") {
        return None;
    }
    let mut hi = lo;
    while hi + 1 < tree.len()
        && (matches!(
            tree.upos(hi + 1),
            "PROPN" | "NOUN" | "ADJ" | "DET" | "NUM" | "PART"
        ) || (matches!(tree.upos(hi + 1), "ADP" | "CCONJ")
            && hi + 2 < tree.len()
            && matches!(tree.upos(hi + 2), "PROPN" | "NOUN" | "DET" | "ADJ"))
            || (tree.text(hi + 1) == "." && tree.upos(hi + 1) != "PUNCT"))
    {
        hi += 1;
    }
    while hi > lo && !matches!(tree.upos(hi), "PROPN" | "NOUN" | "PRON") {
        hi -= 1;
    }
    Some((lo, hi))
}

/// The content of verb cue `v` from the parse, with the surface fallback; `cut` marks the
/// roots of other statements' clauses. Returns the range and whether it is a that-clause.
fn verb_content(
    tree: &Tree,
    lex: &Lexicon,
    v: usize,
    frames: Frames,
    cut: &dyn Fn(usize) -> bool,
) -> (Option<(usize, usize)>, bool) {
    let trim = |r: (usize, usize)| trim_content(tree, r);
    if frames.has(Frames::CLAUSE) {
        // "His plan, he stated, was for ...": a cue set between commas inside the sentence
        // reports the clause around it, however the parse hung the cue on it
        if let Some(r) = parenthetical_content(tree, v, cut) {
            return (Some(r), false);
        }
        // a clause has a predicate or dependents: a lone word the parse calls a clause
        // ("said nothing", "said so", "said yes") is an object, not something said
        if let Some(c) = tree
            .child(v, "ccomp")
            .filter(|&c| tree.verbal(c) || !tree.children(c).is_empty())
        {
            // a clause before a cue that closes the sentence: the parse may have hung only a
            // piece of what came before the comma on the verb
            if c < v {
                if let Some(r) = trailing_content(tree, lex, v, cut) {
                    return (Some(r), false);
                }
            }
            let that = tree
                .children(c)
                .iter()
                .any(|&m| tree.base(m) == "mark" && tree.lemma(m) == "that" && m < c);
            let mut r = tree.extent(c, cut);
            if let Some(t) = addressee_then_that(tree, v).filter(|&t| r.0 <= t && t <= c) {
                r.0 = t;
            }
            // "announced that development of a replacement, begun two years ago, has been
            // pushed back": the clause's own predicate hung on the cue as a conjunct with no
            // conjunction and no subject of its own belongs to what was said
            if c > v {
                if let Some(k) = split_predicate(tree, v, r.1) {
                    r.1 = r.1.max(tree.extent(k, cut).1);
                }
                // "saying demand for its cars had weakened" with "demand" the cue's object
                // and the clause left without a subject: the object is the clause's subject
                if let Some(o) = subject_taken_as_object(tree, v, c, r.0) {
                    r.0 = r.0.min(tree.extent(o, cut).0);
                }
            }
            return (trim(r), that);
        }
        // "..., a Romanian official said Friday.": a cue closing the sentence after a comma
        // says everything before the comma, wherever the parse hung it
        if let Some(r) = trailing_content(tree, lex, v, cut) {
            return (Some(r), false);
        }
        // "Russia is ready, Putin said": the cue hangs off the content (as parataxis, or
        // as an adverbial or conjunct clause when it is the last thing in the sentence)
        let ends_sentence = || {
            let (lo, hi) = tree.extent(v, &|_| false);
            (hi + 1..tree.len()).all(|t| tree.is_punct(t))
                && lo > 0
                && matches!(tree.text(lo - 1), "," | "--" | "—")
        };
        if (tree.base(v) == "parataxis"
            || (matches!(tree.base(v), "advcl" | "conj") && ends_sentence()))
            && !subordinated(tree, v)
        {
            if let Some(h) = tree.head(v) {
                if h < v {
                    let r = tree.extent(h, &|t| t == v || cut(t));
                    return (trim(r), false);
                }
            }
        }
        if let Some(p) = tree
            .children(v)
            .iter()
            .copied()
            .find(|&p| tree.base(p) == "parataxis" && p < v && tree.verbal(p))
        {
            return (trim(tree.extent(p, cut)), false);
        }
    }
    if frames.has(Frames::NOUN) {
        if let Some(r) = noun_object_content(tree, lex, v, cut) {
            return (trim(r), true);
        }
    }
    for (frame, prep) in [
        (Frames::OF, "of"),
        (Frames::FOR, "for"),
        (Frames::AGAINST, "against"),
    ] {
        if !frames.has(frame) {
            continue;
        }
        let pp = tree.children(v).iter().copied().find(|&c| {
            c > v
                && matches!(tree.base(c), "advcl" | "obl" | "xcomp" | "ccomp" | "nmod")
                && tree.children(c).iter().any(|&m| {
                    matches!(tree.base(m), "mark" | "case") && tree.lemma(m) == prep && m < c
                })
        });
        if let Some(c) = pp {
            let (_, hi) = tree.extent(c, cut);
            let lo = match tree.child(v, "obj") {
                Some(o) if o > v && o < c => tree.extent(o, cut).0,
                _ => tree.extent(c, cut).0,
            };
            return (trim((lo, hi)), false);
        }
    }
    if frames.has(Frames::TO) {
        if let Some(c) = tree.children(v).iter().copied().find(|&c| {
            c > v
                && tree.base(c) == "xcomp"
                && tree
                    .children(c)
                    .iter()
                    .any(|&m| tree.lemma(m) == "to" && m < c)
        }) {
            let (_, hi) = tree.extent(c, cut);
            let lo = match tree.child(v, "obj") {
                Some(o) if o > v && o < c => tree.extent(o, cut).0,
                _ => tree.extent(c, cut).0,
            };
            return (trim((lo, hi)), false);
        }
    }
    if frames.has(Frames::CLAUSE) {
        if let Some(r) = surface_clause(tree, v, cut) {
            return r;
        }
    }
    if frames.has(Frames::OBJECT) {
        // the object, or a bare noun right after the verb that the parse called an oblique
        // ("Apple announces Mac OS X Lion" with "Lion" as obl), or a noun modifier where the
        // tagger read the verb as a plural noun ("announces" NNS with "Lion" as its nmod): no
        // preposition, not a day
        let bare = |o: usize| {
            matches!(tree.rel(o), "obl" | "nmod")
                && !tree.children(o).iter().any(|&c| tree.base(c) == "case")
                && !is_time_word(&tree.lower(o))
                && tree.extent(o, cut).0 == v + 1
        };
        let object = tree
            .child(v, "obj")
            .filter(|&o| !is_time_word(&tree.lower(o)))
            .or_else(|| tree.children(v).iter().copied().find(|&o| o > v && bare(o)));
        if let Some(o) = object {
            // "announced $50 million in aid": a sum's currency sign heads it in UD
            let sum = tree.upos(o) == "SYM" && is_currency(tree.text(o));
            if o > v && (matches!(tree.upos(o), "NOUN" | "PROPN" | "NUM") || sum) {
                let (lo, mut hi) = tree.extent(o, cut);
                // one phrase the parse cut into two objects ("announces $52.5 million
                // assistance package": `$` and `package` both obj): the object runs on
                // through a second object that follows it directly
                for &o2 in tree.children(v) {
                    let (lo2, hi2) = tree.extent(o2, cut);
                    if o2 > o && tree.rel(o2) == "obj" && lo2 == hi + 1 {
                        hi = hi2;
                    }
                }
                return (trim((lo, hi)), false);
            }
        }
        // "GM announced plans Friday to shut down ...", parsed with "announced" as an
        // adjective of "plans" at the root: the noun and what hangs on it after the verb
        if let Some(h) = tree.head(v).filter(|_| verb_on_its_object(tree, v)) {
            let (_, hi) = tree.extent(h, &|t| t < v || cut(t));
            return (trim((v + 1, hi)), false);
        }
    }
    (None, false)
}

/// A currency sign: "$", "€", "£", "¥", or a letter code written with one ("US$", "A$").
fn is_currency(w: &str) -> bool {
    matches!(w, "$" | "€" | "£" | "¥") || (w.ends_with('$') && w.len() <= 3)
}

/// "General Motors announced plans Friday to ...", parsed with the noun after the verb as
/// the root of the sentence and the verb as its adjective: a verb by its tag (past or
/// present) right before a root noun that has a subject before the verb is the main verb,
/// and that noun its object. "The announced plans were ..." has a verb at the root.
fn verb_on_its_object(tree: &Tree, v: usize) -> bool {
    tree.rel(v) == "amod"
        && matches!(tree.xpos(v), "VBD" | "VBZ" | "VBP")
        && tree.head(v).is_some_and(|h| {
            h == v + 1
                && tree.head(h).is_none()
                && matches!(tree.upos(h), "NOUN" | "PROPN")
                && tree.child(h, "nsubj").is_some_and(|s| s < v)
        })
}

/// "expressed (great) concern that ...": the reporting noun and its that-clause.
fn noun_object_content(
    tree: &Tree,
    lex: &Lexicon,
    v: usize,
    cut: &dyn Fn(usize) -> bool,
) -> Option<(usize, usize)> {
    let is_noun_cue = |t: usize| {
        tree.upos(t) == "NOUN" && lex.noun(tree.lemma(t)).is_some_and(|f| f.has(Frames::THAT))
    };
    // the parse: a reporting-noun object with a clause
    if let Some(o) = tree.child(v, "obj").filter(|&o| o > v && is_noun_cue(o)) {
        let clause = tree
            .children(o)
            .iter()
            .chain(tree.children(v))
            .copied()
            .find(|&c| c > o && matches!(tree.base(c), "acl" | "ccomp") && tree.verbal(c));
        if let Some(c) = clause {
            let lo = tree.extent(o, &|t| t == c || cut(t)).0;
            let hi = tree.extent(c, cut).1;
            return Some((lo, hi));
        }
    }
    // the surface: adjectives, quote marks and a reporting noun, then "that"
    let mut k = v + 1;
    let mut noun = None;
    while k < tree.len() {
        let w = tree.text(k);
        if is_noun_cue(k) {
            noun = Some(k);
        } else if !(matches!(tree.upos(k), "ADJ" | "DET" | "ADV")
            || (tree.is_punct(k) && is_quote_mark(w)))
        {
            break;
        }
        k += 1;
    }
    let noun = noun?;
    if k < tree.len() && tree.lower(k) == "that" {
        let end = clause_end(tree, k + 1, cut);
        return Some((v + 1, end.max(noun)));
    }
    None
}

pub fn is_quote_mark(w: &str) -> bool {
    matches!(
        w,
        "\"" | "“" | "”" | "„" | "«" | "»" | "``" | "''" | "'" | "‘" | "’" | "`"
    )
}

/// A clause right after the verb, when the parse did not give one: "said (that) X was ...".
/// The addressee of "told reporters that" is skipped.
fn surface_clause(
    tree: &Tree,
    v: usize,
    cut: &dyn Fn(usize) -> bool,
) -> Option<(Option<(usize, usize)>, bool)> {
    let mut k = v + 1;
    if let Some(that) = addressee_then_that(tree, v) {
        k = that;
    }
    if k >= tree.len() || cut(k) {
        return None;
    }
    let that = tree.lower(k) == "that" && tree.upos(k) != "DET";
    let start = if that { k + 1 } else { k };
    if start >= tree.len() || tree.is_punct(start) && !is_quote_mark(tree.text(start)) {
        return None;
    }
    let end = clause_end(tree, start, cut);
    // a clause: a subject-like word then a finite verb before the end
    let finite = (start..=end).any(|t| tree.finite(t) && t > start);
    if !finite || end < start {
        return None;
    }
    Some((trim_content(tree, (start, end)), that))
}

/// "told reporters that", "told him that", "assured the council that": the addressee right
/// after the verb, then "that"; returns the position of "that". The addressee is at most a
/// short noun phrase with no verb in it (the parse may hang the clause on the addressee).
fn addressee_then_that(tree: &Tree, v: usize) -> Option<usize> {
    let first = v + 1;
    if first >= tree.len()
        || !matches!(tree.upos(first), "NOUN" | "PRON" | "PROPN" | "DET" | "ADJ")
        || tree.lower(first) == "that"
    {
        return None;
    }
    (first + 1..tree.len().min(first + 6))
        .take_while(|&t| !tree.verbal(t) && !tree.is_punct(t))
        .find(|&t| tree.lower(t) == "that")
        .filter(|&t| (first..t).any(|a| matches!(tree.upos(a), "NOUN" | "PRON" | "PROPN")))
}

/// Where a clause starting at `start` ends: before `;`, before another statement's clause
/// (`cut`), or at the end of the sentence.
fn clause_end(tree: &Tree, start: usize, cut: &dyn Fn(usize) -> bool) -> usize {
    for t in start..tree.len() {
        if tree.text(t) == ";" {
            return t.saturating_sub(1).max(start);
        }
        if t > start && cut(t) {
            // the other clause begins with its own mark, subject and the comma before them
            let lo = tree.extent(t, &|_| false).0;
            return lo.saturating_sub(1).max(start);
        }
    }
    tree.len() - 1
}

/// Leading "that" and punctuation, trailing punctuation and dangling conjunctions out.
fn trim_content(tree: &Tree, (mut lo, mut hi): (usize, usize)) -> Option<(usize, usize)> {
    let dangling = |t: usize| matches!(tree.upos(t), "CCONJ" | "SCONJ") || tree.lower(t) == "while";
    while lo <= hi
        && ((tree.is_punct(lo) && !is_quote_mark(tree.text(lo)) && !is_currency(tree.text(lo)))
            || (tree.lower(lo) == "that" && tree.base(lo) == "mark"))
    {
        lo += 1;
    }
    while hi > lo && ((tree.is_punct(hi) && !is_quote_mark(tree.text(hi))) || dangling(hi)) {
        hi -= 1;
    }
    (lo <= hi && !(lo == hi && tree.is_punct(lo))).then_some((lo, hi))
}

/// "His plan, he stated, was for the government to ...", "Russia, the minister said, is
/// ready": a cue with its subject set between commas after the first words of a sentence
/// that has no other verb before it; the content is the rest of the sentence after the
/// second comma (where the predicate of what was said stands), up to another statement.
fn parenthetical_content(
    tree: &Tree,
    v: usize,
    cut: &dyn Fn(usize) -> bool,
) -> Option<(usize, usize)> {
    let (mut lo, hi) = match tree.child(v, "nsubj").filter(|&s| s < v) {
        Some(s) => tree.extent(s, &|t| t == v),
        None => comma_subject(tree, v)?,
    };
    while lo < hi && tree.is_punct(lo) {
        lo += 1;
    }
    if lo < 2
        || !matches!(tree.text(lo - 1), "," | "--" | "—")
        || !(hi + 1..v).all(|t| matches!(tree.upos(t), "ADV" | "AUX"))
        || (0..lo - 1).any(|t| tree.verbal(t) || is_quote_mark(tree.text(t)))
    {
        return None;
    }
    // after the verb: at most a short adverbial ("on Friday"), then the closing comma
    let close =
        (v + 1..tree.len().min(v + 5)).find(|&t| matches!(tree.text(t), "," | "--" | "—"))?;
    if (v + 1..close).any(|t| {
        !matches!(
            tree.upos(t),
            "ADP" | "ADV" | "NOUN" | "PROPN" | "NUM" | "DET"
        )
    }) {
        return None;
    }
    let start = close + 1;
    if start >= tree.len()
        || is_quote_mark(tree.text(start))
        || matches!(tree.upos(start), "CCONJ" | "SCONJ")
        || tree.lower(start) == "that"
    {
        return None;
    }
    let end = clause_end(tree, start, cut);
    // what follows is a predicate: a verb before the end
    if !(start..=end).any(|t| tree.verbal(t)) {
        return None;
    }
    trim_content(tree, (start, end))
}

/// The object of cue `v` standing right before its clause `c` (which starts at `start`) when
/// the clause has no subject or subordinator of its own: the clause's subject, which the parse
/// took for the verb's object ("said prices would rise", "saying demand for its cars had
/// weakened"). A noun object only, with nothing but the clause's auxiliaries and adverbs
/// between it and the clause.
fn subject_taken_as_object(tree: &Tree, v: usize, c: usize, start: usize) -> Option<usize> {
    if tree
        .children(c)
        .iter()
        .any(|&k| k < c && matches!(tree.base(k), "nsubj" | "csubj" | "expl" | "mark"))
        || !tree.finite(c)
            && !tree
                .children(c)
                .iter()
                .any(|&a| a < c && tree.base(a) == "aux" && tree.finite(a))
    {
        return None;
    }
    let o = tree.child(v, "obj").filter(|&o| v < o && o < c)?;
    if !matches!(tree.upos(o), "NOUN" | "PROPN" | "PRON")
        || tree.extent(o, &|t| t == c).1 + 1 != start
    {
        return None;
    }
    Some(o)
}

/// A predicate the parse took from cue `v`'s clause (ending at `end`) and hung on the cue
/// itself, right after the clause: a conjunct with no conjunction, or a second clause, with
/// no subject or subordinator of its own. It happens when the clause's subject holds a
/// participle the parser read as the clause's verb ("announced that development ..., begun
/// two years ago, has been pushed back", "said that the team formed to look at it had been
/// merged").
fn split_predicate(tree: &Tree, v: usize, end: usize) -> Option<usize> {
    tree.children(v).iter().copied().find(|&k| {
        k > end
            && matches!(tree.base(k), "conj" | "ccomp")
            && tree.verbal(k)
            && !tree.children(k).iter().any(|&c| {
                c < k && matches!(tree.base(c), "cc" | "nsubj" | "csubj" | "expl" | "mark")
            })
            && (end + 1..k).all(|t| tree.is_punct(t) || tree.dominates(k, t))
    })
}

/// A cue that closes its sentence: subject, verb, then only what hangs on the verb ("on
/// Friday", "in a statement") and punctuation, with a comma or dash before the subject. The
/// content is the sentence before that comma, unless another statement (a clause of another
/// cue, or a reporting verb with its subject) is in it.
fn trailing_content(
    tree: &Tree,
    lex: &Lexicon,
    v: usize,
    cut: &dyn Fn(usize) -> bool,
) -> Option<(usize, usize)> {
    // the parse hung the speaker elsewhere ("..., a military spokesman said", with the
    // spokesman in apposition to an object before the comma), or took a name before the comma
    // for the subject: the noun phrase between the comma and the verb
    let comma = comma_subject(tree, v);
    let (mut lo, hi) = match tree.child(v, "nsubj").filter(|&s| s < v) {
        Some(s) if comma.is_none_or(|(lo, _)| s + 1 >= lo) => tree.extent(s, &|t| t == v),
        _ => comma?,
    };
    // the comma before the subject may hang on it
    while lo < hi && tree.is_punct(lo) {
        lo += 1;
    }
    // after the verb: a few words of time, place or manner hanging on it ("on Friday", "in
    // a statement"), no object or clause, which would be what was said
    let after_ok = tree.len() - v <= 8
        && (tree
            .children(v)
            .iter()
            .filter(|&&c| c > v)
            .all(|&c| tree.is_punct(c) || matches!(tree.base(c), "obl" | "advmod" | "nmod"))
            && (v + 1..tree.len()).all(|t| tree.is_punct(t) || tree.dominates(v, t))
            || adverbial_tail(tree, v));
    if lo < 2
        || !matches!(tree.text(lo - 1), "," | "--" | "—")
        || !(hi + 1..v).all(|t| matches!(tree.upos(t), "ADV" | "AUX"))
        || !after_ok
        || (0..lo - 1).any(cut)
        // "Some reported that ..., others said ...": the sentence has a statement before
        || (0..lo - 1).any(|t| {
            tree.verbal(t) && tree.child(t, "nsubj").is_some() && lex.verb(tree.lemma(t), None).is_some()
        })
    {
        return None;
    }
    trim_content(tree, (0, lo - 2))
}

/// Whether cue `v` opens with a subordinator ("..., when the company posted a loss", "...,
/// after the ministry announced cuts"): such a clause tells when or why, it does not report
/// the clause it hangs on, however the parse attached it. "as" is left out: "..., as the
/// minister said" does report.
fn subordinated(tree: &Tree, v: usize) -> bool {
    tree.children(v).iter().any(|&c| {
        c < v
            && ((tree.base(c) == "mark" && tree.lower(c) != "as")
                || (tree.base(c) == "advmod"
                    && matches!(
                        tree.lower(c).as_str(),
                        "when" | "where" | "while" | "whereas" | "after" | "before" | "once"
                    )))
    })
}

/// The words after cue `v` read as a short adverbial by their tags alone, whatever the parse
/// made of them ("said Friday", "said on Sunday", "said in a statement", "announced late
/// Tuesday"): they open with a preposition, an adverb or a day, and hold no verb, pronoun,
/// subordinator or "that", so nothing said can be among them.
fn adverbial_tail(tree: &Tree, v: usize) -> bool {
    let words: Vec<usize> = (v + 1..tree.len()).filter(|&t| !tree.is_punct(t)).collect();
    let Some(&first) = words.first() else {
        return true;
    };
    let opens = matches!(tree.upos(first), "ADP" | "ADV") || is_time_word(&tree.lower(first));
    opens
        && words.iter().all(|&t| {
            matches!(
                tree.upos(t),
                "ADP" | "ADV" | "DET" | "ADJ" | "NOUN" | "PROPN" | "NUM"
            ) && tree.lower(t) != "that"
        })
}

/// A day or a relative time that can follow a verb bare ("said Friday", "said yesterday").
fn is_time_word(w: &str) -> bool {
    is_day_word(w) || matches!(w, "overnight" | "earlier" | "late" | "last" | "this")
}

/// "his claim that ...", "Boeing's statement that ...": a reporting noun with a possessor
/// and a that-clause.
fn noun_cue(tree: &Tree, lex: &Lexicon, n: usize) -> Option<Cue> {
    if tree.upos(n) != "NOUN" {
        return None;
    }
    let frames = lex.noun(tree.lemma(n))?;
    if !frames.has(Frames::THAT) {
        return None;
    }
    // a noun that is the object of a noun-frame verb belongs to that verb's cue
    if let Some(h) = tree.head(n) {
        if lex
            .verb(tree.lemma(h), None)
            .is_some_and(|f| f.has(Frames::NOUN))
        {
            return None;
        }
    }
    let poss = tree.child(n, "nmod:poss")?;
    let clause = tree.children(n).iter().copied().find(|&c| {
        c > n
            && matches!(tree.base(c), "acl" | "ccomp")
            && tree
                .children(c)
                .iter()
                .any(|&m| tree.lemma(m) == "that" && m < c)
    })?;
    let content = trim_content(tree, tree.extent(clause, &|_| false));
    Some(Cue {
        kind: CueKind::Noun,
        frames,
        token: n,
        last: n,
        speaker: Some(speaker_extent(tree, poss, n)),
        content,
        that: true,
        own_clause: false,
        surface: false,
    })
}

/// "according to X, ..." and "..., according to X".
fn source_cue(tree: &Tree, lex: &Lexicon, i: usize) -> Option<Cue> {
    let prep = lex.preps.iter().find(|p| {
        p.iter()
            .enumerate()
            .all(|(k, w)| i + k < tree.len() && tree.lower(i + k) == *w)
    })?;
    let last = i + prep.len() - 1;
    let first = last + 1;
    if first >= tree.len() {
        return None;
    }
    // the source: the noun phrase after the preposition, up to a comma or the end
    let mut hi = first;
    while hi + 1 < tree.len() && !tree.is_punct(hi + 1) && !tree.verbal(hi + 1) {
        hi += 1;
    }
    let speaker = (first, hi);
    let n = tree.len();
    // the content: the side of the sentence that is not the source phrase
    let mut before_end = i;
    while before_end > 0 && tree.is_punct(before_end - 1) {
        before_end -= 1;
    }
    let left = (before_end > 0).then(|| (0, before_end - 1));
    let right = (hi + 1 < n).then(|| (hi + 1, n - 1));
    let pick = match (left, right) {
        (Some(l), Some(r)) if r.1 - r.0 > l.1 - l.0 + 3 => Some(r),
        (Some(l), _) => Some(l),
        (None, r) => r,
    };
    let content = pick.and_then(|r| trim_content(tree, r));
    Some(Cue {
        kind: CueKind::Source,
        frames: Frames::SOURCE,
        token: i,
        last,
        speaker: Some(speaker),
        content,
        that: false,
        own_clause: false,
        surface: false,
    })
}
