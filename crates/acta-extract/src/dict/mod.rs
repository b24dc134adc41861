//! Dictionaries are data, not code: actors, agents (and, with the events stage, verbs,
//! discards and issues) are read from files — the embedded defaults under `data/`, or a
//! user's directory in PETRARCH format — so users can correct and extend them.
//!
//! The embedded actor dictionary is the Phoenix set (`Phoenix.Countries`, `.International`,
//! `.MilNonState`, agents) compiled by `acta dictionaries compile` into a compact TSV
//! (`data/actors/phoenix.actors.tsv.zst`, `data/actors/phoenix.agents.tsv.zst`), plus the
//! reviewed 2016–2026 overlay (`data/actors/overlay.tsv`), whose rows win inside their dates.

pub mod actors;
pub mod lists;
pub mod verbs;

use std::fmt;
use std::io::Read;
use std::path::{Path, PathBuf};

pub use actors::{Actor, Agent, AgentMode, DatedCode, PhraseIndex};
pub use lists::{Discard, Discards, Issue, Issues};
pub use verbs::VerbDictionary;

/// A calendar day as `yyyymmdd` (2025-09-03 → 20250903): ordered like the dates it names.
pub type Day = u32;

/// `2025-09-03` (or `2025-09-03T...`) → 20250903.
pub fn day_from_iso(s: &str) -> Option<Day> {
    let b = s.as_bytes();
    if b.len() < 10
        || b[4] != b'-'
        || b[7] != b'-'
        || !b[..10]
            .iter()
            .enumerate()
            .all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit())
    {
        return None;
    }
    let y: u32 = s[..4].parse().ok()?;
    let m: u32 = s[5..7].parse().ok()?;
    let d: u32 = s[8..10].parse().ok()?;
    ((1..=12).contains(&m) && (1..=31).contains(&d)).then_some(y * 10000 + m * 100 + d)
}

/// 20250903 → `2025-09-03`.
pub fn day_to_iso(d: Day) -> String {
    format!("{:04}-{:02}-{:02}", d / 10000, d / 100 % 100, d % 100)
}

/// Something odd or wrong in a dictionary file, with where it is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DictError {
    /// `file:line`, or the file.
    pub origin: String,
    pub message: String,
}

impl DictError {
    pub fn new(origin: impl Into<String>, message: impl Into<String>) -> DictError {
        DictError {
            origin: origin.into(),
            message: message.into(),
        }
    }
}

impl fmt::Display for DictError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.origin, self.message)
    }
}

/// Which source an actor entry came from; the overlay wins inside its dates.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Layer {
    Dictionary,
    Overlay,
}

/// What a phrase in a sentence names, on a day.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ActorMatch {
    /// Index into [`ActorDictionary::actors`].
    pub actor: usize,
    /// Length of the match in words.
    pub len: usize,
    /// The code on the day asked about (`None`: the entry is known but has no code then).
    pub code: Option<String>,
}

/// Actors and agents with their phrase indexes. Immutable once built; share it.
#[derive(Clone, Debug, Default)]
pub struct ActorDictionary {
    pub actors: Vec<Actor>,
    pub layers: Vec<Layer>,
    pub agents: Vec<Agent>,
    actor_index: PhraseIndex,
    agent_index: PhraseIndex,
}

const PHOENIX_ACTORS: &[u8] = include_bytes!("../../../../data/actors/phoenix.actors.tsv.zst");
const PHOENIX_AGENTS: &[u8] = include_bytes!("../../../../data/actors/phoenix.agents.tsv.zst");
const OVERLAY: &str = include_str!("../../../../data/actors/overlay.tsv");
/// Groups of states coded by region (`data/actors/groups.tsv`): overlay rows that are not names.
const GROUPS: &str = include_str!("../../../../data/actors/groups.tsv");
/// Reviewed corrections to the Phoenix actor entries (`data/actors/phoenix.corrections.tsv`),
/// applied by `acta dictionaries compile` ([`ActorDictionary::apply_corrections`]).
pub const PHOENIX_CORRECTIONS: &str =
    include_str!("../../../../data/actors/phoenix.corrections.tsv");

/// The file name of the groups of states, also the start of their entries' `origin`: the
/// entity tagger's gazetteer leaves them out, since they are not names.
pub const GROUPS_FILE: &str = "groups.tsv";

