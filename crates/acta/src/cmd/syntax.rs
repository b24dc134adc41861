//! `acta train syntax`, `acta parse` and `acta eval syntax`: the syntax layer's commands.

use std::collections::HashMap;
use std::io::{BufWriter, Read, Write};
use std::path::{Path, PathBuf};
use std::time::Instant;

use acta_core::conllu::{self, ConlluSentence, MultiWord, Word};
use acta_core::{Sentence, SentenceKind, Span};
use acta_syntax::eval::{self, Scores};
use acta_syntax::train::{Progress, TrainOptions};
use acta_syntax::Model;
use anyhow::{bail, Context, Result};
use indicatif::{ProgressBar, ProgressStyle};

use super::eval::{read_conllu, rebuild_documents};

/// The model to use: `--model DIR`, else the process's syntax model (`--syntax-model`, or the
/// one built into the binary).
pub fn load_model(dir: Option<&Path>) -> Result<Model> {
    match dir {
        Some(d) => {
            Model::load(d).with_context(|| format!("cannot load the model in {}", d.display()))
        }
        None => crate::models::syntax(),
    }
}

/// `acta train syntax`.
pub fn train(
    train_files: &[PathBuf],
    dev_file: &Path,
    out: &Path,
    opts: &TrainOptions,
    clusters: Option<&Path>,
) -> Result<bool> {
    let started = Instant::now();
    let mut opts = opts.clone();
    if let Some(path) = clusters {
        let c = acta_syntax::clusters::Clusters::load(path)?;
        eprintln!("{}: word classes for {} words", path.display(), c.len());
        opts.clusters = Some(c);
    }
    let opts = &opts;
    let mut train = Vec::new();
    for f in train_files {
        let sents = read_conllu(f)?;
        eprintln!("{}: {} sentences", f.display(), sents.len());
        train.extend(sents);
    }
    let dev = read_conllu(dev_file)?;
    eprintln!("{}: {} sentences (dev)", dev_file.display(), dev.len());
    if train.is_empty() {
        bail!("no training sentences");
    }
    let bar = ProgressBar::new(0);
    bar.set_style(
        ProgressStyle::with_template(
            "{prefix:>10} [{bar:40}] {pos}/{len} sentences ({per_sec}, {elapsed}, eta {eta})",
        )
        .unwrap_or_else(|_| ProgressStyle::default_bar())
        .progress_chars("=> "),
    );
    let model = acta_syntax::train::train(&train, &dev, opts, &|p| match p {
        Progress::Stage { name, steps } => {
            bar.reset();
            bar.set_length(steps);
            bar.set_position(0);
            bar.set_prefix(name);
        }
        Progress::Step => bar.inc(1),
        Progress::Epoch { line } => bar.suspend(|| eprintln!("{line}")),
    });
    bar.finish_and_clear();
    model.save(out)?;
    let dev_scores = eval::gold_tokens(&model, &dev);
    let total = report_files(&model, out);
    eprintln!(
        "model written to {} ({:.2} MB) in {:.0} s",
        out.display(),
        total as f64 / 1e6,
        started.elapsed().as_secs_f64()
    );
    eprintln!("dev (gold tokens): {}", dev_scores.summary());
    Ok(true)
}

/// Prints the size of each of the model's files under `out`; their total in bytes.
fn report_files(model: &Model, out: &Path) -> usize {
    let mut total = 0;
    for (name, bytes) in model.to_bytes() {
        total += bytes.len();
        eprintln!(
            "{}/{name}: {:.2} MB",
            out.display(),
            bytes.len() as f64 / 1e6
        );
    }
    total
}

