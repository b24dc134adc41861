//! Cleaning: from the text of a page to the text of an article.
//!
//! Works line by line. Each input line is cut into pieces that are kept or dropped; every
//! dropped piece that holds more than whitespace is listed in [`Cleaned::removed`] with its
//! kind and input byte range, so nothing is silently lost. Kept pieces are copied into the
//! cleaned text with whitespace normalized, and a [`SourceMap`] records where each copied run
//! came from.
//!
//! What is recognised: image markup (`![](url)`), table residue (`|`), photo captions (a line
//! ending in a photo credit, or a short line right after an image), repeated captions and
//! paragraphs, bylines and wire credits (own line, glued to the last sentence, or a dateline
//! such as `MOSCOW (Reuters) -`), and site boilerplate lines (`data/text/boilerplate.txt`).

use std::sync::LazyLock;

use acta_core::{Removed, RemovedKind, SentenceKind, SourceMap, Span};
use regex::{Regex, RegexSet};

/// The result of cleaning one article.
#[derive(Clone, Debug, Default)]
pub struct Cleaned {
    pub text: String,
    pub removed: Vec<Removed>,
    pub map: SourceMap,
    /// Paragraphs of the cleaned text, in order, with what kind of text they hold.
    pub paragraphs: Vec<(Span, SentenceKind)>,
    pub authors: Vec<String>,
    pub agency: Option<String>,
}

/// The compiled cleaning rules. Build once, share freely.
pub struct Cleaner {
    boilerplate: RegexSet,
    /// (canonical name, all its spellings)
    agencies: Vec<(String, Vec<String>)>,
}

/// A news agency, by shape: one to four capitalized words. Whether it really is one is
/// checked against `data/text/agencies.txt` in code ([`Cleaner::is_agency`]): an alternation of
/// every spelling inside each pattern would make them slow to build and to run.
const AGENCY: &str = r"\p{Lu}[\p{L}.\-]*(?:\s\p{Lu}[\p{L}.\-]*){0,3}";

fn names() -> String {
    format!(r"{NAME}(?:\s*(?:,|and|&)\s*{NAME}){{0,3}}")
}

fn compiled(p: String) -> Regex {
    Regex::new(&p).expect("cleaning regex")
}

// The shape patterns are compiled on first use: most articles never need most of them.
static BYLINE_PAREN: LazyLock<Regex> = LazyLock::new(|| {
    compiled(format!(
        r"^(?:By\s+)?(?P<names>{})\s*\((?P<agency>{AGENCY})\)\.?$",
        names()
    ))
});
static BYLINE_BY: LazyLock<Regex> = LazyLock::new(|| {
    compiled(format!(
        r"^(?i:by)\s+(?P<names>{})(?:\s*(?:,|\||/|–|—|-|\sfor\s|\sof\s)\s*(?:the\s+)?(?P<agency>[\p{{L}} .]+))?\.?$",
        names()
    ))
});
static BYLINE_GLUED: LazyLock<Regex> = LazyLock::new(|| {
    compiled(format!(
        r#"(?P<end>[.!?"”’])\s*(?P<byline>(?:By\s+)?(?P<names>{})\s*\((?P<agency>{AGENCY})\))\s*$"#,
        names()
    ))
});
static REPORTING: LazyLock<Regex> = LazyLock::new(|| {
    compiled(r"^\(?\s*(?:(?:Additional\s+)?(?:Reporting|Writing|Editing|Compiled|Reported|Written|Edited)\s+by\s.*)\)?\.?$".into())
});
static AGENCY_ONLY: LazyLock<Regex> =
    LazyLock::new(|| compiled(format!(r"^[-–—(]*\s*(?P<agency>{AGENCY})\s*\)?\.?$")));
static DATELINE: LazyLock<Regex> = LazyLock::new(|| {
    compiled(format!(
        r"^(?P<dl>\p{{Lu}}[\p{{Lu}}\s.'’,-]{{1,40}}?(?:,\s*\p{{Lu}}[\p{{L}}.]+(?:\s+\d{{1,2}})?)?(?:,?\s+(?:\p{{Lu}}[a-z]{{2,8}}\.?\s+\d{{1,2}}(?:,?\s+\d{{4}})?|\d{{1,2}}\s+\p{{Lu}}[a-z]{{2,8}}\.?(?:\s+\d{{4}})?))?\s*\((?P<agency>{AGENCY})\)\s*[-–—]+\s*)\S"
    ))
});
/// A dateline with no agency: the place in capitals, perhaps its country or state, then a colon
/// or a dash (`GAZA CITY, Palestinian Territories: `, `ISLAMABAD: `, `KYIV, Ukraine — `).
static DATELINE_PLAIN: LazyLock<Regex> = LazyLock::new(|| {
    compiled(
        r"^(?P<dl>(?P<city>\p{Lu}{2}[\p{Lu} .'’-]{0,38}?)(?:,\s*\p{Lu}[\p{L}.'’]*(?:\s+\p{Lu}[\p{L}.'’]*){0,3})?\s*(?::|\s[–—-])\s+)\p{Lu}"
            .into(),
    )
});
static CREDIT_WORD: LazyLock<Regex> = LazyLock::new(|| {
    compiled(r"(?:^|[\s.(\[|,;])(?P<credit>\(?\s*(?i:photo(?:graph)?s?|pictures?|images?|pic|credit|file photo|photo credit)\s*(?::|(?i:by)\s|/|©)\s*[^()\n]+\)?)\s*$".into())
});
static CREDIT_SLASH: LazyLock<Regex> = LazyLock::new(|| {
    compiled(format!(
        r"(?:^|[\s.(\[|,;])(?P<credit>\(?(?P<agency>{AGENCY})\s*/\s*\p{{Lu}}[^\n]*\)?)\s*$"
    ))
});
static CREDIT_PAREN: LazyLock<Regex> = LazyLock::new(|| {
    compiled(format!(
        r"(?:^|[\s.|,;])(?P<credit>\((?P<agency>{AGENCY})(?:\s+via\s+Getty\s+Images)?\))\s*$"
    ))
});

