//! `acta bench`: throughput of the pipeline's stages on the bundled sample corpus, on one
//! thread, so numbers are comparable across machines and runs.
//!
//! The corpus (the articles `acta demo` ingests) is written out as plain-text files, repeated
//! until it reaches the requested size, then read back and processed; the clock covers reading
//! and the stages measured, not writing the files.

use std::io::Read;

use acta_text::{Format, Inputs, Overrides, Preparer, ReadOptions};
use anyhow::Result;

use crate::samples::DEMO_CORPUS;

/// The whole pipeline (clean, parse, dates, places, events, quotations) on one thread, CPU time, and the
/// events stage alone inside it: (tokens, sentences, pipeline seconds, events seconds, events).
pub fn pipeline_stage(mb: f64) -> Result<(usize, usize, f64, f64, usize)> {
    let texts = sample_texts()?;
    let pipeline = crate::Pipeline::load()?;
    let over = Overrides::default();
    let (mut bytes, mut i) = (0usize, 0usize);
    let (mut tokens, mut sents, mut all, mut ev, mut events) = (0, 0, 0.0, 0.0, 0);
    while (bytes as f64) < mb * 1e6 {
        let t = &texts[i % texts.len()];
        i += 1;
        bytes += t.len();
        let start = CpuClock::now();
        let mut doc = pipeline.prepare(acta_text::RawArticle::from_text("bench", t.clone()), &over);
        pipeline.parse(&mut doc);
        pipeline.tag_dates(&mut doc);
        pipeline.tag_places(&mut doc);
        let e = CpuClock::now();
        pipeline.code_events(&mut doc);
        ev += e.elapsed();
        pipeline.tag_quotes(&mut doc);
        all += start.elapsed();
        tokens += doc.sentences.iter().map(|s| s.tokens.len()).sum::<usize>();
        sents += doc.sentences.len();
        events += doc.events.len();
    }
    Ok((tokens, sents, all, ev, events))
}

/// Texts of the sample corpus.
pub fn sample_texts() -> Result<Vec<String>> {
    let mut jsonl = String::new();
    zstd::stream::read::Decoder::new(DEMO_CORPUS)?.read_to_string(&mut jsonl)?;
    let opts = ReadOptions {
        format: Some(Format::Jsonl),
        ..Default::default()
    };
    let inputs = Inputs::from_reader(
        Box::new(std::io::Cursor::new(jsonl.into_bytes())),
        "demo".into(),
        opts,
    );
    // news-length articles only: the one-sentence PLOVER records would measure per-file
    // overhead rather than text processing
    Ok(inputs
        .filter_map(Result::ok)
        .filter(|r| !r.id.as_deref().unwrap_or("").starts_with("PLOVER"))
        .map(|r| r.text)
        .collect())
}

/// Result of one timed run.
#[derive(Debug)]
pub struct Measure {
    pub articles: usize,
    pub bytes: usize,
    pub sentences: usize,
    pub tokens: usize,
    pub seconds: f64,
}

impl Measure {
    pub fn report(&self, what: &str) {
        println!(
            "{what:<34} {:>8.1} MB/s  {:>10.0} tokens/s  {:>8.0} sentences/s  ({} articles, {:.1} MB, {} tokens, {:.2} s)",
            self.bytes as f64 / 1e6 / self.seconds,
            self.tokens as f64 / self.seconds,
            self.sentences as f64 / self.seconds,
            self.articles,
            self.bytes as f64 / 1e6,
            self.tokens,
            self.seconds
        );
    }
}

/// Reading + cleaning + sentence splitting + tokenizing, one thread, plain-text files.
pub fn text_stage(mb: f64) -> Result<Measure> {
    let texts = sample_texts()?;
    let dir = tempfile_dir()?;
    let target = (mb * 1e6) as usize;
    let mut written = 0;
    let mut n = 0;
    while written < target {
        for t in &texts {
            std::fs::write(dir.join(format!("{n:06}.txt")), t)?;
            written += t.len();
            n += 1;
            if written >= target {
                break;
            }
        }
    }
    let preparer = Preparer::default();
    let over = Overrides::default();
    let start = CpuClock::now();
    let mut m = Measure {
        articles: 0,
        bytes: 0,
        sentences: 0,
        tokens: 0,
        seconds: 0.0,
    };
    for raw in Inputs::new(&[&dir], ReadOptions::default()).flatten() {
        m.bytes += raw.text.len();
        let doc = preparer.prepare(raw, &over);
        m.articles += 1;
        m.sentences += doc.sentences.len();
        m.tokens += doc.sentences.iter().map(|s| s.tokens.len()).sum::<usize>();
    }
    m.seconds = start.elapsed();
    let _ = std::fs::remove_dir_all(&dir);
    Ok(m)
}

