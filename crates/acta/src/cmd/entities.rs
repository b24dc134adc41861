//! `acta train entities` and `acta eval entities`: the named-entity tagger's training data,
//! gazetteer, training and evaluation.

use std::collections::BTreeSet;
use std::path::Path;

use acta_extract::actors::{actor_type, Countries, EntityType, GivenNames};
use acta_extract::dict::ActorDictionary;
use acta_extract::ner::train::{self, Example, Scores, TrainOptions};
use acta_extract::ner::{EntityTagger, GazKind, Gazetteer, LABELS};
use anyhow::{Context, Result};

use super::eval::read_conllu;

/// Census surnames (`tools/make_names.py`), for the gazetteer only.
const SURNAMES: &str = include_str!("../../../../data/actors/surnames.txt");

/// The gazetteer the tagger is trained with and carries in its model file: the actor
/// dictionaries and overlay (persons, organisations, countries; not the groups of states of
/// `data/actors/groups.tsv`, which are not names), the country table (names,
/// nationality adjectives, capitals), given names, and — when given — GeoNames places
/// (cities15000.json: each city's name, and the ASCII alternate names of cities of 100,000 or
/// more) and first-level divisions (the `admin1` column of rg_cities1000.csv).
pub fn gazetteer(places: Option<&Path>, admin1: Option<&Path>) -> Result<Gazetteer> {
    let dict = ActorDictionary::embedded().map_err(|e| anyhow::anyhow!("{e}"))?;
    let names = GivenNames::embedded();
    let countries = Countries::embedded();
    let mut g = Gazetteer::new();
    // groups of states ("European powers") are actors but not names
    for a in dict
        .actors
        .iter()
        .filter(|a| !a.origin.starts_with(acta_extract::dict::GROUPS_FILE))
    {
        let ty = actor_type(a, &names);
        // the first word of a person's name is a given name ("Volodymyr Zelensky")
        if ty == EntityType::Person {
            if let Some(first) = a.phrases.first().filter(|p| p.len() >= 2).map(|p| &p[0]) {
                if first.len() >= 3
                    && !matches!(
                        first.as_str(),
                        "the" | "president" | "king" | "sheikh" | "abu" | "abd" | "bin"
                    )
                {
                    g.add(GazKind::GivenName, first);
                }
            }
        }
        for p in &a.phrases {
            let phrase = p.join(" ");
            let kind = match ty {
                EntityType::Person => GazKind::Person,
                EntityType::Org => GazKind::Org,
                EntityType::Norp => GazKind::Nationality,
                EntityType::Gpe | EntityType::Loc => {
                    if countries.adjective(&phrase).is_some() {
                        GazKind::Nationality
                    } else {
                        GazKind::Place
                    }
                }
            };
            g.add(kind, &phrase);
        }
    }
    for c in &countries.list {
        g.add(GazKind::Place, &c.name);
        for a in &c.adjectives {
            g.add(GazKind::Nationality, a);
        }
        for a in &c.capitals {
            g.add(GazKind::Place, a);
        }
    }
    for n in names.names() {
        g.add(GazKind::GivenName, n);
    }
    for n in SURNAMES.lines().filter(|l| !l.starts_with('#')) {
        g.add(GazKind::Surname, n);
    }
    if let Some(p) = places {
        let text =
            std::fs::read_to_string(p).with_context(|| format!("cannot read {}", p.display()))?;
        let json: serde_json::Value =
            serde_json::from_str(&text).with_context(|| format!("{}: not JSON", p.display()))?;
        let cities = json
            .as_object()
            .with_context(|| format!("{}: expected an object of cities", p.display()))?;
        let mut all: BTreeSet<String> = BTreeSet::new();
        for c in cities.values() {
            if let Some(n) = c.get("name").and_then(|n| n.as_str()) {
                all.insert(n.to_string());
            }
            let pop = c.get("population").and_then(|p| p.as_u64()).unwrap_or(0);
            if pop >= 100_000 {
                for a in c
                    .get("alternatenames")
                    .and_then(|a| a.as_array())
                    .into_iter()
                    .flatten()
                    .filter_map(|a| a.as_str())
                {
                    if a.is_ascii() && a.starts_with(|ch: char| ch.is_ascii_uppercase()) {
                        all.insert(a.to_string());
                    }
                }
            }
        }
        for n in all {
            g.add(GazKind::Place, &n);
        }
    }
    if let Some(p) = admin1 {
        let text =
            std::fs::read_to_string(p).with_context(|| format!("cannot read {}", p.display()))?;
        let mut all: BTreeSet<&str> = BTreeSet::new();
        for line in text.lines().skip(1) {
            if let Some(a) = line.split(',').nth(3) {
                if !a.is_empty() {
                    all.insert(a);
                }
            }
        }
        for n in all {
            g.add(GazKind::Place, n);
        }
    }
    Ok(g)
}

