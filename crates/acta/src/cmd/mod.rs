//! The commands of the `acta` binary, and what they share: input and metadata options, and
//! the loop that reads, codes (in parallel) and hands documents on.

pub mod actors;
pub mod bench;
pub mod code;
pub mod demo;
pub mod dictionaries;
pub mod entities;
pub mod eval;
pub mod ingest;
pub mod places;
pub mod syntax;

use std::time::Duration;

use acta_core::{DateOrder, Document};
use acta_text::{Format, Inputs, Overrides, RawArticle, ReadError, ReadOptions};
use anyhow::{bail, Result};
use clap::Args;
use indicatif::{ProgressBar, ProgressStyle};
use rayon::prelude::*;

use crate::Pipeline;

/// Where articles come from.
#[derive(Args, Clone, Debug)]
pub struct InputArgs {
    /// Files, directories (read recursively) or `-` for stdin. Formats: plain text, HTML,
    /// JSON Lines (`id`, `url`, `outlet`, `title`, `published`, and `text` or `html`), RSS 2.0
    /// and Atom; any of them gzip- or zstd-compressed (`.gz`, `.zst`).
    #[arg(required = true, value_name = "INPUT")]
    pub inputs: Vec<String>,
    /// Read every input as this format instead of guessing from its name and content.
    #[arg(long, value_name = "FORMAT", value_parser = ["text", "html", "jsonl", "feed"])]
    pub input_format: Option<String>,
    /// Largest article accepted, in bytes after decompression; larger ones are skipped with
    /// an error.
    #[arg(long, default_value_t = 20 * 1024 * 1024, value_name = "BYTES")]
    pub max_bytes: usize,
}

/// Metadata that overrides what the inputs say.
#[derive(Args, Clone, Debug, Default)]
pub struct MetaArgs {
    /// Publication date (YYYY-MM-DD): the anchor for "today", "last Friday", "21/8".
    #[arg(long, value_name = "DATE")]
    pub published: Option<String>,
    /// The article's URL.
    #[arg(long)]
    pub url: Option<String>,
    /// The outlet that published it.
    #[arg(long, value_name = "NAME")]
    pub outlet: Option<String>,
    /// How numeric dates such as 3/4 are read: DMY (3 April) or MDY (March 4). By default
    /// inferred from unambiguous dates in the article.
    #[arg(long, value_name = "ORDER", value_parser = ["DMY", "MDY", "dmy", "mdy"])]
    pub date_order: Option<String>,
    /// Code with the dictionaries in DIR (PETRARCH format: *verbs*.txt, *actors*.txt,
    /// *agents*.txt, *discards*.txt, *issue*.txt, rules.tsv) instead of the built-in ones;
    /// a kind DIR lacks stays built-in. See docs/events.md.
    #[arg(long, value_name = "DIR")]
    pub dictionaries: Option<std::path::PathBuf>,
}

impl MetaArgs {
    pub fn overrides(&self) -> Result<Overrides> {
        let published = match &self.published {
            Some(p) => match acta_text::html::iso_date(p) {
                Some(d) if d.len() == p.trim().len() => Some(d),
                _ => bail!("--published {p:?} is not a date of the form YYYY-MM-DD"),
            },
            None => None,
        };
        Ok(Overrides {
            published,
            url: self.url.clone(),
            outlet: self.outlet.clone(),
            date_order: self.date_order.as_deref().and_then(DateOrder::parse),
        })
    }
}

impl InputArgs {
    pub fn open(&self) -> Inputs {
        let opts = ReadOptions {
            max_bytes: self.max_bytes,
            format: self.input_format.as_deref().and_then(Format::parse),
        };
        Inputs::new(&self.inputs, opts)
    }
}

/// What a run read and coded.
#[derive(Debug, Default)]
pub struct RunStats {
    pub read: usize,
    pub failed: Vec<ReadError>,
}

/// Reads articles from `inputs`, codes them in parallel batches, and hands each batch of
/// documents (in input order) to `sink`. Read errors are printed to stderr as they happen
/// (`acta: FILE:LINE: reason`) and collected; reading goes on.
pub fn run_pipeline(
    pipeline: &Pipeline,
    inputs: impl Iterator<Item = Result<RawArticle, ReadError>>,
    over: &Overrides,
    progress: &ProgressBar,
    mut sink: impl FnMut(Vec<Document>) -> Result<()>,
) -> Result<RunStats> {
    let mut stats = RunStats::default();
    let batch_size = 64;
    let mut batch: Vec<RawArticle> = Vec::with_capacity(batch_size);
    let mut flush = |batch: &mut Vec<RawArticle>, stats: &mut RunStats| -> Result<()> {
        if batch.is_empty() {
            return Ok(());
        }
        let docs: Vec<Document> = std::mem::take(batch)
            .into_par_iter()
            .map(|raw| pipeline.code(raw, over))
            .collect();
        for d in &docs {
            for w in &d.warnings {
                progress.suspend(|| {
                    eprintln!("acta: {}: {w}", d.article.source.as_deref().unwrap_or("?"))
                });
            }
        }
        stats.read += docs.len();
        progress.set_position(stats.read as u64);
        sink(docs)
    };
    for item in inputs {
        match item {
            Ok(raw) => {
                batch.push(raw);
                if batch.len() == batch_size {
                    flush(&mut batch, &mut stats)?;
                }
            }
            Err(e) => {
                progress.suspend(|| eprintln!("acta: {e}"));
                stats.failed.push(e);
            }
        }
    }
    flush(&mut batch, &mut stats)?;
    Ok(stats)
}

/// A progress spinner on stderr (hidden when stderr is not a terminal).
pub fn spinner(what: &str) -> ProgressBar {
    let pb = ProgressBar::new_spinner();
    pb.set_style(
        ProgressStyle::with_template("{spinner} {prefix} {pos} articles ({per_sec}, {elapsed})")
            .unwrap_or_else(|_| ProgressStyle::default_spinner()),
    );
    pb.set_prefix(what.to_string());
    pb.enable_steady_tick(Duration::from_millis(120));
    pb
}

/// `1234567` → `1,234,567`.
pub fn thousands(n: u64) -> String {
    let s = n.to_string();
    let mut out = String::new();
    for (i, c) in s.chars().enumerate() {
        if i > 0 && (s.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn thousands_separators() {
        assert_eq!(thousands(0), "0");
        assert_eq!(thousands(999), "999");
        assert_eq!(thousands(1234567), "1,234,567");
    }

    #[test]
    fn published_must_be_a_date() {
        let ok = MetaArgs {
            published: Some("2025-09-03".into()),
            ..Default::default()
        };
        assert_eq!(
            ok.overrides().unwrap().published.as_deref(),
            Some("2025-09-03")
        );
        let bad = MetaArgs {
            published: Some("3 Sept".into()),
            ..Default::default()
        };
        assert!(bad
            .overrides()
            .unwrap_err()
            .to_string()
            .contains("YYYY-MM-DD"));
    }
}