/// Bounded repetitions (`.{0,200}`, `[\w ]{1,40}`) build huge automata; boilerplate is only
/// tested on short lines, so the unbounded `*` or `+` means the same there.
static BOUNDED: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"\{(\d*),(\d+)\}").expect("regex"));

static IMAGE_MARKUP: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"!\[[^\]\n]*\]\([^)\n]*\)").expect("image regex"));

const NAME: &str = r"\p{Lu}[\p{L}'’.\-]*(?:\s+(?:(?:de|van|der|von|da|di|bin|al|le|la|du|dos|del)\s+)?\p{Lu}[\p{L}'’.\-]*){0,3}";

impl Default for Cleaner {
    fn default() -> Self {
        Cleaner::new(
            include_str!("../../../data/text/boilerplate.txt"),
            include_str!("../../../data/text/agencies.txt"),
        )
    }
}

impl Cleaner {
    /// Builds a cleaner from the text of a boilerplate file and an agencies file (formats in
    /// `data/text/`). Invalid patterns are skipped with a message on stderr.
    pub fn new(boilerplate: &str, agencies: &str) -> Cleaner {
        let mut pats: Vec<String> = Vec::new();
        for line in boilerplate.lines().map(str::trim) {
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let line = BOUNDED.replace_all(line, |c: &regex::Captures| {
                if c[1].is_empty() || &c[1] == "0" {
                    "*"
                } else {
                    "+"
                }
            });
            // lines are lowercased before matching: no case folding in the automaton
            pats.push(format!("^(?:{})$", line.to_lowercase()));
        }
        let build = |pats: &[String]| {
            regex::RegexSetBuilder::new(pats)
                .dfa_size_limit(16 << 20)
                .build()
        };
        let boilerplate = build(&pats).unwrap_or_else(|_| {
            // find the bad patterns, say which, and go on without them
            pats.retain(|p| match Regex::new(p) {
                Ok(_) => true,
                Err(e) => {
                    eprintln!("acta: boilerplate pattern {p:?} ignored: {e}");
                    false
                }
            });
            build(&pats).expect("validated patterns")
        });
        let mut agency_list = Vec::new();
        for line in agencies.lines().map(str::trim) {
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let (name, aliases) = line.split_once(" = ").unwrap_or((line, ""));
            let mut all = vec![name.trim().to_string()];
            all.extend(
                aliases
                    .split(',')
                    .map(str::trim)
                    .filter(|a| !a.is_empty())
                    .map(String::from),
            );
            agency_list.push((name.trim().to_string(), all));
        }
        Cleaner {
            boilerplate,
            agencies: agency_list,
        }
    }

    /// Whether `written` is a known agency (or a photo agency, for credits).
    fn is_agency(&self, written: &str) -> bool {
        let w = written.trim();
        self.agencies
            .iter()
            .any(|(_, all)| all.iter().any(|a| a == w))
    }

    /// The span (relative to `line`) of a photo credit ending the line, if there is one.
    fn credit_in(&self, line: &str) -> Option<(usize, usize)> {
        if let Some(c) = CREDIT_WORD.captures(line) {
            let m = c.name("credit")?;
            return Some((m.start(), m.end()));
        }
        for re in [&*CREDIT_SLASH, &*CREDIT_PAREN] {
            if let Some(c) = re.captures(line) {
                let ag = c.name("agency")?.as_str();
                if self.is_agency(ag)
                    || matches!(ag, "EPA" | "Getty Images" | "Shutterstock" | "AP Photo")
                {
                    let m = c.name("credit")?;
                    return Some((m.start(), m.end()));
                }
            }
        }
        None
    }

    /// The canonical name of an agency as written (`REUTERS` → `Reuters`).
    pub fn agency_name(&self, written: &str) -> String {
        let w = written.trim();
        for (name, all) in &self.agencies {
            if all.iter().any(|a| a == w) {
                return name.clone();
            }
        }
        w.to_string()
    }