fn syntax_model() -> Result<acta_syntax::Model> {
    crate::models::syntax()
}

/// Tags the words with our own tagger (UPOS), as the pipeline will; documents are numbered
/// from `first_doc`.
fn examples(
    model: &acta_syntax::Model,
    docs: Vec<Vec<(Vec<String>, Vec<u8>)>>,
    first_doc: usize,
) -> Vec<Example> {
    docs.into_iter()
        .enumerate()
        .flat_map(|(d, sents)| sents.into_iter().map(move |s| (first_doc + d, s)))
        .map(|(doc, (words, labels))| {
            let w: Vec<&str> = words.iter().map(String::as_str).collect();
            let upos = model
                .tag(&w)
                .into_iter()
                .map(|t| model.tagger.upos[t].clone())
                .collect();
            Example {
                words,
                upos,
                labels,
                doc,
            }
        })
        .collect()
}

type Doc = Vec<(Vec<String>, Vec<u8>)>;

fn read_iob2(path: &Path) -> Result<Vec<Doc>> {
    let text =
        std::fs::read_to_string(path).with_context(|| format!("cannot read {}", path.display()))?;
    train::read_iob2_docs(&text)
        .map_err(|(line, msg)| anyhow::anyhow!("{}:{line}: {msg}", path.display()))
}

/// CoNLL-U sentences grouped into documents (`# newdoc`), as (words, labels) with the labels
/// `label` gives each sentence.
fn conllu_docs(
    sents: &[acta_core::conllu::ConlluSentence],
    label: impl Fn(&acta_core::conllu::ConlluSentence) -> Vec<u8>,
) -> Vec<Doc> {
    let mut docs: Vec<Doc> = Vec::new();
    for s in sents {
        if docs.is_empty() || s.comments.iter().any(|c| c.starts_with("newdoc")) {
            docs.push(Vec::new());
        }
        if let Some(d) = docs.last_mut() {
            d.push((s.words.iter().map(|w| w.form.clone()).collect(), label(s)));
        }
    }
    docs
}

