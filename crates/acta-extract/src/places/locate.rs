//! Attaching a place to an event's clause: [`location_for`].

use acta_core::{Document, EventLocation, Place, Sentence};

use super::recognize::{DIRECTIONS, LOCATIVE, PARTIAL_HEADS, PARTIAL_PREPS, WHOLE_MODIFIERS};

/// Clause-level relations a place takes from the verb or noun it locates (UD).
const LOCATING_DEPRELS: &[&str] = &["obl", "nmod", "advcl", "obl:tmod", "nmod:poss"];

/// How a place sits in its sentence: the locative preposition before it, whether it is
/// approximate, whether it only qualifies the place before it ("Istanbul, Turkey").
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
struct Cue {
    locative: bool,
    partial: bool,
    qualifier: bool,
}

fn words_before(sent: &Sentence, at: usize) -> Vec<String> {
    sent.tokens
        .iter()
        .filter(|t| t.end <= at)
        .rev()
        .take(4)
        .map(|t| t.text.to_lowercase().replace('-', " "))
        .collect()
}

/// Nouns that name what kind of place follows "of" ("the city of Homs", "the port of Odesa"):
/// the phrase is the place itself, not a part of it.
const PLACE_KINDS: &[&str] = &[
    "city",
    "town",
    "village",
    "port",
    "province",
    "region",
    "district",
    "state",
    "county",
    "island",
    "governorate",
    "oblast",
    "enclave",
    "settlement",
    "municipality",
];

/// For a place written "... KIND of PLACE", the word before the phrase that KIND heads, once
/// its determiners, adjectives, names, numbers and possessors are passed ("in the besieged
/// northern city of", "at Syria's third-largest city of", "in the Kenyan port city of"),
/// lower-cased; `None` when the words
/// run out first.
fn preposition_before_kind(sent: &Sentence, place_start: usize) -> Option<String> {
    let before: Vec<&acta_core::Token> = sent
        .tokens
        .iter()
        .filter(|t| t.end <= place_start)
        .rev()
        .collect();
    // before[0] is "of", before[1] the kind
    before
        .iter()
        .skip(2)
        .take(8)
        .find(|t| {
            let modifier = matches!(
                t.upos.as_deref(),
                Some("DET" | "ADJ" | "PROPN" | "NUM" | "PART")
            ) || t.text == "-"
                // "the Kenyan port city of", "the Black Sea resort town of"
                || (t.upos.as_deref() == Some("NOUN") && t.deprel.as_deref() == Some("compound"));
            !modifier
        })
        .map(|t| t.text.to_lowercase())
}

fn cue(doc: &Document, sent: &Sentence, p: &Place, places: &[(usize, &Place)]) -> Cue {
    let before = words_before(sent, p.start);
    let mut c = Cue::default();
    let mut k = 0;
    while let Some(w) = before.get(k) {
        if DIRECTIONS.contains(&w.as_str()) {
            c.partial = true;
        } else if w != "the" && !WHOLE_MODIFIERS.contains(&w.as_str()) {
            break;
        }
        k += 1;
    }
    if let Some(w) = before.get(k) {
        if LOCATIVE.contains(&w.as_str()) {
            c.locative = true;
            if PARTIAL_PREPS.contains(&w.as_str()) {
                c.partial = true;
            }
        } else if w == "of" {
            if let Some(h) = before.get(k + 1) {
                if PARTIAL_HEADS.contains(&h.as_str()) {
                    c.locative = true;
                    c.partial = true;
                } else if PLACE_KINDS.contains(&h.as_str()) {
                    // "in the Syrian city of Homs", "near the Black Sea port of Odesa": the
                    // place is the city itself, located by the preposition before its kind
                    if let Some(w) = preposition_before_kind(sent, p.start) {
                        c.locative = LOCATIVE.contains(&w.as_str());
                        c.partial = PARTIAL_PREPS.contains(&w.as_str());
                    }
                }
            }
        } else if w == "," {
            // "Istanbul, Turkey": a qualifier of the place right before
            c.qualifier = places
                .iter()
                .any(|(_, q)| q.end <= p.start && doc.text[q.end..p.start].trim() == ",");
        }
    }
    c
}

/// ACLED-style geo-precision of a place in its context: 1 the town itself, 2 near the town
/// or part of a region or country ("near Kherson", "eastern Ukraine"), 3 the whole admin-1
/// unit, region or country.
pub fn precision_of(feature: &str, partial: bool) -> u8 {
    match (feature, partial) {
        ("city", false) => 1,
        ("city", true) => 2,
        (_, true) => 2,
        _ => 3,
    }
}

