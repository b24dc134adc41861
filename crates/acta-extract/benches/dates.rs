//! The date stage against the rest of the text pipeline, on the bundled sample corpus
//! (`data/samples/demo.jsonl.zst`: the seed article, 322 PLOVER records, 120 MEANTIME
//! articles), one thread.
//!
//! ```text
//! cargo bench -p acta-extract --bench dates
//! ```
//!
//! Rounds alternate between preparing every article (cleaning, language detection, sentence
//! splitting, tokenization: the pipeline before dates today) and preparing every article then
//! tagging its dates at once, while its tokens are in the cache, as `Pipeline::code` does. The
//! date stage's cost is the difference of the two medians. The clock is the thread's CPU time,
//! as in `acta bench`: the development machine is shared, and CPU time measures Acta rather
//! than its neighbours. Wall-clock times of the date stage, article by article, are printed too.
//!
//! `ACTA_BENCH_ROUNDS=1` runs one round of each, for `valgrind --tool=callgrind`, whose
//! instruction counts (`callgrind_annotate --inclusive=yes`: `DateTagger::tag` against
//! `Preparer::prepare`, 443 calls each) do not depend on the machine's load at all.
//!
//! The parser and the other extraction stages will add to the pipeline, so the share measured
//! here is an upper bound on the date stage's share of a full run.

use std::hint::black_box;
use std::path::Path;
use std::time::{Duration, Instant};

use acta_extract::DateTagger;
use acta_text::{Overrides, Preparer, RawArticle, ReadOptions};

const ROUNDS: usize = 25;

/// CPU time of this thread, in seconds.
fn cpu_time() -> f64 {
    let mut ts = libc::timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    // SAFETY: clock_gettime writes into the timespec we own; CLOCK_THREAD_CPUTIME_ID is
    // supported on Linux and macOS.
    let rc = unsafe { libc::clock_gettime(libc::CLOCK_THREAD_CPUTIME_ID, &mut ts) };
    if rc != 0 {
        return 0.0;
    }
    ts.tv_sec as f64 + ts.tv_nsec as f64 * 1e-9
}

fn median(v: &mut [f64]) -> f64 {
    v.sort_by(f64::total_cmp);
    v[v.len() / 2]
}

fn main() {
    let corpus = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../data/samples/demo.jsonl.zst");
    let raws: Vec<RawArticle> = acta_text::Inputs::new(&[&corpus], ReadOptions::default())
        .filter_map(Result::ok)
        .collect();
    let bytes: usize = raws.iter().map(|r| r.text.len()).sum();
    let preparer = Preparer::default();
    let tagger = DateTagger::new();
    let over = Overrides::default();
    let mut docs: Vec<_> = raws
        .iter()
        .map(|r| preparer.prepare(r.clone(), &over))
        .collect();
    let tokens: usize = docs
        .iter()
        .flat_map(|d| &d.sentences)
        .map(|s| s.tokens.len())
        .sum();
    // warm up, and count what the tagger finds
    for d in docs.iter_mut() {
        tagger.tag(d);
    }
    let found: usize = docs.iter().map(|d| d.dates.len()).sum();
    drop(docs);

    let rounds = std::env::var("ACTA_BENCH_ROUNDS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(ROUNDS);
    let (mut text_cpu, mut both_cpu, mut date_wall) = (Vec::new(), Vec::new(), Vec::new());
    for _ in 0..rounds {
        let clones: Vec<RawArticle> = raws.clone();
        let t = cpu_time();
        for r in clones {
            black_box(preparer.prepare(r, &over));
        }
        text_cpu.push(cpu_time() - t);

        let clones: Vec<RawArticle> = raws.clone();
        let mut wall = Duration::ZERO;
        let t = cpu_time();
        for r in clones {
            let mut doc = preparer.prepare(r, &over);
            let t0 = Instant::now();
            tagger.tag(black_box(&mut doc));
            wall += t0.elapsed();
            black_box(doc);
        }
        both_cpu.push(cpu_time() - t);
        date_wall.push(wall.as_secs_f64());
    }
    let text = median(&mut text_cpu);
    let both = median(&mut both_cpu);
    let dates = both - text;
    let wall = median(&mut date_wall);
    let n = raws.len() as f64;
    println!(
        "corpus: {} articles, {:.1} KB, {} tokens; {} temporal expressions found",
        raws.len(),
        bytes as f64 / 1024.0,
        tokens,
        found
    );
    println!("{rounds} rounds of each, one thread, medians of CPU time:");
    println!(
        "  text preparation          {:>8.2} ms  {:>6.1} µs/article",
        text * 1e3,
        text * 1e6 / n
    );
    println!(
        "  preparation + dates       {:>8.2} ms  {:>6.1} µs/article",
        both * 1e3,
        both * 1e6 / n
    );
    println!(
        "  dates (the difference)    {:>8.2} ms  {:>6.1} µs/article   (wall clock, timed alone: {:.2} ms)",
        dates * 1e3,
        dates * 1e6 / n,
        wall * 1e3
    );
    println!(
        "  dates add {:.2}% to the text pipeline ({:.2}% by the wall-clock time of the stage)",
        100.0 * dates / text,
        100.0 * wall / text
    );
}
