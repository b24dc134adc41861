//! Speed of the shipped model: load time, and words per second tagged, lemmatized and parsed
//! on one thread. Run with `cargo bench -p acta-syntax --bench syntax`; the numbers are in
//! `docs/benchmarks.md`.
//!
//! Input: the UD English EWT test words (gold tokenization) when `../shared` is here, else
//! the model's own seed sentences repeated. `ACTA_SYNTAX_MODEL=DIR` measures the model in DIR
//! instead of the built-in one.

use std::time::Instant;

use acta_syntax::Model;

/// CPU time of this thread, in seconds: on a shared machine, wall-clock time also counts the
/// time other processes held the core.
fn cpu_seconds() -> f64 {
    let mut ts = libc::timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    // SAFETY: clock_gettime writes into the timespec we own.
    unsafe { libc::clock_gettime(libc::CLOCK_THREAD_CPUTIME_ID, &mut ts) };
    ts.tv_sec as f64 + ts.tv_nsec as f64 * 1e-9
}

fn main() {
    // load: best of 5
    let dir = std::env::var_os("ACTA_SYNTAX_MODEL").map(std::path::PathBuf::from);
    let mut load = f64::MAX;
    let mut model = None;
    for _ in 0..5 {
        let t = Instant::now();
        let m = match &dir {
            Some(d) => Model::load(d).expect("the model in ACTA_SYNTAX_MODEL"),
            None => Model::embedded().expect("the shipped model"),
        };
        load = load.min(t.elapsed().as_secs_f64() * 1e3);
        model = Some(m);
    }
    println!("model loaded in {load:.0} ms (wall clock, best of 5)");
    let model = model.expect("loaded");
    let model_dir = dir.unwrap_or_else(|| {
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../data/models/syntax")
    });
    let size: usize = ["tagger.bin.zst", "lemmatizer.bin.zst", "parser.bin.zst"]
        .iter()
        .map(|f| {
            std::fs::metadata(model_dir.join(f))
                .map(|m| m.len() as usize)
                .unwrap_or(0)
        })
        .sum();

    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../../shared/data/ud-english-ewt/en_ewt-ud-test.conllu"
    );
    let sents: Vec<Vec<String>> = match std::fs::read_to_string(path) {
        Ok(text) => acta_core::conllu::parse(&text)
            .expect("valid CoNLL-U")
            .into_iter()
            .map(|s| s.words.into_iter().map(|w| w.form).collect())
            .collect(),
        Err(_) => {
            let s = "Ukrainian President Volodymyr Zelensky rejected this possibility .";
            vec![s.split(' ').map(String::from).collect(); 2000]
        }
    };
    let words: usize = sents.iter().map(Vec::len).sum();
    let sents: Vec<Vec<&str>> = sents
        .iter()
        .map(|s| s.iter().map(String::as_str).collect())
        .collect();

    let run = |what: &str, f: &dyn Fn(&[&str]) -> usize| {
        let _ = sents.iter().map(|s| f(s)).sum::<usize>(); // warm up
        let (mut wall, mut cpu) = (f64::MAX, f64::MAX);
        for _ in 0..3 {
            let (t, c) = (Instant::now(), cpu_seconds());
            let n = sents.iter().map(|s| f(s)).sum::<usize>();
            assert_eq!(n, words);
            wall = wall.min(t.elapsed().as_secs_f64());
            cpu = cpu.min(cpu_seconds() - c);
        }
        println!(
            "{what:<36} {:>8.0} words/s of CPU time, {:>8.0} words/s wall clock ({words} words, best of 3)",
            words as f64 / cpu,
            words as f64 / wall,
        );
    };
    println!("model files: {:.2} MB compressed", size as f64 / 1e6);
    run("tag", &|s| model.tag(s).len());
    run("tag + lemmatize + parse (analyze)", &|s| {
        model.analyze(s).heads.len()
    });
}
