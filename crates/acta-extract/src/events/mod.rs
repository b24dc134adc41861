//! Events: who did what to whom, coded in CAMEO and PLOVER over the dependency parse.
//!
//! ```text
//! Document { sentences + tokens (upos, lemma, head, deprel), dates, entities?, places? }
//!   │  EventCoder::code
//!   ├─ discards: a story-level phrase stops the article, a sentence-level one the sentence
//!   ├─ predicates: verbs (and event nouns after a copula) found in the verb dictionary
//!   ├─ code: the most specific pattern of the verb's block, else the verb's or block's code
//!   ├─ clause context: negation, modality (will, could, if), governors ("ready to", "refused
//!   │  to", "needs to"), reported speech and transformations ("said that b attacked")
//!   ├─ participants: subject/agent → source, object/oblique/complement → target, coded from
//!   │  the actors stage's entities or the actor and agent dictionaries
//!   └─ date (temporal expression in the clause, else publication), location, tone
//!   ▼
//! doc.events, article.tone
//! ```
//!
//! The coder is built once from dictionaries ([`EventCoder::new`]) and is immutable, so one
//! instance serves every thread. What each step does, with examples, is in `docs/events.md`.

mod matcher;
mod participants;
mod sent;
mod tables;

use std::collections::HashMap;

use acta_core::{Document, Event, Evidence, Participant, SentenceKind, WhenDate};

use crate::dict::{day_from_iso, Day, DictError, Dictionaries, Discard};

use matcher::{default_code, match_pattern, verbs_at, Window};
use participants::{entity_tokens, place_tokens, MentionKind, Mentions, NpCoder, Party, TOPIC};
use sent::Sent;
pub use tables::{CodeInfo, CodeTable, Rules, Tone};

/// Whether the coded act happened, is intended, or is only possible.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Modality {
    Asserted,
    Intended,
    Hypothetical,
}

impl Modality {
    pub fn as_str(self) -> &'static str {
        match self {
            Modality::Asserted => "asserted",
            Modality::Intended => "intended",
            Modality::Hypothetical => "hypothetical",
        }
    }
}

/// A place helper: given the document, a sentence and a byte span, the event's location. The
/// default is the places stage's [`crate::places::location_for`] (which reads `doc.places`, so
/// the places stage runs first); tests may plug in another.
pub type LocationFn = fn(&Document, usize, (usize, usize)) -> Option<acta_core::EventLocation>;

/// Codes events. Build once ([`EventCoder::embedded`], [`EventCoder::new`]); share it.
pub struct EventCoder {
    dicts: Dictionaries,
    codes: CodeTable,
    rules: Rules,
    tone: Tone,
    contexts: HashMap<String, String>,
    location: Option<LocationFn>,
    /// Whether participants take the actors stage's entities (ids, coreference, codes).
    /// Off when the actor or agent dictionary is a user's: then the user's codes decide, as
    /// `--dictionaries` promises, and the embedded actors stage would contradict them.
    entities: bool,
    /// The agent dictionary's role codes (`GOV`, `BUS`, ...), to tell a bare role from a
    /// country in the actors stage's codes.
    roles: std::collections::HashSet<String>,
    countries: crate::actors::countries::Countries,
}

/// What a purpose clause makes of the act it was done for (`EventCoder::purpose_act`).
#[derive(Debug)]
enum PurposeAct {
    /// a coercion done to protest: the protest
    Protest,
    /// force used to disperse: violent repression
    Repression,
    /// a sending to investigate: the investigation, with its code
    Investigation(String),
}

/// The acts of a sentence that purpose clauses recoded: governors whose purpose clause is the
/// protest they were done as, or the crowd they dispersed; sendings whose purpose is an
/// investigation, with its code.
#[derive(Default)]
struct Purposes {
    protests: Vec<usize>,
    repressions: Vec<usize>,
    investigations: Vec<(usize, String)>,
}

impl Purposes {
    /// Records what purpose clause `q` makes of act `g`. The clause keeps its own event only
    /// as the protest; otherwise the governor takes the code and the clause is not coded.
    fn record(&mut self, g: usize, act: PurposeAct, q: &mut Pred) {
        match act {
            PurposeAct::Protest => self.protests.push(g),
            PurposeAct::Repression => {
                q.suppressed = true;
                self.repressions.push(g);
            }
            PurposeAct::Investigation(c) => {
                q.suppressed = true;
                self.investigations.push((g, c));
            }
        }
    }
}

/// One predicate of a sentence and what the coder decided about it.
#[derive(Clone, Debug)]
struct Pred {
    p: usize,
    code: Option<String>,
    rule: Vec<String>,
    block: String,
    reversed: bool,
    /// `[043:042]`: the event the target does in return (`042`), paired with the forward
    /// code it belongs to; dropped when intent, refusal or a transformation recodes the verb.
    back: Option<(String, String)>,
    pat_source: Option<usize>,
    pat_target: Option<usize>,
    negated: bool,
    modality: Modality,
    /// Not emitted: replaced by another event, or not asserted.
    suppressed: bool,
    tokens: Vec<usize>,
    /// The speech predicate whose complement this predicate is in.
    speaker: Option<usize>,
    /// Participants decided by a governor or transformation.
    source: Option<Vec<Party>>,
    target: Option<Vec<Party>>,
    nominal: bool,
    /// The matched pattern marks the act mutual between coordinated subjects (`%`).
    mutual: bool,
    /// The protest noun whose act the verb tells ("riots erupted": `protest_nouns`).
    protest_noun: Option<usize>,
}

impl Pred {
    /// An uncoded, asserted predicate at token `p`, covering only that token.
    fn at(p: usize) -> Pred {
        Pred {
            p,
            code: None,
            rule: Vec::new(),
            block: String::new(),
            reversed: false,
            back: None,
            pat_source: None,
            pat_target: None,
            negated: false,
            modality: Modality::Asserted,
            suppressed: false,
            tokens: vec![p],
            speaker: None,
            source: None,
            target: None,
            nominal: false,
            mutual: false,
            protest_noun: None,
        }
    }
}

/// State carried across the sentences of one article.
#[derive(Default)]
struct DocState {
    /// The two actors of the last reciprocal event ("the two sides").
    last_pair: Option<(Party, Party, usize)>,
}

impl EventCoder {
    /// The coder with the embedded dictionaries (see [`Dictionaries::embedded`]).
    pub fn embedded() -> Result<EventCoder, DictError> {
        Ok(EventCoder::new(Dictionaries::embedded()?).0)
    }

    /// The coder over the given dictionaries; their `rules.tsv`, when they carry one,
    /// replaces the embedded rules. Returns the oddities of the rules file.
    pub fn new(dicts: Dictionaries) -> (EventCoder, Vec<DictError>) {
        let (rules, notes) = match &dicts.rules {
            Some(text) => Rules::parse(text, "rules.tsv"),
            None => (Rules::embedded(), Vec::new()),
        };
        let user_actors = dicts.sources.iter().any(|s| {
            (s.starts_with("actors: ") || s.starts_with("agents: ")) && !s.ends_with(": embedded")
        });
        (
            EventCoder {
                entities: !user_actors,
                roles: dicts.actors.agents.iter().map(|a| a.code.clone()).collect(),
                dicts,
                codes: CodeTable::embedded(),
                rules,
                tone: Tone::embedded(),
                contexts: tables::issue_contexts(),
                location: Some(crate::places::location_for),
                countries: crate::actors::countries::Countries::embedded(),
            },
            notes,
        )
    }

    /// Plugs in the places stage's location helper.
    pub fn with_location(mut self, f: LocationFn) -> EventCoder {
        self.location = Some(f);
        self
    }

    pub fn dictionaries(&self) -> &Dictionaries {
        &self.dicts
    }

    pub fn codes(&self) -> &CodeTable {
        &self.codes
    }

    /// Fills `doc.events`, the article's tone and each event's tone. Needs the syntax layer;
    /// uses `doc.dates`, and `doc.entities` / places when earlier stages filled them.
    #[allow(clippy::needless_range_loop)] // sentences and their tones, by index
    pub fn code(&self, doc: &mut Document) {
        let day: Option<Day> = doc.article.published.as_deref().and_then(day_from_iso);
        let negator = |w: &str| self.rules.is("negator", w);
        // tone: the whole text's words, and each sentence's
        let (mut pos, mut neg, mut n) = (0, 0, 0);
        let mut sent_tone: Vec<Option<f64>> = Vec::with_capacity(doc.sentences.len());
        let mut lower = String::new();
        for s in &doc.sentences {
            let mut words = Vec::with_capacity(s.tokens.len());
            lower.clear();
            for t in &s.tokens {
                words.push(t.text.to_lowercase());
            }
            let (p, ng, k) = self.tone.count(words.iter().map(String::as_str), negator);
            pos += p;
            neg += ng;
            n += k;
            sent_tone.push(tables::tone_score(p, ng, k));
        }
        doc.article.tone = tables::tone_score(pos, neg, n);

        let mut events = Vec::new();
        // a story-level discard stops the article
        let story_discard = doc.sentences.iter().any(|s| {
            let words: Vec<String> = s
                .tokens
                .iter()
                .map(|t| crate::dict::actors::norm_word(&t.text))
                .collect();
            matches!(self.dicts.discards.check(&words), Some((Discard::Story, _)))
        });
        if !story_discard {
            let mut state = DocState::default();
            for si in 0..doc.sentences.len() {
                let s = &doc.sentences[si];
                if s.kind != SentenceKind::Body || s.tokens.is_empty() {
                    continue;
                }
                let view = Sent::new(&s.tokens)
                    .with_dates(doc)
                    .with_doer_subjects(|l| {
                        self.rules.is("intent_word", l) || self.rules.is("refuse_word", l)
                    });
                // a sentence-level discard ("years ago", a year before 2014, "bronze medal")
                // silences the clauses it stands in, not the whole sentence: "A court has
                // issued warrants for two men sought in a slaying three years ago" still
                // codes the warrants
                let discarded = self.dicts.discards.sentence_tokens(&view.nw);
                let ents = if self.entities {
                    entity_tokens(doc, si, &self.roles)
                } else {
                    Vec::new()
                };
                let places = if self.entities {
                    place_tokens(doc, si)
                } else {
                    Vec::new()
                };
                let mentions = Mentions::find(&view, &self.dicts.actors, day, &ents, &places);
                let found = self.sentence(
                    doc,
                    si,
                    &view,
                    &mentions,
                    &mut state,
                    sent_tone[si],
                    &discarded,
                );
                events.extend(found);
            }
        }
        for (i, e) in events.iter_mut().enumerate() {
            e.id = format!("ev{i}");
        }
        doc.events = events;
    }

    /// The predicates of a sentence with their dictionary codes.
    #[allow(clippy::type_complexity)]
    fn predicates(&self, s: &Sent, m: &Mentions) -> Vec<Pred> {
        let d = &self.dicts.verbs;
        let mut preds = Vec::new();
        for p in 0..s.len() {
            // a participle used as an adjective ("Al Qaeda-linked group", "government-held
            // areas", "UK-based monitor") describes the noun; it reports no act of its own
            if s.urel(p) == "amod" && adjectival_participle(s, p) {
                continue;
            }
            // a participle inside a person or group the actors stage found, before the noun it
            // describes ("the two exiled dissidents from Egypt", however the parser hung it)
            if inside_entity_phrase(s, m, p) {
                continue;
            }
            let nominal_verb = if s.upos(p) == "VERB" {
                None
            } else if matches!(s.upos(p), "NOUN" | "PROPN") && s.kid_rel(p, &["cop"]).is_some() {
                match self
                    .rules
                    .nominal
                    .get(&s.lemma[p])
                    .or_else(|| self.rules.nominal.get(&s.nw[p]))
                {
                    Some(v) => Some(v.clone()),
                    None => continue,
                }
            } else {
                continue;
            };
            let hits = match &nominal_verb {
                None => verbs_at(d, s, p),
                Some(v) => d
                    .verbs_for(v)
                    .iter()
                    .filter(|&&id| d.verbs[id as usize].words.len() == 1)
                    .map(|&id| matcher::VerbHit {
                        verb: id,
                        extra: Vec::new(),
                    })
                    .collect(),
            };
            if hits.is_empty() {
                continue;
            }
            let mut clause = s.clause(p);
            // a verb the parser read as a modifier of its own object ("Protesters blocked roads"
            // with "blocked" an amod of "roads"): the words after it are its clause too
            if s.urel(p) == "amod" && misparsed(s, p) {
                if let Some(h) = s.head[p] {
                    clause.extend(s.clause(h).into_iter().filter(|&t| t > p));
                    clause.sort_unstable();
                    clause.dedup();
                }
            }
            // an object the parser split off at commas between its adjectives: its words are
            // the verb's ("restore complete, full diplomatic ties")
            if let Some(o) = split_object(s, p) {
                clause.extend(s.clause(o));
                clause.sort_unstable();
                clause.dedup();
            }
            let subj = s.subject_child(p);
            let compound = subj.is_some_and(|x| {
                s.co_subjects(x)
                    .iter()
                    .map(|&y| s.conjuncts(y).len())
                    .sum::<usize>()
                    > 1
            });
            // the most specific pattern over every block the verb is in
            // (weight, closeness, hit, pattern): more words first, then words nearer the verb
            let mut best: Option<(
                (usize, std::cmp::Reverse<usize>),
                usize,
                usize,
                matcher::PatMatch,
            )> = None;
            // a passive's subject is the active verb's object: its words are matched where
            // the patterns write the object, after the verb ("Evidence against Russia was
            // presented by the US" is `* evidence` as "presented evidence against Russia" is)
            let moved = passive_object(s, p, &clause);
            for (hi, h) in hits.iter().enumerate() {
                let v = &d.verbs[h.verb as usize];
                let mut win = Window::new(s, p, &clause, &h.extra);
                if !moved.is_empty() {
                    win.pre.retain(|t| !moved.contains(t));
                    win.post.splice(0..0, moved.iter().copied());
                }
                let bonus = v.words.len() - 1;
                for (pi, pat) in d.blocks[v.block].patterns.iter().enumerate() {
                    if let Some(pm) = match_pattern(d, s, m, pat, &win, compound) {
                        if framed_pattern_word(s, m, p, &pm.tokens) {
                            continue;
                        }
                        let far = pm.tokens.iter().map(|&t| t.abs_diff(p)).max().unwrap_or(0);
                        let w = (pm.weight + bonus, std::cmp::Reverse(far));
                        if best.as_ref().is_none_or(|b| w > b.0) {
                            best = Some((w, hi, pi, pm));
                        }
                    }
                }
            }
            // without a pattern: the verb with the most words; among equals the last listed
            // (a later definition wins, as in PETRARCH)
            let top_len = d.verbs[hits[0].verb as usize].words.len();
            let fallback = hits
                .iter()
                .enumerate()
                .filter(|(_, h)| d.verbs[h.verb as usize].words.len() == top_len)
                .map(|(i, _)| i)
                .next_back()
                .unwrap_or(0);
            let mut pred = Pred {
                nominal: nominal_verb.is_some(),
                ..Pred::at(p)
            };
            let (code, hit) = match &best {
                Some((_, hi, pi, pm)) => {
                    let v = &d.verbs[hits[*hi].verb as usize];
                    let pat = &d.blocks[v.block].patterns[*pi];
                    pred.rule.push(format!(
                        "{} {} [{}] ({})",
                        d.blocks[v.block].name,
                        pat.text,
                        pat.code.to_text(),
                        pat.origin
                    ));
                    pred.pat_source = pm.source;
                    pred.pat_target = pm.target;
                    pred.mutual = pat.compound;
                    pred.tokens.extend(pm.tokens.iter().copied());
                    (pat.code.clone(), *hi)
                }
                None => {
                    let v = &d.verbs[hits[fallback].verb as usize];
                    let c = default_code(d, v);
                    pred.rule.push(format!(
                        "{} {} [{}] ({})",
                        d.blocks[v.block].name,
                        v.words.join("_"),
                        c.to_text(),
                        v.origin
                    ));
                    (c.clone(), fallback)
                }
            };
            pred.block = d.blocks[d.verbs[hits[hit].verb as usize].block]
                .name
                .clone();
            pred.tokens.extend(hits[hit].extra.iter().copied());
            match (&code.active, &code.passive) {
                (Some(a), back) => {
                    pred.code = Some(a.clone());
                    pred.back = back.as_ref().map(|b| (a.clone(), b.clone()));
                }
                (None, Some(b)) => {
                    pred.code = Some(b.clone());
                    pred.reversed = true;
                }
                (None, None) => {}
            }
            preds.push(pred);
        }
        preds
    }

    /// Whether predicate `p` is (inside) the complement of a speech verb: "said they would
    /// boycott", where "would" is the reported future, not a condition.
    fn reported(&self, s: &Sent, p: usize) -> bool {
        let mut at = p;
        for _ in 0..4 {
            let Some(h) = s.head[at] else { return false };
            match s.urel(at) {
                "ccomp" => return self.rules.is("speech_word", &s.lemma[h]),
                "conj" => at = h,
                _ => return false,
            }
        }
        false
    }

    /// Negation and modality a predicate carries itself.
    fn own_context(&self, s: &Sent, pred: &mut Pred) {
        let p = pred.p;
        let mut scope = vec![p];
        // a copular nominal's negation may sit on the copula's side
        scope.extend(s.kid_rel(p, &["cop"]));
        for &x in &scope {
            for &k in &s.kids[x] {
                let l = s.lemma[k].as_str();
                let r = s.urel(k);
                if r == "advmod" && matches!(l, "not" | "n't" | "never") {
                    pred.negated = true;
                    pred.tokens.push(k);
                }
                if r == "aux" {
                    pred.tokens.push(k);
                    if self.rules.is("future_aux", l)
                        || self.rules.is("future_aux", &s.nw[k])
                        || (l == "would" && self.reported(s, p))
                    {
                        pred.modality = pred.modality.max_with(Modality::Intended);
                    } else if self.rules.is("hypothetical_aux", l) {
                        pred.modality = Modality::Hypothetical;
                    }
                }
                if r == "compound" && s.rel(k) == "compound:prt" {
                    pred.tokens.push(k);
                }
            }
        }
        // "made no breakthrough": a negated object
        if let Some(o) = s.kid_rel(p, &["obj"]) {
            if s.kids_rel(o, &["det"])
                .any(|d| matches!(s.lemma[d].as_str(), "no" | "neither"))
            {
                pred.negated = true;
            }
        }
        if s.mark_of(p)
            .is_some_and(|m| self.rules.is("hypothetical_mark", &m))
        {
            // an indirect question or a condition is not an event claim
            pred.suppressed = true;
        }
    }

    /// Passive voice, less the participles of a state: "Israel is opposed to French
    /// mediation", "Serb forces were engaged in ethnic cleansing". A participle of the
    /// `stative_word` table of `rules.tsv` after "be", with no `by`-agent and a "to" or "in"
    /// phrase of its own, is an adjective of its subject, and the subject does the act: it is
    /// the source, not the target. "The plan was opposed by the Egyptian government" (an
    /// agent) stays passive.
    fn passive(&self, s: &Sent, p: usize) -> bool {
        s.is_passive(p) && !self.stative(s, p)
    }

    fn stative(&self, s: &Sent, p: usize) -> bool {
        self.rules.is("stative_word", &s.lemma[p])
            && s.xpos(p) == "VBN"
            && s.agent(p).is_none()
            && s.kids_rel(p, &["aux:pass", "cop"])
                .any(|k| s.lemma[k] == "be")
            && s.kid_rel(p, &["nsubj"]).is_some()
            && s.kids_rel(p, &["obl"])
                .any(|k| matches!(s.case_of(k).as_deref(), Some("to" | "in")))
    }

    /// Whether `at`, an infinitive under `h`, voices a grievance of whoever summons
    /// ("summoned Niger's ambassador to complain"): `h` a `summon_word`, `at` a
    /// `grievance_word` with "to", the summoner's act and not the envoy's.
    fn summons_grievance(&self, s: &Sent, h: usize, at: usize) -> bool {
        s.urel(at) == "xcomp"
            && s.mark_of(at).as_deref() == Some("to")
            && self.rules.is("summon_word", &s.lemma[h])
            && self.rules.is("grievance_word", &s.lemma[at])
    }

    /// The token heading the subject of predicate `p`, following coordination, control and
    /// relative clauses.
    fn subject_tok(&self, s: &Sent, p: usize) -> Option<usize> {
        // a participle after a comma whose subject the parser made the noun before the comma
        // ("attacked a police post in the city Mosul overnight, killing three officers", with
        // "Mosul" the subject of "killing"): an -ing form with no auxiliary has no subject of
        // its own there; whoever did the act it follows did this one
        if let Some(v) = comma_participle_governor(s, p) {
            return self.subject_tok(s, v);
        }
        let mut at = p;
        for _ in 0..8 {
            if let Some(sj) = s.subject_child(at) {
                if s.is_relative(sj) && s.urel(at) == "acl" {
                    return s.head[at];
                }
                // the summoned envoy parsed as the infinitive's subject ("summoned Niger's
                // ambassador to complain" with "ambassador" the subject of "complain"): the
                // summoner complains (`summons_grievance`)
                match s.head[at] {
                    Some(h) if sj > h && sj < at && self.summons_grievance(s, h, at) => {
                        at = h;
                        continue;
                    }
                    _ => return Some(sj),
                }
            }
            let h = s.head[at]?;
            if let Some(n) = subordinate_subject(s, at, h) {
                return Some(n);
            }
            // a subject the parser made the root, with the finite verb after it a conjunct or
            // parataxis of it ("Brazil, Argentina and Chile resumed relations" rooted at
            // "Brazil"): the root noun is who acts
            if matches!(s.urel(at), "conj" | "parataxis")
                && matches!(s.upos(h), "NOUN" | "PROPN")
                && s.head[h].is_none()
                && h < at
                && matches!(s.xpos(at), "VBD" | "VBZ" | "VBP")
                && s.kid_rel(h, &["cop"]).is_none()
            {
                return Some(h);
            }
            match s.urel(at) {
                "conj" => at = h,
                "xcomp" => {
                    // object control: "urged Bree to help"; but whoever summons an envoy to
                    // voice a grievance voices it ("Nigeria summoned Niger's ambassador to
                    // complain": Nigeria complains; `summon_word`, `grievance_word`), while
                    // "summoned the ambassador to explain" is still the envoy's act
                    let summoner = self.summons_grievance(s, h, at);
                    if let Some(o) = s.kid_rel(h, &["obj"]).filter(|_| !summoner) {
                        if o != at {
                            return Some(o);
                        }
                    }
                    at = h;
                }
                "advcl" => {
                    // "Russian forces are guilty of shelling civilian areas": the subject of a
                    // predicate of guilt (`guilt_word`) did the act
                    if s.kid_rel(h, &["cop"]).is_some() && self.rules.is("guilt_word", &s.lemma[h])
                    {
                        at = h;
                        continue;
                    }
                    if s.mark_of(at).is_some_and(|m| {
                        !matches!(
                            m.as_str(),
                            "to" | "after" | "before" | "while" | "by" | "since" | "upon" | "when"
                        )
                    }) {
                        return None;
                    }
                    at = h;
                }
                "acl" => {
                    // "as the French leader prepared to attend": a past tense read as a
                    // participle on the noun of a subordinator read as a preposition
                    if past_read_as_participle(s, at)
                        && s.urel(h) == "obl"
                        && h < at
                        && subordinator_case(s, h)
                    {
                        return Some(h);
                    }
                    // "Both sides are guilty of violating the ceasefire": the same, with the
                    // gerund read as a modifier of the predicate
                    if s.kid_rel(h, &["cop"]).is_some() && self.rules.is("guilt_word", &s.lemma[h])
                    {
                        at = h;
                        continue;
                    }
                    // "no authority to decide": whoever has the noun
                    if s.mark_of(at).as_deref() == Some("to") {
                        if matches!(s.urel(h), "obj" | "nsubj") {
                            if let Some(v) = s.head[h] {
                                if s.urel(h) == "obj" {
                                    return self.subject_tok(s, v);
                                }
                            }
                        }
                        return None;
                    }
                    // "issued a statement condemning the attack", "adopted a resolution
                    // demanding that ...": a text's gerund is the act of whoever issued it
                    // (the `statement_noun` table)
                    if s.xpos(at) == "VBG"
                        && s.urel(h) == "obj"
                        && self.rules.is("statement_noun", &s.lemma[h])
                    {
                        if let Some(v) = s.head[h] {
                            return self.subject_tok(s, v);
                        }
                    }
                    // "demonstrators demanding ...": the noun is the subject; a past participle's
                    // noun is its object ("a member of Hamas jailed a year ago": the tagger often
                    // reads such a participle as a past tense, VBD)
                    if (s.xpos(at) == "VBN" && s.main_verb_read_as_participle(at).is_none())
                        || (s.xpos(at) == "VBD"
                            && s.rel(at) != "acl:relcl"
                            && s.kid_rel(at, &["obj"]).is_none()
                            && s.head[h].is_some())
                    {
                        return None;
                    }
                    return Some(h);
                }
                _ => return None,
            }
        }
        None
    }