/// `acta train syntax-average`.
pub fn average(dirs: &[PathBuf], out: &Path, prune: i32, dev: Option<&Path>) -> Result<bool> {
    let started = Instant::now();
    let dev = dev.map(read_conllu).transpose()?;
    let mut models = Vec::new();
    for d in dirs {
        let m = load_model(Some(d))?;
        let (tf, tw) = m.tagger.size();
        let (pf, pw) = m.parser.size();
        eprintln!(
            "{}: tagger {tf} features, {tw} weights{}; parser {pf} features, {pw} weights",
            d.display(),
            if m.tagger.has_second_pass() {
                " (two passes)"
            } else {
                " (one pass)"
            }
        );
        if let Some(dev) = &dev {
            eprintln!(
                "  dev (gold tokens): {}",
                eval::gold_tokens(&m, dev).summary()
            );
            if prune > 1 {
                // the model alone, pruned as the average will be: the single to compare with
                let alone = Model {
                    tagger: m.tagger.pruned(prune),
                    lemmatizer: m.lemmatizer.clone(),
                    parser: m.parser.pruned(prune),
                };
                eprintln!(
                    "  dev, pruned at {prune}: {}",
                    eval::gold_tokens(&alone, dev).summary()
                );
            }
        }
        models.push(m);
    }
    let refs: Vec<&Model> = models.iter().collect();
    let model = Model::average(&refs, prune)?;
    drop(models);
    model.save(out)?;
    let (tf, tw) = model.tagger.size();
    let (pf, pw) = model.parser.size();
    let total = report_files(&model, out);
    eprintln!(
        "average of {} models written to {} ({:.2} MB; tagger {tf} features, {tw} weights; \
         parser {pf} features, {pw} weights) in {:.0} s",
        dirs.len(),
        out.display(),
        total as f64 / 1e6,
        started.elapsed().as_secs_f64()
    );
    if let Some(dev) = &dev {
        eprintln!(
            "dev (gold tokens): {}",
            eval::gold_tokens(&model, dev).summary()
        );
    }
    Ok(true)
}

/// Reads the inputs of `acta parse`: files, or stdin for none or `-`.
fn read_inputs(inputs: &[String]) -> Result<Vec<(String, String)>> {
    let mut out = Vec::new();
    if inputs.is_empty() {
        let mut s = String::new();
        std::io::stdin()
            .read_to_string(&mut s)
            .context("cannot read stdin")?;
        out.push(("-".to_string(), s));
    }
    for i in inputs {
        if i == "-" {
            let mut s = String::new();
            std::io::stdin()
                .read_to_string(&mut s)
                .context("cannot read stdin")?;
            out.push(("-".to_string(), s));
        } else {
            let bytes = std::fs::read(i).with_context(|| format!("cannot read {i}"))?;
            out.push((i.clone(), String::from_utf8_lossy(&bytes).into_owned()));
        }
    }
    Ok(out)
}

/// Paragraphs of a plain text: runs of lines separated by blank lines.
fn paragraphs(text: &str) -> Vec<(Span, SentenceKind)> {
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    let mut end = 0;
    let mut at = 0;
    for line in text.split_inclusive('\n') {
        let content = line.trim_end_matches(['\n', '\r']);
        if content.trim().is_empty() {
            if let Some(s) = start.take() {
                out.push((Span::new(s, end), SentenceKind::Body));
            }
        } else {
            if start.is_none() {
                start = Some(at);
            }
            end = at + content.len();
        }
        at += line.len();
    }
    if let Some(s) = start {
        out.push((Span::new(s, end), SentenceKind::Body));
    }
    out
}

fn to_conllu(sent: &Sentence, text: &str, sent_id: String) -> ConlluSentence {
    let words = sent
        .tokens
        .iter()
        .enumerate()
        .map(|(i, t)| {
            let space_after = sent.tokens.get(i + 1).is_none_or(|n| {
                n.start > t.end && text[t.end..n.start].contains(char::is_whitespace)
            });
            Word {
                id: i + 1,
                form: t.text.clone(),
                lemma: t.lemma.clone().unwrap_or_default(),
                upos: t.upos.clone().unwrap_or_default(),
                xpos: t.xpos.clone().unwrap_or_default(),
                feats: String::new(),
                head: t.head.unwrap_or(0),
                deprel: t.deprel.clone().unwrap_or_default(),
                misc: if space_after || i + 1 == sent.tokens.len() {
                    String::new()
                } else {
                    "SpaceAfter=No".to_string()
                },
            }
        })
        .collect();
    ConlluSentence {
        comments: vec![
            format!("sent_id = {sent_id}"),
            format!("text = {}", sent.text.replace('\n', " ")),
        ],
        words,
        multiwords: Vec::<MultiWord>::new(),
    }
}

