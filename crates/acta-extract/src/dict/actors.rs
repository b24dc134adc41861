//! Actor and agent dictionaries: the PETRARCH/Phoenix formats, Acta's compiled form, and a
//! phrase matcher over tokens.
//!
//! An actor entry is a phrase ("SERGEY_LAVROV", with synonyms "+LAVROV", ...) and date-bounded
//! CAMEO codes (`[RUSGOV >20040309]`). An agent entry is a role noun ("FOREIGN_MINISTER
//! [~GOV]") whose code completes a country code. Both are matched against a sentence's
//! tokens, longest phrase first; see [`PhraseIndex`].
//!
//! The PETRARCH reader is lenient where the published files are odd (`> 140301` with a space,
//! nine- and ten-digit dates, `[---]`) and reports each oddity with its file and line, so a
//! user editing a dictionary sees what was read.

use std::collections::HashMap;

use super::{Day, DictError};

/// One CAMEO code, valid on some days.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DatedCode {
    pub code: String,
    /// First day the code applies (inclusive); `None` = since ever.
    pub from: Option<Day>,
    /// Last day the code applies (inclusive); `None` = still.
    pub to: Option<Day>,
}

impl DatedCode {
    pub fn is_default(&self) -> bool {
        self.from.is_none() && self.to.is_none()
    }
    pub fn covers(&self, day: Day) -> bool {
        self.from.is_none_or(|f| day >= f) && self.to.is_none_or(|t| day <= t)
    }
}

/// An actor: the phrases that name it and its codes over time.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Actor {
    /// The primary phrase as written in the dictionary, words separated by spaces
    /// (`SERGEY LAVROV`).
    pub name: String,
    /// Every phrase that names the actor (the primary one first), as normalized words.
    pub phrases: Vec<Vec<String>>,
    pub codes: Vec<DatedCode>,
    /// Where the entry was read: `file:line`.
    pub origin: String,
    /// What the entry is, in words (the overlay's `role` column: "President of Ukraine");
    /// empty for PETRARCH entries, which have none.
    pub role: String,
}

impl Actor {
    /// The actor's code on `day`: a code whose date range covers the day wins over an
    /// undated default; with no day, the default (or the latest dated code). `None` when the
    /// entry says nothing for that day (or its code is the null code `---`).
    pub fn code_on(&self, day: Option<Day>) -> Option<&str> {
        let pick = match day {
            Some(d) => self
                .codes
                .iter()
                .filter(|c| !c.is_default() && c.covers(d))
                .max_by_key(|c| c.from.unwrap_or(0))
                .or_else(|| self.codes.iter().find(|c| c.is_default())),
            None => self
                .codes
                .iter()
                .find(|c| c.is_default())
                .or_else(|| self.codes.iter().max_by_key(|c| c.from.unwrap_or(0))),
        }?;
        (pick.code != "---").then_some(pick.code.as_str())
    }
}

/// How an agent's code combines with an actor code.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AgentMode {
    /// `[~GOV]`: appended to a country code (`RUS` + `GOV`).
    Suffix,
    /// `[IGO~]`: prepended (`IGO` + `USA`).
    Prefix,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Agent {
    pub name: String,
    pub phrases: Vec<Vec<String>>,
    /// The role code without the `~`: `GOV`, `MIL`, `GOVMED`, `IGO`.
    pub code: String,
    pub mode: AgentMode,
    pub origin: String,
}

/// Normalizes one dictionary or text word for matching: lowercase, letters and digits only
/// (`V.` → `v`, `DA'ESH` → `daesh`, `Zelensky's` is two tokens already).
pub fn norm_word(w: &str) -> String {
    let mut s = String::with_capacity(w.len());
    for c in w.chars() {
        if c.is_alphanumeric() {
            s.extend(c.to_lowercase());
        }
    }
    s
}

/// Splits a dictionary phrase (`SERGEY_V._LAVROV_`, `AL-QASSAM_BRIGADES`) into normalized
/// words. Hyphens separate words, as the tokenizer splits them.
pub fn phrase_words(phrase: &str) -> Vec<String> {
    phrase
        .split(|c: char| c == '_' || c == '-' || c == '–' || c.is_whitespace())
        .map(norm_word)
        .filter(|w| !w.is_empty())
        .collect()
}

