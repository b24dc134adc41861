//! Closed word lists the mention finder uses: titles, modifiers of titles, pronouns, and the
//! common nouns that name organisations, countries and groups.

/// Ranks that are role nouns of their own (Phoenix's `DEPUTY`, a legislator) but before
/// another title word take that title's role ("deputy foreign minister", "deputy sheriff").
pub const RANK_WORDS: &[&str] = &["deputy", "deputies"];

/// Words that make up titles before a name ("Russian Foreign Minister Sergey Lavrov",
/// "Sudanese army spokesman", "NATO Secretary General"). Role nouns of the agents dictionary
/// count as well; these are the other words of titles.
pub const TITLE_WORDS: &[&str] = &[
    "president",
    "vice",
    "minister",
    "prime",
    "foreign",
    "secretary",
    "general",
    "chancellor",
    "king",
    "queen",
    "prince",
    "princess",
    "crown",
    "emir",
    "sheikh",
    "sultan",
    "premier",
    "leader",
    "chief",
    "commander",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "envoy",
    "ambassador",
    "senator",
    "sen",
    "governor",
    "gov",
    "mayor",
    "deputy",
    "defence",
    "defense",
    "interior",
    "finance",
    "economy",
    "trade",
    "health",
    "justice",
    "energy",
    "security",
    "intelligence",
    "state",
    "army",
    "military",
    "opposition",
    "rebel",
    "militia",
    "supreme",
    "head",
    "chairman",
    "chairwoman",
    "chair",
    "director",
    "adviser",
    "advisor",
    "aide",
    "lt",
    "col",
    "colonel",
    "gen",
    "admiral",
    "marshal",
    "field",
    "judge",
    "attorney",
    "speaker",
    "mr",
    "mrs",
    "ms",
    "dr",
    "sir",
    "lord",
    "lady",
    "pope",
    "cardinal",
    "archbishop",
    "rabbi",
    "imam",
    "ayatollah",
    "grand",
    "special",
    "representative",
    "high",
    "senior",
    "top",
    "national",
    "press",
    "affairs",
    "external",
    "official",
    "officer",
    "negotiator",
    "diplomat",
    "lawmaker",
    "legislator",
    "mp",
    "congressman",
    "congresswoman",
    "policy",
    "party",
    "political",
    "bureau",
    "council",
];

/// Plurals of nations of citizens of every origin: a nationality adjective before them names
/// an origin, not the country they live in ("Greek Cypriots" and "Turkish Cypriots" live in
/// Cyprus, "French Canadians" in Canada), unlike "Bosnian Serbs" (Serbs living in Bosnia).
pub const CITIZENS: &[&str] = &[
    "cypriots",
    "americans",
    "canadians",
    "australians",
    "britons",
    "israelis",
    "brazilians",
    "argentines",
    "argentinians",
];

/// Plurals of people that name an organisation's members before a possessive mark inside its
/// name ("the People's Party", "the Women's League", "the Veterans' Association"), besides the
/// plurals of the agents file's role nouns ("Workers'", "Farmers'", "Students'").
pub const MEMBERS: &[&str] = &[
    "people",
    "peoples",
    "women",
    "men",
    "children",
    "veterans",
    "citizens",
    "pensioners",
    "miners",
    "mothers",
];

/// Words for a natural feature: after a country's name they make a place's name ("the Niger
/// Delta", "the Congo Basin", "the Sudan Plain"), not an organisation's country.
pub const LANDFORMS: &[&str] = &[
    "delta",
    "basin",
    "river",
    "valley",
    "lake",
    "sea",
    "gulf",
    "strait",
    "straits",
    "coast",
    "mountains",
    "highlands",
    "plateau",
    "desert",
    "peninsula",
    "bay",
    "ocean",
    "canal",
    "plain",
    "plains",
];

/// Country names that begin organisations' names of something else too often to give them a
/// country: a US state ("Georgia Power", "the University of Georgia" is a dictionary
/// matter) and a brand and given name ("Jordan Brand").
pub const NOT_IN_NAMES: &[&str] = &["georgia", "jordan"];

/// Modifiers of titles: kept in the mention; `former`, `ex` and `late` mark a past role.
/// Honorifics: before a name, they make it a person's ("Mr Paris" is not the city).
pub const HONORIFICS: &[&str] = &[
    "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "miss", "dr", "dr.", "sir", "dame", "madam", "mx",
];

pub const MODIFIERS: &[&str] = &[
    "former",
    "ex",
    "late",
    "ousted",
    "deposed",
    "toppled",
    "overthrown",
    "then",
    "acting",
    "interim",
    "outgoing",
    "incoming",
    "current",
    "new",
    "caretaker",
    "transitional",
    "newly",
    "elected",
    "designate",
    // ranks inside a title: "Nigerian junior foreign minister", "assistant secretary"
    "junior",
    "assistant",
];

/// How a name before a hyphenated participle relates to the group the phrase names: a
/// backer ("US-backed forces", "Iranian-funded militias") is another actor, not the group's
/// country; a seat or leader ("a London-based group", "Saudi-led forces") is the group's own.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Hyphened {
    Backer,
    Seat,
}

/// The relation a participle after a hyphen gives the name before it (`backed` in "US -
/// backed"), if it is one of those.
pub fn hyphened(participle: &str) -> Option<Hyphened> {
    match participle {
        "backed" | "sponsored" | "funded" | "financed" | "supported" | "armed" | "trained"
        | "allied" | "aligned" | "inspired" | "installed" | "equipped" => Some(Hyphened::Backer),
        "based" | "headquartered" | "led" => Some(Hyphened::Seat),
        _ => None,
    }
}

