//! Recognition: finds temporal expressions in a sentence's words and says what each means
//! ([`Sem`]), before any calendar arithmetic. Normalization against the publication date is
//! in `normalize.rs`.
//!
//! The recognizer is a hand-written grammar over tokens. At each word that can begin an
//! expression it tries every rule and keeps the longest match; matches do not overlap and are
//! taken left to right. Spans follow TimeML: modifiers that change the meaning are inside
//! (`early`, `the end of`, `more than`, `ago`, `the past`), prepositions are outside (`on`,
//! `in`, `at`), except the signal words of ranges (`since`, `from ... to`, `between ... and`),
//! which make the range.

use acta_core::calendar::month_number;

use super::lexicon::{Lexicon, Unit};
use super::words::W;

/// Which year a month, season or quarter without one is in.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) enum YearRef {
    Explicit(i32),
    /// Relative to the anchor's year: 0 this year, -1 last year, 1 next year.
    Rel(i32),
    /// Inferred from the anchor and the tense of the clause.
    Infer,
}

/// `last Friday`, `next May`, `this spring`, or none of them.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) enum Rel {
    Infer,
    Last,
    This,
    Next,
}

/// What an expression means.
#[derive(Clone, Debug, PartialEq)]
pub(crate) enum Sem {
    /// A day of a month: `21 August`, `Aug. 21, 2025`, `2025-08-21`.
    Day {
        y: YearRef,
        m: u32,
        d: u32,
    },
    /// A numeric date whose order (day/month) is decided later: `3/4`, `7/8/07`. The year is
    /// (value, written with two digits).
    Numeric {
        a: u32,
        b: u32,
        y: Option<(i32, bool)>,
    },
    Month {
        y: YearRef,
        m: u32,
        rel: Rel,
    },
    Weekday {
        wd: u32,
        rel: Rel,
    },
    /// Today, yesterday, tomorrow: days from the anchor.
    DayOffset(i64),
    /// This / last / next week, month, quarter, year, decade...: units from the anchor's.
    RelUnit {
        unit: Unit,
        n: i32,
    },
    /// `three days ago`: the anchor minus n units.
    Ago {
        n: u32,
        unit: Unit,
    },
    /// `the day`, `the same day`, `the following day`: days from the last day mentioned.
    Anaphoric {
        days: i64,
    },
    /// `three days later`, `a year earlier`: units from the last date mentioned.
    Shift {
        n: i32,
        unit: Unit,
    },
    Quarter {
        q: i8,
        y: YearRef,
    },
    /// `the last week of March`: n-th week (-1: the last) of a month.
    WeekOfMonth {
        n: i8,
        m: u32,
        y: YearRef,
    },
    /// `the weekend`: the last one or the next one, by the tense.
    TheWeekend,
    /// `the same period last year`: the period last mentioned, `years` years away.
    SamePeriod {
        years: i32,
    },
    /// `at that time`: the date last mentioned.
    ThatTime,
    /// A day named with its weekday (`Black Monday`, `Good Friday`): a date, but which one
    /// the words do not say.
    NamedDay,
    Half {
        h: i8,
        y: YearRef,
    },
    Season {
        s: &'static str,
        y: YearRef,
        rel: Rel,
    },
    Year(i32),
    /// A year written with two digits and an apostrophe (`'82`): century from the anchor.
    ShortYear(i32),
    FiscalYear(i32),
    /// A decade by its first three digits (199 for the 1990s).
    Decade(i32),
    /// A decade written with two digits (`the '90s`): century from the anchor.
    ShortDecade(i32),
    /// A century by its first two digits (19 for the 20th century).
    Century(i32),
    /// `PRESENT_REF`, `PAST_REF`, `FUTURE_REF`.
    Ref(&'static str),
    /// n units; `None` for an unknown number (`several years`).
    Duration {
        n: Option<f64>,
        unit: Unit,
    },
    /// A frequency, as its TIMEX3 value (`P1Y`, `XXXX-WXX-1`).
    Set(String),
    /// A clock time on a day (`None`: the day the sentence is about).
    Time {
        h: u32,
        m: u32,
        utc: bool,
        day: Option<Box<Sem>>,
    },
    /// Part of a day: `this morning`, `Friday night`, `tonight`.
    PartOfDay {
        code: &'static str,
        day: Box<Sem>,
    },
    /// `since X` (to the anchor), `from X to Y`, `between X and Y`.
    Range {
        from: Box<Sem>,
        from_mod: Option<&'static str>,
        to: Option<Box<Sem>>,
    },
}

impl Sem {
    /// A numeric date whose day/month order may need deciding.
    pub(crate) fn is_numeric(&self) -> bool {
        match self {
            Sem::Numeric { .. } => true,
            Sem::Range { from, to, .. } => {
                from.is_numeric() || to.as_ref().is_some_and(|t| t.is_numeric())
            }
            _ => false,
        }
    }

    /// True when the value depends on the tense of the clause (a year or a weekday to
    /// choose): only then is the tense worked out.
    pub(crate) fn needs_tense(&self) -> bool {
        match self {
            Sem::Day { y, .. }
            | Sem::Quarter { y, .. }
            | Sem::Half { y, .. }
            | Sem::WeekOfMonth { y, .. } => *y == YearRef::Infer,
            Sem::Month { y, rel, .. } | Sem::Season { y, rel, .. } => {
                *y == YearRef::Infer && *rel == Rel::Infer
            }
            Sem::Numeric { y, .. } => y.is_none(),
            Sem::Weekday { rel, .. } => *rel == Rel::Infer,
            Sem::TheWeekend => true,
            Sem::PartOfDay { day, .. } => day.needs_tense(),
            Sem::Time { day, .. } => day.as_ref().is_some_and(|d| d.needs_tense()),
            Sem::Range { from, to, .. } => {
                from.needs_tense() || to.as_ref().is_some_and(|t| t.needs_tense())
            }
            _ => false,
        }
    }
}

/// A recognised expression: words `s..e` of the sentence.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Found {
    pub s: usize,
    pub e: usize,
    pub sem: Sem,
    /// TIMEX3 `mod`: START, MID, END, MORE_THAN, LESS_THAN, APPROX, EQUAL_OR_MORE,
    /// EQUAL_OR_LESS.
    pub modifier: Option<&'static str>,
}

impl Found {
    fn new(s: usize, e: usize, sem: Sem) -> Found {
        Found {
            s,
            e,
            sem,
            modifier: None,
        }
    }
    fn with_mod(mut self, m: Option<&'static str>) -> Found {
        if m.is_some() {
            self.modifier = m;
        }
        self
    }
}

/// The most words an expression has before its first trigger word ("at least two and a half
/// years": six).
const LEAD_WORDS: usize = 7;

/// Words after a number that make it a count, not a year.
const COUNTED: &[&str] = &[
    "%",
    "percent",
    "per",
    "people",
    "police",
    "staff",
    "personnel",
    "aircraft",
    "feet",
    "km",
    "kg",
    "mw",
    "gw",
    "sq",
    "square",
    "cubic",
    "metric",
    "million",
    "billion",
    "thousand",
    "hundred",
    "times",
    "x",
    "more",
    "fewer",
    "other",
    "new",
    "men",
    "women",
    "children",
    "crore",
    "lakh",
    "mph",
    "kph",
    "ft",
    "m",
    "mm",
    "cm",
];

/// Words before a number that make it an amount or a label, not a year.
const NOT_YEAR_BEFORE: &[&str] = &[
    "$",
    "€",
    "£",
    "¥",
    "us$",
    "no.",
    "no",
    "number",
    "#",
    "flight",
    "route",
    "model",
    "page",
    "pages",
    "room",
    "bus",
    "highway",
    "interstate",
    "resolution",
    "article",
    "section",
    "chapter",
    "vol.",
    "issue",
    "about",
    "nearly",
    "almost",
    "approximately",
    "roughly",
    "than",
    "some",
    "least",
    "over",
    "under",
    "around",
    "only",
    "just",
    "total",
    "totalling",
    "totaling",
    "additional",
    "another",
    "a",
    "an",
    "exactly",
    "up",
    "down",
    "rose",
    "fell",
    "cost",
    "costs",
    "paid",
    "pay",
    "score",
    "scored",
    "code",
    "boeing",
    "airbus",
    "a.d.",
];