impl ActorDictionary {
    /// The embedded default: compiled Phoenix actors and agents, plus the overlay and the
    /// groups of states (both in the overlay's layer).
    pub fn embedded() -> Result<ActorDictionary, DictError> {
        let unzip = |bytes: &[u8], name: &str| -> Result<String, DictError> {
            let mut s = String::new();
            zstd::stream::read::Decoder::new(bytes)
                .and_then(|mut d| d.read_to_string(&mut s))
                .map_err(|e| DictError::new(name, format!("cannot decompress: {e}")))?;
            Ok(s)
        };
        let actors = read_actor_tsv(
            &unzip(PHOENIX_ACTORS, "phoenix.actors.tsv.zst")?,
            "phoenix.actors.tsv",
        )?;
        let agents = read_agent_tsv(
            &unzip(PHOENIX_AGENTS, "phoenix.agents.tsv.zst")?,
            "phoenix.agents.tsv",
        )?;
        let (mut overlay, errors) = parse_overlay(OVERLAY, "overlay.tsv");
        let (groups, group_errors) = parse_overlay(GROUPS, GROUPS_FILE);
        if let Some(e) = errors.into_iter().chain(group_errors).next() {
            return Err(e);
        }
        overlay.extend(groups);
        Ok(ActorDictionary::build(actors, overlay, agents))
    }

    /// A user's dictionaries in PETRARCH format: every `*actors*.txt` file in `dir` (in name
    /// order), the first `*agents*.txt`, and `overlay.tsv` and `groups.tsv` if present. Returns the dictionary
    /// and every oddity met, each with its file and line.
    pub fn from_dir(dir: &Path) -> Result<(ActorDictionary, Vec<DictError>), DictError> {
        let mut names: Vec<_> = std::fs::read_dir(dir)
            .map_err(|e| DictError::new(dir.display().to_string(), e.to_string()))?
            .filter_map(Result::ok)
            .map(|e| e.path())
            .collect();
        names.sort();
        let mut actors = Vec::new();
        let mut agents = Vec::new();
        let mut overlay = Vec::new();
        let mut warnings = Vec::new();
        for p in &names {
            let file = p
                .file_name()
                .map(|f| f.to_string_lossy().into_owned())
                .unwrap_or_default();
            let lower = file.to_lowercase();
            let read = || {
                std::fs::read(p)
                    .map(|b| String::from_utf8_lossy(&b).into_owned())
                    .map_err(|e| DictError::new(p.display().to_string(), e.to_string()))
            };
            if lower.ends_with(".txt") && lower.contains("actors") {
                let (a, w) = actors::parse_actors(&read()?, &file);
                actors.extend(a);
                warnings.extend(w);
            } else if lower.ends_with(".txt") && lower.contains("agents") && agents.is_empty() {
                let (a, w) = actors::parse_agents(&read()?, &file);
                agents = a;
                warnings.extend(w);
            } else if lower == "overlay.tsv" || lower == GROUPS_FILE {
                let (o, w) = parse_overlay(&read()?, &file);
                overlay.extend(o);
                warnings.extend(w);
            }
        }
        if actors.is_empty() && overlay.is_empty() {
            return Err(DictError::new(
                dir.display().to_string(),
                "no actor dictionary (*actors*.txt or overlay.tsv) found",
            ));
        }
        Ok((ActorDictionary::build(actors, overlay, agents), warnings))
    }

    /// Builds the indexes.
    pub fn build(
        dictionary: Vec<Actor>,
        overlay: Vec<Actor>,
        agents: Vec<Agent>,
    ) -> ActorDictionary {
        let mut d = ActorDictionary::default();
        for (layer, list) in [(Layer::Dictionary, dictionary), (Layer::Overlay, overlay)] {
            for a in list {
                let i = d.actors.len() as u32;
                for p in &a.phrases {
                    d.actor_index.insert_spellings(p, i);
                }
                d.actors.push(a);
                d.layers.push(layer);
            }
        }
        for (i, a) in agents.iter().enumerate() {
            for p in &a.phrases {
                d.agent_index.insert_spellings(p, i as u32);
            }
        }
        d.agents = agents;
        d
    }

    /// Adds agents (read after the existing ones: a phrase both have keeps the first).
    pub fn with_agents(mut self, extra: Vec<Agent>) -> ActorDictionary {
        for a in extra {
            let i = self.agents.len() as u32;
            for p in &a.phrases {
                self.agent_index.insert_spellings(p, i);
            }
            self.agents.push(a);
        }
        self
    }

    /// The longest actor phrase starting at `words[start]` (normalized words, see
    /// [`actors::norm_word`]) and its code on `day`. When several entries share the phrase,
    /// an overlay row covering the day wins, then a dictionary entry with a code that day,
    /// then any entry.
    pub fn actor_at<S: AsRef<str>>(
        &self,
        words: &[S],
        start: usize,
        day: Option<Day>,
    ) -> Option<ActorMatch> {
        let (len, items) = self.actor_index.longest_at(words, start)?;
        let best = items.iter().map(|&i| i as usize).max_by_key(|&i| {
            let a = &self.actors[i];
            let covered =
                day.is_some_and(|d| a.codes.iter().any(|c| !c.is_default() && c.covers(d)));
            (
                a.code_on(day).is_some(),
                self.layers[i] == Layer::Overlay && (covered || day.is_none()),
                covered,
                std::cmp::Reverse(i),
            )
        })?;
        Some(ActorMatch {
            actor: best,
            len,
            code: self.actors[best].code_on(day).map(str::to_string),
        })
    }