pub fn is_past_modifier(w: &str) -> bool {
    // "ousted president Aristide" no longer holds the office, as "former" says
    matches!(
        w,
        "former" | "ex" | "late" | "ousted" | "deposed" | "toppled" | "overthrown"
    )
}

/// Personal pronouns that can refer to an entity: what they agree with.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Pron {
    He,
    She,
    They,
    It,
}

pub fn pronoun(lower: &str) -> Option<Pron> {
    Some(match lower {
        "he" | "him" | "his" | "himself" => Pron::He,
        "she" | "her" | "hers" | "herself" => Pron::She,
        "they" | "them" | "their" | "theirs" | "themselves" => Pron::They,
        "its" | "itself" => Pron::It,
        _ => return None,
    })
}

/// Common nouns that refer back to a named organisation ("the alliance" → NATO), a country
/// ("the country"), or a group of two ("the two sides").
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Nominal {
    /// alliance, bloc, union: an intergovernmental organisation
    Alliance,
    /// organisation, group, movement, party, company: any organisation
    Organisation,
    /// country, nation
    Country,
    /// side(s), countries, leaders, parties with "two" or "both"
    Pair,
}

/// Nouns naming an institution rather than a person ("the government", "the court"): a
/// singular role noun among them is an organisation.
pub fn is_institution(lower: &str) -> bool {
    matches!(
        lower,
        "government"
            | "administration"
            | "cabinet"
            | "court"
            | "tribunal"
            | "judiciary"
            | "parliament"
            | "legislature"
            | "congress"
            | "senate"
            | "assembly"
            | "council"
            | "committee"
            | "commission"
            | "ministry"
            | "department"
            | "army"
            | "military"
            | "navy"
            | "police"
            | "regime"
            | "junta"
            | "authority"
            | "embassy"
            | "kremlin"
    )
}

pub fn nominal(lower: &str) -> Option<Nominal> {
    Some(match lower {
        "alliance" | "bloc" | "union" | "coalition" => Nominal::Alliance,
        "organisation" | "organization" | "group" | "movement" | "party" | "company" | "firm"
        | "agency" | "body" => Nominal::Organisation,
        "country" | "nation" | "kingdom" | "republic" => Nominal::Country,
        _ => return None,
    })
}

/// Heads of "the two sides", "both countries", "the two leaders".
pub fn pair_head(lower: &str) -> bool {
    matches!(
        lower,
        "sides"
            | "countries"
            | "nations"
            | "leaders"
            | "parties"
            | "states"
            | "governments"
            | "delegations"
            | "neighbours"
            | "neighbors"
            | "men"
            | "presidents"
    )
}

/// Prepositions that make a place name a place ("in Moscow") rather than an actor ("Moscow
/// said").
/// Nouns of a kind of place or a part of one, which a nationality adjective or an "of" phrase
/// locates ("the Syrian city of Homs", "the Malian capital", "the east of the Gaza Strip").
pub fn place_kind(lower: &str) -> bool {
    matches!(
        lower,
        "city"
            | "town"
            | "village"
            | "capital"
            | "port"
            | "province"
            | "region"
            | "district"
            | "state"
            | "county"
            | "island"
            | "governorate"
            | "oblast"
            | "enclave"
            | "settlement"
            | "municipality"
            | "border"
            | "territory"
            | "countryside"
            | "camp"
            | "neighbourhood"
            | "neighborhood"
            | "suburb"
            | "outskirts"
            | "suburbs"
            | "east"
            | "west"
            | "north"
            | "south"
            | "centre"
            | "center"
            | "heart"
            | "part"
            | "parts"
            | "area"
            | "areas"
    )
}

pub fn locative(lower: &str) -> bool {
    matches!(
        lower,
        "in" | "at"
            | "from"
            | "to"
            | "near"
            | "outside"
            | "inside"
            | "across"
            | "around"
            | "into"
            | "via"
            | "through"
            | "throughout"
            | "towards"
            | "toward"
            | "within"
            | "between"
            | "on"
            | "over"
            | "off"
            | "of"
            | "for"
    )
}

/// Nouns of a line between states ("the Thai border", "the Syrian frontier"): a nationality
/// adjective on one names a side, not the place of an act nor an owner.
pub fn is_border(lower: &str) -> bool {
    matches!(
        lower,
        "border" | "borders" | "frontier" | "frontiers" | "boundary" | "borderline"
    )
}

/// Titles of whoever presides over a body: after a legislature's name ("National Assembly
/// president", "Senate leader", "parliament speaker") they name the legislature's office.
pub const PRESIDING: &[&str] = &[
    "president",
    "speaker",
    "chairman",
    "chairwoman",
    "chair",
    "leader",
    "head",
    "chief",
];

/// A day's or a month's name ("On Monday President X", "In March Prime Minister Y"): a
/// capitalized word before a title that names no organisation.
pub fn is_calendar_name(w: &str) -> bool {
    matches!(
        w,
        "monday"
            | "tuesday"
            | "wednesday"
            | "thursday"
            | "friday"
            | "saturday"
            | "sunday"
            | "january"
            | "february"
            | "march"
            | "april"
            | "may"
            | "june"
            | "july"
            | "august"
            | "september"
            | "october"
            | "november"
            | "december"
    )
}