/// British and American spellings of the words that names of organisations are written
/// with both ways (normalized words).
const SPELLINGS: &[(&str, &str)] = &[
    ("labour", "labor"),
    ("defence", "defense"),
    ("centre", "center"),
    ("centres", "centers"),
    ("programme", "program"),
    ("programmes", "programs"),
];

/// The other English spelling of a normalized word: one of [`SPELLINGS`], or "-isation" and
/// "-ization" for each other (`organisation` ↔ `organization`, `organisations`).
pub fn other_spelling(w: &str) -> Option<String> {
    for &(gb, us) in SPELLINGS {
        if w == gb {
            return Some(us.to_string());
        }
        if w == us {
            return Some(gb.to_string());
        }
    }
    for (a, b) in [
        ("isation", "ization"),
        ("ization", "isation"),
        ("isations", "izations"),
        ("izations", "isations"),
    ] {
        if let Some(stem) = w.strip_suffix(a).filter(|stem| stem.len() >= 3) {
            return Some(format!("{stem}{b}"));
        }
    }
    None
}

/// Regular English plural of a normalized word (`minister` → `ministers`, `party` →
/// `parties`, `church` → `churches`).
pub fn plural(word: &str) -> String {
    let b = word.as_bytes();
    if word.ends_with('y') && b.len() > 1 && !b"aeiou".contains(&b[b.len() - 2]) {
        format!("{}ies", &word[..word.len() - 1])
    } else if word.ends_with('s')
        || word.ends_with('x')
        || word.ends_with("ch")
        || word.ends_with("sh")
        || word.ends_with('z')
    {
        format!("{word}es")
    } else {
        format!("{word}s")
    }
}

/// Parses a PETRARCH date: `YYMMDD` (YY ≤ 30 is 20YY), `YYYYMMDD`, and the odd forms found in
/// the Phoenix files (7, 9 and 10 digits), which are read as best can be and reported.
fn parse_day(s: &str, origin: &str, warnings: &mut Vec<DictError>) -> Option<Day> {
    let s = s.trim();
    if !s.bytes().all(|b| b.is_ascii_digit()) {
        warnings.push(DictError::new(
            origin,
            format!("date {s:?} is not a number; ignored"),
        ));
        return None;
    }
    let (y, m, d): (u32, u32, u32) = match s.len() {
        6 => {
            let yy: u32 = s[..2].parse().ok()?;
            (
                if yy <= 30 { 2000 + yy } else { 1900 + yy },
                s[2..4].parse().ok()?,
                s[4..6].parse().ok()?,
            )
        }
        8 => (
            s[..4].parse().ok()?,
            s[4..6].parse().ok()?,
            s[6..8].parse().ok()?,
        ),
        7 | 9 | 10 => {
            // 2004017 → 2004-01-07?; 201005011 → 20100501; 1920030320 → 20030320
            let fixed = match s.len() {
                7 => format!("{}{}0{}", &s[..4], &s[4..6], &s[6..]),
                9 => s[..8].to_string(),
                _ => s[2..].to_string(),
            };
            warnings.push(DictError::new(
                origin,
                format!("date {s:?} has {} digits; read as {fixed}", s.len()),
            ));
            return parse_day(&fixed, origin, warnings);
        }
        n => {
            warnings.push(DictError::new(
                origin,
                format!("date {s:?} has {n} digits; ignored"),
            ));
            return None;
        }
    };
    if !(1..=12).contains(&m) || !(1..=31).contains(&d) {
        warnings.push(DictError::new(
            origin,
            format!("date {s:?} is not a calendar date; ignored"),
        ));
        return None;
    }
    Some(y * 10000 + m * 100 + d)
}