    /// The longest agent phrase starting at `words[start]`: its length and the agent.
    pub fn agent_at<S: AsRef<str>>(&self, words: &[S], start: usize) -> Option<(usize, &Agent)> {
        let (len, items) = self.agent_index.longest_at(words, start)?;
        Some((len, &self.agents[*items.first()? as usize]))
    }

    /// Applies reviewed corrections (the format of `data/actors/phoenix.corrections.tsv`:
    /// origin, name, codes as read, corrected codes, reason) to the dictionary entries. A row
    /// applies only to the entry read at `origin` with that name and exactly those codes (an
    /// actor, or an agent of the agents file with its one code), so a
    /// row written for another version of a file changes nothing; each row that does not
    /// apply, or lacks a reason, is returned as a note with its line. The corrected entry's
    /// origin names the row too. Returns the number of entries corrected.
    pub fn apply_corrections(&mut self, text: &str, file: &str) -> (usize, Vec<DictError>) {
        let mut notes = Vec::new();
        let mut applied = 0;
        for row in tsv_rows(text, file, 5) {
            let (row_origin, c) = match row {
                Ok(r) => r,
                Err(e) => {
                    notes.push(e);
                    continue;
                }
            };
            let (origin, name, from, to, reason) = (c[0], c[1], c[2], c[3], c[4]);
            if reason.trim().is_empty() || to.trim().is_empty() {
                notes.push(DictError::new(
                    row_origin,
                    "a correction needs the corrected codes and a reason",
                ));
                continue;
            }
            // a row may name an agent (a role noun of the agents file) instead of an actor
            if let Some(g) = self
                .agents
                .iter_mut()
                .find(|g| g.origin == origin && g.name == name)
            {
                if g.code != from {
                    notes.push(DictError::new(
                        row_origin,
                        format!(
                            "agent {name:?} at {origin} is coded {}, not {from}: the correction does not apply",
                            g.code
                        ),
                    ));
                    continue;
                }
                g.code = to.to_string();
                g.origin = format!("{origin} ({row_origin})");
                applied += 1;
                continue;
            }
            let Some(i) = (0..self.actors.len()).find(|&i| {
                self.layers[i] == Layer::Dictionary
                    && self.actors[i].origin == origin
                    && self.actors[i].name == name
            }) else {
                notes.push(DictError::new(
                    row_origin,
                    format!("no entry {name:?} at {origin}: the correction does not apply"),
                ));
                continue;
            };
            let found = format_codes(&self.actors[i].codes);
            if found != from {
                notes.push(DictError::new(
                    row_origin,
                    format!(
                        "{name:?} at {origin} is coded {found}, not {from}: the correction does not apply"
                    ),
                ));
                continue;
            }
            self.actors[i].codes = parse_codes(to);
            self.actors[i].origin = format!("{origin} ({row_origin})");
            applied += 1;
        }
        (applied, notes)
    }

    /// The compiled form of the dictionary part (not the overlay), for `acta dictionaries
    /// compile`: `(actors TSV, agents TSV)`.
    pub fn to_tsv(&self) -> (String, String) {
        let mut a = String::from("# origin\tname\tphrases\tcodes  (compiled by `acta dictionaries compile`; see docs/actors.md)\n");
        for (actor, layer) in self.actors.iter().zip(&self.layers) {
            if *layer != Layer::Dictionary {
                continue;
            }
            let phrases: Vec<String> = actor.phrases.iter().map(|p| p.join(" ")).collect();
            a.push_str(&format!(
                "{}\t{}\t{}\t{}\n",
                actor.origin,
                actor.name,
                phrases.join("|"),
                format_codes(&actor.codes)
            ));
        }
        let mut g = String::from("# origin\tname\tphrases\tcode\tmode\n");
        for agent in &self.agents {
            let phrases: Vec<String> = agent.phrases.iter().map(|p| p.join(" ")).collect();
            let mode = if agent.mode == AgentMode::Prefix {
                "prefix"
            } else {
                "suffix"
            };
            g.push_str(&format!(
                "{}\t{}\t{}\t{}\t{mode}\n",
                agent.origin,
                agent.name,
                phrases.join("|"),
                agent.code
            ));
        }
        (a, g)
    }
}

const CAMEO_VERBS: &[u8] = include_bytes!("../../../../data/events/verbs.tsv.zst");
const PHOENIX_DISCARDS: &str = include_str!("../../../../data/events/discards.txt");
const PHOENIX_ISSUES: &[u8] = include_bytes!("../../../../data/events/issues.txt.zst");