    /// Codes the phrase at token `t` for predicate `pred`: relative pronouns become their
    /// antecedent, pronouns in reported speech the speaker, "the two sides" the last pair.
    #[allow(clippy::too_many_arguments)]
    fn parties_at(
        &self,
        s: &Sent,
        np: &NpCoder,
        t: usize,
        pred: &Pred,
        preds: &[Pred],
        state: &DocState,
        si: usize,
    ) -> Vec<Party> {
        let mut t = t;
        // the relative pronoun of "Crimea, which Russia annexed"
        if s.is_relative(t) {
            if let Some(h) = s.head[t] {
                if s.urel(h) == "acl" {
                    if let Some(a) = s.head[h] {
                        t = a;
                    }
                }
            }
        }
        let coded = np.code(t);
        if !coded.is_empty() {
            return coded;
        }
        if s.upos(t) == "PRON" {
            let l = s.lemma[t].as_str();
            let personal = matches!(
                l,
                "i" | "we"
                    | "me"
                    | "us"
                    | "he"
                    | "she"
                    | "it"
                    | "they"
                    | "him"
                    | "her"
                    | "them"
                    | "itself"
                    | "themselves"
            );
            if personal {
                if let Some(sp) = pred.speaker.and_then(|k| preds.iter().find(|q| q.p == k)) {
                    if let Some(st) = self.subject_tok(s, sp.p) {
                        if st != t {
                            // one level only: a speaker's own pronoun subject is not resolved
                            // through its speaker again (cycles: "I think I see ...")
                            let sp = Pred {
                                speaker: None,
                                ..sp.clone()
                            };
                            let spk = self.parties_at(s, np, st, &sp, preds, state, si);
                            if !spk.is_empty() {
                                return spk
                                    .into_iter()
                                    .map(|mut x| {
                                        x.first = t;
                                        x.last = t;
                                        x.head = t;
                                        x
                                    })
                                    .collect();
                            }
                        }
                    }
                }
            }
            return Vec::new();
        }
        // "the two sides", "both countries": the pair of the last reciprocal event
        if self.rules.is("pair_noun", &s.lemma[t]) {
            let two = s.kids[t]
                .iter()
                .any(|&k| matches!(s.lemma[k].as_str(), "two" | "both"));
            if let Some((a, b, at)) = &state.last_pair {
                if two && si.saturating_sub(*at) <= 3 {
                    let (first, last) = np.np_span(t);
                    return [a, b]
                        .into_iter()
                        .map(|p| Party {
                            code: p.code.clone(),
                            head: t,
                            first,
                            last,
                            entity: p.entity.clone(),
                        })
                        .collect();
                }
            }
        }
        Vec::new()
    }

    /// The "by" agent of a past participle describing a document noun (the
    /// `issued_document_noun` table of `rules.tsv`: report, statement, communique, letter, ...)
    /// that is the subject `t` of a predicate: "A statement issued by the foreign ministry",
    /// "a report released on Tuesday by the government". The document's own words name no
    /// actor; its issuer is the one who says what it says. The participle must issue it
    /// (`issuing_verb`): "a resolution vetoed by Russia", "a study funded by the EU" name
    /// someone else.
    fn document_issuer(&self, s: &Sent, t: usize) -> Option<usize> {
        if !self.rules.is("issued_document_noun", &s.lemma[t]) {
            return None;
        }
        s.kids_rel(t, &["acl"])
            .filter(|&v| v > t && s.xpos(v) == "VBN" && self.rules.is("issuing_verb", &s.lemma[v]))
            .find_map(|v| s.agent(v))
    }

    fn sources(
        &self,
        s: &Sent,
        np: &NpCoder,
        pred: &Pred,
        preds: &[Pred],
        state: &DocState,
        si: usize,
    ) -> Vec<Party> {
        if let Some(src) = &pred.source {
            return src.clone();
        }
        if let Some(t) = pred.pat_source {
            let c = self.parties_at(s, np, t, pred, preds, state, si);
            if !c.is_empty() {
                return c;
            }
        }
        if let Some(h) = verbless_clause(s, pred, &self.rules) {
            return self.parties_at(s, np, h, pred, preds, state, si);
        }
        let tok = if self.passive(s, pred.p) && !pred.nominal {
            s.agent(pred.p)
                .map(|a| self.weapon_user(s, np, pred, a).map_or(a, |(_, b)| b))
                .or_else(|| self.attack_agent(s, np, pred))
        } else {
            self.subject_tok(s, pred.p)
        };
        if tok.is_none() && self.passive(s, pred.p) && !pred.nominal {
            let by_state = self.state_of_place(s, np, pred, preds, state, si);
            if !by_state.is_empty() {
                return by_state;
            }
        }
        // an accident or a natural disaster is no actor ("victims killed by the Malaysia
        // Airlines crash", "the earthquake destroyed ..."): the act is nobody's, not the act of
        // whoever its phrase names
        if let Some(t) = tok {
            let accident = self.rules.is("accident_noun", &s.lemma[t])
                || self.rules.is("accident_noun", &s.nw[t]);
            if accident && np.m.at(t).is_none() {
                return Vec::new();
            }
            // a market figure is no actor either (thirtieth round): "The Nikkei stock index
            // fell ...", "the U.S. housing market has been declining" (REFUSE's 120), "their
            // sales declined 8.7%", "the shares of the company increased by 5 percent"
            // (BOOST's 060) say how a number moved, not what anyone did
            if self.rules.is("market_figure_noun", &s.lemma[t]) && np.m.at(t).is_none() {
                return Vec::new();
            }
            // a document names its issuer in a participle ("A statement issued by the Egyptian
            // foreign ministry condemned ...", "a report released by the government alleged
            // ..."): the issuer says what the document says (thirtieth round)
            if let Some(by) = self.document_issuer(s, t) {
                if self.parties_at(s, np, t, pred, preds, state, si).is_empty() {
                    return self.parties_at(s, np, by, pred, preds, state, si);
                }
            }
        }
        match tok {
            Some(t) => {
                // every member of a subject list the parser hung on the verb one by one
                let mut out: Vec<Party> = Vec::new();
                for x in s.co_subjects(t) {
                    for c in self.parties_at(s, np, x, pred, preds, state, si) {
                        if !out.iter().any(|y| y.code == c.code && y.head == c.head) {
                            out.push(c);
                        }
                    }
                }
                out
            }
            None if misparsed(s, pred.p) => {
                // the parser lost the verb ("Trump on 2/9 expressed ..." read as a modifier):
                // the nearest actor before it, with no other verb between
                let mut t = pred.p;
                while t > 0 {
                    t -= 1;
                    if s.is_verb(t) || matches!(s.toks[t].text.as_str(), ";" | ":") {
                        break;
                    }
                    if np.m.at(t).is_some() {
                        return self.parties_at(s, np, np.m.head_of(s, t), pred, preds, state, si);
                    }
                }
                Vec::new()
            }
            None => Vec::new(),
        }
    }

    /// The doer of a passive act only a state does (the `state_act` codes of `rules.tsv`:
    /// investigations 09x, arrests 173, expulsions 174) with no `by`-agent: the country of the
    /// "in" phrase that says where it was done, as CAMEO coders read it ("A British journalist
    /// was arrested in Iran" → IRN → GBRMED; "has been put under investigation in Italy", the
    /// phrase on the pattern's noun). Only a country itself (a bare three-letter code: a
    /// country's name, or a place that stands for it), not an actor inside it; attacks keep
    /// no source ("Three soldiers were killed in Syria" names no attacker).
    #[allow(clippy::too_many_arguments)]
    fn state_of_place(
        &self,
        s: &Sent,
        np: &NpCoder,
        pred: &Pred,
        preds: &[Pred],
        state: &DocState,
        si: usize,
    ) -> Vec<Party> {
        let Some(code) = pred.code.as_deref() else {
            return Vec::new();
        };
        let state_act = self.rules.code_in("state_act", code);
        if !state_act || s.agent(pred.p).is_some() {
            return Vec::new();
        }
        let mut heads = vec![pred.p];
        heads.extend(
            pred.tokens
                .iter()
                .copied()
                .filter(|&t| t != pred.p && matches!(s.upos(t), "NOUN" | "PROPN")),
        );
        for h in heads {
            let rels: &[&str] = if h == pred.p { &["obl"] } else { &["nmod"] };
            for k in s.kids_rel(h, rels) {
                if s.case_of(k).as_deref() != Some("in") {
                    continue;
                }
                let found: Vec<Party> = self
                    .parties_at(s, np, k, pred, preds, state, si)
                    .into_iter()
                    .filter(|p| p.code.len() == 3 && p.code != "---")
                    .collect();
                if !found.is_empty() {
                    return found;
                }
            }
        }
        Vec::new()
    }

    /// The attacker of a passive act of force with no `by`-agent: named in the attack phrase
    /// ("killed in an air strike by government forces", "killed in Israeli tank shelling";
    /// `attack_noun` of `rules.tsv`), or where the fire came from ("a mortar bomb was fired at
    /// it from the Gaza Strip"). Only for coercion and violence (CAMEO 17x-20x): "evacuated
    /// from Gaza" names no agent.
    fn attack_agent(&self, s: &Sent, np: &NpCoder, pred: &Pred) -> Option<usize> {
        let code = pred.code.as_deref()?;
        if !matches!(code.get(..2), Some("17" | "18" | "19" | "20")) {
            return None;
        }
        let p = pred.p;
        let noun = |k: usize| {
            self.rules.is("attack_noun", &s.lemma[k]) || self.rules.is("attack_noun", &s.nw[k])
        };
        // "in Israeli tank shelling": the tagger may read the attack noun as a gerund hung on
        // the word before it ("tank" ← acl "shelling"); the phrase is still the attack
        let attack = |k: usize| {
            noun(k)
                || s.kids_rel(k, &["acl"])
                    .any(|c| c == k + 1 && s.xpos(c) == "VBG" && noun(c))
        };
        for k in s.kids_rel(p, &["obl"]).collect::<Vec<_>>() {
            if !matches!(s.case_of(k).as_deref(), Some("in" | "during")) || !attack(k) {
                continue;
            }
            if let Some(b) = s
                .kids_rel(k, &["nmod"])
                .find(|&b| s.case_of(b).as_deref() == Some("by"))
            {
                return Some(b);
            }
            // the actor modifies the attack noun, or the weapon that modifies it: parsers hang
            // "Israeli" on "shelling" or on "tank", both readings of "Israeli tank shelling"
            let mods = |h: usize| s.kids_rel(h, &["amod", "compound", "nmod:poss"]);
            if let Some(a) = mods(k).find(|&a| np.m.at(a).is_some()).or_else(|| {
                mods(k)
                    .filter(|&m| m < k && s.upos(m) == "NOUN")
                    .find_map(|m| mods(m).find(|&a| a < m && np.m.at(a).is_some()))
            }) {
                return Some(a);
            }
        }
        if matches!(code.get(..2), Some("18" | "19" | "20")) {
            return s
                .kids_rel(p, &["obl"])
                .find(|&k| s.case_of(k).as_deref() == Some("from") && np.m.at(k).is_some());
        }
        None
    }

    /// Who used the weapon that did a passive act of force (thirty-second round): the agent of
    /// a participle describing the weapon, directly or through "believed to be", "said to
    /// have been" ("The airliner was blown up ... by a surface-to-air missile believed to be
    /// fired by pro-Russia rebels", "were killed by a bomb planted by Islamist militants"). The
    /// act is one: its doer is whoever fired, planted or launched the weapon, and the
    /// participle is not coded again (`sentence`). Returns (the participle, its agent).
    fn weapon_user(&self, s: &Sent, np: &NpCoder, pred: &Pred, a: usize) -> Option<(usize, usize)> {
        let code = pred.code.as_deref()?;
        if !matches!(code.get(..2), Some("18" | "19" | "20")) || np.m.at(a).is_some() {
            return None;
        }
        let weapon = self.weapon(s, a)
            || s.kids_rel(a, &["compound", "amod"])
                .any(|c| self.weapon(s, c));
        if !weapon {
            return None;
        }
        for v in s.kids_rel(a, &["acl"]) {
            if s.upos(v) != "VERB" {
                continue;
            }
            // "fired by rebels", or "believed to be fired by rebels"; only a verb of using the
            // weapon (`weapon_use_verb`): "a rocket intercepted by Israeli air defences", "a
            // missile supplied by Iran" name no attacker
            let mut at = v;
            for _ in 0..2 {
                if let Some(b) = s.agent(at).filter(|&b| {
                    np.m.at(b).is_some() && self.rules.is("weapon_use_verb", &s.lemma[at])
                }) {
                    return Some((at, b));
                }
                match s.kid_rel(at, &["xcomp"]) {
                    Some(x) => at = x,
                    None => break,
                }
            }
        }
        None
    }

    /// An act of force (CAMEO 18x-20x) whose doer is a weapon or an attack, with no actor
    /// named: the subject ("A roadside bombing killed ...", "A minefield explosion killed
    /// ..."), or for a passive the `by`-agent or the `in`/`during` phrase ("killed by an
    /// improvised explosive device", "killed in a suicide car bombing"). A weapon is one of
    /// the verb dictionary's `&WEAPON` or the `weapon_noun` table of `rules.tsv`; an attack an
    /// `attack_noun`; a blast or a device counts when a weapon names it ("a car bomb
    /// explosion", not "a gas explosion"). An accident is nobody's act and is not one.
    fn unattributed_attack(&self, s: &Sent, np: &NpCoder, pred: &Pred) -> bool {
        let Some(code) = pred.code.as_deref() else {
            return false;
        };
        if !matches!(code.get(..2), Some("18" | "19" | "20")) || pred.nominal {
            return false;
        }
        let weapon = |k: usize| self.weapon(s, k);
        let attack = |k: usize| {
            self.rules.is("attack_noun", &s.lemma[k]) || self.rules.is("attack_noun", &s.nw[k])
        };
        let doer = |k: usize| {
            if np.m.at(k).is_some()
                || self.rules.is("accident_noun", &s.lemma[k])
                || self.rules.is("accident_noun", &s.nw[k])
            {
                return false;
            }
            weapon(k)
                || attack(k)
                || self.rules.is("attempt_word", &s.lemma[k])
                || s.kids_rel(k, &["compound", "amod"])
                    .any(|c| weapon(c) || attack(c))
        };
        let cands: Vec<usize> = if self.passive(s, pred.p) {
            let mut c: Vec<usize> = s.agent(pred.p).into_iter().collect();
            c.extend(
                s.kids_rel(pred.p, &["obl"])
                    .filter(|&k| matches!(s.case_of(k).as_deref(), Some("in" | "during" | "by"))),
            );
            c
        } else {
            // "An attempt to assassinate the governor was thwarted": an attempt that names no
            // actor (no possessor, no "by" phrase) is the doer, unknown
            let attempt = s.head[pred.p].filter(|&h| {
                s.urel(pred.p) == "acl"
                    && s.mark_of(pred.p).as_deref() == Some("to")
                    && self.rules.is("attempt_word", &s.lemma[h])
                    && !s.kids_rel(h, &["nmod"]).any(|k| np.m.at(k).is_some())
            });
            self.subject_tok(s, pred.p)
                .or(attempt)
                .into_iter()
                .collect()
        };
        cands.into_iter().any(doer)
    }

    /// Whether token `k` is a weapon's noun: one word of the verb dictionary's `&WEAPON` or
    /// the `weapon_noun` table of `rules.tsv` ("artillery", "mortar", "bomb").
    fn weapon(&self, s: &Sent, k: usize) -> bool {
        let (w, l) = (&s.nw[k], &s.lemma[k]);
        self.rules.is("weapon_noun", l)
            || self.rules.is("weapon_noun", w)
            || self.dicts.verbs.synset("&WEAPON").is_some_and(|ws| {
                ws.phrases
                    .iter()
                    .any(|ph| ph.len() == 1 && (&ph[0] == w || &ph[0] == l))
            })
    }

    #[allow(clippy::too_many_arguments)]
    fn targets(
        &self,
        s: &Sent,
        np: &NpCoder,
        pred: &Pred,
        preds: &[Pred],
        state: &DocState,
        si: usize,
        sources: &[Party],
    ) -> Vec<Party> {
        if let Some(t) = &pred.target {
            return t.clone();
        }
        let got = self.targets_in(s, np, pred, preds, state, si, sources, false);
        // the source's own code again is no target: the event drops it
        let again = |x: &Party| sources.iter().any(|y| y.code == x.code);
        if got.iter().any(|x| !x.code.starts_with("---") && !again(x)) {
            return got;
        }
        // the words name no one with a country; two more places say whom the act is aimed at
        let named = |at: usize, q: &Pred| -> Vec<Party> {
            self.parties_at(s, np, at, q, preds, state, si)
                .into_iter()
                .filter(|x| {
                    !x.code.starts_with("---")
                        && !sources.iter().any(|y| y.head == x.head || y.code == x.code)
                })
                .collect()
        };
        // a threat's condition names the one who must comply, as CAMEO codes a threat: "Russia
        // threatened to stop negotiations if the United States goes ahead with the deployment"
        // → USA, "threatened to launch an offensive unless Baghdad accepted its conditions" →
        // IRQ; "threatened to resign if the bill passes" names no one
        if pred.code.as_deref().is_some_and(|c| c.starts_with("13")) {
            if let Some(c) = condition_subject(s, np, pred.p) {
                let cond = named(c, pred);
                if !cond.is_empty() {
                    return cond;
                }
            }
        }
        // a purpose clause of a conflictual act (CAMEO 10-20: demand, reject, threaten,
        // protest, force) aimed at no one names its adversary: "began a hunger strike to demand
        // the resignation of the Algerian president" → DZAGOV, "would not meet the kidnappers'
        // demands to release prisoners in Iraq" → IRQ. A cooperative act's purpose is what it
        // serves, not whom ("will send a team to help identify victims in Ukraine")
        let conflict = pred
            .code
            .as_deref()
            .and_then(|c| c.get(..2))
            .and_then(|c| c.parse::<u32>().ok())
            .is_some_and(|c| (10..=20).contains(&c));
        if conflict && got.iter().all(again) {
            for c in purpose_clauses(s, pred.p) {
                if let Some(to) = self.clause_targets(s, np, pred, c, preds, state, si, sources) {
                    return to;
                }
            }
        }
        // a preposition left without its object right before "and" or "or" and a verb
        // coordinated with this one shares that verb's object: "Sri Lanka has established
        // diplomatic ties with and opened an embassy in Tehran" → IRN (the next conjunct's
        // targets, actors with a country only)
        if let Some(c) = stranded_conjunct(s, pred.p) {
            if let Some(to) = self.clause_targets(s, np, pred, c, preds, state, si, sources) {
                return to;
            }
        }
        got
    }

    /// The targets of clause `c` under `pred`, read as an act of its own (no code, pattern or
    /// tokens of `pred`'s), when it names some and all of them have a country: a governed
    /// infinitive ("prepared to lift the ban on the FIS") or a purpose clause ("a hunger strike
    /// to demand the resignation of the Algerian president").
    #[allow(clippy::too_many_arguments)]
    fn clause_targets(
        &self,
        s: &Sent,
        np: &NpCoder,
        pred: &Pred,
        c: usize,
        preds: &[Pred],
        state: &DocState,
        si: usize,
        sources: &[Party],
    ) -> Option<Vec<Party>> {
        let inner = Pred {
            p: c,
            code: None,
            pat_target: None,
            tokens: Vec::new(),
            target: None,
            nominal: false,
            ..pred.clone()
        };
        let got = self.targets_in(s, np, &inner, preds, state, si, sources, true);
        (!got.is_empty() && got.iter().all(|x| !x.code.starts_with("---"))).then_some(got)
    }

