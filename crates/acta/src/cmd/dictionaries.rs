//! `acta dictionaries ...`: compile PETRARCH dictionaries into Acta's compact form, and check
//! a user's dictionary directory.

use std::io::Write;
use std::path::Path;

use acta_extract::dict::{ActorDictionary, Dictionaries, VerbDictionary, PHOENIX_CORRECTIONS};
use anyhow::{Context, Result};

/// `acta dictionaries compile --petrarch DIR --out DIR`.
pub fn compile(petrarch: &Path, out: &Path) -> Result<bool> {
    let (mut dict, warnings) =
        ActorDictionary::from_dir(petrarch).map_err(|e| anyhow::anyhow!("{e}"))?;
    for w in &warnings {
        eprintln!("acta: {w}");
    }
    // Acta's reviewed corrections (data/actors/phoenix.corrections.tsv): rows written for
    // other files than the ones read apply to nothing and are reported.
    let (corrected, skipped) =
        dict.apply_corrections(PHOENIX_CORRECTIONS, "phoenix.corrections.tsv");
    for w in &skipped {
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
        "{} actors, {} agents; {} notes about the input (above); {} entries corrected by phoenix.corrections.tsv, {} of its rows not applied (above)",
        dict.actors.len(),
        dict.agents.len(),
        warnings.len(),
        corrected,
        skipped.len()
    );
    Ok(true)
}

/// `acta dictionaries check DIR`: reads a dictionary directory as `--dictionaries DIR` would
/// and reports every oddity with its file and line.
pub fn check(dir: &Path) -> Result<bool> {
    let (dict, warnings) = Dictionaries::from_dir(dir).map_err(|e| anyhow::anyhow!("{e}"))?;
    let (_, rule_notes) = acta_extract::EventCoder::new(dict.clone());
    for w in warnings.iter().chain(&rule_notes) {
        println!("{w}");
    }
    for s in &dict.sources {
        println!("read {s}");
    }
    println!(
        "{}: {} verbs in {} blocks with {} patterns, {} transformations; {} actors, {} agents; {} discards; {} issues; {} notes",
        dir.display(),
        dict.verbs.verbs.len(),
        dict.verbs.blocks.len(),
        dict.verbs.pattern_count(),
        dict.verbs.transformations.len(),
        dict.actors.actors.len(),
        dict.actors.agents.len(),
        dict.discards.len(),
        dict.issues.len(),
        warnings.len() + rule_notes.len()
    );
    Ok(true)
}

/// `acta dictionaries verbs FILE... --out FILE`.
pub fn verbs(files: &[std::path::PathBuf], out: &Path) -> Result<bool> {
    let mut all: Option<VerbDictionary> = None;
    let mut notes = 0;
    for f in files {
        let text = std::fs::read(f).with_context(|| format!("cannot read {}", f.display()))?;
        let name = f
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let (d, warnings) = match &all {
            Some(a) => a.parse_extension(&String::from_utf8_lossy(&text), &name),
            None => VerbDictionary::parse(&String::from_utf8_lossy(&text), &name),
        };
        for w in &warnings {
            eprintln!("acta: {w}");
        }
        notes += warnings.len();
        println!(
            "{}: {} blocks, {} verbs, {} patterns, {} synsets, {} transformations",
            f.display(),
            d.blocks.len(),
            d.verbs.len(),
            d.pattern_count(),
            d.synsets.len(),
            d.transformations.len()
        );
        match all.as_mut() {
            Some(a) => a.extend(d),
            None => all = Some(d),
        }
    }
    let dict = all.unwrap_or_default();
    let text = dict.to_compiled();
    let bytes = if out.extension().is_some_and(|e| e == "zst") {
        zstd::encode_all(text.as_bytes(), 19)?
    } else {
        text.clone().into_bytes()
    };
    if let Some(parent) = out.parent().filter(|p| !p.as_os_str().is_empty()) {
        std::fs::create_dir_all(parent)
            .with_context(|| format!("cannot create {}", parent.display()))?;
    }
    std::fs::File::create(out)
        .and_then(|mut f| f.write_all(&bytes))
        .with_context(|| format!("cannot write {}", out.display()))?;
    println!(
        "{}: {} bytes ({} uncompressed): {} blocks, {} verbs, {} patterns, {} synsets, {} transformations; {} notes about the input (above)",
        out.display(),
        bytes.len(),
        text.len(),
        dict.blocks.len(),
        dict.verbs.len(),
        dict.pattern_count(),
        dict.synsets.len(),
        dict.transformations.len(),
        notes
    );
    Ok(true)
}