/// MEANTIME articles as training examples (`train::meantime_labels`), one document each:
/// the body sentences its annotators marked up (those with any markable; MEANTIME annotates
/// an article's first sentences only), not the title or the date line. Returns the examples
/// and the number of names.
fn meantime_examples(
    model: &acta_syntax::Model,
    dirs: &[std::path::PathBuf],
    first_doc: usize,
) -> Result<(Vec<Example>, usize)> {
    use acta_extract::ner::NerKind;
    use std::collections::{HashMap, HashSet};
    let countries = Countries::embedded();
    // a people or nationality: "American", "Iraqis", "Japanese"
    let is_group = |p: &str| {
        countries.adjective(p).is_some()
            || p.strip_suffix('s')
                .is_some_and(|q| countries.adjective(q).is_some())
    };
    let mut out = Vec::new();
    let mut names = 0;
    let mut doc = first_doc;
    for dir in dirs {
        for d in super::eval::meantime::read_dir(dir)? {
            let mut kind_of: HashMap<u32, Option<NerKind>> = HashMap::new();
            for rel in d.relations.iter().filter(|x| x.tag == "REFERS_TO") {
                for &t in &rel.targets {
                    if let Some(ent) = d.markable(t) {
                        let k = match ent.attr("ent_type") {
                            "PER" => Some(NerKind::Per),
                            "ORG" => Some(NerKind::Org),
                            "LOC" => Some(NerKind::Loc),
                            _ => None,
                        };
                        for &s in &rel.sources {
                            kind_of.insert(s, k);
                        }
                    }
                }
            }
            let marked: HashSet<u32> = d
                .markables
                .iter()
                .flat_map(|m| m.tokens.iter().copied())
                .collect();
            let max = d.tokens.iter().map(|t| t.sentence).max().unwrap_or(0);
            for n in 2..=max {
                let toks: Vec<&super::eval::meantime::MeantimeToken> =
                    d.tokens.iter().filter(|t| t.sentence == n).collect();
                if toks.is_empty() || !toks.iter().any(|t| marked.contains(&t.id)) {
                    continue;
                }
                let index: HashMap<u32, usize> =
                    toks.iter().enumerate().map(|(i, t)| (t.id, i)).collect();
                let words: Vec<&str> = toks.iter().map(|t| t.text.as_str()).collect();
                let upos: Vec<String> = model
                    .tag(&words)
                    .into_iter()
                    .map(|t| model.tagger.upos[t].clone())
                    .collect();
                let mentions: Vec<train::MeantimeMention> = d
                    .markables
                    .iter()
                    .filter(|m| m.tag == "ENTITY_MENTION")
                    .filter_map(|m| {
                        let s = *index.get(m.tokens.first()?)?;
                        let e = *index.get(m.tokens.last()?)? + 1;
                        Some(train::MeantimeMention {
                            start: s,
                            end: e,
                            kind: kind_of.get(&m.id).copied().flatten(),
                            named: matches!(m.attr("syntactic_type"), "NAM" | "PRE.NAM"),
                            head: m
                                .attr("head")
                                .split_whitespace()
                                .map(str::to_string)
                                .collect(),
                        })
                    })
                    .collect();
                let u: Vec<&str> = upos.iter().map(String::as_str).collect();
                let labels = train::meantime_labels(&words, &u, &mentions, is_group);
                names += labels.iter().filter(|&&l| l % 2 == 1).count();
                out.push(Example {
                    words: words.iter().map(|w| w.to_string()).collect(),
                    upos,
                    labels,
                    doc,
                });
            }
            doc += 1;
        }
    }
    Ok((out, names))
}

/// Options of `acta train entities`.
pub struct TrainArgs<'a> {
    pub train: &'a [std::path::PathBuf],
    pub gum: &'a [std::path::PathBuf],
    pub dev: Option<&'a Path>,
    pub places: Option<&'a Path>,
    pub admin1: Option<&'a Path>,
    pub silver: &'a [std::path::PathBuf],
    /// MEANTIME directories (`meantime_examples`).
    pub meantime: &'a [std::path::PathBuf],
    /// How many times the MEANTIME examples are added to the training data.
    pub meantime_copies: usize,
    pub out: &'a Path,
    pub opts: TrainOptions,
    /// One model per seed, their weights averaged (`train::train_ensemble`).
    pub seeds: &'a [u64],
}

