//! Places: toponyms recognized in the text, resolved to the gazetteer, and attached to events.
//!
//! ```text
//! sentences + tokens ──▶ units (tokens split at hyphens)
//!                    ──▶ gazetteer matches (longest, capitalized, folded names)
//!                    ──▶ cues: "in/at/near X", "the X province", "X-based", "X, <parent>",
//!                        person/organisation readings ("Mr X", "Michael Jordan", "X Post",
//!                        "X said" for a town), government metonyms ("Moscow said")
//!                    ──▶ resolution: population prior + feature + the article's country and
//!                        admin-1 context + "X, Y" hierarchy, in two passes
//!                    ──▶ doc.places
//! ```
//!
//! [`Places`] is built once (the gazetteer is embedded) and is `Send + Sync`;
//! [`Places::tag`] fills `doc.places`. [`location_for`] is the helper the events stage calls
//! to attach a location to a clause. See `docs/places.md`.

pub mod gazetteer;
mod locate;
mod recognize;
mod resolve;

pub use gazetteer::{Entry, Feature, Gazetteer};
pub use locate::{location_for, precision_of};
pub use recognize::Mention;
pub use resolve::{Candidate, Explained};

use acta_core::{Document, Place};

/// The places stage: the gazetteer and the recognizer, loaded once.
#[derive(Debug)]
pub struct Places {
    pub gazetteer: Gazetteer,
}

impl Places {
    /// Loads the gazetteer embedded in the binary.
    pub fn load() -> Result<Places, String> {
        Ok(Places {
            gazetteer: Gazetteer::embedded()?,
        })
    }

    pub fn from_gazetteer(gazetteer: Gazetteer) -> Places {
        Places { gazetteer }
    }

    /// Recognizes and resolves the places of a document into `doc.places` (replacing what
    /// was there), in text order.
    pub fn tag(&self, doc: &mut Document) {
        let (mentions, demonyms) = recognize::recognize(&self.gazetteer, doc);
        let resolved = resolve::resolve(&self.gazetteer, &mentions, &demonyms);
        doc.places = mentions
            .iter()
            .zip(resolved)
            .filter_map(|(m, r)| {
                let (id, confidence) = r?;
                let e = self.gazetteer.entry(id);
                Some(Place {
                    text: doc.text[m.start..m.end].to_string(),
                    start: m.start,
                    end: m.end,
                    sentence: m.sentence,
                    name: e.name.clone(),
                    geonames_id: e.geonames_id,
                    feature: e.feature.as_str().to_string(),
                    country: e.country.clone(),
                    admin1: e.admin1.clone(),
                    lat: e.lat,
                    lon: e.lon,
                    confidence: (confidence * 1000.0).round() / 1000.0,
                    metonym: m.metonym && matches!(e.feature, Feature::Country | Feature::City),
                })
            })
            .collect();
    }

    /// Every gazetteer entry a name can refer to, best first, with the prior score of each
    /// and why (for `acta places lookup`). No context: what the name alone says.
    pub fn explain(&self, name: &str) -> Vec<Explained> {
        resolve::explain(&self.gazetteer, name)
    }
}