    /// Cleans `input`. When `title_end` is given, `input[..title_end]` is the article's title.
    pub fn clean(&self, input: &str, title_end: Option<usize>) -> Cleaned {
        let mut lines = Vec::new();
        let mut at = 0;
        for raw in input.split_inclusive('\n') {
            let end = at + raw.trim_end_matches(['\n', '\r']).len();
            lines.push(self.analyse_line(input, at, end, title_end.is_some_and(|t| at < t)));
            at += raw.len();
        }
        let mut out = Cleaned::default();
        self.find_bylines(input, &mut lines, &mut out);
        for line in lines.iter_mut() {
            self.mark_credit_caption(input, line);
        }
        mark_captions(&mut lines);
        dedupe(input, &mut lines);
        assemble(input, &lines, &mut out);
        out.removed.sort_by_key(|r| (r.start, r.end));
        out
    }

    fn analyse_line(&self, input: &str, start: usize, end: usize, in_title: bool) -> Line {
        let mut line = Line {
            kept: Vec::new(),
            dropped: Vec::new(),
            kind: LineKind::Blank,
            after_image: false,
        };
        let text = &input[start..end];
        // image markup anywhere on the line
        let mut pieces = Vec::new();
        let mut last = 0;
        for m in IMAGE_MARKUP.find_iter(text) {
            pieces.push((last, m.start()));
            line.dropped
                .push((start + m.start(), start + m.end(), RemovedKind::Image));
            last = m.end();
        }
        pieces.push((last, text.len()));
        // table residue: pipes and whitespace at the edges of each piece
        for (a, b) in pieces {
            let piece = &text[a..b];
            let trimmed_start = a
                + (piece.len()
                    - piece
                        .trim_start_matches(|c: char| c == '|' || is_space(c))
                        .len());
            let trimmed_end = a + piece
                .trim_end_matches(|c: char| c == '|' || is_space(c))
                .len();
            if trimmed_start >= trimmed_end {
                if piece.contains('|') {
                    line.dropped
                        .push((start + a, start + b, RemovedKind::Boilerplate));
                }
                continue;
            }
            if text[a..trimmed_start].contains('|') {
                line.dropped
                    .push((start + a, start + trimmed_start, RemovedKind::Boilerplate));
            }
            if text[trimmed_end..b].contains('|') {
                line.dropped
                    .push((start + trimmed_end, start + b, RemovedKind::Boilerplate));
            }
            line.kept.push((start + trimmed_start, start + trimmed_end));
        }
        if line.kept.is_empty() {
            line.kind = if line.dropped.iter().any(|d| d.2 == RemovedKind::Image) {
                LineKind::Image
            } else {
                LineKind::Blank
            };
            return line;
        }
        if in_title {
            line.kind = LineKind::Title;
            return line;
        }
        line.kind = LineKind::Body;
        // boilerplate lines are short: no pattern matches more than a few hundred bytes
        let len: usize = line.kept.iter().map(|&(a, b)| b - a).sum();
        if len <= 400
            && self
                .boilerplate
                .is_match(&normalized(input, &line.kept).to_lowercase())
        {
            line.drop_all(RemovedKind::Boilerplate);
            return line;
        }
        if input[line.kept[0].0..].starts_with("Image caption, ") {
            let (s, e) = line.kept[0];
            line.dropped
                .push((s, s + "Image caption, ".len(), RemovedKind::Boilerplate));
            line.kept[0] = (s + "Image caption, ".len(), e);
            line.kind = LineKind::Caption;
            return line;
        }
        line
    }

    /// A line ending in a photo credit is a caption; the credit is dropped as a byline.
    /// Runs after [`Cleaner::find_bylines`], so `Name (Agency)` bylines are gone by then.
    fn mark_credit_caption(&self, input: &str, line: &mut Line) {
        if line.kind == LineKind::Body && line.kept.len() == 1 {
            let (s, e) = line.kept[0];
            if !may_end_in_credit(&input[s..e]) {
                return;
            }
            if let Some((cs, _)) = self.credit_in(&input[s..e]) {
                let credit = Span::new(cs, cs);
                let rest = input[s..s + credit.start].trim_end_matches(|c: char| {
                    is_space(c) || c == '|' || c == '-' || c == '–' || c == '—'
                });
                line.dropped
                    .push((s + credit.start, e, RemovedKind::Byline));
                if rest.split_whitespace().count() >= 3 {
                    line.kept[0] = (s, s + rest.len());
                    line.kind = LineKind::Caption;
                } else {
                    // nothing but a credit
                    line.dropped.pop();
                    line.drop_all(RemovedKind::Byline);
                }
            }
        }
    }

