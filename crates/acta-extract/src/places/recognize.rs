//! Recognition: which capitalized word sequences are place mentions, and what their context
//! says about them (a preposition before, a type noun after, a person or organisation
//! reading, a government metonym).

use acta_core::calendar::is_calendar_word;
use acta_core::{Document, Sentence};

use super::gazetteer::{Feature, Gazetteer};

/// What a gazetteer match is in its context.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Reading {
    /// A place: emitted.
    Place,
    /// Part of an organisation's name ("Shanghai Cooperation Organisation", "University of
    /// Idaho"): not emitted, but its country still counts as the article's context.
    OrgPart,
    /// A person ("Michael Jordan", "Mr Paris", "Houston said"): dropped.
    Person,
    /// A common word that happens to be a town's name ("Mobile phones"): dropped.
    Word,
}

/// What the words around a mention say about the kind of place it names.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TypeHint {
    /// "the Luhansk province", "Donetsk region", "three provinces: Donetsk, ...".
    Admin,
    /// "the city of Donetsk", "Donetsk city".
    City,
}

/// A gazetteer match in the text, with its cues.
#[derive(Clone, Debug, PartialEq)]
pub struct Mention {
    pub sentence: usize,
    /// Byte span in `doc.text`.
    pub start: usize,
    pub end: usize,
    /// The folded name looked up.
    pub key: String,
    /// Gazetteer entries with this name, and whether it is one of their main names.
    pub candidates: Vec<(u32, bool)>,
    /// The preposition before it, folded ("in", "at", "near", ...), if any.
    pub prep: Option<&'static str>,
    /// Near or part of the place rather than all of it ("near X", "eastern X", "north of X").
    pub partial: bool,
    pub hint: Option<TypeHint>,
    /// Subject or possessor of a verb of saying or acting, no preposition: "Moscow said",
    /// "Russia's opposition". A government reading the actors stage can code.
    pub metonym: bool,
    /// The mention right before, when this one follows it after a comma ("Istanbul, Turkey"):
    /// a possible parent that qualifies it.
    pub after_comma_of: Option<usize>,
    /// First word of its sentence.
    pub initial: bool,
    pub reading: Reading,
    /// How sure recognition is that this is a place (0..1), before resolution.
    pub strength: f64,
    /// The named-entity stage typed it GPE or LOC.
    pub ner_place: bool,
    /// "X-based", "X-born": a place by construction.
    pub based: bool,
}

/// A piece of a token: tokens are split at internal hyphens so `Paris-based` and
/// `Rostov-on-Don` are seen as words.
#[derive(Clone, Copy, Debug)]
struct Unit {
    start: usize,
    end: usize,
    /// Index of the token it comes from.
    tok: usize,
}

const PREPOSITIONS: &[&str] = &[
    "in",
    "at",
    "near",
    "outside",
    "around",
    "across",
    "throughout",
    "inside",
    "within",
    "from",
    "to",
    "into",
    "towards",
    "toward",
    "via",
    "through",
    "between",
    "off",
    "over",
    "of",
    "on",
    "for",
    "visit",
    "visited",
    "visiting",
];

/// Prepositions after which a place is where something happened (for events).
pub const LOCATIVE: &[&str] = &[
    "in",
    "at",
    "near",
    "outside",
    "around",
    "across",
    "throughout",
    "inside",
    "within",
    "off",
];

const COMPASS: &[&str] = &[
    "north",
    "south",
    "east",
    "west",
    "centre",
    "center",
    "central",
    "northern",
    "southern",
    "eastern",
    "western",
    "north east",
    "north west",
    "south east",
    "south west",
    "northeast",
    "northwest",
    "southeast",
    "southwest",
    "far north",
    "littoral",
    "coast",
    "capital",
];

/// Prepositions that make a place approximate ("near Kherson").
pub(super) const PARTIAL_PREPS: &[&str] = &["near", "outside", "around"];

