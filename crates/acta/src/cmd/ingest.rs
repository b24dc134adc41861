//! `acta ingest`: code articles and store them.

use std::path::Path;

use acta_store::{InsertStats, Store};
use acta_text::{Overrides, RawArticle, ReadError};
use anyhow::{Context, Result};

use super::{run_pipeline, spinner, thousands, InputArgs, MetaArgs, RunStats};
use crate::Pipeline;

/// Returns `Ok(true)` when every input was read and stored.
pub fn run(input: &InputArgs, meta: &MetaArgs, db: &Path) -> Result<bool> {
    let over = meta.overrides()?;
    let pipeline = Pipeline::with_dictionaries(meta.dictionaries.as_deref())?;
    let (stats, stored) = ingest_with(&pipeline, input.open(), &over, db, "ingesting")?;
    print_report(&stats, &stored, db)?;
    Ok(stats.failed.is_empty())
}

/// Codes and stores a stream of articles; returns what was read and what was stored.
pub fn ingest(
    inputs: impl Iterator<Item = Result<RawArticle, ReadError>>,
    over: &Overrides,
    db: &Path,
    what: &str,
) -> Result<(RunStats, InsertStats)> {
    ingest_with(&Pipeline::load()?, inputs, over, db, what)
}

/// [`ingest`] with a pipeline already loaded.
pub fn ingest_with(
    pipeline: &Pipeline,
    inputs: impl Iterator<Item = Result<RawArticle, ReadError>>,
    over: &Overrides,
    db: &Path,
    what: &str,
) -> Result<(RunStats, InsertStats)> {
    let mut store =
        Store::open(db).with_context(|| format!("cannot open the database {}", db.display()))?;
    let progress = spinner(what);
    let mut total = InsertStats::default();
    let stats = run_pipeline(pipeline, inputs, over, &progress, |docs| {
        let s = store.insert(&docs)?;
        total.stored += s.stored;
        total.duplicates += s.duplicates;
        Ok(())
    })?;
    progress.finish_and_clear();
    Ok((stats, total))
}

/// The end-of-run report: what was read, stored, skipped and failed, then the store's totals.
pub fn print_report(stats: &RunStats, stored: &InsertStats, db: &Path) -> Result<()> {
    println!(
        "read {} articles: stored {}, skipped {} as duplicates, {} failed",
        thousands((stats.read + stats.failed.len()) as u64),
        thousands(stored.stored as u64),
        thousands(stored.duplicates as u64),
        thousands(stats.failed.len() as u64)
    );
    for f in &stats.failed {
        println!("  failed: {f}");
    }
    let store = Store::open(db)?;
    let s = store.summary()?;
    println!("{} now holds:", db.display());
    println!("  articles    {:>10}", thousands(s.articles));
    println!("  sentences   {:>10}", thousands(s.sentences));
    println!("  tokens      {:>10}", thousands(s.tokens));
    println!("  entities    {:>10}", thousands(s.entities));
    println!("  events      {:>10}", thousands(s.events));
    println!("  quotations  {:>10}", thousands(s.quotes));
    if let Some((a, b)) = &s.published_range {
        println!("  published   {a} .. {b}");
    }
    if !s.top_actors.is_empty() {
        let top: Vec<String> = s
            .top_actors
            .iter()
            .map(|(a, n)| format!("{a} ({n})"))
            .collect();
        println!("  top actors  {}", top.join(", "));
    }
    if !s.top_roots.is_empty() {
        let top: Vec<String> = s
            .top_roots
            .iter()
            .map(|(a, n)| format!("{a} ({n})"))
            .collect();
        println!("  top CAMEO   {}", top.join(", "));
    }
    Ok(())
}
