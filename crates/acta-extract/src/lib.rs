//! Acta's meaning layer. Each module reads the layers earlier stages wrote on a
//! [`acta_core::Document`] (tokens, parse) and adds its own: dates, entities and actor codes,
//! places, events, quotations. One module per layer; dictionaries and rules are data loaded
//! from `data/`.

pub mod actors;
pub mod dates;
pub mod dict;
pub mod events;
pub mod ner;
pub mod places;
pub mod quotes;

pub use dates::{dates_in_span, DateTagger};
pub use events::EventCoder;
pub use quotes::Quotes;