/// Modifiers before a place that make it a part of it ("eastern Ukraine", "rural Idlib").
pub(super) const DIRECTIONS: &[&str] = &[
    "northern",
    "southern",
    "eastern",
    "western",
    "central",
    "northeastern",
    "northwestern",
    "southeastern",
    "southwestern",
    "north",
    "south",
    "east",
    "west",
    "northeast",
    "northwest",
    "southeast",
    "southwest",
    "rural",
    "coastal",
    "downtown",
];

/// Modifiers before a place that leave it whole ("occupied Crimea", "war-torn Syria").
pub(super) const WHOLE_MODIFIERS: &[&str] = &["occupied", "annexed", "war torn", "besieged"];

/// Words that, before "of X", make the place approximate ("north of Kyiv", "the outskirts of
/// Donetsk", "parts of Kherson").
pub(super) const PARTIAL_HEADS: &[&str] = &[
    "north",
    "south",
    "east",
    "west",
    "northeast",
    "northwest",
    "southeast",
    "southwest",
    "outskirts",
    "suburbs",
    "parts",
    "part",
    "areas",
    "outside",
];

const ADMIN_NOUNS: &[&str] = &[
    "province",
    "provinces",
    "region",
    "regions",
    "oblast",
    "oblasts",
    "governorate",
    "governorates",
    "prefecture",
    "prefectures",
    "state",
    "states",
    "krai",
    "territory",
    "department",
    "departments",
];

const CITY_NOUNS: &[&str] = &["city", "town", "municipality", "village"];

const TITLES: &[&str] = &[
    "mr",
    "mrs",
    "ms",
    "miss",
    "dr",
    "prof",
    "professor",
    "president",
    "king",
    "queen",
    "prince",
    "princess",
    "sheikh",
    "senator",
    "sen",
    "rep",
    "representative",
    "gov",
    "general",
    "gen",
    "col",
    "colonel",
    "judge",
    "justice",
    "pope",
    "sir",
    "lord",
    "lady",
    "dame",
    "rev",
    "reverend",
    "father",
    "coach",
    "minister",
    "secretary",
    "chancellor",
    "ambassador",
    "mayor",
    "sgt",
    "sergeant",
    "lt",
    "lieutenant",
    "capt",
    "captain",
    "cmdr",
    "adm",
    "admiral",
    "pastor",
    "imam",
    "rabbi",
    "bishop",
    "cardinal",
    "archbishop",
    "actor",
    "actress",
    "singer",
    "player",
    "striker",
    "defender",
    "midfielder",
    "goalkeeper",
];

const ORG_HEADS: &[&str] = &[
    "university",
    "bank",
    "college",
    "institute",
    "museum",
    "school",
    "church",
    "academy",
    "club",
    "company",
    "corporation",
    "association",
    "society",
    "league",
    "party",
    "federation",
    "council",
    "foundation",
    "hospital",
    "court",
    "port",
    "diocese",
];

/// Capitalized words before a place that do not make it part of a longer name.
const FREE_BEFORE: &[&str] = &[
    "the",
    "in",
    "at",
    "near",
    "from",
    "to",
    "and",
    "or",
    "but",
    "of",
    "for",
    "on",
    "with",
    "by",
    "as",
    "after",
    "before",
    "while",
    "when",
    "if",
    "since",
    "both",
    "neither",
    "nor",
    "across",
    "into",
    "all",
    "greater",
    "new",
    "old",
    "upper",
    "lower",
    "democratic",
    "republican",
    "federal",
    "communist",
    "islamic",
    "socialist",
    "people",
    "peoples",
    "then",
    "today",
    "yesterday",
    "meanwhile",
    "however",
    "also",
    "only",
    "even",
    "like",
    "unlike",
    "against",
    "between",
    "via",
    "outside",
    "inside",
    "around",
    "throughout",
    "within",
    "over",
    "under",
    "about",
    "regarding",
    "speaking",
    "following",
    "during",
    "until",
    "including",
    "where",
    "whether",
    "that",
    "this",
    "these",
    "those",
    "his",
    "her",
    "its",
    "their",
    "our",
    "my",
    "your",
    "a",
    "an",
    "photo",
    "video",
    "watch",
    "read",
    "more",
    "breaking",
    "update",
    "exclusive",
    "analysis",
    "opinion",
    "live",
];

