//! Who a speaker is: the mention as written ("He", "the Russian foreign minister",
//! "Moscow") resolved to a person, organisation or government with its actor code.
//!
//! With the actors stage's entities on the document, the entity whose mention covers the
//! speaker phrase answers (its coreference already links "He" and "the Russian foreign
//! minister" to Sergey Lavrov). Without them, a small resolver does what it can, in order:
//! 1. a pronoun ("he", "she", "they", "it") takes the most recent compatible speaker or
//!    named subject before it (a person for he/she, an organisation or state for it/they);
//! 2. a definite description ("the Russian foreign minister") takes the most recent one
//!    whose mention holds all its words ("Russian Foreign Minister Sergey Lavrov"), or the
//!    most recent person with its role noun;
//! 3. the actor dictionary names it ("Lavrov", "President Vladimir Putin", "NATO"); a
//!    capital city speaking is its government ("Moscow said" → RUSGOV), and a country with a
//!    role noun takes the role's code ("the Russian government" → RUSGOV);
//! 4. a surname alone takes the person of that surname named before ("Angers" after
//!    "Spokeswoman Sandy Angers"); an unknown name stands for itself.

use acta_core::{Document, Entity, Speaker};

use super::cues::{PERSON_ROLES, PRONOUNS};
use super::tree::Tree;
use crate::dict::actors::norm_word;
use crate::dict::{ActorDictionary, AgentMode, Day};

/// What a speaker mention was resolved to.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Resolved {
    pub canonical: Option<String>,
    pub actor: Option<String>,
    pub entity: Option<String>,
    /// A person (he, she), or an organisation or state (it, they); unknown: neither.
    pub person: Option<bool>,
}

#[derive(Clone, Debug)]
struct Known {
    res: Resolved,
    /// Lowercase words of the mention as written and of the canonical name.
    words: Vec<String>,
}

/// Words that make a name an organisation's rather than a person's.
const ORG_WORDS: &[&str] = &[
    "office",
    "company",
    "corporation",
    "corp",
    "inc",
    "ltd",
    "plc",
    "group",
    "airlines",
    "airline",
    "airways",
    "ministry",
    "department",
    "agency",
    "union",
    "organization",
    "organisation",
    "council",
    "bank",
    "party",
    "government",
    "commission",
    "committee",
    "association",
    "institute",
    "university",
    "court",
    "force",
    "forces",
    "army",
    "navy",
    "news",
    "times",
    "post",
    "motors",
    "systems",
    "federation",
    "alliance",
    "parliament",
    "congress",
    "senate",
    "house",
    "administration",
    "service",
    "services",
    "authority",
    "board",
    "fund",
    "foundation",
    "club",
    "team",
    "league",
    "nations",
    "kremlin",
];

pub struct Resolver<'a> {
    doc: &'a Document,
    dict: Option<&'a ActorDictionary>,
    day: Option<Day>,
    history: Vec<Known>,
}

