//! Coreference within an article, and the code of each entity on the publication date.
//!
//! Rule-based mention ranking: mentions are taken in reading order; a name joins the entity
//! with the same dictionary entry, the same name, a matching surname or acronym; a nominal the
//! most recent compatible entity (role noun ~ title seen, same country; "the alliance" ~ an
//! intergovernmental organisation; "the two sides" ~ the last pair); a pronoun the most
//! salient compatible entity of its own or the two sentences before (recency, subjects first,
//! gender and number agreement, not the subject of its own verb for an object pronoun).

use std::collections::HashSet;

use acta_core::{Document, Entity, Mention};

use super::countries::Gender;
use super::kinds::EntityType;
use super::mentions::{Cand, Form, View};
use super::words::{self, Nominal, Pron};
use super::Actors;
use crate::dict::actors::norm_word;
use crate::dict::AgentMode;

/// An entity being built: its mentions (indexes into the candidate list) and what is known
/// of it.
#[derive(Clone, Debug, Default)]
pub struct Cluster {
    pub cands: Vec<usize>,
    pub ty: Option<EntityType>,
    keys: HashSet<String>,
    names: Vec<Vec<String>>,
    titles: HashSet<String>,
    country: Option<String>,
    gender: Option<Gender>,
    pub plural: bool,
    /// For a group ("Russia and Ukraine", "the two sides"): the clusters it groups.
    pub group: Vec<usize>,
    pub code: Option<String>,
    pub source: Option<String>,
    pub canonical: String,
}

/// Mentions found in a document and the entities they form.
#[derive(Clone, Debug, Default)]
pub struct Analysis {
    pub mentions: Vec<Cand>,
    pub clusters: Vec<Cluster>,
    /// For each mention, its cluster.
    pub cluster_of: Vec<Option<usize>>,
    /// Each sentence's normalized words.
    words: Vec<Vec<String>>,
    /// Each sentence's tokens with the text up to the next token, so that a run of tokens
    /// concatenates to the text as written.
    pieces: Vec<Vec<String>>,
    /// The country of each token (sentence, token) inside a place of the places stage
    /// (`doc.places`, empty before that stage has run): the country of a name the actor
    /// dictionaries do not code ("Kidal"), for the context of role nouns.
    place_country: std::collections::HashMap<(usize, usize), String>,
}

impl Analysis {
    /// The country a mention's sentence gives a role noun with none of its own, in this
    /// order: the nearest actor with a country before it in the sentence ("Russia withdrew
    /// troops from Syria": Russia); else the nearest after it that says where the act
    /// happens ("Police arrested three protesters in Cairo", "in the Syrian city of Homs",
    /// "near the town of Kidal", a place of the places stage), not an object or a direction
    /// ("Soldiers struck Gaza", "troops withdrew from Syria"); else the last one of the
    /// sentence before. Role nouns give no context.
    fn context_country(&self, m: &Cand) -> Option<String> {
        let country = |x: &Cand| {
            if x.form == Form::Nominal {
                return None;
            }
            // a place only the gazetteer knows counts only as a whole name, not as a word
            // inside a longer one ("the Moscone West center", "Ford's North American
            // workforce", whose "West" and "North" the gazetteer finds as regions of Cameroon)
            x.country.clone().or_else(|| {
                let at = |t: usize| self.place_country.get(&(x.sent, t));
                (x.form == Form::Name && x.code.is_none() && x.sent == m.sent)
                    .then(|| at(x.start))
                    .flatten()
                    .filter(|c| (x.start..x.end).all(|t| at(t) == Some(c)))
                    .cloned()
            })
        };
        let same = self.mentions.iter().filter(|x| x.sent == m.sent);
        let before = same
            .clone()
            .filter(|x| x.end <= m.start)
            .filter_map(|x| country(x).map(|c| (x.start, c)))
            .max();
        let after = || {
            same.clone()
                .filter(|x| x.start >= m.end && x.setting)
                .filter_map(|x| country(x).map(|c| (x.start, c)))
                .min()
        };
        let previous = || {
            self.mentions
                .iter()
                .filter(|x| x.sent + 1 == m.sent)
                .filter_map(|x| country(x).map(|c| (x.start, c)))
                .max()
        };
        before.or_else(after).or_else(previous).map(|(_, c)| c)
    }

    /// The country an article is about, for a government's role noun or a titled person with
    /// no country anywhere ("the president", "President William Ruto", "the interior
    /// ministry"): the country of the most mentions with a country of their own (names,
    /// adjectives, titles, "Kenyan police"), when it has at least three and twice as many as any other. A sentence's own
    /// context is not used for them, unlike other role nouns: "The United States urged the
    /// government to ..." is about another country's government.
    fn home_country(&self) -> Option<String> {
        let mut counts: std::collections::HashMap<&str, usize> = std::collections::HashMap::new();
        for x in &self.mentions {
            if let Some(c) = x.country.as_deref() {
                *counts.entry(c).or_default() += 1;
            }
        }
        let mut ranked: Vec<(usize, &str)> = counts.into_iter().map(|(c, n)| (n, c)).collect();
        ranked.sort_unstable_by(|a, b| b.cmp(a));
        match ranked[..] {
            [(n, c), ..] if n >= 3 && ranked.get(1).is_none_or(|&(m, _)| n >= 2 * m) => {
                Some(c.to_string())
            }
            _ => None,
        }
    }

    /// Normalized words of tokens `s..e` of a sentence.
    pub fn norm(&self, sent: usize, s: usize, e: usize) -> Vec<String> {
        self.words
            .get(sent)
            .map(|w| w[s.min(w.len())..e.min(w.len())].to_vec())
            .unwrap_or_default()
    }

