//! The pipeline: every stage, loaded once, applied to one article at a time.
//!
//! `Pipeline::code` is a pure function of (pipeline, article): same input, same document,
//! byte for byte. The pipeline is immutable after loading and shared across threads.

use acta_core::Document;
use acta_extract::places::Places;
use acta_extract::{DateTagger, Quotes};
use acta_text::{Overrides, Preparer, RawArticle};
use anyhow::Context;

pub struct Pipeline {
    preparer: Preparer,
    syntax: acta_syntax::Model,
    pub actors: acta_extract::actors::Actors,
    dates: DateTagger,
    places: Places,
    quotes: Quotes,
}

impl Pipeline {
    /// Loads every stage from the data embedded in the binary.
    pub fn load() -> anyhow::Result<Pipeline> {
        Ok(Pipeline {
            preparer: Preparer::default(),
            syntax: acta_syntax::Model::embedded().context("loading the syntax model")?,
            actors: acta_extract::actors::Actors::embedded()
                .map_err(|e| anyhow::anyhow!("loading the actor dictionaries: {e}"))?,
            dates: DateTagger::new(),
            places: Places::load().map_err(anyhow::Error::msg)?,
            quotes: Quotes::embedded()
                .map_err(|e| anyhow::anyhow!("loading the actor dictionary for quotations: {e}"))?,
        })
    }

    /// The places stage (gazetteer and recognizer), for `acta places`.
    pub fn places(&self) -> &Places {
        &self.places
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
        self.quotes.tag(&mut doc);
        doc
    }
}
