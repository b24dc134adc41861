//! The date stage against the rest of the text pipeline, on the bundled sample corpus
//! (`data/samples/demo.jsonl.zst`: the seed article, 322 PLOVER records, 120 MEANTIME
//! articles), one thread.
//!
//! ```text
//! cargo bench -p acta-extract --bench dates
//! ```
//!
//! Text preparation (cleaning, language detection, sentence splitting, tokenization) is what
//! the pipeline does before dates today; the parser and the other extraction stages will add
//! to it, so the share measured here is an upper bound on the date stage's share of a full run.

use std::hint::black_box;
use std::path::Path;
use std::time::{Duration, Instant};

use acta_extract::DateTagger;
use acta_text::{Overrides, Preparer, RawArticle, ReadOptions};

const ROUNDS: usize = 31;

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

    // As in the pipeline: each article is prepared, then tagged while its tokens are still in
    // the cache; both steps are timed, article by article.
    let mut text_times = Vec::new();
    let mut date_times = Vec::new();
    // `ACTA_BENCH_ROUNDS=1` for a run under callgrind, whose instruction counts
    // (`callgrind_annotate --inclusive=yes`) do not depend on what else the machine runs
    let rounds = std::env::var("ACTA_BENCH_ROUNDS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(ROUNDS);
    for _ in 0..rounds {
        let clones: Vec<RawArticle> = raws.clone();
        let (mut text, mut dates) = (Duration::ZERO, Duration::ZERO);
        for r in clones {
            let t0 = Instant::now();
            let mut doc = preparer.prepare(r, &over);
            let t1 = Instant::now();
            tagger.tag(black_box(&mut doc));
            let t2 = Instant::now();
            text += t1 - t0;
            dates += t2 - t1;
            black_box(doc);
        }
        text_times.push(text);
        date_times.push(dates);
    }
    let stats = |v: &mut Vec<Duration>| {
        v.sort();
        (v[0], v[v.len() / 2])
    };
    let ((text_min, text), (dates_min, dates)) = (stats(&mut text_times), stats(&mut date_times));
    let n = raws.len() as f64;
    println!(
        "corpus: {} articles, {:.1} KB, {} tokens; {} temporal expressions found",
        raws.len(),
        bytes as f64 / 1024.0,
        tokens,
        found
    );
    println!("{rounds} rounds, one thread; median (fastest round):");
    println!(
        "  text preparation  {:>8.2} ms ({:>6.2})  {:.1} µs/article",
        text.as_secs_f64() * 1e3,
        text_min.as_secs_f64() * 1e3,
        text.as_secs_f64() * 1e6 / n
    );
    println!(
        "  date tagging      {:>8.2} ms ({:>6.2})  {:.1} µs/article, {:.1} MB/s",
        dates.as_secs_f64() * 1e3,
        dates_min.as_secs_f64() * 1e3,
        dates.as_secs_f64() * 1e6 / n,
        bytes as f64 / dates.as_secs_f64() / 1e6
    );
    println!(
        "  dates add {:.2}% to the text pipeline ({:.2}% in the fastest rounds)",
        100.0 * dates.as_secs_f64() / text.as_secs_f64(),
        100.0 * dates_min.as_secs_f64() / text_min.as_secs_f64()
    );
}