/// Parses the bracketed codes on a line: `[RUSGOV >20040309]`, `[USAELI 780101-000101]`,
/// `[IGOUNO]`, several per line.
fn parse_codes(line: &str, origin: &str, warnings: &mut Vec<DictError>) -> Vec<DatedCode> {
    let mut out = Vec::new();
    let mut rest = line;
    while let Some(open) = rest.find('[') {
        let Some(close) = rest[open..].find(']') else {
            warnings.push(DictError::new(origin, "unclosed '['; rest of line ignored"));
            break;
        };
        let inner = rest[open + 1..open + close].trim();
        rest = &rest[open + close + 1..];
        let (code, when) = match inner.split_once(char::is_whitespace) {
            Some((c, w)) => (c.trim(), w.trim()),
            None => (inner, ""),
        };
        // codes are upper-case letters and digits; a user's dictionary may join several with
        // '/' (PETRARCH's validation actors: `THE_SHIRE [FRO/BIL/SAM]`)
        let part_ok = |p: &str| {
            !p.is_empty()
                && p.bytes()
                    .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit())
        };
        if code.is_empty() || !(code == "---" || code.split('/').all(part_ok)) {
            warnings.push(DictError::new(
                origin,
                format!("code {inner:?} is not a CAMEO actor code; ignored"),
            ));
            continue;
        }
        let mut dc = DatedCode {
            code: code.to_string(),
            from: None,
            to: None,
        };
        let when = when.replace(' ', "");
        if let Some(d) = when.strip_prefix('<') {
            dc.to = parse_day(d, origin, warnings).map(|d| d.saturating_sub(1).max(1));
        } else if let Some(d) = when.strip_prefix('>') {
            dc.from = parse_day(d, origin, warnings);
        } else if let Some((a, b)) = when.split_once('-') {
            dc.from = parse_day(a, origin, warnings);
            dc.to = parse_day(b, origin, warnings);
        } else if !when.is_empty() {
            warnings.push(DictError::new(
                origin,
                format!("date restriction {when:?} not understood; code used undated"),
            ));
        }
        out.push(dc);
    }
    out
}

/// Strips a `# comment` (not inside brackets).
fn strip_comment(line: &str) -> &str {
    match line.find('#') {
        Some(i) => &line[..i],
        None => line,
    }
}

/// Parses a PETRARCH/Phoenix actor file. Returns the actors and, separately, the oddities met
/// (each with `file:line`); a line that cannot be read at all is skipped, never fatal.
pub fn parse_actors(text: &str, file: &str) -> (Vec<Actor>, Vec<DictError>) {
    let mut actors: Vec<Actor> = Vec::new();
    let mut warnings = Vec::new();
    let mut cur: Option<Actor> = None;
    for (n, raw) in text.lines().enumerate() {
        let origin = format!("{file}:{}", n + 1);
        let raw = raw.replace('\u{1a}', "");
        let line = strip_comment(&raw);
        if line.trim().is_empty() {
            continue;
        }
        if line.starts_with(char::is_whitespace) && line.trim_start().starts_with('[') {
            // a code line of the current entry
            match cur.as_mut() {
                Some(a) => {
                    let codes = parse_codes(line, &origin, &mut warnings);
                    a.codes.extend(codes);
                }
                None => warnings.push(DictError::new(
                    &origin,
                    "code line with no entry above it; ignored",
                )),
            }
            continue;
        }
        let line = line.trim();
        if let Some(syn) = line.strip_prefix('+') {
            let (phrase, codes) = split_phrase_codes(syn);
            match cur.as_mut() {
                Some(a) => {
                    let words = phrase_words(phrase);
                    if !words.is_empty() {
                        a.phrases.push(words);
                    }
                    a.codes.extend(parse_codes(codes, &origin, &mut warnings));
                }
                None => warnings.push(DictError::new(
                    &origin,
                    "synonym with no entry above it; ignored",
                )),
            }
            continue;
        }
        if line.starts_with('<') || line.starts_with('!') {
            continue; // markup and substitution lines belong to other formats
        }
        // a new primary phrase
        if let Some(a) = cur.take() {
            actors.push(a);
        }
        let (phrase, codes) = split_phrase_codes(line);
        let words = phrase_words(phrase);
        if words.is_empty() {
            warnings.push(DictError::new(
                &origin,
                format!("entry {line:?} has no words; ignored"),
            ));
            continue;
        }
        cur = Some(Actor {
            name: phrase
                .trim()
                .trim_end_matches('_')
                .replace('_', " ")
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" "),
            phrases: vec![words],
            codes: parse_codes(codes, &origin, &mut warnings),
            origin,
            role: String::new(),
        });
    }
    actors.extend(cur);
    // an entry with no code at all cannot code anything
    let before = actors.len();
    actors.retain(|a| !a.codes.is_empty());
    if actors.len() < before {
        warnings.push(DictError::new(
            file,
            format!("{} entries without any code ignored", before - actors.len()),
        ));
    }
    (actors, warnings)
}