fn unzip(bytes: &[u8], name: &str) -> Result<String, DictError> {
    let mut s = String::new();
    zstd::stream::read::Decoder::new(bytes)
        .and_then(|mut d| d.read_to_string(&mut s))
        .map_err(|e| DictError::new(name, format!("cannot decompress: {e}")))?;
    Ok(s)
}

/// Everything the event coder reads from dictionaries: verbs, actors and agents, discards,
/// issues. The embedded defaults, a user's PETRARCH-format directory, or explicit files.
#[derive(Clone, Debug, Default)]
pub struct Dictionaries {
    pub verbs: VerbDictionary,
    pub actors: ActorDictionary,
    pub discards: Discards,
    pub issues: Issues,
    /// The text of a `rules.tsv` found beside the dictionaries, if any (see
    /// `acta_extract::events::Rules`).
    pub rules: Option<String>,
    /// Where each part came from, for `acta dictionaries check` and error messages.
    pub sources: Vec<String>,
}

/// Explicit dictionary files (what `--dictionaries DIR` finds in a directory, or what an
/// evaluation names). A part with no file is taken from the embedded defaults.
#[derive(Clone, Debug, Default)]
pub struct DictionaryFiles {
    /// Verb dictionaries in PETRARCH-2 format (or compiled `.tsv`/`.tsv.zst`), read in order;
    /// a verb listed in a later file replaces its earlier entries.
    pub verbs: Vec<PathBuf>,
    pub actors: Vec<PathBuf>,
    pub agents: Option<PathBuf>,
    pub discards: Option<PathBuf>,
    pub issues: Option<PathBuf>,
    pub rules: Option<PathBuf>,
}

fn read_text(p: &Path) -> Result<String, DictError> {
    let bytes =
        std::fs::read(p).map_err(|e| DictError::new(p.display().to_string(), e.to_string()))?;
    if p.extension().is_some_and(|e| e == "zst") {
        return unzip(&bytes, &p.display().to_string());
    }
    Ok(String::from_utf8_lossy(&bytes).into_owned())
}

fn file_name(p: &Path) -> String {
    p.file_name()
        .map(|f| f.to_string_lossy().into_owned())
        .unwrap_or_default()
}

impl DictionaryFiles {
    /// The files of a PETRARCH-format directory: every `*verbs*` file (`.txt`, or compiled
    /// `.tsv`/`.tsv.zst`) in name order, every `*actors*.txt`, the first `*agents*.txt`,
    /// `*discards*.txt`, `*issue*.txt`, and `rules.tsv`.
    pub fn in_dir(dir: &Path) -> Result<DictionaryFiles, DictError> {
        let mut names: Vec<PathBuf> = std::fs::read_dir(dir)
            .map_err(|e| DictError::new(dir.display().to_string(), e.to_string()))?
            .filter_map(Result::ok)
            .map(|e| e.path())
            .filter(|p| p.is_file())
            .collect();
        names.sort();
        let mut f = DictionaryFiles::default();
        for p in names {
            let lower = file_name(&p).to_lowercase();
            let txt = lower.ends_with(".txt");
            if lower.contains("verbs")
                && (txt || lower.ends_with(".tsv") || lower.ends_with(".tsv.zst"))
            {
                f.verbs.push(p);
            } else if txt && lower.contains("actors") {
                f.actors.push(p);
            } else if txt && lower.contains("agents") && f.agents.is_none() {
                f.agents = Some(p);
            } else if txt && lower.contains("discards") && f.discards.is_none() {
                f.discards = Some(p);
            } else if txt && lower.contains("issue") && f.issues.is_none() {
                f.issues = Some(p);
            } else if lower == "rules.tsv" {
                f.rules = Some(p);
            }
        }
        if f.verbs.is_empty()
            && f.actors.is_empty()
            && f.agents.is_none()
            && f.discards.is_none()
            && f.issues.is_none()
            && f.rules.is_none()
        {
            return Err(DictError::new(
                dir.display().to_string(),
                "no dictionary files (*verbs*, *actors*.txt, *agents*.txt, *discards*.txt, *issue*.txt, rules.tsv) found",
            ));
        }
        Ok(f)
    }
}