    /// Text of tokens `s..e` of a sentence, as written.
    pub fn text(&self, sent: usize, s: usize, e: usize) -> String {
        self.pieces
            .get(sent)
            .map(|w| {
                w[s.min(w.len())..e.min(w.len())]
                    .concat()
                    .trim_end()
                    .to_string()
            })
            .unwrap_or_default()
    }
}

/// Head words of a government's role nouns and titles that take the article's country when
/// they have none (`Analysis::home_country`).
const HOME_HEADS: &[&str] = &[
    "government",
    "administration",
    "authorities",
    "cabinet",
    "ministry",
    "president",
    "minister",
    "premier",
    "chancellor",
];

/// Title words that make a president or minister a company's or a union's.
const COMPANY_TITLE_WORDS: &[&str] = &["vice", "senior", "executive", "corporate", "company"];

const PERSON_ROLE_EXCLUDED: &[&str] = &[
    "government",
    "governments",
    "administration",
    "regime",
    "cabinet",
    "authorities",
    "ministry",
    "army",
    "military",
    "police",
    "forces",
    "junta",
    "parliament",
    "opposition",
    "delegation",
    "delegations",
    "troops",
    "office",
];

fn initials(words: &[String]) -> String {
    words
        .iter()
        .filter(|w| !matches!(w.as_str(), "of" | "the" | "and" | "for" | "de"))
        .filter_map(|w| w.chars().next())
        .collect()
}

/// A place's name that repeats the surname of a person named before it is that person again
/// ("Michael Jordan ... before Jordan retired", "Whitney Houston ... Houston said"), unless a
/// preposition of place governs it ("she flew to Houston").
fn surnames_over_places(doc: &Document, cands: &mut [Cand]) {
    let word = |sent: usize, k: usize| doc.sentences[sent].tokens[k].text.as_str();
    let mut persons: Vec<String> = Vec::new();
    for c in cands.iter_mut() {
        if c.form != Form::Name {
            continue;
        }
        if c.ty == Some(EntityType::Person) {
            if let Some((ns, ne)) = c.name {
                if ne >= ns + 2 {
                    persons.push(word(c.sent, ne - 1).to_string());
                }
            }
            continue;
        }
        let place = matches!(c.ty, Some(EntityType::Gpe) | Some(EntityType::Loc));
        if place
            && c.end == c.start + 1
            && persons.iter().any(|p| p == word(c.sent, c.start))
            && !View::new(&doc.sentences[c.sent]).has_locative_case(c.start)
        {
            c.ty = Some(EntityType::Person);
            c.actor = None;
            c.code = None;
            c.source = None;
            c.country = None;
            c.metonym = false;
            c.via = "surname";
            c.name = Some((c.start, c.end));
        }
    }
}

/// The country of each token of the document's places (`doc.places`) that has one, by
/// (sentence, token).
fn place_countries(doc: &Document) -> std::collections::HashMap<(usize, usize), String> {
    let mut out = std::collections::HashMap::new();
    for p in &doc.places {
        let (Some(country), Some(s)) = (&p.country, doc.sentences.get(p.sentence)) else {
            continue;
        };
        for (t, tok) in s.tokens.iter().enumerate() {
            if tok.start < p.end && p.start < tok.end {
                out.insert((p.sentence, t), country.clone());
            }
        }
    }
    out
}

impl Actors {
    /// Finds every mention in the document and groups them into entities with codes.
    pub fn analyze(&self, doc: &Document) -> Analysis {
        let day = doc
            .article
            .published
            .as_deref()
            .and_then(crate::dict::day_from_iso);
        // is the article about European policy? (for Brussels)
        let european = doc.sentences.iter().any(|s| {
            s.tokens
                .iter()
                .any(|t| matches!(t.text.as_str(), "EU" | "E.U."))
                || s.text.contains("European Union")
                || s.text.contains("European Commission")
        });
        // the entity tagger sees the whole document (a name tagged in one sentence is the
        // same name in the others)
        let ner: Vec<Vec<crate::ner::NerSpan>> = match &self.ner {
            Some(t) => {
                let sents: Vec<(Vec<&str>, Vec<&str>)> = doc
                    .sentences
                    .iter()
                    .map(|s| {
                        (
                            s.tokens.iter().map(|t| t.text.as_str()).collect(),
                            s.tokens
                                .iter()
                                .map(|t| t.upos.as_deref().unwrap_or(""))
                                .collect(),
                        )
                    })
                    .collect();
                t.spans_doc(&sents)
            }
            None => vec![Vec::new(); doc.sentences.len()],
        };
        let mut cands: Vec<Cand> = Vec::new();
        for (si, s) in doc.sentences.iter().enumerate() {
            let found = self.find_mentions(si, s, day, european, cands.len(), &ner[si]);
            cands.extend(found);
        }
        surnames_over_places(doc, &mut cands);
        let mut a = Analysis {
            cluster_of: vec![None; cands.len()],
            mentions: cands,
            clusters: Vec::new(),
            words: doc
                .sentences
                .iter()
                .map(|s| s.tokens.iter().map(|t| norm_word(&t.text)).collect())
                .collect(),
            pieces: doc
                .sentences
                .iter()
                .map(|s| {
                    let n = s.tokens.len();
                    (0..n)
                        .map(|i| {
                            let a = s.tokens[i].start;
                            let b = if i + 1 < n {
                                s.tokens[i + 1].start
                            } else {
                                s.tokens[i].end
                            };
                            doc.text
                                .get(a..b.max(s.tokens[i].end))
                                .unwrap_or(&s.tokens[i].text)
                                .to_string()
                        })
                        .collect()
                })
                .collect(),
            place_country: place_countries(doc),
        };
        // reading order, sentence by sentence: names, nominals and adjectives, then pairs,
        // then pronouns
        let mut order: Vec<usize> = (0..a.mentions.len()).collect();
        order.sort_by_key(|&i| {
            let c = &a.mentions[i];
            let phase = match c.form {
                Form::Group if c.members.is_empty() => 1,
                Form::Group => 1,
                Form::Pronoun => 2,
                _ => 0,
            };
            (c.sent, phase, c.start, std::cmp::Reverse(c.end))
        });
        for i in order {
            let target = match a.mentions[i].form {
                Form::Name => self.link_name(&a, i),
                Form::Adjective => {
                    let key = format!("norp:{}", a.mentions[i].code.as_deref().unwrap_or(""));
                    a.clusters.iter().position(|c| c.keys.contains(&key))
                }
                Form::Nominal => self.link_nominal(&a, i),
                Form::Group => self.link_group(&mut a, i),
                Form::Pronoun => self.link_pronoun(&a, i),
            };
            match target {
                Some(t) => self.join(&mut a, t, i),
                None => {
                    if a.mentions[i].form == Form::Pronoun {
                        continue;
                    }
                    a.clusters.push(Cluster::default());
                    let t = a.clusters.len() - 1;
                    self.join(&mut a, t, i);
                }
            }
        }
        let home = a.home_country();
        for k in 0..a.clusters.len() {
            self.finish(&mut a, k, day, home.as_deref());
        }
        a
    }