    /// Bylines and wire credits: own lines near the start or end, one glued to the end of the
    /// last paragraph, and a dateline opening the first paragraph.
    fn find_bylines(&self, input: &str, lines: &mut [Line], out: &mut Cleaned) {
        let body: Vec<usize> = (0..lines.len())
            .filter(|&i| matches!(lines[i].kind, LineKind::Body))
            .collect();
        let n = body.len();
        for (rank, &i) in body.iter().enumerate() {
            let near_edge = rank < 4 || rank + 4 >= n;
            let line = &mut lines[i];
            if line.kept.len() != 1 {
                continue;
            }
            let (s, e) = line.kept[0];
            let text = &input[s..e];
            if text.len() > 240 || text.split_whitespace().count() > 16 {
                continue;
            }
            let ends_paren = text.trim_end_matches('.').ends_with(')');
            let starts_by = text.len() > 3 && text.as_bytes()[..3].eq_ignore_ascii_case(b"by ");
            if let Some(c) = ends_paren
                .then(|| BYLINE_PAREN.captures(text))
                .flatten()
                .filter(|c| self.is_agency(&c["agency"]))
            {
                self.add_names(out, &c["names"]);
                out.agency
                    .get_or_insert_with(|| self.agency_name(&c["agency"]));
                line.drop_all(RemovedKind::Byline);
            } else if near_edge && starts_by && BYLINE_BY.is_match(text) {
                let c = BYLINE_BY.captures(text).expect("matched");
                self.add_names(out, &c["names"]);
                if let Some(a) = c.name("agency") {
                    let a = a.as_str().trim();
                    if self.is_agency(a) {
                        out.agency.get_or_insert_with(|| self.agency_name(a));
                    }
                }
                line.drop_all(RemovedKind::Byline);
            } else if near_edge && text.contains(" by ") && REPORTING.is_match(text) {
                for part in text.trim_matches(['(', ')', '.']).split(';') {
                    let part = part.trim();
                    let lower = part.to_lowercase();
                    if lower.starts_with("reporting by")
                        || lower.starts_with("writing by")
                        || lower.starts_with("additional reporting by")
                    {
                        if let Some((_, names)) = part.split_once(" by ") {
                            let names = names.split(" in ").next().unwrap_or(names);
                            self.add_names(out, names);
                        }
                    }
                }
                line.drop_all(RemovedKind::Byline);
            } else if near_edge
                && text.len() <= 48
                && AGENCY_ONLY
                    .captures(text)
                    .is_some_and(|c| self.is_agency(&c["agency"]))
            {
                let c = AGENCY_ONLY.captures(text).expect("matched");
                out.agency
                    .get_or_insert_with(|| self.agency_name(&c["agency"]));
                line.drop_all(RemovedKind::Byline);
            }
        }
        // a byline glued to the last paragraph when a page lost its line breaks
        if let Some(&i) = body
            .iter()
            .rev()
            .find(|&&i| matches!(lines[i].kind, LineKind::Body))
        {
            let line = &mut lines[i];
            if let Some(&(s, e)) = line
                .kept
                .last()
                .filter(|&&(_, e)| input[..e].ends_with(')'))
            {
                if let Some(c) = BYLINE_GLUED
                    .captures(&input[s..e])
                    .filter(|c| self.is_agency(&c["agency"]))
                {
                    let b = c.name("byline").expect("group");
                    self.add_names(out, &c["names"]);
                    out.agency
                        .get_or_insert_with(|| self.agency_name(&c["agency"]));
                    line.dropped.push((s + b.start(), e, RemovedKind::Byline));
                    let last = line.kept.len() - 1;
                    line.kept[last] = (s, s + b.start());
                }
            }
        }
        // a dateline opening the first paragraph: `MOSCOW, June 24 (Reuters) -`; in plain text
        // the first paragraph may be the headline, so the paragraph after a headline-like one
        // is looked at too
        let first: Vec<usize> = body
            .iter()
            .copied()
            .filter(|&i| matches!(lines[i].kind, LineKind::Body))
            .take(2)
            .collect();
        for (rank, &i) in first.iter().enumerate() {
            if rank == 1 && !is_headline_like(input, &lines[first[0]]) {
                break;
            }
            let line = &mut lines[i];
            let before = line.dropped.len();
            let has_paren =
                |&&(s, e): &&(usize, usize)| input.as_bytes()[s..e.min(s + 90)].contains(&b'(');
            if let Some(&(s, e)) = line.kept.first().filter(has_paren) {
                if let Some(c) = DATELINE
                    .captures(&input[s..e])
                    .filter(|c| self.is_agency(&c["agency"]))
                {
                    let dl = c.name("dl").expect("group");
                    out.agency
                        .get_or_insert_with(|| self.agency_name(&c["agency"]));
                    line.dropped.push((s, s + dl.end(), RemovedKind::Byline));
                    line.kept[0] = (s + dl.end(), e);
                }
            }
            // with no agency: `ISLAMABAD: The government ...`, `KYIV, Ukraine — Russia ...`;
            // the place must have four letters or more, so that a sentence opening with an
            // acronym and a colon ("UN: ...") stays
            if let Some(&(s, e)) = line.kept.first() {
                if let Some(c) = DATELINE_PLAIN.captures(&input[s..e]) {
                    let letters = c["city"].chars().filter(|c| c.is_alphabetic()).count();
                    if letters >= 4 {
                        let dl = c.name("dl").expect("group");
                        line.dropped.push((s, s + dl.end(), RemovedKind::Byline));
                        line.kept[0] = (s + dl.end(), e);
                    }
                }
            }
            if line.dropped.len() > before {
                break;
            }
        }
    }