impl Dictionaries {
    /// The embedded defaults: CAMEO 2.0 verbs with Acta's corrections (compiled), the
    /// Phoenix actors and agents with the overlay, Phoenix discards and issues.
    pub fn embedded() -> Result<Dictionaries, DictError> {
        let verbs =
            VerbDictionary::from_compiled(&unzip(CAMEO_VERBS, "verbs.tsv.zst")?, "verbs.tsv")?;
        let (discards, _) = Discards::parse(PHOENIX_DISCARDS, "discards.txt");
        let (issues, _) = Issues::parse(&unzip(PHOENIX_ISSUES, "issues.txt.zst")?, "issues.txt");
        Ok(Dictionaries {
            verbs,
            // the coder reads the same role nouns as the actors stage, Acta's extra ones
            // included ("Russian and Syrian forces" → RUSMIL, SYRMIL)
            actors: ActorDictionary::embedded()?.with_agents(actors::extra_agents()),
            discards,
            issues,
            rules: None,
            sources: vec!["embedded".into()],
        })
    }

    /// A user's directory in PETRARCH format ([`DictionaryFiles::in_dir`]); a kind of
    /// dictionary the directory lacks comes from the embedded defaults (and a note says so).
    pub fn from_dir(dir: &Path) -> Result<(Dictionaries, Vec<DictError>), DictError> {
        let files = DictionaryFiles::in_dir(dir)?;
        let (d, mut notes) = Dictionaries::from_files(&files)?;
        let d_name = dir.display().to_string();
        for (missing, what) in [
            (files.verbs.is_empty(), "verbs"),
            (files.actors.is_empty(), "actors"),
            (files.agents.is_none() && files.actors.is_empty(), "agents"),
            (files.discards.is_none(), "discards"),
            (files.issues.is_none(), "issues"),
        ] {
            if missing {
                notes.push(DictError::new(
                    &d_name,
                    format!("no {what} file: the embedded {what} are used"),
                ));
            }
        }
        Ok((d, notes))
    }

    /// Reads explicit files; parts with no file are the embedded defaults. Returns the
    /// dictionaries and every oddity met in the files, each with its file and line.
    pub fn from_files(f: &DictionaryFiles) -> Result<(Dictionaries, Vec<DictError>), DictError> {
        let mut notes = Vec::new();
        let mut sources = Vec::new();
        let verbs = if f.verbs.is_empty() {
            sources.push("verbs: embedded".to_string());
            VerbDictionary::from_compiled(&unzip(CAMEO_VERBS, "verbs.tsv.zst")?, "verbs.tsv")?
        } else {
            let mut all: Option<VerbDictionary> = None;
            for p in &f.verbs {
                let name = file_name(p);
                let text = read_text(p)?;
                let d = if name.ends_with(".tsv") || name.ends_with(".tsv.zst") {
                    VerbDictionary::from_compiled(&text, &name)?
                } else {
                    let (d, w) = match &all {
                        Some(a) => a.parse_extension(&text, &name),
                        None => VerbDictionary::parse(&text, &name),
                    };
                    notes.extend(w);
                    d
                };
                sources.push(format!("verbs: {}", p.display()));
                match all.as_mut() {
                    Some(a) => a.extend(d),
                    None => all = Some(d),
                }
            }
            all.unwrap_or_default()
        };
        let actors = if f.actors.is_empty() && f.agents.is_none() {
            sources.push("actors: embedded".to_string());
            ActorDictionary::embedded()?
        } else {
            let mut list = Vec::new();
            for p in &f.actors {
                let (a, w) = actors::parse_actors(&read_text(p)?, &file_name(p));
                list.extend(a);
                notes.extend(w);
                sources.push(format!("actors: {}", p.display()));
            }
            let mut agents = Vec::new();
            if let Some(p) = &f.agents {
                let (a, w) = actors::parse_agents(&read_text(p)?, &file_name(p));
                agents = a;
                notes.extend(w);
                sources.push(format!("agents: {}", p.display()));
            }
            ActorDictionary::build(list, Vec::new(), agents)
        };
        let discards = match &f.discards {
            Some(p) => {
                let (d, w) = Discards::parse(&read_text(p)?, &file_name(p));
                notes.extend(w);
                sources.push(format!("discards: {}", p.display()));
                d
            }
            None => Discards::parse(PHOENIX_DISCARDS, "discards.txt").0,
        };
        let issues = match &f.issues {
            Some(p) => {
                let (d, w) = Issues::parse(&read_text(p)?, &file_name(p));
                notes.extend(w);
                sources.push(format!("issues: {}", p.display()));
                d
            }
            None => Issues::parse(&unzip(PHOENIX_ISSUES, "issues.txt.zst")?, "issues.txt").0,
        };
        let rules = match &f.rules {
            Some(p) => {
                sources.push(format!("rules: {}", p.display()));
                Some(read_text(p)?)
            }
            None => None,
        };
        Ok((
            Dictionaries {
                verbs,
                actors,
                discards,
                issues,
                rules,
                sources,
            },
            notes,
        ))
    }
}