    /// The target of `pred`; with `countried`, only actors with a country count, and an
    /// argument that names only countryless ones ("to resume terrorist activities in Israel":
    /// "terrorist" before the act's noun) lets the search go on to the next argument.
    #[allow(clippy::too_many_arguments)]
    fn targets_in(
        &self,
        s: &Sent,
        np: &NpCoder,
        pred: &Pred,
        preds: &[Pred],
        state: &DocState,
        si: usize,
        sources: &[Party],
        countried: bool,
    ) -> Vec<Party> {
        if let Some(t) = &pred.target {
            return t.clone();
        }
        let countryless = |x: &Party| countried && x.code.starts_with("---");
        let p = pred.p;
        // a mutual act of words (meet, negotiate, agree, sign, renew ties: `reciprocal_event`)
        // names its parties with "with", "between", "to"; what its "about", "on", "over",
        // "regarding" phrase names is what the act is about ("held talks about the city of
        // Jerusalem", "signed an agreement on Syria"), unless the matched pattern names that
        // preposition. Material cooperation (06) is left out: its "on", "over" phrases are
        // places and recipients ("held joint exercises over the Sea of Japan")
        let topical = pred.code.as_deref().is_some_and(|code| {
            !code.starts_with("06") && self.rules.code_in("reciprocal_event", code)
        });
        let outer = np;
        let np = &NpCoder {
            s: np.s,
            m: np.m,
            skip_topics: np.skip_topics || topical,
            act: &pred.tokens,
            rules: np.rules,
        };
        // ("talks concerning the border with Syria": the parser reads "concerning" as a verb)
        let topic = |k: usize| {
            topical
                && (s.case_of(k).is_some_and(|c| TOPIC.contains(&c.as_str()))
                    && !s.kids_rel(k, &["case"]).any(|c| pred.tokens.contains(&c))
                    || s.urel(k) == "acl"
                        && s.xpos(k) == "VBG"
                        && TOPIC.contains(&s.lemma[k].as_str()))
        };
        let mut cands: Vec<usize> = Vec::new();
        cands.extend(pred.pat_target);
        // a verb with no passive that the tagger read as a participle acts, it is not acted on
        if self.passive(s, p) && !pred.nominal && verbless_clause(s, pred, &self.rules).is_none() {
            cands.extend(self.subject_tok(s, p));
            if s.urel(p) == "acl" && s.xpos(p) == "VBN" {
                cands.extend(s.head[p]);
            }
        }
        // the object of a verb of talking about something is what a mutual act is about
        // ("met to discuss Kashmir", "debated Iraq with Iran": the `topic_word` table of
        // `rules.tsv`), unless the matched pattern names it
        let topic_object = topical
            && self.rules.is("topic_word", &s.lemma[p])
            && !s.kids_rel(p, &["obj"]).any(|o| pred.tokens.contains(&o));
        if !topic_object {
            cands.extend(s.kids_rel(p, &["obj"]));
            cands.extend(s.kids_rel(p, &["iobj"]));
            cands.extend(split_object(s, p));
        }
        // a preposition the matched pattern names marks whom the act is aimed at, wherever the
        // parser hung its phrase ("fired missiles at Russia": `* at`, "at Russia" attached to
        // the object)
        for &t in &pred.tokens {
            if t != p && s.upos(t) == "ADP" && s.urel(t) == "case" {
                if let Some(h) = s.head[t] {
                    if h != p && !cands.contains(&h) && s.clause(p).contains(&h) {
                        cands.push(h);
                    }
                }
            }
        }
        // a preposition right after the verb that the parser read as opening a clause ("met
        // with President Assad to discuss ..." with "Assad" the subject of "discuss"): the
        // words say its object, the actor right after it, is the verb's
        if let Some(t) = ((p + 1)..s.len()).find(|&x| s.upos(x) != "ADV") {
            if s.urel(t) == "mark"
                && s.upos(t) == "ADP"
                && s.head[t] != Some(p)
                && matches!(
                    s.lemma[t].as_str(),
                    "with" | "to" | "against" | "toward" | "towards" | "into" | "from"
                )
            {
                if let Some(a) = ((t + 1)..s.len())
                    .take_while(|&x| !s.is_verb(x) && s.upos(x) != "PUNCT")
                    .find(|&x| np.m.at(x).is_some())
                {
                    cands.push(np.m.head_of(s, a));
                }
            }
        }
        let is_date = |t: usize| s.date[t];
        // a date is when, not whom; but a date the parser made the head of an actor's phrase
        // ("fired shells at New Zealand on Thursday" read with "New Zealand" a compound of
        // "Thursday") still holds the actor
        let when = |k: usize| {
            is_date(k)
                && !s
                    .kids_rel(k, &["compound", "nmod", "flat"])
                    .any(|x| np.m.at(x).is_some() && !is_date(x))
        };
        for &k in &s.kids[p] {
            if matches!(s.rel(k), "obl" | "nmod" | "obl:arg" | "nmod:poss")
                && s.case_of(k).as_deref() != Some("by")
                && !when(k)
                && !topic(k)
            {
                cands.push(k);
            }
        }
        // the phrase of an adverb of degree or place modifying the verb: "marched very close
        // to the border with Mordor", "moved closer to Russia"
        for a in s.kids_rel(p, &["advmod"]).collect::<Vec<_>>() {
            if matches!(s.upos(a), "ADV" | "ADJ") {
                for k in s.kids_rel(a, &["obl", "nmod"]) {
                    if s.case_of(k).as_deref() != Some("by") && !is_date(k) {
                        cands.push(k);
                    }
                }
            }
        }
        // a copular nominal's own modifiers: "in direct contact with Kyiv"
        // the subject of a complement: "expressed disappointment that Putin had not ..."
        for c in s.kids_rel(p, &["ccomp", "xcomp"]) {
            cands.extend(s.subject_child(c));
        }
        for o in s.kids_rel(p, &["obj"]).collect::<Vec<_>>() {
            for c in s.kids_rel(o, &["acl", "ccomp"]) {
                cands.extend(s.subject_child(c));
            }
            // an infinitive describing the object that the parser hung on the verb, often
            // because a date stands between them ("signed an accord on Thursday to provide
            // Vietnam with patrol boats", "an agreement on Monday to deliver tanks to
            // Ukraine"): whom it is for, when the verb's own object names no one
            if !np.code(o).is_empty() {
                continue;
            }
            let after = s.span(o).1;
            for c in s.kids_rel(p, &["advcl"]).collect::<Vec<_>>() {
                let to = s.span(c).0;
                if to > after
                    && s.mark_of(c).as_deref() == Some("to")
                    && s.xpos(c) == "VB"
                    && !s.has_own_subject(c)
                    && (after + 1..to).all(|t| {
                        is_date(t)
                            || s.upos(t) == "ADV"
                            || (s.upos(t) == "ADP" && t + 1 < to && is_date(t + 1))
                    })
                {
                    let to_whom = |k: usize| s.case_of(k).as_deref() == Some("to");
                    // "to protect its citizens": the subject's own are no party to it
                    let own = |k: usize| s.kids_rel(k, &["nmod:poss"]).any(|d| s.upos(d) == "PRON");
                    for x in s
                        .kids_rel(c, &["obj", "iobj"])
                        .filter(|&x| !own(x))
                        .collect::<Vec<_>>()
                    {
                        cands.push(x);
                        cands.extend(s.kids_rel(x, &["nmod"]).filter(|&k| to_whom(k)));
                    }
                    cands.extend(s.kids_rel(c, &["obl"]).filter(|&k| to_whom(k)));
                }
            }
        }
        // a second object the parser coordinated with the verb instead of the first object
        // ("is providing aerial photographs and other military intelligence to Macedonia" with
        // "intelligence" a `conj` of "providing"): a noun after the object, with no subject or
        // verb of its own, joined by a coordinator ("and", "or"), is more of what the act gives
        // or acts on. Only actors with a country count there: a thing's agent word is no party
        // ("return weapons and military equipment": no ---MIL)
        let mut second_objects: Vec<usize> = Vec::new();
        if let Some(o) = s.kids_rel(p, &["obj"]).next() {
            for c in s.kids_rel(p, &["conj"]).collect::<Vec<_>>() {
                if c > o
                    && matches!(s.upos(c), "NOUN" | "PROPN")
                    && s.subject_child(c).is_none()
                    && s.kids_rel(c, &["cc"]).next().is_some()
                    && !s.kids[c]
                        .iter()
                        .any(|&k| s.urel(k) == "cop" || s.upos(k) == "AUX")
                {
                    cands.push(c);
                    second_objects.push(c);
                }
            }
        }
        // coordinated verbs sharing the object: "criticized and threatened Pakistan" (the
        // later verb, with no subject of its own, holds the object)
        if s.kids_rel(p, &["obj"]).next().is_none() {
            for c in s.kids_rel(p, &["conj"]).collect::<Vec<_>>() {
                if c > p && s.is_verb(c) && s.subject_child(c).is_none() {
                    cands.extend(s.kids_rel(c, &["obj"]));
                }
            }
        }
        let country = |c: &str| c.get(..3).unwrap_or(c).to_string();
        // the source's own country, bare, as a place the act names ("bans on travel to Canada
        // against officers in the Russian military", by the Canadian government; "visa
        // restrictions on entry into the United States for members of the Venezuelan army"):
        // the search goes on to whom the act is aimed at, and comes back to the country only
        // when nobody else is named ("The Thai government imposed a curfew in Thailand" → THA)
        // (twenty-fifth round)
        let home = |got: &[Party]| {
            !got.is_empty()
                && got.iter().all(|x| {
                    x.code.len() == 3
                        && sources
                            .iter()
                            .any(|y| y.code != x.code && country(&y.code) == x.code)
                })
        };
        if misparsed(s, p) {
            // the nearest actor after a verb the parser lost (past the source's own country)
            let mut heads: Vec<usize> = ((p + 1)..s.len())
                .filter(|&t| np.m.at(t).is_some())
                .map(|t| np.m.head_of(s, t))
                .collect();
            heads.dedup();
            for h in heads {
                cands.push(h);
                if !home(&self.parties_at(s, np, h, pred, preds, state, si)) {
                    break;
                }
            }
        }
        // an argument the source owns ("offered its troops to Lebanon", "sent their forces to
        // Mali": the possessive pronoun's actor is the source's) is the source's own, not whom
        // the act is aimed at, when another argument names someone
        // so is a bare role that has the source's country only from the context, when a "to"
        // phrase names whom it goes to: "France agreed to send troops to Mali", "Russia
        // deployed soldiers to Syria" (the troops are the thing sent; "Israel arrested
        // activists in Gaza" keeps the activists)
        let context_role = |c: usize| {
            matches!(
                np.m.at(c).map(|m| &m.kind),
                Some(MentionKind::Entity(_, _, Some(_)))
            )
        };
        let foreign = |k: usize| {
            np.code(k).iter().any(|x| {
                !x.code.starts_with("---")
                    && !sources.iter().any(|y| country(&y.code) == country(&x.code))
            })
        };
        // a phrase whose head names no one names whom it is for by the first actor inside it
        // ("to an international peace-keeping force in Liberia", "for a war against Iraq")
        let first_inside = |k: usize| {
            if !np.code(k).is_empty() {
                return None;
            }
            let mut ts = s.clause(k);
            ts.sort_unstable();
            ts.into_iter()
                .filter(|&t| t != k && np.m.at(t).is_some())
                .map(|t| np.m.head_of(s, t))
                .find(|&h| h != k)
        };
        // what the act moves or readies is for whom it goes to, and, for an act that supplies
        // or mobilizes (CAMEO 06, 07, 15), whom it is readied for
        let supplies = pred
            .code
            .as_deref()
            .is_some_and(|c| c.starts_with("06") || c.starts_with("07") || c.starts_with("15"));
        let recipient = |c: usize| {
            cands.iter().any(|&k| {
                k != c
                    && match s.case_of(k).as_deref() {
                        Some("to" | "into") => true,
                        Some("for") => supplies,
                        _ => false,
                    }
                    && (foreign(k) || first_inside(k).is_some_and(foreign))
            })
        };
        let owned = |c: usize, got: &[Party]| {
            (s.kids_rel(c, &["nmod:poss"]).any(|d| s.upos(d) == "PRON")
                || context_role(c) && recipient(c))
                && got.iter().all(|x| {
                    !x.code.starts_with("---")
                        && sources.iter().any(|y| country(&y.code) == country(&x.code))
                })
        };
        let mut own: Option<Vec<Party>> = None;
        let mut same: Option<Vec<Party>> = None;
        let mut same_inside: Option<Vec<Party>> = None;
        let mut sent: Option<Vec<Party>> = None;
        let same_code =
            |got: &[Party]| got.iter().all(|x| sources.iter().any(|y| y.code == x.code));
        // a weapon that names no country is what the act is done with, not whom it is aimed
        // at, though the agent dictionary reads some as a role ("launched artillery fire
        // against guerrilla camps": "artillery", ---MIL); "destroyed Russian tanks" keeps RUS
        // (the weapon's own agent code and nothing else: "artillery against the rebels" still
        // names the rebels)
        // (a second object on the verb counts only actors with a country)
        let roleless_second =
            |c: usize, x: &Party| second_objects.contains(&c) && x.code.starts_with("---");
        let instrument = |x: &Party| {
            self.weapon(s, x.head)
                && matches!(
                    np.m.at(x.head).map(|m| &m.kind),
                    Some(MentionKind::Agent(a, _)) if x.code.strip_prefix("---") == Some(a.as_str())
                )
        };
        // beside another party, the source's own country is no second target ("an entry ban
        // to Japan on North Korean officials": PRKGOV alone)
        let past_home = |got: Vec<Party>| -> Vec<Party> {
            if got.iter().any(|x| !home(std::slice::from_ref(x))) {
                got.into_iter()
                    .filter(|x| !home(std::slice::from_ref(x)))
                    .collect()
            } else {
                got
            }
        };
        for &c in &cands {
            let got: Vec<Party> = past_home(
                self.parties_at(s, np, c, pred, preds, state, si)
                    .into_iter()
                    .filter(|x| {
                        !sources.iter().any(|y| y.head == x.head)
                            && !countryless(x)
                            && !instrument(x)
                            && !roleless_second(c, x)
                    })
                    .collect(),
            );
            if !got.is_empty() {
                if owned(c, &got) {
                    own.get_or_insert(got);
                    continue;
                }
                // a role with no country sent or handed to a country is the thing sent, as a
                // role with the source's country from the context is: "The UN sent 21
                // military and civilian personnel to Bosnia" → BIH, not ---CVL
                if got.iter().all(|x| x.code.starts_with("---")) && recipient(c) {
                    sent.get_or_insert(got);
                    continue;
                }
                // the source's own code again is no target (the event drops it): the search
                // goes on ("reimposed blockades in the West Bank following the deaths of two
                // Israelis")
                if same_code(&got) || home(&got) {
                    same.get_or_insert(got);
                    continue;
                }
                return got;
            }
        }
        // what the source owns is the target only when nothing else is: an actor inside the
        // owned phrase comes first ("held their first meeting with President Obama", "ended
        // its dispute with Chile"), the owner itself never ("its", "their" again)
        let source_own = |got: &[Party]| {
            got.iter().all(|x| {
                !x.code.starts_with("---")
                    && sources.iter().any(|y| country(&y.code) == country(&x.code))
            })
        };
        // no argument is an actor itself: the first actor inside the object or oblique
        // phrase, within the clause ("criticized the closure of guest houses in Bree",
        // "marched close to the border with Mordor"), as PETRARCH reads the object phrase
        for &c in &cands {
            if c == p || s.under(p, c) {
                continue;
            }
            // t's path up to c crosses no clause boundary
            let inside = |t: usize| {
                let mut x = t;
                for _ in 0..s.len() {
                    if x == c {
                        return true;
                    }
                    // a venue ("at the summit", "during the visit") is where, not whom; so
                    // is "in Istanbul" when coordinated subjects make the act mutual ("Russia
                    // and Ukraine held talks in Istanbul"); otherwise, as PETRARCH reads it,
                    // the country of "a summit in Switzerland" is the one acted towards
                    let mutual = sources.len() > 1;
                    // "at" before an actor is aimed at it: "fired missiles at South Korea"
                    let venue_at = |c: &str| c == "at" && np.m.at(x).is_none();
                    // what a talk is about: "held talks to discuss Kashmir" (the object of a
                    // `topic_word` verb in a clause describing the talks)
                    let discussed = topical
                        && s.urel(x) == "obj"
                        && s.head[x].is_some_and(|h| self.rules.is("topic_word", &s.lemma[h]));
                    if (s.is_clause_boundary(x) && !noun_modifier_clause(s, x))
                        || topic(x)
                        || discussed
                        || s.case_of(x).is_some_and(|c| {
                            venue_at(&c)
                                || matches!(c.as_str(), "near" | "during" | "throughout")
                                || (mutual && matches!(c.as_str(), "in" | "inside" | "across"))
                        })
                    {
                        return false;
                    }
                    match s.head[x] {
                        Some(h) => x = h,
                        None => return false,
                    }
                }
                false
            };
            let mut inner: Vec<usize> = (0..s.len())
                .filter(|&t| t != c && np.m.at(t).is_some() && inside(t))
                .map(|t| np.m.head_of(s, t))
                .collect();
            inner.dedup();
            // the first actor inside the phrase; past it only when it is the source's own
            // ("their first meeting with ...") or, for an infinitive's act, has no country
            for t in inner {
                let all: Vec<Party> = self
                    .parties_at(s, np, t, pred, preds, state, si)
                    .into_iter()
                    .filter(|x| !sources.iter().any(|y| y.head == x.head))
                    .collect();
                let got: Vec<Party> = all
                    .iter()
                    .filter(|x| !countryless(x) && !instrument(x) && !roleless_second(c, x))
                    .cloned()
                    .collect();
                if got.is_empty() {
                    if all.is_empty() {
                        break;
                    }
                    continue;
                }
                // the owner again ("their", or the owner's own code), not another actor of
                // its country ("reneged on his commitment to the Zambian people" → ZMBPPL)
                let owner_again = own.as_ref().is_some_and(|o| {
                    s.upos(t) == "PRON" || got.iter().all(|x| o.iter().any(|y| y.code == x.code))
                });
                // (the source's own country as a place inside the phrase: `home`)
                if owner_again && source_own(&got) || same_code(&got) || home(&got) {
                    same_inside.get_or_insert(got);
                    continue;
                }
                return got;
            }
        }
        // nobody else: what the search would have stopped at ("Pakistan strengthened its
        // police in Karachi": Karachi, the source's own code, and so no target)
        if let Some(got) = same.or(own).or(same_inside).or(sent) {
            return got;
        }
        // the act is carried out by a controlled infinitive, whose arguments are whom it is
        // aimed at: "threatened to cut off electricity to Nakhichevan", "promised to continue
        // military aid to Mozambique", "agreed to re-open its borders to UN peacekeepers"
        // (the parser makes the complement of a verb that takes one, `intent_word` or
        // `transparent_word`, an `advcl` when words come between: "threatened on Monday to
        // break relations with Russia"; a purpose clause, "sent a team to help identify the
        // victims", is another act and names no target of this one)
        let takes_infinitive = self.rules.is("intent_word", &s.lemma[p])
            || self.rules.is("transparent_word", &s.lemma[p]);
        for c in s.kids_rel(p, &["xcomp", "advcl"]).collect::<Vec<_>>() {
            // a meeting's infinitive says what it is for, not who takes part: "India and
            // Pakistan met to discuss Kashmir" (parsed as an `xcomp` of "met"), "held talks to
            // settle the dispute over Kashmir"; an agreement's or an intent's is its content
            // ("agreed to", "prepared to lift the ban on the FIS")
            let meeting = pred.code.as_deref().is_some_and(|c| c.starts_with("04"));
            if meeting && !takes_infinitive {
                continue;
            }
            if !s.is_verb(c)
                || s.subject_child(c).is_some()
                || s.urel(c) == "advcl"
                    && !(takes_infinitive && s.mark_of(c).as_deref() == Some("to"))
            {
                continue;
            }
            // (the infinitive is an act of its own: "prepared to lift the ban on the FIS" is
            // aimed at the FIS, whatever the governor's code; only actors with a country: a
            // bare agent there is mostly a modifier, "agreed to undertake joint military
            // exercises" is aimed at nobody)
            if let Some(got) = self.clause_targets(s, outer, pred, c, preds, state, si, sources) {
                return got;
            }
        }
        Vec::new()
    }

    /// Whether a predicate with this lemma takes an infinitive that carries the act ("agreed
    /// to provide", "refused to withdraw", "continued to shell"): intent, refusal and
    /// transparent predicates. The parser often makes that infinitive an adverbial clause when
    /// words come between ("agreed in principle on Saturday to provide aid"); it is the same
    /// complement, not a purpose clause. A governor with an object of its own has its
    /// complement already: "began a hunger strike to protest", "offered its troops to help".
    fn takes_infinitive(&self, s: &Sent, g: usize) -> bool {
        ["intent_word", "refuse_word", "transparent_word"]
            .iter()
            .any(|c| self.rules.is(c, &s.lemma[g]))
            && s.kid_rel(g, &["obj"]).is_none()
    }

    /// Governors: intent, refusal, modal and transparent predicates over an infinitive
    /// ("ready to negotiate"), negated nouns over one ("no right to veto").
    fn governors(&self, s: &Sent, preds: &mut [Pred]) {
        let at: HashMap<usize, usize> = preds.iter().enumerate().map(|(i, q)| (q.p, i)).collect();
        for i in 0..preds.len() {
            let p = preds[i].p;
            let Some(mut g) = s.head[p] else { continue };
            let rel = s.urel(p);
            // an aspectual verb between an intent word and the act passes the intent on:
            // "prepared to resume shelling", "plans to continue talks" (the parser hangs the
            // act on "resume", itself the complement of the intent word)
            if s.urel(g) == "xcomp" && self.rules.is("transparent_word", &s.lemma[g]) {
                if let Some(h) = s.head[g] {
                    if self.rules.is("intent_word", &s.lemma[h]) {
                        if let Some(&j) = at.get(&g) {
                            preds[j].suppressed = true;
                        }
                        g = h;
                    }
                }
            }
            // so does an uncoded verb between an intent word and its purpose clause: "Norway
            // is willing to send material to help defend Saudi Arabia" intends the help (the
            // sending has no code; "to help" is its purpose, not an act done)
            if rel == "advcl"
                && s.mark_of(p).as_deref() == Some("to")
                && s.urel(g) == "xcomp"
                && at.get(&g).is_none_or(|&j| preds[j].code.is_none())
                && !s.has_own_subject(p)
            {
                if let Some(h) = s.head[g].filter(|&h| self.rules.is("intent_word", &s.lemma[h])) {
                    g = h;
                }
            }
            let gl = s.lemma[g].clone();
            // a clause under an intent word is the intended act when the one who intends is
            // to do it ("promised that it would withdraw") or it is what they expect to happen
            // ("we hope the negotiations will continue"); "agree that the disputes should be
            // resolved" is an agreement on a view, coded as the agreement
            let own_act = || match s.subject_child(p) {
                None => true,
                Some(x) => {
                    s.upos(x) == "PRON"
                        || s.subject_child(g).is_some_and(|y| s.lemma[y] == s.lemma[x])
                        || s.kids_rel(p, &["aux"]).any(|k| {
                            self.rules.is("future_aux", &s.lemma[k]) || s.lemma[k] == "would"
                        })
                }
            };
            let complement = rel == "xcomp"
                || (rel == "ccomp" && self.rules.is("intent_word", &gl) && own_act())
                || (rel == "acl" && s.mark_of(p).as_deref() == Some("to"))
                || (rel == "advcl"
                    && s.mark_of(p).as_deref() == Some("to")
                    && (!s.is_verb(g) || self.takes_infinitive(s, g)));
            if !complement {
                continue;
            }
            let g_pred = at.get(&g).copied();
            // the act of a plan, offer or proposal that is refused ("rejected a US offer to
            // host a summit", "turned down a Saudi proposal to mediate"): the noun is the
            // refusal's object, and what it offered will not be done, least of all by the one
            // who refuses it (thirty-seventh round)
            if rel == "acl" && s.urel(g) == "obj" && s.mark_of(p).as_deref() == Some("to") {
                let refused = s.head[g].and_then(|h| at.get(&h)).is_some_and(|&j| {
                    preds[j]
                        .code
                        .as_deref()
                        .is_some_and(|c| c.starts_with("12"))
                        && !preds[j].negated
                });
                if refused {
                    preds[i].suppressed = true;
                    preds[i]
                        .rule
                        .push("refused: the act of a plan or offer refused".into());
                    continue;
                }
            }
            let g_negated = s.kids[g].iter().any(|&k| {
                (s.urel(k) == "advmod" && matches!(s.lemma[k].as_str(), "not" | "n't" | "never"))
                    || (s.urel(k) == "det" && matches!(s.lemma[k].as_str(), "no" | "neither"))
            }) || g_pred.is_some_and(|j| preds[j].negated);
            let g_future = s
                .kids_rel(g, &["aux"])
                .any(|k| self.rules.is("future_aux", &s.lemma[k]));
            let Some(code) = preds[i].code.clone() else {
                preds[i].negated |= g_negated;
                if self.rules.is("modal_word", &gl) {
                    // "Ukraine needs to maintain ...": needing is not demanding
                    if let Some(j) = g_pred {
                        preds[j].suppressed = true;
                    }
                }
                continue;
            };
            if self.rules.is("refuse_word", &gl) {
                match self.rules.refusal(&code) {
                    Some(r) => {
                        preds[i].rule.push(format!("refused ({gl}): {code} → {r}"));
                        preds[i].code = Some(r);
                        preds[i].modality = Modality::Asserted;
                        if let Some(j) = g_pred {
                            preds[j].suppressed = true;
                        }
                    }
                    None => preds[i].negated = true,
                }
                continue;
            }
            // wanting someone else to act is asking them to (the `want_word` table): "Obama
            // wants Putin to attack Switzerland" is Obama's appeal to Putin (020, on the
            // governor, whose object is the infinitive's subject), not Putin's intended attack;
            // the act is what is asked, and `asserted` gives the appeal its leaf from it.
            // With no object ("Obama wants to attack Switzerland") it stays the intent
            if rel == "xcomp" && !g_negated && self.rules.is("want_word", &gl) {
                let asked = s
                    .kids_rel(g, &["obj", "iobj"])
                    .any(|o| g < o && o < p && matches!(s.upos(o), "NOUN" | "PROPN" | "PRON"));
                if let Some(j) = g_pred.filter(|_| asked) {
                    preds[j]
                        .rule
                        .push(format!("wish ({gl}) that another act: appeal 020"));
                    preds[j].code = Some("020".to_string());
                    preds[j].back = None;
                    preds[i].suppressed = true;
                    continue;
                }
            }
            if self.rules.is("intent_word", &gl)
                || (s.upos(g) == "ADJ" && self.rules.is("intent_word", &gl))
            {
                let negated = g_negated || preds[i].negated;
                // preparing to use force is force posture (`posture_word`: CAMEO 154, as
                // CAMEO 2.0's PREPARE * {FOR &FIGHT}): "troops prepared to resume shelling";
                // "is prepared to attack", with a copula, is a stated readiness, an intent
                let force = ["18", "19", "20"].iter().any(|r| code.starts_with(r));
                let copula = s
                    .kids_rel(g, &["cop", "aux:pass"])
                    .any(|k| s.lemma[k] == "be");
                if !negated && force && !copula && self.rules.is("posture_word", &gl) {
                    preds[i].rule.push(format!("posture ({gl}): {code} → 154"));
                    preds[i].code = Some("154".to_string());
                    if let Some(j) = g_pred {
                        preds[j].suppressed = true;
                    }
                    continue;
                }
                if negated {
                    match self.rules.refusal(&code) {
                        Some(r) => {
                            preds[i]
                                .rule
                                .push(format!("negated intent ({gl}): {code} → {r}"));
                            preds[i].code = Some(r);
                            preds[i].negated = false;
                            preds[i].modality = Modality::Asserted;
                        }
                        None => preds[i].negated = true,
                    }
                } else if let Some(mut c) = self.rules.intent(&code) {
                    // a threat is no promise: under a threat word (`threat_word`: "threatened
                    // to impose a curfew", "threatened to withdraw its troops") an act whose
                    // intent is cooperative (03x) is CAMEO's unspecified threat, 130
                    if self.rules.is("threat_word", &gl) && c.starts_with("03") {
                        c = "130".to_string();
                    }
                    if c != code {
                        preds[i].rule.push(format!("intent ({gl}): {code} → {c}"));
                    }
                    preds[i].code = Some(c);
                    preds[i].modality = Modality::Intended;
                } else if self.rules.is("threat_word", &gl) && !code.starts_with("13") {
                    // a threat to do what has no intent code ("threatened to deliver blows",
                    // BRING * BLOW 120) is still a threat, CAMEO's unspecified 130
                    preds[i].rule.push(format!("threat ({gl}): {code} → 130"));
                    preds[i].code = Some("130".to_string());
                    preds[i].modality = Modality::Intended;
                } else if self.rules.is("agree_word", &gl) && !code.starts_with("13") {
                    // an agreement or promise to do what has no intent code ("agreed to
                    // postpone the demonstration", DELAY 120; "agreed to set up a research
                    // center", 090) is the agreement, CAMEO's unspecified 030
                    preds[i].rule.push(format!("agreed ({gl}): {code} → 030"));
                    preds[i].code = Some("030".to_string());
                    preds[i].modality = Modality::Intended;
                } else {
                    preds[i].modality = Modality::Intended;
                }
                if let Some(j) = g_pred {
                    preds[j].suppressed = true;
                }
                continue;
            }
            if self.rules.is("modal_word", &gl) {
                preds[i].modality = Modality::Hypothetical;
                preds[i].negated |= g_negated;
                if let Some(j) = g_pred {
                    preds[j].suppressed = true;
                }
                continue;
            }
            if self.rules.is("transparent_word", &gl) {
                preds[i].negated |= g_negated;
                if g_future && preds[i].modality == Modality::Asserted {
                    preds[i].modality = Modality::Intended;
                }
                if let Some(j) = g_pred {
                    preds[j].suppressed = true;
                }
                continue;
            }
            if g_negated {
                preds[i].negated = true;
            }
            if g_future && preds[i].modality == Modality::Asserted {
                preds[i].modality = Modality::Intended;
            }
        }
        // a conflictual act said to come if or unless something happens is a threat: "The EC
        // may halt mediation efforts if cooperation founders" (165 → 135), "the party will
        // boycott the elections unless the president steps down" (143 → 133), "Russia said it
        // would cut gas supplies to Ukraine if the debt is not paid" (162 → 1311): CAMEO 13x, the
        // intent table's code for the act (14x-20x), intended. The act needs a future or
        // possible auxiliary of its own (the `threat_aux` table: will, may, might, could; not
        // must, should; "would" in reported speech only) and a
        // condition clause hung on it (`condition_mark`: if, unless). An asserted act ("Iran
        // closed the strait after ..."), a cooperative one ("will send aid if asked": already
        // intended, AGREE), a demand and a negated act stay as they are.
        for q in preds.iter_mut() {
            let Some(code) = q.code.clone() else { continue };
            if q.negated || q.suppressed || q.modality == Modality::Asserted {
                continue;
            }
            let conflict = ["14", "15", "16", "17", "18", "19", "20"]
                .iter()
                .any(|r| code.starts_with(r));
            // ("would" only as the reported future, "said it would close the strait if ...":
            // "Iran would attack Israel if it were provoked" is a writer's supposition)
            let threat_aux = s.kids_rel(q.p, &["aux"]).any(|k| {
                self.rules.is("threat_aux", &s.lemma[k])
                    || (s.lemma[k] == "would" && q.modality == Modality::Intended)
            });
            let condition = s.kids_rel(q.p, &["advcl"]).any(|k| {
                s.mark_of(k)
                    .is_some_and(|m| self.rules.is("condition_mark", &m))
            });
            if !(conflict && threat_aux && condition) {
                continue;
            }
            if let Some(c) = self.rules.intent(&code).filter(|c| c.starts_with("13")) {
                q.rule.push(format!("conditional: {code} → {c}"));
                q.code = Some(c);
                q.modality = Modality::Intended;
            }
        }
        // the future tense of a negated cooperative act is a refusal: "will not relinquish"
        for q in preds.iter_mut() {
            if q.negated && q.modality == Modality::Intended {
                if let Some(code) = q.code.clone() {
                    if let Some(r) = self.rules.refusal(&code) {
                        q.rule.push(format!("negated future: {code} → {r}"));
                        q.code = Some(r);
                        q.negated = false;
                        q.modality = Modality::Asserted;
                    }
                }
            } else if !q.negated
                && q.modality == Modality::Intended
                && self.rules.is("future_as_intent", "yes")
            {
                // with `future_as_intent yes` in rules.tsv, the future tense of an act is
                // CAMEO's expression of that intent, as the codebook codes it: "Finland will
                // give Tanzania a grant" 0331, "said they would boycott all contact" 1312 (the
                // `intent` table; codes under no key stay). By default it keeps the act's code,
                // marked intended, as the PETRARCH test sets code it.
                if let Some(code) = q.code.clone() {
                    if let Some(c) = self.rules.intent(&code).filter(|c| *c != code) {
                        q.rule.push(format!("future: {code} → {c}"));
                        q.code = Some(c);
                    }
                }
            }
        }
    }