    /// Adds mention `i` to cluster `t` and updates what the cluster knows.
    fn join(&self, a: &mut Analysis, t: usize, i: usize) {
        let words = (a.mentions[i].form == Form::Name).then(|| self.name_words(a, i));
        let key = self.name_key(a, i);
        let c = &a.mentions[i];
        let cl = &mut a.clusters[t];
        cl.cands.push(i);
        a.cluster_of[i] = Some(t);
        if cl.ty.is_none() || (c.form == Form::Name && cl.ty != Some(EntityType::Person)) {
            if let Some(ty) = c.ty {
                if cl.ty.is_none() || c.form == Form::Name {
                    cl.ty = cl.ty.or(Some(ty));
                }
            }
        }
        if let Some(key) = key {
            cl.keys.insert(key);
        }
        if c.metonym {
            cl.keys
                .insert(format!("metonym:{}", c.code.as_deref().unwrap_or("")));
        }
        if c.form == Form::Adjective {
            cl.keys
                .insert(format!("norp:{}", c.code.as_deref().unwrap_or("")));
        }
        if let Some(w) = words {
            cl.names.push(w);
        }
        for w in &c.title {
            cl.titles.insert(w.clone());
        }
        if let Some(actor) = c.actor {
            for w in self.dict.actors[actor]
                .role
                .split(|ch: char| !ch.is_alphanumeric())
                .filter(|w| !w.is_empty())
            {
                cl.titles.insert(norm_word(w));
            }
        }
        if cl.country.is_none() {
            cl.country = c.country.clone();
        }
        if cl.gender.is_none() {
            cl.gender = c.gender.filter(|_| c.form != Form::Pronoun);
        }
        if c.form != Form::Pronoun {
            cl.plural = cl.plural || (c.plural && c.form != Form::Name);
        }
    }

    /// Normalized words of a name mention's name part.
    fn name_words(&self, a: &Analysis, i: usize) -> Vec<String> {
        let c = &a.mentions[i];
        let (s, e) = c.name.unwrap_or((c.start, c.end));
        a.norm(c.sent, s, e)
    }

    /// What makes two names the same entity: the dictionary entry — except for places, which
    /// share a country's entry (Moscow, Luhansk, Russia): there the country's own names join
    /// (`country:RUS`) and any other place joins only its own name; the code of a metonym.
    fn name_key(&self, a: &Analysis, i: usize) -> Option<String> {
        let c = &a.mentions[i];
        if c.metonym {
            return Some(format!("metonym:{}", c.code.as_deref().unwrap_or("")));
        }
        if c.form != Form::Name {
            return None;
        }
        let actor = c.actor?;
        if self.actor_type(actor) == EntityType::Gpe {
            let words = self.name_words(a, i);
            return Some(match self.countries.named(&words) {
                Some(country) => format!("country:{}", country.code),
                None => format!("place:{}", words.join(" ")),
            });
        }
        Some(format!(
            "actor:{}",
            self.dict.actors[actor].name.to_lowercase()
        ))
    }