    /// Adds the names of a byline to `out.authors`; a name that is an agency sets the agency.
    fn add_names(&self, out: &mut Cleaned, names: &str) {
        for name in names.split([',', '&']).flat_map(|p| p.split(" and ")) {
            let name = name.trim().trim_start_matches("By ").trim();
            if name.is_empty() {
                continue;
            }
            if self
                .agencies
                .iter()
                .any(|(_, all)| all.iter().any(|a| a == name))
            {
                out.agency.get_or_insert_with(|| self.agency_name(name));
            } else if !out.authors.iter().any(|a| a == name) {
                out.authors.push(name.to_string());
            }
        }
    }
}

/// A line that reads as a plain-text article's headline rather than its first paragraph: one
/// piece, at most 20 words, not ending as a sentence or a quotation does.
fn is_headline_like(input: &str, line: &Line) -> bool {
    let [(s, e)] = line.kept[..] else {
        return false;
    };
    let text = input[s..e].trim_end();
    !text.is_empty()
        && text.split_whitespace().count() <= 20
        && !text.ends_with([
            '.', '!', '?', ':', ';', ',', '"', '\u{201d}', '\u{2019}', ')',
        ])
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum LineKind {
    Blank,
    Image,
    Title,
    Body,
    Caption,
    Dropped,
}

#[derive(Debug)]
struct Line {
    /// Input ranges to keep, in order.
    kept: Vec<(usize, usize)>,
    /// Input ranges dropped, with why.
    dropped: Vec<(usize, usize, RemovedKind)>,
    kind: LineKind,
    after_image: bool,
}

impl Line {
    fn drop_all(&mut self, kind: RemovedKind) {
        for (s, e) in self.kept.drain(..) {
            self.dropped.push((s, e, kind));
        }
        self.kind = LineKind::Dropped;
    }
}

fn is_space(c: char) -> bool {
    c.is_whitespace()
        || matches!(
            c,
            '\u{200B}' | '\u{200C}' | '\u{200D}' | '\u{2060}' | '\u{FEFF}'
        )
}

/// Characters dropped from kept text: zero-width marks and soft hyphens.
fn is_invisible(c: char) -> bool {
    matches!(
        c,
        '\u{200B}' | '\u{200C}' | '\u{200D}' | '\u{2060}' | '\u{FEFF}' | '\u{00AD}'
    )
}

/// The kept text of a line with whitespace normalized, for matching.
fn normalized(input: &str, kept: &[(usize, usize)]) -> String {
    let mut s = String::new();
    for &(a, b) in kept {
        if !s.is_empty() {
            s.push(' ');
        }
        let mut space = false;
        for c in input[a..b].chars() {
            if is_invisible(c) {
                continue;
            }
            if is_space(c) {
                space = true;
            } else {
                if space && !s.is_empty() {
                    s.push(' ');
                }
                space = false;
                s.push(c);
            }
        }
    }
    s
}

/// A cheap test before the credit regex: does the end of the line hold a word a photo credit
/// starts with, a `/` (`REUTERS/Name`) or a closing parenthesis (`(AFP)`)?
fn may_end_in_credit(line: &str) -> bool {
    let tail = &line.as_bytes()[line.len().saturating_sub(100)..];
    tail.contains(&b'/')
        || tail.ends_with(b")")
        || tail.windows(3).any(|w| {
            let w = [
                w[0].to_ascii_lowercase(),
                w[1].to_ascii_lowercase(),
                w[2].to_ascii_lowercase(),
            ];
            matches!(&w, b"pho" | b"pic" | b"ima" | b"cre")
        })
}

/// A short line right after an image is its caption.
fn mark_captions(lines: &mut [Line]) {
    let mut after_image = false;
    for line in lines.iter_mut() {
        match line.kind {
            LineKind::Image => after_image = true,
            LineKind::Blank => {}
            LineKind::Body if after_image => {
                line.after_image = true;
                let words: usize = line.kept.iter().map(|&(a, b)| b - a).sum::<usize>() / 6;
                if words <= 40 {
                    line.kind = LineKind::Caption;
                }
                after_image = false;
            }
            _ => after_image = false,
        }
    }
}

/// Key for duplicate detection: a hash (FNV-1a) of the lowercase letters and digits, and
/// how many there are.
fn dup_key(input: &str, kept: &[(usize, usize)]) -> (u64, usize) {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    let mut n = 0;
    let mut eat = |c: u32| {
        h = (h ^ c as u64).wrapping_mul(0x0100_0000_01b3);
        n += 1;
    };
    for &(a, b) in kept {
        for c in input[a..b].chars() {
            if c.is_ascii() {
                if c.is_ascii_alphanumeric() {
                    eat(c.to_ascii_lowercase() as u32);
                }
            } else if c.is_alphanumeric() {
                c.to_lowercase().for_each(|l| eat(l as u32));
            }
        }
    }
    (h, n)
}

/// Repeated paragraphs and captions are kept once.
fn dedupe(input: &str, lines: &mut [Line]) {
    let mut seen: Vec<((u64, usize), LineKind)> = Vec::new();
    for line in lines.iter_mut() {
        if !matches!(line.kind, LineKind::Body | LineKind::Caption) {
            continue;
        }
        let key = dup_key(input, &line.kept);
        if key.1 < 12 {
            continue;
        }
        if let Some((_, kind)) = seen.iter().find(|(k, _)| *k == key) {
            let kind = if *kind == LineKind::Caption || line.kind == LineKind::Caption {
                RemovedKind::Caption
            } else {
                RemovedKind::Duplicate
            };
            // a repeat of a caption is the caption, even without its credit
            line.drop_all(kind);
            // drop the repeat's credit too, under the same kind
            for d in line.dropped.iter_mut() {
                if d.2 == RemovedKind::Byline {
                    d.2 = kind;
                }
            }
        } else {
            seen.push((key, line.kind));
        }
    }
    // a line repeating a caption that followed it is also a caption (`caption |` then `caption`)
}

/// Builds the cleaned text, paragraphs, removed list and source map from analysed lines.
fn assemble(input: &str, lines: &[Line], out: &mut Cleaned) {
    let mut para_start: Option<(usize, SentenceKind)> = None;
    let mut prev_kept: Option<usize> = None; // index of the previous line with kept text
    for (i, line) in lines.iter().enumerate() {
        for (s, e, kind) in merged_drops(input, &line.dropped) {
            out.removed.push(Removed {
                kind,
                text: input[s..e].to_string(),
                start: s,
                end: e,
            });
        }
        let kind = match line.kind {
            LineKind::Body => SentenceKind::Body,
            LineKind::Caption => SentenceKind::Caption,
            LineKind::Title => SentenceKind::Title,
            LineKind::Blank => {
                if let Some((ps, k)) = para_start.take() {
                    out.paragraphs.push((Span::new(ps, out.text.len()), k));
                }
                continue;
            }
            LineKind::Image | LineKind::Dropped => continue,
        };
        let joins = match (para_start, prev_kept) {
            (Some((_, pk)), Some(p))
                if pk == kind && p + 1 == i && kind != SentenceKind::Caption =>
            {
                wrap_continues(input, &lines[p], line)
            }
            _ => false,
        };
        if joins {
            out.text.push(' ');
        } else {
            if let Some((ps, k)) = para_start.take() {
                out.paragraphs.push((Span::new(ps, out.text.len()), k));
            }
            if !out.text.is_empty() {
                out.text.push('\n');
            }
            para_start = Some((out.text.len(), kind));
        }
        for (j, &(s, e)) in line.kept.iter().enumerate() {
            if j > 0 {
                out.text.push(' ');
            }
            copy_normalized(input, s, e, &mut out.text, &mut out.map);
        }
        prev_kept = Some(i);
    }
    if let Some((ps, k)) = para_start.take() {
        out.paragraphs.push((Span::new(ps, out.text.len()), k));
    }
    // empty paragraphs can arise when a line's kept text was all invisible characters
    out.paragraphs.retain(|(s, _)| !s.is_empty());
}

/// A line's dropped pieces in order, with neighbours merged: pieces separated only by
/// whitespace or pipes merge when they have the same kind, and table residue (`|`) joins the
/// piece beside it.
fn merged_drops(
    input: &str,
    dropped: &[(usize, usize, RemovedKind)],
) -> Vec<(usize, usize, RemovedKind)> {
    let residue = |s: usize, e: usize| input[s..e].chars().all(|c| c == '|' || is_space(c));
    let mut sorted = dropped.to_vec();
    sorted.sort_by_key(|d| d.0);
    let mut out: Vec<(usize, usize, RemovedKind)> = Vec::new();
    for (s, e, kind) in sorted {
        if let Some(last) = out.last_mut() {
            if last.1 <= s && residue(last.1, s) {
                if residue(s, e) {
                    last.1 = e;
                    continue;
                }
                if residue(last.0, last.1) || last.2 == kind {
                    if residue(last.0, last.1) {
                        last.2 = kind;
                    }
                    last.1 = e;
                    continue;
                }
            }
        }
        out.push((s, e, kind));
    }
    // trim whitespace at the edges and drop pieces that hold nothing
    out.into_iter()
        .filter_map(|(s, e, k)| {
            let t = &input[s..e];
            let s2 = s + (t.len() - t.trim_start().len());
            let e2 = s + t.trim_end().len();
            (s2 < e2).then_some((s2, e2, k))
        })
        .collect()
}

/// Whether `next` continues the paragraph of `prev` (a hard-wrapped line): `prev` does not end
/// a sentence and `next` starts in lowercase.
fn wrap_continues(input: &str, prev: &Line, next: &Line) -> bool {
    let (Some(&(_, pe)), Some(&(ns, _))) = (prev.kept.last(), next.kept.first()) else {
        return false;
    };
    let last = input[..pe].chars().next_back().unwrap_or('.');
    let first = input[ns..].chars().next().unwrap_or('A');
    !matches!(
        last,
        '.' | '!' | '?' | ':' | '"' | '”' | '’' | '\'' | ')' | ']'
    ) && (first.is_lowercase() || matches!(first, ',' | ';'))
}

/// Copies `input[s..e]` to `out` with runs of whitespace as one space and invisible characters
/// dropped, recording the source map.
fn copy_normalized(input: &str, s: usize, e: usize, out: &mut String, map: &mut SourceMap) {
    let text = &input[s..e];
    let bytes = text.as_bytes();
    // the character at `i` if it is whitespace or invisible, with its length
    let odd = |i: usize| -> Option<(bool, usize)> {
        let b = bytes[i];
        if b < 0x80 {
            return b
                .is_ascii_whitespace()
                .then_some((true, 1))
                .or((b == 0x0b).then_some((true, 1)));
        }
        let c = text[i..].chars().next()?;
        (is_space(c) || is_invisible(c)).then(|| (is_space(c), c.len_utf8()))
    };
    let mut run_start = 0; // start of the current verbatim run
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        // fast path: ordinary bytes, and a single plain space followed by an ordinary byte
        if b > b' ' && b < 0x80 {
            i += 1;
            continue;
        }
        if b == b' ' && i + 1 < bytes.len() && odd(i + 1).is_none() {
            i += 1;
            continue;
        }
        let Some((mut any_space, len)) = odd(i) else {
            // a non-ASCII character that is neither space nor invisible
            i += text[i..].chars().next().map_or(1, char::len_utf8);
            continue;
        };
        if run_start < i {
            map.push(out.len(), s + run_start, i - run_start, i - run_start);
            out.push_str(&text[run_start..i]);
        }
        let mut j = i + len;
        while j < bytes.len() {
            match odd(j) {
                Some((sp, l)) => {
                    any_space |= sp;
                    j += l;
                }
                None => break,
            }
        }
        if any_space {
            map.push(out.len(), s + i, 1, j - i);
            out.push(' ');
        } else {
            map.push(out.len(), s + i, 0, j - i);
        }
        run_start = j;
        i = j;
    }
    if run_start < bytes.len() {
        map.push(
            out.len(),
            s + run_start,
            bytes.len() - run_start,
            bytes.len() - run_start,
        );
        out.push_str(&text[run_start..]);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn clean(s: &str) -> Cleaned {
        Cleaner::default().clean(s, None)
    }

    #[test]
    fn image_markup_and_repeated_caption() {
        let input = "First paragraph here.\n![]() |\nA man at a press conference in Moscow on 21/8. Photo: AFP |\nA man at a press conference in Moscow on 21/8. Photo: AFP\nLast paragraph.";
        let c = clean(input);
        assert_eq!(c.text, "First paragraph here.\nA man at a press conference in Moscow on 21/8.\nLast paragraph.");
        let kinds: Vec<_> = c.paragraphs.iter().map(|p| p.1).collect();
        assert_eq!(
            kinds,
            [
                SentenceKind::Body,
                SentenceKind::Caption,
                SentenceKind::Body
            ]
        );
        let removed: Vec<_> = c
            .removed
            .iter()
            .map(|r| (r.kind, r.text.as_str()))
            .collect();
        assert_eq!(
            removed,
            [
                (RemovedKind::Image, "![]() |"),
                (RemovedKind::Byline, "Photo: AFP |"),
                (
                    RemovedKind::Caption,
                    "A man at a press conference in Moscow on 21/8. Photo: AFP"
                ),
            ]
        );
        for r in &c.removed {
            assert_eq!(&input[r.start..r.end], r.text);
        }
    }

    #[test]
    fn byline_on_own_line_and_glued() {
        let own = clean("Moscow said the agenda was not yet ready.\nHuyen Le (Reuters)");
        assert_eq!(own.text, "Moscow said the agenda was not yet ready.");
        assert_eq!(own.authors, ["Huyen Le"]);
        assert_eq!(own.agency.as_deref(), Some("Reuters"));
        let glued = clean("Moscow said the agenda was not yet ready.Huyen Le (Reuters)");
        assert_eq!(glued.text, "Moscow said the agenda was not yet ready.");
        assert_eq!(glued.authors, ["Huyen Le"]);
        assert_eq!(glued.agency.as_deref(), Some("Reuters"));
        assert_eq!(glued.removed[0].text, "Huyen Le (Reuters)");
        let by =
            clean("By Jane Smith and John Doe, Associated Press\nThe talks resumed on Monday.");
        assert_eq!(by.authors, ["Jane Smith", "John Doe"]);
        assert_eq!(by.agency.as_deref(), Some("AP"));
        assert_eq!(by.text, "The talks resumed on Monday.");
    }

    #[test]
    fn reuters_trailer_and_dateline() {
        let c = clean("KYIV, June 24 (Reuters) - Ukraine said on Tuesday it had repelled an attack.\n(Reporting by Olena Harmash in Kyiv; Editing by Peter Graff)");
        assert_eq!(c.text, "Ukraine said on Tuesday it had repelled an attack.");
        assert_eq!(c.agency.as_deref(), Some("Reuters"));
        assert_eq!(c.authors, ["Olena Harmash"]);
        assert_eq!(c.removed[0].text, "KYIV, June 24 (Reuters) -");
        // the date may carry a year, in either order
        for (line, dateline) in [
            (
                "LONDON, 24 June 2024 (AFP) - Britain said it would act.",
                "LONDON, 24 June 2024 (AFP) -",
            ),
            (
                "WASHINGTON, Sept. 3, 2025 (Reuters) - The Senate voted.",
                "WASHINGTON, Sept. 3, 2025 (Reuters) -",
            ),
        ] {
            let c = clean(line);
            assert_eq!(c.removed[0].text, dateline);
            assert!(
                !c.text.contains("(Reuters)") && !c.text.contains("(AFP)"),
                "{}",
                c.text
            );
        }
    }

    #[test]
    fn a_dateline_after_a_plain_text_headline() {
        for (input, dateline, agency) in [
            (
                "Iran rejects demand to halt enrichment\n\nTEHRAN (Reuters) - Iran's foreign minister rejected the demand on Sunday.",
                "TEHRAN (Reuters) -",
                Some("Reuters"),
            ),
            (
                "Ceasefire holds in southern Lebanon as talks resume\nBEIRUT, March 3 (AFP) - The truce held overnight.",
                "BEIRUT, March 3 (AFP) -",
                Some("AFP"),
            ),
            (
                "Floods displace thousands in Pakistan's Sindh province\n\nKARACHI: Heavy rain flooded villages on Monday.",
                "KARACHI:",
                None,
            ),
        ] {
            let c = clean(input);
            assert_eq!(c.removed.len(), 1, "{:?}", c.removed);
            assert_eq!(c.removed[0].text, dateline);
            assert_eq!(c.agency.as_deref(), agency);
            assert!(!c.text.contains(dateline), "{}", c.text);
        }
        // after a first paragraph that ends as a sentence, the second paragraph keeps its opening
        let input = "The talks ended on Sunday.\n\nWASHINGTON (Reuters) - More talks are planned.";
        let c = clean(input);
        assert!(c.removed.is_empty(), "{:?}", c.removed);
        assert!(c.text.contains("WASHINGTON (Reuters) -"), "{}", c.text);
    }

    #[test]
    fn datelines_without_an_agency() {
        for (line, dateline, text) in [
            (
                "GAZA CITY, Palestinian Territories: Four children were killed on Friday.",
                "GAZA CITY, Palestinian Territories:",
                "Four children were killed on Friday.",
            ),
            (
                "ISLAMABAD: The government announced new measures on Monday.",
                "ISLAMABAD:",
                "The government announced new measures on Monday.",
            ),
            (
                "KYIV, Ukraine — Russia launched a drone attack overnight.",
                "KYIV, Ukraine —",
                "Russia launched a drone attack overnight.",
            ),
        ] {
            let c = clean(line);
            assert_eq!(c.text, text);
            assert_eq!(c.removed[0].text, dateline);
        }
        // a short acronym, a capitalised first word and a heading in mixed case are no datelines
        for line in [
            "UN: Russia must withdraw its troops.",
            "Kyiv: a city under fire since February.",
            "The minister said: We will act.",
        ] {
            let c = clean(line);
            assert_eq!(c.text, line);
            assert!(c.removed.is_empty(), "{:?}", c.removed);
        }
    }

    #[test]
    fn boilerplate_lines() {
        let c = clean("Advertisement\nAccessibility links\nThe minister resigned on Friday.\nSign up for our newsletter\nWe use cookies to improve your experience. Accept all cookies\nShare this article");
        assert_eq!(c.text, "The minister resigned on Friday.");
        assert_eq!(c.removed.len(), 5);
        assert!(c.removed.iter().all(|r| r.kind == RemovedKind::Boilerplate));
    }

    #[test]
    fn repeated_paragraph_and_odd_whitespace() {
        let input = "The\u{a0}talks  ended\tearly.\u{200b}\n\nThe talks ended early.\n";
        let c = clean(input);
        assert_eq!(c.text, "The talks ended early.");
        assert_eq!(c.removed.len(), 1);
        assert_eq!(c.removed[0].kind, RemovedKind::Duplicate);
        // the map leads every cleaned offset back to the same character in the input
        let t = c.text.find("ended").unwrap();
        assert_eq!(&input[c.map.to_input(t)..c.map.to_input(t) + 5], "ended");
        let e = c.text.find("early").unwrap();
        assert_eq!(&input[c.map.to_input(e)..c.map.to_input(e) + 5], "early");
    }

    #[test]
    fn hard_wrapped_lines_join() {
        let c = clean("The minister said the talks\nwould resume on Monday.\nA second paragraph.");
        assert_eq!(
            c.text,
            "The minister said the talks would resume on Monday.\nA second paragraph."
        );
        assert_eq!(c.paragraphs.len(), 2);
    }

    #[test]
    fn body_sentences_are_not_bylines() {
        let c = clean("By the end of the year the army had withdrawn from the city and its suburbs entirely.\nPutin (Russia) spoke.");
        assert_eq!(c.removed.len(), 0, "{:?}", c.removed);
    }
}