    /// Clauses whose events are not asserted: gerunds of content ("accused X of trying",
    /// "opposition to Ukraine joining"), purpose clauses ("... to reach a ceasefire").
    fn asserted(&self, s: &Sent, preds: &mut [Pred]) {
        let coded: Vec<usize> = preds
            .iter()
            .filter(|q| q.code.is_some())
            .map(|q| q.p)
            .collect();
        // (a governor already read as intent, "wants to help", is suppressed: not one)
        let demands: Vec<usize> = preds
            .iter()
            .filter(|q| {
                !q.suppressed
                    && q.code
                        .as_deref()
                        .is_some_and(|c| c.starts_with("10") || c.starts_with("02"))
            })
            .map(|q| q.p)
            .collect();
        let coercions: Vec<usize> = preds
            .iter()
            .filter(|q| !q.suppressed && q.code.as_deref().is_some_and(|c| c.starts_with("17")))
            .map(|q| q.p)
            .collect();
        let force: Vec<usize> = preds
            .iter()
            .filter(|q| {
                !q.suppressed
                    && q.code
                        .as_deref()
                        .is_some_and(|c| ["18", "19", "20"].iter().any(|r| c.starts_with(r)))
            })
            .map(|q| q.p)
            .collect();
        let mut purposes = Purposes::default();
        // sendings already coded as an investigation ("dispatched inspectors to Iran", 090)
        let coded09: Vec<usize> = preds
            .iter()
            .filter(|q| q.code.as_deref().is_some_and(|c| c.starts_with("09")))
            .map(|q| q.p)
            .collect();
        // clauses whose content is not asserted: everything below them is not either
        let mut unasserted: Vec<usize> = Vec::new();
        // each predicate's own modality and negation, for the acts that take them over
        let moods: Vec<(usize, Modality, bool)> =
            preds.iter().map(|q| (q.p, q.modality, q.negated)).collect();
        // (appeal or demand predicate, code of the act it asks for, infinitives between)
        let mut asked_for: Vec<(usize, String, usize)> = Vec::new();
        for q in preds.iter_mut() {
            let p = q.p;
            let rel = s.urel(p);
            // the means of an act that is only intended, possible or denied is part of that
            // act, not an act done: "are seeking to deepen the partnership by promoting
            // biofuels", "threatened to retaliate by cutting gas supplies", "did not respond
            // by attacking" (a "by" gerund on the act, or on its governor as a conjunct)
            if self.means_of_undone(s, p, &moods) {
                q.suppressed = true;
                q.rule.push("means of an act not done".into());
                unasserted.push(p);
                continue;
            }
            // (the purpose of force read as its complement: "Soldiers opened fire to disperse
            // the protesters" with "to disperse" an xcomp of "opened")
            if rel == "xcomp"
                && s.mark_of(p).as_deref() == Some("to")
                && !q.negated
                && self.rules.is("disperse_word", &s.lemma[p])
            {
                if let Some(h) = s.head[p].filter(|h| force.contains(h)) {
                    q.rule.push("purpose: the force is repression".into());
                    purposes.record(h, PurposeAct::Repression, q);
                    continue;
                }
            }
            if matches!(rel, "advcl" | "acl") {
                let intro = s
                    .kids_rel(p, &["mark", "case"])
                    .map(|k| s.lemma[k].clone())
                    .find(|l| self.rules.is("content_prep", l));
                // an aspect verb passes to its gerund: "resorted to throwing stones" threw
                // stones (the `transparent_word` table), as "opposition to Ukraine joining"
                // does not join
                let transparent_head = s.head[p].is_some_and(|h| {
                    s.is_verb(h) && self.rules.is("transparent_word", &s.lemma[h])
                });
                // so does a predicate of guilt: "X is guilty of violating the ceasefire" is
                // said to have violated it (the `guilt_word` table)
                let guilt_head = s.head[p].is_some_and(|h| {
                    s.kid_rel(h, &["cop"]).is_some() && self.rules.is("guilt_word", &s.lemma[h])
                });
                if intro.is_some()
                    && matches!(s.xpos(p), "VBG" | "NN")
                    && !transparent_head
                    && !guilt_head
                {
                    q.suppressed = true;
                    unasserted.push(p);
                    continue;
                }
                if rel == "advcl"
                    && s.mark_of(p).as_deref() == Some("to")
                    && s.head[p].is_some_and(|h| coded.contains(&h) && !self.takes_infinitive(s, h))
                {
                    let h = s.head[p].unwrap_or(p);
                    match self.purpose_act(s, h, q, &coercions, &force, &coded09) {
                        Some(act) => purposes.record(h, act, q),
                        // anything else done for a purpose is not asserted: "suggested an
                        // exchange to reach a ceasefire"
                        None => q.suppressed = true,
                    }
                    continue;
                }
                // an attempt is an act done, whether it succeeded or not: "an attempt to
                // assassinate the governor was thwarted" (the `attempt_word` nouns)
                let attempt = s.head[p]
                    .is_some_and(|h| !s.is_verb(h) && self.rules.is("attempt_word", &s.lemma[h]));
                // (the same purpose clauses hung on the object: "seized the factory to protest
                // against layoffs", "opened fire to disperse the demonstrators" with the
                // infinitive a modifier of "factory", "fire")
                // (also on a noun whose verb the parser read as its modifier: "Egyptian police
                // opened fire to disperse the demonstrators" with "opened" an amod of "fire",
                // the sentence's root)
                let governor = s.head[p]
                    .and_then(|h| {
                        if s.urel(h) == "obj" {
                            s.head[h]
                        } else {
                            s.kids_rel(h, &["amod"]).find(|&v| v < h && misparsed(s, v))
                        }
                    })
                    .filter(|_| {
                        rel == "acl"
                            && s.mark_of(p).as_deref() == Some("to")
                            && !s.has_own_subject(p)
                            && !q.negated
                    });
                if let Some((g, act)) = governor.and_then(|g| {
                    Some((g, self.purpose_act(s, g, q, &coercions, &force, &coded09)?))
                }) {
                    purposes.record(g, act, q);
                    continue;
                }
                // steps or measures taken to do something do it (the `step_noun` table):
                // "has taken steps to ease restrictions on the opposition"
                let step = s.head[p].is_some_and(|h| {
                    self.rules.is("step_noun", &s.lemma[h])
                        && s.urel(h) == "obj"
                        && s.head[h].is_some_and(|g| s.lemma[g] == "take")
                });
                // the verb "take" of the steps, whether the infinitive hangs on the steps or
                // on the verb ("will take appropriate steps to address ...")
                let step_taker = s.head[p].and_then(|h| {
                    if step {
                        s.head[h]
                    } else {
                        Some(h).filter(|&h| {
                            s.lemma[h] == "take"
                                && s.kids_rel(h, &["obj"])
                                    .any(|o| self.rules.is("step_noun", &s.lemma[o]))
                        })
                    }
                });
                // the steps' act is as sure as the taking: "will take appropriate steps to
                // address the problem" is intended, "may take measures to ease the curfew"
                // possible, "did not take steps to protect them" negated (the taking's own
                // modality, from its auxiliaries and governors)
                if s.mark_of(p).as_deref() == Some("to") {
                    if let Some(&(_, m, neg)) =
                        step_taker.and_then(|g| moods.iter().find(|(x, _, _)| *x == g))
                    {
                        if m != Modality::Asserted && q.modality == Modality::Asserted {
                            q.rule.push(format!("steps taken: {}", m.as_str()));
                            q.modality = m;
                        }
                        q.negated |= neg;
                    }
                }
                if rel == "acl"
                    && s.mark_of(p).as_deref() == Some("to")
                    && q.modality == Modality::Asserted
                    && !q.negated
                    && !attempt
                    && !step
                {
                    // "an exchange to reach a ceasefire", "the right to veto": a possible act
                    q.suppressed = true;
                    continue;
                }
                if rel == "acl" && s.xpos(p) == "VBG" {
                    // a gerund modifying a noun inside a prepositional phrase
                    if let Some(h) = s.head[p] {
                        if matches!(s.urel(h), "obl" | "nmod") && !s.has_own_subject(p) {
                            q.suppressed = true;
                            continue;
                        }
                    }
                }
            }
            // a content clause on a demand noun, or on the object of a demand, is what is
            // demanded: "insisted on its demands that the government grant the majority more
            // rights", "demanded that control of the ministry be taken away from them" (the
            // parser hung the clause on "control")
            if let Some(h) = s.head[p] {
                let on_noun = !s.is_verb(h) && matches!(s.urel(p), "acl" | "nmod" | "ccomp");
                let demanded_noun = self.rules.is("demand_noun", &s.lemma[h])
                    || (s.urel(h) == "obj" && s.head[h].is_some_and(|g| demands.contains(&g)));
                if on_noun && demanded_noun && self.content_clause(s, p) {
                    q.suppressed = true;
                    q.rule.push("content of a demand".into());
                    unasserted.push(p);
                    continue;
                }
            }
            // a clause under an accusation verb states what the accused is said to have done;
            // one under a demand or appeal (CAMEO 10x, 02x: "demanded that the US cancel the
            // sale", "urged Eriador to respond") what they are asked to do, also when words
            // between made the infinitive an adverbial clause and a verb of its own governs the
            // act ("urged Bree on Monday to help win a role": no win)
            let mut at = p;
            // (how many infinitives down from the appeal: "asked China to help end the
            // fighting" asks for the end, not for help)
            let mut depth = 0;
            for _ in 0..4 {
                let Some(h) = s.head[at] else { break };
                let content = match s.urel(at) {
                    "ccomp" | "xcomp" => true,
                    "advcl" => s.mark_of(at).as_deref() == Some("to") && !s.has_own_subject(at),
                    _ => false,
                };
                let asked = content && demands.contains(&h);
                // (asking that an act not be done asks for no leaf: "recommended that airlines
                // should not purchase aircraft")
                if let (true, false, Some(c)) = (asked, q.negated, &q.code) {
                    asked_for.push((h, c.clone(), depth));
                }
                if s.urel(at) == "xcomp" {
                    depth += 1;
                }
                if asked || s.urel(at) == "ccomp" && self.rules.is("accuse_word", &s.lemma[h]) {
                    q.suppressed = true;
                    unasserted.push(p);
                    break;
                }
                if !matches!(s.urel(at), "conj" | "xcomp") {
                    break;
                }
                at = h;
            }
        }
        // an unspecified appeal (020) takes its leaf from the act it asks for (the `appeal`
        // table of `rules.tsv`): "Congress is asking Obama to help Iran" is an appeal for aid,
        // 023; a leaf the verb's pattern gave stays, and so does 020 for an act with no appeal
        // counterpart ("urged the rebels to attack"). The act furthest down a chain of
        // infinitives is what is asked for ("to help end the fighting": the end, 0256)
        asked_for.sort_by_key(|&(h, _, depth)| (h, std::cmp::Reverse(depth)));
        asked_for.dedup_by_key(|x| x.0);
        for (h, c, _) in asked_for {
            let Some(a) = self.rules.appeal(&c) else {
                continue;
            };
            if let Some(g) = preds
                .iter_mut()
                .find(|g| g.p == h && g.code.as_deref() == Some("020"))
            {
                g.rule.push(format!("appeal for {c}: 020 → {a}"));
                g.code = Some(a);
            }
        }
        for q in preds.iter_mut() {
            if unasserted.iter().any(|&u| u != q.p && s.under(q.p, u)) {
                q.suppressed = true;
            }
            if purposes.protests.contains(&q.p) {
                q.suppressed = true;
                q.rule
                    .push("the means of its purpose: the purpose is coded".into());
            }
            if let Some((_, c)) = purposes.investigations.iter().find(|(g, _)| *g == q.p) {
                let was = q.code.clone().unwrap_or_default();
                q.rule.push(format!("sent to investigate: {was} → {c}"));
                q.code = Some(c.clone());
            }
            if purposes.repressions.contains(&q.p) {
                let was = q.code.clone().unwrap_or_default();
                q.rule.push(format!("force to disperse: {was} → 175"));
                q.code = Some("175".to_string());
            }
        }
    }

    /// Property destroyed by protesters is a violent protest, CAMEO 145, not the destruction
    /// (1712) a state or an armed group does: a `riot_act` code whose doer (the subject, or
    /// the by-agent of a passive) is headed by a `riot_word` noun (protester, demonstrator,
    /// rioter), as CAMEO 2.0 codes DEMONSTRATOR * + in its attack block. "Protesters torched
    /// the embassy", "The Russian building was demolished by a Ukrainian protestor";
    /// "Soldiers demolished the houses" stays 1712, and protesters coordinated with another
    /// party ("Protesters and police clashed") keep the mutual fight.
    fn violent_protest(&self, s: &Sent, preds: &mut [Pred]) {
        for q in preds.iter_mut() {
            let Some(code) = q.code.clone() else { continue };
            if q.suppressed || !self.rules.code_in("riot_act", &code) {
                continue;
            }
            let doer = if self.passive(s, q.p) {
                s.agent(q.p)
            } else {
                self.subject_tok(s, q.p)
            };
            // (protesters alone: "Protesters and police clashed" is a fight between them)
            let alone = |d: usize| s.kids_rel(d, &["conj"]).next().is_none() && s.urel(d) != "conj";
            // a crowd's force during a protest is the protest turned violent (twenty-ninth
            // round): "Palestinian youths threw stones at soldiers during a demonstration";
            // the occasion hangs on the act or on the verb that governs it ("resorted to
            // throwing stones during demonstrations"). Police or soldiers are no crowd
            let during = |v: usize| {
                s.kids_rel(v, &["obl"]).any(|o| {
                    s.case_of(o).as_deref() == Some("during")
                        && self
                            .rules
                            .is("riot_occasion_word", &s.lemma[o].to_lowercase())
                })
            };
            let occasion = during(q.p)
                || (matches!(s.urel(q.p), "xcomp" | "advcl")
                    && s.head[q.p].is_some_and(|h| s.is_verb(h) && during(h)));
            let crowd =
                |d: usize| occasion && self.rules.is("riot_crowd_word", &s.lemma[d].to_lowercase());
            if doer.is_some_and(|d| {
                alone(d) && (self.rules.is("riot_word", &s.lemma[d].to_lowercase()) || crowd(d))
            }) {
                q.rule.push(format!("done by protesters: {code} → 145"));
                q.code = Some("145".to_string());
                q.back = None;
            }
        }
    }