const SPEECH: &[&str] = &[
    "said",
    "says",
    "say",
    "told",
    "tells",
    "added",
    "adds",
    "announced",
    "announces",
    "stated",
    "states",
    "declared",
    "declares",
    "insisted",
    "insists",
    "argued",
    "argues",
    "claimed",
    "claims",
    "warned",
    "warns",
    "accused",
    "accuses",
    "denied",
    "denies",
    "urged",
    "urges",
    "responded",
    "replied",
    "noted",
    "notes",
    "explained",
    "wrote",
    "writes",
    "tweeted",
    "posted",
    "stressed",
    "stresses",
];

const VERBISH: &[&str] = &[
    "has",
    "have",
    "had",
    "is",
    "was",
    "are",
    "were",
    "will",
    "would",
    "can",
    "could",
    "should",
    "must",
    "may",
    "might",
    "did",
    "does",
    "do",
    "wants",
    "wanted",
    "hopes",
    "hoped",
    "plans",
    "planned",
    "refused",
    "refuses",
    "rejected",
    "rejects",
    "agreed",
    "agrees",
    "sent",
    "sends",
    "launched",
    "launches",
    "signed",
    "signs",
    "seeks",
    "sought",
    "called",
    "calls",
    "demanded",
    "demands",
    "condemned",
    "condemns",
    "vowed",
    "vows",
    "threatened",
    "threatens",
    "needs",
    "needed",
    "blamed",
    "blames",
    "expelled",
    "imposed",
    "recognized",
    "recognised",
    "annexed",
    "invaded",
    "attacked",
    "controls",
    "controlled",
    "joined",
    "joining",
    "join",
    "backed",
    "backs",
    "supports",
    "supported",
    "opposes",
    "opposed",
    "insisted",
    "hit",
    "struck",
];

const ADVERB_SKIP: &[&str] = &[
    "currently",
    "also",
    "already",
    "now",
    "still",
    "then",
    "has",
    "had",
    "repeatedly",
    "reportedly",
    "again",
    "recently",
    "previously",
    "officially",
    "formally",
    "never",
    "not",
];

fn is_upper_start(s: &str) -> bool {
    s.chars().next().is_some_and(char::is_uppercase)
}

/// Splits the tokens of a sentence into units at internal hyphens, into `out` (cleared).
fn units_of(text: &str, sent: &Sentence, out: &mut Vec<Unit>) {
    out.clear();
    for (ti, t) in sent.tokens.iter().enumerate() {
        let w = &text[t.start..t.end];
        let b = w.as_bytes();
        // only capitalized tokens can start a name or carry "-based": others stay whole
        // ("war-torn")
        let capital = b
            .first()
            .is_some_and(|&c| c.is_ascii_uppercase() || c >= 0x80);
        if capital && b.len() > 2 && b[1..b.len() - 1].contains(&b'-') {
            let mut s = t.start;
            for part in w.split('-') {
                if !part.is_empty() {
                    out.push(Unit {
                        start: s,
                        end: s + part.len(),
                        tok: ti,
                    });
                }
                s += part.len() + 1;
            }
        } else {
            out.push(Unit {
                start: t.start,
                end: t.end,
                tok: ti,
            });
        }
    }
}

