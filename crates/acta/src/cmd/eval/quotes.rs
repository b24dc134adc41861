//! `acta eval quotes --meantime DIR`: quotations and their speakers against MEANTIME's
//! speech annotations.
//!
//! MEANTIME has no quotation spans. It annotates speech events (`EVENT_MENTION`s whose
//! `EVENT` instance has `class="SPEECH_COGNITIVE"`), their speaker (`HAS_PARTICIPANT`
//! `sem_role="Arg0"`), and what was said: `SLINK`s from the speech event to the events of the
//! reported clause, and the `Arg1` participant. The gold statements are built from those:
//!
//! - a **gold statement** is a speech-event mention in the annotated part (the title and
//!   body sentences up to 5) with a speaker (Arg0) and at least one content anchor (an SLINK
//!   target or the Arg1), whose lemma is not a verb or noun of cognition, desire or intention
//!   ([`NOT_SPEECH`]: MEANTIME's class joins "said" and "expected", and a quotation extractor
//!   is only asked to find the first kind);
//! - a quotation of ours **is found** for a gold statement when its cue overlaps the speech
//!   event, or, failing that, when it has no cue (a continued quotation) and its content
//!   overlaps a content anchor; one to one, in text order; a cue-less continuation that
//!   stands for no statement is not counted (MEANTIME has no event to annotate it by);
//! - **content overlap**: a found quotation whose content overlaps one of the statement's
//!   content anchors is correct; precision is over all our quotations in the annotated
//!   part, recall over the gold statements;
//! - **speaker attribution accuracy** (on found quotations with correct content): our
//!   speaker phrase overlaps the gold Arg0 mention or another mention of the same entity
//!   (MEANTIME's coreference), so "he" resolved to the right antecedent counts as right
//!   only where MEANTIME's Arg0 is that "he" or a mention of its entity.

use std::collections::HashMap;
use std::path::Path;

use acta_core::{Document, Span};
use acta_text::Overrides;
use anyhow::Result;

use super::meantime::{read_dir, MeantimeDoc};
use super::Prf;
use crate::Pipeline;

/// Lemmas of MEANTIME's SPEECH_COGNITIVE class that are not speech: cognition, perception,
/// desire, intention, emotion (and two annotation slips, "belive" and "hopes").
pub const NOT_SPEECH: &[&str] = &[
    "think",
    "believe",
    "belive",
    "expect",
    "hope",
    "hopes",
    "want",
    "wish",
    "fear",
    "worry",
    "know",
    "see",
    "plan",
    "intend",
    "intent",
    "decide",
    "decision",
    "consider",
    "prefer",
    "like",
    "love",
    "need",
    "choose",
    "discover",
    "learn",
    "afraid",
    "concerned",
    "able",
    "appear",
    "experience",
    "attention",
    "confidence",
    "determine",
    "envision",
    "move",
    "forecast",
    "predict",
    "agree",
    "concern",
    "anticipate",
    // not speech at all in the sense annotated: "posted a loss", "negotiated a deal",
    // "renamed", "ensures", "emails expose"
    "post",
    "negotiate",
    "rename",
    "ensure",
    "expose",
];

/// One gold statement.
#[derive(Clone, Debug, PartialEq)]
pub struct GoldStatement {
    /// The speech event (the cue).
    pub cue: Span,
    pub cue_text: String,
    /// The SLINK targets and the Arg1.
    pub content: Vec<Span>,
    /// The Arg0 mention and every mention of its entity.
    pub speaker: Vec<Span>,
    pub speaker_text: String,
    /// The sentence around the cue, for error listings.
    pub context: String,
}

/// One of our quotations, in the rebuilt text's bytes.
#[derive(Clone, Debug, PartialEq)]
pub struct Ours {
    pub cue: Option<Span>,
    pub content: Span,
    pub speaker: Option<Span>,
    pub text: String,
    pub speaker_text: String,
}

#[derive(Clone, Debug, Default)]
pub struct QuotesReport {
    pub documents: usize,
    /// Found by cue (or continuation): detection of statements.
    pub found: Prf,
    /// Found with overlapping content.
    pub content: Prf,
    /// Found with correct content and a gold speaker: (right speaker, compared).
    pub speaker: (usize, usize),
    pub errors: Vec<String>,
}

impl QuotesReport {
    pub fn speaker_accuracy(&self) -> f64 {
        if self.speaker.1 == 0 {
            0.0
        } else {
            self.speaker.0 as f64 / self.speaker.1 as f64
        }
    }
}