    /// Protest and unrest told as nouns (thirty-sixth round): "Palestinian riots continued in
    /// Hebron", "protests broke out in Tehran", "the unions called a general strike". The
    /// noun (the `protest_noun` table of `rules.tsv`, with its CAMEO code) is the act when a
    /// clause says it happened: it is the subject of a `protest_occurrence_word` (erupt, break
    /// out, continue, spread, rock, grip, ...; also through "a wave of"), or the object of a
    /// `protest_holding_word` (stage, hold, call, go on, ...) whose block in the verb
    /// dictionary does not code it already ("staged a strike" is STAGE's 143). The predicate
    /// is the verb, so its negation, modality, governors and reported speech are the verb's.
    /// For an occurrence the doer is the noun's own words (a nationality, a compound, a
    /// possessor, a "by", "of" or "among" phrase), else the country of the place it happens
    /// in, else there is no event; for a holding verb its subject, as for any verb. The target
    /// is an "against" phrase or an "anti-" modifier, else the country it happens in
    /// (`home_event`). A strike is a labour or hunger strike only with a `strike_cue_word`
    /// in its phrase or its doer's, or after "go on", "call" or "hold" ("Israeli strikes hit
    /// Gaza" is an attack); a rally, a march or a demonstration needs a sign of dissent (an
    /// "against" phrase, an "anti-" word, a `protest_dissent_word`, a doer of the street), a
    /// rally or a march a doer of its own words (a market rally is no protest); "no protests
    /// took place" is none.
    fn protest_nouns(
        &self,
        doc: &Document,
        si: usize,
        s: &Sent,
        m: &Mentions,
        preds: &mut Vec<Pred>,
    ) {
        if self.rules.protest.is_empty() {
            return;
        }
        let np = NpCoder {
            s,
            m,
            skip_topics: false,
            act: &[],
            rules: &self.rules,
        };
        // a verb with its particle, "take place", or "go" with an "on" phrase
        let key = |v: usize, x: usize| -> String {
            let l = s.lemma[v].to_lowercase();
            if let Some(k) = s.kids[v].iter().find(|&&k| s.rel(k) == "compound:prt") {
                format!("{l} {}", s.lemma[*k].to_lowercase())
            } else if s.kids_rel(v, &["obj"]).any(|o| s.lemma[o] == "place") {
                format!("{l} place")
            } else if s.urel(x) == "obl" {
                format!("{l} {}", s.case_of(x).unwrap_or_default())
            } else {
                l
            }
        };
        for n in 0..s.len() {
            if s.upos(n) != "NOUN" {
                continue;
            }
            let lemma = s.lemma[n].to_lowercase();
            let Some(code) = self
                .rules
                .protest
                .get(&lemma)
                .or_else(|| self.rules.protest.get(&s.nw[n]))
            else {
                continue;
            };
            // the phrase that stands in the clause: the noun, or "a wave of" it
            let mut x = n;
            if s.urel(n) == "nmod" && s.case_of(n).as_deref() == Some("of") {
                if let Some(h) = s.head[n] {
                    if self
                        .rules
                        .is("protest_wave_word", &s.lemma[h].to_lowercase())
                    {
                        x = h;
                    }
                }
            }
            // a past tense the parser made a clause of the noun at the sentence's root
            // ("Bolivian riots erupted in La Paz" read as riots that erupted, tagged as the
            // participle or not) has the noun for its subject, also when the clause hangs on a
            // word of the noun's phrase ("The hunger strike by Palestinian prisoners continued"
            // with "continued" a clause of "prisoners"). So is the noun right before a verb of
            // mere occurrence, which has no passive ("Police said protests erupted in Lagos"
            // with "erupted" a clause of "protests")
            let misread = (x + 1..s.len()).find(|&c| {
                s.rel(c) == "acl"
                    && matches!(s.xpos(c), "VBD" | "VBN")
                    && s.subject_child(c).is_none()
                    && if s.head[x].is_none() {
                        s.under(c, x) && self.rules.is("protest_occurrence_word", &key(c, x))
                    } else {
                        c == x + 1
                            && s.head[c] == Some(x)
                            && self.rules.is("protest_intransitive_word", &key(c, x))
                    }
            });
            let (v, rel) = match (s.head[x].filter(|&v| s.is_verb(v)), misread) {
                (_, Some(c)) => (c, "nsubj"),
                (Some(v), None) => (v, s.rel(x)),
                _ => continue,
            };
            let k = key(v, x);
            let holding = self.rules.is("protest_holding_word", &k);
            // "a rally was held in Budapest": held, with its doer named as for an occurrence
            let occurs = (rel == "nsubj" && self.rules.is("protest_occurrence_word", &k))
                || (rel == "nsubj:pass" && holding);
            // (not an object and what it is called or held to be: "The government called the
            // protests illegal", with "illegal" read as an adjective after the noun, "held the
            // strike a betrayal")
            let held = (rel == "obj" || (rel.starts_with("obl") && k == "go on"))
                && holding
                && s.kid_rel(v, &["xcomp"]).is_none()
                && s.kids_rel(v, &["obj"]).nth(1).is_none()
                && !s.kids_rel(n, &["amod"]).any(|a| a > n);
            if !(occurs || held) {
                continue;
            }
            // "no protests took place", "held no rally"
            if [n, x].iter().any(|&t| {
                s.kids_rel(t, &["det"])
                    .any(|d| matches!(s.lemma[d].as_str(), "no" | "neither"))
            }) {
                continue;
            }
            // the noun's own words: modifiers and "by", "of", "among" phrases
            let words: Vec<usize> = [n, x]
                .into_iter()
                .flat_map(|t| s.kids[t].iter().copied())
                .filter(|&k| {
                    matches!(s.urel(k), "amod" | "compound")
                        || (s.urel(k) == "det"
                            && s.toks[k].text.to_lowercase().starts_with("anti-"))
                        || s.rel(k) == "nmod:poss"
                        || (s.urel(k) == "nmod"
                            && matches!(s.case_of(k).as_deref(), Some("by" | "of" | "among")))
                })
                .filter(|&k| k != n)
                .collect();
            let lower = |k: usize| s.toks[k].text.to_lowercase();
            // a rally for someone is support, not dissent (CAMEO 2.0's STAGE * DEMONSTRATION
            // (IN SUPPORT), 051): "pro-government rallies", "protests in solidarity with ..."
            let support = words.iter().any(|&k| lower(k).starts_with("pro-"))
                || [n, v].iter().any(|&t| {
                    s.kids_rel(t, &["nmod", "obl"]).any(|k| {
                        s.case_of(k).as_deref() == Some("in")
                            && matches!(
                                s.lemma[k].to_lowercase().as_str(),
                                "support"
                                    | "solidarity"
                                    | "favour"
                                    | "favor"
                                    | "memory"
                                    | "sympathy"
                            )
                    })
                });
            if support {
                continue;
            }
            // "a demonstration of the new software", "a march of progress": an "of" phrase
            // that names no one says what is shown, not who protests
            if s.kids_rel(n, &["nmod"])
                .any(|k| s.case_of(k).as_deref() == Some("of") && k > n && np.code(k).is_empty())
            {
                continue;
            }
            // "riots could erupt", "protests may break out": a forecast, no one's act (and no
            // threat by the place where it might happen)
            if occurs && s.kids_rel(v, &["aux"]).any(|a| s.xpos(a) == "MD") {
                continue;
            }
            // a market rally, a rally in share prices: no protest
            if (0..s.len()).any(|t| {
                s.under(t, x)
                    && self
                        .rules
                        .is("market_figure_noun", &s.lemma[t].to_lowercase())
            }) {
                continue;
            }
            // a rally, a march, a demonstration is a protest only with a sign of dissent: an
            // "against" phrase, an "anti-" word, a protest word among its own words, or a doer
            // of the street (opposition, labour, students, civilians, rebels). "Obama held a
            // campaign rally", "The Pentagon held a demonstration", "The army launched a march
            // on the capital" are no protests (review of the thirty-sixth round)
            // the doer a holding verb names, and the "against" phrases of the noun and verb
            let subj = s.subject_child(v).filter(|_| held);
            let against: Vec<usize> = [n, v]
                .into_iter()
                .flat_map(|t| s.kids_rel(t, &["nmod", "obl"]))
                .filter(|&k| s.case_of(k).as_deref() == Some("against"))
                .collect();
            if self.rules.is("protest_needs_dissent_word", &lemma) {
                let dissent_word = words.iter().any(|&k| {
                    lower(k).starts_with("anti-")
                        || self
                            .rules
                            .is("protest_dissent_word", &s.lemma[k].to_lowercase())
                });
                let street = words.iter().chain(subj.iter()).any(|&k| {
                    np.code(k).iter().any(|p| {
                        ["OPP", "LAB", "EDU", "CVL", "REB"]
                            .iter()
                            .any(|r| p.code.len() >= 3 && p.code[3..].contains(r))
                    }) || self
                        .rules
                        .is("protest_dissent_word", &s.lemma[k].to_lowercase())
                });
                if !(!against.is_empty() || dissent_word || street) {
                    continue;
                }
            }
            let mut code = code.clone();
            if lemma == "strike" {
                let cue = words.iter().chain(subj.iter()).any(|&k| {
                    let l = s.lemma[k].to_lowercase();
                    self.rules.is("strike_cue_word", &l)
                        || self.rules.is("strike_cue_word", &lower(k))
                });
                if !(cue || (held && matches!(k.as_str(), "go on" | "call" | "hold"))) {
                    continue;
                }
                if words.iter().any(|&k| s.lemma[k].to_lowercase() == "hunger") {
                    code = "142".to_string();
                }
            }
            // what the dictionary codes already ("staged a strike", "began a hunger strike")
            let at = preds.iter().position(|q| q.p == v);
            if at.is_some_and(|i| preds[i].code.is_some() && preds[i].tokens.contains(&n)) {
                continue;
            }
            // the doer and the target in the noun's words
            let mut source: Vec<Party> = Vec::new();
            let mut target: Vec<Party> = Vec::new();
            for &k in &words {
                let t = lower(k);
                if t.starts_with("pro-") {
                    continue;
                }
                let anti = t.starts_with("anti-");
                let mut coded = np.code(k);
                // "anti-American", one word the actors stage does not read: its country
                if coded.is_empty() && anti {
                    let rest = s.toks[k].text.get(5..).unwrap_or("");
                    coded.extend(self.countries.adjective(rest).map(|c| Party {
                        code: c.code.clone(),
                        head: k,
                        first: k,
                        last: k,
                        entity: None,
                    }));
                }
                for p in coded {
                    let to = if anti { &mut target } else { &mut source };
                    if !to.iter().any(|y| y.code == p.code) {
                        to.push(p);
                    }
                }
            }
            // one phrase, one doer: "Serbian student protests" are Serbian students' (SRBEDU),
            // not Serbia's and the students' apart
            let plain: Vec<String> = source
                .iter()
                .filter(|p| p.code.len() == 3 && self.countries.get(&p.code).is_some())
                .map(|p| p.code.clone())
                .collect();
            if plain.len() == 1 && source.iter().any(|p| p.code.starts_with("---")) {
                source.retain(|p| p.code != plain[0]);
                for p in source.iter_mut() {
                    in_country(&mut p.code, &plain[0]);
                }
            }
            for &a in &against {
                for p in np.code(a) {
                    if !target.iter().any(|y| y.code == p.code) {
                        target.push(p);
                    }
                }
            }
            let mut q = Pred {
                code: Some(code.clone()),
                rule: vec![format!("protest noun: {k} {lemma} [{code}]")],
                tokens: vec![v, n],
                protest_noun: Some(n),
                ..Pred::at(v)
            };
            if occurs {
                // the "by" agent of a protest held ("a rally was staged by students")
                if source.is_empty() && rel == "nsubj:pass" {
                    if let Some(a) = s.agent(v) {
                        source.extend(np.code(a));
                    }
                }
                if source.is_empty() && !matches!(lemma.as_str(), "rally" | "march") {
                    // the country where it happens ("protests broke out in Tehran", "riots
                    // rocked Tehran")
                    // ("riots rocked the Indonesian capital Jakarta", "spread to Mashhad": the
                    // places inside the object, or the "to" phrase of "spread", of one country)
                    let phrase = s.kid_rel(v, &["obj"]).or_else(|| {
                        (s.lemma[v] == "spread")
                            .then(|| {
                                s.kids_rel(v, &["obl"])
                                    .find(|&o| s.case_of(o).as_deref() == Some("to"))
                            })
                            .flatten()
                    });
                    let placed = attack_place(doc, si, s, &q, &target, |_| false, |_| false)
                        .or_else(|| {
                            let o = phrase?;
                            let inside: Vec<(usize, usize, String)> = place_tokens(doc, si)
                                .into_iter()
                                .filter(|&(a, _, _)| s.under(a, o))
                                .collect();
                            let (a, b, c) = inside.first()?.clone();
                            inside.iter().all(|x| x.2 == c).then_some(Party {
                                code: c,
                                head: o,
                                first: a,
                                last: b - 1,
                                entity: None,
                            })
                        });
                    source.extend(placed);
                }
                if source.is_empty() {
                    // nobody named: no event, and not the verb's own act either ("protests
                    // spread" is no statement, "riots broke out" no destruction)
                    if let Some(i) = at {
                        preds[i].suppressed = true;
                        preds[i]
                            .rule
                            .push(format!("protest noun: {k} {lemma}, no doer named"));
                    }
                    continue;
                }
                // the government or the police a crowd rose against are its own country's
                // ("demonstrations against the government spread to Mashhad" → IRNGOV)
                let home = source
                    .iter()
                    .map(|p| p.code.get(..3).unwrap_or(""))
                    .find(|c| self.countries.get(c).is_some());
                if let Some(c) = home {
                    for t in target.iter_mut() {
                        in_country(&mut t.code, c);
                    }
                }
                q.source = Some(source.clone());
                // a pattern elsewhere that read the noun as its own protest ("said protests"
                // as ANNOUNCE * PROTEST, 140, with the protests the subject of "erupted"):
                // the noun is this verb's subject, not that verb's act
                for o in preds.iter_mut() {
                    if o.p != v
                        && o.tokens.contains(&n)
                        && o.code.as_deref().is_some_and(|c| c.starts_with("14"))
                    {
                        o.suppressed = true;
                        o.rule
                            .push(format!("protest noun: the subject of {k}, not this act"));
                    }
                }
            }
            target.retain(|t| !source.iter().any(|y| y.code == t.code));
            q.target = Some(target);
            match at {
                Some(i) => {
                    q.rule.insert(0, preds[i].rule.join("; "));
                    preds[i] = q;
                }
                None => {
                    let i = preds.partition_point(|p| p.p < v);
                    preds.insert(i, q);
                }
            }
        }
    }

    /// A demand carried by a protest (thirty-second round): an -ing clause of appeal or demand
    /// (02x, 10x) with no subject of its own under a protest verb (140 to 145: "Thousands of
    /// Iraqi Kurds demonstrated in Kirkuk, calling for independence from Iraq"; "Students
    /// marched in Caracas demanding the release of prisoners") says what the protesters
    /// protested for: one event, the protest, specialized by the demand as CAMEO codes it (a
    /// demand for leadership change, policy change, rights or institutional change, x241 to
    /// x244 or 1041 to 1044, makes 1411 to 1414, 1421 to 1424, ...; 140, dissent not specified,
    /// has no kinds and stays), even when another rule set the demand aside. CAMEO files the
    /// demonstrators' demand under the protest, and the GigaWord and PLOVER records code the
    /// protest. A demand that follows any other act ("rejected the offer, demanding more") is
    /// still its own event.
    fn protest_demands(&self, s: &Sent, preds: &mut [Pred]) {
        for i in 0..preds.len() {
            let c = preds[i].p;
            let Some(code) = preds[i].code.clone() else {
                continue;
            };
            if !(code.starts_with("02") || code.starts_with("10"))
                || s.xpos(c) != "VBG"
                || s.subject_child(c).is_some()
            {
                continue;
            }
            let mut heads = comma_clause_heads(s, c);
            if let Some(h) = s.head[c] {
                if matches!(s.urel(c), "advcl" | "xcomp") && h < c {
                    heads.push(h);
                }
            }
            let Some(j) = (0..preds.len()).find(|&j| {
                j != i
                    && heads.contains(&preds[j].p)
                    && !preds[j].suppressed
                    && !preds[j].negated
                    && preds[j]
                        .code
                        .as_deref()
                        .is_some_and(|g| matches!(g, "140" | "141" | "142" | "143" | "144" | "145"))
            }) else {
                continue;
            };
            // the demand's kind: the last digit of 0241-0244 and 1041-1044
            let kind = match code.as_str() {
                "0241" | "1041" => Some('1'),
                "0242" | "1042" => Some('2'),
                "0243" | "1043" => Some('3'),
                "0244" | "1044" => Some('4'),
                _ => None,
            };
            if let Some(k) = kind.filter(|_| preds[j].code.as_deref() != Some("140")) {
                let mut g = preds[j].code.clone().unwrap_or_default();
                g.push(k);
                preds[j]
                    .rule
                    .push(format!("protest for a demand ({code}): {g}"));
                preds[j].code = Some(g);
                preds[j].back = None;
            }
            preds[i].suppressed = true;
            preds[i]
                .rule
                .push("protest: the demand the protest carries".into());
        }
    }

    /// Whether predicate `p` is a "by" gerund (an adverbial clause, or a conjunct the parser
    /// made of one) giving the means of an act that is not asserted: a predicate whose own
    /// modality is intended or hypothetical, or which is negated, or a verb of intent or
    /// refusal (`intent_word`, `refuse_word`) that is the act or governs it as an infinitive.
    fn means_of_undone(&self, s: &Sent, p: usize, moods: &[(usize, Modality, bool)]) -> bool {
        if !matches!(s.urel(p), "advcl" | "conj")
            || s.xpos(p) != "VBG"
            || !s.kids_rel(p, &["mark"]).any(|k| s.lemma[k] == "by")
        {
            return false;
        }
        let Some(h) = s.head[p] else { return false };
        let undone = moods
            .iter()
            .any(|&(x, m, neg)| x == h && (m != Modality::Asserted || neg));
        if undone {
            return true;
        }
        // the act, or a verb whose infinitive it is ("refused to help Iraq by sending troops")
        let mut g = h;
        for _ in 0..3 {
            if s.is_verb(g)
                && ["intent_word", "refuse_word"]
                    .iter()
                    .any(|c| self.rules.is(c, &s.lemma[g]))
            {
                return true;
            }
            match s.head[g] {
                Some(up) if s.urel(g) == "xcomp" => g = up,
                _ => break,
            }
        }
        false
    }

    /// What a purpose clause `q` ("to protest", "to disperse", "to investigate") makes of the
    /// act `g` it was done for, if anything:
    /// - a coercion (CAMEO 17x) done to protest is the protest: "Palestinians shunned work to
    ///   protest at the settlements", "farmers blocked the highway to protest against fuel
    ///   prices" (CAMEO 14x; the governor's 17x was the means);
    /// - force used to disperse a crowd is violent repression (CAMEO 175): "police opened fire
    ///   to disperse the demonstrators" (the `disperse_word` table; CAMEO 2.0 codes DISPERSE as
    ///   CIRCULATE, 010);
    /// - people sent to investigate are the investigation (CAMEO 09x): "The UN sent a team to
    ///   Bosnia to investigate the killings" (the `send_word` table; the sending was
    ///   DESPATCH's 061 or SEND * &MILITARY 062).
    ///
    /// Pushes the rule that fired onto `q`'s trace.
    fn purpose_act(
        &self,
        s: &Sent,
        g: usize,
        q: &mut Pred,
        coercions: &[usize],
        force: &[usize],
        coded09: &[usize],
    ) -> Option<PurposeAct> {
        if q.code.as_deref().is_some_and(|c| c.starts_with("14"))
            && !q.negated
            && coercions.contains(&g)
        {
            q.rule.push("purpose: the act is a protest".into());
            return Some(PurposeAct::Protest);
        }
        if force.contains(&g) && self.rules.is("disperse_word", &s.lemma[q.p]) {
            q.rule.push("purpose: the force is repression".into());
            return Some(PurposeAct::Repression);
        }
        self.sent_to_investigate(s, g, q, coded09)
            .map(PurposeAct::Investigation)
    }

    /// The code of purpose clause `q` (a "to" infinitive with no subject of its own) on `g`
    /// when it is an investigation the people sent by `g` carry out: `g` is a verb of sending
    /// (the `send_word` table) not already coded as an investigation (`coded09`: "dispatched
    /// inspectors to Iran" is 090 by its object) and `q` a not negated 09x act. The sending
    /// then takes the investigation's code, with its own source and target ("sent personnel
    /// to Bosnia to investigate" → BIH), as force used to disperse takes 175.
    fn sent_to_investigate(
        &self,
        s: &Sent,
        g: usize,
        q: &mut Pred,
        coded09: &[usize],
    ) -> Option<String> {
        let yes = s.is_verb(g)
            && self.rules.is("send_word", &s.lemma[g])
            && !coded09.contains(&g)
            && !q.negated
            && !s.has_own_subject(q.p)
            && q.code.as_deref().is_some_and(|c| c.starts_with("09"));
        if !yes {
            return None;
        }
        q.rule.push("purpose: the people sent investigate".into());
        q.code.clone()
    }

    /// Complement predicates of a speech predicate: the head of its `ccomp` (and that
    /// predicate's coordinated verbs); for a speech verb in a parataxis ("...," X said) the
    /// quotation's main predicate.
    fn complements(&self, s: &Sent, sp: usize) -> Vec<usize> {
        // a complement is a clause: a verb, or a nominal with a subject or copula ("X said
        // here Wednesday" with the date read as a ccomp is no complement)
        let mut roots: Vec<usize> = s
            .kids_rel(sp, &["ccomp"])
            .filter(|&k| s.is_verb(k) || s.kid_rel(k, &["nsubj", "nsubj:pass", "cop"]).is_some())
            .collect();
        // "..., a senior official said" with no complement of its own, attached low (to a
        // clause inside the quotation, as parataxis or as a conjunct; or anywhere else, such as
        // a relative clause of the last noun, "... its embassy, a senior official said", when
        // the words show a trailing speech clause): the quotation is the whole sentence around
        // the speech clause
        let trailing = s.urel(sp) == "conj"
            && s.has_own_subject(sp)
            && roots.is_empty()
            && (sp + 1..s.len()).all(|t| s.under(t, sp) || s.upos(t) == "PUNCT");
        let attached_elsewhere = !trailing
            && roots.is_empty()
            && s.head[sp].is_some()
            && !matches!(s.urel(sp), "parataxis" | "ccomp" | "xcomp" | "csubj")
            && self.trailing_speech_clause(s, sp);
        if s.urel(sp) == "parataxis" || trailing || attached_elsewhere {
            if !attached_elsewhere {
                roots.extend(s.head[sp]);
            }
            if let Some(r) = (0..s.len()).find(|&t| s.head[t].is_none()) {
                if r != sp && !roots.contains(&r) {
                    roots.push(r);
                }
            }
        }
        roots.extend(
            s.kids_rel(sp, &["parataxis"])
                .filter(|&k| s.has_own_subject(k)),
        );
        let mut out = Vec::new();
        for r in roots {
            out.push(r);
            out.extend(s.kids_rel(r, &["conj"]).filter(|&k| s.is_verb(k)));
        }
        out
    }

    /// Whether speech predicate `sp` closes its sentence as a clause of its own after a comma:
    /// its subject stands between the comma and the verb, it has no object (a day read as one is
    /// none), and everything
    /// after it is its own ("..., a senior official said on Saturday."). Read from the words,
    /// not from where the parser attached the clause.
    fn trailing_speech_clause(&self, s: &Sent, sp: usize) -> bool {
        let Some(subj) = s.subject_child(sp) else {
            return false;
        };
        // the clause's first word (the comma itself may hang on the verb)
        let start = (0..=sp)
            .find(|&t| s.under(t, sp) && s.upos(t) != "PUNCT")
            .unwrap_or(sp);
        start > 0
            && start <= subj
            && subj < sp
            && s.toks[start - 1].text == ","
            && s.kid_rel(sp, &["xcomp", "ccomp"]).is_none()
            // "said Wednesday" with the day read as the object is still no object
            && s.kids_rel(sp, &["obj"]).all(|o| s.date[o])
            && (sp + 1..s.len()).all(|t| s.under(t, sp) || s.upos(t) == "PUNCT")
    }

    /// Whether speech predicate `sp` attributes the news rather than reports an act of its
    /// speaker: its subject is a news source (`attribution_word` of `rules.tsv`: "the
    /// official news agency reported that ..."), or it is a trailing attribution, a speech
    /// clause after the content it reports and not a quotation ("Russia shelled Kharkiv
    /// overnight, Ukrainian officials said"; "..., western diplomatic sources in Pakistan said
    /// today"): the report is coded as the news states it, not as the speaker's accusation.
    fn is_attribution(&self, s: &Sent, sp: usize) -> bool {
        let word = |k: usize| {
            matches!(s.upos(k), "NOUN" | "PROPN")
                && (self.rules.is("attribution_word", &s.lemma[k])
                    || self.rules.is("attribution_word", &s.nw[k]))
        };
        if self.subject_tok(s, sp).is_some_and(word) {
            return true;
        }
        let Some(c) = (1..sp).rev().find(|&k| s.toks[k].text == ",") else {
            return false;
        };
        let subject_after_comma = s.subject_child(sp).is_some_and(|st| c < st && st < sp);
        let content_before = s.kids_rel(sp, &["ccomp"]).all(|k| k < c);
        let quoted = (0..c).any(|k| {
            matches!(
                s.toks[k].text.as_str(),
                "\"" | "\u{201c}" | "\u{201d}" | "``" | "''"
            )
        });
        subject_after_comma && content_before && !quoted
    }

    /// Whether clause `p`, hung on a noun, states that noun's content rather than describing
    /// it: a complete "that" clause ("a demand that Israel ease the restrictions"), a
    /// mandative subjunctive with its own subject
    /// ("that the government grant", "that control be taken away": a base form with no modal),
    /// or a "that" the parser read as a relative pronoun where the verb already has the
    /// subject or object it would fill ("demands that the government grant the majority more
    /// rights"). A relative clause ("the demands that the rebels made") is none.
    fn content_clause(&self, s: &Sent, p: usize) -> bool {
        if !s.has_own_subject(p) {
            return false;
        }
        let modal = s.kids_rel(p, &["aux"]).any(|k| s.xpos(k) == "MD");
        let base_be = s
            .kids_rel(p, &["aux", "cop"])
            .any(|k| s.lemma[k] == "be" && s.xpos(k) == "VB");
        let bare = s.xpos(p) == "VB" && s.kid_rel(p, &["aux", "cop"]).is_none();
        let misread_that = s.kids[p].iter().any(|&k| {
            s.lemma[k] == "that"
                && s.is_relative(k)
                && s.kids[p]
                    .iter()
                    .any(|&o| o != k && s.urel(o) == s.urel(k) && !s.is_relative(o) && !s.date[o])
        });
        // a "that" the tagger read as a subordinator opens a content clause only when the
        // clause lacks nothing: "the demands that Egypt made last week" lacks its object
        let complete = s.mark_of(p).as_deref() == Some("that")
            && (s.kid_rel(p, &["obj", "ccomp", "xcomp"]).is_some()
                || s.kid_rel(p, &["aux:pass"]).is_some());
        (!modal && (base_be || bare)) || misread_that || complete
    }

    /// The complement of `sp` that says what someone must do ("that Sudan must return the
    /// helicopter": the `demand_aux` table of `rules.tsv`), not negated.
    fn must_complement(&self, s: &Sent, sp: usize) -> Option<usize> {
        self.complements(s, sp).into_iter().find(|&c| {
            s.kids_rel(c, &["aux"])
                .any(|k| self.rules.is("demand_aux", &s.lemma[k]))
                && !s.kids[c].iter().any(|&k| {
                    s.urel(k) == "advmod" && matches!(s.lemma[k].as_str(), "not" | "n't" | "never")
                })
        })
    }

    /// Whether complement `c` lays an attack on someone: "(said) Iran was behind the attack",
    /// "(said) Russia was responsible for the strike", the noun an `attack_noun` or a
    /// `blamed_act_word` of `rules.tsv` (killing, massacre, explosion, coup ...) after "behind"
    /// or "responsible for" with a copula, not negated, its subject (when the parse gives one)
    /// a name rather than a pronoun, which may be the speaker itself claiming the act; not
    /// "responsible for" what one runs (`in_charge_of_word`: "the operation of the plant"). The
    /// statement is then CAMEO's accusation, 112 (thirty-fifth round).
    fn blamed_for_attack(&self, s: &Sent, np: &NpCoder, c: usize) -> bool {
        let act = |x: usize| {
            self.rules.is("attack_noun", &s.lemma[x])
                || self.rules.is("blamed_act_word", &s.lemma[x])
        };
        let copula = s.kid_rel(c, &["cop"]).is_some();
        let behind = copula && s.case_of(c).as_deref() == Some("behind") && act(c);
        // "responsible for the operation of the plant" is in charge of it, no blame
        let responsible = copula
            && s.lemma[c] == "responsible"
            && s.kids_rel(c, &["obl"]).any(|o| {
                s.case_of(o).as_deref() == Some("for")
                    && act(o)
                    && !self.rules.is("in_charge_of_word", &s.lemma[o])
            });
        if !(behind || responsible) {
            return false;
        }
        let negated = s
            .kids_rel(c, &["advmod"])
            .any(|k| self.rules.is("negator", &s.lemma[k]));
        let named = s
            .subject_child(c)
            .is_none_or(|x| s.upos(x) != "PRON" && np.m.at(x).is_some());
        !negated && named
    }