fn split_phrase_codes(s: &str) -> (&str, &str) {
    match s.find('[') {
        Some(i) => (&s[..i], &s[i..]),
        None => (s, ""),
    }
}

/// Acta's role nouns the Phoenix agents file lacks (`data/actors/agents.extra.txt`), read
/// after a dictionary's own agents by the actors stage and by the event coder's built-in
/// dictionaries.
pub fn extra_agents() -> Vec<Agent> {
    parse_agents(
        include_str!("../../../../data/actors/agents.extra.txt"),
        "agents.extra.txt",
    )
    .0
}

/// Parses a PETRARCH agents file: substitution sets (`!PERSON! = MAN, MEN, ...`), then
/// `PHRASE {PLURALS} [~CODE]` or `[CODE~]` lines. Regular plurals are generated unless the
/// entry gives `{}` or its own plural forms.
pub fn parse_agents(text: &str, file: &str) -> (Vec<Agent>, Vec<DictError>) {
    let mut subs: HashMap<String, Vec<String>> = HashMap::new();
    let mut agents = Vec::new();
    let mut warnings = Vec::new();
    for (n, raw) in text.lines().enumerate() {
        let origin = format!("{file}:{}", n + 1);
        let line = strip_comment(raw).trim();
        if line.is_empty() {
            continue;
        }
        if line.starts_with('!') {
            if let Some((name, values)) = line.split_once('=') {
                subs.insert(
                    name.trim().to_string(),
                    values.split(',').map(|v| v.trim().to_string()).collect(),
                );
                continue;
            }
        }
        let Some(open) = line.rfind('[') else {
            warnings.push(DictError::new(
                &origin,
                format!("agent {line:?} has no [code]; ignored"),
            ));
            continue;
        };
        let code_raw = line[open + 1..].trim_end_matches(']').trim();
        let (code, mode) = if let Some(c) = code_raw.strip_prefix('~') {
            (c, AgentMode::Suffix)
        } else if let Some(c) = code_raw.strip_suffix('~') {
            (c, AgentMode::Prefix)
        } else {
            warnings.push(DictError::new(
                &origin,
                format!("agent code {code_raw:?} has no '~'; ignored"),
            ));
            continue;
        };
        let mut head = line[..open].trim();
        let mut explicit: Option<Vec<String>> = None;
        if let Some(b) = head.find('{') {
            let inner = head[b + 1..].trim_end().trim_end_matches('}');
            explicit = Some(inner.split_whitespace().map(str::to_string).collect());
            head = head[..b].trim();
        }
        // expand substitution sets (`POLICE!PERSON!`, `FOREIGN_!MINIST!`)
        let mut forms = vec![head.to_string()];
        for (name, values) in &subs {
            if forms.iter().any(|f| f.contains(name.as_str())) {
                forms = forms
                    .iter()
                    .flat_map(|f| values.iter().map(move |v| f.replace(name.as_str(), v)))
                    .collect();
            }
        }
        let mut phrases: Vec<Vec<String>> = Vec::new();
        for f in &forms {
            let words = phrase_words(f);
            if words.is_empty() {
                continue;
            }
            let no_plural = f.ends_with('_')
                || explicit.as_ref().is_some_and(|e| e.is_empty())
                || subs.keys().any(|k| head.contains(k.as_str()));
            if !no_plural && explicit.is_none() {
                let mut pl = words.clone();
                let last = pl.len() - 1;
                pl[last] = plural(&pl[last]);
                phrases.push(pl);
            }
            phrases.push(words);
        }
        if let Some(ex) = &explicit {
            phrases.extend(ex.iter().map(|p| phrase_words(p)).filter(|w| !w.is_empty()));
        }
        if phrases.is_empty() {
            warnings.push(DictError::new(
                &origin,
                format!("agent {line:?} has no words; ignored"),
            ));
            continue;
        }
        agents.push(Agent {
            name: head
                .trim_end_matches('_')
                .replace('_', " ")
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" "),
            phrases,
            code: code.to_string(),
            mode,
            origin,
        });
    }
    (agents, warnings)
}

/// A token-level phrase index: for a sentence's normalized words, the longest dictionary
/// phrase starting at each position. Built once; lookups cost one hash probe per word that
/// starts no phrase.
#[derive(Clone, Debug)]
pub struct PhraseIndex {
    nodes: Vec<Node>,
}

impl Default for PhraseIndex {
    fn default() -> Self {
        PhraseIndex::new()
    }
}

