//! Acta's store: documents in a local SQLite database.
//!
//! One row per article in `articles` (keyed by the article id, the hash of its cleaned text,
//! so ingesting the same text twice stores it once), with the full JSON document beside the
//! columns a query needs; one row per entity, event and quotation in their own tables. Writes
//! happen in transactions, one per batch. The schema version is kept in `PRAGMA
//! user_version` and migrated forward on open.

use std::path::Path;

use acta_core::Document;
use rusqlite::{params, Connection, OptionalExtension};

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("database error: {0}")]
    Sqlite(#[from] rusqlite::Error),
    #[error("cannot encode document: {0}")]
    Json(#[from] serde_json::Error),
    #[error("{path} was written by a newer Acta (schema version {found}; this one knows {known})")]
    TooNew {
        path: String,
        found: i64,
        known: i64,
    },
}

pub type Result<T> = std::result::Result<T, StoreError>;

/// The schema version this build writes.
pub const SCHEMA_VERSION: i64 = 1;

const SCHEMA_V1: &str = "
CREATE TABLE articles (
    id          TEXT PRIMARY KEY,
    url         TEXT,
    outlet      TEXT,
    published   TEXT,
    title       TEXT,
    authors     TEXT NOT NULL,      -- JSON array
    agency      TEXT,
    language    TEXT,
    source      TEXT,
    n_sentences INTEGER NOT NULL,
    n_tokens    INTEGER NOT NULL,
    tone        REAL,
    text        TEXT NOT NULL,
    doc         TEXT NOT NULL,      -- the whole document, JSON (schema acta/1)
    ingested    TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);
CREATE INDEX articles_published ON articles(published);
CREATE INDEX articles_url ON articles(url);
CREATE TABLE entities (
    article   TEXT NOT NULL REFERENCES articles(id),
    id        TEXT NOT NULL,
    canonical TEXT NOT NULL,
    type      TEXT NOT NULL,
    actor     TEXT,
    mentions  INTEGER NOT NULL,
    PRIMARY KEY (article, id)
);
CREATE INDEX entities_actor ON entities(actor);
CREATE TABLE events (
    article        TEXT NOT NULL REFERENCES articles(id),
    id             TEXT NOT NULL,
    sentence       INTEGER NOT NULL,
    source_text    TEXT,
    source_actor   TEXT,
    target_text    TEXT,
    target_actor   TEXT,
    cameo          TEXT NOT NULL,
    cameo_root     TEXT NOT NULL,
    quad_class     INTEGER NOT NULL,
    goldstein      REAL NOT NULL,
    plover         TEXT,
    date           TEXT,
    date_precision TEXT,
    date_stated    INTEGER NOT NULL,
    place          TEXT,
    country        TEXT,
    lat            REAL,
    lon            REAL,
    negated        INTEGER NOT NULL,
    modality       TEXT NOT NULL,
    evidence       TEXT NOT NULL,
    PRIMARY KEY (article, id)
);
CREATE INDEX events_date ON events(date);
CREATE INDEX events_source ON events(source_actor);
CREATE INDEX events_target ON events(target_actor);
CREATE INDEX events_cameo ON events(cameo);
CREATE TABLE quotes (
    article       TEXT NOT NULL REFERENCES articles(id),
    id            TEXT NOT NULL,
    speaker       TEXT,
    speaker_actor TEXT,
    speaker_text  TEXT,
    cue           TEXT,
    kind          TEXT NOT NULL,
    content       TEXT NOT NULL,
    date          TEXT,
    PRIMARY KEY (article, id)
);
CREATE INDEX quotes_speaker ON quotes(speaker);
";

/// What one batch did.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct InsertStats {
    pub stored: usize,
    pub duplicates: usize,
}

/// Counts over the whole store.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Summary {
    pub articles: u64,
    pub sentences: u64,
    pub tokens: u64,
    pub entities: u64,
    pub events: u64,
    pub quotes: u64,
    /// Most frequent actor codes over events (as source or target), most frequent first.
    pub top_actors: Vec<(String, u64)>,
    /// Most frequent CAMEO root codes, most frequent first.
    pub top_roots: Vec<(String, u64)>,
    /// Earliest and latest publication dates.
    pub published_range: Option<(String, String)>,
}

pub struct Store {
    conn: Connection,
}

impl Store {
    /// Opens (creating if needed) the database at `path` and brings its schema up to date.
    pub fn open(path: &Path) -> Result<Store> {
        let conn = Connection::open(path)?;
        conn.pragma_update(None, "journal_mode", "WAL")?;
        conn.pragma_update(None, "synchronous", "NORMAL")?;
        conn.pragma_update(None, "foreign_keys", "ON")?;
        let mut store = Store { conn };
        store.migrate(&path.display().to_string())?;
        Ok(store)
    }

