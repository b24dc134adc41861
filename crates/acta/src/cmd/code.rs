//! `acta code`: code articles and print the documents.

use std::io::{BufWriter, Write};

use acta_core::Document;
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
        if format == "quotes" {
            for d in &docs {
                out.write_all(quotes_table(d).as_bytes())?;
            }
            out.flush()?;
        } else if format == "jsonl" {
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

/// The quotations of one document as a readable table: a heading line for the article, then
/// one line per quotation (id, kind, speaker as resolved with its actor code and as written,
/// cue, content). Continuations of a quotation have no cue (`—`).
pub fn quotes_table(doc: &Document) -> String {
    use std::fmt::Write as _;
    let mut s = String::new();
    let title = doc.article.title.as_deref().unwrap_or("");
    let _ = writeln!(
        s,
        "# {} {}  ({} quotations)",
        doc.article.id,
        title,
        doc.quotes.len()
    );
    let rows: Vec<[String; 5]> = doc
        .quotes
        .iter()
        .map(|q| {
            let speaker = match &q.speaker {
                None => "?".to_string(),
                Some(sp) => {
                    let name = sp.canonical.as_deref().unwrap_or(&sp.text);
                    let mut v = name.to_string();
                    if let Some(a) = &sp.actor {
                        v.push_str(&format!(" [{a}]"));
                    }
                    if sp.canonical.as_deref().is_some_and(|c| c != sp.text) {
                        v.push_str(&format!(" ({})", sp.text));
                    }
                    v
                }
            };
            let cue = q.cue.as_ref().map_or("—".to_string(), |c| c.text.clone());
            let content = q
                .content
                .text
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" ");
            [q.id.clone(), q.kind.clone(), speaker, cue, content]
        })
        .collect();
    let head = ["id", "kind", "speaker", "cue", "content"].map(String::from);
    let width = |i: usize| {
        rows.iter()
            .chain(std::iter::once(&head))
            .map(|r| r[i].chars().count())
            .max()
            .unwrap_or(0)
    };
    let w: Vec<usize> = (0..4).map(width).collect();
    for r in std::iter::once(&head).chain(&rows) {
        let _ = writeln!(
            s,
            "{:<w0$}  {:<w1$}  {:<w2$}  {:<w3$}  {}",
            r[0],
            r[1],
            r[2],
            r[3],
            r[4],
            w0 = w[0],
            w1 = w[1],
            w2 = w[2],
            w3 = w[3]
        );
    }
    s.push('\n');
    s
}