/// Gold statements and our quotations of one article, inside the annotated part.
pub fn article_quotes(pipeline: &Pipeline, doc: &MeantimeDoc) -> (Vec<GoldStatement>, Vec<Ours>) {
    let a = doc.annotated();
    let text = &a.text;
    let in_region = |s: Span| a.in_region(s);
    let span_of = |tokens: &[u32]| a.span_of(tokens);
    let raw = a.raw_article();
    let coded = pipeline.code(raw, &Overrides::default());
    let to_input = |s: Span| coded.source_map.span_to_input(s);

    // markables by id, classes of event instances, entity of each mention
    let by_id: HashMap<u32, usize> = doc
        .markables
        .iter()
        .enumerate()
        .map(|(i, m)| (m.id, i))
        .collect();
    let mut class: HashMap<u32, &str> = HashMap::new();
    let mut entity_of: HashMap<u32, u32> = HashMap::new();
    for rel in doc.relations.iter().filter(|r| r.tag == "REFERS_TO") {
        let Some(target) = rel.targets.first().and_then(|t| by_id.get(t)) else {
            continue;
        };
        let t = &doc.markables[*target];
        for &s in &rel.sources {
            match t.tag.as_str() {
                "EVENT" => {
                    class.insert(s, t.attr("class"));
                }
                "ENTITY" => {
                    entity_of.insert(s, t.id);
                }
                _ => {}
            }
        }
    }
    let mut gold = Vec::new();
    for m in &doc.markables {
        if m.tag != "EVENT_MENTION" || class.get(&m.id) != Some(&"SPEECH_COGNITIVE") {
            continue;
        }
        let Some(cue) = span_of(&m.tokens).filter(|s| in_region(*s)) else {
            continue;
        };
        let lemma = lemma_at(&coded, cue, text);
        if NOT_SPEECH.contains(&lemma.as_str()) {
            continue;
        }
        let mut content = Vec::new();
        let mut arg0 = None;
        for rel in doc.relations.iter().filter(|r| r.sources.contains(&m.id)) {
            let targets = rel.targets.iter().filter_map(|t| by_id.get(t));
            match (
                rel.tag.as_str(),
                rel.attrs.get("sem_role").map(String::as_str),
            ) {
                ("SLINK", _) | ("HAS_PARTICIPANT", Some("Arg1")) => {
                    content.extend(targets.filter_map(|&t| span_of(&doc.markables[t].tokens)));
                }
                ("HAS_PARTICIPANT", Some("Arg0")) => {
                    arg0 = targets.copied().next();
                }
                _ => {}
            }
        }
        let Some(a0) = arg0 else { continue };
        if content.is_empty() {
            continue;
        }
        let a0m = &doc.markables[a0];
        let Some(a0span) = span_of(&a0m.tokens) else {
            continue;
        };
        let mut speaker = vec![a0span];
        if let Some(e) = entity_of.get(&a0m.id) {
            speaker.extend(
                doc.markables
                    .iter()
                    .filter(|x| x.id != a0m.id && entity_of.get(&x.id) == Some(e))
                    .filter_map(|x| span_of(&x.tokens)),
            );
        }
        gold.push(GoldStatement {
            cue,
            cue_text: text[cue.start..cue.end].to_string(),
            content,
            speaker,
            speaker_text: text[a0span.start..a0span.end].to_string(),
            context: context_of(text, cue),
        });
    }
    gold.sort_by_key(|g| g.cue);

    let ours = coded
        .quotes
        .iter()
        .map(|q| {
            let content = to_input(Span::new(q.content.start, q.content.end));
            Ours {
                cue: q.cue.as_ref().map(|c| to_input(Span::new(c.start, c.end))),
                content,
                speaker: q
                    .speaker
                    .as_ref()
                    .map(|s| to_input(Span::new(s.start, s.end))),
                text: text
                    .get(content.start..content.end)
                    .unwrap_or("")
                    .to_string(),
                speaker_text: q
                    .speaker
                    .as_ref()
                    .map(|s| s.text.clone())
                    .unwrap_or_default(),
            }
        })
        .filter(|q| in_region(q.cue.unwrap_or(q.content)))
        .collect();
    (gold, ours)
}

