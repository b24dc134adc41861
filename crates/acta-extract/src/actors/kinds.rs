//! Entity types, and what type of thing a dictionary entry names.

use super::countries::GivenNames;
use crate::dict::Actor;

/// The type of an entity (`Entity::kind` in the document).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum EntityType {
    Person,
    Org,
    /// Countries, cities, provinces: places with a government.
    Gpe,
    /// Other places: regions, seas, mountains.
    Loc,
    /// Nationalities and groups named by them ("Russian", "the Ukrainians").
    Norp,
}

impl EntityType {
    pub fn as_str(self) -> &'static str {
        match self {
            EntityType::Person => "PERSON",
            EntityType::Org => "ORG",
            EntityType::Gpe => "GPE",
            EntityType::Loc => "LOC",
            EntityType::Norp => "NORP",
        }
    }
}

/// Words that make a name an organisation's ("Rapid Support Forces", "Wagner Group").
const ORG_WORDS: &[&str] = &[
    "agency",
    "alliance",
    "army",
    "assembly",
    "association",
    "authority",
    "bank",
    "board",
    "brigade",
    "brigades",
    "bureau",
    "cabinet",
    "centre",
    "center",
    "church",
    "coalition",
    "command",
    "commission",
    "committee",
    "company",
    "congress",
    "corporation",
    "council",
    "court",
    "department",
    "forces",
    "force",
    "front",
    "fund",
    "government",
    "group",
    "guard",
    "house",
    "institute",
    "kremlin",
    "league",
    "ministry",
    "movement",
    "network",
    "office",
    "organisation",
    "organization",
    "parliament",
    "party",
    "police",
    "service",
    "services",
    "society",
    "union",
    "university",
];

/// Words of a role description that make an overlay row a person's ("President of Ukraine",
/// "opposition leader", "head of the Hamas political bureau").
const OFFICE_WORDS: &[&str] = &[
    "president",
    "minister",
    "secretary",
    "chancellor",
    "king",
    "queen",
    "leader",
    "head",
    "commander",
    "chief",
    "premier",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "envoy",
    "aide",
    "businessman",
    "candidate",
    "chairman",
    "director",
    "prince",
    "emir",
    "governor",
    "mayor",
    "ambassador",
    "general",
    "secretary-general",
    "press",
];

fn words(s: &str) -> impl Iterator<Item = String> + '_ {
    s.split(|c: char| !c.is_alphanumeric() && c != '-')
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
}

/// Codes that name a kind of organisation rather than a country (`IGO`, `NGO`, `IMG`...).
pub fn is_sector_root(code: &str) -> bool {
    matches!(
        code.get(..3),
        Some("IGO" | "NGO" | "IMG" | "MNC" | "UIS" | "PTY" | "REB" | "SPY")
    )
}

/// Role codes (CAMEO's second and third three-letter parts).
const ROLES: &[&str] = &[
    "GOV", "MIL", "REB", "OPP", "PTY", "COP", "JUD", "BUS", "MED", "EDU", "CVL", "LAB", "AGR",
    "HLH", "REF", "SPY", "UAF", "IGO", "NGO", "ELI", "LEG", "CRM", "HRI", "ENV", "REL", "IMG",
    "SEP", "INS", "UIS", "MNC", "ATH", "DEV", "RAD", "MOD", "AMN",
];

/// A code made of country codes only (`UKR`, `USRUKR` = Soviet Ukraine).
fn is_country_code(code: &str) -> bool {
    code.len().is_multiple_of(3)
        && !code.is_empty()
        && code.is_ascii()
        && !is_sector_root(code)
        && (0..code.len())
            .step_by(3)
            .all(|i| !ROLES.contains(&&code[i..i + 3]))
}

/// What an actor entry names: a person, an organisation, or a country or place.
pub fn actor_type(a: &Actor, names: &GivenNames) -> EntityType {
    if a.codes.iter().all(|c| is_country_code(&c.code)) {
        return EntityType::Gpe;
    }
    let name_words: Vec<String> = words(&a.name).collect();
    if name_words.iter().any(|w| ORG_WORDS.contains(&w.as_str())) {
        return EntityType::Org;
    }
    if a.origin.starts_with("overlay") {
        return if words(&a.role).any(|w| OFFICE_WORDS.contains(&w.as_str())) {
            EntityType::Person
        } else {
            EntityType::Org
        };
    }
    let given_first = name_words.first().is_some_and(|w| names.is_given(w));
    let dated = a.codes.iter().any(|c| !c.is_default());
    if given_first || (dated && (2..=4).contains(&name_words.len())) {
        EntityType::Person
    } else {
        EntityType::Org
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dict::{actors::norm_word, ActorDictionary};

    #[test]
    fn dictionary_entries_have_types() {
        let d = ActorDictionary::embedded().unwrap();
        let g = GivenNames::embedded();
        let ty = |s: &str| {
            let w: Vec<String> = s.split(' ').map(norm_word).collect();
            let m = d.actor_at(&w, 0, None).unwrap();
            actor_type(&d.actors[m.actor], &g)
        };
        assert_eq!(ty("Sergey Lavrov"), EntityType::Person);
        assert_eq!(ty("Volodymyr Zelensky"), EntityType::Person);
        assert_eq!(ty("Russia"), EntityType::Gpe);
        assert_eq!(ty("Ukraine"), EntityType::Gpe);
        assert_eq!(ty("Moscow"), EntityType::Gpe);
        assert_eq!(ty("NATO"), EntityType::Org);
        assert_eq!(ty("Kremlin"), EntityType::Org);
        assert_eq!(ty("Hamas"), EntityType::Org);
        assert_eq!(ty("Wagner Group"), EntityType::Org);
        assert_eq!(ty("Rapid Support Forces"), EntityType::Org);
    }
}
