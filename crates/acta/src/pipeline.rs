//! The pipeline: every stage, loaded once, applied to one article at a time.
//!
//! `Pipeline::code` is a pure function of (pipeline, article): same input, same document,
//! byte for byte. The pipeline is immutable after loading and shared across threads.

use acta_core::Document;
use acta_extract::DateTagger;
use acta_text::{Overrides, Preparer, RawArticle};
use anyhow::Context;

pub struct Pipeline {
    preparer: Preparer,
    syntax: acta_syntax::Model,
    dates: DateTagger,
}

impl Pipeline {
    /// Loads every stage from the data embedded in the binary.
    pub fn load() -> anyhow::Result<Pipeline> {
        Ok(Pipeline {
            preparer: Preparer::default(),
            syntax: acta_syntax::Model::embedded().context("loading the syntax model")?,
            dates: DateTagger::new(),
        })
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
        doc
    }
}