/// Approximators and bounds in front of a duration: TIMEX3 `mod`.
fn duration_mod(ws: &[W], i: usize) -> Option<(usize, &'static str)> {
    let w = |k: usize| ws.get(k).map(|w| w.lw).unwrap_or("");
    Some(match (w(i), w(i + 1)) {
        ("more" | "longer", "than") => (i + 2, "MORE_THAN"),
        ("less" | "fewer" | "shorter", "than") => (i + 2, "LESS_THAN"),
        ("at", "least") => (i + 2, "EQUAL_OR_MORE"),
        ("up", "to") => (i + 2, "EQUAL_OR_LESS"),
        ("at", "most") => (i + 2, "EQUAL_OR_LESS"),
        ("just", "over") | ("just", "under") | ("well", "over") => (
            i + 2,
            if w(i + 1) == "over" {
                "MORE_THAN"
            } else {
                "LESS_THAN"
            },
        ),
        ("over" | "beyond", _) => (i + 1, "MORE_THAN"),
        ("under", _) => (i + 1, "LESS_THAN"),
        ("nearly" | "almost" | "about" | "around" | "approximately" | "roughly" | "some", _) => {
            (i + 1, "APPROX")
        }
        _ => return None,
    })
}

/// The recognizer for one sentence.
pub(crate) struct Recognizer<'s, 'a> {
    pub ws: &'s [W<'a>],
    pub lex: &'a Lexicon,
}

