//! The pipeline: every stage, loaded once, applied to one article at a time.
//!
//! `Pipeline::code` is a pure function of (pipeline, article): same input, same document,
//! byte for byte. The pipeline is immutable after loading and shared across threads.

use std::path::Path;

use acta_core::Document;
use acta_extract::dict::Dictionaries;
use acta_extract::places::Places;
use acta_extract::{DateTagger, EventCoder, Quotes};
use acta_text::{Overrides, Preparer, RawArticle};
use anyhow::Context;

pub struct Pipeline {
    preparer: Preparer,
    syntax: acta_syntax::Model,
    pub actors: acta_extract::actors::Actors,
    dates: DateTagger,
    places: Places,
    events: EventCoder,
    quotes: Quotes,
}

impl Pipeline {
    /// Loads every stage from the data embedded in the binary.
    pub fn load() -> anyhow::Result<Pipeline> {
        Pipeline::with_dictionaries(None)
    }

    /// Loads every stage; with `Some(dir)`, the dictionaries (verbs, actors, agents,
    /// discards, issues, rules) come from a user's PETRARCH-format directory instead of the
    /// embedded ones (kinds the directory lacks stay embedded). Notes about the directory's
    /// files go to stderr.
    pub fn with_dictionaries(dir: Option<&Path>) -> anyhow::Result<Pipeline> {
        let events = match dir {
            None => EventCoder::embedded()
                .map_err(|e| anyhow::anyhow!("{e}"))
                .context("loading the embedded dictionaries")?,
            Some(dir) => {
                let (dicts, notes) =
                    Dictionaries::from_dir(dir).map_err(|e| anyhow::anyhow!("{e}"))?;
                for n in &notes {
                    eprintln!("acta: {n}");
                }
                let (coder, notes) = EventCoder::new(dicts);
                for n in &notes {
                    eprintln!("acta: {n}");
                }
                coder
            }
        };
        Ok(Pipeline {
            preparer: Preparer::default(),
            syntax: acta_syntax::Model::embedded().context("loading the syntax model")?,
            actors: acta_extract::actors::Actors::embedded()
                .map_err(|e| anyhow::anyhow!("loading the actor dictionaries: {e}"))?,
            dates: DateTagger::new(),
            places: Places::load().map_err(anyhow::Error::msg)?,
            events,
            quotes: Quotes::embedded()
                .map_err(|e| anyhow::anyhow!("loading the actor dictionary for quotations: {e}"))?,
        })
    }

    /// Loads every stage with an event coder built elsewhere (evaluations with their own
    /// dictionaries).
    pub fn with_coder(events: EventCoder) -> anyhow::Result<Pipeline> {
        Ok(Pipeline {
            preparer: Preparer::default(),
            syntax: acta_syntax::Model::embedded().context("loading the syntax model")?,
            actors: acta_extract::actors::Actors::embedded()
                .map_err(|e| anyhow::anyhow!("loading the actor dictionaries: {e}"))?,
            dates: DateTagger::new(),
            places: Places::load().map_err(anyhow::Error::msg)?,
            events,
            quotes: Quotes::embedded()
                .map_err(|e| anyhow::anyhow!("loading the actor dictionary for quotations: {e}"))?,
        })
    }

    /// The places stage (gazetteer and recognizer), for `acta places`.
    pub fn places(&self) -> &Places {
        &self.places
    }

    pub fn events(&self) -> &EventCoder {
        &self.events
    }

    /// The quotations stage, for `acta bench`.
    pub fn quotes(&self) -> &Quotes {
        &self.quotes
    }

    /// Codes one article.
    pub fn code(&self, raw: RawArticle, over: &Overrides) -> Document {
        let mut doc = self.preparer.prepare(raw, over);
        if doc.article.language.as_deref().is_some_and(|l| l != "en") {
            return doc;
        }
        for s in &mut doc.sentences {
            self.syntax.annotate(s);
        }
        self.dates.tag(&mut doc);
        // Actors before places: the places stage reads the entity types (a PERSON mention is
        // not a place).
        self.actors.annotate(&mut doc);
        self.places.tag(&mut doc);
        self.events.code(&mut doc);
        self.quotes.tag(&mut doc);
        doc
    }

    /// The stages one at a time, in `code`'s order, for the benchmark.
    pub fn prepare(&self, raw: RawArticle, over: &Overrides) -> Document {
        self.preparer.prepare(raw, over)
    }
    pub fn parse(&self, doc: &mut Document) {
        if doc.article.language.as_deref().is_some_and(|l| l != "en") {
            return;
        }
        for s in &mut doc.sentences {
            self.syntax.annotate(s);
        }
    }
    pub fn tag_dates(&self, doc: &mut Document) {
        if doc.article.language.as_deref().is_some_and(|l| l != "en") {
            return;
        }
        self.dates.tag(doc);
    }
    pub fn tag_actors(&self, doc: &mut Document) {
        if doc.article.language.as_deref().is_some_and(|l| l != "en") {
            return;
        }
        self.actors.annotate(doc);
    }
    pub fn tag_places(&self, doc: &mut Document) {
        if doc.article.language.as_deref().is_some_and(|l| l != "en") {
            return;
        }
        self.places.tag(doc);
    }
    pub fn code_events(&self, doc: &mut Document) {
        if doc.article.language.as_deref().is_some_and(|l| l != "en") {
            return;
        }
        self.events.code(doc);
    }
    pub fn tag_quotes(&self, doc: &mut Document) {
        if doc.article.language.as_deref().is_some_and(|l| l != "en") {
            return;
        }
        self.quotes.tag(doc);
    }
}