    fn link_name(&self, a: &Analysis, i: usize) -> Option<usize> {
        let c = &a.mentions[i];
        // an abbreviation in brackets after an organisation's name ("(AKK)")
        if let Some(t) = c
            .appos_of
            .and_then(|x| a.cluster_of.get(x).copied().flatten())
        {
            return Some(t);
        }
        let words = self.name_words(a, i);
        let key = self.name_key(a, i);
        if let Some(k) = &key {
            if let Some(t) = a.clusters.iter().position(|cl| cl.keys.contains(k)) {
                return Some(t);
            }
        }
        if c.metonym {
            return None;
        }
        let recent_first = (0..a.clusters.len()).rev();
        for t in recent_first {
            let cl = &a.clusters[t];
            if !cl.group.is_empty() || cl.ty == Some(EntityType::Norp) {
                continue;
            }
            // two different dictionary entries never merge
            if key.is_some() && cl.keys.iter().any(|k| !k.starts_with("norp:")) {
                continue;
            }
            let person = c.ty == Some(EntityType::Person) && cl.ty == Some(EntityType::Person);
            for n in &cl.names {
                if *n == words {
                    return Some(t);
                }
                if person {
                    // "Zelensky" ~ "Volodymyr Zelensky"; "Vladimir Putin" ~ "Putin"
                    let (short, long) = if words.len() <= n.len() {
                        (&words, n)
                    } else {
                        (n, &words)
                    };
                    if !short.is_empty() && long.ends_with(short) {
                        return Some(t);
                    }
                    if short.len() == 1 && long.first() == short.first() && long.len() > 1 {
                        return Some(t);
                    }
                } else if c.ty != Some(EntityType::Person) && cl.ty != Some(EntityType::Person) {
                    // acronyms: "SCO" ~ "Shanghai Cooperation Organisation"
                    let caps = |w: &[String]| w.len() == 1 && (2..=6).contains(&w[0].len());
                    if (caps(&words) && n.len() > 1 && initials(n) == words[0])
                        || (caps(n) && words.len() > 1 && initials(&words) == n[0])
                    {
                        return Some(t);
                    }
                }
            }
        }
        None
    }

    fn recent(&self, a: &Analysis, t: usize, i: usize) -> Option<usize> {
        // the sentence of the cluster's last mention before mention i
        let c = &a.mentions[i];
        a.clusters[t]
            .cands
            .iter()
            .filter(|&&m| {
                let x = &a.mentions[m];
                x.ends_before(c)
            })
            .map(|&m| a.mentions[m].sent)
            .max()
    }

    fn link_nominal(&self, a: &Analysis, i: usize) -> Option<usize> {
        let c = &a.mentions[i];
        if let Some(x) = c.appos_of {
            return a.cluster_of.get(x).copied().flatten();
        }
        let head = a.norm(c.sent, c.head, c.head + 1).pop().unwrap_or_default();
        let within = |t: usize, k: usize| self.recent(a, t, i).is_some_and(|s| s + k >= c.sent);
        let code_of = |t: usize| {
            a.clusters[t]
                .cands
                .iter()
                .find_map(|&m| a.mentions[m].code.clone())
        };
        let names_have = |t: usize, ws: &[&str]| {
            a.clusters[t]
                .names
                .iter()
                .flatten()
                .any(|w| ws.contains(&w.as_str()))
        };
        let latest = |pred: &dyn Fn(usize) -> bool, k: usize| {
            (0..a.clusters.len())
                .filter(|&t| a.clusters[t].group.is_empty() && within(t, k) && pred(t))
                .max_by_key(|&t| {
                    a.clusters[t]
                        .cands
                        .iter()
                        .filter(|&&m| {
                            let x = &a.mentions[m];
                            x.ends_before(c)
                        })
                        .map(|&m| (a.mentions[m].sent, a.mentions[m].start))
                        .max()
                })
        };
        match c.nominal {
            Some(Nominal::Alliance) if c.definite && c.country.is_none() => {
                return latest(
                    &|t| {
                        a.clusters[t].ty == Some(EntityType::Org)
                            && (code_of(t).is_some_and(|x| x.starts_with("IGO"))
                                || names_have(
                                    t,
                                    &["alliance", "union", "bloc", "coalition", "nato"],
                                ))
                    },
                    8,
                );
            }
            Some(Nominal::Organisation) if c.definite && c.country.is_none() => {
                let fits = |t: usize| {
                    let code = code_of(t).unwrap_or_default();
                    a.clusters[t].ty == Some(EntityType::Org)
                        && (names_have(t, &[head.as_str()])
                            || match head.as_str() {
                                "organisation" | "organization" | "body" | "agency" => {
                                    code.starts_with("IGO") || code.starts_with("NGO")
                                }
                                "group" | "movement" => ["REB", "UAF", "IMG", "OPP", "INS"]
                                    .iter()
                                    .any(|r| code.contains(r)),
                                "company" | "firm" => {
                                    code.contains("BUS") || code.contains("MNC") || code.is_empty()
                                }
                                "party" => code.contains("PTY"),
                                _ => false,
                            })
                };
                return latest(&fits, 3);
            }
            Some(Nominal::Country) if c.definite => {
                return latest(
                    &|t| {
                        a.clusters[t].ty == Some(EntityType::Gpe)
                            && code_of(t).is_some_and(|x| x.len() == 3)
                            && !a.clusters[t].cands.iter().any(|&m| a.mentions[m].metonym)
                    },
                    3,
                );
            }
            _ => {}
        }
        if c.agent.is_none() && c.withheld.is_none() {
            return None;
        }
        let institutional = PERSON_ROLE_EXCLUDED.contains(&head.as_str()) || c.plural;
        if !institutional {
            // "the Russian foreign minister", "the minister", "the president"
            if !c.definite {
                return None;
            }
            let country = c.country.clone().or_else(|| c.org_code.clone());
            return latest(
                &|t| {
                    let cl = &a.clusters[t];
                    cl.ty == Some(EntityType::Person)
                        && cl.titles.contains(&head)
                        && country.as_ref().is_none_or(|k| {
                            cl.country.as_ref() == Some(k)
                                || code_of(t).is_some_and(|x| x.starts_with(k.as_str()))
                        })
                        && (c.gender.is_none() || cl.gender.is_none() || c.gender == cl.gender)
                },
                8,
            );
        }
        // "the government", "the Russian government", "the rebels"
        let code = self.nominal_code(c).map(|x| x.0);
        if c.definite || c.country.is_some() {
            if let Some(code) = code {
                let key = format!("metonym:{code}");
                if let Some(t) = a.clusters.iter().position(|cl| cl.keys.contains(&key)) {
                    return Some(t);
                }
                return latest(
                    &|t| {
                        a.clusters[t].ty != Some(EntityType::Person)
                            && a.clusters[t].cands.iter().any(|&m| {
                                let x = &a.mentions[m];
                                x.form == Form::Nominal
                                    && self.nominal_code(x).map(|y| y.0) == Some(code.clone())
                            })
                    },
                    3,
                );
            }
        }
        None
    }