/// `acta train entities`.
pub fn train_cmd(a: &TrainArgs) -> Result<bool> {
    let model = syntax_model()?;
    let mut data: Vec<Example> = Vec::new();
    let next_doc = |data: &[Example]| data.last().map_or(0, |e| e.doc + 1);
    for p in a.train {
        let s = read_iob2(p)?;
        println!(
            "{}: {} sentences",
            p.display(),
            s.iter().map(Vec::len).sum::<usize>()
        );
        let first = next_doc(&data);
        data.extend(examples(&model, s, first));
    }
    for p in a.gum {
        let sents = read_conllu(p)?;
        let docs = conllu_docs(&sents, train::gum_labels);
        let names = docs
            .iter()
            .flatten()
            .flat_map(|x| x.1.iter())
            .filter(|&&l| l % 2 == 1)
            .count();
        println!(
            "{}: {} sentences, {names} names from its entity annotation",
            p.display(),
            sents.len()
        );
        let first = next_doc(&data);
        data.extend(examples(&model, docs, first));
    }
    if !a.meantime.is_empty() {
        let (ex, names) = meantime_examples(&model, a.meantime, next_doc(&data))?;
        println!(
            "MEANTIME: {} annotated sentences, {names} names from its entity mentions, counted {} times",
            ex.len(),
            a.meantime_copies
        );
        let base = ex.first().map_or(0, |e| e.doc);
        for _ in 0..a.meantime_copies {
            // each copy its own documents, so the document pass sees each article once
            let first = next_doc(&data);
            data.extend(ex.iter().map(|e| Example {
                doc: first + e.doc - base,
                ..e.clone()
            }));
        }
    }
    let dev = match a.dev {
        Some(p) => examples(&model, read_iob2(p)?, 0),
        None => Vec::new(),
    };
    let gaz = gazetteer(a.places, a.admin1)?;
    println!("gazetteer: {} phrases", gaz.len());
    if !a.silver.is_empty() {
        // a first model labels the unlabelled sentences; its names that are whole runs of
        // gold proper nouns are kept
        println!("first model (for the silver labels):");
        let mut first = train::train_ensemble(&data, &dev, &gaz, &a.opts, a.seeds, |line| {
            println!("  {line}")
        });
        // the silver labels come from the document pass without the span repairs
        first.doc_pass = acta_extract::ner::DOC_CONSISTENT;
        for p in a.silver {
            let sents = read_conllu(p)?;
            let docs = conllu_docs(&sents, |s| vec![0u8; s.words.len()]);
            let base = next_doc(&data);
            let mut ex = examples(&model, docs, base);
            let predicted = train::tag_examples(&first, &ex);
            let mut kept = 0;
            let mut names = 0;
            for (i, (e, l)) in ex.iter_mut().zip(predicted).enumerate() {
                let gold: Vec<&str> = sents[i].words.iter().map(|w| w.upos.as_str()).collect();
                let xpos: Vec<&str> = sents[i].words.iter().map(|w| w.xpos.as_str()).collect();
                let words: Vec<&str> = e.words.iter().map(String::as_str).collect();
                if let Some(l) = train::silver_labels(&l, &words, &gold, &xpos) {
                    names += l.iter().filter(|&&x| x % 2 == 1).count();
                    e.labels = l;
                    kept += 1;
                } else {
                    e.words.clear();
                }
            }
            ex.retain(|e| !e.words.is_empty());
            println!(
                "{}: {} sentences, {kept} kept with silver labels ({names} names)",
                p.display(),
                sents.len()
            );
            data.extend(ex);
        }
    }
    let tagger = train::train_ensemble(&data, &dev, &gaz, &a.opts, a.seeds, |line| {
        println!("{line}")
    });
    std::fs::create_dir_all(a.out).with_context(|| format!("cannot create {}", a.out.display()))?;
    let path = a.out.join("ner.bin.zst");
    let bytes = tagger.to_bytes();
    std::fs::write(&path, &bytes).with_context(|| format!("cannot write {}", path.display()))?;
    println!(
        "{}: {} bytes, {} features",
        path.display(),
        bytes.len(),
        tagger.features()
    );
    Ok(true)
}

/// Loads a model file (or a directory holding `ner.bin.zst`), else the process's entity model
/// (`--entity-model`, or the built-in one).
pub fn load_tagger(dir: Option<&Path>) -> Result<EntityTagger> {
    match dir {
        Some(d) => crate::models::entity_file(d),
        None => crate::models::entities(),
    }
}

pub fn print_scores(what: &str, sc: &Scores) {
    use super::eval::Prf;
    let line = |tp, predicted, gold, label: &str| {
        println!(
            "{}",
            Prf {
                tp,
                predicted,
                gold
            }
            .line(label)
        )
    };
    println!("{what}");
    for &(k, tp, p, g) in &sc.by_kind {
        line(tp, p, g, &format!("  {}", k.as_str()));
    }
    let (tp, p, g) = sc.total();
    line(tp, p, g, "  all (PER, ORG, LOC)");
}

/// `acta eval entities --gold FILE.iob2`: exact-span F1 on the file's own tokens, tagged by
/// our syntax tagger and entity tagger. With `show`, every sentence with an error is printed.
pub fn eval_iob2(gold: &Path, model: Option<&Path>, show: bool) -> Result<Scores> {
    let syntax = syntax_model()?;
    let tagger = load_tagger(model)?;
    let data = examples(&syntax, read_iob2(gold)?, 0);
    if show {
        for (e, pred) in data.iter().zip(train::tag_examples(&tagger, &data)) {
            let w: Vec<&str> = e.words.iter().map(String::as_str).collect();
            if pred != e.labels {
                let line: Vec<String> = w
                    .iter()
                    .zip(pred.iter().zip(&e.labels))
                    .map(|(w, (&p, &g))| {
                        if p == g {
                            if g == 0 {
                                w.to_string()
                            } else {
                                format!("{w}/{}", LABELS[g as usize])
                            }
                        } else {
                            format!("{w}/{}≠{}", LABELS[p as usize], LABELS[g as usize])
                        }
                    })
                    .collect();
                println!("{}", line.join(" "));
            }
        }
    }
    Ok(train::evaluate(&tagger, &data))
}

