//! `acta code`: code articles and print the documents.

use std::io::{BufWriter, Write};

use anyhow::Result;

use super::{run_pipeline, InputArgs, MetaArgs};
use crate::Pipeline;

/// Returns `Ok(true)` when every input was read.
pub fn run(input: &InputArgs, meta: &MetaArgs, format: &str) -> Result<bool> {
    let over = meta.overrides()?;
    let pipeline = Pipeline::with_dictionaries(meta.dictionaries.as_deref())?;
    let stdout = std::io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    let hidden = indicatif::ProgressBar::hidden();
    let mut all = Vec::new();
    let stats = run_pipeline(&pipeline, input.open(), &over, &hidden, |docs| {
        if format == "jsonl" {
            for d in &docs {
                serde_json::to_writer(&mut out, d)?;
                out.write_all(b"\n")?;
            }
            out.flush()?;
        } else {
            all.extend(docs);
        }
        Ok(())
    })?;
    if format == "json" {
        if all.len() == 1 {
            serde_json::to_writer_pretty(&mut out, &all[0])?;
        } else {
            serde_json::to_writer_pretty(&mut out, &all)?;
        }
        out.write_all(b"\n")?;
    }
    out.flush()?;
    if stats.read == 0 && stats.failed.is_empty() {
        eprintln!("acta: no articles found in the inputs");
        return Ok(false);
    }
    Ok(stats.failed.is_empty())
}