/// The places stage as the pipeline runs it: articles prepared a few at a time, then tagged
/// while their tokens are still in cache; the clock covers `Places::tag` only (read once per
/// batch, since the CPU clock is a system call). Returns its CPU seconds and the places found.
pub fn places_stage(mb: f64, places: &acta_extract::places::Places) -> Result<(f64, usize)> {
    let texts = sample_texts()?;
    let preparer = Preparer::default();
    let over = Overrides::default();
    let (mut bytes, mut seconds, mut found) = (0, 0.0, 0);
    let mut batch = Vec::with_capacity(16);
    let mut i = 0;
    while (bytes as f64) < mb * 1e6 {
        batch.clear();
        while batch.len() < 16 && (bytes as f64) < mb * 1e6 {
            let t = &texts[i % texts.len()];
            i += 1;
            let raw = acta_text::RawArticle::from_text("bench", t.clone());
            batch.push(preparer.prepare(raw, &over));
            bytes += t.len();
        }
        let start = CpuClock::now();
        for doc in &mut batch {
            places.tag(doc);
        }
        seconds += start.elapsed();
        found += batch.iter().map(|d| d.places.len()).sum::<usize>();
    }
    Ok((seconds, found))
}

/// The quotations stage against the whole pipeline: articles coded by `Pipeline::code` (which
/// runs every stage, quotations included), then `Quotes::tag` clocked again on each coded
/// document (it replaces `doc.quotes`, so the second run does the same work). Returns the
/// pipeline's CPU seconds, the quotations stage's, and the quotations found.
pub fn quotes_stage(mb: f64, pipeline: &crate::Pipeline) -> Result<(f64, f64, usize)> {
    let texts = sample_texts()?;
    let over = Overrides::default();
    let (mut bytes, mut whole, mut quotes, mut found) = (0usize, 0.0, 0.0, 0);
    let mut i = 0;
    while (bytes as f64) < mb * 1e6 {
        let t = &texts[i % texts.len()];
        i += 1;
        bytes += t.len();
        let raw = acta_text::RawArticle::from_text("bench", t.clone());
        let start = CpuClock::now();
        let mut doc = pipeline.code(raw, &over);
        whole += start.elapsed();
        let start = CpuClock::now();
        pipeline.quotes().tag(&mut doc);
        quotes += start.elapsed();
        found += doc.quotes.len();
    }
    Ok((whole, quotes, found))
}

/// CPU time of this process: on a machine shared with other work, wall-clock time measures
/// the neighbours as much as Acta.
pub struct CpuClock(f64);

impl CpuClock {
    pub fn now() -> CpuClock {
        CpuClock(process_cpu_seconds())
    }
    pub fn elapsed(&self) -> f64 {
        process_cpu_seconds() - self.0
    }
}

fn process_cpu_seconds() -> f64 {
    let mut ts = libc::timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    // SAFETY: clock_gettime writes into the timespec we own; CLOCK_PROCESS_CPUTIME_ID is
    // supported on every platform Acta builds for (Linux, macOS).
    let rc = unsafe { libc::clock_gettime(libc::CLOCK_PROCESS_CPUTIME_ID, &mut ts) };
    if rc != 0 {
        return 0.0;
    }
    ts.tv_sec as f64 + ts.tv_nsec as f64 * 1e-9
}

fn tempfile_dir() -> Result<std::path::PathBuf> {
    let dir = std::env::temp_dir().join(format!("acta-bench-{}", std::process::id()));
    std::fs::create_dir_all(&dir)?;
    Ok(dir)
}

/// `acta bench`.
pub fn run(mb: f64) -> Result<bool> {
    rayon::ThreadPoolBuilder::new()
        .num_threads(1)
        .build_global()
        .ok();
    println!("acta bench: one thread, CPU time, sample corpus repeated to {mb} MB");
    let text = text_stage(mb)?;
    text.report("read+clean+split+tokenize");
    let wall = std::time::Instant::now();
    let load = CpuClock::now();
    let places = acta_extract::places::Places::load().map_err(anyhow::Error::msg)?;
    println!(
        "{:<34} {:>8.1} ms CPU, {:.1} ms wall ({} entries, {} names)",
        "gazetteer load",
        load.elapsed() * 1e3,
        wall.elapsed().as_secs_f64() * 1e3,
        places.gazetteer.entries.len(),
        places.gazetteer.names()
    );
    let (places_s, found) = places_stage(mb, &places)?;
    println!(
        "{:<34} {:>8.1} MB/s  ({found} places, {places_s:.2} s) = {:.1}% of the text stage's time",
        "places (Places::tag only)",
        text.bytes as f64 / 1e6 / places_s,
        100.0 * places_s / text.seconds
    );
    let pipe_mb = (mb / 10.0).max(0.5);
    let (tokens, sents, all, ev, events) = pipeline_stage(pipe_mb)?;
    println!(
        "{:<34} {:>8.0} tokens/s, {:.0} sentences/s ({tokens} tokens, {all:.2} s CPU, {pipe_mb} MB)",
        "whole pipeline (clean..quotes)",
        tokens as f64 / all,
        sents as f64 / all,
    );
    println!(
        "{:<34} {:>8.0} tokens/s ({events} events, {ev:.2} s) = {:.1}% of the pipeline",
        "events (EventCoder::code only)",
        tokens as f64 / ev,
        100.0 * ev / all
    );
    let pipeline = crate::Pipeline::load()?;
    let qmb = mb.min(2.0);
    let (whole, quotes_s, found) = quotes_stage(qmb, &pipeline)?;
    println!(
        "{:<34} {:>8.2} MB/s  ({found} quotations in {qmb} MB, {quotes_s:.2} s) = {:.1}% of the rest of the pipeline ({:.2} MB/s)",
        "quotations (Quotes::tag only)",
        qmb / quotes_s,
        100.0 * quotes_s / (whole - quotes_s),
        qmb / whole
    );
    Ok(true)
}
