//! The `acta` binary, end to end: real inputs in, asserted values out.

mod common;

use common::shared;
use std::io::Write;
use std::path::Path;
use std::process::{Command, Output, Stdio};

use serde_json::Value;

fn acta() -> Command {
    Command::new(env!("CARGO_BIN_EXE_acta"))
}

fn run(cmd: &mut Command) -> (Output, String, String) {
    let out = cmd.output().expect("acta runs");
    let stdout = String::from_utf8_lossy(&out.stdout).into_owned();
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    (out, stdout, stderr)
}

fn sentences_of<'a>(doc: &'a Value, kind: &str) -> Vec<&'a Value> {
    doc["sentences"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|s| s["kind"] == kind)
        .collect()
}

/// The seed article's cleaning checks (issue 2, `../shared/seed/EXPECTED.md`).
fn check_seed_doc(doc: &Value) {
    assert_eq!(doc["schema"], "acta/1");
    let text = doc["text"].as_str().unwrap();
    assert!(!text.contains("![]()"), "image markup left in text");
    let captions = sentences_of(doc, "caption");
    assert_eq!(captions.len(), 1, "one caption sentence");
    assert_eq!(
        captions[0]["text"],
        "Russian Foreign Minister Sergey Lavrov at a press conference in Moscow on 21/8."
    );
    assert_eq!(doc["article"]["authors"], serde_json::json!(["Huyen Le"]));
    assert_eq!(doc["article"]["agency"], "Reuters");
    let body = sentences_of(doc, "body");
    assert_eq!(body.len(), 15);
    assert!(body.last().unwrap()["text"]
        .as_str()
        .unwrap()
        .ends_with("not yet ready."));
    assert_eq!(doc["article"]["date_order"], "DMY");
    assert_eq!(doc["article"]["published"], "2025-09-03");
    assert_eq!(doc["article"]["published_source"], "flag");
    // spans index the cleaned text
    for s in doc["sentences"].as_array().unwrap() {
        let (a, b) = (
            s["start"].as_u64().unwrap() as usize,
            s["end"].as_u64().unwrap() as usize,
        );
        assert_eq!(&text[a..b], s["text"].as_str().unwrap());
        for t in s["tokens"].as_array().unwrap() {
            let (a, b) = (
                t["start"].as_u64().unwrap() as usize,
                t["end"].as_u64().unwrap() as usize,
            );
            assert_eq!(&text[a..b], t["text"].as_str().unwrap());
        }
    }
    // everything removed is listed, with its place in the input
    let kinds: Vec<&str> = doc["removed"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["kind"].as_str().unwrap())
        .collect();
    assert!(
        kinds.contains(&"image") && kinds.contains(&"caption") && kinds.contains(&"byline"),
        "{kinds:?}"
    );
}

#[test]
fn seed_article_is_cleaned_as_expected() {
    let Some(seed) = shared("seed/000_9b608a54e0beaff9.txt") else {
        return;
    };
    let (out, stdout, stderr) = run(acta()
        .args(["code"])
        .arg(&seed)
        .args(["--published", "2025-09-03"]));
    assert!(out.status.success(), "{stderr}");
    let doc: Value = serde_json::from_str(&stdout).unwrap();
    check_seed_doc(&doc);
    // removed ranges point into the input file
    let input = std::fs::read_to_string(&seed).unwrap();
    for r in doc["removed"].as_array().unwrap() {
        let (a, b) = (
            r["start"].as_u64().unwrap() as usize,
            r["end"].as_u64().unwrap() as usize,
        );
        assert_eq!(&input[a..b], r["text"].as_str().unwrap());
    }
}

#[test]
fn seed_with_lost_line_breaks_before_the_byline() {
    let Some(seed) = shared("seed/000_9b608a54e0beaff9.txt") else {
        return;
    };
    let text = std::fs::read_to_string(seed)
        .unwrap()
        .replace("not yet ready.\n", "not yet ready.");
    assert!(text.contains("not yet ready.Huyen Le (Reuters)"));
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("glued.txt");
    std::fs::write(&p, text).unwrap();
    let (out, stdout, stderr) = run(acta()
        .arg("code")
        .arg(&p)
        .args(["--published", "2025-09-03"]));
    assert!(out.status.success(), "{stderr}");
    check_seed_doc(&serde_json::from_str(&stdout).unwrap());
}