    /// The code a nominal gives itself: an organisation in it, or country + role.
    pub(crate) fn nominal_code(&self, c: &Cand) -> Option<(String, String)> {
        if let Some(org) = &c.org_code {
            return Some((org.clone(), format!("nominal: {}", c.title_text)));
        }
        let country = c.country.as_ref()?;
        let Some((agent, mode, origin)) = c.agent.as_ref() else {
            // a region's or a people's government: the country alone
            let origin = c.withheld.as_ref()?;
            return Some((
                country.clone(),
                format!("nominal: {} ({origin})", c.title_text),
            ));
        };
        let agent = if c.former && agent == "GOV" {
            "ELI"
        } else {
            agent.as_str()
        };
        let code = match mode {
            AgentMode::Suffix => format!("{country}{agent}"),
            AgentMode::Prefix => format!("{agent}{country}"),
        };
        Some((code, format!("nominal: {} ({origin})", c.title_text)))
    }

    fn link_group(&self, a: &mut Analysis, i: usize) -> Option<usize> {
        let c = a.mentions[i].clone();
        let members: Vec<usize> = c
            .members
            .iter()
            .filter_map(|&m| a.cluster_of.get(m).copied().flatten())
            .collect();
        if !members.is_empty() {
            // "Russia and Ukraine": the same pair seen before, or a new group
            let mut set = members.clone();
            set.sort_unstable();
            set.dedup();
            if let Some(t) = a.clusters.iter().position(|cl| {
                let mut g = cl.group.clone();
                g.sort_unstable();
                g == set
            }) {
                return Some(t);
            }
            a.clusters.push(Cluster {
                group: set,
                ..Default::default()
            });
            return Some(a.clusters.len() - 1);
        }
        // "the two sides": the last pair within three sentences, else the two entities last
        // mentioned as subjects or names
        let head = a.norm(c.sent, c.head, c.head + 1).pop().unwrap_or_default();
        let want = |ty: Option<EntityType>| match head.as_str() {
            "countries" | "nations" | "states" | "governments" | "neighbours" | "neighbors" => {
                ty == Some(EntityType::Gpe)
            }
            "leaders" | "presidents" | "men" => ty == Some(EntityType::Person),
            _ => ty != Some(EntityType::Norp),
        };
        let last_seen = |t: usize| self.recent(a, t, i);
        let pair = (0..a.clusters.len())
            .filter(|&t| {
                a.clusters[t].group.len() == 2
                    && last_seen(t).is_some_and(|s| s + 3 >= c.sent)
                    && a.clusters[t].group.iter().all(|&g| want(a.clusters[g].ty))
            })
            .max_by_key(|&t| last_seen(t));
        if pair.is_some() {
            return pair;
        }
        let mut recent: Vec<(usize, usize)> = (0..a.clusters.len())
            .filter(|&t| a.clusters[t].group.is_empty() && want(a.clusters[t].ty))
            .filter_map(|t| last_seen(t).filter(|&s| s + 2 >= c.sent).map(|s| (s, t)))
            .collect();
        recent.sort_by_key(|&(s, t)| std::cmp::Reverse((s, t)));
        if recent.len() >= 2 {
            let mut set = vec![recent[0].1, recent[1].1];
            set.sort_unstable();
            a.clusters.push(Cluster {
                group: set,
                ..Default::default()
            });
            return Some(a.clusters.len() - 1);
        }
        None
    }

    fn link_pronoun(&self, a: &Analysis, i: usize) -> Option<usize> {
        let c = &a.mentions[i];
        let p = c.pron?;
        let object = matches!(c.deprel.as_str(), "obj" | "iobj");
        let mut best: Option<(i32, usize)> = None;
        // a person's pronoun as a subject keeps the person the center of the text: "Jobs
        // said ... He talked about ... He said that ..." (the first "He" counts as the
        // person's latest mention); an object or a possessive does not ("blow him away. He
        // admits ..." is someone else)
        let chain = matches!(p, Pron::He | Pron::She);
        for (t, cl) in a.clusters.iter().enumerate() {
            let fits = match p {
                Pron::He | Pron::She => {
                    cl.ty == Some(EntityType::Person)
                        && !cl.plural
                        && cl.group.is_empty()
                        && (cl.gender.is_none() || cl.gender == c.gender)
                }
                Pron::They => {
                    !cl.group.is_empty() || (cl.plural && cl.ty != Some(EntityType::Person))
                }
                Pron::It => {
                    matches!(cl.ty, Some(EntityType::Org) | Some(EntityType::Gpe))
                        && cl.group.is_empty()
                        && !cl.plural
                }
            };
            if !fits {
                continue;
            }
            // its most recent mention before the pronoun
            let Some(&m) = cl
                .cands
                .iter()
                .filter(|&&m| {
                    let x = &a.mentions[m];
                    (x.form != Form::Pronoun || chain && x.is_subject())
                        && x.ends_before(c)
                        && x.sent + 2 >= c.sent
                        // a name that modifies a thing ("their Mac apps") is not what a
                        // person's pronoun after it stands for
                        && !(x.modifier && matches!(p, Pron::He | Pron::She))
                })
                .max_by_key(|&&m| (a.mentions[m].sent, a.mentions[m].start))
            else {
                continue;
            };
            let x = &a.mentions[m];
            if object && x.sent == c.sent && x.is_subject() {
                // "Putin told him": not Putin
                continue;
            }
            if p == Pron::It && (!x.is_subject() || x.sent != c.sent) {
                continue;
            }
            let mut score = 10 * (3 - (c.sent - x.sent) as i32);
            if x.is_subject() {
                score += 8;
            }
            if x.form == Form::Name {
                score += 2;
            }
            if best.is_none_or(|b| score > b.0) {
                best = Some((score, t));
            }
        }
        best.map(|b| b.1)
    }