/// Finds the place mentions of a document, with their cues and readings, in text order.
pub fn recognize(g: &Gazetteer, doc: &Document) -> (Vec<Mention>, Vec<(usize, String)>) {
    let text = doc.text.as_str();
    let mut out: Vec<Mention> = Vec::new();
    // countries named by adjective ("Russian", "Ukrainian"): context evidence
    let mut demonyms = Vec::new();
    let mut key = String::new();
    let mut buf = String::new();
    let mut units = Vec::new();
    for sent in &doc.sentences {
        units_of(text, sent, &mut units);
        let first_out = out.len();
        let mut i = 0;
        // (first unit, last unit) of each match of this sentence
        let mut spans: Vec<(usize, usize)> = Vec::new();
        while i < units.len() {
            let u = units[i];
            let w = &text[u.start..u.end];
            if !is_upper_start(w) {
                i += 1;
                continue;
            }
            key.clear();
            let mut key_pending = false;
            g.folder.fold_append(w, &mut key, &mut key_pending);
            let p = g.probe_all(&key);
            if let Some(c) = p.demonym {
                demonyms.push((sent.id, c.to_string()));
            }
            if !p.name && !p.prefix {
                i += 1;
                continue;
            }
            let mut best: Option<(usize, String)> = p.name.then(|| (i, key.clone()));
            if p.prefix {
                buf.clone_from(&key);
                let mut read = buf.len();
                let mut pending = key_pending;
                for j in i + 1..units.len().min(i + 16) {
                    let uj = units[j];
                    g.folder
                        .fold_append(&text[units[j - 1].end..uj.end], &mut buf, &mut pending);
                    // punctuation adds no word: keep reading ("Washington, D.C.")
                    if buf.len() == read {
                        continue;
                    }
                    read = buf.len();
                    let wj = &text[uj.start..uj.end];
                    // a name ends on a capitalized word, or on a type noun that is part of
                    // a known name ("Moscow region" is the oblast, "Euro-Asian region")
                    let type_noun = || {
                        ADMIN_NOUNS
                            .iter()
                            .chain(CITY_NOUNS)
                            .any(|n| n.eq_ignore_ascii_case(wj))
                    };
                    let (name, prefix) = g.probe(&buf);
                    if name && (is_upper_start(wj) || type_noun()) {
                        best = Some((j, buf.clone()));
                    }
                    if !prefix {
                        break;
                    }
                }
            }
            let Some((j, k)) = best else {
                i += 1;
                continue;
            };
            spans.push((i, j));
            out.push(Mention {
                sentence: sent.id,
                start: u.start,
                end: units[j].end,
                candidates: g.lookup_key(&k).to_vec(),
                key: k,
                prep: None,
                partial: false,
                hint: None,
                metonym: false,
                after_comma_of: None,
                initial: false,
                reading: Reading::Place,
                strength: 0.7,
                ner_place: false,
                based: false,
            });
            i = j + 1;
        }
        cues(
            g,
            doc,
            sent,
            &units,
            &spans,
            &mut out[first_out..],
            first_out,
        );
    }
    person_names_propagate(&mut out);
    entities_seam(doc, &mut out);
    (out, demonyms)
}

fn lower(text: &str, u: &Unit) -> String {
    text[u.start..u.end].to_lowercase()
}