#[test]
fn bad_inputs_fail_one_by_one_and_the_rest_is_coded() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    std::fs::write(
        d.join("a_good.txt"),
        "The minister resigned on Friday. Parliament will vote next week.",
    )
    .unwrap();
    std::fs::write(d.join("b_empty.txt"), "").unwrap();
    std::fs::write(d.join("c_binary.txt"), [0u8, 159, 146, 150, 0, 1, 2, 3]).unwrap();
    std::fs::write(d.join("d_lines.jsonl"), "{\"text\": \"Talks resumed in Istanbul.\"}\n{not json}\n{\"text\": \"A second record.\"}\n").unwrap();
    std::fs::write(d.join("e_big.txt"), "word ".repeat(400)).unwrap();
    let (out, stdout, stderr) =
        run(acta()
            .arg("code")
            .arg(d)
            .args(["--format", "jsonl", "--max-bytes", "1000"]));
    assert_eq!(
        out.status.code(),
        Some(1),
        "non-zero exit when an input failed"
    );
    let docs: Vec<Value> = stdout
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let texts: Vec<&str> = docs.iter().map(|d| d["text"].as_str().unwrap()).collect();
    assert_eq!(
        texts,
        [
            "The minister resigned on Friday. Parliament will vote next week.",
            "Talks resumed in Istanbul.",
            "A second record."
        ]
    );
    let errors: Vec<&str> = stderr.lines().collect();
    assert_eq!(errors.len(), 4, "{stderr}");
    assert!(errors[0].contains("b_empty.txt: empty input"), "{stderr}");
    assert!(errors[1].contains("c_binary.txt: binary data"), "{stderr}");
    assert!(
        errors[2].contains("d_lines.jsonl:2: malformed JSON at column 2"),
        "{stderr}"
    );
    assert!(
        errors[3].contains("e_big.txt: over the size limit of 1000 bytes"),
        "{stderr}"
    );
}

#[test]
fn invalid_utf8_is_decoded_with_a_warning() {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("latin1.txt");
    std::fs::write(
        &p,
        b"The caf\xe9 reopened on Monday after the strike ended.",
    )
    .unwrap();
    let (out, stdout, stderr) = run(acta().arg("code").arg(&p));
    assert!(out.status.success());
    let doc: Value = serde_json::from_str(&stdout).unwrap();
    assert_eq!(
        doc["text"],
        "The caf\u{FFFD} reopened on Monday after the strike ended."
    );
    assert!(
        stderr.contains("latin1.txt: invalid UTF-8 at byte 7"),
        "{stderr}"
    );
    assert!(doc["warnings"][0]
        .as_str()
        .unwrap()
        .contains("invalid UTF-8"));
}

#[test]
fn stdin_and_metadata_flags() {
    let mut child = acta()
        .args([
            "code",
            "-",
            "--url",
            "https://example.org/a",
            "--outlet",
            "Example",
            "--published",
            "2024-02-29",
            "--date-order",
            "MDY",
        ])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(b"Officials met on 3/4 to discuss the ceasefire.")
        .unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success());
    let doc: Value = serde_json::from_slice(&out.stdout).unwrap();
    let a = &doc["article"];
    assert_eq!(
        (
            a["url"].as_str(),
            a["outlet"].as_str(),
            a["published"].as_str(),
            a["date_order"].as_str()
        ),
        (
            Some("https://example.org/a"),
            Some("Example"),
            Some("2024-02-29"),
            Some("MDY")
        )
    );
    assert_eq!(a["source"], "-");
}

#[test]
fn non_english_is_stored_but_not_coded() {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("es.txt");
    std::fs::write(&p, "El ministro de Asuntos Exteriores de Rusia dijo hoy que las negociaciones con Ucrania continuarán la próxima semana en Estambul.").unwrap();
    let (out, stdout, stderr) = run(acta().arg("code").arg(&p));
    assert!(out.status.success());
    let doc: Value = serde_json::from_str(&stdout).unwrap();
    assert_eq!(doc["article"]["language"], "es");
    assert!(
        stderr.contains("Spanish") && stderr.contains("not coded"),
        "{stderr}"
    );
}

#[test]
fn bad_published_flag_is_refused() {
    let (out, _, stderr) = run(acta().args(["code", "-", "--published", "3 September"]));
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr.contains("YYYY-MM-DD"), "{stderr}");
}