/// `acta parse`.
pub fn parse(
    inputs: &[String],
    format: &str,
    gold_tokens: Option<&Path>,
    model_dir: Option<&Path>,
) -> Result<bool> {
    let model = load_model(model_dir)?;
    let stdout = std::io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    if let Some(gold) = gold_tokens {
        let mut sents = read_conllu(gold)?;
        for s in &mut sents {
            let words: Vec<&str> = s.words.iter().map(|w| w.form.as_str()).collect();
            let a = model.analyze(&words);
            for (i, w) in s.words.iter_mut().enumerate() {
                w.upos = a.upos[i].clone();
                w.xpos = a.xpos[i].clone();
                w.lemma = a.lemmas[i].clone();
                w.head = a.heads[i];
                w.deprel = a.deprels[i].clone();
                w.feats = String::new();
            }
        }
        out.write_all(conllu::write(&sents).as_bytes())?;
        out.flush()?;
        return Ok(true);
    }
    let mut docs = Vec::new();
    for (name, text) in read_inputs(inputs)? {
        let mut sents = acta_text::sentences(&text, &paragraphs(&text));
        for s in &mut sents {
            model.annotate(s);
        }
        if format == "json" {
            docs.push(serde_json::json!({ "source": name, "sentences": sents }));
        } else {
            let stem = if name == "-" {
                "stdin".to_string()
            } else {
                name.clone()
            };
            let conl: Vec<ConlluSentence> = sents
                .iter()
                .map(|s| to_conllu(s, &text, format!("{stem}-{}", s.id + 1)))
                .collect();
            out.write_all(conllu::write(&conl).as_bytes())?;
        }
    }
    if format == "json" {
        if docs.len() == 1 {
            serde_json::to_writer_pretty(&mut out, &docs[0])?;
        } else {
            serde_json::to_writer_pretty(&mut out, &docs)?;
        }
        out.write_all(b"\n")?;
    }
    out.flush()?;
    Ok(true)
}

/// End-to-end counts: the scores of aligned words, and how many words each side has.
#[derive(Clone, Copy, Debug, Default)]
pub struct EndToEnd {
    pub aligned: Scores,
    pub gold: usize,
    pub predicted: usize,
}

impl EndToEnd {
    /// CoNLL 2018 F1 of a metric: 2 · correct / (gold words + predicted words).
    pub fn f1(&self, correct: usize) -> f64 {
        let d = self.gold + self.predicted;
        if d == 0 {
            0.0
        } else {
            200.0 * correct as f64 / d as f64
        }
    }
}

/// Parses the treebank's documents from raw text (Acta's sentence splitter and tokenizer) and
/// scores the words whose character span equals a gold word's span.
pub fn end_to_end(model: &Model, sents: &[ConlluSentence]) -> EndToEnd {
    let mut total = EndToEnd::default();
    let mut next = 0;
    for (text, paras, ends) in rebuild_documents(sents) {
        let doc_sents = &sents[next..next + ends.len()];
        next += ends.len();
        // gold words: absolute spans, absolute head indices
        let mut gold: Vec<(Span, &Word, Option<usize>)> = Vec::new();
        for (s, &end) in doc_sents.iter().zip(&ends) {
            let t = s.text();
            let trimmed = t.trim();
            let lead = t.len() - t.trim_start().len();
            let start = end - trimmed.len();
            let base = gold.len();
            for (w, (a, b)) in s.words.iter().zip(s.word_spans()) {
                let span = Span::new(
                    (start + a).saturating_sub(lead).min(end),
                    (start + b).saturating_sub(lead).min(end),
                );
                let head = (w.head > 0).then(|| base + w.head - 1);
                gold.push((span, w, head));
            }
        }
        total.gold += gold.len();
        let by_span: HashMap<Span, usize> =
            gold.iter().enumerate().map(|(i, g)| (g.0, i)).collect();
        let spans: Vec<(Span, SentenceKind)> =
            paras.into_iter().map(|p| (p, SentenceKind::Body)).collect();
        let mut ours = acta_text::sentences(&text, &spans);
        // predicted words: (gold index if aligned) with absolute heads
        let mut pred: Vec<(Option<usize>, usize)> = Vec::new();
        for s in &mut ours {
            model.annotate(s);
            let base = pred.len();
            for t in &s.tokens {
                let g = by_span.get(&Span::new(t.start, t.end)).copied();
                pred.push((g, base));
            }
        }
        total.predicted += pred.len();
        let mut k = 0;
        for s in &ours {
            for t in &s.tokens {
                let (g, base) = pred[k];
                k += 1;
                let Some(gi) = g else { continue };
                let (_, gw, gold_head) = gold[gi];
                let head = t.head.unwrap_or(0);
                let head_ok = match (head, gold_head) {
                    (0, None) => true,
                    (h, Some(gh)) if h > 0 => pred.get(base + h - 1).and_then(|p| p.0) == Some(gh),
                    _ => false,
                };
                total.aligned.add(&eval::score_word(
                    &gw.upos,
                    &gw.xpos,
                    &gw.lemma,
                    &gw.deprel,
                    t.upos.as_deref().unwrap_or(""),
                    t.xpos.as_deref().unwrap_or(""),
                    t.lemma.as_deref().unwrap_or(""),
                    head_ok,
                    t.deprel.as_deref().unwrap_or(""),
                ));
            }
        }
    }
    total
}