/// Reads the context of each match of a sentence.
fn cues(
    g: &Gazetteer,
    doc: &Document,
    sent: &Sentence,
    units: &[Unit],
    spans: &[(usize, usize)],
    ms: &mut [Mention],
    base: usize,
) {
    if spans.is_empty() {
        return;
    }
    let text = doc.text.as_str();
    let fold = |u: &Unit| g.folder.fold(&text[u.start..u.end]);
    let is_start = |k: usize| spans.iter().any(|&(a, _)| a == k);
    let is_end = |k: usize| spans.iter().any(|&(_, b)| b == k);
    // sentence-initial: first unit, or after an opening quote or bracket only
    let first_word = units
        .iter()
        .position(|u| text[u.start..u.end].chars().any(char::is_alphanumeric))
        .unwrap_or(units.len());
    let initial_at = |k: usize| k <= first_word;
    // a headline in Title Case: capitals say nothing about names
    let (caps, words) = units.iter().fold((0, 0), |(c, w), t| {
        let s = &text[t.start..t.end];
        if s.chars().next().is_some_and(char::is_alphabetic) {
            (c + is_upper_start(s) as usize, w + 1)
        } else {
            (c, w)
        }
    });
    let title_case = words >= 4 && caps * 10 >= words * 7;
    let mut adjacent_next = vec![false; spans.len()];
    let keys: Vec<String> = ms.iter().map(|m| m.key.clone()).collect();
    let mut speech_after = vec![false; spans.len()];
    for (n, &(i, j)) in spans.iter().enumerate() {
        let m = &mut ms[n];
        m.initial = initial_at(i);
        // --- before: skip articles and direction adjectives, then a preposition
        let mut k = i;
        let mut partial = false;
        while k > 0 {
            let w = fold(&units[k - 1]);
            if w == "the" || w == "a" {
                k -= 1;
            } else if DIRECTIONS.contains(&w.as_str()) && !is_end(k - 1) {
                partial = true;
                k -= 1;
            } else if WHOLE_MODIFIERS.contains(&w.as_str()) && !is_end(k - 1) {
                k -= 1;
            } else {
                break;
            }
        }
        if k > 0 {
            let w = fold(&units[k - 1]);
            if let Some(p) = PREPOSITIONS.iter().find(|p| **p == w) {
                m.prep = Some(p);
                if PARTIAL_PREPS.contains(p) {
                    partial = true;
                }
                // "north of X", "the outskirts of X", "parts of X"
                if *p == "of" && k >= 2 {
                    let h = fold(&units[k - 2]);
                    if PARTIAL_HEADS.contains(&h.as_str()) {
                        partial = true;
                        m.prep = Some("near");
                    }
                    if ADMIN_NOUNS.contains(&h.as_str()) && h.ends_with('s') {
                        // "two regions of Georgia": parts of it
                        partial = true;
                    } else if ADMIN_NOUNS.contains(&h.as_str()) {
                        m.hint = Some(TypeHint::Admin);
                    } else if CITY_NOUNS.contains(&h.as_str()) {
                        m.hint = Some(TypeHint::City);
                    }
                    let hw = &text[units[k - 2].start..units[k - 2].end];
                    if ORG_HEADS.contains(&h.as_str()) && is_upper_start(hw) {
                        m.reading = Reading::OrgPart;
                    }
                }
            }
        }
        m.partial = partial;
        // --- after: a type noun, "-based", a name continuing, a verb
        if let Some(next) = units.get(j + 1) {
            // the next unit is glued on with a hyphen: "Paris-based", "Wal-Mart" (split into
            // tokens or not)
            let mut hyphened = next.tok == units[j].tok;
            let mut next = *next;
            if &text[next.start..next.end] == "-" && next.start == units[j].end {
                if let Some(after) = units.get(j + 2).filter(|a| a.start == next.end) {
                    hyphened = true;
                    next = *after;
                }
            }
            let w = fold(&next);
            let raw = &text[next.start..next.end];
            if ADMIN_NOUNS.contains(&w.as_str()) {
                let admin_ok = m
                    .candidates
                    .iter()
                    .any(|&(c, _)| matches!(g.entry(c).feature, Feature::Admin1 | Feature::Region));
                if admin_ok || !w.starts_with("state") {
                    m.hint = Some(TypeHint::Admin);
                }
            } else if CITY_NOUNS.contains(&w.as_str()) {
                m.hint = Some(TypeHint::City);
            } else if hyphened && matches!(w.as_str(), "based" | "born" | "headquartered" | "bound")
            {
                m.strength += 0.15;
                m.based = true;
            } else if is_upper_start(raw) && hyphened && !is_start(j + 1) {
                // "Wal-Mart": part of a longer word
                m.reading = Reading::Word;
            } else if is_upper_start(raw)
                && !title_case
                && !is_calendar_word(w.as_str())
                && g.demonym(&w).is_none()
                // "Fort Lee Fort Lee is a city": a heading run into its text, not one name
                && !(is_start(j + 1) && keys.get(n + 1) == Some(&m.key))
            {
                // "Washington Post", "Shanghai Cooperation Organisation", "Paris Hilton",
                // "Mary Barra" (two names side by side, no comma)
                m.reading = Reading::OrgPart;
                if is_start(j + 1) {
                    adjacent_next[n] = true;
                }
            }
            if SPEECH.contains(&w.as_str()) && m.prep.is_none() {
                speech_after[n] = true;
            }
        }
        // metonyms: a country or capital as the subject or possessor of a verb
        if m.prep.is_none() && m.reading == Reading::Place {
            let governmental = m.candidates.iter().any(|&(c, main)| {
                let e = g.entry(c);
                main && (e.capital || e.feature == Feature::Country)
            });
            if governmental {
                let mut k = j + 1;
                while k < units.len()
                    && k < j + 3
                    && ADVERB_SKIP.contains(&fold(&units[k]).as_str())
                    && !VERBISH.contains(&lower(text, &units[k]).as_str())
                {
                    k += 1;
                }
                if let Some(u) = units.get(k) {
                    let w = lower(text, u);
                    let verbish = VERBISH.contains(&w.as_str())
                        || SPEECH.contains(&w.as_str())
                        || w == "'s"
                        || w == "’s"
                        || (k > j + 1 && (w.ends_with("ed") || w.ends_with('s')))
                        || (w.len() > 4 && w.ends_with("ing") && k == j + 1 && m.initial);
                    if verbish {
                        m.metonym = true;
                    }
                }
            }
        }
        // --- a person or an organisation before
        if i > 0 {
            let pu = &units[i - 1];
            let pw = &text[pu.start..pu.end];
            let pf = fold(pu);
            let p_is_title = TITLES.contains(&pf.trim_end_matches('.'));
            if p_is_title && is_upper_start(pw) {
                m.reading = Reading::Person;
            } else if is_end(i - 1) && !title_case && units[i - 1].tok != units[i].tok {
                // the second of two names side by side is part of one longer name ("Mary
                // Barra", "Whitney Houston")
                if adjacent_next
                    .get(n.wrapping_sub(1))
                    .copied()
                    .unwrap_or(false)
                {
                    m.reading = Reading::OrgPart;
                }
            } else if is_upper_start(pw)
                && !title_case
                && (!initial_at(i - 1) || !g.is_common_word(&pf))
                && !FREE_BEFORE.contains(&pf.as_str())
                && !DIRECTIONS.contains(&pf.as_str())
                && !WHOLE_MODIFIERS.contains(&pf.as_str())
                && units[i - 1].tok != units[i].tok
                && pw.chars().all(|c| c.is_alphabetic() || c == '.')
            {
                // a first name before it is a person ("Michael Jordan", "Tony Paris"); a
                // common word or a country adjective, an organisation ("Automobile Craiova",
                // "Air France", "European Union")
                let org = g.is_common_word(&pf) || g.demonym(&pf).is_some();
                m.reading = if org || m.reading == Reading::OrgPart {
                    Reading::OrgPart
                } else {
                    Reading::Person
                };
            }
        }
        // --- "X, Y": Y may be X's parent
        if n > 0 {
            let (_, pj) = spans[n - 1];
            if pj + 2 == i && &text[units[pj + 1].start..units[pj + 1].end] == "," {
                m.after_comma_of = Some(base + n - 1);
            }
        }
        // --- bare compass names ("the West", "North") are directions unless a type noun
        // follows ("West region")
        if COMPASS.contains(&m.key.as_str()) && m.hint.is_none() {
            m.reading = Reading::Word;
        }
        // --- month and day names are never places ("March", "Sunday"); an all-capitals
        // word is an acronym ("DAX") unless it is a country's ("UAE", "DRC")
        let surface = &text[m.start..m.end];
        if is_calendar_word(m.key.as_str()) {
            m.reading = Reading::Word;
        }
        let letters = surface.chars().filter(|c| c.is_alphabetic()).count();
        if letters >= 3 && surface.chars().all(|c| !c.is_lowercase()) && !title_case {
            let country = m
                .candidates
                .iter()
                .any(|&(c, main)| main && g.entry(c).feature == Feature::Country);
            if !country {
                m.reading = Reading::Word;
            }
        }
        // --- common words as town names need evidence
        let only_cities = m
            .candidates
            .iter()
            .all(|&(c, _)| matches!(g.entry(c).feature, Feature::City | Feature::Admin1));
        if only_cities && g.is_common_word(&m.key) {
            let is_propn =
                |t: usize| sent.tokens.get(t).and_then(|t| t.upos.as_deref()) == Some("PROPN");
            let of_follows = units
                .get(j + 1)
                .is_some_and(|u| &text[u.start..u.end] == "of");
            // the tagger's PROPN is evidence only for a name standing alone: in "University of
            // Pennsylvania" or "Isle of Man" the word is part of a longer name
            let tok = units[i].tok;
            let in_longer_name = (tok > 0 && is_propn(tok - 1)) || is_propn(units[j].tok + 1);
            let propn = is_propn(tok) && !in_longer_name && !of_follows;
            let strong = (matches!(m.prep, Some("in" | "at" | "near" | "from" | "outside"))
                && !m.initial
                && !of_follows)
                || m.after_comma_of.is_some()
                || m.hint.is_some()
                || (propn && !m.initial);
            if !strong {
                m.reading = Reading::Word;
            }
        }
        // --- strength of the recognition
        if m.prep.is_some() {
            m.strength += 0.15;
        }
        if m.hint.is_some() {
            m.strength += 0.1;
        }
        if m.initial && m.prep.is_none() {
            m.strength -= 0.1;
        }
        if !m.candidates.iter().any(|&(_, main)| main) {
            m.strength -= 0.1;
        }
    }
    // a comma-separated qualifier lends its cue to what it qualifies ("in Istanbul, Turkey")
    for m in ms.iter_mut().skip(1) {
        if m.after_comma_of.is_some() && m.prep.is_none() {
            m.partial = false;
        }
    }
    // type nouns over lists: "three provinces: Donetsk, Zaporizhzhia, and Kherson",
    // "the Donetsk and Luhansk regions", "the provinces of Donetsk and Luhansk"
    let sep = |a: usize, b: usize| -> bool {
        // units strictly between a and b are only "," "and" "or"
        units[a + 1..b].iter().all(|u| {
            let w = text[u.start..u.end].to_lowercase();
            matches!(w.as_str(), "," | "and" | "or" | "&")
        })
    };
    let mut groups: Vec<Vec<usize>> = Vec::new();
    for n in 0..spans.len() {
        if n > 0 && spans[n - 1].1 < spans[n].0 && sep(spans[n - 1].1, spans[n].0) {
            groups.last_mut().expect("a group").push(n);
        } else {
            groups.push(vec![n]);
        }
    }
    for grp in groups.iter().filter(|g| g.len() > 1) {
        let (first, last) = (spans[grp[0]].0, spans[*grp.last().expect("nonempty")].1);
        let mut hint = grp.iter().find_map(|&n| ms[n].hint);
        // a plural type noun after the list
        if let Some(u) = units.get(last + 1) {
            let w = fold(u);
            if w.ends_with('s') && ADMIN_NOUNS.contains(&w.as_str()) {
                hint = Some(TypeHint::Admin);
            }
        }
        // "provinces:" or "provinces of" or "regions such as" before the list
        let mut k = first;
        while k > 0 {
            let w = fold(&units[k - 1]);
            if w.is_empty()
                || matches!(
                    w.as_str(),
                    "of" | "such" | "as" | "including" | "like" | "the"
                )
            {
                k -= 1;
                continue;
            }
            if ADMIN_NOUNS.contains(&w.as_str()) {
                hint = Some(TypeHint::Admin);
            }
            break;
        }
        if hint.is_some() {
            for &n in grp {
                ms[n].hint = ms[n].hint.or(hint);
            }
        }
        // the preposition of the first covers the list ("in Donetsk and Luhansk")
        if let Some(p) = ms[grp[0]].prep {
            for &n in &grp[1..] {
                if ms[n].prep.is_none() && ms[n].after_comma_of.is_none() {
                    ms[n].prep = Some(p);
                }
            }
        }
        // "Russia and Ukraine have held": the verb after the last covers the list
        if ms[*grp.last().expect("nonempty")].metonym {
            for &n in grp {
                if ms[n].prep.is_none() && ms[n].reading == Reading::Place {
                    let governmental = ms[n].candidates.iter().any(|&(c, main)| {
                        let e = g.entry(c);
                        main && (e.capital || e.feature == Feature::Country)
                    });
                    ms[n].metonym |= governmental;
                }
            }
        }
    }
    // "X said": a country or capital is its government speaking; a town's name as a speaker
    // is a person's surname ("Houston said") unless a preposition makes it a place ("officials
    // in Atlanta and Savannah said")
    for n in 0..spans.len() {
        if !speech_after[n] || ms[n].prep.is_some() {
            continue;
        }
        let governmental = ms[n].candidates.iter().any(|&(c, main)| {
            let e = g.entry(c);
            main && (e.capital || e.feature == Feature::Country)
        });
        if governmental {
            ms[n].metonym = true;
        } else if ms[n].hint.is_none() && ms[n].reading == Reading::Place {
            ms[n].reading = Reading::Person;
        }
    }
    // a mention introduced by ":" after a singular admin noun: "the province: Kherson" (rare);
    // a list that starts right after "provinces:" is handled above. A single mention after
    // "provinces:" too:
    for (n, &(i, _)) in spans.iter().enumerate() {
        if ms[n].hint.is_none() && i >= 2 && &text[units[i - 1].start..units[i - 1].end] == ":" {
            let w = fold(&units[i - 2]);
            if ADMIN_NOUNS.contains(&w.as_str()) {
                ms[n].hint = Some(TypeHint::Admin);
            }
        }
    }
}

