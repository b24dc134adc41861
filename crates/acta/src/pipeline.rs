//! The pipeline: every stage, loaded once, applied to one article at a time.
//!
//! `Pipeline::code` is a pure function of (pipeline, article): same input, same document,
//! byte for byte. The pipeline is immutable after loading and shared across threads.

use acta_core::Document;
use acta_extract::DateTagger;
use acta_text::{Overrides, Preparer, RawArticle};

pub struct Pipeline {
    preparer: Preparer,
    dates: DateTagger,
}

impl Pipeline {
    /// Loads every stage from the data embedded in the binary.
    pub fn load() -> anyhow::Result<Pipeline> {
        Ok(Pipeline {
            preparer: Preparer::default(),
            dates: DateTagger::new(),
        })
    }

    /// Codes one article.
    pub fn code(&self, raw: RawArticle, over: &Overrides) -> Document {
        let mut doc = self.preparer.prepare(raw, over);
        if doc.article.language.as_deref().is_some_and(|l| l != "en") {
            return doc;
        }
        self.dates.tag(&mut doc);
        doc
    }
}
