//! The document and its layers. Field names are the JSON names (see `docs/schema.md`).

use serde::{Deserialize, Serialize};

use crate::span::{SourceMap, Span};

/// One article, with every layer the pipeline has added to it.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Document {
    /// Always [`crate::SCHEMA`].
    pub schema: String,
    pub article: Article,
    /// The cleaned text. Every span in the document is a byte range into it.
    pub text: String,
    /// What cleaning took out of the input, in input order.
    pub removed: Vec<Removed>,
    /// Maps cleaned-text offsets back to input offsets.
    pub source_map: SourceMap,
    pub sentences: Vec<Sentence>,
    pub entities: Vec<Entity>,
    pub events: Vec<Event>,
    pub quotes: Vec<Quote>,
    pub dates: Vec<DateExpr>,
    pub places: Vec<Place>,
    /// Problems met while reading or coding this article that did not stop it (lossy UTF-8
    /// decoding, a language Acta does not code, ...), one human-readable line each.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub warnings: Vec<String>,
}

impl Document {
    /// The text of a span of the cleaned text.
    pub fn slice(&self, span: Span) -> &str {
        self.text.get(span.start..span.end).unwrap_or("")
    }

    /// The sentence containing a byte offset, if any.
    pub fn sentence_at(&self, offset: usize) -> Option<&Sentence> {
        let i = self.sentences.partition_point(|s| s.end <= offset);
        self.sentences.get(i).filter(|s| s.start <= offset)
    }
}

/// Metadata of the article.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Article {
    /// Stable hash of the cleaned text ([`crate::text_id`]).
    pub id: String,
    /// The id the input gave the article (a JSON Lines `id`), if any.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub input_id: Option<String>,
    pub url: Option<String>,
    pub outlet: Option<String>,
    /// Publication date, ISO 8601 (`2025-09-03`), or null when unknown.
    pub published: Option<String>,
    /// Where `published` came from: `flag`, `input`, `meta`, `json-ld`, `time`, `url`,
    /// `dateline`.
    pub published_source: Option<String>,
    pub title: Option<String>,
    pub authors: Vec<String>,
    /// The wire agency credited (`Reuters`, `AFP`, ...).
    pub agency: Option<String>,
    /// ISO 639-1 code of the detected language (`en`), or null when undetermined.
    pub language: Option<String>,
    /// `DMY`, `MDY`, or null: how numeric dates such as 3/4 are read in this article.
    pub date_order: Option<DateOrder>,
    /// Where the article was read from: a path, `path:line` for JSON Lines, `-` for stdin.
    pub source: Option<String>,
    /// Document tone, −100 (negative) .. 100 (positive), GDELT AvgTone-like.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tone: Option<f64>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum DateOrder {
    #[serde(rename = "DMY")]
    Dmy,
    #[serde(rename = "MDY")]
    Mdy,
}

impl DateOrder {
    pub fn as_str(self) -> &'static str {
        match self {
            DateOrder::Dmy => "DMY",
            DateOrder::Mdy => "MDY",
        }
    }
    pub fn parse(s: &str) -> Option<DateOrder> {
        match s.to_ascii_uppercase().as_str() {
            "DMY" => Some(DateOrder::Dmy),
            "MDY" => Some(DateOrder::Mdy),
            _ => None,
        }
    }
}

/// Something cleaning took out of the input.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Removed {
    pub kind: RemovedKind,
    /// The original text, as it was in the input.
    pub text: String,
    /// Byte range in the input.
    pub start: usize,
    pub end: usize,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum RemovedKind {
    Image,
    Caption,
    Byline,
    Boilerplate,
    Duplicate,
}

impl RemovedKind {
    pub fn as_str(self) -> &'static str {
        match self {
            RemovedKind::Image => "image",
            RemovedKind::Caption => "caption",
            RemovedKind::Byline => "byline",
            RemovedKind::Boilerplate => "boilerplate",
            RemovedKind::Duplicate => "duplicate",
        }
    }
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Sentence {
    /// Index of the sentence in the document, from 0.
    pub id: usize,
    pub start: usize,
    pub end: usize,
    pub text: String,
    pub kind: SentenceKind,
    pub tokens: Vec<Token>,
}

impl Sentence {
    pub fn span(&self) -> Span {
        Span::new(self.start, self.end)
    }
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum SentenceKind {
    #[default]
    Body,
    Caption,
    Title,
}

/// A syntactic word (Universal Dependencies sense): `don't` is two tokens, `do` and `n't`.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Token {
    pub text: String,
    pub start: usize,
    pub end: usize,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub upos: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub xpos: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lemma: Option<String>,
    /// Index of the head token within the sentence, counted from 1; 0 is the root.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub head: Option<usize>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deprel: Option<String>,
}

/// A mention of an entity: where it is and how it was written.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Mention {
    pub sentence: usize,
    pub start: usize,
    pub end: usize,
    pub text: String,
    /// How the mention was found: `name` (entity tagger), `dictionary` (actor dictionary or
    /// overlay), `title` (a name with its title), `surname`, `metonym` (a capital for its
    /// government), `nominal` (role noun, "the alliance", "the two sides"), `pronoun`,
    /// `adjective` (nationality), `group` (a coordination: "Russia and Ukraine").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub via: Option<String>,
}

