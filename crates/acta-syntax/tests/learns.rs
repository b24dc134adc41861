//! Training on a small slice of UD English EWT learns: dev scores well above simple
//! baselines, and the same data and seed give the same model bytes.

use std::path::Path;

use acta_core::conllu::{self, ConlluSentence};
use acta_syntax::eval;
use acta_syntax::train::{train, TrainOptions};

fn read(path: &Path, n: usize) -> Option<Vec<ConlluSentence>> {
    let text = std::fs::read_to_string(path).ok()?;
    let mut s = conllu::parse(&text).expect("valid CoNLL-U");
    s.truncate(n);
    Some(s)
}

#[test]
fn learns_from_a_small_slice() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/data/ud-english-ewt");
    let (Some(tr), Some(dev)) = (
        read(&dir.join("en_ewt-ud-train.conllu"), 1500),
        read(&dir.join("en_ewt-ud-dev.conllu"), 300),
    ) else {
        eprintln!("skipped: ../shared/data/ud-english-ewt is not here");
        return;
    };
    let opts = TrainOptions {
        tagger_epochs: 3,
        parser_epochs: 3,
        jackknife: 0,
        ..Default::default()
    };
    let model = train(&tr, &dev, &opts, &|_| {});
    let s = eval::gold_tokens(&model, &dev);

    // baselines: each word's most frequent training tag (NOUN when unseen); each word
    // attached to the word before it
    let mut freq: std::collections::HashMap<&str, std::collections::HashMap<&str, usize>> =
        Default::default();
    for w in tr.iter().flat_map(|s| &s.words) {
        *freq.entry(&w.form).or_default().entry(&w.upos).or_default() += 1;
    }
    let (mut tag_base, mut head_base, mut n) = (0, 0, 0);
    for snt in &dev {
        for w in &snt.words {
            let guess = freq
                .get(w.form.as_str())
                .and_then(|m| m.iter().max_by_key(|(t, c)| (**c, *t)).map(|(t, _)| *t))
                .unwrap_or("NOUN");
            tag_base += (guess == w.upos) as usize;
            head_base += (w.head + 1 == w.id) as usize;
            n += 1;
        }
    }
    let pct = |k: usize| 100.0 * k as f64 / n as f64;
    eprintln!(
        "slice model on 300 dev sentences: {}; baselines UPOS {:.2}, UAS {:.2}",
        s.summary(),
        pct(tag_base),
        pct(head_base)
    );
    assert_eq!(s.words, n);
    assert!(s.pct(s.upos) > pct(tag_base) + 3.0, "{}", s.summary());
    assert!(s.pct(s.upos) > 85.0, "{}", s.summary());
    assert!(s.pct(s.lemma) > 90.0, "{}", s.summary());
    assert!(s.pct(s.uas) > pct(head_base) + 25.0, "{}", s.summary());
    assert!(s.pct(s.las) > 55.0, "{}", s.summary());

    // deterministic: the same data and seed give the same bytes
    let again = train(&tr[..300], &dev[..50], &opts, &|_| {});
    let once = train(&tr[..300], &dev[..50], &opts, &|_| {});
    assert_eq!(again.to_bytes(), once.to_bytes());

    // and the bytes read back into the same model
    let tmp = std::env::temp_dir().join(format!("acta-syntax-test-{}", std::process::id()));
    model.save(&tmp).unwrap();
    let loaded = acta_syntax::Model::load(&tmp).unwrap();
    let _ = std::fs::remove_dir_all(&tmp);
    assert_eq!(eval::gold_tokens(&loaded, &dev), s);
}

#[test]
fn a_tagger_with_word_classes_keeps_them_in_its_file() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/data/ud-english-ewt");
    let (Some(tr), Some(dev)) = (
        read(&dir.join("en_ewt-ud-train.conllu"), 800),
        read(&dir.join("en_ewt-ud-dev.conllu"), 150),
    ) else {
        eprintln!("skipped: ../shared/data/ud-english-ewt is not here");
        return;
    };
    use acta_syntax::clusters::{Clusters, Options};
    let text: Vec<Vec<&str>> = tr
        .iter()
        .chain(&dev)
        .map(|s| s.words.iter().map(|w| w.form.as_str()).collect())
        .collect();
    let clusters = Clusters::build(
        &text,
        &Options {
            classes: 32,
            ..Default::default()
        },
    );
    assert!(clusters.len() > 1000, "{}", clusters.len());
    // function words of one kind share a class; a class is not everything
    assert_eq!(clusters.bits("the"), clusters.bits("a"));
    assert_ne!(clusters.bits("the"), clusters.bits("is"));
    let opts = TrainOptions {
        tagger_epochs: 2,
        parser_epochs: 1,
        jackknife: 0,
        clusters: Some(clusters.clone()),
        ..Default::default()
    };
    let model = train(&tr, &dev, &opts, &|_| {});
    let kept = model.tagger.clusters.as_ref().expect("classes kept");
    assert_eq!(kept.clusters().write(), clusters.write());
    let s = eval::gold_tokens(&model, &dev);
    assert!(s.pct(s.upos) > 80.0, "{}", s.summary());
    let tmp = std::env::temp_dir().join(format!("acta-syntax-cl-test-{}", std::process::id()));
    model.save(&tmp).unwrap();
    let loaded = acta_syntax::Model::load(&tmp).unwrap();
    let _ = std::fs::remove_dir_all(&tmp);
    assert!(loaded.tagger.clusters.is_some());
    assert_eq!(eval::gold_tokens(&loaded, &dev), s);
}
