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
    /// Always `Some` until the pipeline is dropped (see the `Drop` impl).
    stages: Option<Box<Stages>>,
}

/// The stages themselves; a [`Pipeline`] derefs to them.
pub struct Stages {
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
        Pipeline::with_coder_from(|| Pipeline::coder(dir))
    }

    /// The event coder: the embedded dictionaries, or a user's directory.
    fn coder(dir: Option<&Path>) -> anyhow::Result<EventCoder> {
        Ok(match dir {
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
        })
    }

    /// Loads every stage with an event coder built elsewhere (evaluations with their own
    /// dictionaries).
    pub fn with_coder(events: EventCoder) -> anyhow::Result<Pipeline> {
        Pipeline::with_coder_from(move || Ok(events))
    }

    /// Loads the stages side by side on rayon's pool: every stage decompresses and indexes
    /// its own data, none reads another's, and together they are most of a short run's time
    /// (about half a second of CPU; docs/benchmarks.md, "Start-up"). The pool's threads
    /// outlive the load, so the memory they allocate is not orphaned when it ends (with
    /// short-lived threads, mimalloc made every later free of it a slow one). The first
    /// error, in stage order, is returned.
    fn with_coder_from(
        events: impl FnOnce() -> anyhow::Result<EventCoder> + Send,
    ) -> anyhow::Result<Pipeline> {
        let places = || Places::load().map_err(anyhow::Error::msg);
        let quotes = || {
            Quotes::embedded()
                .map_err(|e| anyhow::anyhow!("loading the actor dictionary for quotations: {e}"))
        };
        let ((syntax, actors), ((places, quotes), events)) = rayon::join(
            || rayon::join(crate::models::syntax, crate::models::actors),
            || rayon::join(|| rayon::join(places, quotes), events),
        );
        Ok(Pipeline {
            stages: Some(Box::new(Stages {
                preparer: Preparer::default(),
                syntax: syntax?,
                actors: actors?,
                dates: DateTagger::new(),
                places: places?,
                events: events?,
                quotes: quotes?,
            })),
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

    /// Codes one article: text preparation, then every [`Stage`] in order. An article
    /// not in English is prepared (and stored) but not coded.
    pub fn code(&self, raw: RawArticle, over: &Overrides) -> Document {
        let mut doc = self.prepare(raw, over);
        if doc.article.language.as_deref().is_none_or(|l| l == "en") {
            for stage in Stage::ALL {
                self.run(stage, &mut doc);
            }
        }
        doc
    }

    /// Text preparation alone: reading the raw article, cleaning, sentences, tokens.
    pub fn prepare(&self, raw: RawArticle, over: &Overrides) -> Document {
        self.preparer.prepare(raw, over)
    }

    /// One stage on a prepared English document (`acta bench` times them one by one).
    pub fn run(&self, stage: Stage, doc: &mut Document) {
        match stage {
            Stage::Syntax => {
                for s in &mut doc.sentences {
                    self.syntax.annotate(s);
                }
            }
            Stage::Dates => self.dates.tag(doc),
            Stage::Actors => self.actors.annotate(doc),
            Stage::Places => {
                self.places.tag(doc);
                // a place in a state younger than the article is in the older state
                self.actors.date_places(doc);
                // role nouns whose country only a gazetteer place of their sentence gives
                self.actors.place_context(doc);
            }
            Stage::Events => self.events.code(doc),
            Stage::Quotes => self.quotes.tag(doc),
        }
    }
}

impl std::ops::Deref for Pipeline {
    type Target = Stages;
    fn deref(&self) -> &Stages {
        self.stages
            .as_deref()
            .expect("a pipeline's stages live until it is dropped")
    }
}

impl std::ops::DerefMut for Pipeline {
    fn deref_mut(&mut self) -> &mut Stages {
        self.stages
            .as_deref_mut()
            .expect("a pipeline's stages live until it is dropped")
    }
}

/// Freeing the stages (millions of small allocations, most made on rayon's threads while
/// loading, which mimalloc frees slowly from another thread) is handed to rayon's pool, off the
/// caller's path: a command that ends with its pipeline does not wait for it, and the process
/// exits without finishing it. A long-lived process gets the memory back all the same.
impl Drop for Pipeline {
    fn drop(&mut self) {
        if let Some(stages) = self.stages.take() {
            rayon::spawn(move || drop(stages));
        }
    }
}

/// The stages after text preparation, in the order [`Pipeline::code`] runs them. Each reads
/// what the ones before it wrote: actors come before places, which read entity types (a
/// PERSON mention is not a place); events and quotations take participants and speakers
/// from the actors stage and locations from the places stage.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Stage {
    Syntax,
    Dates,
    Actors,
    Places,
    Events,
    Quotes,
}

impl Stage {
    pub const ALL: [Stage; 6] = [
        Stage::Syntax,
        Stage::Dates,
        Stage::Actors,
        Stage::Places,
        Stage::Events,
        Stage::Quotes,
    ];

    /// What the stage does, for reports.
    pub fn name(self) -> &'static str {
        match self {
            Stage::Syntax => "syntax (tag, lemmatize, parse)",
            Stage::Dates => "dates",
            Stage::Actors => "actors (entities, codes, coref)",
            Stage::Places => "places",
            Stage::Events => "events",
            Stage::Quotes => "quotations",
        }
    }
}