/// A name read as a person once ("Michael Jordan", "Mr Jordan") is that person elsewhere in
/// the article too, unless a preposition or type noun there says place.
fn person_names_propagate(ms: &mut [Mention]) {
    let persons: Vec<String> = ms
        .iter()
        .filter(|m| m.reading == Reading::Person)
        .map(|m| m.key.clone())
        .collect();
    for m in ms.iter_mut() {
        if m.reading == Reading::Place
            && m.prep.is_none()
            && m.hint.is_none()
            && m.after_comma_of.is_none()
            && !m.based
            && persons.contains(&m.key)
        {
            m.reading = Reading::Person;
            m.metonym = false;
        }
    }
}

/// When the actors stage has typed entities, its types are more evidence: PERSON and ORG
/// names are not places; GPE and LOC names are. Only names count: a description that holds a
/// place ("residents of Donetsk", "the U.S. government") leaves the place a place, and a
/// pronoun or a group is no evidence about the words it covers.
fn entities_seam(doc: &Document, ms: &mut [Mention]) {
    if doc.entities.is_empty() {
        return;
    }
    for m in ms.iter_mut() {
        for e in &doc.entities {
            for em in &e.mentions {
                let named = !matches!(
                    em.via.as_deref(),
                    Some("nominal" | "pronoun" | "group" | "adjective")
                );
                if named && em.start < m.end && m.start < em.end {
                    match e.kind.as_str() {
                        "PERSON" => m.reading = Reading::Person,
                        "ORG" if !(em.start == m.start && em.end == m.end) => {
                            m.reading = Reading::OrgPart
                        }
                        "GPE" | "LOC" => {
                            if m.reading != Reading::Place {
                                m.reading = Reading::Place;
                            }
                            m.ner_place = true;
                            m.strength += 0.15;
                        }
                        _ => {}
                    }
                }
            }
        }
    }
}