/// `acta eval syntax`.
pub fn eval(gold: &Path, model_dir: Option<&Path>) -> Result<bool> {
    let t0 = Instant::now();
    let model = load_model(model_dir)?;
    let load_ms = t0.elapsed().as_secs_f64() * 1e3;
    let sents = read_conllu(gold)?;
    let t1 = Instant::now();
    let g = eval::gold_tokens(&model, &sents);
    let secs = t1.elapsed().as_secs_f64();
    let e = end_to_end(&model, &sents);
    println!(
        "{}: {} sentences, {} words (model loaded in {load_ms:.0} ms)",
        gold.display(),
        sents.len(),
        g.words
    );
    println!();
    println!(
        "{:<22} {:>12} {:>14}",
        "metric", "gold tokens", "end to end F1"
    );
    let a = &e.aligned;
    println!(
        "{:<22} {:>12} {:>14.2}",
        "words (tokenization)",
        "100.00",
        e.f1(a.words)
    );
    for (name, gv, ev) in [
        ("UPOS", g.upos, a.upos),
        ("XPOS", g.xpos, a.xpos),
        ("lemma", g.lemma, a.lemma),
        ("UAS", g.uas, a.uas),
        ("LAS", g.las, a.las),
        ("LAS (full relations)", g.las_full, a.las_full),
    ] {
        println!("{name:<22} {:>12.2} {:>14.2}", g.pct(gv), e.f1(ev));
    }
    println!();
    println!(
        "gold tokens: tagged, lemmatized and parsed {} words in {secs:.2} s ({:.0} words/s, one thread)",
        g.words,
        g.words as f64 / secs.max(1e-9)
    );
    println!(
        "end to end: {} gold words, {} predicted, {} aligned by character span",
        e.gold, e.predicted, a.words
    );
    Ok(true)
}

/// `acta train clusters`: word classes from the forms of CoNLL-U files, tokenized text and
/// MEANTIME articles' tokens.
pub fn train_clusters(
    conllu: &[PathBuf],
    text: &[PathBuf],
    meantime: Option<&Path>,
    classes: usize,
    min_count: usize,
    out: &Path,
) -> Result<bool> {
    let started = Instant::now();
    let mut sents: Vec<Vec<String>> = Vec::new();
    for f in conllu {
        let s = read_conllu(f)?;
        eprintln!("{}: {} sentences", f.display(), s.len());
        sents.extend(
            s.into_iter()
                .map(|s| s.words.into_iter().map(|w| w.form).collect()),
        );
    }
    for f in text {
        let t = std::fs::read_to_string(f).with_context(|| format!("reading {}", f.display()))?;
        let before = sents.len();
        sents.extend(
            t.lines()
                .map(|l| l.split_whitespace().map(str::to_string).collect::<Vec<_>>())
                .filter(|s| !s.is_empty()),
        );
        eprintln!("{}: {} sentences", f.display(), sents.len() - before);
    }
    if let Some(dir) = meantime {
        let before = sents.len();
        for doc in super::eval::meantime::read_dir(dir)? {
            let mut by: std::collections::BTreeMap<u32, Vec<String>> = Default::default();
            for t in doc.tokens {
                by.entry(t.sentence).or_default().push(t.text);
            }
            sents.extend(by.into_values());
        }
        eprintln!("{}: {} sentences", dir.display(), sents.len() - before);
    }
    let words: usize = sents.iter().map(Vec::len).sum();
    if words == 0 {
        bail!("no text");
    }
    let opts = acta_syntax::clusters::Options {
        classes,
        min_count,
        ..Default::default()
    };
    let c = acta_syntax::clusters::Clusters::build(&sents, &opts);
    c.save(out)?;
    eprintln!(
        "{words} words of text: {} words in {classes} classes, written to {} in {:.1} s",
        c.len(),
        out.display(),
        started.elapsed().as_secs_f64()
    );
    Ok(true)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paragraphs_split_on_blank_lines() {
        let t = "One. Two.\nThree.\n\n  \nFour.\n";
        let p: Vec<&str> = paragraphs(t)
            .iter()
            .map(|(s, _)| &t[s.start..s.end])
            .collect();
        assert_eq!(p, ["One. Two.\nThree.", "Four."]);
    }
}