    /// An in-memory store, for tests and one-off runs.
    pub fn in_memory() -> Result<Store> {
        let mut store = Store {
            conn: Connection::open_in_memory()?,
        };
        store.migrate(":memory:")?;
        Ok(store)
    }

    fn migrate(&mut self, path: &str) -> Result<()> {
        let version: i64 = self
            .conn
            .pragma_query_value(None, "user_version", |r| r.get(0))?;
        if version > SCHEMA_VERSION {
            return Err(StoreError::TooNew {
                path: path.to_string(),
                found: version,
                known: SCHEMA_VERSION,
            });
        }
        if version < 1 {
            let tx = self.conn.transaction()?;
            tx.execute_batch(SCHEMA_V1)?;
            tx.pragma_update(None, "user_version", 1)?;
            tx.commit()?;
        }
        Ok(())
    }

    /// Stores documents in one transaction. A document whose article id is already stored is
    /// counted as a duplicate and changes nothing.
    pub fn insert(&mut self, docs: &[Document]) -> Result<InsertStats> {
        let mut stats = InsertStats::default();
        let tx = self.conn.transaction()?;
        {
            let mut art = tx.prepare_cached(
                "INSERT OR IGNORE INTO articles (id, url, outlet, published, title, authors, agency, language, source,
                     n_sentences, n_tokens, tone, text, doc)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)",
            )?;
            let mut ent = tx.prepare_cached("INSERT INTO entities (article, id, canonical, type, actor, mentions) VALUES (?1, ?2, ?3, ?4, ?5, ?6)")?;
            let mut ev = tx.prepare_cached(
                "INSERT INTO events (article, id, sentence, source_text, source_actor, target_text, target_actor, cameo, cameo_root,
                     quad_class, goldstein, plover, date, date_precision, date_stated, place, country, lat, lon, negated, modality, evidence)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21, ?22)",
            )?;
            let mut qt = tx.prepare_cached(
                "INSERT INTO quotes (article, id, speaker, speaker_actor, speaker_text, cue, kind, content, date)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
            )?;
            for doc in docs {
                let a = &doc.article;
                let n_tokens: usize = doc.sentences.iter().map(|s| s.tokens.len()).sum();
                let inserted = art.execute(params![
                    a.id,
                    a.url,
                    a.outlet,
                    a.published,
                    a.title,
                    serde_json::to_string(&a.authors)?,
                    a.agency,
                    a.language,
                    a.source,
                    doc.sentences.len() as i64,
                    n_tokens as i64,
                    a.tone,
                    doc.text,
                    serde_json::to_string(doc)?,
                ])?;
                if inserted == 0 {
                    stats.duplicates += 1;
                    continue;
                }
                stats.stored += 1;
                for e in &doc.entities {
                    ent.execute(params![
                        a.id,
                        e.id,
                        e.canonical,
                        e.kind,
                        e.actor,
                        e.mentions.len() as i64
                    ])?;
                }
                for e in &doc.events {
                    let loc = e.location.as_ref();
                    ev.execute(params![
                        a.id,
                        e.id,
                        e.sentence as i64,
                        e.source.as_ref().map(|p| &p.text),
                        e.source.as_ref().and_then(|p| p.actor.as_ref()),
                        e.target.as_ref().map(|p| &p.text),
                        e.target.as_ref().and_then(|p| p.actor.as_ref()),
                        e.cameo,
                        e.cameo_root,
                        e.quad_class,
                        e.goldstein,
                        e.plover.as_ref().map(|p| &p.kind),
                        e.date.value,
                        e.date.precision,
                        e.date.stated,
                        loc.map(|l| &l.name),
                        loc.and_then(|l| l.country.as_ref()),
                        loc.and_then(|l| l.lat),
                        loc.and_then(|l| l.lon),
                        e.negated,
                        e.modality,
                        e.evidence.text,
                    ])?;
                }
                for q in &doc.quotes {
                    let sp = q.speaker.as_ref();
                    qt.execute(params![
                        a.id,
                        q.id,
                        sp.and_then(|s| s.canonical.as_ref()),
                        sp.and_then(|s| s.actor.as_ref()),
                        sp.map(|s| &s.text),
                        q.cue.as_ref().map(|c| &c.text),
                        q.kind,
                        q.content.text,
                        q.date.value,
                    ])?;
                }
            }
        }
        tx.commit()?;
        Ok(stats)
    }

    /// Whether an article with this id is stored.
    pub fn contains(&self, id: &str) -> Result<bool> {
        Ok(self
            .conn
            .query_row("SELECT 1 FROM articles WHERE id = ?1", [id], |_| Ok(()))
            .optional()?
            .is_some())
    }

    /// A stored document, by article id.
    pub fn document(&self, id: &str) -> Result<Option<Document>> {
        let json: Option<String> = self
            .conn
            .query_row("SELECT doc FROM articles WHERE id = ?1", [id], |r| r.get(0))
            .optional()?;
        Ok(match json {
            Some(j) => Some(serde_json::from_str(&j)?),
            None => None,
        })
    }

    /// Counts and top lists over the whole store.
    pub fn summary(&self) -> Result<Summary> {
        let c = &self.conn;
        let count =
            |sql: &str| -> Result<u64> { Ok(c.query_row(sql, [], |r| r.get::<_, i64>(0))? as u64) };
        let mut s = Summary {
            articles: count("SELECT COUNT(*) FROM articles")?,
            sentences: count("SELECT COALESCE(SUM(n_sentences), 0) FROM articles")?,
            tokens: count("SELECT COALESCE(SUM(n_tokens), 0) FROM articles")?,
            entities: count("SELECT COUNT(*) FROM entities")?,
            events: count("SELECT COUNT(*) FROM events WHERE negated = 0")?,
            quotes: count("SELECT COUNT(*) FROM quotes")?,
            ..Default::default()
        };
        let mut top = c.prepare(
            "SELECT actor, COUNT(*) AS n FROM (
                 SELECT source_actor AS actor FROM events WHERE negated = 0 AND source_actor IS NOT NULL
                 UNION ALL SELECT target_actor FROM events WHERE negated = 0 AND target_actor IS NOT NULL)
             GROUP BY actor ORDER BY n DESC, actor LIMIT 10",
        )?;
        s.top_actors = top
            .query_map([], |r| Ok((r.get(0)?, r.get::<_, i64>(1)? as u64)))?
            .collect::<rusqlite::Result<_>>()?;
        let mut roots = c.prepare("SELECT cameo_root, COUNT(*) AS n FROM events WHERE negated = 0 GROUP BY cameo_root ORDER BY n DESC, cameo_root LIMIT 10")?;
        s.top_roots = roots
            .query_map([], |r| Ok((r.get(0)?, r.get::<_, i64>(1)? as u64)))?
            .collect::<rusqlite::Result<_>>()?;
        s.published_range = c
            .query_row(
                "SELECT MIN(published), MAX(published) FROM articles WHERE published IS NOT NULL",
                [],
                |r| {
                    Ok((
                        r.get::<_, Option<String>>(0)?,
                        r.get::<_, Option<String>>(1)?,
                    ))
                },
            )
            .map(|(a, b)| a.zip(b))?;
        Ok(s)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use acta_core::{text_id, Article, Event, Sentence, Token, SCHEMA};

    fn doc(text: &str) -> Document {
        Document {
            schema: SCHEMA.into(),
            article: Article {
                id: text_id(text),
                published: Some("2025-09-03".into()),
                ..Default::default()
            },
            text: text.into(),
            sentences: vec![Sentence {
                text: text.into(),
                end: text.len(),
                tokens: vec![Token {
                    text: text.into(),
                    end: text.len(),
                    ..Default::default()
                }],
                ..Default::default()
            }],
            events: vec![Event {
                id: "ev0".into(),
                cameo: "112".into(),
                cameo_root: "11".into(),
                quad_class: 3,
                goldstein: -2.0,
                modality: "asserted".into(),
                source: Some(acta_core::Participant {
                    text: "Putin".into(),
                    actor: Some("RUSGOV".into()),
                    ..Default::default()
                }),
                ..Default::default()
            }],
            ..Default::default()
        }
    }

    #[test]
    fn insert_is_idempotent_and_documents_round_trip() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("t.db");
        let mut st = Store::open(&path).unwrap();
        let a = doc("Putin accused the West.");
        let b = doc("Zelensky rejected it.");
        assert_eq!(
            st.insert(&[a.clone(), b.clone()]).unwrap(),
            InsertStats {
                stored: 2,
                duplicates: 0
            }
        );
        assert_eq!(
            st.insert(std::slice::from_ref(&a)).unwrap(),
            InsertStats {
                stored: 0,
                duplicates: 1
            }
        );
        drop(st);
        let st = Store::open(&path).unwrap();
        let s = st.summary().unwrap();
        assert_eq!((s.articles, s.sentences, s.tokens, s.events), (2, 2, 2, 2));
        assert_eq!(s.top_actors, [("RUSGOV".to_string(), 2)]);
        assert_eq!(s.top_roots, [("11".to_string(), 2)]);
        assert_eq!(st.document(&a.article.id).unwrap().unwrap(), a);
        assert!(st.contains(&b.article.id).unwrap());
        assert!(!st.contains("nope").unwrap());
    }

    #[test]
    fn refuses_newer_schema() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("t.db");
        Connection::open(&path)
            .unwrap()
            .pragma_update(None, "user_version", 99)
            .unwrap();
        let err = Store::open(&path).err().unwrap();
        assert!(err.to_string().contains("newer Acta"), "{err}");
    }
}