#[derive(Clone, Debug, Default)]
struct Node {
    /// FxHash (`rustc-hash`): every word of every sentence is looked up here.
    next: rustc_hash::FxHashMap<Box<str>, u32>,
    /// Items whose phrase ends here.
    items: Vec<u32>,
}

impl PhraseIndex {
    pub fn new() -> PhraseIndex {
        PhraseIndex {
            nodes: vec![Node::default()],
        }
    }

    /// Adds a phrase (normalized words) for item `item`.
    pub fn insert(&mut self, words: &[String], item: u32) {
        let mut at = 0usize;
        for w in words {
            let next = match self.nodes[at].next.get(w.as_str()) {
                Some(&n) => n as usize,
                None => {
                    self.nodes.push(Node::default());
                    let n = self.nodes.len() - 1;
                    self.nodes[at].next.insert(w.as_str().into(), n as u32);
                    n
                }
            };
            at = next;
        }
        if !self.nodes[at].items.contains(&item) {
            self.nodes[at].items.push(item);
        }
    }

    /// Adds a phrase for `item` as [`PhraseIndex::insert`] does, and again in the other
    /// English spelling when one of its words has one ([`other_spelling`]): the dictionaries
    /// write "International Labour Organization", news writes "International Labor
    /// Organization" or "International Labour Organisation". The lookup is unchanged.
    pub fn insert_spellings(&mut self, words: &[String], item: u32) {
        self.insert(words, item);
        if words.iter().any(|w| other_spelling(w).is_some()) {
            let other: Vec<String> = words
                .iter()
                .map(|w| other_spelling(w).unwrap_or_else(|| w.clone()))
                .collect();
            self.insert(&other, item);
        }
    }

    /// The longest phrase starting at `words[start]`: its length in words and the items it
    /// names. Empty words (punctuation) never match.
    pub fn longest_at<S: AsRef<str>>(&self, words: &[S], start: usize) -> Option<(usize, &[u32])> {
        let mut at = 0usize;
        let mut best = None;
        for (i, w) in words[start..].iter().enumerate() {
            let w = w.as_ref();
            if w.is_empty() {
                break;
            }
            match self.nodes[at].next.get(w) {
                Some(&n) => at = n as usize,
                None => break,
            }
            if !self.nodes[at].items.is_empty() {
                best = Some((i + 1, self.nodes[at].items.as_slice()));
            }
        }
        best
    }

    /// Every match in `words`, leftmost-longest, not overlapping: `(start, len, items)`.
    pub fn find_all<S: AsRef<str>>(&self, words: &[S]) -> Vec<(usize, usize, &[u32])> {
        let mut out = Vec::new();
        let mut i = 0;
        while i < words.len() {
            match self.longest_at(words, i) {
                Some((len, items)) => {
                    out.push((i, len, items));
                    i += len;
                }
                None => i += 1,
            }
        }
        out
    }

    pub fn len(&self) -> usize {
        self.nodes.len()
    }