#[test]
fn ingest_is_idempotent() {
    let dir = tempfile::tempdir().unwrap();
    let arts = dir.path().join("arts");
    std::fs::create_dir(&arts).unwrap();
    std::fs::write(
        arts.join("1.txt"),
        "Ukraine said on Tuesday it had repelled an attack near Kharkiv.",
    )
    .unwrap();
    std::fs::write(
        arts.join("2.txt"),
        "Russia and Ukraine held talks in Istanbul.",
    )
    .unwrap();
    // the same cleaned text as 1.txt, with odd whitespace and a boilerplate line
    std::fs::write(
        arts.join("3.txt"),
        "Advertisement\nUkraine said on Tuesday it had  repelled an attack near Kharkiv.\n",
    )
    .unwrap();
    let db = dir.path().join("t.db");
    let (out, stdout, _) = run(acta().arg("ingest").arg(&arts).arg("--db").arg(&db));
    assert!(out.status.success());
    assert!(
        stdout.contains("read 3 articles: stored 2, skipped 1 as duplicates, 0 failed"),
        "{stdout}"
    );
    let (out, stdout, _) = run(acta().arg("ingest").arg(&arts).arg("--db").arg(&db));
    assert!(out.status.success());
    assert!(
        stdout.contains("read 3 articles: stored 0, skipped 3 as duplicates, 0 failed"),
        "{stdout}"
    );
    assert!(stdout.contains("articles             2"), "{stdout}");
}

#[test]
fn demo_ingests_the_bundled_corpus() {
    let dir = tempfile::tempdir().unwrap();
    let (out, stdout, stderr) = run(acta().arg("demo").current_dir(dir.path()));
    assert!(out.status.success(), "{stderr}");
    assert!(dir.path().join("acta.db").exists());
    // six PLOVER records repeat another record's sentence: stored once
    assert!(
        stdout.contains("read 443 articles: stored 437, skipped 6 as duplicates, 0 failed"),
        "{stdout}"
    );
    let (_, again, _) = run(acta().arg("demo").current_dir(dir.path()));
    assert!(
        again.contains("stored 0, skipped 443 as duplicates"),
        "{again}"
    );
}

#[test]
fn help_teaches_by_example() {
    let (_, stdout, _) = run(acta().arg("--help"));
    assert!(
        stdout.contains("Examples:") && stdout.contains("acta demo"),
        "{stdout}"
    );
    let (_, stdout, _) = run(acta().args(["help", "code"]));
    assert!(
        stdout.contains("--published") && stdout.contains("acta code seed.txt"),
        "{stdout}"
    );
}

#[test]
fn eval_tokens_on_the_treebank() {
    let Some(gold) = shared("data/ud-english-ewt/en_ewt-ud-test.conllu") else {
        return;
    };
    let (out, stdout, _) = run(acta().args(["eval", "tokens", "--gold"]).arg(gold));
    assert!(out.status.success());
    let f1 = |name: &str| -> f64 {
        let line = stdout.lines().find(|l| l.starts_with(name)).unwrap();
        line.split("F1 ")
            .nth(1)
            .unwrap()
            .split_whitespace()
            .next()
            .unwrap()
            .parse()
            .unwrap()
    };
    assert!(f1("tokens") >= 0.985, "{stdout}");
    assert!(f1("sentence boundaries") >= 0.90, "{stdout}");
}

#[test]
fn a_reader_that_goes_away_is_not_an_error() {
    // `acta code ... | head -c 1`: the reader closes the pipe after one byte; acta stops
    // quietly with status 0 instead of reporting "Broken pipe"
    use std::io::Read;
    let dir = tempfile::tempdir().unwrap();
    let mut text = String::new();
    for i in 0..300 {
        text.push_str(&format!(
            "{{\"id\":\"a{i}\",\"text\":\"Russia and Ukraine held talks in Istanbul on day {i}.\"}}\n"
        ));
    }
    let input = dir.path().join("many.jsonl");
    std::fs::write(&input, text).unwrap();
    for format in ["json", "jsonl"] {
        let mut child = acta()
            .args(["code", "--format", format])
            .arg(&input)
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let mut out = child.stdout.take().unwrap();
        let mut one = [0u8; 1];
        out.read_exact(&mut one).unwrap();
        drop(out);
        let output = child.wait_with_output().unwrap();
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert!(output.status.success(), "{format}: {stderr}");
        assert!(!stderr.contains("Broken pipe"), "{format}: {stderr}");
    }
}