fn tsv_rows<'a>(
    text: &'a str,
    file: &'a str,
    cols: usize,
) -> impl Iterator<Item = Result<(String, Vec<&'a str>), DictError>> + 'a {
    text.lines()
        .enumerate()
        .filter(|(_, l)| !l.is_empty() && !l.starts_with('#'))
        .map(move |(n, l)| {
            let origin = format!("{file}:{}", n + 1);
            let c: Vec<&str> = l.split('\t').collect();
            if c.len() != cols {
                return Err(DictError::new(
                    origin,
                    format!("expected {cols} tab-separated columns, found {}", c.len()),
                ));
            }
            Ok((origin, c))
        })
}

/// Dated codes in the compiled form: `RUSGOV@20040309..;RUS` (`;`-separated, a range after
/// `@` with either end empty).
fn parse_codes(field: &str) -> Vec<DatedCode> {
    field
        .split(';')
        .map(|code| {
            let (code, range) = code.split_once('@').unwrap_or((code, ""));
            let (f, t) = range.split_once("..").unwrap_or(("", ""));
            DatedCode {
                code: code.to_string(),
                from: f.parse().ok(),
                to: t.parse().ok(),
            }
        })
        .collect()
}

/// The compiled form of dated codes, the inverse of [`parse_codes`].
fn format_codes(codes: &[DatedCode]) -> String {
    codes
        .iter()
        .map(|c| match (c.from, c.to) {
            (None, None) => c.code.clone(),
            (f, t) => format!(
                "{}@{}..{}",
                c.code,
                f.map(|d| d.to_string()).unwrap_or_default(),
                t.map(|d| d.to_string()).unwrap_or_default()
            ),
        })
        .collect::<Vec<_>>()
        .join(";")
}

fn read_actor_tsv(text: &str, file: &str) -> Result<Vec<Actor>, DictError> {
    let mut out = Vec::new();
    for row in tsv_rows(text, file, 4) {
        let (origin, c) = row?;
        let codes = parse_codes(c[3]);
        out.push(Actor {
            name: c[1].to_string(),
            phrases: c[2]
                .split('|')
                .map(|p| p.split(' ').map(str::to_string).collect())
                .collect(),
            codes,
            origin: c[0].to_string(),
            role: String::new(),
        });
        let _ = origin;
    }
    Ok(out)
}

fn read_agent_tsv(text: &str, file: &str) -> Result<Vec<Agent>, DictError> {
    let mut out = Vec::new();
    for row in tsv_rows(text, file, 5) {
        let (_, c) = row?;
        out.push(Agent {
            origin: c[0].to_string(),
            name: c[1].to_string(),
            phrases: c[2]
                .split('|')
                .map(|p| p.split(' ').map(str::to_string).collect())
                .collect(),
            code: c[3].to_string(),
            mode: if c[4] == "prefix" {
                AgentMode::Prefix
            } else {
                AgentMode::Suffix
            },
        });
    }
    Ok(out)
}

/// Reads the overlay (`data/actors/overlay.tsv`): one actor per row, its name and aliases as
/// phrases, one dated code. `to` is the day the role ended; on a day two rows share, the row
/// that started later wins.
pub fn parse_overlay(text: &str, file: &str) -> (Vec<Actor>, Vec<DictError>) {
    let mut out = Vec::new();
    let mut errors = Vec::new();
    for row in tsv_rows(text, file, 7) {
        let (origin, c) = match row {
            Ok(r) => r,
            Err(e) => {
                errors.push(e);
                continue;
            }
        };
        if c[0] == "name" {
            continue; // header
        }
        let from = if c[3].is_empty() {
            None
        } else {
            day_from_iso(c[3])
        };
        let to = if c[4].is_empty() {
            None
        } else {
            day_from_iso(c[4])
        };
        if (!c[3].is_empty() && from.is_none()) || (!c[4].is_empty() && to.is_none()) {
            errors.push(DictError::new(&origin, "dates must be YYYY-MM-DD"));
            continue;
        }
        if c[2].is_empty() || !c[2].bytes().all(|b| b.is_ascii_uppercase()) {
            errors.push(DictError::new(
                &origin,
                format!("code {:?} is not a CAMEO actor code", c[2]),
            ));
            continue;
        }
        let mut phrases = vec![actors::phrase_words(c[0])];
        phrases.extend(
            c[1].split('|')
                .filter(|a| !a.is_empty())
                .map(actors::phrase_words),
        );
        phrases.retain(|p| !p.is_empty());
        out.push(Actor {
            name: c[0].to_string(),
            phrases,
            codes: vec![DatedCode {
                code: c[2].to_string(),
                from,
                to,
            }],
            origin,
            role: c[5].to_string(),
        });
    }
    (out, errors)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(s: &str) -> Vec<String> {
        s.split(' ').map(actors::norm_word).collect()
    }

    fn one_entry(origin: &str, name: &str, codes: &str) -> ActorDictionary {
        let actors = read_actor_tsv(
            &format!("{origin}\t{name}\t{}\t{codes}\n", name.to_lowercase()),
            "t.tsv",
        )
        .unwrap();
        ActorDictionary::build(actors, vec![], vec![])
    }

    #[test]
    fn corrections_apply_only_to_the_entry_they_name() {
        let row = "M.txt:742\tUNITA\tANGREB\tAGOREB\tANG is no code\n";
        // the entry as named: corrected, and its origin names the row
        let mut d = one_entry("M.txt:742", "UNITA", "ANGREB");
        let (n, notes) = d.apply_corrections(row, "c.tsv");
        assert_eq!((n, notes.len()), (1, 0), "{notes:?}");
        assert_eq!(d.actors[0].code_on(None), Some("AGOREB"));
        assert_eq!(d.actors[0].origin, "M.txt:742 (c.tsv:1)");
        let w = words("unita");
        assert_eq!(
            d.actor_at(&w, 0, None).unwrap().code.as_deref(),
            Some("AGOREB")
        );
        // dated codes are compared and written in the compiled form
        let mut d = one_entry("M.txt:9", "KOSOVO", "KSV;YUGKSV@..19920427");
        let (n, _) =
            d.apply_corrections("M.txt:9\tKOSOVO\tKSV;YUGKSV@..19920427\tKSV\tx\n", "c.tsv");
        assert_eq!(n, 1);
        assert_eq!(
            d.to_tsv().0.lines().nth(1).unwrap().split('\t').nth(3),
            Some("KSV")
        );
        // another file's entry, another name, other codes: nothing changes, each is a note
        for (origin, name, codes) in [
            ("M.txt:743", "UNITA", "ANGREB"),
            ("M.txt:742", "UNITA II", "ANGREB"),
            ("M.txt:742", "UNITA", "AGOREB"),
        ] {
            let mut d = one_entry(origin, name, codes);
            let (n, notes) = d.apply_corrections(row, "c.tsv");
            assert_eq!((n, notes.len()), (0, 1), "{origin} {name} {codes}");
            assert_eq!(notes[0].origin, "c.tsv:1");
            assert_eq!(d.actors[0].code_on(None), Some(codes));
            assert_eq!(d.actors[0].origin, origin);
        }
        // a row without a reason is refused
        let mut d = one_entry("M.txt:742", "UNITA", "ANGREB");
        let (n, notes) = d.apply_corrections("M.txt:742\tUNITA\tANGREB\tAGOREB\t \n", "c.tsv");
        assert_eq!((n, notes.len()), (0, 1));
        assert_eq!(d.actors[0].code_on(None), Some("ANGREB"));
    }

    #[test]
    fn corrections_apply_to_agents_too() {
        let agents = || actors::parse_agents("DEPUTY [~COP]\nSHERIFF [~COP]\n", "A.txt").0;
        let row = "A.txt:1\tDEPUTY\tCOP\tLEG\tparliament\n";
        let mut d = ActorDictionary::build(vec![], vec![], agents());
        let (n, notes) = d.apply_corrections(row, "c.tsv");
        assert_eq!((n, notes.len()), (1, 0), "{notes:?}");
        let (_, a) = d.agent_at(&words("deputies"), 0).unwrap();
        assert_eq!(
            (a.code.as_str(), a.origin.as_str()),
            ("LEG", "A.txt:1 (c.tsv:1)")
        );
        let (_, a) = d.agent_at(&words("sheriff"), 0).unwrap();
        assert_eq!(a.code, "COP");
        // the compiled agents carry the correction
        assert!(d
            .to_tsv()
            .1
            .contains("A.txt:1 (c.tsv:1)\tDEPUTY\tdeputies|deputy\tLEG"));
        // another code than the row's: nothing changes, a note
        let mut d = ActorDictionary::build(vec![], vec![], agents());
        let (n, notes) = d.apply_corrections("A.txt:1\tDEPUTY\tGOV\tLEG\tx\n", "c.tsv");
        assert_eq!((n, notes.len()), (0, 1));
        assert_eq!(d.agent_at(&words("deputy"), 0).unwrap().1.code, "COP");
    }

    /// Every code of the embedded dictionary begins with a country of `data/actors/countries.tsv`
    /// or one of CAMEO's other first codes, so that no entry is coded with a country that
    /// does not exist (Phoenix's `KKLREB`, `ANGREB`: `data/actors/phoenix.corrections.tsv`).
    #[test]
    fn every_dictionary_code_is_a_cameo_code() {
        let d = ActorDictionary::embedded().unwrap();
        let countries = crate::actors::Countries::embedded();
        // regions (CAMEO actor codebook)
        let regions = [
            "AFR", "ASA", "BLK", "CAS", "CAU", "CEU", "CFR", "CRB", "EAF", "EEU", "EIN", "EUR",
            "LAM", "MDT", "MEA", "NAF", "NMR", "PGS", "SAF", "SAM", "SAS", "SCN", "SEA", "WAF",
            "WEU", "WST",
        ];
        // international and transnational actors (Phoenix's INT: groups of several countries)
        let international = ["IGO", "IMG", "MNC", "NGO", "INT"];
        // religions as Phoenix writes them (MOS: Muslim)
        let religions = ["BAH", "BUD", "HIN", "MOS"];
        // a role alone, with no country known
        let roles = ["ELI", "MED", "REB"];
        // states that no longer exist, on the dates their entries give them
        let former = [
            "CSK", "DDR", "FRY", "KRJ", "SCG", "SRP", "SUN", "USR", "YUG",
        ];
        // ISO 3166 territories the country table lacks; Kinakuta, the invented state of
        // Phoenix's own test entries
        let territories = ["GLP", "PRI", "WLF", "KNT"];
        let other: Vec<&str> = [
            &regions[..],
            &international,
            &religions,
            &roles,
            &former,
            &territories,
        ]
        .concat();
        let mut bad = Vec::new();
        for a in &d.actors {
            for c in &a.codes {
                let first = c.code.get(..3).unwrap_or(&c.code);
                if c.code != "---" && countries.get(first).is_none() && !other.contains(&first) {
                    bad.push(format!("{} {} {}", a.origin, a.name, c.code));
                }
            }
        }
        assert!(
            bad.is_empty(),
            "{} codes with no country: {bad:?}",
            bad.len()
        );
    }

    #[test]
    fn embedded_dictionary_codes_by_date() {
        let d = ActorDictionary::embedded().unwrap();
        assert!(d.actors.len() > 20_000, "{}", d.actors.len());
        assert!(d.agents.len() > 2_000, "{}", d.agents.len());
        let at = |text: &str, day: &str| {
            let w = words(text);
            d.actor_at(&w, 0, day_from_iso(day)).and_then(|m| m.code)
        };
        // in the 2016 dictionary
        assert_eq!(at("Sergey Lavrov", "2025-09-03").as_deref(), Some("RUSGOV"));
        assert_eq!(
            at("Vladimir Putin", "2025-09-03").as_deref(),
            Some("RUSGOV")
        );
        assert_eq!(at("NATO", "2025-09-03").as_deref(), Some("IGOWSTNAT"));
        // only in the overlay
        assert_eq!(
            at("Volodymyr Zelensky", "2025-09-03").as_deref(),
            Some("UKRGOV")
        );
        assert_eq!(at("Zelensky", "2018-09-03"), None);
        assert_eq!(at("Donald Trump", "2025-09-03").as_deref(), Some("USAGOV"));
        assert_eq!(at("Donald Trump", "2022-06-01").as_deref(), Some("USAELI"));
        assert_eq!(at("Donald Trump", "2018-06-01").as_deref(), Some("USAGOV"));
        // the overlay corrects the dictionary: Biden was not in government in 2018
        assert_eq!(at("Joe Biden", "2018-06-01").as_deref(), Some("USAELI"));
        assert_eq!(at("Joe Biden", "2023-06-01").as_deref(), Some("USAGOV"));
        assert_eq!(at("Joe Biden", "2012-06-01").as_deref(), Some("USAGOV"));
        // agents
        let w = words("foreign minister");
        let (len, agent) = d.agent_at(&w, 0).unwrap();
        assert_eq!((len, agent.code.as_str()), (2, "GOV"));
    }

    #[test]
    fn overlay_rows_are_checked() {
        let text = "name\taliases\tcode\tfrom\tto\trole\tsource\nA B\tB\tUSAGOV\t2020-01-01\t\tx\ty\nC D\t\tusa\t2020-01-01\t\tx\ty\nE F\t\tUSAGOV\t2020/01/01\t\tx\ty\nshort row\n";
        let (actors, errors) = parse_overlay(text, "o.tsv");
        assert_eq!(actors.len(), 1);
        assert_eq!(actors[0].phrases, [vec!["a", "b"], vec!["b"]]);
        let origins: Vec<&str> = errors.iter().map(|e| e.origin.as_str()).collect();
        assert_eq!(origins, ["o.tsv:3", "o.tsv:4", "o.tsv:5"]);
    }

    #[test]
    fn iso_days() {
        assert_eq!(day_from_iso("2025-09-03"), Some(20250903));
        assert_eq!(day_from_iso("2025-09-03T10:00:00Z"), Some(20250903));
        assert_eq!(day_from_iso("2025-13-03"), None);
        assert_eq!(day_from_iso("2025-09-\u{e9}3"), None);
        assert_eq!(day_to_iso(20250903), "2025-09-03");
    }
}