    pub fn is_empty(&self) -> bool {
        self.nodes.len() <= 1
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const SAMPLE: &str = "# comment\n\
SERGEY_LAVROV_  # CountryInfo.txt\n\
+SERGEY_V._LAVROV\n\
+LAVROV\n\
\t[RUSGOV 19940922-20040712] # Amb. to UN\n\
\t[RUSGOV >20040309]  # Foreign Minister\n\
JOE_BIDEN_\n\
+VICE_PRESIDENT_JOE_BIDEN_\n\
\t[USAELI 600101-000101]\n\
\t[USAGOV >090120]\n\
\t[USAELI]\n\
ANN_VENEMAN_\t[USAGOV 010120-050120] [IGOUNOKID >050501]# US Sec of Agri.\n\
AL-QASSAM_BRIGADES [PSEREBHMS]\n\
SOMEONE_ODD\n\
\t[EGYGOV > 140301]\n\
\t[IRQOCC 1920030320-20060520]\n\
NO_CODE_ENTRY\n";

    #[test]
    fn reads_actor_entries_with_dated_codes() {
        let (actors, warnings) = parse_actors(SAMPLE, "t.txt");
        assert_eq!(actors.len(), 5, "{actors:#?}");
        let lavrov = &actors[0];
        assert_eq!(lavrov.name, "SERGEY LAVROV");
        assert_eq!(
            lavrov.phrases,
            [
                vec!["sergey", "lavrov"],
                vec!["sergey", "v", "lavrov"],
                vec!["lavrov"]
            ]
        );
        assert_eq!(lavrov.origin, "t.txt:2");
        assert_eq!(lavrov.code_on(Some(20250903)), Some("RUSGOV"));
        assert_eq!(lavrov.code_on(Some(19900101)), None);
        let biden = &actors[1];
        assert_eq!(biden.code_on(Some(19850101)), Some("USAELI"));
        assert_eq!(biden.code_on(Some(20100101)), Some("USAGOV"));
        assert_eq!(biden.code_on(None), Some("USAELI"));
        let veneman = &actors[2];
        assert_eq!(veneman.code_on(Some(20030101)), Some("USAGOV"));
        assert_eq!(veneman.code_on(Some(20100101)), Some("IGOUNOKID"));
        assert_eq!(actors[3].phrases[0], ["al", "qassam", "brigades"]);
        let odd = &actors[4];
        assert_eq!(odd.codes[0].from, Some(20140301));
        assert_eq!(odd.codes[1].from, Some(20030320));
        assert!(
            warnings
                .iter()
                .any(|w| w.origin == "t.txt:16" && w.message.contains("10 digits")),
            "{warnings:?}"
        );
        assert!(
            warnings
                .iter()
                .any(|w| w.message.contains("1 entries without any code")),
            "{warnings:?}"
        );
    }

    #[test]
    fn reads_agents_with_substitutions_and_plurals() {
        let text = "!PERSON! = MAN, MEN, WOMAN, WOMEN, PERSON\n!MINIST! = MINISTER, MINISTERS, MINISTRY, MINISTRIES\n\
POLICE!PERSON!  [~COP]\nFOREIGN_!MINIST! [~GOV]\nARMY [~MIL]\nPARTY [~PTY]\nPEACEKEEPING_TROOPS {} [IGO~]\nCHAMBER_OF_COMMERCE {CHAMBERS_OF_COMMERCE} [~BUS]\nBROKEN LINE\n";
        let (agents, warnings) = parse_agents(text, "a.txt");
        assert_eq!(agents.len(), 6);
        assert!(agents[0].phrases.contains(&vec!["policewoman".to_string()]));
        assert_eq!(agents[0].code, "COP");
        assert!(agents[1]
            .phrases
            .contains(&vec!["foreign".to_string(), "ministry".to_string()]));
        assert!(agents[2].phrases.contains(&vec!["armies".to_string()]));
        assert!(agents[3].phrases.contains(&vec!["parties".to_string()]));
        assert_eq!(
            (agents[4].mode, agents[4].phrases.len()),
            (AgentMode::Prefix, 1)
        );
        assert!(agents[5].phrases.contains(&vec![
            "chambers".to_string(),
            "of".to_string(),
            "commerce".to_string()
        ]));
        assert_eq!(warnings.len(), 1);
        assert_eq!(warnings[0].origin, "a.txt:9");
    }

    #[test]
    fn phrase_index_finds_longest_matches() {
        let mut idx = PhraseIndex::new();
        idx.insert(&phrase_words("SERGEY_LAVROV"), 0);
        idx.insert(&phrase_words("LAVROV"), 0);
        idx.insert(&phrase_words("RUSSIA"), 1);
        idx.insert(&phrase_words("RUSSIAN_FOREIGN_MINISTRY"), 2);
        let words: Vec<String> = "russian foreign minister sergey lavrov met russia s envoy"
            .split(' ')
            .map(String::from)
            .collect();
        let found: Vec<(usize, usize)> = idx
            .find_all(&words)
            .into_iter()
            .map(|(s, l, _)| (s, l))
            .collect();
        assert_eq!(found, [(3, 2), (6, 1)]);
        let w2: Vec<String> = "the russian foreign ministry said"
            .split(' ')
            .map(String::from)
            .collect();
        assert_eq!(
            idx.longest_at(&w2, 1).map(|(l, items)| (l, items.to_vec())),
            Some((3, vec![2]))
        );
    }

    #[test]
    fn plurals() {
        assert_eq!(plural("minister"), "ministers");
        assert_eq!(plural("party"), "parties");
        assert_eq!(plural("church"), "churches");
        assert_eq!(plural("day"), "days");
    }
}
