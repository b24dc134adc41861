//! Entities and actors: who is mentioned in an article, what each is (the CAMEO actor code on
//! the publication date, and why), and which mentions refer to the same one.
//!
//! ```text
//! sentence tokens + parse ──▶ mentions (mentions.rs) ──▶ clusters and codes (coref.rs)
//!   names: entity tagger + actor dictionaries; titles; appositions; role nouns;
//!   pronouns; nationality adjectives; coordinations; capitals as governments
//! ```
//!
//! [`Actors::annotate`] fills `Document::entities`; [`resolve`] answers the later stages'
//! question "which entity is this span, and what is its code". What is recognized and why
//! each code is given is documented in `docs/actors.md`.

pub mod coref;
pub mod countries;
pub mod kinds;
pub mod mentions;
pub mod resolve;
pub mod words;

pub use coref::{Analysis, Cluster};
pub use countries::{Countries, Country, CountryWord, Gender, GivenNames};
pub use kinds::{actor_type, EntityType};
pub use mentions::{Cand, Form};
pub use resolve::{entity_at, Resolved, Resolver};

use crate::dict::{actors::extra_agents, ActorDictionary, Day, DictError, Layer};
use crate::ner::EntityTagger;

/// Everything the actors stage needs, loaded once; immutable and shareable across threads.
#[derive(Clone, Debug)]
pub struct Actors {
    pub dict: ActorDictionary,
    pub countries: Countries,
    pub names: GivenNames,
    /// The entity tagger; without it only dictionary names are found.
    pub ner: Option<EntityTagger>,
    /// What each dictionary entry names (by index of `dict.actors`).
    types: Vec<EntityType>,
    /// For a dictionary entry, the overlay rows of the same actor (whose phrases hold the
    /// entry's primary phrase): they decide its code on the days they cover, whatever
    /// phrase matched ("President Barack Obama" is only in the 2016 dictionary).
    twins: std::collections::HashMap<usize, Vec<usize>>,
}

impl Actors {
    /// The embedded dictionaries, country and name tables, and entity model.
    pub fn embedded() -> Result<Actors, DictError> {
        let dict = ActorDictionary::embedded()?;
        let ner = EntityTagger::embedded()
            .map_err(|e| DictError::new("data/models/entities/ner.bin.zst", e.to_string()))?;
        Ok(Actors::new(dict, Some(ner)))
    }

    /// The stage over a given dictionary (a user's, from `ActorDictionary::from_dir`) and
    /// entity tagger. Acta's extra role nouns (`data/actors/agents.extra.txt`) are added to
    /// the dictionary's agents.
    pub fn new(dict: ActorDictionary, ner: Option<EntityTagger>) -> Actors {
        let dict = dict.with_agents(extra_agents());
        let names = GivenNames::embedded();
        let types = dict.actors.iter().map(|a| actor_type(a, &names)).collect();
        let mut overlay_by_phrase: std::collections::HashMap<&[String], Vec<usize>> =
            std::collections::HashMap::new();
        for (i, a) in dict.actors.iter().enumerate() {
            if dict.layers[i] == Layer::Overlay {
                for p in &a.phrases {
                    overlay_by_phrase.entry(p.as_slice()).or_default().push(i);
                }
            }
        }
        let twins = dict
            .actors
            .iter()
            .enumerate()
            .filter(|(i, _)| dict.layers[*i] == Layer::Dictionary)
            .filter_map(|(i, a)| {
                let p = a.phrases.first()?;
                overlay_by_phrase.get(p.as_slice()).map(|o| (i, o.clone()))
            })
            .collect();
        Actors {
            dict,
            countries: Countries::embedded().with_regions(),
            names,
            ner,
            types,
            twins,
        }
    }

    /// The entry that codes a dictionary match on the day: an overlay row of the same actor
    /// that covers the day, else the match itself.
    pub fn on_day(&self, actor: usize, day: Option<Day>) -> (usize, Option<String>) {
        if let (Some(twins), Some(d)) = (self.twins.get(&actor), day) {
            if let Some(&t) = twins
                .iter()
                .find(|&&t| self.dict.actors[t].codes.iter().any(|c| c.covers(d)))
            {
                return (t, self.dict.actors[t].code_on(day).map(str::to_string));
            }
        }
        (
            actor,
            self.dict.actors[actor].code_on(day).map(str::to_string),
        )
    }

    /// When `country` is a state younger than `day`, the code the dictionary gives its own
    /// name on that day, a region of an older state ("South Sudan" is `SDNSSD` before
    /// 2011-07-09, "Montenegro" `SCGMNE` from 1992 to 2006, "Kosovo" `FRYKSV` until
    /// 1999-06-10); `None` when the state exists on the day or the dictionary does not say.
    /// Not when another of the country's names is the older state itself ("Serbia" is
    /// `SCGSRB` in 1999, but "Serbia and Montenegro" is `SCG`: Belgrade was the federation's
    /// capital too).
    pub fn younger_than(&self, country: &Country, day: Option<Day>) -> Option<String> {
        let code_on_day = |name: &str| {
            let w = crate::dict::actors::phrase_words(name);
            self.dict
                .actor_at(&w, 0, day)
                .filter(|m| m.len == w.len())
                .and_then(|m| m.code)
        };
        let older = code_on_day(&country.name).filter(|x| !x.starts_with(&country.code))?;
        let state = older.get(..3)?;
        let same_state = country
            .names
            .iter()
            .any(|n| code_on_day(n).as_deref() == Some(state));
        (!same_state).then_some(older)
    }

    /// The places stage's countries dated as the actors stage dates them: a place in a state
    /// younger than the article is in the older state the dictionary names on the day
    /// ("Juba" in an article of 2000 is in `SDN`, not `SSD`; "Podgorica" in 2000 in `SCG`).
    /// The gazetteer writes ISO codes; the two where CAMEO differs (`XKX` Kosovo, `TLS` East
    /// Timor) are read as CAMEO's before the check, and a place left as it was keeps its ISO
    /// code. The admin-1 name stays (the region is still named so).
    pub fn date_places(&self, doc: &mut acta_core::Document) {
        let day = doc
            .article
            .published
            .as_deref()
            .and_then(crate::dict::day_from_iso);
        if day.is_none() {
            return;
        }
        for p in &mut doc.places {
            let Some(iso) = p.country.as_deref() else {
                continue;
            };
            let cameo = match iso {
                "XKX" => "KSV",
                "TLS" => "TMP",
                x => x,
            };
            let older = self
                .countries
                .get(cameo)
                .and_then(|c| self.younger_than(c, day));
            if let Some(state) = older.as_deref().and_then(|o| o.get(..3)) {
                p.country = Some(state.to_string());
            }
        }
    }

    /// What dictionary entry `i` names.
    pub fn actor_type(&self, i: usize) -> EntityType {
        self.types[i]
    }
}
