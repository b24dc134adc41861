//! The shipped entity model matches its documented training command (docs/models.md, "How the
//! shipped model was produced"): the gazetteer it carries is the one the command builds from
//! `data/` today, and (ignored by default: it trains a model) the command gives its bytes.

mod common;

use common::{root, shared};
use std::process::Command;

use acta_extract::ner::EntityTagger;

fn shipped() -> (Vec<u8>, EntityTagger) {
    let bytes = std::fs::read(root().join("data/models/entities/ner.bin.zst"))
        .expect("data/models/entities/ner.bin.zst");
    let tagger = EntityTagger::from_bytes(&bytes).expect("the shipped model reads");
    (bytes, tagger)
}

const RETRAIN: &str = "retrain it with the command in docs/models.md (\"How the shipped model \
     was produced\"), re-measure, and commit the new data/models/entities/ner.bin.zst";

/// The gazetteer is built from the actor dictionaries, the country table and the name lists
/// under `data/` (and GeoNames files from ../shared): when one of them changes, the shipped
/// model no longer matches its command. This names the phrases that differ.
#[test]
fn shipped_entity_model_carries_the_gazetteer_its_command_builds() {
    let (Some(places), Some(admin1)) = (
        shared("data/geonames/cities15000.json"),
        shared("data/geonames/rg_cities1000.csv"),
    ) else {
        return;
    };
    let built = acta::cmd::entities::gazetteer(Some(&places), Some(&admin1))
        .expect("gazetteer builds")
        .to_text();
    let (_, tagger) = shipped();
    let inside = tagger.gazetteer.to_text();
    let b: std::collections::BTreeSet<&str> = built.lines().collect();
    let i: std::collections::BTreeSet<&str> = inside.lines().collect();
    let missing: Vec<&&str> = b.difference(&i).take(20).collect();
    let extra: Vec<&&str> = i.difference(&b).take(20).collect();
    assert!(
        missing.is_empty() && extra.is_empty(),
        "the shipped entity model's gazetteer differs from the one built from data/ \
         (built only: {missing:?}; model only: {extra:?}); {RETRAIN}"
    );
    assert!(b.len() > 100_000, "{} phrases", b.len());
}

/// The documented command, read from docs/models.md, run with the release binary, gives the
/// shipped bytes. About 15 s with a release build:
/// `cargo test --release -p acta --test entities -- --ignored`.
#[test]
#[ignore = "trains the entity model (about 15 s in release, minutes in debug)"]
fn shipped_entity_model_is_reproduced_by_its_documented_command() {
    let Some(shared_dir) = shared("data") else {
        return;
    };
    let shared_dir = shared_dir.parent().unwrap().to_path_buf();
    let doc = std::fs::read_to_string(root().join("docs/models.md")).expect("docs/models.md");
    let entities = doc
        .split_once("## Entities")
        .expect("docs/models.md has an Entities section")
        .1;
    let section = entities
        .split_once("### How the shipped model was produced")
        .expect("... with the shipped model's command")
        .1;
    // the command: from `target/release/acta train entities` to the line without `\`
    let start = section
        .find("target/release/acta train entities")
        .expect("the documented command");
    let mut command = String::new();
    for line in section[start..].lines() {
        command.push_str(line.trim_end_matches('\\'));
        command.push(' ');
        if !line.ends_with('\\') {
            break;
        }
    }
    let words: Vec<&str> = command.split_whitespace().collect();
    assert_eq!(&words[..3], ["target/release/acta", "train", "entities"]);
    let out = std::env::temp_dir().join(format!("acta-entities-repro-{}", std::process::id()));
    let mut args: Vec<String> = Vec::new();
    let mut it = words[1..].iter();
    while let Some(w) = it.next() {
        if *w == "--out" {
            it.next();
            args.push("--out".into());
            args.push(out.display().to_string());
        } else if let Some(rest) = w.strip_prefix("../shared/") {
            args.push(shared_dir.join(rest).display().to_string());
        } else {
            args.push(w.to_string());
        }
    }
    assert!(args.iter().any(|a| a == "--out"), "{command}");
    let status = Command::new(env!("CARGO_BIN_EXE_acta"))
        .args(&args)
        .current_dir(root())
        .stdout(std::process::Stdio::null())
        .status()
        .expect("acta runs");
    assert!(status.success(), "acta {}", args.join(" "));
    let trained = std::fs::read(out.join("ner.bin.zst")).expect("a model was written");
    let _ = std::fs::remove_dir_all(&out);
    let (bytes, _) = shipped();
    assert!(
        trained == bytes,
        "the documented command gives {} bytes, the shipped model has {}; {RETRAIN}",
        trained.len(),
        bytes.len()
    );
}

#[test]
fn groups_of_states_are_not_names_for_the_entity_gazetteer() {
    let Some(places) = shared("data/geonames/cities15000.json") else {
        return;
    };
    let g = acta::cmd::entities::gazetteer(Some(&places), None).expect("gazetteer builds");
    let text = g.to_text();
    assert!(
        !text.lines().any(|l| l.contains("european powers")),
        "a group is not a name"
    );
    // the overlay's names are still there
    assert!(text.lines().any(|l| l.contains("volodymyr zelensky")));
}