/// `acta eval entities`.
pub fn eval(
    gold: Option<&Path>,
    meantime: &[std::path::PathBuf],
    model: Option<&Path>,
    show: bool,
) -> Result<bool> {
    if gold.is_none() && meantime.is_empty() {
        anyhow::bail!("give --gold FILE.iob2, --meantime DIR, or both");
    }
    if let Some(g) = gold {
        let sc = eval_iob2(g, model, show)?;
        print_scores(&format!("{}: exact span and type", g.display()), &sc);
    }
    if !meantime.is_empty() {
        let r = eval_meantime(meantime, model)?;
        let dirs: Vec<String> = meantime.iter().map(|m| m.display().to_string()).collect();
        print_scores(
            &format!(
                "{}: {} articles, named mentions (NAM); exact span and type",
                dirs.join(" + "),
                r.docs
            ),
            &r.exact,
        );
        println!(
            "same last word and type, names inside annotated mentions only (see docs/accuracy.md)"
        );
        let mut all = (0, 0, 0, 0);
        for (p, g) in r.lenient.by_kind.iter().zip(&r.lenient_recall.by_kind) {
            lenient_line(p.0.as_str(), p.1, p.2, g.1, g.3);
            all = (all.0 + p.1, all.1 + p.2, all.2 + g.1, all.3 + g.3);
        }
        lenient_line("all (PER, ORG, LOC)", all.0, all.1, all.2, all.3);
    }
    Ok(true)
}

fn lenient_line(what: &str, tp_pred: usize, pred: usize, found: usize, gold: usize) {
    let p = tp_pred as f64 / pred.max(1) as f64;
    let r = found as f64 / gold.max(1) as f64;
    let f = if p + r > 0.0 {
        2.0 * p * r / (p + r)
    } else {
        0.0
    };
    println!(
        "  {what:<26} P {p:.4}  R {r:.4}  F1 {f:.4}   ({tp_pred} of {pred} names right, {found} of {gold} gold found)"
    );
}

/// Scores on MEANTIME.
pub struct MeantimeScores {
    pub exact: Scores,
    /// Counts of predictions that match (for precision).
    pub lenient: Scores,
    /// Counts of gold mentions found (for recall).
    pub lenient_recall: Scores,
    pub docs: usize,
}