impl<'s, 'a> Recognizer<'s, 'a> {
    fn w(&self, i: usize) -> &str {
        self.ws.get(i).map(|w| w.lw).unwrap_or("")
    }
    fn at(&self, i: usize) -> Option<&W<'a>> {
        self.ws.get(i)
    }
    fn prev(&self, i: usize) -> &str {
        if i == 0 {
            ""
        } else {
            self.ws[i - 1].lw
        }
    }

    /// Every expression in the sentence, left to right, not overlapping. Every expression
    /// holds a trigger word (a digit, a month, a unit, ...: see `words.rs`) no more than
    /// [`LEAD_WORDS`] words after its start, so only those starts are tried.
    pub(crate) fn all(&self, triggers: &[usize]) -> Vec<Found> {
        let mut out = Vec::new();
        let mut i = 0;
        for &t in triggers {
            if t < i {
                continue; // inside the last expression
            }
            // back from the trigger over words that can come before one in an expression
            // ("more than three years", "the beginning of the year")
            let floor = i.max(t.saturating_sub(LEAD_WORDS));
            let mut k = t;
            while k > floor && self.can_lead(k - 1) {
                k -= 1;
            }
            while k <= t {
                match self.longest(k) {
                    Some(f) if f.e > k && f.e > f.s => {
                        k = f.e;
                        i = f.e;
                        out.push(f);
                    }
                    _ => k += 1,
                }
            }
        }
        out
    }

    /// A word that can stand before the trigger word of an expression: a word an expression
    /// can begin with, or one of its inner words (`than`, `of`, `beginning`, ...).
    fn can_lead(&self, i: usize) -> bool {
        let w = &self.ws[i];
        if matches!(w.lw, "," | "-" | "–") {
            return true;
        }
        let e = w.entry(self.lex);
        e.start || e.inner || self.can_start(i)
    }

    /// The longest expression starting at word `i`.
    fn longest(&self, i: usize) -> Option<Found> {
        if !self.can_start(i) {
            return None;
        }
        let mut best: Option<Found> = None;
        let mut take = |f: Option<Found>| {
            if let Some(f) = f {
                if best.as_ref().is_none_or(|b| f.e > b.e) {
                    best = Some(f);
                }
            }
        };
        take(self.range(i));
        take(self.point(i));
        best
    }

    fn can_start(&self, i: usize) -> bool {
        let w = &self.ws[i];
        let b = w.lw.as_bytes();
        w.entry(self.lex).start
            || b.first().is_some_and(|c| c.is_ascii_digit() || *c == b'\'')
            || w.lw.starts_with("mid-")
            || w.lw.starts_with("fy")
            || (b.len() == 2 && b[1].is_ascii_digit())
    }

    // ---------------------------------------------------------------- ranges

    fn range(&self, i: usize) -> Option<Found> {
        match self.w(i) {
            "since" => {
                let x = self.point(i + 1)?;
                if !is_point(&x.sem) {
                    return None;
                }
                // TimeML leaves the signal out of the span: `since [2014]`
                Some(Found::new(
                    i + 1,
                    x.e,
                    Sem::Range {
                        from: Box::new(x.sem),
                        from_mod: x.modifier,
                        to: None,
                    },
                ))
            }
            "from" | "between" => {
                let x = self.point(i + 1)?;
                let joiner = if self.w(i) == "from" {
                    &["to", "until", "till", "through", "-", "–"][..]
                } else {
                    &["and", "-", "–"][..]
                };
                if !is_point(&x.sem) || !joiner.contains(&self.w(x.e)) {
                    return None;
                }
                let y = self.point(x.e + 1)?;
                if !is_point(&y.sem) {
                    return None;
                }
                Some(Found::new(
                    i,
                    y.e,
                    Sem::Range {
                        from: Box::new(x.sem),
                        from_mod: x.modifier,
                        to: Some(Box::new(y.sem)),
                    },
                ))
            }
            _ => None,
        }
    }

    // ---------------------------------------------------------------- points

    /// Everything but ranges; the longest rule wins.
    fn point(&self, i: usize) -> Option<Found> {
        if i >= self.ws.len() {
            return None;
        }
        let cands = [
            self.modified(i),
            self.calendar(i),
            self.relative(i),
            self.quantity(i),
            self.quarter_half(i),
            self.season(i),
            self.decade_century(i),
            self.clock(i),
            self.reference(i),
            self.set(i),
        ];
        cands
            .into_iter()
            .flatten()
            .fold(None, |best: Option<Found>, f| match best {
                Some(b) if b.e >= f.e => Some(b),
                _ => Some(f),
            })
    }

    /// `early September`, `mid-2011`, `late last year`, `the end of this year`, `the beginning
    /// of the year`, `earlier this month`, `later today`.
    fn modified(&self, i: usize) -> Option<Found> {
        let (j, m) = match (self.w(i), self.w(i + 1), self.w(i + 2), self.w(i + 3)) {
            ("early", ..) => (i + 1, Some("START")),
            ("late", ..) => (i + 1, Some("END")),
            ("mid", "-", ..) => (i + 2, Some("MID")),
            ("mid", ..) => (i + 1, Some("MID")),
            ("the", "very", "beginning" | "start", "of") => (i + 4, Some("START")),
            ("the", "beginning" | "start" | "dawn" | "outset", "of", _) => (i + 3, Some("START")),
            ("the", "end" | "close", "of", _) => (i + 3, Some("END")),
            ("the", "middle", "of", _) => (i + 3, Some("MID")),
            ("earlier" | "later", ..) => (i + 1, None),
            _ => return None,
        };
        let earlier_later = matches!(self.w(i), "earlier" | "later");
        // "late in the day", "earlier in the day": the day the story is about
        if (earlier_later || m.is_some_and(|m| m != "MID"))
            && self.w(j) == "in"
            && self.w(j + 1) == "the"
            && self.w(j + 2) == "day"
        {
            let m = if earlier_later { None } else { m };
            return Some(Found::new(i, j + 3, Sem::Anaphoric { days: 0 }).with_mod(m));
        }
        // "the year", "the month", "the week" only after a modifier: the anchor's
        if matches!(m, Some("START" | "END"))
            && self.w(j) == "the"
            && self.w(j + 1) == "day"
            && self.w(i) == "the"
        {
            return Some(Found::new(i, j + 2, Sem::Anaphoric { days: 0 }).with_mod(m));
        }
        let target = match (self.w(j), self.w(j + 1)) {
            ("the", "year" | "month" | "week" | "decade" | "century")
                if m.is_some() || earlier_later =>
            {
                let unit = self.ws[j + 1].lex.unit?;
                let sem = if unit == Unit::Day {
                    Sem::DayOffset(0)
                } else {
                    Sem::RelUnit { unit, n: 0 }
                };
                Some(Found::new(j, j + 2, sem))
            }
            ("in", "the") if earlier_later => match self.w(j + 2) {
                "year" | "month" | "week" => {
                    let unit = self.ws[j + 2].lex.unit?;
                    Some(Found::new(j, j + 3, Sem::RelUnit { unit, n: 0 }))
                }
                _ => None,
            },
            _ => None,
        };
        let target = target.or_else(|| {
            [
                self.calendar(j),
                self.relative(j),
                self.season(j),
                self.decade_century(j),
                self.quarter_half(j),
            ]
            .into_iter()
            .flatten()
            .filter(|f| {
                matches!(
                    f.sem,
                    Sem::Day { .. }
                        | Sem::Month { .. }
                        | Sem::Year(_)
                        | Sem::RelUnit { .. }
                        | Sem::Season { .. }
                        | Sem::Decade(_)
                        | Sem::ShortDecade(_)
                        | Sem::Century(_)
                        | Sem::DayOffset(_)
                        | Sem::Weekday { .. }
                        | Sem::Quarter { .. }
                        | Sem::Half { .. }
                        | Sem::FiscalYear(_)
                )
            })
            .max_by_key(|f| f.e)
        })?;
        if earlier_later {
            // "earlier this year", "later today": the period itself
            if !matches!(target.sem, Sem::RelUnit { n: 0, .. } | Sem::DayOffset(0)) {
                return None;
            }
            return Some(Found::new(i, target.e, target.sem));
        }
        if matches!(target.sem, Sem::Weekday { .. } | Sem::Day { .. }) && m == Some("MID") {
            return None;
        }
        // "early" alone before a bare number is not a date ("early 30s" is an age)
        Some(Found::new(i, target.e, target.sem).with_mod(m))
    }

    /// Explicit calendar dates: month names with days and years, numeric dates, years,
    /// weekdays.
    fn calendar(&self, i: usize) -> Option<Found> {
        let w = self.at(i)?;
        // "Black Monday", "Good Friday"
        if w.lex.named_day && w.cap() {
            if let Some(n) = self.at(i + 1) {
                if n.lex.weekday != 0 && n.cap() {
                    return Some(Found::new(i, i + 2, Sem::NamedDay));
                }
            }
        }
        // Weekday, optionally followed by a date: "Friday, Aug. 21"
        if w.lex.weekday != 0 && self.weekday_ok(i) {
            // "Black Monday", "Super Tuesday", "Good Friday": names of days, not weekdays
            if i > 0 && self.ws[i - 1].lex.named_day && self.ws[i - 1].cap() {
                return None; // the name is matched from its first word
            }
            let mut j = i + 1;
            if self.w(j) == "," {
                j += 1;
            }
            if let Some(d) = self.month_day(j).or_else(|| self.numeric_date(j, true)) {
                if matches!(d.sem, Sem::Day { .. } | Sem::Numeric { .. }) {
                    return Some(Found::new(i, d.e, d.sem));
                }
            }
            // "Friday morning"
            if let Some(pod) = self.at(i + 1).and_then(|n| n.lex.part_of_day) {
                return Some(Found::new(
                    i,
                    i + 2,
                    Sem::PartOfDay {
                        code: pod,
                        day: Box::new(Sem::Weekday {
                            wd: w.lex.weekday as u32,
                            rel: Rel::Infer,
                        }),
                    },
                ));
            }
            return Some(Found::new(
                i,
                i + 1,
                Sem::Weekday {
                    wd: w.lex.weekday as u32,
                    rel: Rel::Infer,
                },
            ));
        }
        if let Some(f) = self.month_day(i) {
            return Some(f);
        }
        if let Some(f) = self.numeric_date(i, false) {
            return Some(f);
        }
        // "the 21st of August"
        if w.is("the") {
            if let Some(f) = self.month_day(i + 1) {
                if matches!(f.sem, Sem::Day { .. })
                    && self.at(i + 1).is_some_and(|d| d.day().is_some())
                {
                    return Some(Found::new(i, f.e, f.sem));
                }
            }
        }
        // "fiscal 2025", "fiscal year 2025", "FY2025", "FY 2025", "FY25"
        if w.is("fiscal") {
            let j = if self.w(i + 1) == "year" {
                i + 2
            } else {
                i + 1
            };
            if let Some(y) = self.at(j).and_then(W::four_digits) {
                return Some(Found::new(i, j + 1, Sem::FiscalYear(y)));
            }
        }
        if let Some(rest) = w.lw.strip_prefix("fy") {
            let y = if rest.is_empty() {
                self.at(i + 1).and_then(W::four_digits).map(|y| (y, i + 2))
            } else if rest.len() == 4 && rest.bytes().all(|b| b.is_ascii_digit()) {
                rest.parse().ok().map(|y| (y, i + 1))
            } else if rest.len() == 2 && rest.bytes().all(|b| b.is_ascii_digit()) {
                rest.parse::<i32>().ok().map(|y| (2000 + y, i + 1))
            } else {
                None
            };
            if let Some((y, e)) = y {
                return Some(Found::new(i, e, Sem::FiscalYear(y)));
            }
        }
        // "mid-August", "mid-2011" (one token)
        if let Some(rest) = w.lw.strip_prefix("mid-") {
            return self.mid_token(i, rest);
        }
        // "'82"
        if let Some(rest) = w.lw.strip_prefix('\'') {
            if rest.len() == 2 && rest.bytes().all(|b| b.is_ascii_digit()) {
                let yy: i32 = rest.parse().ok()?;
                if i > 0 && self.is_name_word(i - 1) {
                    return None; // "iLife '11": a version
                }
                return Some(Found::new(i, i + 1, Sem::ShortYear(yy)));
            }
        }
        if let Some(y) = w.four_digits() {
            if self.year_ok(i, y) {
                return Some(Found::new(i, i + 1, Sem::Year(y)));
            }
        }
        None
    }

    /// `mid-August`, `mid-2011`, `mid-1990s` as one token.
    fn mid_token(&self, i: usize, rest: &str) -> Option<Found> {
        if let Some(m) = month_number(rest) {
            // "mid-September 2025"
            if let Some(y) = self.at(i + 1).and_then(W::four_digits) {
                return Some(
                    Found::new(
                        i,
                        i + 2,
                        Sem::Month {
                            y: YearRef::Explicit(y),
                            m,
                            rel: Rel::Infer,
                        },
                    )
                    .with_mod(Some("MID")),
                );
            }
            return Some(
                Found::new(
                    i,
                    i + 1,
                    Sem::Month {
                        y: YearRef::Infer,
                        m,
                        rel: Rel::Infer,
                    },
                )
                .with_mod(Some("MID")),
            );
        }
        if rest.len() == 4 && rest.bytes().all(|b| b.is_ascii_digit()) {
            let y: i32 = rest.parse().ok()?;
            return Some(Found::new(i, i + 1, Sem::Year(y)).with_mod(Some("MID")));
        }
        if let Some(d) = decade_word(rest) {
            return Some(Found::new(i, i + 1, d).with_mod(Some("MID")));
        }
        None
    }

    /// Month-name dates: `Aug. 21`, `August 21st, 2025`, `21 August 2025`, `21st of August`,
    /// `August 2025`, `May of 2008`, `October`.
    fn month_day(&self, i: usize) -> Option<Found> {
        let w = self.at(i)?;
        if w.lex.month != 0 && (w.cap() || self.all_caps(i)) {
            let m = w.lex.month as u32;
            // Month Day [,] [Year]
            if let Some(d) = self.at(i + 1).and_then(W::day) {
                // not "May 5,000" (a count) — a day is followed by no digits group
                let mut e = i + 2;
                let mut y = YearRef::Infer;
                let k = if self.w(e) == "," { e + 1 } else { e };
                if let Some(yy) = self.at(k).and_then(W::four_digits) {
                    if (1000..2200).contains(&yy) {
                        y = YearRef::Explicit(yy);
                        e = k + 1;
                    }
                }
                if self.at(i + 1).is_some_and(|x| x.ndig() > 0)
                    && self.at(i + 2).is_some_and(|x| x.lw == ",")
                    && self.at(i + 3).is_some_and(|x| x.ndig() == 3)
                {
                    return None;
                }
                return Some(Found::new(i, e, Sem::Day { y, m, d }));
            }
            // Month [of|,] Year; Month of next year
            let k = if matches!(self.w(i + 1), "of" | ",") {
                i + 2
            } else {
                i + 1
            };
            if let Some(y) = self.at(k).and_then(W::four_digits) {
                if (1000..2200).contains(&y) {
                    return Some(Found::new(
                        i,
                        k + 1,
                        Sem::Month {
                            y: YearRef::Explicit(y),
                            m,
                            rel: Rel::Infer,
                        },
                    ));
                }
            }
            if self.w(i + 1) == "of" {
                if let Some((y @ YearRef::Rel(_), e)) = self.year_ref(i + 2) {
                    return Some(Found::new(
                        i,
                        e,
                        Sem::Month {
                            y,
                            m,
                            rel: Rel::Infer,
                        },
                    ));
                }
            }
            if self.month_alone_ok(i) {
                return Some(Found::new(
                    i,
                    i + 1,
                    Sem::Month {
                        y: YearRef::Infer,
                        m,
                        rel: Rel::Infer,
                    },
                ));
            }
            return None;
        }
        // Day [of] Month [Year]
        let d = w.day()?;
        let j = if self.w(i + 1) == "of" { i + 2 } else { i + 1 };
        let mw = self.at(j)?;
        if mw.lex.month == 0 || !(mw.cap() || self.all_caps(j)) {
            return None;
        }
        let m = mw.lex.month as u32;
        let (y, e) = match self.at(j + 1).and_then(W::four_digits) {
            Some(y) if (1000..2200).contains(&y) => (YearRef::Explicit(y), j + 2),
            _ => (YearRef::Infer, j + 1),
        };
        Some(Found::new(i, e, Sem::Day { y, m, d }))
    }

    /// A word of a name: letters with a capital, not the first word of the sentence, not a
    /// word the lexicon knows (months, weekdays, seasons).
    fn is_name_word(&self, i: usize) -> bool {
        let w = &self.ws[i];
        i > 0
            && w.is_alpha()
            && !w.known
            && w.text.chars().any(char::is_uppercase)
            && !matches!(
                w.lw,
                "on" | "by"
                    | "until"
                    | "till"
                    | "since"
                    | "last"
                    | "next"
                    | "this"
                    | "from"
                    | "before"
                    | "after"
                    | "early"
                    | "late"
                    | "every"
                    | "each"
                    | "and"
                    | "or"
                    | "that"
                    | "of"
                    | "at"
                    | "in"
                    | "for"
                    | "to"
                    | "the"
                    | "a"
                    | "mid"
                    | "between"
                    | "during"
                    | "through"
                    | "past"
                    | "coming"
            )
    }

    fn all_caps(&self, i: usize) -> bool {
        self.ws[i].text.chars().all(|c| !c.is_lowercase())
    }

    /// A month name standing alone is a month when it is written in full and capitalised, not
    /// a person's first name (`June Smith`), and — for `May` and `March`, which are also verbs —
    /// after a word that leads dates (`in May`, `since March`). Abbreviations never stand
    /// alone.
    fn month_alone_ok(&self, i: usize) -> bool {
        let w = &self.ws[i];
        if month_number(w.lw).is_none() {
            return false;
        }
        if let Some(n) = self.at(i + 1) {
            if n.cap() && n.is_alpha() && n.lex.month == 0 && !self.all_caps(i) {
                return false;
            }
        }
        if matches!(w.lw, "may" | "march") {
            let p = self.prev(i);
            return matches!(
                p,
                "in" | "since"
                    | "until"
                    | "till"
                    | "by"
                    | "of"
                    | "early"
                    | "late"
                    | "mid"
                    | "last"
                    | "next"
                    | "this"
                    | "from"
                    | "through"
                    | "before"
                    | "after"
                    | "during"
                    | "between"
                    | "and"
                    | "to"
                    | "-"
                    | "end"
                    | "beginning"
                    | "start"
            );
        }
        true
    }

    /// Abbreviated weekdays (`Sun`, `Wed`, `Sat`) are also words: only before a date or a
    /// comma. Full names must be capitalised.
    fn weekday_ok(&self, i: usize) -> bool {
        let w = &self.ws[i];
        if !w.cap() {
            return false;
        }
        if w.lw.len() <= 5 && !w.lw.ends_with("day") {
            return self.month_day(i + 1).is_some()
                || self.month_day(i + 2).is_some() && self.w(i + 1) == ","
                || self.numeric_date(i + 1, true).is_some();
        }
        true
    }

    /// Numeric dates: `2025-08-21`, `21/08/2025`, `7/8/07`, `21.08.2025`; `21/8` only after a
    /// word that leads dates (`on 21/8`) or a weekday.
    fn numeric_date(&self, i: usize, after_weekday: bool) -> Option<Found> {
        let w = self.at(i)?;
        let b = w.lw.as_bytes();
        if b.is_empty() || !b[0].is_ascii_digit() || w.ndig() > 0 {
            return None;
        }
        let sep = *b.iter().find(|c| !c.is_ascii_digit())?;
        if !matches!(sep, b'/' | b'-' | b'.') {
            return None;
        }
        let parts: Vec<&str> = w.lw.split(sep as char).collect();
        if parts
            .iter()
            .any(|p| p.is_empty() || !p.bytes().all(|c| c.is_ascii_digit()))
        {
            return None;
        }
        let n = |k: usize| parts[k].parse::<u32>().ok();
        match (parts.len(), parts[0].len()) {
            (3, 4) if sep != b'.' => {
                let (y, m, d) = (n(0)? as i32, n(1)?, n(2)?);
                if (1..=12).contains(&m) && (1..=31).contains(&d) && parts[1].len() <= 2 {
                    return Some(Found::new(
                        i,
                        i + 1,
                        Sem::Day {
                            y: YearRef::Explicit(y),
                            m,
                            d,
                        },
                    ));
                }
                None
            }
            (3, 1 | 2) => {
                let (a, bb, ylen) = (n(0)?, n(1)?, parts[2].len());
                if parts[1].len() > 2 || !(ylen == 2 || ylen == 4) {
                    return None;
                }
                if ylen == 2 && sep != b'/' {
                    return None;
                }
                let y = (n(2)? as i32, ylen == 2);
                valid_pair(a, bb).then(|| {
                    Found::new(
                        i,
                        i + 1,
                        Sem::Numeric {
                            a,
                            b: bb,
                            y: Some(y),
                        },
                    )
                })
            }
            (2, 1 | 2) if sep == b'/' && parts[1].len() <= 2 => {
                let (a, bb) = (n(0)?, n(1)?);
                let lead = after_weekday
                    || matches!(
                        self.prev(i),
                        "on" | "since"
                            | "until"
                            | "till"
                            | "from"
                            | "by"
                            | "before"
                            | "after"
                            | "dated"
                            | "to"
                            | "through"
                            | "and"
                            | "between"
                            | "-"
                            | "–"
                    ) && !matches!(self.w(i + 1), "of" | "%");
                (lead && valid_pair(a, bb))
                    .then(|| Found::new(i, i + 1, Sem::Numeric { a, b: bb, y: None }))
            }
            (2, 4) if sep == b'-' || sep == b'/' => {
                // "2009-2011": a range of years
                let (y1, y2) = (n(0)? as i32, n(1)?);
                if parts[1].len() == 4
                    && (1800..2200).contains(&y1)
                    && (y2 as i32) > y1
                    && (y2 as i32) - y1 <= 50
                {
                    return Some(Found::new(
                        i,
                        i + 1,
                        Sem::Range {
                            from: Box::new(Sem::Year(y1)),
                            from_mod: None,
                            to: Some(Box::new(Sem::Year(y2 as i32))),
                        },
                    ));
                }
                None
            }
            _ => None,
        }
    }

    /// A four-digit number is a year unless it is an amount, a count or a label.
    fn year_ok(&self, i: usize, y: i32) -> bool {
        if !(1000..2200).contains(&y) {
            return false;
        }
        let prev = self.prev(i);
        let lead = matches!(
            prev,
            "in" | "since"
                | "from"
                | "until"
                | "till"
                | "by"
                | "of"
                | "before"
                | "after"
                | "during"
                | "between"
                | "circa"
                | "to"
                | "through"
                | "and"
                | "early"
                | "late"
                | "mid"
                | "year"
                | "fiscal"
                | "spring"
                | "summer"
                | "autumn"
                | "fall"
                | "winter"
                | "-"
                | "–"
        );
        if y < 1900 && !lead {
            return false;
        }
        if NOT_YEAR_BEFORE.contains(&prev) || prev.ends_with('$') {
            return false;
        }
        // "Russell 2000 Index": inside a name (but "WWDC 2005" is a year)
        if i > 0
            && self.is_name_word(i - 1)
            && self
                .at(i + 1)
                .is_some_and(|n| n.cap() && n.is_alpha() && !n.known)
        {
            return false;
        }
        if let Some(n) = self.at(i + 1) {
            if n.ndig() > 0 || n.lw.starts_with(|c: char| c.is_ascii_digit()) {
                return false;
            }
            if COUNTED.contains(&n.lw) {
                return false;
            }
            if n.lex.unit.is_some() && !matches!(n.lw, "season") {
                return false;
            }
            // "2000 troops": a lowercase plural after the number, unless a preposition leads
            if !lead
                && n.is_alpha()
                && !n.cap()
                && n.lw.len() > 3
                && n.lw.ends_with('s')
                && !n.lw.ends_with("ss")
            {
                return false;
            }
        }
        true
    }

    /// today, yesterday, tomorrow (with a part of the day), tonight, this/last/next + unit,
    /// weekday, month or season, the day / the same day, N units ago / later / earlier.
    fn relative(&self, i: usize) -> Option<Found> {
        let w = self.at(i)?;
        if let Some(d) = w.lex.deixis {
            let day = Sem::DayOffset(d as i64);
            if let Some(pod) = self.at(i + 1).and_then(|n| n.lex.part_of_day) {
                return Some(Found::new(
                    i,
                    i + 2,
                    Sem::PartOfDay {
                        code: pod,
                        day: Box::new(day),
                    },
                ));
            }
            return Some(Found::new(i, i + 1, day));
        }
        if w.lex.tonight {
            return Some(Found::new(
                i,
                i + 1,
                Sem::PartOfDay {
                    code: "NI",
                    day: Box::new(Sem::DayOffset(0)),
                },
            ));
        }
        // "the" + relative word + unit: "the past week", "the following day"
        let (k, the) = if w.is("the") {
            (i + 1, true)
        } else {
            (i, false)
        };
        let rel = match (self.w(k), self.w(k + 1)) {
            ("this", "past") => Some((k + 2, -1, false)),
            ("this" | "current", _) => Some((k + 1, 0, false)),
            ("last" | "past" | "previous", _) => Some((k + 1, -1, false)),
            ("next" | "coming" | "upcoming", _) => Some((k + 1, 1, false)),
            ("following", _) => Some((k + 1, 1, true)),
            ("same", _) if the => Some((k + 1, 0, true)),
            _ => None,
        };
        if let Some((j, n, anaphoric)) = rel {
            if let Some(f) = self.relative_target(i, j, n, anaphoric, the) {
                return Some(f);
            }
        }
        // "the same period last year", "the same month a year ago"
        if w.is("the") && self.w(i + 1) == "same" {
            if let Some(f) = self.same_period(i) {
                return Some(f);
            }
        }
        // "by that time", "at that time": the date last mentioned
        if w.is("that")
            && self.w(i + 1) == "time"
            && matches!(
                self.prev(i),
                "at" | "by" | "until" | "since" | "before" | "after"
            )
        {
            return Some(Found::new(i, i + 2, Sem::ThatTime));
        }
        if w.is("the") && self.w(i + 1) == "weekend" {
            return Some(Found::new(i, i + 2, Sem::TheWeekend));
        }
        // "the day", "that day": the day last mentioned
        if (w.is("the") || w.is("that")) && self.w(i + 1) == "day" {
            let next = self.at(i + 2);
            let (days, e) = match self.w(i + 2) {
                "before" if self.at(i + 3).is_none_or(W::is_punct) => (-1, i + 3),
                "after" if self.at(i + 3).is_none_or(W::is_punct) => (1, i + 3),
                _ => (0, i + 2),
            };
            let ok = e > i + 2
                || next.is_none_or(|n| {
                    n.is_punct() && !matches!(n.lw, "'s" | "-")
                        || matches!(
                            n.lw,
                            "on" | "in"
                                | "at"
                                | "and"
                                | "but"
                                | "as"
                                | "with"
                                | "for"
                                | "to"
                                | "amid"
                                | "after"
                                | "up"
                                | "down"
                                | "higher"
                                | "lower"
                                | "flat"
                                | "unchanged"
                        )
                });
            if ok {
                return Some(Found::new(i, e, Sem::Anaphoric { days }));
            }
        }
        // "last night"
        None
    }

    /// `the same period|month|quarter|week|day|time [of] last year | a year ago | a year
    /// earlier | the previous year | the year before`.
    fn same_period(&self, i: usize) -> Option<Found> {
        if !matches!(
            self.w(i + 2),
            "period" | "month" | "quarter" | "week" | "day" | "time" | "season"
        ) {
            return None;
        }
        let j = if self.w(i + 3) == "of" { i + 4 } else { i + 3 };
        let e = match (self.w(j), self.w(j + 1), self.w(j + 2)) {
            ("last" | "previous", "year", _) => j + 2,
            ("the", "last" | "previous" | "prior", "year") => j + 3,
            ("a" | "one", "year", "ago" | "earlier" | "before") => j + 3,
            ("the", "year", "before") => j + 3,
            _ => return None,
        };
        Some(Found::new(i, e, Sem::SamePeriod { years: -1 }))
    }

    /// What follows `this` / `last` / `next` / `the following` / `the same`.
    fn relative_target(
        &self,
        i: usize,
        j: usize,
        n: i32,
        anaphoric: bool,
        the: bool,
    ) -> Option<Found> {
        let t = self.at(j)?;
        let rel = match n {
            -1 => Rel::Last,
            0 => Rel::This,
            _ => Rel::Next,
        };
        if let Some(unit) = t.lex.unit {
            // "last year", "next week", "the past decade", "this weekend"
            if t.lw.ends_with('s') {
                // plural: "the coming months", "the past years" — vague durations, or
                // "the past three years" (handled by quantity)
                // ("may last months" is a verb)
                if the || n != 0 && self.w(j - 1) != "last" {
                    return Some(Found::new(i, j + 1, Sem::Duration { n: None, unit }));
                }
                return None;
            }
            if unit.is_clock() {
                return None;
            }
            if anaphoric {
                if unit == Unit::Day {
                    return Some(Found::new(i, j + 1, Sem::Anaphoric { days: n as i64 }));
                }
                if n == 0 {
                    return None;
                }
                return Some(Found::new(i, j + 1, Sem::Shift { n, unit }));
            }
            if unit == Unit::Day {
                // "the next day" / "the previous day": relative to the story's day
                if the && n != 0 {
                    return Some(Found::new(i, j + 1, Sem::Anaphoric { days: n as i64 }));
                }
                return None;
            }
            // "over the past year" is a duration, "the past year" a date
            let lead = self.prev(i);
            let past = self.w(j - 1) == "past";
            if the
                && n == -1
                && (matches!(lead, "over" | "throughout" | "for" | "within")
                    || lead == "in" && past)
            {
                return Some(Found::new(i, j + 1, Sem::Duration { n: Some(1.0), unit }));
            }
            return Some(Found::new(i, j + 1, Sem::RelUnit { unit, n }));
        }
        if anaphoric {
            return None;
        }
        if t.lex.weekday != 0 && t.cap() {
            if let Some(pod) = self.at(j + 1).and_then(|x| x.lex.part_of_day) {
                return Some(Found::new(
                    i,
                    j + 2,
                    Sem::PartOfDay {
                        code: pod,
                        day: Box::new(Sem::Weekday {
                            wd: t.lex.weekday as u32,
                            rel,
                        }),
                    },
                ));
            }
            return Some(Found::new(
                i,
                j + 1,
                Sem::Weekday {
                    wd: t.lex.weekday as u32,
                    rel,
                },
            ));
        }
        if t.lex.month != 0 && t.cap() && (t.lw.len() > 3 || t.lw == "may") {
            return Some(Found::new(
                i,
                j + 1,
                Sem::Month {
                    y: YearRef::Infer,
                    m: t.lex.month as u32,
                    rel,
                },
            ));
        }
        if let Some(s) = t.lex.season {
            return Some(Found::new(
                i,
                j + 1,
                Sem::Season {
                    s,
                    y: YearRef::Infer,
                    rel,
                },
            ));
        }
        if let Some(pod) = t.lex.part_of_day {
            // "this morning", "last night"
            let day = match (n, pod) {
                (0, _) => Sem::DayOffset(0),
                (-1, "NI") => Sem::DayOffset(-1),
                _ => return None,
            };
            if the {
                return None;
            }
            return Some(Found::new(
                i,
                j + 1,
                Sem::PartOfDay {
                    code: pod,
                    day: Box::new(day),
                },
            ));
        }
        None
    }

    /// Numbers of units: durations (`three years`, `more than three years`, `the past nine
    /// days`, `a three-year deal`), and dates counted from the anchor (`three days ago`) or
    /// from the last date mentioned (`two days later`).
    fn quantity(&self, i: usize) -> Option<Found> {
        // "the past/last/next/coming/previous/first N units"
        let (j, the_rel) = match (self.w(i), self.w(i + 1)) {
            ("the", "past" | "last" | "next" | "coming" | "previous" | "first" | "following") => {
                (i + 2, true)
            }
            ("past" | "last" | "next" | "previous" | "coming" | "first", _) => (i + 1, true),
            _ => (i, false),
        };
        let (j, m) = match duration_mod(self.ws, j) {
            Some((k, m)) if !the_rel && self.number(k).is_some() => (k, Some(m)),
            _ => (j, None),
        };
        let Some((k, n)) = self.number(j) else {
            return self.bare_units(i, j, m);
        };
        // optional adjectives: "six straight days", "five trading days"
        let mut u = k;
        if self.w(u) == "-" {
            u += 1;
        }
        while matches!(
            self.w(u),
            "straight"
                | "consecutive"
                | "full"
                | "more"
                | "trading"
                | "working"
                | "business"
                | "calendar"
                | "successive"
                | "long"
        ) {
            u += 1;
        }
        let unit_w = self.at(u)?;
        let unit = unit_w.lex.unit?;
        if k == j + 1 && self.ws[j].is_any(&["a", "an"]) && unit_w.lw.ends_with('s') {
            return None;
        }
        // "a quarter of the vote", "three quarters of them": fractions
        if unit == Unit::Quarter
            && u == k
            && self.w(u + 1) == "of"
            && matches!(self.w(j), "a" | "an" | "one" | "three")
        {
            return None;
        }
        // "a second attempt", "a second consecutive day": an ordinal
        if unit == Unit::Second
            && unit_w.lw == "second"
            && self.at(u + 1).is_some_and(|x| {
                !x.is_punct()
                    && !matches!(
                        x.lw,
                        "ago" | "later" | "earlier" | "before" | "after" | "and" | "or"
                    )
            })
        {
            return None;
        }
        if the_rel && n.is_none() && !self.ws[j].lex.vague {
            return None;
        }
        // "a year" after "once", "twice", "N times", "per": a frequency
        if k == j + 1
            && self.ws[j].is_any(&["a", "an"])
            && matches!(self.prev(j), "once" | "twice" | "times" | "thrice")
        {
            return Some(Found::new(j, u + 1, Sem::Set(period(Some(1.0), unit))));
        }
        let mut e = u + 1;
        let n_int = n.filter(|x| x.fract() == 0.0).map(|x| x as u32);
        match self.w(e) {
            "ago" if !the_rel => {
                let sem = match n {
                    Some(x) => Sem::Ago {
                        n: x.round() as u32,
                        unit,
                    },
                    None => Sem::Ref("PAST_REF"),
                };
                return Some(Found::new(i, e + 1, sem).with_mod(m));
            }
            "earlier" | "later" | "before" | "after" if !the_rel && !unit.is_clock() => {
                let sign = if matches!(self.w(e), "earlier" | "before") {
                    -1
                } else {
                    1
                };
                let bare = matches!(self.w(e), "before" | "after");
                if !bare || self.at(e + 1).is_none_or(W::is_punct) {
                    if let Some(n) = n_int {
                        return Some(
                            Found::new(
                                i,
                                e + 1,
                                Sem::Shift {
                                    n: sign * n as i32,
                                    unit,
                                },
                            )
                            .with_mod(m),
                        );
                    }
                }
            }
            _ => {}
        }
        // "12-year-old": an age; the duration without "-old"
        if self.w(e) == "-" && self.w(e + 1) == "old" || self.w(e) == "old" {
            e = u + 1;
        }
        Some(Found::new(i, e, Sem::Duration { n, unit }).with_mod(m))
    }

    /// Plural units without a number: `for years`, `decades-long`, `over months`.
    fn bare_units(&self, i: usize, j: usize, m: Option<&'static str>) -> Option<Found> {
        let w = self.at(j)?;
        let unit = w.lex.unit?;
        if !w.lw.ends_with('s') || w.lw == "seconds" || j != i {
            return None;
        }
        let lead = matches!(
            self.prev(j),
            "for" | "over" | "within" | "lasting" | "spanning"
        ) || self.w(j + 1) == "-" && self.w(j + 2) == "long";
        // "decades-long": the adjective is one expression
        let e = if self.w(j + 1) == "-" && self.w(j + 2) == "long" {
            j + 3
        } else {
            j + 1
        };
        lead.then(|| Found::new(i, e, Sem::Duration { n: None, unit }).with_mod(m))
    }

    /// A number: digits (`3`, `2.5`, `1,000`), words (`three`, `twenty-five`, `a`),
    /// `and a half`, or an unknown number (`several`, `a few`). Returns the end and the value.
    fn number(&self, i: usize) -> Option<(usize, Option<f64>)> {
        let w = self.at(i)?;
        let (mut e, mut v) = if let Some(n) = w.num() {
            if w.ndig() > 4 {
                return None;
            }
            (i + 1, Some(n as f64))
        } else if w.lw.bytes().next().is_some_and(|b| b.is_ascii_digit()) {
            let clean: String = w.lw.chars().filter(|&c| c != ',').collect();
            let v: f64 = clean.parse().ok()?;
            (i + 1, Some(v))
        } else if w.lex.number != 0 {
            let mut v = w.lex.number;
            let mut e = i + 1;
            // "twenty-five", "twenty five", "two hundred"
            let ones = |k: usize| {
                self.at(k)
                    .map(|x| x.lex.number)
                    .filter(|&n| (1..=9).contains(&n))
            };
            if (20..=90).contains(&v) {
                if self.w(e) == "-" {
                    if let Some(o) = ones(e + 1) {
                        v += o;
                        e += 2;
                    }
                } else if let Some(o) = ones(e) {
                    v += o;
                    e += 1;
                }
            }
            if self.w(e) == "hundred" && v < 100 {
                v *= 100;
                e += 1;
            }
            (e, Some(v as f64))
        } else if w.is_any(&["a", "an"]) {
            match (self.w(i + 1), self.w(i + 2)) {
                ("few" | "couple", "of") => (
                    i + 3,
                    if self.w(i + 1) == "few" {
                        None
                    } else {
                        Some(2.0)
                    },
                ),
                ("few", _) => (i + 2, None),
                ("couple", _) => (i + 2, Some(2.0)),
                ("dozen", _) => (i + 2, Some(12.0)),
                ("half", _) => (i + 2, Some(0.5)),
                _ => (i + 1, Some(1.0)),
            }
        } else if w.lex.vague {
            let e = if self.w(i + 1) == "of" { i + 2 } else { i + 1 };
            (e, None)
        } else {
            return None;
        };
        // "two and a half years"
        if v.is_some() && self.w(e) == "and" && self.w(e + 1) == "a" && self.w(e + 2) == "half" {
            v = v.map(|x| x + 0.5);
            e += 3;
        }
        Some((e, v))
    }

    /// Quarters and halves: `the first quarter of 2009`, `the fourth quarter`,
    /// `third-quarter`, `Q3 2025`, `the second half of the year`, `H1`.
    fn quarter_half(&self, i: usize) -> Option<Found> {
        let w = self.at(i)?;
        // Q3, Q3 2025, H1
        let b = w.lw.as_bytes();
        if b.len() == 2 && (b[0] == b'q' || b[0] == b'h') && w.cap() && b[1].is_ascii_digit() {
            let n = (b[1] - b'0') as i8;
            let (y, e) = self.year_ref(i + 1).unwrap_or((YearRef::Infer, i + 1));
            return match b[0] {
                b'q' if (1..=4).contains(&n) => Some(Found::new(i, e, Sem::Quarter { q: n, y })),
                b'h' if (1..=2).contains(&n) => Some(Found::new(i, e, Sem::Half { h: n, y })),
                _ => None,
            };
        }
        let j = if w.is("the") { i + 1 } else { i };
        let o = self.at(j)?;
        let ord = match (o.lex.ordinal, o.lw) {
            (0, "last") => -1,
            (0, _) => return None,
            (n, _) => n,
        };
        let mut k = j + 1;
        if self.w(k) == "-" {
            k += 1;
        }
        let unit = self.w(k);
        // "the last week of March", "the first week of June 2025"
        if unit == "week" && self.w(k + 1) == "of" {
            if let Some(f) = self.month_day(k + 2) {
                if let Sem::Month { y, m, .. } = f.sem {
                    return Some(Found::new(i, f.e, Sem::WeekOfMonth { n: ord, m, y }));
                }
            }
            return None;
        }
        let is_quarter = unit == "quarter";
        if !is_quarter && unit != "half" {
            return None;
        }
        // "the last quarter" without a year: the quarter before the anchor's
        let (y, e) = match self.w(k + 1) {
            "of" | "," => match self.year_ref(k + 2) {
                Some((y, e)) => (y, e),
                None => (YearRef::Infer, k + 1),
            },
            _ => match self.year_ref(k + 1) {
                Some((y @ YearRef::Explicit(_), e)) => (y, e),
                _ => (YearRef::Infer, k + 1),
            },
        };
        if ord == -1 && o.lw == "last" && y == YearRef::Infer {
            let unit = if is_quarter {
                Unit::Quarter
            } else {
                Unit::Half
            };
            return Some(Found::new(i, e, Sem::RelUnit { unit, n: -1 }));
        }
        let n = if ord == -1 {
            if is_quarter {
                4
            } else {
                2
            }
        } else {
            ord
        };
        if is_quarter && !(1..=4).contains(&n) || !is_quarter && !(1..=2).contains(&n) {
            return None;
        }
        Some(Found::new(
            i,
            e,
            if is_quarter {
                Sem::Quarter { q: n, y }
            } else {
                Sem::Half { h: n, y }
            },
        ))
    }

    /// A year, possibly relative: `2009`, `this year`, `last year`, `the year`, `the previous
    /// year`, `fiscal 2025`.
    fn year_ref(&self, i: usize) -> Option<(YearRef, usize)> {
        match (self.w(i), self.w(i + 1)) {
            ("this" | "the" | "current", "year") => Some((YearRef::Rel(0), i + 2)),
            ("last" | "previous" | "past", "year") => Some((YearRef::Rel(-1), i + 2)),
            ("the", "previous" | "last" | "past") if self.w(i + 2) == "year" => {
                Some((YearRef::Rel(-1), i + 3))
            }
            ("next" | "coming", "year") => Some((YearRef::Rel(1), i + 2)),
            ("fiscal", _) => {
                let j = if self.w(i + 1) == "year" {
                    i + 2
                } else {
                    i + 1
                };
                self.at(j)
                    .and_then(W::four_digits)
                    .map(|y| (YearRef::Explicit(y), j + 1))
            }
            _ => self
                .at(i)
                .and_then(W::four_digits)
                .filter(|y| (1000..2200).contains(y))
                .map(|y| (YearRef::Explicit(y), i + 1)),
        }
    }

    /// Seasons: `spring`, `this summer`, `autumn 2025`, `the spring of 2009`, `last fall`.
    fn season(&self, i: usize) -> Option<Found> {
        let j = if self.w(i) == "the" { i + 1 } else { i };
        let w = self.at(j)?;
        let s = w.lex.season?;
        // "Arab Spring", "Prague Spring": a name
        if j > 0
            && self.ws[j - 1].cap()
            && self.ws[j - 1].is_alpha()
            && j - 1 > 0
            && self.ws[j - 1].lex.month == 0
        {
            return None;
        }
        let (y, e) = match (self.w(j + 1), self.at(j + 1).and_then(W::four_digits)) {
            (_, Some(y)) => (YearRef::Explicit(y), j + 2),
            ("of", _) => match self.at(j + 2).and_then(W::four_digits) {
                Some(y) => (YearRef::Explicit(y), j + 3),
                None => (YearRef::Infer, j + 1),
            },
            _ => (YearRef::Infer, j + 1),
        };
        if w.lw == "fall" {
            // "fall" is mostly a verb or a decline: only "in the fall", "fall 2025"
            let ok = matches!(y, YearRef::Explicit(_))
                || j > i
                    && self.prev(i) == "in"
                    && self.at(j + 1).is_none_or(|n| n.is_punct() || n.lw == "and");
            if !ok {
                return None;
            }
        }
        if j > i
            && y == YearRef::Infer
            && !matches!(
                self.prev(i),
                "in" | "during" | "by" | "over" | "until" | "through" | "since"
            )
        {
            return None;
        }
        if self.w(e) == "of" || self.w(e) == "-" {
            return None;
        }
        Some(Found::new(
            i,
            e,
            Sem::Season {
                s,
                y,
                rel: Rel::Infer,
            },
        ))
    }

    /// Decades and centuries: `the 1990s`, `the '90s`, `the 70s`, `the 20th century`.
    fn decade_century(&self, i: usize) -> Option<Found> {
        let the = self.w(i) == "the";
        let j = if the { i + 1 } else { i };
        let w = self.at(j)?;
        if let Some(d) = decade_word(w.lw) {
            // "70s" needs "the" or an apostrophe (else it may be an age: "in his 70s")
            let short = matches!(d, Sem::ShortDecade(_));
            let listed = matches!(self.prev(j), "and" | "or" | "to" | "-")
                && j >= 2
                && decade_word(self.ws[j - 2].lw).is_some();
            if short && !the && !w.lw.starts_with('\'') && !listed {
                return None;
            }
            return Some(Found::new(i, j + 1, d));
        }
        if self.w(j + 1) == "century" {
            let c = match w.lex.ordinal {
                n if n > 0 => n as i32,
                _ => {
                    let digits = w.lw.trim_end_matches(|c: char| c.is_ascii_alphabetic());
                    let suffix = &w.lw[digits.len()..];
                    if digits.is_empty() || !matches!(suffix, "st" | "nd" | "rd" | "th") {
                        match w.lw {
                            "twentieth" => 20,
                            "twenty-first" => 21,
                            "nineteenth" => 19,
                            "eighteenth" => 18,
                            _ => return None,
                        }
                    } else {
                        digits.parse().ok()?
                    }
                }
            };
            if !(1..=30).contains(&c) {
                return None;
            }
            return Some(Found::new(i, j + 2, Sem::Century(c - 1)));
        }
        None
    }

    /// Clock times: `18:00 UTC`, `6:40 p.m.`, `10 a.m.`, `0800 GMT`, `noon`, with a day after
    /// them (`12:00 UTC Monday`, `16:00 UTC today`).
    fn clock(&self, i: usize) -> Option<Found> {
        let w = self.at(i)?;
        let (mut h, mut m, mut e) = if let Some((hh, mm)) = w.lw.split_once(':') {
            let mm = mm.trim_end_matches(|c: char| c.is_ascii_alphabetic() || c == '.');
            if hh.is_empty()
                || hh.len() > 2
                || mm.len() != 2
                || !hh.bytes().all(|b| b.is_ascii_digit())
                || !mm.bytes().all(|b| b.is_ascii_digit())
            {
                return None;
            }
            (hh.parse::<u32>().ok()?, mm.parse::<u32>().ok()?, i + 1)
        } else if w.ndig() == 4 && self.at(i + 1).is_some_and(|n| n.lex.tz.is_some()) {
            let n = w.num()?;
            (n / 100, n % 100, i + 1)
        } else if w.ndig() > 0
            && w.ndig() <= 2
            && matches!(self.w(i + 1), "a.m." | "p.m." | "am" | "pm")
        {
            (w.num()?, 0, i + 1)
        } else if matches!(w.lw, "noon" | "midday") {
            (12, 0, i + 1)
        } else if w.lw == "midnight" {
            (24, 0, i + 1)
        } else {
            return None;
        };
        let glued_pm = w.lw.ends_with("pm") || w.lw.ends_with("p.m.");
        let glued_am = w.lw.ends_with("am") || w.lw.ends_with("a.m.");
        match self.w(e) {
            "a.m." | "am" => e += 1,
            "p.m." | "pm" => {
                e += 1;
                if h < 12 {
                    h += 12;
                }
            }
            _ if glued_pm && h < 12 => h += 12,
            _ if glued_am && h == 12 => h = 0,
            _ => {}
        }
        if h > 24 || m > 59 {
            return None;
        }
        if h == 24 {
            m = 0;
        }
        let mut utc = false;
        if let Some(tz) = self.at(e).and_then(|x| x.lex.tz) {
            utc = tz;
            e += 1;
        }
        // a day right after: "12:00 UTC Monday", "16:00 UTC today"
        let mut day = None;
        if let Some(n) = self.at(e) {
            if n.lex.weekday != 0 && n.cap() {
                day = Some(Box::new(Sem::Weekday {
                    wd: n.lex.weekday as u32,
                    rel: Rel::Infer,
                }));
                e += 1;
            } else if let Some(d) = n.lex.deixis {
                day = Some(Box::new(Sem::DayOffset(d as i64)));
                e += 1;
            }
        }
        Some(Found::new(i, e, Sem::Time { h, m, utc, day }))
    }

    /// now, currently, recently, soon; recent (years); the past; the (near) future; the near
    /// / long / short term.
    fn reference(&self, i: usize) -> Option<Found> {
        let w = self.at(i)?;
        if let Some(r) = w.lex.reference {
            return Some(Found::new(i, i + 1, Sem::Ref(r)));
        }
        // "very soon", "more recently", "most recently"
        if matches!(w.lw, "very" | "more" | "most" | "quite" | "only") {
            if let Some(r) = self.at(i + 1).and_then(|n| n.lex.reference) {
                if r != "PRESENT_REF" {
                    return Some(Found::new(i, i + 2, Sem::Ref(r)));
                }
            }
        }
        if w.is("the") && self.w(i + 1) == "time" && self.w(i + 2) == "being" {
            return Some(Found::new(i, i + 3, Sem::Ref("PRESENT_REF")));
        }
        match (w.lw, self.w(i + 1), self.w(i + 2)) {
            ("recent", "years" | "months" | "weeks" | "days" | "decades", _) => {
                Some(Found::new(i, i + 2, Sem::Ref("PAST_REF")))
            }
            ("recent", ..) => Some(Found::new(i, i + 1, Sem::Ref("PAST_REF"))),
            ("the", "past", n)
                if self.at(i + 2).is_none_or(|x| {
                    x.is_punct()
                        || !(x.lex.unit.is_some()
                            || x.lex.number != 0
                            || x.lex.vague
                            || x.ndig() > 0
                            || matches!(n, "few" | "couple"))
                }) =>
            {
                Some(Found::new(i, i + 2, Sem::Ref("PAST_REF")))
            }
            ("the", "future", _) => Some(Found::new(i, i + 2, Sem::Ref("FUTURE_REF"))),
            ("the", "near" | "foreseeable" | "distant", "future") => {
                Some(Found::new(i, i + 3, Sem::Ref("FUTURE_REF")))
            }
            ("the", "near" | "short" | "long" | "medium", "term") => {
                Some(Found::new(i, i + 3, Sem::Ref("FUTURE_REF")))
            }
            _ => None,
        }
    }

    /// Frequencies: `annual`, `weekly`, `every year`, `each Monday`, `per year`.
    fn set(&self, i: usize) -> Option<Found> {
        let w = self.at(i)?;
        if let Some(p) = w.lex.set {
            return Some(Found::new(i, i + 1, Sem::Set(p.to_string())));
        }
        if w.is_any(&["every", "each", "per"]) {
            if let Some(wd) = self.at(i + 1).map(|x| x.lex.weekday).filter(|&d| d != 0) {
                return Some(Found::new(i, i + 2, Sem::Set(format!("XXXX-WXX-{wd}"))));
            }
            let (k, n) = match self.number(i + 1) {
                Some((k, n)) if self.at(k).is_some_and(|x| x.lex.unit.is_some()) => (k, n),
                _ => (i + 1, Some(1.0)),
            };
            let unit = self.at(k)?.lex.unit?;
            return Some(Found::new(i, k + 1, Sem::Set(period(n, unit))));
        }
        None
    }
}