/// `SERGEY LAVROV` → `Sergey Lavrov`.
fn title_case(name: &str) -> String {
    name.split_whitespace()
        .map(|w| {
            let lower = w.to_lowercase();
            let mut c = lower.chars();
            c.next()
                .map(|f| f.to_uppercase().chain(c).collect::<String>())
                .unwrap_or_default()
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// The entity with a mention that best covers `start..end`: the most overlap, then the
/// shortest mention.
pub fn entity_for(doc: &Document, start: usize, end: usize) -> Option<&Entity> {
    let mut best: Option<(&Entity, usize, usize)> = None;
    for e in &doc.entities {
        for m in &e.mentions {
            let overlap = m.end.min(end).saturating_sub(m.start.max(start));
            if overlap == 0 {
                continue;
            }
            let len = m.end - m.start;
            if best.is_none_or(|(_, o, l)| overlap > o || (overlap == o && len < l)) {
                best = Some((e, overlap, len));
            }
        }
    }
    best.map(|(e, _, _)| e)
}

/// Whether one of the entity's mentions covers token `t`.
fn mentions_token(e: &Entity, tree: &Tree, t: usize) -> bool {
    let (s, end) = (tree.toks[t].start, tree.toks[t].end);
    e.mentions.iter().any(|m| m.start <= s && end <= m.end)
}

impl<'a> Resolver<'a> {
    pub fn new(doc: &'a Document, dict: Option<&'a ActorDictionary>) -> Resolver<'a> {
        let day = doc
            .article
            .published
            .as_deref()
            .and_then(crate::dict::day_from_iso);
        Resolver {
            doc,
            dict,
            day,
            history: Vec::new(),
        }
    }

    /// Resolves the speaker phrase `lo..=hi` of a sentence and remembers it for the pronouns
    /// and descriptions that follow.
    pub fn speaker(&mut self, tree: &Tree, lo: usize, hi: usize) -> Speaker {
        let toks = tree.toks;
        let (start, end) = (toks[lo].start, toks[hi].end);
        let text = self.doc.text.get(start..end).unwrap_or("").to_string();
        let res = self.resolve(tree, lo, hi);
        self.remember(tree, lo, hi, res.clone());
        Speaker {
            text,
            canonical: res.canonical,
            actor: res.actor,
            entity: res.entity,
            start,
            end,
        }
    }

    /// Remembers a named subject that is not a speaker, as an antecedent for pronouns.
    pub fn note_subject(&mut self, tree: &Tree, lo: usize, hi: usize) {
        if (lo..=hi).any(|t| tree.upos(t) == "PROPN") {
            let res = self.resolve(tree, lo, hi);
            if res.canonical.is_some() {
                self.remember(tree, lo, hi, res);
            }
        }
    }

    fn remember(&mut self, tree: &Tree, lo: usize, hi: usize, res: Resolved) {
        let mut words: Vec<String> = (lo..=hi).map(|t| tree.lower(t)).collect();
        if let Some(c) = &res.canonical {
            words.extend(c.split_whitespace().map(str::to_lowercase));
        }
        self.history.push(Known { res, words });
    }

    /// The entity named at the speaker phrase's head word, or, when the head is a common
    /// noun that names no one, at the name set beside it (its apposition, or a name hung on
    /// it with no preposition): "chief investment
    /// officer at Solaris Asset Management, Tim Ghriskey" is Tim Ghriskey, not the firm that
    /// covers more of the phrase. Asked only when the entity covering most of the phrase
    /// has no mention at its head word; None when neither word is in a mention.
    fn head_entity(&self, tree: &Tree, lo: usize, hi: usize, head: usize) -> Option<&'a Entity> {
        let at = |t: usize| {
            self.doc
                .entities
                .iter()
                .find(|en| mentions_token(en, tree, t))
        };
        // an apposition, or a name the parser hung as a modifier with no preposition
        let apposed = |t: usize| {
            tree.rel(t) == "appos"
                || (tree.rel(t) == "nmod"
                    && tree.upos(t) == "PROPN"
                    && tree.child(t, "case").is_none())
        };
        // a person apposed further down, where the parser hung the name on the organisation
        // ("chief economist at Nordbank, Mara Velten") rather than on the role noun
        let person_apposed = |t: usize| {
            tree.rel(t) == "appos"
                && tree.head(t).is_some_and(|h| (lo..=hi).contains(&h))
                && at(t).is_some_and(|e| e.kind == "PERSON")
        };
        at(head).or_else(|| {
            (lo..=hi)
                .filter(|&t| (tree.head(t) == Some(head) && apposed(t)) || person_apposed(t))
                .find_map(at)
        })
    }

    pub fn resolve(&self, tree: &Tree, lo: usize, hi: usize) -> Resolved {
        let toks = tree.toks;
        let head = (lo..=hi)
            .find(|&t| tree.head(t).is_none_or(|h| h < lo || h > hi))
            .unwrap_or(hi);
        if !self.doc.entities.is_empty() {
            let covering = entity_for(self.doc, toks[lo].start, toks[hi].end);
            let found = match covering {
                // "John Howard and Ian MacDonald": the pair covers the head word
                Some(e) if mentions_token(e, tree, head) => covering,
                _ => self.head_entity(tree, lo, hi, head).or(covering),
            };
            if let Some(e) = found {
                return Resolved {
                    canonical: Some(e.canonical.clone()),
                    actor: e.actor.clone(),
                    entity: Some(e.id.clone()),
                    person: Some(e.kind == "PERSON"),
                };
            }
        }
        // 1. pronouns
        if lo == hi && PRONOUNS.contains(&tree.lower(lo).as_str()) {
            let want_person = match tree.lower(lo).as_str() {
                "he" | "she" | "i" => Some(true),
                "it" => Some(false),
                _ => None, // they, we: an organisation or state first, else people
            };
            let pick = |p: bool| {
                self.history
                    .iter()
                    .rev()
                    .find(|k| k.res.person == Some(p))
                    .map(|k| k.res.clone())
            };
            let found = match want_person {
                Some(p) => pick(p),
                None => pick(false).or_else(|| pick(true)),
            };
            return found.unwrap_or_default();
        }
        let role = |t: usize| PERSON_ROLES.contains(&tree.lemma(t));
        // 2. definite descriptions
        let definite = matches!(
            tree.lower(lo).as_str(),
            "the" | "this" | "that" | "its" | "his" | "her" | "their"
        );
        if definite && tree.upos(head) == "NOUN" {
            let content: Vec<String> = (lo..=hi)
                .filter(|&t| matches!(tree.upos(t), "NOUN" | "ADJ" | "PROPN"))
                .map(|t| tree.lower(t))
                .collect();
            if let Some(k) = self
                .history
                .iter()
                .rev()
                .find(|k| !content.is_empty() && content.iter().all(|w| k.words.contains(w)))
            {
                return k.res.clone();
            }
            if role(head) {
                let lemma = tree.lemma(head).to_string();
                if let Some(k) = self
                    .history
                    .iter()
                    .rev()
                    .find(|k| k.res.person == Some(true) && k.words.contains(&lemma))
                {
                    return k.res.clone();
                }
            }
        }
        // 3. the actor dictionary
        let words: Vec<String> = (lo..=hi).map(|t| norm_word(tree.text(t))).collect();
        let has_role = (lo..=hi).any(role);
        let overlaps_city = |a: usize, b: usize| {
            let (s, e) = (toks[a].start, toks[b].end);
            self.doc
                .places
                .iter()
                .any(|p| p.start < e && s < p.end && p.feature == "city")
        };
        let overlaps_place = |a: usize, b: usize| {
            let (s, e) = (toks[a].start, toks[b].end);
            self.doc.places.iter().any(|p| p.start < e && s < p.end)
        };
        if let Some(dict) = self.dict {
            let mut best: Option<(usize, crate::dict::ActorMatch)> = None;
            for st in 0..words.len() {
                if let Some(m) = dict.actor_at(&words, st, self.day) {
                    if best.as_ref().is_none_or(|(_, b)| m.len >= b.len) {
                        best = Some((st, m));
                    }
                }
            }
            if let Some((st, m)) = best {
                let actor = &dict.actors[m.actor];
                let code = m.code.clone();
                let is_country = code.as_deref().is_some_and(|c| c.len() == 3);
                let (a, b) = (lo + st, lo + st + m.len - 1);
                // the name as the text writes it when it is the entry's own name ("NATO"),
                // else the entry's name ("Lavrov" → "Sergey Lavrov")
                let name = if actor
                    .phrases
                    .first()
                    .is_some_and(|p| p[..] == words[st..st + m.len])
                {
                    self.doc.text[toks[a].start..toks[b].end].to_string()
                } else {
                    title_case(&actor.name)
                };
                if is_country {
                    let agent = self.agent_in(tree, lo, hi);
                    let person_name = self.unknown_name(tree, lo, hi, a, b);
                    let (actor, canonical, person) = match (agent, person_name) {
                        // "Ukrainian President X Y": that country's role, that person
                        (Some((acode, mode)), Some(n)) => {
                            (Some(combine(&code, &acode, mode)), n, true)
                        }
                        // "the Russian government", "the Russian foreign minister"
                        (Some((acode, mode)), None) => {
                            let text = &self.doc.text[toks[lo].start..toks[hi].end];
                            let bare = text
                                .split_once(' ')
                                .filter(|_| tree.upos(lo) == "DET")
                                .map_or(text, |(_, rest)| rest);
                            (
                                Some(combine(&code, &acode, mode)),
                                bare.to_string(),
                                has_role,
                            )
                        }
                        // "Ukrainian X Y": a person of that country
                        (None, Some(n)) => (code, n, true),
                        // a capital speaking is its government ("Moscow said")
                        (None, None) if overlaps_city(a, b) => (
                            code.map(|c| format!("{c}GOV")),
                            format!("{} government", title_case(&actor.name)),
                            false,
                        ),
                        (None, None) => (code, name, false),
                    };
                    return Resolved {
                        canonical: Some(canonical),
                        actor,
                        entity: None,
                        person: Some(person),
                    };
                }
                // "Apple Inc. CEO Steve Jobs": a person named after a role word, with the
                // organisation's code
                if b < hi && (b + 1..=hi).any(role) {
                    if let Some(n) = self.unknown_name(tree, lo, hi, a, b) {
                        return Resolved {
                            canonical: Some(n),
                            actor: code,
                            entity: None,
                            person: Some(true),
                        };
                    }
                }
                let multi = actor.name.split_whitespace().count() >= 2;
                let org = code
                    .as_deref()
                    .is_some_and(|c| c.starts_with("IGO") || c.starts_with("NGO"))
                    || actor
                        .name
                        .split_whitespace()
                        .any(|w| ORG_WORDS.contains(&w.to_lowercase().as_str()));
                return Resolved {
                    canonical: Some(name),
                    actor: code,
                    entity: None,
                    person: Some(!org && (multi || has_role) && !overlaps_place(a, b)),
                };
            }
        }
        // 4. surnames and unknown names
        let run = propn_run(tree, lo, hi);
        if let Some((a, b)) = run {
            if a == b {
                let w = tree.lower(a);
                if let Some(k) = self.history.iter().rev().find(|k| {
                    k.res.person == Some(true)
                        && k.res
                            .canonical
                            .as_deref()
                            .and_then(|c| c.split_whitespace().last())
                            .is_some_and(|l| l.to_lowercase() == w)
                }) {
                    return k.res.clone();
                }
            }
            let org = (a..=b).any(|t| ORG_WORDS.contains(&tree.lower(t).as_str()));
            let person = !org && !overlaps_place(a, b) && (b > a || has_role);
            let name = self.doc.text[toks[a].start..toks[b].end].to_string();
            return Resolved {
                canonical: Some(name),
                actor: None,
                entity: None,
                person: Some(person),
            };
        }
        Resolved {
            person: role(head).then_some(true),
            ..Default::default()
        }
    }

    /// A role noun in the phrase ("President", "foreign minister"): its code and mode.
    fn agent_in(&self, tree: &Tree, lo: usize, hi: usize) -> Option<(String, AgentMode)> {
        let dict = self.dict?;
        let words: Vec<String> = (lo..=hi).map(|t| norm_word(tree.text(t))).collect();
        (0..words.len()).find_map(|st| {
            dict.agent_at(&words, st)
                .map(|(_, a)| (a.code.clone(), a.mode))
        })
    }

    /// A person's name in the phrase outside the dictionary match `a..=b` ("Volodymyr
    /// Zelensky" in "Ukrainian President Volodymyr Zelensky" when only "Ukrainian" matched).
    fn unknown_name(
        &self,
        tree: &Tree,
        lo: usize,
        hi: usize,
        a: usize,
        b: usize,
    ) -> Option<String> {
        let (ra, rb) = propn_run(tree, lo, hi)?;
        if rb < ra + 1 || (ra <= b && a <= rb) {
            return None;
        }
        if (ra..=rb).any(|t| ORG_WORDS.contains(&tree.lower(t).as_str())) {
            return None;
        }
        Some(self.doc.text[tree.toks[ra].start..tree.toks[rb].end].to_string())
    }
}

fn combine(country: &Option<String>, agent: &str, mode: AgentMode) -> String {
    let c = country.as_deref().unwrap_or("");
    match mode {
        AgentMode::Suffix => format!("{c}{agent}"),
        AgentMode::Prefix => format!("{agent}{c}"),
    }
}

/// The last run of proper nouns in `lo..=hi`, without the role words before a name
/// ("President" of "President Vladimir Putin").
fn propn_run(tree: &Tree, lo: usize, hi: usize) -> Option<(usize, usize)> {
    let b = (lo..=hi).rev().find(|&t| tree.upos(t) == "PROPN")?;
    let mut a = b;
    while a > lo && tree.upos(a - 1) == "PROPN" {
        a -= 1;
    }
    // the name begins after the last role word ("Finance Minister Jane Smith")
    if let Some(r) = (a..b)
        .rev()
        .find(|&t| PERSON_ROLES.contains(&tree.lemma(t)))
    {
        a = r + 1;
    }
    Some((a, b))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_read_as_names() {
        assert_eq!(title_case("SERGEY LAVROV"), "Sergey Lavrov");
        assert_eq!(title_case("RUSSIAN FEDERATION"), "Russian Federation");
    }
}