    /// The code an explicit title (`title`: the name's own mention, or a nominal in apposition
    /// to it) gives a person whose dictionary entry has no
    /// dated code in force on the day, so that its code is the entry's undated default, a role
    /// the person held once: "Opposition leader Raila Odinga" in 2007 is `KENOPP`, not the
    /// default `KENELI` of an entry dated `KENGOV` only for 2003–2006 and from 2008. The entry's
    /// country stays; the title's agent (or `ELI` for a former one) replaces the role. `None`
    /// when a dated code covers the day (the dictionary knows the person's role then), when the
    /// title has no agent or names another country, or when the code already has that role.
    fn title_over_stale_role(
        &self,
        m: &Cand,
        title: &Cand,
        code: &str,
        day: Option<crate::dict::Day>,
    ) -> Option<String> {
        let d = day?;
        let actor = m.actor?;
        if m.metonym || title.title_text.is_empty() || m.ty != Some(EntityType::Person) {
            return None;
        }
        let entry = &self.dict.actors[actor];
        if entry.codes.iter().any(|c| !c.is_default() && c.covers(d)) {
            return None;
        }
        let (role, mode, _) = title.agent.as_ref()?;
        if *mode != AgentMode::Suffix || title.org_code.is_some() {
            return None;
        }
        let country = code.get(..3)?;
        self.countries.get(country)?;
        if title.country.as_deref().is_some_and(|c| c != country) {
            return None;
        }
        let role = if title.former { "ELI" } else { role.as_str() };
        let rest = &code[3..];
        if rest == role || role.is_empty() || role.len() % 3 != 0 {
            return None;
        }
        Some(format!("{country}{role}"))
    }

    /// The one country of all a dictionary entry's dated codes ("FRA" for Mitterrand's
    /// `FRAELI`, `FRAGOV`, `FRAELI`), `None` when they name several, none, or a code that is
    /// no country (`IGO...`, `NGO...`).
    fn entry_country(&self, actor: usize) -> Option<String> {
        let entry = &self.dict.actors[actor];
        let first = entry.codes.first()?.code.get(..3)?;
        if entry.codes.iter().any(|c| c.code.get(..3) != Some(first)) {
            return None;
        }
        self.countries.get(first)?;
        Some(first.to_string())
    }

