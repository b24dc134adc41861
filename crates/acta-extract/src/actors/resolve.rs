//! Which entity a span of the text refers to: the question the quotations and events stages
//! ask of every speaker, source and target ("He", "the Russian foreign minister", "Moscow").
//!
//! ```
//! use acta_core::{Document, Entity, Mention};
//! use acta_extract::actors::Resolver;
//!
//! let mut doc = Document::default();
//! doc.text = "Lavrov said. He added.".into();
//! doc.entities = vec![Entity {
//!     id: "e0".into(),
//!     canonical: "Sergey Lavrov".into(),
//!     kind: "PERSON".into(),
//!     actor: Some("RUSGOV".into()),
//!     mentions: vec![
//!         Mention { sentence: 0, start: 0, end: 6, text: "Lavrov".into(), via: None },
//!         Mention { sentence: 1, start: 13, end: 15, text: "He".into(), via: None },
//!     ],
//!     ..Default::default()
//! }];
//! let r = Resolver::new(&doc);
//! let he = r.at(13, 15).unwrap();
//! assert_eq!(he.entity.canonical, "Sergey Lavrov");
//! assert_eq!(r.code(13, 15), Some("RUSGOV"));
//! // a span around a mention, or inside one, finds it too
//! assert_eq!(r.at(0, 11).unwrap().mention.text, "Lavrov");
//! assert!(r.at(7, 11).is_none());
//! ```

use acta_core::{Document, Entity, Mention};

/// An entity and the mention of it that matched a span.
#[derive(Clone, Copy, Debug)]
pub struct Resolved<'a> {
    pub entity: &'a Entity,
    pub mention: &'a Mention,
}

/// An index of a document's entity mentions by position. Build it once per document.
pub struct Resolver<'a> {
    doc: &'a Document,
    /// (start, end, entity index, mention index), sorted by start.
    spans: Vec<(usize, usize, usize, usize)>,
}

impl<'a> Resolver<'a> {
    pub fn new(doc: &'a Document) -> Resolver<'a> {
        let mut spans: Vec<(usize, usize, usize, usize)> = doc
            .entities
            .iter()
            .enumerate()
            .flat_map(|(e, ent)| {
                ent.mentions
                    .iter()
                    .enumerate()
                    .map(move |(m, x)| (x.start, x.end, e, m))
            })
            .collect();
        spans.sort_unstable();
        Resolver { doc, spans }
    }

    /// The entity mentioned at bytes `start..end` of the text: a mention with exactly that
    /// span; else the smallest mention that contains it ("Lavrov" inside "Russian Foreign
    /// Minister Sergey Lavrov"); else the longest mention inside it. A group's own mention
    /// ("Russia and Ukraine") wins over its members' when it matches as well.
    pub fn at(&self, start: usize, end: usize) -> Option<Resolved<'a>> {
        let overlapping = self
            .spans
            .iter()
            .take_while(|s| s.0 < end.max(start + 1))
            .filter(|s| s.1 > start);
        let mut exact = None;
        let mut containing: Option<(usize, usize, usize)> = None;
        let mut inside: Option<(usize, usize, usize)> = None;
        for &(s, e, ent, m) in overlapping {
            if s == start && e == end {
                let better = exact.is_none_or(|(pe, _): (usize, usize)| {
                    !self.doc.entities[ent].members.is_empty()
                        && self.doc.entities[pe].members.is_empty()
                });
                if better {
                    exact = Some((ent, m));
                }
            } else if s <= start && end <= e {
                if containing.is_none_or(|c| e - s < c.0) {
                    containing = Some((e - s, ent, m));
                }
            } else if start <= s && e <= end && inside.is_none_or(|c| e - s > c.0) {
                inside = Some((e - s, ent, m));
            }
        }
        let (ent, m) = exact
            .or(containing.map(|c| (c.1, c.2)))
            .or(inside.map(|c| (c.1, c.2)))?;
        let entity = &self.doc.entities[ent];
        Some(Resolved {
            entity,
            mention: &entity.mentions[m],
        })
    }

    /// The actor code of the entity at `start..end`, if any.
    pub fn code(&self, start: usize, end: usize) -> Option<&'a str> {
        self.at(start, end)?.entity.actor.as_deref()
    }

    /// The entity with this id (`e3`).
    pub fn entity(&self, id: &str) -> Option<&'a Entity> {
        self.doc.entities.iter().find(|e| e.id == id)
    }
}

/// One-off form of [`Resolver::at`]: the entity at bytes `start..end`.
pub fn entity_at(doc: &Document, start: usize, end: usize) -> Option<&Entity> {
    Resolver::new(doc).at(start, end).map(|r| r.entity)
}
