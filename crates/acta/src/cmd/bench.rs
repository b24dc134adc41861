//! `acta bench`: throughput of the pipeline's stages on the bundled sample corpus, on one
//! thread, so numbers are comparable across machines and runs.
//!
//! The corpus (the articles `acta demo` ingests) is written out as plain-text files, repeated
//! until it reaches the requested size, then read back and processed; the clock covers reading
//! and the stages measured, not writing the files.

use std::io::Read;

use acta_text::{Format, Inputs, Overrides, Preparer, ReadOptions};
use anyhow::Result;

use crate::pipeline::Stage;
use crate::samples::DEMO_CORPUS;

/// The whole pipeline on one thread, on the same documents as `acta code` sees them, with
/// each stage on its own CPU clock: text preparation first, then every [`Stage`] in order.
pub struct StageTimes {
    /// CPU seconds: text preparation, then [`Stage::ALL`] in order.
    pub seconds: [f64; 1 + Stage::ALL.len()],
    pub tokens: usize,
    pub sentences: usize,
    pub events: usize,
    pub quotes: usize,
}

pub fn pipeline_stages(mb: f64, pipeline: &crate::Pipeline) -> Result<StageTimes> {
    let texts = sample_texts()?;
    let over = Overrides {
        published: Some("2025-09-03".into()),
        ..Default::default()
    };
    let mut st = StageTimes {
        seconds: [0.0; 1 + Stage::ALL.len()],
        tokens: 0,
        sentences: 0,
        events: 0,
        quotes: 0,
    };
    let (mut bytes, mut i) = (0usize, 0usize);
    while (bytes as f64) < mb * 1e6 {
        let t = &texts[i % texts.len()];
        i += 1;
        bytes += t.len();
        let mut clock = process_cpu_seconds();
        let mut lap = |k: usize| {
            let now = process_cpu_seconds();
            st.seconds[k] += now - clock;
            clock = now;
        };
        let raw = acta_text::RawArticle::from_text("bench", t.clone());
        let mut doc = pipeline.prepare(raw, &over);
        lap(0);
        for (k, stage) in Stage::ALL.into_iter().enumerate() {
            pipeline.run(stage, &mut doc);
            lap(k + 1);
        }
        st.tokens += doc.sentences.iter().map(|s| s.tokens.len()).sum::<usize>();
        st.sentences += doc.sentences.len();
        st.events += doc.events.len();
        st.quotes += doc.quotes.len();
    }
    Ok(st)
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

/// The syntax stage and the actors stage (entity tagger, dictionaries, titles, coreference,
/// codes) on the same prepared documents, one after the other, each timed alone.
pub fn meaning_stages(mb: f64) -> Result<(Measure, Measure)> {
    let texts = sample_texts()?;
    let preparer = Preparer::default();
    let over = Overrides {
        published: Some("2025-09-03".into()),
        ..Default::default()
    };
    let target = (mb * 1e6) as usize;
    let mut docs = Vec::new();
    let mut bytes = 0;
    'fill: loop {
        for t in &texts {
            docs.push(
                preparer.prepare(acta_text::RawArticle::from_text("bench", t.as_str()), &over),
            );
            bytes += t.len();
            if bytes >= target {
                break 'fill;
            }
        }
    }
    let syntax = crate::models::syntax()?;
    let actors = crate::models::actors()?;
    let (articles, sentences) = (docs.len(), docs.iter().map(|d| d.sentences.len()).sum());
    let tokens = docs
        .iter()
        .flat_map(|d| &d.sentences)
        .map(|s| s.tokens.len())
        .sum();
    let empty = || Measure {
        articles,
        bytes,
        sentences,
        tokens,
        seconds: 0.0,
    };
    let mut syn = empty();
    let start = CpuClock::now();
    for d in &mut docs {
        for s in &mut d.sentences {
            syntax.annotate(s);
        }
    }
    syn.seconds = start.elapsed();
    let mut act = empty();
    let start = CpuClock::now();
    let mut entities = 0;
    for d in &mut docs {
        actors.annotate(d);
        entities += d.entities.len();
    }
    act.seconds = start.elapsed();
    std::hint::black_box(entities);
    Ok((syn, act))
}

/// `acta bench`.
pub fn run(mb: f64, meaning_mb: f64) -> Result<bool> {
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
    let wall = std::time::Instant::now();
    let load = CpuClock::now();
    let pipeline = crate::Pipeline::load()?;
    println!(
        "{:<34} {:>8.1} ms CPU, {:.1} ms wall (one thread here; `acta code` loads the stages side by side)",
        "pipeline load",
        load.elapsed() * 1e3,
        wall.elapsed().as_secs_f64() * 1e3,
    );
    let st = pipeline_stages(pipe_mb, &pipeline)?;
    let all: f64 = st.seconds.iter().sum();
    println!(
        "whole pipeline, {pipe_mb} MB: {:.0} tokens/s, {:.0} sentences/s ({} tokens, {} events, {} quotations, {all:.2} s CPU)",
        st.tokens as f64 / all,
        st.sentences as f64 / all,
        st.tokens,
        st.events,
        st.quotes
    );
    let names = std::iter::once("text (clean, split, tokenize)").chain(Stage::ALL.map(Stage::name));
    for (name, sec) in names.zip(st.seconds) {
        println!(
            "  {name:<32} {sec:>7.3} s  {:>9.0} tokens/s  {:>5.1}% of the pipeline",
            st.tokens as f64 / sec.max(1e-9),
            100.0 * sec / all
        );
    }
    if meaning_mb > 0.0 {
        println!("syntax and actors stages on the same documents, repeated to {meaning_mb} MB");
        let (syn, act) = meaning_stages(meaning_mb)?;
        syn.report("syntax (tag, lemmatize, parse)");
        act.report("actors (entities, codes, coref)");
        println!(
            "actors stage time / syntax stage time: {:.1}%",
            100.0 * act.seconds / syn.seconds.max(1e-9)
        );
    }
    Ok(true)
}