    /// Whether complement `c` of speech verb `sp` says only the speaker's own state: its
    /// subject is the speaker (a personal pronoun, or the speaker's own noun again) and it is
    /// a state of knowledge that names no one else ("he was unaware of such agreement", "it
    /// had no information": `self_state_word` of `rules.tsv`, after "be" or as the object of
    /// "have"), or a wish that asks no one (`wish_word`, [`EventCoder::unaddressed_wish`]).
    fn own_state(&self, s: &Sent, np: &NpCoder, sp: usize, c: usize) -> bool {
        let Some(x) = s.subject_child(c) else {
            return false;
        };
        let speaker = (s.xpos(x) == "PRP"
            && matches!(
                s.lemma[x].as_str(),
                "he" | "she" | "it" | "they" | "we" | "i"
            ))
            || s.subject_child(sp)
                .is_some_and(|y| s.lemma[y] == s.lemma[x]);
        if !speaker {
            return false;
        }
        if self.rules.is("wish_word", &s.lemma[c]) {
            return self.unaddressed_wish(s, c);
        }
        let state = (s.kid_rel(c, &["cop"]).is_some()
            && self.rules.is("self_state_word", &s.lemma[c]))
            || (matches!(s.lemma[c].as_str(), "have" | "possess")
                && s.kids_rel(c, &["obj"])
                    .any(|o| self.rules.is("self_state_word", &s.lemma[o])));
        let (lo, hi) = s.span(c);
        state && (lo..=hi).all(|t| np.m.at(t).is_none() || s.under(t, x))
    }

    /// Whether wish `p` ("hoped", "wishes": `wish_word` of `rules.tsv`) asks no one: the
    /// clause wished is passive with no "by" agent ("hoped French officials would be
    /// indicted"), as its complement or, where the parser lost the clause, as a conjunct with
    /// no subject of its own after the wish's object ("hoped a raft of officials ... would
    /// soon be indicted" with "raft" the object and "indicted" a conjunct). The one to act is
    /// unnamed; the one acted on is not addressed.
    fn unaddressed_wish(&self, s: &Sent, p: usize) -> bool {
        s.kids[p].iter().any(|&v| {
            v > p
                && (s.urel(v) == "ccomp"
                    || (s.urel(v) == "conj"
                        && s.subject_child(v).is_none()
                        && s.kid_rel(p, &["obj"]).is_some_and(|o| o < v)))
                && s.kid_rel(v, &["aux:pass"]).is_some()
                && !s
                    .kids_rel(v, &["obl", "obl:agent"])
                    .any(|k| s.case_of(k).as_deref() == Some("by"))
        })
    }

    fn is_speech(&self, s: &Sent, q: &Pred) -> bool {
        self.rules.is("speech_word", &s.lemma[q.p])
            || q.code.as_deref().is_some_and(|c| c.starts_with("01"))
    }

    /// Reported speech: speakers for the complements, transformations, statements.
    fn speech(&self, s: &Sent, np: &NpCoder, preds: &mut [Pred], state: &DocState, si: usize) {
        let n = preds.len();
        let at: HashMap<usize, usize> = preds.iter().enumerate().map(|(i, q)| (q.p, i)).collect();
        // speakers first, so that pronouns in complements resolve
        let mut speech_of: Vec<(usize, Vec<usize>)> = Vec::new();
        for i in 0..n {
            let sp = preds[i].p;
            let is_speech = self.is_speech(s, &preds[i]);
            // a predicate that is no speech verb but holds a "must" clause states a demand all
            // the same ("concluded that the US must allocate more resources", "issued a
            // reminder to Iraq that it must cooperate"): it is read as below, without
            // becoming a speaker
            if !is_speech {
                if self.must_complement(s, sp).is_some() {
                    let comps = self.complements(s, sp);
                    let inner: Vec<usize> = (0..n)
                        .filter(|&j| j != i && comps.iter().any(|&c| s.under(preds[j].p, c)))
                        .collect();
                    speech_of.push((i, inner));
                }
                continue;
            }
            let comps = self.complements(s, sp);
            if comps.is_empty() {
                continue;
            }
            // every predicate inside a complement (down to nested clauses) gets the speaker
            // (for "...," X said, the quotation's root is above the speech verb: what hangs
            // under the speech verb itself is not quoted)
            let inner: Vec<usize> = (0..n)
                .filter(|&j| {
                    let q = preds[j].p;
                    j != i
                        && comps
                            .iter()
                            .any(|&c| s.under(q, c) && !(s.under(sp, c) && s.under(q, sp)))
                })
                .collect();
            for &j in &inner {
                if preds[j].speaker.is_none() {
                    preds[j].speaker = Some(sp);
                }
            }
            speech_of.push((i, inner));
        }
        // speech verbs not in the dictionary (a bare "added") still give speakers: done above
        // for predicates only; a quotation whose verb the dictionary lacks keeps no speaker
        for (i, inner) in speech_of {
            let snapshot: Vec<Pred> = preds.to_vec();
            let outer = snapshot[i].clone();
            let outer_src = self.sources(s, np, &outer, &snapshot, state, si);
            // a news attribution ("..., an AFP correspondent said", "the official news agency
            // reported", "state media said") names where the report comes from: it is neither
            // a statement nor an accusation by the reporter; what was said is coded as it is
            let attribution = self.is_attribution(s, outer.p)
                || (!outer_src.is_empty() && outer_src.iter().all(|x| x.code.ends_with("MED")));
            if attribution {
                preds[i].suppressed = true;
                preds[i]
                    .rule
                    .push("attribution: a source of the report".into());
                continue;
            }
            // "Russia said that Sudan must return the helicopter": the speaker demands the act
            // of whoever must do it (CAMEO 10x); what is demanded is not asserted
            if !outer_src.is_empty() {
                let must = self.must_complement(s, outer.p);
                let demanded = must.and_then(|c| {
                    let inner_pred = snapshot.iter().find(|q| q.p == c);
                    let probe = Pred {
                        p: c,
                        speaker: Some(outer.p),
                        source: None,
                        pat_source: None,
                        ..outer.clone()
                    };
                    let who = self.subject_tok(s, c)?;
                    let parties = |t: usize| -> Vec<Party> {
                        self.parties_at(
                            s,
                            np,
                            t,
                            inner_pred.unwrap_or(&probe),
                            &snapshot,
                            state,
                            si,
                        )
                        .into_iter()
                        .filter(|x| !outer_src.iter().any(|y| y.code == x.code))
                        .collect()
                    };
                    let mut tgt: Vec<Party> = parties(who);
                    if tgt.is_empty() && s.upos(who) == "PRON" {
                        // a pronoun that is not the speaker is whoever was addressed, between
                        // the verb and the clause: "reminded Iraq that it must cooperate",
                        // "issued a reminder to Iraq that it must cooperate" (wherever the
                        // parser hung "to Iraq")
                        let start = s.span(c).0;
                        tgt = (outer.p + 1..start)
                            .filter(|&t| {
                                s.case_of(t).as_deref() == Some("to")
                                    || (s.head[t] == Some(outer.p)
                                        && matches!(s.urel(t), "obj" | "iobj"))
                            })
                            .map(parties)
                            .find(|x| !x.is_empty())
                            .unwrap_or_default();
                    }
                    let what = inner_pred.and_then(|q| q.code.clone()).unwrap_or_default();
                    (!tgt.is_empty()).then(|| (c, tgt, self.rules.demand(&what), what))
                });
                if let Some((c, tgt, code, what)) = demanded {
                    let mut r = preds[i].clone();
                    r.rule
                        .push(format!("demand ({}): {what} → {code}", s.toks[c].text));
                    r.code = Some(code);
                    r.back = None;
                    r.source = Some(outer_src.clone());
                    r.target = Some(tgt);
                    r.suppressed = false;
                    r.tokens.push(c);
                    preds[i] = r;
                    for &k in &inner {
                        if s.under(snapshot[k].p, c) {
                            preds[k].suppressed = true;
                        }
                    }
                    continue;
                }
            }
            if !self.is_speech(s, &outer) {
                // a "must" clause under a verb that is no speech verb: a demand or nothing
                continue;
            }
            // transformations
            let mut transformed = false;
            for t in &self.dicts.verbs.transformations {
                let outer_ok = t.outer.eq_ignore_ascii_case(&s.lemma[outer.p])
                    || t.outer.eq_ignore_ascii_case(&outer.block);
                if !outer_ok {
                    continue;
                }
                for &j in &inner {
                    let q = &snapshot[j];
                    if q.suppressed || q.negated || !on_spine(s, q.p, outer.p) {
                        continue;
                    }
                    let Some(code) = q.code.as_deref() else {
                        continue;
                    };
                    let inner_ok = match t.inner.as_str() {
                        "Q" => true,
                        "ATTACK" => matches!(&code[..2.min(code.len())], "18" | "19" | "20"),
                        "ASSASSINATE" => code.starts_with("186") || code.starts_with("185"),
                        other => {
                            other.eq_ignore_ascii_case(&s.lemma[q.p])
                                || other.eq_ignore_ascii_case(&q.block)
                        }
                    };
                    if !inner_ok {
                        continue;
                    }
                    let isrc = self.sources(s, np, q, &snapshot, state, si);
                    let itgt = self.targets(s, np, q, &snapshot, state, si, &isrc);
                    let same = |a: &[Party], b: &[Party]| {
                        !a.is_empty() && a.iter().all(|x| b.iter().any(|y| y.code == x.code))
                    };
                    use crate::dict::verbs::Slot;
                    let src_ok = match t.inner_source {
                        Slot::Outer => same(&isrc, &outer_src),
                        Slot::Other => !isrc.is_empty() && !same(&isrc, &outer_src),
                        Slot::Any => true,
                        Slot::Absent => s.subject_child(q.p).is_none(),
                    };
                    let tgt_ok = match t.inner_target {
                        Slot::Outer => same(&itgt, &outer_src),
                        Slot::Other => !itgt.is_empty(),
                        Slot::Any => true,
                        Slot::Absent => itgt.is_empty(),
                    };
                    if !(src_ok && tgt_ok) || outer_src.is_empty() {
                        continue;
                    }
                    // b is the inner actor the rule names `b`
                    let b = if t.inner_source == Slot::Other {
                        isrc.clone()
                    } else {
                        itgt.clone()
                    };
                    let new_code = t.code.clone().unwrap_or_else(|| code.to_string());
                    let mut r = preds[i].clone();
                    r.code = Some(new_code.clone());
                    r.source = Some(outer_src.clone());
                    r.target = Some(b);
                    r.suppressed = false;
                    if t.code.is_none() {
                        // the act said is the event ("said they would boycott ..."): its
                        // modality is the said act's
                        r.modality = r.modality.max_with(q.modality);
                    }
                    r.rule
                        .push(format!("transformation {} ({})", t.text, t.origin));
                    r.tokens.extend(snapshot[j].tokens.iter().copied());
                    preds[i] = r;
                    preds[j].suppressed = true;
                    // the rest of what was claimed is claimed too: "claimed that ISIL had
                    // attacked Iraq and taken Mosul"
                    for &k in &inner {
                        if k != i && s.under(snapshot[k].p, q.p) {
                            preds[k].suppressed = true;
                        }
                    }
                    transformed = true;
                    break;
                }
                if transformed {
                    break;
                }
            }
            if transformed {
                continue;
            }
            let outer_code = preds[i].code.clone();
            let statement = outer_code.as_deref().is_some_and(|c| c.starts_with("01"));
            if !statement {
                continue;
            }
            // the saying is coded only when what was said yields no event of its own
            let snapshot: Vec<Pred> = preds.to_vec();
            // (another statement inside is not what was said: "X declared that ..., while NATO
            // stated ..." misattached)
            let inner_event = inner.iter().any(|&j| {
                let q = &snapshot[j];
                q.code.as_deref().is_some_and(|c| !c.starts_with("01"))
                    && !q.suppressed
                    && !q.negated
                    && !self.sources(s, np, q, &snapshot, state, si).is_empty()
            });
            if inner_event {
                preds[i].suppressed = true;
                preds[i]
                    .rule
                    .push("statement: its content is coded instead".into());
                continue;
            }
            // what the speaker says only of its own knowledge or wish names no act and no one
            // it is aimed at: "the ambassador said he was unaware of such agreement", "Kigali
            // said it hoped French officials would be indicted" (twenty-fifth round)
            let comps = self.complements(s, outer.p);
            // (the wished clause itself, which `complements` lists when the parser made it a
            // conjunct of the wish, is part of the wish)
            let own = |c: usize| self.own_state(s, np, outer.p, c);
            let wished = |c: usize| s.head[c].is_some_and(|h| comps.contains(&h) && own(h));
            if !comps.is_empty() && comps.iter().all(|&c| own(c) || wished(c)) {
                preds[i].suppressed = true;
                preds[i]
                    .rule
                    .push("statement: only the speaker's own knowledge or wish".into());
                continue;
            }
            // laying an attack on another actor is an accusation (thirty-fifth round)
            let blamed = comps.iter().any(|&c| self.blamed_for_attack(s, np, c));
            // target: the first actor the complement names, other than the speaker
            let mut tgt: Vec<Party> = Vec::new();
            for c in comps {
                let mut toks: Vec<usize> = Vec::new();
                toks.extend(s.subject_child(c));
                toks.extend(s.kids_rel(c, &["obj", "obl", "nmod", "iobj"]));
                let (lo, hi) = s.span(c);
                toks.extend(lo..=hi);
                for t in toks {
                    if !s.under(t, c) {
                        continue;
                    }
                    let got: Vec<Party> = np
                        .code(np.m.head_of(s, t))
                        .into_iter()
                        .filter(|x| !outer_src.iter().any(|y| y.code == x.code))
                        .collect();
                    if !got.is_empty() && np.m.at(t).is_some() {
                        tgt = got;
                        break;
                    }
                }
                if !tgt.is_empty() {
                    break;
                }
            }
            if !tgt.is_empty() {
                if blamed && preds[i].code.as_deref() == Some("010") {
                    preds[i]
                        .rule
                        .push("statement: an attack laid on another actor: 010 → 112".into());
                    preds[i].code = Some("112".to_string());
                }
                preds[i].target = Some(tgt);
            }
            let _ = at.get(&outer.p);
        }
        // issuing a text whose gerund is coded ("issued a statement condemning the attack",
        // the `statement_noun` table) says that act: the statement itself is not coded
        let snapshot: Vec<Pred> = preds.to_vec();
        for q in preds.iter_mut() {
            if !q.code.as_deref().is_some_and(|c| c.starts_with("01")) || q.suppressed {
                continue;
            }
            let said = snapshot.iter().any(|g| {
                s.urel(g.p) == "acl"
                    && s.xpos(g.p) == "VBG"
                    && s.head[g.p].is_some_and(|h| {
                        s.head[h] == Some(q.p)
                            && s.urel(h) == "obj"
                            && self.rules.is("statement_noun", &s.lemma[h])
                    })
                    && g.code.as_deref().is_some_and(|c| !c.starts_with("01"))
                    && !g.suppressed
                    && !g.negated
                    && !self.sources(s, np, g, &snapshot, state, si).is_empty()
            });
            if said {
                q.suppressed = true;
                q.rule
                    .push("statement: the act of its text is coded instead".into());
            }
        }
        // a statement with nothing said and nobody addressed is not an event ("Speaking at
        // the summit")
        for q in preds.iter_mut() {
            if q.code.as_deref().is_some_and(|c| c.starts_with("010"))
                && self.complements(s, q.p).is_empty()
                && q.target.is_none()
            {
                let has_obj = s.kid_rel(q.p, &["obj", "iobj"]).is_some()
                    || s.kids_rel(q.p, &["obl"]).any(|k| {
                        matches!(
                            s.case_of(k).as_deref(),
                            Some("to" | "with" | "about" | "on" | "against")
                        )
                    });
                if !has_obj {
                    q.suppressed = true;
                }
            }
        }
    }