    /// Decides a cluster's code, type and canonical name.
    fn finish(
        &self,
        a: &mut Analysis,
        k: usize,
        day: Option<crate::dict::Day>,
        home: Option<&str>,
    ) {
        let cl = &a.clusters[k];
        let ms: Vec<&Cand> = cl.cands.iter().map(|&i| &a.mentions[i]).collect();
        let mut code: Option<(String, String)> = None;
        // 1. a dictionary or overlay entry coded on the day, or a metonym
        for &i in &cl.cands {
            let m = &a.mentions[i];
            if m.form != Form::Name {
                continue;
            }
            if let (Some(x), Some(s)) = (&m.code, &m.source) {
                if m.actor.is_some() || m.metonym {
                    // an explicit title, before the name or in apposition to it ("Raila
                    // Odinga, the opposition leader,"), over a role the entry does not date
                    let describers = std::iter::once(m).chain(
                        cl.cands
                            .iter()
                            .map(|&j| &a.mentions[j])
                            .filter(|d| d.form == Form::Nominal && d.appos_of == Some(i)),
                    );
                    let titled = describers
                        .filter_map(|d| Some((self.title_over_stale_role(m, d, x, day)?, d)))
                        .next();
                    code = Some(match titled {
                        Some((t, d)) => (t, format!("{s} + title: {}", d.title_text)),
                        None => (x.clone(), s.clone()),
                    });
                    break;
                }
            }
            // an entry with no code at all on the day (Phoenix dates most persons' offices
            // and gives no default: "Francois Mitterrand" is `FRAGOV` 1981–1995 and `FRAELI`
            // until 1996, nothing after), when all its codes name one country: an explicit
            // title gives the role, the entry the country ("President Francois Mitterrand"
            // in a record dated 2000 → `FRAGOV`)
            if let (None, Some(actor), Some(s)) = (&m.code, m.actor, &m.source) {
                let Some(country) = self.entry_country(actor) else {
                    continue;
                };
                let describers = std::iter::once(m).chain(
                    cl.cands
                        .iter()
                        .map(|&j| &a.mentions[j])
                        .filter(|d| d.form == Form::Nominal && d.appos_of == Some(i)),
                );
                // a title that is an organisation's office ("European Central Bank President
                // Jean-Claude Trichet", "Trichet, the European Central Bank president") is not
                // the state's the entry once coded him with: a capitalized word right before
                // the title, or inside a nominal title without a country of its own
                let of_organisation = |d: &Cand| {
                    d.title_after_name
                        || (d.form == Form::Nominal
                            && d.country.is_none()
                            && d.title_text.split_whitespace().skip(1).any(|w| {
                                // a capitalized word of no title ("the Foreign Minister"
                                // is the state's; "the European Central Bank president" not)
                                let l = w.to_lowercase();
                                w.chars().next().is_some_and(char::is_uppercase)
                                    && !words::TITLE_WORDS.contains(&l.as_str())
                                    && !words::MODIFIERS.contains(&l.as_str())
                            }))
                };
                let titled = describers
                    .filter(|d| !of_organisation(d))
                    .filter_map(|d| Some((self.title_over_stale_role(m, d, &country, day)?, d)))
                    .next();
                if let Some((t, d)) = titled {
                    code = Some((
                        t,
                        format!("{s} (no code on the day) + title: {}", d.title_text),
                    ));
                    break;
                }
            }
        }
        // 1b. an organisation named after its country ("the Kenya Anti-Corruption
        // Commission"), when no name of the entity is a dictionary's
        if code.is_none() {
            code = ms
                .iter()
                .find(|m| m.form == Form::Name && m.named_country.is_some())
                .and_then(|m| m.code.clone().zip(m.source.clone()));
        }
        // 2. nationality adjectives
        if code.is_none() {
            if let Some(m) = ms.iter().find(|m| m.form == Form::Adjective) {
                code = m.code.clone().zip(m.source.clone());
            }
        }
        // 3. titles of names: "Ukrainian President Volodymyr Zelensky"
        if code.is_none() {
            for m in ms
                .iter()
                .filter(|m| m.form == Form::Name && !m.title_text.is_empty())
            {
                if let Some(org) = &m.org_code {
                    code = Some((org.clone(), format!("title: {}", m.title_text)));
                    break;
                }
                if let Some(country) = &m.country {
                    let role = m.agent.as_ref().map(|(r, mode, _)| (r.clone(), *mode));
                    let x = match role {
                        Some(_) if m.former => format!("{country}ELI"),
                        Some((r, AgentMode::Suffix)) => format!("{country}{r}"),
                        Some((r, AgentMode::Prefix)) => format!("{r}{country}"),
                        None => country.clone(),
                    };
                    code = Some((x, format!("title: {}", m.title_text)));
                    break;
                }
            }
        }
        // 4. nominals with their own country or organisation (appositions included)
        if code.is_none() {
            for m in ms.iter().filter(|m| m.form == Form::Nominal) {
                if let Some(x) = self.nominal_code(m) {
                    code = Some(x);
                    break;
                }
            }
        }
        // 5. role nouns without a country: the country of the sentence or the one before
        // ("rebels" after "fighting in Sudan"; `Analysis::context_country`), else the role
        // alone
        if code.is_none() && ms.iter().all(|m| m.form != Form::Name) {
            if let Some(m) = ms
                .iter()
                .find(|m| m.form == Form::Nominal && m.agent.as_ref().is_some_and(|x| x.0 != "GOV"))
            {
                let (role, mode, origin) = m.agent.clone().unwrap_or_default_agent();
                let context = a.context_country(m);
                code = Some(match context {
                    Some(country) => (
                        match mode {
                            AgentMode::Suffix => format!("{country}{role}"),
                            AgentMode::Prefix => format!("{role}{country}"),
                        },
                        format!("agent: {} ({origin}) + context: {country}", m.title_text),
                    ),
                    None => (role.clone(), format!("agent: {} ({origin})", m.title_text)),
                });
            }
        }
        // 6. a government's role noun ("the president", "the interior ministry") or a titled
        // person ("President William Ruto") with no country anywhere: the article's country
        // (`Analysis::home_country`)
        if code.is_none() {
            if let Some(country) = home {
                // the heads of a state's institutions and offices; "vice", "senior",
                // "executive" and a possessive ("Ford's vice president") are a company's
                let governing = |m: &&&Cand| {
                    let head = m.title.last().map_or("", String::as_str);
                    m.country.is_none()
                        && m.org_code.is_none()
                        && !m.former
                        && m.agent.as_ref().is_some_and(|x| x.0 == "GOV")
                        && HOME_HEADS.contains(&head)
                        && !m
                            .title
                            .iter()
                            .any(|w| COMPANY_TITLE_WORDS.contains(&w.as_str()))
                        && !m.title_text.contains("'s")
                        && match m.form {
                            Form::Nominal => m.definite,
                            Form::Name => m.actor.is_none(),
                            _ => false,
                        }
                };
                if let Some(m) = ms.iter().find(governing) {
                    let (role, mode, origin) = m.agent.clone().unwrap_or_default_agent();
                    code = Some((
                        match mode {
                            AgentMode::Suffix => format!("{country}{role}"),
                            AgentMode::Prefix => format!("{role}{country}"),
                        },
                        format!("agent: {} ({origin}) + article: {country}", m.title_text),
                    ));
                }
            }
        }
        let cl = &a.clusters[k];
        let canonical = if !cl.group.is_empty() {
            cl.group
                .iter()
                .map(|&g| a.clusters[g].canonical.clone())
                .collect::<Vec<_>>()
                .join(" and ")
        } else {
            let names: Vec<&&Cand> = ms.iter().filter(|m| m.form == Form::Name).collect();
            let best = if cl.ty == Some(EntityType::Person) {
                names.iter().max_by_key(|m| {
                    let (s, e) = m.name.unwrap_or((m.start, m.end));
                    (e - s, std::cmp::Reverse((m.sent, m.start)))
                })
            } else {
                names.first()
            };
            match best {
                Some(m) => {
                    let (s, e) = m.name.unwrap_or((m.start, m.end));
                    a.text(m.sent, s, e)
                }
                None => ms
                    .iter()
                    .find(|m| m.form != Form::Pronoun)
                    .map(|m| {
                        let t = a.text(m.sent, m.start, m.end);
                        for d in ["the ", "The ", "a ", "A ", "an ", "An "] {
                            if let Some(r) = t.strip_prefix(d) {
                                return r.to_string();
                            }
                        }
                        t
                    })
                    .unwrap_or_default(),
            }
        };
        let ty = if !cl.group.is_empty() {
            let tys: Vec<Option<EntityType>> = cl.group.iter().map(|&g| a.clusters[g].ty).collect();
            if tys.iter().all(|t| *t == tys[0]) {
                tys[0]
            } else {
                Some(EntityType::Org)
            }
        } else {
            cl.ty.or_else(|| {
                ms.iter().find(|m| m.form == Form::Nominal).map(|m| {
                    let head = m.title.last().map_or("", String::as_str);
                    if m.plural || m.nominal.is_some() || words::is_institution(head) {
                        EntityType::Org
                    } else {
                        EntityType::Person
                    }
                })
            })
        };
        let cl = &mut a.clusters[k];
        cl.canonical = canonical;
        cl.ty = ty;
        if let Some((c, s)) = code {
            cl.code = Some(c);
            cl.source = Some(s);
        }
    }