/// Dates that can be range endpoints (not durations, sets or vague references).
fn is_point(s: &Sem) -> bool {
    !matches!(
        s,
        Sem::Duration { .. } | Sem::Set(_) | Sem::Ref(_) | Sem::Range { .. } | Sem::Time { .. }
    )
}

fn valid_pair(a: u32, b: u32) -> bool {
    (1..=31).contains(&a) && (1..=31).contains(&b) && (a <= 12 || b <= 12)
}

/// `1990s`, `1990's`, `'90s`, `90s`.
fn decade_word(w: &str) -> Option<Sem> {
    let core = w.strip_suffix("'s").or_else(|| w.strip_suffix('s'))?;
    let (apos, digits) = match core.strip_prefix('\'') {
        Some(d) => (true, d),
        None => (false, core),
    };
    if !digits.bytes().all(|b| b.is_ascii_digit()) || !digits.ends_with('0') {
        return None;
    }
    match digits.len() {
        4 if !apos => {
            let y: i32 = digits.parse().ok()?;
            (1000..2200).contains(&y).then_some(Sem::Decade(y / 10))
        }
        2 => Some(Sem::ShortDecade(digits.parse::<i32>().ok()? / 10)),
        _ => None,
    }
}

/// The TIMEX3 period of n units: `P1Y`, `P6M`, `PT30M`, `PXY`.
pub(crate) fn period(n: Option<f64>, unit: Unit) -> String {
    let num = |x: f64| {
        if x.fract() == 0.0 {
            format!("{}", x as i64)
        } else {
            format!("{x}")
        }
    };
    let (n, letter, time) = match unit {
        Unit::Day => (n, "D", false),
        Unit::Week => (n, "W", false),
        Unit::Weekend => (n, "WE", false),
        Unit::Month => (n, "M", false),
        Unit::Quarter => (n, "Q", false),
        Unit::Half => (n.map(|x| x * 6.0), "M", false),
        Unit::Year => (n, "Y", false),
        Unit::Decade => match n {
            Some(x) => (Some(x * 10.0), "Y", false),
            None => (None, "DE", false),
        },
        Unit::Century => match n {
            Some(x) => (Some(x * 100.0), "Y", false),
            None => (None, "CE", false),
        },
        Unit::Hour => (n, "H", true),
        Unit::Minute => (n, "M", true),
        Unit::Second => (n, "S", true),
    };
    let n = n.map(num).unwrap_or_else(|| "X".into());
    format!("P{}{n}{letter}", if time { "T" } else { "" })
}
