//! `acta demo`: the bundled sample corpus into a local database, then a summary.

use std::path::Path;

use acta_text::{Format, Inputs, ReadOptions};
use anyhow::Result;

use super::ingest::{ingest, print_report};
use crate::samples::DEMO_CORPUS;

pub fn run(db: &Path) -> Result<bool> {
    let jsonl = zstd::decode_all(DEMO_CORPUS)?;
    let opts = ReadOptions {
        format: Some(Format::Jsonl),
        ..Default::default()
    };
    let inputs = Inputs::from_reader(
        Box::new(std::io::Cursor::new(jsonl)),
        "samples/demo.jsonl".into(),
        opts,
    );
    println!("acta demo: coding the bundled sample corpus (seed article, PLOVER gold records, MEANTIME Wikinews) into {}", db.display());
    let (stats, stored) = ingest(inputs, &Default::default(), db, "demo")?;
    print_report(&stats, &stored, db)?;
    println!("\nNext: `acta code <article> --published YYYY-MM-DD` codes your own articles; `sqlite3 {} 'SELECT title FROM articles LIMIT 5'` looks inside.", db.display());
    Ok(stats.failed.is_empty())
}