    /// After the places stage: codes the article's entities again when a place of the
    /// gazetteer that the actor dictionaries do not code ("Kidal") shares a sentence with a
    /// role noun coded from the context or without a country ("Rebels attacked a police
    /// station near the northern town of Kidal" → `MLIREB`, not the country of the sentence
    /// before). Articles without such a place are left as they are.
    pub fn place_context(&self, doc: &mut Document) {
        let coded = |sent: usize, start: usize, end: usize| {
            doc.entities.iter().any(|e| {
                e.actor.is_some()
                    && e.mentions
                        .iter()
                        .any(|m| m.sentence == sent && m.start < end && start < m.end)
            })
        };
        let role_in = |sent: usize| {
            doc.entities.iter().any(|e| {
                e.actor_source
                    .as_deref()
                    .is_some_and(|s| s.starts_with("agent: "))
                    && e.mentions.iter().any(|m| m.sentence == sent)
            })
        };
        let again = doc.places.iter().any(|p| {
            p.country.is_some() && !coded(p.sentence, p.start, p.end) && role_in(p.sentence)
        });
        if again {
            let a = self.analyze(doc);
            doc.entities = self.entities(doc, &a);
        }
    }

    /// Adds `entities` to the document: one per cluster that has a name, a code or a group,
    /// in order of first mention.
    pub fn annotate(&self, doc: &mut Document) {
        let a = self.analyze(doc);
        doc.entities = self.entities(doc, &a);
    }

    /// The document's entities from an analysis.
    pub fn entities(&self, doc: &Document, a: &Analysis) -> Vec<Entity> {
        let keep: Vec<bool> = a
            .clusters
            .iter()
            .map(|cl| {
                !cl.cands.is_empty()
                    && (cl.code.is_some()
                        || !cl.group.is_empty()
                        || cl.cands.iter().any(|&m| a.mentions[m].form == Form::Name))
            })
            .collect();
        let mut order: Vec<(usize, usize, usize)> = (0..a.clusters.len())
            .filter(|&k| keep[k])
            .filter_map(|k| {
                a.clusters[k]
                    .cands
                    .iter()
                    .map(|&m| (a.mentions[m].sent, a.mentions[m].start))
                    .min()
                    .map(|(s, t)| (s, t, k))
            })
            .collect();
        order.sort_unstable();
        let ids: std::collections::HashMap<usize, String> = order
            .iter()
            .enumerate()
            .map(|(n, &(_, _, k))| (k, format!("e{n}")))
            .collect();
        order
            .iter()
            .map(|&(_, _, k)| {
                let cl = &a.clusters[k];
                let mut mentions: Vec<Mention> = cl
                    .cands
                    .iter()
                    .map(|&m| {
                        let c = &a.mentions[m];
                        let s = &doc.sentences[c.sent];
                        let start = s.tokens[c.start].start;
                        let end = s.tokens[c.end - 1].end;
                        let via = if c.form == Form::Name
                            && c.via != "metonym"
                            && c.via != "title"
                            && cl.ty == Some(EntityType::Person)
                            && c.name.is_some_and(|(x, y)| y == x + 1)
                            && cl.names.iter().any(|n| n.len() > 1)
                        {
                            "surname"
                        } else {
                            c.via
                        };
                        Mention {
                            sentence: s.id,
                            start,
                            end,
                            text: doc.text.get(start..end).unwrap_or("").to_string(),
                            via: Some(via.to_string()),
                        }
                    })
                    .collect();
                mentions.sort_by_key(|m| (m.sentence, m.start, m.end));
                mentions.dedup_by_key(|m| (m.sentence, m.start, m.end));
                Entity {
                    id: ids[&k].clone(),
                    canonical: cl.canonical.clone(),
                    kind: cl.ty.unwrap_or(EntityType::Org).as_str().to_string(),
                    actor: cl.code.clone(),
                    actor_source: cl.source.clone(),
                    members: cl
                        .group
                        .iter()
                        .filter_map(|g| ids.get(g).cloned())
                        .collect(),
                    mentions,
                }
            })
            .collect()
    }
}

trait AgentDefault {
    fn unwrap_or_default_agent(self) -> (String, AgentMode, String);
}

impl AgentDefault for Option<(String, AgentMode, String)> {
    fn unwrap_or_default_agent(self) -> (String, AgentMode, String) {
        self.unwrap_or((String::new(), AgentMode::Suffix, String::new()))
    }
}