/// The token (index in the sentence) that heads a span: the one whose head lies outside it.
fn head_token(sent: &Sentence, start: usize, end: usize) -> Option<usize> {
    let inside: Vec<usize> = (0..sent.tokens.len())
        .filter(|&i| sent.tokens[i].start >= start && sent.tokens[i].end <= end)
        .collect();
    inside
        .iter()
        .copied()
        .find(|&i| {
            sent.tokens[i]
                .head
                .is_none_or(|h| h == 0 || !inside.contains(&(h - 1)))
        })
        .or(inside.last().copied())
}

/// With a dependency parse: does the place's head attach (as `obl`/`nmod`, possibly through
/// `conj`/`appos`/`nmod` chains, at most three steps) to a token inside the clause span?
fn attached_by_parse(sent: &Sentence, p: &Place, span: (usize, usize)) -> Option<bool> {
    if sent.tokens.iter().all(|t| t.head.is_none()) {
        return None;
    }
    let mut i = head_token(sent, p.start, p.end)?;
    for _ in 0..3 {
        let t = &sent.tokens[i];
        let rel = t.deprel.as_deref().unwrap_or("");
        let base = rel.split(':').next().unwrap_or("");
        let h = t.head.filter(|&h| h > 0)? - 1;
        let ht = &sent.tokens[h];
        if (LOCATING_DEPRELS.contains(&rel) || matches!(base, "obl" | "nmod"))
            && ht.start >= span.0
            && ht.end <= span.1
        {
            return Some(true);
        }
        if !matches!(
            base,
            "conj" | "appos" | "nmod" | "obl" | "flat" | "compound"
        ) {
            return Some(false);
        }
        i = h;
    }
    Some(false)
}

/// Where the event of a clause happened: the place in or attached to the clause whose byte
/// span (in `doc.text`) is `span`, in sentence `sentence`.
///
/// Only places after a locative preposition ("in", "at", "near", "outside", ...; or "north
/// of", "the outskirts of") count: a place that is a participant ("Russia accused",
/// "draw Kyiv into NATO") is not a location, nor a government metonym, nor a qualifier
/// ("Turkey" in "Istanbul, Turkey" — the location is Istanbul). With a dependency parse
/// (tokens with `head`/`deprel`), a place whose head is an `obl`/`nmod` of a token inside the
/// span wins; without one, or when none attaches, the nearest eligible place in the sentence
/// by position, with a clause boundary (";", ", while", ", but", ", whereas", ", although")
/// between them counting against it. Returns `None` when the sentence has no eligible place:
/// no location is better than a wrong one.
pub fn location_for(
    doc: &Document,
    sentence: usize,
    span: (usize, usize),
) -> Option<EventLocation> {
    let sent = doc.sentences.get(sentence)?;
    let places: Vec<(usize, &Place)> = doc
        .places
        .iter()
        .enumerate()
        .filter(|(_, p)| p.sentence == sentence)
        .collect();
    let mut best: Option<(usize, usize, bool)> = None; // (cost, place index, partial)
    for &(idx, p) in &places {
        if p.metonym {
            continue;
        }
        let c = cue(doc, sent, p, &places);
        if !c.locative || c.qualifier {
            continue;
        }
        let cost = match attached_by_parse(sent, p, span) {
            Some(true) => 0,
            _ => {
                let gap = if p.end <= span.0 {
                    span.0 - p.end
                } else {
                    p.start.saturating_sub(span.1)
                };
                let (a, b) = if p.end <= span.0 {
                    (p.end, span.0)
                } else {
                    (span.1.min(p.start), p.start.max(span.1))
                };
                let between = doc.text.get(a..b).unwrap_or("").to_lowercase();
                let boundary = [
                    ";",
                    ", while",
                    ", but",
                    ", whereas",
                    ", although",
                    " while ",
                ]
                .iter()
                .any(|b| between.contains(b));
                1 + gap + if boundary { 10_000 } else { 0 }
            }
        };
        if best.is_none_or(|(bc, _, _)| cost < bc) {
            best = Some((cost, idx, c.partial));
        }
    }
    let (_, idx, partial) = best?;
    let p = &doc.places[idx];
    Some(EventLocation {
        name: p.name.clone(),
        place: Some(idx),
        geonames_id: p.geonames_id,
        country: p.country.clone(),
        admin1: p.admin1.clone(),
        lat: p.lat,
        lon: p.lon,
        precision: precision_of(&p.feature, partial),
    })
}