    #[allow(clippy::too_many_arguments)]
    fn sentence(
        &self,
        doc: &Document,
        si: usize,
        s: &Sent,
        m: &Mentions,
        state: &mut DocState,
        tone: Option<f64>,
        discarded: &[usize],
    ) -> Vec<Event> {
        let mut preds = self.predicates(s, m);
        self.protest_nouns(doc, si, s, m, &mut preds);
        if preds.is_empty() {
            return Vec::new();
        }
        for q in preds.iter_mut() {
            self.own_context(s, q);
        }
        self.governors(s, &mut preds);
        self.asserted(s, &mut preds);
        self.violent_protest(s, &mut preds);
        let np = NpCoder {
            s,
            m,
            skip_topics: false,
            act: &[],
            rules: &self.rules,
        };
        // a wish that asks no one is no appeal ("hoped French officials would be indicted":
        // not HOPE's 020 to the officials)
        for q in preds.iter_mut() {
            if q.code.as_deref().is_some_and(|c| c.starts_with("02"))
                && self.rules.is("wish_word", &s.lemma[q.p])
                && self.unaddressed_wish(s, q.p)
            {
                q.suppressed = true;
                q.rule.push("wish: it asks no one".into());
            }
        }
        self.protest_demands(s, &mut preds);
        // leaving someone or something somewhere is no journey ("He left chief operating officer
        // Timothy Cook in charge", "Steve leaves behind a company", "were shipped out of
        // Gorazde, leaving just 100 UN troops"): GO_SOMEWHERE's bare 040 for LEAVE is for a
        // place left ("left Beijing") or gone to ("left for Beijing"), so an object that is no
        // place codes nothing (thirty-second round)
        let sent = &doc.sentences[si];
        let named_place = |o: usize| {
            let tk = &sent.tokens[o];
            doc.places
                .iter()
                .any(|pl| pl.sentence == si && pl.start < tk.end && tk.start < pl.end)
        };
        // a place named or a place noun ("left the city of Kherson", "left the capital, Kabul",
        // "left the country")
        let place = |o: usize| {
            named_place(o)
                || self.rules.is("left_place_noun", &s.lemma[o])
                || s.kids_rel(o, &["nmod", "appos", "flat", "compound"])
                    .any(named_place)
        };
        for q in preds.iter_mut() {
            // the bare verb (LEAVE, LEAVE BEHIND), not a pattern ("left for Beijing" 042); its
            // object, or what the parser hung on "behind" ("leaves behind a divided party")
            let bare = q
                .rule
                .first()
                .is_some_and(|r| r.starts_with("GO_SOMEWHERE leave"));
            let object = s.kid_rel(q.p, &["obj"]).or_else(|| {
                s.kids_rel(q.p, &["obl"])
                    .find(|&k| s.case_of(k).as_deref() == Some("behind"))
            });
            // (not a participle after a comma, "..., leaving just 100 UN troops": what the act
            // before it left, which the result rule reads for acts of force only)
            if q.code.as_deref() == Some("040")
                && bare
                && s.lemma[q.p] == "leave"
                && comma_clause_heads(s, q.p).is_empty()
                && object.is_some_and(|o| !place(o))
            {
                q.suppressed = true;
                q.rule
                    .push("leave: someone or something left is no journey".into());
            }
        }
        // what a bare verb's object makes of it (thirty-fifth round): defending a decision, a
        // policy or a move is defending it in words (CAMEO 052, as DEFEND * (AGAINST
        // CRITICISM) codes it), not the military protection of DEFEND's 074 ("defended the Air
        // Force's exclusive consideration of Boeing"); beating a figure or a mark ("will beat
        // last year's profit", "beat analysts' expectations") is no assault (BEAT_PERSON's 182)
        for q in preds.iter_mut() {
            let Some(o) = s.kid_rel(q.p, &["obj"]) else {
                continue;
            };
            let bare = |name: &str| q.rule.first().is_some_and(|r| r.starts_with(name));
            let lemma = s.lemma[o].as_str();
            if q.code.as_deref() == Some("074")
                && bare("DEFEND defend")
                && self.rules.is("defended_stance_word", lemma)
            {
                q.rule
                    .push("defend: a stance defended in words: 074 → 052".into());
                q.code = Some("052".to_string());
            } else if q.code.as_deref() == Some("014")
                && q.rule
                    .first()
                    .is_some_and(|r| r.starts_with("CONSIDER ") && !r.contains('*'))
                && (s.kids_rel(q.p, &["obj"]).nth(1).is_some()
                    || s.kid_rel(q.p, &["xcomp"]).is_some())
            {
                // "Turkey considers the YPG a terrorist organisation": an object and what it
                // is held to be is an opinion, no option weighed (review of the
                // thirty-fifth round)
                q.suppressed = true;
                q.rule
                    .push("consider: an object held to be something is an opinion".into());
            } else if q.code.as_deref() == Some("182")
                && bare("BEAT_PERSON beat")
                && (self.rules.is("beaten_mark_word", lemma)
                    || self.rules.is("market_figure_noun", lemma))
            {
                q.suppressed = true;
                q.rule.push("beat: a figure beaten is no assault".into());
            }
        }
        // the thirty-seventh round's wrong codes. A warning about a state of things ("defence
        // officials cautioned that no deadline had been set", "warned that talk of a complete
        // recovery might be premature") threatens no one: WARN's bare 130 is for a threat,
        // and CAMEO 2.0's own WARN patterns code a warning of a catastrophe or of consequences
        // as a pessimistic comment (012). So: the bare WARN or CAUTION with no one warned (no
        // object) and a `that` complement whose subject is a noun that names no actor
        for q in preds.iter_mut() {
            if q.code.as_deref() != Some("130")
                || !q
                    .rule
                    .first()
                    .is_some_and(|r| r.starts_with("WARN ") && !r.contains('*'))
                || s.kid_rel(q.p, &["obj", "iobj"]).is_some()
            {
                continue;
            }
            // force or a penalty to come ("warned that sanctions would follow", "that war
            // could break out", `consequence_word` and `attack_noun` of rules.tsv) is the
            // threat 130 stands for
            let thing = s.kids_rel(q.p, &["ccomp"]).any(|c| {
                s.subject_child(c).is_some_and(|x| {
                    let l = s.lemma[x].to_lowercase();
                    matches!(s.upos(x), "NOUN" | "NUM")
                        && np.m.at(x).is_none()
                        && !self.rules.is("consequence_word", &l)
                        && !self.rules.is("attack_noun", &l)
                })
            });
            if thing {
                q.rule
                    .push("warn: a warning about a state of things: 130 → 012".into());
                q.code = Some("012".to_string());
                q.back = None;
            }
        }
        // the name of an office read as a verb ("Planning and Investment Minister Tran Xuan
        // Gia", "Mining Minister Gwede Mantashe"): a capitalized -ing word followed only by
        // capitalized nouns that name no actor, "and" or "&", up to the office's head word
        // (`portfolio_title_word` of rules.tsv), names the office's business, not an act
        for q in preds.iter_mut() {
            let text = s.toks[q.p].text.as_str();
            // a verb with its own object acts ("Accusing Housing Department officials of
            // fraud, the mayor resigned"), unless the object is the office itself ("Housing and
            // Planning Minister" with "Minister" read as the object of "Planning")
            if q.code.is_none()
                || !text.ends_with("ing")
                || !s.capitalized(q.p)
                || s.kid_rel(q.p, &["obj"])
                    .is_some_and(|o| !self.rules.is("portfolio_title_word", &s.lemma[o]))
            {
                continue;
            }
            let mut k = q.p + 1;
            while k < s.len() {
                let w = s.toks[k].text.as_str();
                let cap = s.capitalized(k);
                if cap && self.rules.is("portfolio_title_word", &s.lemma[k]) {
                    q.suppressed = true;
                    q.rule
                        .push("title: the name of an office, not an act".into());
                    break;
                }
                let part = (cap
                    && matches!(s.upos(k), "NOUN" | "PROPN")
                    && np.m.at(k).is_none()
                    && !crate::actors::words::TITLE_WORDS.contains(&s.nw[k].as_str()))
                    || matches!(w, "and" | "&");
                if !part {
                    break;
                }
                k += 1;
            }
        }
        // an adjective in -ing before a noun read as a verb with the noun its object
        // ("threatened to deliver devastating blows", "vowed to inflict crushing defeats"):
        // right after the verb it hangs on, the noun right after it, and that verb left with no
        // object of its own, a participle of the `adjective_participle_word` table describes
        // the noun
        for q in preds.iter_mut() {
            let p = q.p;
            if q.code.is_none()
                || s.xpos(p) != "VBG"
                || p == 0
                || !self.rules.is("adjective_participle_word", &s.nw[p])
            {
                continue;
            }
            let Some(h) = s.head[p] else { continue };
            let object_after = s.kid_rel(p, &["obj"]) == Some(p + 1);
            // (not after an aspectual verb: "kept crushing the defences" is the act)
            if h == p - 1
                && s.is_verb(h)
                && !self.rules.is("transparent_word", &s.lemma[h])
                && s.lemma[h] != "keep"
                && object_after
                && s.kid_rel(h, &["obj", "iobj"]).is_none()
            {
                q.suppressed = true;
                q.rule
                    .push("adjective: a participle describing the noun after it".into());
            }
        }
        // the participle that names who used the weapon of a passive act of force is that act
        // told again ("blown up ... by a missile believed to be fired by rebels": one attack,
        // the rebels', `weapon_user`)
        let told: Vec<usize> = preds
            .iter()
            .filter(|q| q.code.is_some() && !q.suppressed && self.passive(s, q.p) && !q.nominal)
            .filter_map(|q| {
                s.agent(q.p)
                    .and_then(|a| self.weapon_user(s, &np, q, a))
                    .map(|(v, _)| v)
            })
            .collect();
        // (and "believed" or "said" above it, when coded)
        let above = |p: usize| {
            told.iter()
                .any(|&v| s.urel(v) == "xcomp" && s.head[v] == Some(p))
        };
        for q in preds
            .iter_mut()
            .filter(|q| told.contains(&q.p) || above(q.p))
        {
            q.suppressed = true;
            q.rule
                .push("weapon: who used the weapon of an act already coded".into());
        }
        // "going to" before an infinitive is the future ("It's only going to get worse", "the
        // crisis is going to last"), not a journey: GO's travel codes are for a place gone to
        // ("going to Tehran"); the infinitive's own act, when it has one, is coded as itself
        // (thirty-second round)
        for q in preds.iter_mut() {
            if q.code.is_some()
                && s.lemma[q.p] == "go"
                && s.xpos(q.p) == "VBG"
                && s.kids_rel(q.p, &["xcomp"]).any(|c| {
                    s.mark_of(c).as_deref() == Some("to")
                        && (s.xpos(c) == "VB" || s.kid_rel(c, &["cop"]).is_some())
                })
            {
                q.suppressed = true;
                q.rule
                    .push("future: \"going to\" before an infinitive".into());
            }
        }
        self.speech(s, &np, &mut preds, state, si);
        // a past participle describing a noun inside another clause ("a lunch hosted by the
        // ambassador", "a program aimed at bringing the forces together", "fears echoed by
        // Japan and China"): it says what was done to the noun, on some earlier day, to name
        // it; the news is the clause it stands in (twenty-eighth round). A participle that is
        // the sentence's only verb is kept (`verbless_clause`, `main_verb_read_as_participle`)
        for q in preds.iter_mut() {
            if q.code.is_some() && q.protest_noun.is_none() && reduced_relative(s, q.p) {
                q.suppressed = true;
                q.rule
                    .push("background: a participle describing a noun".into());
            }
        }
        // what an accident did ("The jetliner crashed into the Atlantic, killing all 228 people
        // on board"): a result clause after a comma under a verb of accident is nobody's act
        for q in preds.iter_mut() {
            if q.code
                .as_deref()
                .is_some_and(|c| self.rules.code_in("result_force_act", c))
                && comma_clause_heads(s, q.p)
                    .first()
                    .is_some_and(|&g| self.rules.is("accident_noun", &s.lemma[g]))
            {
                q.suppressed = true;
                q.rule.push("result: what an accident did".into());
            }
        }
        // a standing description of a participant ("its campaign against the militant group
        // that has seized parts of Iraq and Syria") is background, not news of the day
        for v in background_relatives(s) {
            for q in preds.iter_mut().filter(|q| q.p == v || s.under(q.p, v)) {
                q.suppressed = true;
                q.rule
                    .push("background: a relative clause describing a participant".into());
            }
        }
        // an earlier event recalled as a time anchor ("..., two weeks after rebels kidnapped
        // dozens of peacekeepers") was news when it happened, on a day the sentence does not
        // give: like "weeks ago", it is not coded again
        for v in recalled_clauses(s) {
            for q in preds.iter_mut().filter(|q| q.p == v || s.under(q.p, v)) {
                q.suppressed = true;
                q.rule
                    .push("recalled: an earlier event a duration before this one".into());
            }
        }
        if !discarded.is_empty() {
            for q in preds.iter_mut() {
                if s.clause(q.p).iter().any(|t| discarded.contains(t)) {
                    q.suppressed = true;
                    q.rule
                        .push("discarded: a discard phrase in its clause".into());
                }
            }
        }
        // issues named in the sentence give PLOVER contexts
        let contexts: Vec<String> = {
            let mut c: Vec<String> = Vec::new();
            for issue in self.dicts.issues.find(&s.nw) {
                if let Some(x) = self.contexts.get(&issue.category) {
                    if !c.contains(x) {
                        c.push(x.clone());
                    }
                }
            }
            c
        };
        let sent = &doc.sentences[si];
        if std::env::var_os("ACTA_DEBUG_EVENTS").is_some() {
            for q in &preds {
                eprintln!(
                    "[{si}] {} code={:?} neg={} mod={:?} supp={} speaker={:?} rule={:?}",
                    s.toks[q.p].text,
                    q.code,
                    q.negated,
                    q.modality,
                    q.suppressed,
                    q.speaker,
                    q.rule
                );
            }
        }
        let mut out = Vec::new();
        // the predicate of each event in `out`
        let mut from: Vec<usize> = Vec::new();
        let mut prev = 0;
        for q in &preds {
            from.resize(out.len(), prev);
            prev = q.p;
            let Some(code) = q.code.clone() else { continue };
            if q.suppressed {
                continue;
            }
            let mut src = self.sources(s, &np, q, &preds, state, si);
            let mut tgt = self.targets(s, &np, q, &preds, state, si, &src);
            if q.reversed {
                std::mem::swap(&mut src, &mut tgt);
            }
            // an act of force done by a weapon or an attack that names no actor ("A roadside
            // bombing killed one U.S. soldier", "three civilians were killed in a suicide car
            // bombing"): the attacker is unknown, and the act is coded with no source
            if src.is_empty()
                && !tgt.is_empty()
                && !q.reversed
                && self.unattributed_attack(s, &np, q)
            {
                // the attacker is then the country where the attack happens, when the clause
                // names one (`attack_place`)
                let here = attack_place(
                    doc,
                    si,
                    s,
                    q,
                    &tgt,
                    |h| self.rules.is("attempt_word", &s.lemma[h]),
                    |k| self.rules.is("remote_attack_word", &s.lemma[k]),
                );
                for b in &tgt {
                    out.push(self.event(
                        doc,
                        si,
                        s,
                        q,
                        &code,
                        here.as_ref(),
                        Some(b),
                        false,
                        &contexts,
                        tone,
                        sent,
                    ));
                }
                continue;
            }
            if src.is_empty() {
                continue;
            }
            // pairs: coordinated sources of a mutual act with nobody else act on each other,
            // one reciprocal record per pair ("Russia and Ukraine held talks"); otherwise one
            // event per source and target ("Russia and China condemned the attack": each
            // condemned it). Whether the act is mutual is the dictionary's word: its pattern
            // marks a compound subject (`%`), its two codes are the same (`[046:046]`: the
            // target does the same in return), or its code is one of the `reciprocal_event`
            // table of `rules.tsv` (meet, negotiate, cooperate, sign, fight)
            // (`reciprocal_bare` codes only with no object of their own that the pattern does
            // not name: "Government troops and rebels clashed" fight each other, "US and Iraqi
            // forces attacked the town" attacked the town)
            let own_object = s.kids_rel(q.p, &["obj"]).any(|o| !q.tokens.contains(&o));
            let in_table = |table: &str| self.rules.code_in(table, &code);
            let mutual = q.mutual
                || q.back
                    .as_ref()
                    .is_some_and(|(f, b)| f == &code && b == &code)
                || in_table("reciprocal_event")
                || (!own_object && in_table("reciprocal_bare"));
            let mut pairs: Vec<(Party, Option<Party>, bool)> = Vec::new();
            if tgt.is_empty() && src.len() > 1 && mutual {
                for a in 0..src.len() {
                    for b in a + 1..src.len() {
                        if src[a].code != src[b].code {
                            pairs.push((src[a].clone(), Some(src[b].clone()), true));
                        }
                    }
                }
                if pairs.is_empty() {
                    pairs.push((src[0].clone(), None, false));
                }
            } else if tgt.is_empty() {
                for a in &src {
                    if !pairs.iter().any(|x| x.0.code == a.code) {
                        pairs.push((a.clone(), None, false));
                    }
                }
            } else {
                // a target with the source's own code is the source again ("India renewed its
                // ties with Pakistan": "its" is India), unless it is the only one
                for a in &src {
                    let others: Vec<&Party> = tgt.iter().filter(|b| b.code != a.code).collect();
                    if others.is_empty() {
                        pairs.push((a.clone(), None, false));
                    }
                    for b in others {
                        pairs.push((a.clone(), Some(b.clone()), false));
                    }
                }
            }
            pairs.dedup_by(|x, y| {
                x.0.code == y.0.code
                    && x.1.as_ref().map(|p| &p.code) == y.1.as_ref().map(|p| &p.code)
            });
            // the return event of a two-code entry: "A hosted B" is also B visiting A. An
            // entry whose two codes are the same and that is not mutual by nature (fight,
            // shoot: not the `reciprocal_event` table) and names no words after the verb is
            // mutual only with no object the pattern does not name: "Russian missiles struck
            // the port of Odesa" (a pattern `&WEAPON *` written for "battle") did not make
            // Odesa strike back; "exchanged fire with", "killed three men in a gunbattle"
            // (patterns naming the mutual act) and "Troops battled" stay mutual
            let names_after = q.tokens.iter().any(|&t| t > q.p);
            let one_sided =
                |b: &str| b == code && own_object && !names_after && !in_table("reciprocal_event");
            let back = q
                .back
                .as_ref()
                .filter(|(fwd, b)| *fwd == code && !one_sided(b))
                .map(|(_, b)| b.clone());
            for (a, b, recip) in pairs {
                if recip {
                    if let Some(b) = &b {
                        state.last_pair = Some((a.clone(), b.clone(), si));
                    }
                }
                out.push(self.event(
                    doc,
                    si,
                    s,
                    q,
                    &code,
                    Some(&a),
                    b.as_ref(),
                    recip,
                    &contexts,
                    tone,
                    sent,
                ));
                // a place is where the act went, and does not host in return ("attend a summit
                // in Switzerland", "left for Beijing"), unless the verb acts on it directly
                // ("visited India": India hosts) or it stands for its government (a metonym)
                let as_place = b.as_ref().is_some_and(|b| {
                    let tk = &sent.tokens[b.head];
                    doc.places.iter().any(|pl| {
                        pl.sentence == si && !pl.metonym && pl.start < tk.end && tk.start < pl.end
                    })
                });
                let direct = !as_place
                    || b.as_ref().is_some_and(|b| {
                        let mut h = b.head;
                        while s.urel(h) == "conj" {
                            match s.head[h] {
                                Some(x) => h = x,
                                None => break,
                            }
                        }
                        s.head[h] == Some(q.p) && matches!(s.urel(h), "obj" | "iobj" | "nsubj")
                    });
                if let (Some(bc), Some(b), false, true) = (&back, &b, recip, direct) {
                    out.push(self.event(
                        doc,
                        si,
                        s,
                        q,
                        bc,
                        Some(b),
                        Some(&a),
                        false,
                        &contexts,
                        tone,
                        sent,
                    ));
                }
            }
        }
        from.resize(out.len(), prev);
        // the same act said twice, by a predicate and by its own infinitive ("India and
        // Pakistan met to discuss Kashmir": the meeting and the discussion are one 040 between
        // the two): the governing predicate's record stands for both. Not a clause describing
        // a noun: "controls territory, which Russia annexed" is two acts
        let infinitive_of = |c: usize, g: usize| {
            s.head[c] == Some(g)
                && matches!(s.urel(c), "xcomp" | "advcl")
                && s.mark_of(c).as_deref() == Some("to")
        };
        let key = |e: &Event| {
            let a = |p: &Option<Participant>| p.as_ref().and_then(|p| p.actor.clone());
            let (x, y) = (a(&e.source), a(&e.target));
            let (x, y) = if e.reciprocal && y < x {
                (y, x)
            } else {
                (x, y)
            };
            (
                x,
                y,
                e.cameo.clone(),
                e.reciprocal,
                e.negated,
                e.modality.clone(),
            )
        };
        let mut keep = vec![true; out.len()];
        for i in 0..out.len() {
            keep[i] = !(0..out.len()).any(|j| {
                keep[j] && j != i && infinitive_of(from[i], from[j]) && key(&out[j]) == key(&out[i])
            });
        }
        // a participle clause after a comma that follows a coded act (twenty-eighth round):
        // its result told again ("Insurgents bombarded a part of Aleppo overnight, killing at
        // least eight people": one attack, on what the main verb names, as the GigaWord and
        // PLOVER records code it), or the reason its doer gave ("dismissed an appeal ...,
        // saying they had lost all trust"; "challenged the award, claiming ...": a statement,
        // 01x, or the bare disapproval, 110, of a `reason_participle_word`; an accusation the
        // words make, 112, stays), or the same record again, is not an event of its own. An
        // act the clause adds ("declared a state of siege, ... arresting political opponents")
        // stays
        for i in 0..out.len() {
            if !keep[i] {
                continue;
            }
            let c = from[i];
            let heads = comma_clause_heads(s, c);
            let Some(g) = heads
                .into_iter()
                .find(|&g| (0..out.len()).any(|j| keep[j] && from[j] == g))
            else {
                continue;
            };
            let gov: Vec<usize> = (0..out.len())
                .filter(|&j| keep[j] && from[j] == g && !out[j].negated)
                .collect();
            let force = |e: &Event| self.rules.code_in("result_force_act", &e.cameo);
            let actor = |p: &Option<Participant>| p.as_ref().and_then(|p| p.actor.clone());
            let result = force(&out[i]) || self.rules.is("result_participle_word", &s.lemma[c]);
            if result && gov.iter().any(|&j| force(&out[j])) {
                // one act: the governing verb's record stands, unless it names no target and
                // the result does ("Rebels attacked overnight, killing six soldiers")
                let untargeted = gov
                    .iter()
                    .filter(|&&j| force(&out[j]))
                    .all(|&j| out[j].target.is_none());
                if untargeted && force(&out[i]) && out[i].target.is_some() {
                    for &j in &gov {
                        if force(&out[j]) {
                            keep[j] = false;
                        }
                    }
                } else {
                    keep[i] = false;
                }
            } else if self.rules.is("course_participle_word", &s.lemma[c]) && !gov.is_empty() {
                // a course of action the act widens or carries on ("launched an air strike
                // ..., expanding its campaign against the militant group"; "shelled Kharkiv,
                // escalating its offensive"): the act it follows, told again (thirtieth round)
                keep[i] = false;
            } else if (self.rules.is("reason_participle_word", &s.lemma[c])
                && (out[i].cameo.starts_with("01") || out[i].cameo == "110"))
                && gov
                    .iter()
                    .any(|&j| actor(&out[j].source) == actor(&out[i].source))
                || gov.iter().any(|&j| key(&out[j]) == key(&out[i]))
            {
                keep[i] = false;
            }
        }
        let mut keep = keep.into_iter();
        out.retain(|_| keep.next().unwrap_or(true));
        out
    }

    #[allow(clippy::too_many_arguments)]
    fn event(
        &self,
        doc: &Document,
        si: usize,
        s: &Sent,
        q: &Pred,
        code: &str,
        a: Option<&Party>,
        b: Option<&Party>,
        reciprocal: bool,
        contexts: &[String],
        tone: Option<f64>,
        sent: &acta_core::Sentence,
    ) -> Event {
        let part = |x: &Party| {
            let start = sent.tokens[x.first].start;
            let end = sent.tokens[x.last].end;
            Participant {
                text: doc.text.get(start..end).unwrap_or("").to_string(),
                actor: Some(x.code.clone()),
                entity: x.entity.clone(),
                start,
                end,
            }
        };
        let info = self.codes.get(code);
        // evidence: the verb with its auxiliaries, negation, particles and the pattern's words,
        // kept to the predicate's clause
        let clause = s.clause(q.p);
        let mut toks: Vec<usize> = q
            .tokens
            .iter()
            .copied()
            .filter(|t| clause.contains(t) || *t == q.p)
            .collect();
        toks.sort_unstable();
        let (lo, hi) = (
            toks.first().copied().unwrap_or(q.p),
            toks.last().copied().unwrap_or(q.p),
        );
        let (es, ee) = (sent.tokens[lo].start, sent.tokens[hi].end);
        let location = self.location.and_then(|f| f(doc, si, (es, ee)));
        // an agent with no country ("the rebels", "demonstrators", "police") belongs to the
        // country the act happens in: "Rebels in the Ivory Coast blocked transport into
        // Abidjan", "Demonstrators in Baghdad blocked a road" (built-in actors only: a user's
        // dictionary may code invented countries)
        let home = location
            .as_ref()
            .filter(|_| self.entities)
            .and_then(|l| l.country.clone())
            .filter(|c| c.len() == 3);
        let part = |x: &Party, home: &Option<String>| {
            let mut p = part(x);
            if let (Some(c), Some(code)) = (home, &mut p.actor) {
                in_country(code, c);
            }
            p
        };
        let source = a.map(|a| part(a, &home));
        // the country of a source that is a country's actor ("Egyptian police")
        let src_country = source
            .as_ref()
            .and_then(|x| x.actor.as_deref())
            .and_then(|c| c.get(..3))
            .filter(|c| self.entities && self.countries.get(c).is_some())
            .map(str::to_string);
        // a society's own groups (`home_role`: demonstrators, civilians, workers, students)
        // acted on by a country's actor with no place stated are that country's: "Egyptian
        // police opened fire to disperse demonstrators" → EGYCOP → EGYOPP; a soldier's or a
        // government's target ("military aid", "the removal of the president") is not;
        // and so is whatever a country's domestic actor (`home_source`: judges, police, rebels,
        // opposition, a society's own groups) acts on with no country of its own: "An Argentine
        // judge ordered former president Carlos Menem to appear" → ARGJUD → ARGELI. Soldiers
        // are not assumed theirs: armies fight abroad ("government forces" in a war with
        // foreign ones), as troops keep the context elsewhere
        let domestic = src_country.is_some()
            && source
                .as_ref()
                .and_then(|x| x.actor.as_deref())
                .and_then(|c| c.get(3..6))
                .is_some_and(|r| self.rules.is("home_source", &r.to_ascii_lowercase()));
        let target = b.map(|x| {
            let role = x.code.strip_prefix("---").and_then(|r| r.get(..3));
            let home = match role {
                Some(r)
                    if home.is_none()
                        && ((domestic && r != "MIL")
                            || self.rules.is("home_role", &r.to_lowercase())) =>
                {
                    src_country.clone()
                }
                _ => home.clone(),
            };
            part(x, &home)
        });
        // an act of protest (`home_event`: CAMEO 14x) with no target is aimed at the country
        // it happens in, else the protesters' own ("Egyptian demonstrators rioted" → EGY), as
        // CAMEO coders record it; the target has no words of its own (an empty span)
        let target = target.or_else(|| {
            let aimed = self.rules.code_in("home_event", code);
            (aimed && !reciprocal)
                .then(|| home.clone().or(src_country.clone()))
                .flatten()
                .map(|c| Participant {
                    text: String::new(),
                    actor: Some(c),
                    entity: None,
                    start: es,
                    end: es,
                })
        });
        Event {
            id: String::new(),
            sentence: si,
            source,
            target,
            cameo: code.to_string(),
            cameo_root: code.get(..2).unwrap_or(code).to_string(),
            quad_class: info.map(|i| i.quad).unwrap_or(0),
            goldstein: info.map(|i| i.goldstein).unwrap_or(0.0),
            plover: self.codes.plover(&self.plover_code(code, q), contexts),
            date: self.date_for(doc, si, s, q),
            location,
            negated: q.negated,
            modality: q.modality.as_str().to_string(),
            evidence: Evidence {
                text: doc.text.get(es..ee).unwrap_or("").to_string(),
                start: es,
                end: ee,
            },
            tone,
            rule: Some(q.rule.join("; ")),
            reciprocal,
        }
    }

    /// The CAMEO code whose PLOVER type an event takes. PLOVER has no intent codes of its own:
    /// a promise or offer to cooperate is AGREE and a declared intention of conflict is
    /// THREATEN. So an act in the future tense or under a word of intent (modality `intended`,
    /// not negated), whose CAMEO code stays the act's own, takes the PLOVER type of CAMEO's
    /// intent code for it (the `intent` table of `rules.tsv`): "Finland will give Tanzania a
    /// grant" is `cameo` 071 with `modality: "intended"` and PLOVER AGREE (through 0331);
    /// "Iran will attack Israel" 190 and THREATEN (through 1384). Acts with no intent code
    /// ("will accuse", 112) keep their own type.
    fn plover_code(&self, code: &str, q: &Pred) -> String {
        if q.modality == Modality::Intended && !q.negated {
            if let Some(c) = self.rules.intent(code) {
                return c;
            }
        }
        code.to_string()
    }

    /// The date of the clause: a temporal expression among the predicate's clause tokens (and
    /// its participial adverbials: "Speaking ... on 1/9, Putin accused"), nearest the verb;
    /// else the publication date, assumed.
    fn date_for(&self, doc: &Document, si: usize, s: &Sent, q: &Pred) -> WhenDate {
        let sent = &doc.sentences[si];
        let mut toks = s.clause(q.p);
        for k in s.kids_rel(q.p, &["advcl"]).collect::<Vec<_>>() {
            if !s.has_own_subject(k) {
                let (lo, hi) = s.span(k);
                toks.extend((lo..=hi).filter(|&t| s.under(t, k)));
            }
        }
        let vpos = sent.tokens[q.p].start;
        let mut best: Option<(usize, usize)> = None; // distance, date index
        for (di, d) in doc.dates.iter().enumerate() {
            if d.sentence != si
                || !matches!(d.kind.as_str(), "date" | "range")
                || d.precision.is_none()
            {
                continue;
            }
            let inside = toks.iter().any(|&t| {
                let tk = &sent.tokens[t];
                tk.start < d.end && tk.end > d.start
            });
            if !inside {
                continue;
            }
            let dist = d.start.abs_diff(vpos);
            if best.is_none_or(|b| dist < b.0) {
                best = Some((dist, di));
            }
        }
        match best {
            Some((_, di)) => {
                let d = &doc.dates[di];
                WhenDate {
                    value: Some(d.value.clone()),
                    precision: d.precision.clone(),
                    stated: true,
                    date: Some(di),
                }
            }
            None => WhenDate {
                value: doc
                    .article
                    .published
                    .as_ref()
                    .map(|p| p.get(..10).unwrap_or(p).to_string()),
                precision: doc.article.published.as_ref().map(|_| "day".to_string()),
                stated: false,
                date: None,
            },
        }
    }
}

/// The verb that participle `p` follows when the parser gave it a subject across a comma:
/// `p` an -ing form (VBG) with no auxiliary, its subject before it with a comma between; the
/// governor is the first verb among `p`'s heads (the participle hangs on a noun of its clause).
fn comma_participle_governor(s: &Sent, p: usize) -> Option<usize> {
    if s.xpos(p) != "VBG" || s.kid_rel(p, &["aux", "aux:pass"]).is_some() {
        return None;
    }
    let sj = s.subject_child(p).filter(|&sj| sj < p)?;
    if !(sj + 1..p).any(|t| s.toks[t].text == ",") {
        return None;
    }
    let mut at = p;
    for _ in 0..8 {
        at = s.head[at]?;
        if s.is_verb(at) {
            return Some(at);
        }
    }
    None
}

/// A role with no country (`---ROLE`) put in country `c`: `CCCROLE`; any other code stays.
fn in_country(code: &mut String, c: &str) {
    if let Some(role) = code.strip_prefix("---") {
        *code = format!("{c}{role}");
    }
}

/// Whether a pattern's word lies in the `of` phrase of another noun that is an oblique of the
/// verb: "made his remarks in Doha *at the start of a regional trip*" is no MAKE * TRIP (036),
/// "won an order *for 40 of its jets*" no OBTAIN * &AIRCRAFT (072). The oblique's noun (start,
/// eve, a number) frames when, where or how much; the pattern's noun is not what was done.
/// A noun that is the oblique itself ("provided 20 million euros *in food aid*"), a phrase
/// whose preposition the pattern names (`(AT ^)`), an object's `of` phrase ("accepted a team
/// of UN weapons inspectors") and an actor (`+`) stay (thirty-fifth round).
fn framed_pattern_word(s: &Sent, m: &Mentions, p: usize, tokens: &[usize]) -> bool {
    tokens.iter().any(|&t| {
        if !matches!(s.upos(t), "NOUN" | "PROPN") || m.at(t).is_some() {
            return false;
        }
        let named = |x: usize| s.kids_rel(x, &["case"]).any(|c| tokens.contains(&c));
        let mut at = t;
        let mut nested = false;
        for _ in 0..6 {
            let Some(h) = s.head[at] else { return false };
            let rel = s.urel(at);
            if h == p {
                return rel == "obl" && nested && !named(at);
            }
            match rel {
                "nmod" if !named(at) && s.case_of(at).as_deref() == Some("of") => nested = true,
                "compound" | "amod" | "flat" => {}
                _ => return false,
            }
            at = h;
        }
        false
    })
}