/// The line of the rebuilt text around `span`, cut to about 200 bytes either side.
fn context_of(text: &str, span: Span) -> String {
    let line_start = text[..span.start].rfind('\n').map_or(0, |n| n + 1);
    let line_end = text[span.end..]
        .find('\n')
        .map_or(text.len(), |n| span.end + n);
    let mut a = line_start.max(span.start.saturating_sub(200));
    while !text.is_char_boundary(a) {
        a += 1;
    }
    let mut b = line_end.min(span.end + 200);
    while !text.is_char_boundary(b) {
        b -= 1;
    }
    text[a..b].to_string()
}

/// The lemma of our token at the start of `span` (the gold speech event), else its text.
fn lemma_at(doc: &Document, span: Span, text: &str) -> String {
    doc.sentences
        .iter()
        .flat_map(|s| &s.tokens)
        .find(|t| {
            let ts = doc.source_map.span_to_input(Span::new(t.start, t.end));
            ts.overlaps(span)
        })
        .and_then(|t| t.lemma.clone())
        .unwrap_or_else(|| text[span.start..span.end].to_string())
        .to_lowercase()
}

/// Scores one article (see the module's definitions).
pub fn score(gold: &[GoldStatement], ours: &[Ours], name: &str, rep: &mut QuotesReport) {
    rep.found.gold += gold.len();
    rep.found.predicted += ours.len();
    rep.content.gold += gold.len();
    rep.content.predicted += ours.len();
    let mut used = vec![false; ours.len()];
    for g in gold {
        let hit = ours
            .iter()
            .enumerate()
            .position(|(k, q)| !used[k] && q.cue.is_some_and(|c| c.overlaps(g.cue)))
            .or_else(|| {
                ours.iter().enumerate().position(|(k, q)| {
                    !used[k] && q.cue.is_none() && g.content.iter().any(|c| c.overlaps(q.content))
                })
            });
        let Some(k) = hit else {
            rep.errors.push(format!(
                "{name}: missed   {:?} by {:?} in {:?}",
                g.cue_text, g.speaker_text, g.context
            ));
            continue;
        };
        used[k] = true;
        let q = &ours[k];
        rep.found.tp += 1;
        if !g.content.iter().any(|c| c.overlaps(q.content)) {
            rep.errors.push(format!(
                "{name}: content  {:?}: ours {:?}",
                g.cue_text, q.text
            ));
            continue;
        }
        rep.content.tp += 1;
        rep.speaker.1 += 1;
        if q.speaker
            .is_some_and(|s| g.speaker.iter().any(|m| m.overlaps(s)))
        {
            rep.speaker.0 += 1;
        } else {
            rep.errors.push(format!(
                "{name}: speaker  {:?}: gold {:?}, ours {:?}",
                g.cue_text, g.speaker_text, q.speaker_text
            ));
        }
    }
    // a quotation that goes on with no cue has no speech event of its own in MEANTIME: it is
    // compared where it stands for a statement (above), and not counted as extra otherwise
    let uncounted = ours
        .iter()
        .enumerate()
        .filter(|(k, q)| !used[*k] && q.cue.is_none())
        .count();
    rep.found.predicted -= uncounted;
    rep.content.predicted -= uncounted;
    for (k, q) in ours.iter().enumerate() {
        if !used[k] && q.cue.is_some() {
            rep.errors.push(format!(
                "{name}: extra    {:?} by {:?}",
                q.text, q.speaker_text
            ));
        }
    }
}

/// Runs the evaluation over every MEANTIME file under `dir`.
pub fn evaluate(dir: &Path) -> Result<QuotesReport> {
    let docs = read_dir(dir)?;
    let pipeline = Pipeline::load()?;
    let mut rep = QuotesReport {
        documents: docs.len(),
        ..Default::default()
    };
    for d in &docs {
        let (gold, ours) = article_quotes(&pipeline, d);
        let name = d.file_name();
        score(&gold, &ours, &name, &mut rep);
    }
    Ok(rep)
}

/// `acta eval quotes --meantime DIR [--show-errors]`.
pub fn run(dir: &Path, show_errors: bool) -> Result<bool> {
    let rep = evaluate(dir)?;
    super::meantime::report_head(
        dir,
        rep.documents,
        &rep.errors,
        show_errors,
        "title and body sentences up to 5: the annotated part",
    )?;
    println!("{}", rep.found.line("statements found (cue)"));
    println!("{}", rep.content.line("content overlap"));
    println!(
        "speaker attribution accuracy {:.4}   ({} right of {} found with their content)",
        rep.speaker_accuracy(),
        rep.speaker.0,
        rep.speaker.1
    );
    Ok(true)
}