/// MEANTIME: each article's body is rebuilt from its tokens and coded by the whole pipeline
/// (cleaning, syntax, entity tagger, dictionaries, titles); the names the actors stage finds
/// (the name part of each name mention, titles left out) are compared with MEANTIME's
/// `ENTITY_MENTION`s of syntactic type `NAM`, typed by the `ENTITY` they refer to: PER, ORG
/// and LOC (MEANTIME's LOC covers countries and cities, our GPE and LOC); mentions of
/// products (PRO), financial entities (FIN) and mixed (MIX) are left out of both sides.
///
/// `exact`: a name counts when its span and type equal a gold mention's. MEANTIME's name
/// mentions include determiners and appositions ("European aircraft manufacturer, Airbus",
/// "the Airbus A350") and only entities taking part in the annotated events are marked, so
/// `lenient` also reports: a gold mention is found when a name of its type ends on its last
/// word; a name counts as a prediction only when it lies inside some annotated entity mention.
pub fn eval_meantime(dirs: &[std::path::PathBuf], model: Option<&Path>) -> Result<MeantimeScores> {
    use acta_extract::actors::{EntityType, Form};
    use acta_extract::ner::{NerKind, NerSpan};
    let mut docs = Vec::new();
    for dir in dirs {
        docs.extend(super::eval::meantime::read_dir(dir)?);
    }
    let mut pipeline = crate::Pipeline::load()?;
    if model.is_some() {
        pipeline.actors.ner = Some(load_tagger(model)?);
    }
    let mut pairs: Vec<(Vec<NerSpan>, Vec<NerSpan>)> = Vec::new();
    let (mut l_tp, mut l_pred, mut l_gold) = ([0usize; 3], [0usize; 3], [0usize; 3]);
    let mut l_found = [0usize; 3];
    let ix = |k: NerKind| match k {
        NerKind::Per => 0,
        NerKind::Org => 1,
        NerKind::Loc => 2,
    };
    for d in &docs {
        let r = d.rebuild();
        // gold: NAM mentions typed by their entity
        let mut type_of = std::collections::HashMap::new();
        for rel in d.relations.iter().filter(|x| x.tag == "REFERS_TO") {
            for &t in &rel.targets {
                if let Some(ent) = d.markable(t) {
                    for &s in &rel.sources {
                        type_of.insert(s, ent.attr("ent_type").to_string());
                    }
                }
            }
        }
        let span_of = |m: &super::eval::meantime::Markable| -> Option<(usize, usize)> {
            let s = m.tokens.first().and_then(|t| r.spans.get(t))?.0;
            let e = m.tokens.last().and_then(|t| r.spans.get(t))?.1;
            Some((s, e))
        };
        let mut gold = Vec::new();
        let mut annotated = Vec::new();
        for m in d.markables.iter().filter(|m| m.tag == "ENTITY_MENTION") {
            let Some((s, e)) = span_of(m) else {
                continue; // title or date line
            };
            annotated.push((s, e));
            if m.attr("syntactic_type") != "NAM" {
                continue;
            }
            let kind = match type_of.get(&m.id).map(String::as_str) {
                Some("PER") => NerKind::Per,
                Some("ORG") => NerKind::Org,
                Some("LOC") => NerKind::Loc,
                _ => continue,
            };
            gold.push(NerSpan {
                start: s,
                end: e,
                kind,
            });
        }
        let over = acta_text::Overrides {
            published: d.creation_time().map(str::to_string),
            ..Default::default()
        };
        let doc = pipeline.code(acta_text::RawArticle::from_text("meantime", &r.body), &over);
        // cleaning may change the text (a dropped line, joined whitespace): predicted spans
        // are mapped back to the body through the source map
        let to_body = |s: usize, e: usize| {
            let sp = doc.source_map.span_to_input(acta_core::Span::new(s, e));
            (sp.start, sp.end)
        };
        let a = pipeline.actors.analyze(&doc);
        let mut pred = Vec::new();
        for c in a.mentions.iter().filter(|c| c.form == Form::Name) {
            let kind = match c.ty {
                Some(EntityType::Person) => NerKind::Per,
                Some(EntityType::Org) => NerKind::Org,
                Some(EntityType::Gpe | EntityType::Loc) => NerKind::Loc,
                _ => continue,
            };
            let (s, e) = c.name.unwrap_or((c.start, c.end));
            let toks = &doc.sentences[c.sent].tokens;
            let (start, end) = to_body(toks[s].start, toks[e - 1].end);
            pred.push(NerSpan { start, end, kind });
        }
        for g in &gold {
            l_gold[ix(g.kind)] += 1;
            if pred
                .iter()
                .any(|p| p.kind == g.kind && p.end == g.end && p.start >= g.start)
            {
                l_found[ix(g.kind)] += 1;
            }
        }
        for p in &pred {
            if annotated.iter().any(|&(s, e)| s <= p.start && p.end <= e) {
                l_pred[ix(p.kind)] += 1;
                if gold
                    .iter()
                    .any(|g| p.kind == g.kind && p.end == g.end && p.start >= g.start)
                {
                    l_tp[ix(p.kind)] += 1;
                }
            }
        }
        pairs.push((pred, gold));
    }
    let kinds = [NerKind::Per, NerKind::Org, NerKind::Loc];
    Ok(MeantimeScores {
        exact: train::score_spans(pairs),
        lenient: Scores {
            by_kind: (0..3)
                .map(|i| (kinds[i], l_tp[i], l_pred[i], l_gold[i]))
                .collect(),
        },
        lenient_recall: Scores {
            by_kind: (0..3)
                .map(|i| (kinds[i], l_found[i], l_pred[i], l_gold[i]))
                .collect(),
        },
        docs: docs.len(),
    })
}
