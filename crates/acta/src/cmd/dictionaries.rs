//! `acta dictionaries ...`: compile PETRARCH dictionaries into Acta's compact form, and check
//! a user's dictionary directory.

use std::io::Write;
use std::path::Path;

use acta_extract::dict::ActorDictionary;
use anyhow::{Context, Result};

/// `acta dictionaries compile --petrarch DIR --out DIR`.
pub fn compile(petrarch: &Path, out: &Path) -> Result<bool> {
    let (dict, warnings) =
        ActorDictionary::from_dir(petrarch).map_err(|e| anyhow::anyhow!("{e}"))?;
    for w in &warnings {
        eprintln!("acta: {w}");
    }
    let (actors, agents) = dict.to_tsv();
    std::fs::create_dir_all(out).with_context(|| format!("cannot create {}", out.display()))?;
    for (name, text) in [
        ("phoenix.actors.tsv.zst", &actors),
        ("phoenix.agents.tsv.zst", &agents),
    ] {
        let path = out.join(name);
        let bytes = zstd::encode_all(text.as_bytes(), 19)?;
        std::fs::File::create(&path)
            .and_then(|mut f| f.write_all(&bytes))
            .with_context(|| format!("cannot write {}", path.display()))?;
        println!(
            "{}: {} bytes ({} uncompressed)",
            path.display(),
            bytes.len(),
            text.len()
        );
    }
    println!(
        "{} actors, {} agents; {} notes about the input (above)",
        dict.actors.len(),
        dict.agents.len(),
        warnings.len()
    );
    Ok(true)
}

/// `acta dictionaries check DIR`: reads a dictionary directory as `--dictionaries DIR` would
/// and reports every oddity with its file and line.
pub fn check(dir: &Path) -> Result<bool> {
    let (dict, warnings) = ActorDictionary::from_dir(dir).map_err(|e| anyhow::anyhow!("{e}"))?;
    for w in &warnings {
        println!("{w}");
    }
    println!(
        "{}: {} actors, {} agents, {} notes",
        dir.display(),
        dict.actors.len(),
        dict.agents.len(),
        warnings.len()
    );
    Ok(true)
}