/// A cluster of mentions of one person, organisation or place.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Entity {
    /// `e0`, `e1`, ... in order of first mention.
    pub id: String,
    pub canonical: String,
    /// `PERSON`, `ORG`, `GPE`, `LOC` or `NORP`.
    #[serde(rename = "type")]
    pub kind: String,
    /// CAMEO actor code on the publication date, if any.
    pub actor: Option<String>,
    /// Why the actor code: the dictionary entry, overlay row or inference that gave it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub actor_source: Option<String>,
    /// For a group ("Russia and Ukraine", "the two sides"): the ids of the entities in it.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub members: Vec<String>,
    pub mentions: Vec<Mention>,
}

/// One side of an event.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Participant {
    pub text: String,
    pub actor: Option<String>,
    pub entity: Option<String>,
    pub start: usize,
    pub end: usize,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Plover {
    #[serde(rename = "type")]
    pub kind: String,
    pub mode: Option<String>,
    pub context: Vec<String>,
}

/// A date attached to an event or quotation.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct WhenDate {
    /// ISO value at its precision (`2025-09-01`, `2025-09`, `2014`), null when unknown.
    pub value: Option<String>,
    pub precision: Option<String>,
    /// True when a temporal expression in the text gave it; false when the publication date
    /// was assumed.
    pub stated: bool,
    /// The [`DateExpr`] it came from, by index.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<usize>,
}

/// Where an event happened.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct EventLocation {
    pub name: String,
    /// The [`Place`] it came from, by index.
    pub place: Option<usize>,
    pub geonames_id: Option<u64>,
    pub country: Option<String>,
    pub admin1: Option<String>,
    pub lat: Option<f64>,
    pub lon: Option<f64>,
    /// ACLED-style: 1 the town, 2 near or part of a region, 3 the whole region or country.
    pub precision: u8,
}

/// A piece of text that is the evidence for a record.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Evidence {
    pub text: String,
    pub start: usize,
    pub end: usize,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Event {
    pub id: String,
    pub sentence: usize,
    pub source: Option<Participant>,
    pub target: Option<Participant>,
    pub cameo: String,
    pub cameo_root: String,
    pub quad_class: u8,
    pub goldstein: f64,
    pub plover: Option<Plover>,
    pub date: WhenDate,
    pub location: Option<EventLocation>,
    pub negated: bool,
    /// `asserted`, `intended` or `hypothetical`.
    pub modality: String,
    pub evidence: Evidence,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tone: Option<f64>,
    /// The dictionary pattern that matched, for auditing.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rule: Option<String>,
    /// The act is mutual: source and target did it with each other ("Russia and Ukraine held
    /// talks"). One record stands for both directions.
    #[serde(default)]
    pub reciprocal: bool,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Speaker {
    pub text: String,
    pub canonical: Option<String>,
    pub actor: Option<String>,
    pub entity: Option<String>,
    pub start: usize,
    pub end: usize,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Quote {
    pub id: String,
    pub speaker: Option<Speaker>,
    pub cue: Option<Evidence>,
    pub content: Evidence,
    /// `direct`, `indirect` or `mixed`.
    pub kind: String,
    pub sentences: Vec<usize>,
    pub date: WhenDate,
}

/// A temporal expression, normalized TIMEX3-style (see `docs/dates.md`).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct DateExpr {
    pub text: String,
    pub start: usize,
    pub end: usize,
    pub sentence: usize,
    /// TIMEX3 value: `2025-09-03`, `2025-08`, `2014`, `201` (the 2010s), `2025-W36`,
    /// `2025-Q3`, `2025-SP`, `2025-09-03T18:00Z`, `P3Y`, `PXY`, `XXXX-WXX-2`, `PRESENT_REF`, ...
    /// Relative expressions in an article without a publication date get `X`s where the
    /// anchor would have filled in digits (`XXXX-XX-XX` for "yesterday").
    pub value: String,
    /// `minute`, `part-of-day`, `day`, `week`, `month`, `quarter`, `half`, `season`, `year`,
    /// `decade`, `century`; null for durations, sets and vague references (`PRESENT_REF`).
    pub precision: Option<String>,
    /// The date it was resolved against: the publication date for relative expressions
    /// ("yesterday", "21/8", "last week"), another date for anaphora ("the same day", "two
    /// days later"), null when the text states the date in full ("21 August 2025", "2014").
    pub anchor: Option<String>,
    /// `date`, `duration`, `set` or `range`.
    pub kind: String,
    /// For ranges: the end value (`since the beginning of the year` → 2025-01-01 .. anchor).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end_value: Option<String>,
    /// TIMEX3 `mod`: `START`, `MID`, `END` ("early September", "mid-2011", "the end of the
    /// year"), `MORE_THAN`, `LESS_THAN`, `APPROX`, `EQUAL_OR_MORE`, `EQUAL_OR_LESS` ("more than
    /// three years").
    #[serde(rename = "mod", default, skip_serializing_if = "Option::is_none")]
    pub modifier: Option<String>,
}

/// A place mention resolved to the gazetteer.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Place {
    pub text: String,
    pub start: usize,
    pub end: usize,
    pub sentence: usize,
    pub name: String,
    pub geonames_id: Option<u64>,
    /// `city`, `admin1`, `country`, `region` or `continent`.
    pub feature: String,
    /// ISO 3166 alpha-3.
    pub country: Option<String>,
    pub admin1: Option<String>,
    pub lat: Option<f64>,
    pub lon: Option<f64>,
    pub confidence: f64,
    /// The name stands for a government or state acting or speaking ("Moscow said",
    /// "Kyiv can join NATO"): still this place, and a cue for the actors stage.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub metonym: bool,
}