#[test]
fn a_reader_gone_before_a_printing_command_writes_is_not_an_error() {
    // commands that print line by line (`acta places lookup`, the evaluations) stop quietly
    // too when stdout's reader has already closed the pipe
    let mut child = acta()
        .args(["places", "lookup", "Paris"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    drop(child.stdout.take());
    let output = child.wait_with_output().unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(output.status.success(), "{stderr}");
    assert!(!stderr.contains("panicked"), "{stderr}");
}

#[test]
fn train_clusters_writes_word_classes_from_conllu_and_text() {
    let Some(dev) = shared("data/ud-english-ewt/en_ewt-ud-dev.conllu") else {
        return;
    };
    let dir = std::env::temp_dir().join(format!("acta-cli-clusters-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let text = dir.join("text.txt");
    std::fs::write(
        &text,
        "the ministers met in Paris .\nthe minister met in Berlin .\n",
    )
    .unwrap();
    let out = dir.join("c.tsv.zst");
    let (o, _, stderr) = run(acta()
        .args(["train", "clusters", "--classes", "16", "--conllu"])
        .arg(&dev)
        .arg("--text")
        .arg(&text)
        .arg("--out")
        .arg(&out));
    assert!(o.status.success(), "{stderr}");
    let c = acta_syntax::clusters::Clusters::load(&out).unwrap();
    let _ = std::fs::remove_dir_all(&dir);
    assert!(stderr.contains("in 16 classes"), "{stderr}");
    assert!(c.len() > 1500, "{}", c.len());
    // determiners mostly share the class of "the", which is not the class of prepositions,
    // nouns or verbs
    let dets = ["a", "an", "his", "my", "their", "your"];
    let same = dets.iter().filter(|d| c.bits(d) == c.bits("the")).count();
    assert!(same >= 4, "{same} of {dets:?}");
    for w in ["in", "minister", "met", "said"] {
        assert_ne!(c.bits("the"), c.bits(w), "{w}");
    }
}

#[test]
fn a_model_averaged_with_itself_is_itself() {
    // the mean of identical weights is those weights: with the shipped pruning the parser and
    // lemmatizer files come out byte for byte, and the tagger tags alike
    let shipped = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../data/models/syntax");
    if !shipped.join("parser.bin.zst").exists() {
        return;
    }
    let out = std::env::temp_dir().join(format!("acta-cli-average-{}", std::process::id()));
    let (o, _, stderr) = run(acta()
        .args(["train", "syntax-average"])
        .arg(&shipped)
        .arg(&shipped)
        .arg("--out")
        .arg(&out));
    assert!(o.status.success(), "{stderr}");
    assert!(stderr.contains("average of 2 models"), "{stderr}");
    for f in ["parser.bin.zst", "lemmatizer.bin.zst"] {
        let a = std::fs::read(shipped.join(f)).unwrap();
        let b = std::fs::read(out.join(f)).unwrap();
        assert!(a == b, "{f} differs");
    }
    let words = [
        "The",
        "minister",
        "has",
        "repeatedly",
        "denied",
        "the",
        "claims",
        ".",
    ];
    let a = acta_syntax::Model::load(&shipped).unwrap().analyze(&words);
    let b = acta_syntax::Model::load(&out).unwrap().analyze(&words);
    let _ = std::fs::remove_dir_all(&out);
    assert_eq!(a, b);
    // a directory that holds no model is an error, not an empty average
    let (o, _, _) = run(acta()
        .args(["train", "syntax-average"])
        .arg(&shipped)
        .arg(std::env::temp_dir().join("acta-no-such-model"))
        .arg("--out")
        .arg(std::env::temp_dir().join("acta-cli-average-none")));
    assert!(!o.status.success());
}

/// `acta dictionaries compile` over the Phoenix files rebuilds the shipped dictionary byte for
/// byte, every row of `data/actors/phoenix.corrections.tsv` applied (a row whose entry has
/// changed would be reported and leave the entry as Phoenix has it).
#[test]
fn compiling_phoenix_rebuilds_the_shipped_dictionary_with_every_correction() {
    let Some(petrarch) = shared("data/petrarch2/dictionaries") else {
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let (out, stdout, stderr) = run(acta()
        .args(["dictionaries", "compile", "--petrarch"])
        .arg(&petrarch)
        .arg("--out")
        .arg(dir.path()));
    assert!(out.status.success(), "{stderr}");
    assert!(
        stdout.contains("entries corrected by phoenix.corrections.tsv, 0 of its rows not applied"),
        "{stdout}{stderr}"
    );
    assert!(!stderr.contains("phoenix.corrections.tsv:"), "{stderr}");
    let unzip = |p: &Path| zstd::decode_all(std::fs::File::open(p).unwrap()).unwrap();
    let data = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../data/actors");
    for f in ["phoenix.actors.tsv.zst", "phoenix.agents.tsv.zst"] {
        assert!(
            unzip(&dir.path().join(f)) == unzip(&data.join(f)),
            "{f} differs from the shipped one: rerun the compile command (docs/actors.md)"
        );
    }
    let compiled = String::from_utf8(unzip(&data.join("phoenix.actors.tsv.zst"))).unwrap();
    let unita = compiled
        .lines()
        .find(|l| l.split('\t').nth(1) == Some("UNITA"))
        .unwrap();
    assert!(unita.ends_with("\tAGOREB"), "{unita}");
    assert!(unita.contains("(phoenix.corrections.tsv:"), "{unita}");
}