/// The verbs a participle clause after a comma follows (twenty-eighth round), nearest first:
/// `p` an -ing form (VBG) with no auxiliary, right after a comma (adverbs between: ", later
/// revealing"), with no subject of its own or one the parser gave it across the comma
/// (`comma_participle_governor`; also a subordinator it gave it there, "near the city Goma
/// yesterday, killing" with "near" its `mark`), or a conjunct of such a participle ("killing
/// or wounding 50"); its heads that are verbs before it. Empty for any other predicate:
/// "retaliated by cutting" (no comma), "with analyst David Strauss saying" (a subject), ",
/// before allowing" (a subordinator after the comma).
fn comma_clause_heads(s: &Sent, p: usize) -> Vec<usize> {
    let mut p0 = p;
    if s.urel(p) == "conj" {
        match s.head[p] {
            Some(h) if h < p && s.xpos(h) == "VBG" => p0 = h,
            _ => {}
        }
    }
    if s.xpos(p0) != "VBG" || s.kid_rel(p0, &["aux", "aux:pass"]).is_some() {
        return Vec::new();
    }
    if comma_participle_governor(s, p0).is_none() && s.subject_child(p0).is_some() {
        return Vec::new();
    }
    let mut k = p0;
    loop {
        if k == 0 {
            return Vec::new();
        }
        k -= 1;
        if s.upos(k) != "ADV" {
            break;
        }
    }
    if s.toks[k].text != "," {
        return Vec::new();
    }
    let mut out = Vec::new();
    let mut at = p0;
    for _ in 0..8 {
        match s.head[at] {
            Some(h) => at = h,
            None => break,
        }
        if s.is_verb(at) && at < p0 {
            out.push(at);
        }
    }
    // a sentence the parser left without a verb ("A passenger jet crashed near Lagos, killing
    // all 96 people", with "crashed" and "killing" both modifiers of the root "jet"): the verb
    // read as a modifier of the root before the participle
    if s.head[at].is_none() && !s.is_verb(at) {
        out.extend(
            s.kids_rel(at, &["acl"])
                .filter(|&v| v < p0 && s.is_verb(v))
                .collect::<Vec<_>>()
                .into_iter()
                .rev(),
        );
    }
    out
}

/// The heads of clauses that recall an earlier event as a time anchor: a duration, then "after"
/// or "since", then a clause ("two weeks after Al-Qaeda-linked rebels kidnapped ...", "one day
/// after a Serbian army jet shot down ...", "days since the army seized ..."). Read from the
/// words, since parsers hang such clauses anywhere (an adverbial of the stop, a complement of
/// a trailing "..., a correspondent said", a noun "shot" with "down" its preposition): the
/// first verb after "after", with no clause punctuation between.
fn recalled_clauses(s: &Sent) -> Vec<usize> {
    const UNITS: &[&str] = &[
        "hour", "hours", "day", "days", "week", "weeks", "month", "months", "year", "years",
        "decade", "decades",
    ];
    let mut out = Vec::new();
    for i in 1..s.len() {
        if !matches!(s.nw[i].as_str(), "after" | "since") || !UNITS.contains(&s.nw[i - 1].as_str())
        {
            continue;
        }
        // a duration: "two weeks", "a day", "several months", "48 hours"
        let counted = i >= 2
            && (matches!(s.upos(i - 2), "NUM" | "DET")
                || matches!(s.nw[i - 2].as_str(), "several" | "few" | "many"));
        if !counted {
            continue;
        }
        let v = (i + 1..s.len())
            .take_while(|&k| !matches!(s.toks[k].text.as_str(), "," | ";" | ":"))
            // ("Al-Qaeda-linked rebels": a participle modifying a noun is no clause)
            .find(|&k| s.is_verb(k) && s.urel(k) != "amod");
        if let Some(v) = v {
            out.push(v);
        }
    }
    out
}

/// Relative clauses that describe a participant rather than report news (twenty-fifth
/// round): a clause on a noun that is not a subject, whose subject is the relative pronoun,
/// in the present perfect or the simple present, with no date of its own ("expanding its
/// campaign against the militant group that has seized parts of Iraq and Syria", "sanctions
/// on the militia that controls the port"). Such a clause names the group by what it has
/// done or does; the act was news on its own day. A past act with its date ("Crimea, which
/// Russia annexed in 2014": the pronoun is the object), a relative clause on the subject
/// ("The group that has claimed the attack said ...") and a clause in the past tense ("the
/// rebels who seized the town") stay coded.
fn background_relatives(s: &Sent) -> Vec<usize> {
    (0..s.len())
        .filter(|&p| {
            s.rel(p) == "acl:relcl"
                && s.subject_child(p).is_some_and(|x| s.is_relative(x))
                && s.head[p].is_some_and(|h| !s.urel(h).starts_with("nsubj") && s.head[h].is_some())
                && ((s.xpos(p) == "VBN"
                    && s.kids_rel(p, &["aux"])
                        .any(|k| s.lemma[k] == "have" && matches!(s.xpos(k), "VBZ" | "VBP")))
                    || (matches!(s.xpos(p), "VBZ" | "VBP") && s.kid_rel(p, &["aux"]).is_none()))
                && !s.clause(p).iter().any(|&t| s.date[t])
        })
        .collect()
}

/// The verb coordinated with `p` whose object a preposition of `p`'s stranded before the
/// coordinator shares ("established ties **with and** opened an embassy in Tehran": `opened`):
/// a preposition after `p` followed right away by "and" or "or" that the next conjunct, a verb
/// that is a `conj` of `p`, governs. "Talks to and from Gaza" (no verb) and "established ties
/// with Iran and opened an embassy" (the preposition has its object) give none.
fn stranded_conjunct(s: &Sent, p: usize) -> Option<usize> {
    (p + 1..s.len().saturating_sub(1)).find_map(|k| {
        if s.upos(k) != "ADP" || s.upos(k + 1) != "CCONJ" {
            return None;
        }
        let c = s.head[k + 1]?;
        (c > k + 1 && s.is_verb(c) && s.urel(c) == "conj" && s.head[c] == Some(p)).then_some(c)
    })
}

/// The subject of a condition ("if the United States goes ahead", "unless Baghdad accepted")
/// on the predicate at `p` or on the verb that governs it through an infinitive ("threatened
/// to hold a strike unless Israel rescinded ..."), when the condition is that predicate's own:
/// its clause hangs on the governor through infinitives and complements only. The tree's subject of the
/// condition's verb; with a parse that lost the clause ("if Hamas, which ..., ran" with
/// "Hamas" a `dep`), the first actor between the subordinator and the next verb or comma.
fn condition_subject(s: &Sent, np: &NpCoder, p: usize) -> Option<usize> {
    let infinitive = |x: usize| {
        s.urel(x) == "xcomp" || s.urel(x) == "advcl" && s.mark_of(x).as_deref() == Some("to")
    };
    let mut top = p;
    while infinitive(top) {
        match s.head[top] {
            Some(h) => top = h,
            None => break,
        }
    }
    for m in (p + 1)..s.len() {
        if !matches!(s.lemma[m].to_lowercase().as_str(), "if" | "unless") {
            continue;
        }
        let Some(v) = s.head[m] else { continue };
        // the condition's clause hangs on the predicate or its governor through infinitives
        let mut x = v;
        let mut ok = false;
        for _ in 0..s.len() {
            if x == top {
                ok = true;
                break;
            }
            // (or the threat's complement: "warned that it would close the border unless
            // Kosovo lifts the ban")
            if x != v && !infinitive(x) && s.urel(x) != "ccomp" {
                break;
            }
            match s.head[x] {
                Some(h) => x = h,
                None => break,
            }
        }
        if !ok {
            return None;
        }
        if v != top && v > m {
            if let Some(sj) = s.subject_child(v).filter(|&j| j > m) {
                return Some(sj);
            }
        }
        return ((m + 1)..s.len())
            .take_while(|&x| !s.is_verb(x) && s.upos(x) != "PUNCT")
            .find(|&x| np.m.at(x).is_some())
            .map(|x| np.m.head_of(s, x));
    }
    None
}

/// The purpose clauses of the predicate at `p`: an infinitive with "to" and no subject of its
/// own that the parser hung on the verb after it ("opened fire to disperse the crowd"), or,
/// for an act named by a noun, on the verb whose object it is ("began a hunger strike outside
/// parliament to demand ...").
fn purpose_clauses(s: &Sent, p: usize) -> Vec<usize> {
    let mut heads = vec![p];
    if s.urel(p) == "obj" {
        heads.extend(s.head[p]);
    }
    heads
        .into_iter()
        .flat_map(|h| s.kids_rel(h, &["advcl"]).collect::<Vec<_>>())
        .filter(|&c| {
            c > p
                && s.mark_of(c).as_deref() == Some("to")
                && s.xpos(c) == "VB"
                && !s.has_own_subject(c)
        })
        .collect()
}

/// The subject of a clause opened by a subordinator that the parser read as a preposition:
/// "The release came as Israel announced it would free ..." parsed with "as Israel" an
/// oblique of "came" and "announced" a clause of its own with no subject. The oblique of the
/// governing verb `h` whose preposition is a subordinator and whose phrase ends right before
/// the finite verb `v` is `v`'s subject.
fn subordinate_subject(s: &Sent, v: usize, h: usize) -> Option<usize> {
    // (a coordinated verb shares its subject: "Russia acted as a mediator and hosted ...")
    if !matches!(s.urel(v), "advcl" | "parataxis" | "conj" | "ccomp")
        || !(matches!(s.xpos(v), "VBD" | "VBZ" | "VBP") || past_read_as_participle(s, v))
        || s.kid_rel(v, &["cc"]).is_some()
    {
        return None;
    }
    s.kids_rel(h, &["obl"]).find(|&n| {
        n < v
            && matches!(s.upos(n), "NOUN" | "PROPN")
            && subordinator_case(s, n)
            // the phrase runs up to the verb: only its own words, or the verb's, between
            && (n + 1..v).all(|t| {
                s.toks[t].text != "," && (s.under(t, n) || s.head[t] == Some(v))
            })
    })
}

/// Whether nominal `n` has a subordinator for its preposition ("as the US leader"): a clause's
/// subject that the parser read as a prepositional phrase.
fn subordinator_case(s: &Sent, n: usize) -> bool {
    const SUBORDINATORS: &[&str] = &["as", "while", "when", "after", "before", "because", "until"];
    s.kids_rel(n, &["case"])
        .any(|c| c < n && SUBORDINATORS.contains(&s.lemma[c].as_str()))
}

/// A regular verb's past tense that the tagger read as its participle (the two forms are one
/// in -ed): "as the US leader prepared to attend", with "prepared" VBN. It is the finite verb
/// of its clause when nothing marks a passive or a perfect (no auxiliary, no `by`-agent) and it
/// has a complement a passive participle does not take here: an object, an infinitive or a
/// clause ("the summit prepared by the ministers" has an agent; "the troops deployed in the
/// south" none of these). The parser may then hang it on the subject's noun as a reduced
/// relative ("as the French leader prepared to attend", with "prepared" an `acl` of
/// "leader"): after a subordinator read as a preposition, that noun is its subject all the
/// same.
fn past_read_as_participle(s: &Sent, v: usize) -> bool {
    s.xpos(v) == "VBN"
        && s.nw[v].ends_with("ed")
        && s.kid_rel(v, &["aux", "aux:pass", "obl:agent", "nsubj:pass"])
            .is_none()
        && s.kids[v].iter().any(|&k| {
            matches!(s.urel(k), "obj" | "xcomp" | "ccomp")
                || (s.urel(k) == "advcl" && k > v && s.mark_of(k).as_deref() == Some("to"))
        })
}

/// The words of a passive's subject before the verb, in text order, for the patterns: the
/// active verb's object ("Evidence against Russia was presented by the US", "Sanctions on
/// Iran were imposed by the council"). A subject with an auxiliary of the passive ("was
/// presented"), not a reduced relative ("the evidence presented by the US", where the noun
/// is described, not the subject of a clause). The subject's words up to its head noun only:
/// a phrase after the head belongs to the noun, not to the verb, and must not pass for a
/// pattern's prepositional phrase ("A camp for refugees was attacked by militiamen" is no
/// `* (for)`, the "attacked X for" of criticism). Empty when the verb is not such a passive.
fn passive_object(s: &Sent, p: usize, clause: &[usize]) -> Vec<usize> {
    let Some(x) = s.kid_rel(p, &["nsubj:pass"]) else {
        return Vec::new();
    };
    if x > p || s.kid_rel(p, &["aux:pass"]).is_none() {
        return Vec::new();
    }
    clause
        .iter()
        .copied()
        .filter(|&t| t <= x && !s.nw[t].is_empty() && s.under(t, x))
        .collect()
}

/// The object the parser split off a verb at commas between its adjectives ("restore
/// complete, full diplomatic ties with Gondor" read with "complete" a predicate adjective and
/// "ties" a conjunct elsewhere): with no object of its own, the noun that the verb's next words
/// (adjectives, determiners, numbers, adverbs, commas between adjectives) lead to, when a
/// comma between adjectives was crossed and the parser hung the noun outside the verb's phrase.
fn split_object(s: &Sent, p: usize) -> Option<usize> {
    if s.kid_rel(p, &["obj"]).is_some() {
        return None;
    }
    let mut comma = false;
    let mut x = p + 1;
    while x < s.len() {
        match s.upos(x) {
            "ADJ" | "DET" | "NUM" | "ADV" => {}
            "PUNCT" if s.toks[x].text == "," => {
                let adj = |t: usize| t < s.len() && s.upos(t) == "ADJ";
                if !(adj(x - 1) && adj(x + 1)) {
                    return None;
                }
                comma = true;
            }
            "NOUN" | "PROPN" => {
                // hung outside the verb's phrase, or as a conjunct of the verb itself
                let outside = !s.under(x, p) || (s.head[x] == Some(p) && s.urel(x) == "conj");
                return (comma
                    && outside
                    && !s.has_own_subject(x)
                    && !matches!(s.urel(x), "nsubj" | "nsubj:pass"))
                .then_some(x);
            }
            _ => return None,
        }
        x += 1;
    }
    None
}

/// A reduced clause that describes a noun and belongs to its phrase: a participle ("the roads
/// leading into Mordor", "memos sent by Bree") or an infinitive ("efforts to stop the parade")
/// with no subject, auxiliary or subordinator of its own, attached to a noun. A relative clause
/// with its own subject ("the memo that Bree sent") and a finite clause are clauses of their
/// own; so is a participle after a subordinator ("the plan after meeting with China").
fn noun_modifier_clause(s: &Sent, x: usize) -> bool {
    s.urel(x) == "acl"
        // (or of a number or pronoun that heads a noun phrase: "one of its gunboats ...,
        // disputed by Argentina and Chile", "those arrested by soldiers"; thirty-seventh round)
        && s.head[x].is_some_and(|h| matches!(s.upos(h), "NOUN" | "PROPN" | "NUM" | "PRON"))
        && match s.mark_of(x).as_deref() {
            // "criticized the plan after meeting with China": a subordinator makes it adverbial
            None => matches!(s.xpos(x), "VBG" | "VBN"),
            Some("to") => s.xpos(x) == "VB",
            Some(_) => false,
        }
        && !s.has_own_subject(x)
        && s.kid_rel(x, &["aux", "aux:pass", "nsubj:pass"]).is_none()
}

/// A past participle (VBN) that describes a noun, with no subject, auxiliary or subordinator of
/// its own (`noun_modifier_clause`), in the clause of a verb above it ("at a lunch hosted by the
/// ambassador", "a military aid program for Bosnia aimed at bringing ..."): a reduced relative,
/// not an act the sentence reports.
fn reduced_relative(s: &Sent, p: usize) -> bool {
    if s.xpos(p) != "VBN" || !noun_modifier_clause(s, p) {
        return false;
    }
    let mut at = p;
    for _ in 0..12 {
        match s.head[at] {
            Some(h) => at = h,
            None => return false,
        }
        if s.is_verb(at) {
            return true;
        }
    }
    false
}

/// A participle that modifies a noun as an adjective: hyphenated ("Al Qaeda-linked",
/// "government-held", "UK-based"), after a determiner, adjective or adverb ("the newly
/// elected president"), or after a number or possessor of the same noun ("the two exiled
/// dissidents", "their kidnapped colleagues", "Egypt's jailed activists"). One after a noun,
/// or after a number that belongs elsewhere, is more often a verb the parser lost ("Trump on
/// 2/9 expressed ...").
fn adjectival_participle(s: &Sent, p: usize) -> bool {
    if s.toks[p].text.contains('-') {
        return true;
    }
    let Some(b) = p.checked_sub(1) else {
        return true;
    };
    if s.toks[b].text == "-" || matches!(s.upos(b), "DET" | "ADJ" | "ADV") {
        return true;
    }
    // the noun the participle describes also owns the word before it
    let noun = s.head[p];
    let owned_by_noun = |w: usize| noun.is_some() && s.head[w] == noun;
    match s.rel(b) {
        "nummod" | "nmod:poss" => owned_by_noun(b),
        // the possessive ending of a possessor of the noun
        "case" => {
            s.upos(b) == "PART"
                && s.head[b].is_some_and(|o| owned_by_noun(o) && s.rel(o) == "nmod:poss")
        }
        _ => false,
    }
}

/// "Students protested in Dhaka.", "Thousands of workers marched ...", "Israeli troops
/// remained on alert": the tagger reads the verb after a plural noun as a participle, and the
/// sentence is left with a noun for its root and no verb but the participle. A protest (CAMEO
/// 14x) takes no object, nor does a verb that has no passive (the `no_passive_word` table of
/// `rules.tsv`: remain, stay, flee, surrender, ...), so the passive reading makes no sense: the
/// root noun is who acted. Returns that noun.
fn verbless_clause(s: &Sent, pred: &Pred, rules: &Rules) -> Option<usize> {
    let p = pred.p;
    let h = s.head[p]?;
    let no_object = pred.code.as_deref().is_some_and(|c| c.starts_with("14"))
        || rules.is("no_passive_word", &s.lemma[p]);
    (no_object
        && !pred.nominal
        && s.urel(p) == "acl"
        && s.head[h].is_none()
        && h < p
        && s.agent(p).is_none()
        && s.kid_rel(p, &["aux", "nsubj", "obj"]).is_none()
        // no other verb in the sentence
        && (0..s.len()).all(|t| t == p || !s.is_verb(t) || s.under(t, p)))
    .then_some(h)
}

/// Whether predicate `q` is what speech predicate `sp` says, not a description inside it:
/// the path up from `q` to the speech verb (or to the clause the speech verb hangs on, for
/// "..., X said") runs through clauses only (complements, coordination, infinitives), not
/// through a noun ("victims killed by the crash", "a report released Tuesday").
fn on_spine(s: &Sent, q: usize, sp: usize) -> bool {
    let mut at = q;
    for _ in 0..s.len() {
        if at == sp || s.head[sp] == Some(at) {
            return true;
        }
        if !s.is_verb(at) && at != q {
            // a nominal clause head ("was in direct contact") is still a clause
            if s.kid_rel(at, &["nsubj", "cop"]).is_none() {
                return false;
            }
        }
        match s.urel(at) {
            "ccomp" | "conj" | "xcomp" | "parataxis" | "root" => {}
            _ => return false,
        }
        match s.head[at] {
            Some(h) => at = h,
            None => return true,
        }
    }
    false
}

/// Whether verb `p` is a premodifier inside a mention of the actors stage: not its first word,
/// and a noun of the mention follows it. The actors stage reads the words as one phrase
/// ("the two exiled dissidents", "three wounded protesters") even when the parser made the
/// participle a clause of its own.
fn inside_entity_phrase(s: &Sent, m: &Mentions, p: usize) -> bool {
    m.at(p).is_some_and(|x| {
        matches!(x.kind, MentionKind::Entity(..))
            && x.start < p
            && s.is_verb(p)
            && (p + 1..x.end).any(|t| matches!(s.upos(t), "NOUN" | "PROPN"))
    })
}

/// A verb the parse attaches as if it were not a predicate (an adjective, a compound):
/// tree roles are useless, the surface order is all there is.
fn misparsed(s: &Sent, p: usize) -> bool {
    s.is_verb(p)
        && !matches!(
            s.urel(p),
            "root" | "conj" | "ccomp" | "xcomp" | "advcl" | "acl" | "parataxis" | "csubj" | "list"
        )
        && matches!(s.xpos(p), "VBD" | "VBZ" | "VBP" | "VBN")
}

impl Modality {
    fn max_with(self, o: Modality) -> Modality {
        match (self, o) {
            (Modality::Hypothetical, _) | (_, Modality::Hypothetical) => Modality::Hypothetical,
            (Modality::Intended, _) | (_, Modality::Intended) => Modality::Intended,
            _ => Modality::Asserted,
        }
    }
}

/// Prepositions that say where an act happens, for `attack_place`.
const WHERE: &[&str] = &[
    "in",
    "at",
    "near",
    "outside",
    "inside",
    "around",
    "across",
    "throughout",
    "within",
    "along",
];

/// Where an attack that names no attacker happens, as its source: the country of the places
/// (of the places stage) that a preposition of place puts in the attack's clause ("A roadside
/// bombing near the town of Samarra killed one U.S. soldier" → IRQ; "killed by an improvised
/// explosive device outside of the Iraqi city of Basra" → IRQ; "An attempt to assassinate the
/// governor was thwarted in Khanty-Mansiysk" → RUS), as ICEWS codes an unidentified attacker
/// by the country of the attack and the PLOVER records' coders write it. Only when every such
/// place is of one country; a place inside a target ("one U.S. soldier"), one only a
/// reporting or other clause names ("officials in Nairobi said") and one reached by "from"
/// or "to" give none, and without a place the source stays empty. Nor does an attack from the
/// air or from afar (`remote_attack_word`: airstrikes, missiles, shelling), whose place is
/// where it landed.
fn attack_place(
    doc: &Document,
    si: usize,
    s: &Sent,
    q: &Pred,
    targets: &[Party],
    attempt_word: impl Fn(usize) -> bool,
    remote_attack_word: impl Fn(usize) -> bool,
) -> Option<Party> {
    // the attack's clause: the predicate, or for an attempt's infinitive ("An attempt to
    // assassinate X was thwarted in Y") the clause the attempt noun stands in
    let mut top = q.p;
    if s.urel(q.p) == "acl" {
        if let Some(h) = s.head[q.p].filter(|&h| attempt_word(h)) {
            if let Some(hh) = s.head[h] {
                top = hh;
            }
        }
    }
    // whether `x` reaches `top` through the clause's own arguments and coordinated verbs
    let in_clause = |mut x: usize| {
        for _ in 0..s.len() + 1 {
            if x == top {
                return true;
            }
            if matches!(
                s.urel(x),
                "parataxis" | "ccomp" | "advcl" | "acl" | "csubj" | "xcomp"
            ) || matches!(s.rel(x), "acl:relcl")
            {
                return false;
            }
            match s.head[x] {
                Some(h) => x = h,
                None => return false,
            }
        }
        false
    };
    // an attack from the air or from afar ("An airstrike killed 12 civilians in Gaza", "killed
    // in missile strikes on Kyiv", "artillery shelling"): the place is the victims', not the
    // attacker's, so it gives no source
    if (0..s.len()).any(|k| remote_attack_word(k) && in_clause(k)) {
        return None;
    }
    let mut found: Option<Party> = None;
    for (a, b, country) in place_tokens(doc, si) {
        if targets.iter().any(|t| a <= t.last && t.first < b) {
            continue;
        }
        // the place's head: its token whose head lies outside it
        let Some(head) = (a..b).find(|&k| s.head[k].is_none_or(|h| h < a || h >= b)) else {
            continue;
        };
        // up through "the town of", "the Iraqi city of", an apposition, to the preposition
        let mut x = head;
        let mut placed = false;
        for _ in 0..4 {
            match s.case_of(x).as_deref() {
                Some(c) if WHERE.contains(&c) => {
                    placed = true;
                    break;
                }
                Some("of") | None
                    if matches!(s.urel(x), "nmod" | "appos" | "flat" | "compound") =>
                {
                    match s.head[x] {
                        Some(h) => x = h,
                        None => break,
                    }
                }
                _ => break,
            }
        }
        if !placed || !in_clause(x) {
            continue;
        }
        match &found {
            Some(f) if f.code != country => return None,
            Some(_) => {}
            None => {
                found = Some(Party {
                    code: country,
                    head,
                    first: a,
                    last: b - 1,
                    entity: None,
                })
            }
        }
    }
    found
}
