//! Normalization: from what an expression means ([`Sem`]) to a TIMEX3 value, against the
//! publication date (the anchor), the article's numeric date order and the tense of its
//! clause. All calendar arithmetic is `chrono`'s.

use acta_core::DateOrder;
use chrono::{Datelike, Days, IsoWeek, Months, NaiveDate, Weekday};

use super::lexicon::Unit;
use super::recognize::{period, Rel, Sem, YearRef};
use super::tense::Tense;

/// What normalization knows besides the expression.
pub(crate) struct Ctx {
    /// The publication date.
    pub anchor: Option<NaiveDate>,
    /// The same, written `YYYY-MM-DD` once for every expression that names it.
    pub anchor_text: Option<String>,
    pub order: Option<DateOrder>,
    /// The tense of the clause around the expression.
    pub tense: Tense,
    /// The last day-precision date mentioned before this expression in the document.
    pub last_day: Option<NaiveDate>,
    /// The last date of any precision mentioned before it: its period and value.
    pub last: Option<(P, String)>,
}

/// A normalized expression.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Norm {
    pub value: String,
    pub precision: Option<&'static str>,
    pub kind: &'static str,
    pub end_value: Option<String>,
    /// The date it was resolved against, when it needed one: the publication date, or for
    /// anaphora (`the day`, `two days later`) the date they refer back to.
    pub anchor: Option<String>,
    /// The calendar period of a date, for later anaphora.
    pub period: Option<P>,
}

/// A calendar period.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) enum P {
    Day(NaiveDate),
    Week(NaiveDate),
    Weekend(NaiveDate),
    Month(i32, u32),
    Quarter(i32, u32),
    Half(i32, u32),
    Season(i32, &'static str),
    Year(i32),
    Decade(i32),
    Century(i32),
}

/// `2025-09-03`.
pub(crate) fn iso(d: NaiveDate) -> String {
    format!("{:04}-{:02}-{:02}", d.year(), d.month(), d.day())
}

fn ymd(y: i32, m: u32, d: u32) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(y, m, d)
}

fn last_of_month(y: i32, m: u32) -> NaiveDate {
    let (ny, nm) = if m == 12 { (y + 1, 1) } else { (y, m + 1) };
    ymd(ny, nm, 1)
        .and_then(|d| d.pred_opt())
        .unwrap_or(NaiveDate::MAX)
}

fn week_value(w: IsoWeek) -> String {
    format!("{:04}-W{:02}", w.year(), w.week())
}

impl P {
    fn value(&self) -> String {
        match *self {
            P::Day(d) => iso(d),
            P::Week(d) => week_value(d.iso_week()),
            P::Weekend(d) => format!("{}-WE", week_value(d.iso_week())),
            P::Month(y, m) => format!("{y:04}-{m:02}"),
            P::Quarter(y, q) => format!("{y:04}-Q{q}"),
            P::Half(y, h) => format!("{y:04}-H{h}"),
            P::Season(y, s) => format!("{y:04}-{s}"),
            P::Year(y) => format!("{y:04}"),
            P::Decade(d) => format!("{d:03}"),
            P::Century(c) => format!("{c:02}"),
        }
    }
    fn precision(&self) -> &'static str {
        match self {
            P::Day(_) => "day",
            P::Week(_) | P::Weekend(_) => "week",
            P::Month(..) => "month",
            P::Quarter(..) => "quarter",
            P::Half(..) => "half",
            P::Season(..) => "season",
            P::Year(_) => "year",
            P::Decade(_) => "decade",
            P::Century(_) => "century",
        }
    }
    /// First and last day.
    pub(crate) fn bounds(&self) -> (NaiveDate, NaiveDate) {
        let year = |y: i32| {
            (
                ymd(y, 1, 1).unwrap_or(NaiveDate::MIN),
                ymd(y, 12, 31).unwrap_or(NaiveDate::MAX),
            )
        };
        match *self {
            P::Day(d) => (d, d),
            P::Week(d) => {
                let mon = d - Days::new(d.weekday().num_days_from_monday() as u64);
                (mon, mon + Days::new(6))
            }
            P::Weekend(d) => {
                let mon = d - Days::new(d.weekday().num_days_from_monday() as u64);
                (mon + Days::new(5), mon + Days::new(6))
            }
            P::Month(y, m) => (ymd(y, m, 1).unwrap_or(NaiveDate::MIN), last_of_month(y, m)),
            P::Quarter(y, q) => (
                ymd(y, 3 * q - 2, 1).unwrap_or(NaiveDate::MIN),
                last_of_month(y, 3 * q),
            ),
            P::Half(y, h) => (
                ymd(y, 6 * h - 5, 1).unwrap_or(NaiveDate::MIN),
                last_of_month(y, 6 * h),
            ),
            P::Season(y, s) => match s {
                "SP" => (ymd(y, 3, 1).unwrap_or(NaiveDate::MIN), last_of_month(y, 5)),
                "SU" => (ymd(y, 6, 1).unwrap_or(NaiveDate::MIN), last_of_month(y, 8)),
                "FA" => (ymd(y, 9, 1).unwrap_or(NaiveDate::MIN), last_of_month(y, 11)),
                _ => (
                    ymd(y, 12, 1).unwrap_or(NaiveDate::MIN),
                    last_of_month(y + 1, 2),
                ),
            },
            P::Year(y) => year(y),
            P::Decade(d) => (year(d * 10).0, year(d * 10 + 9).1),
            P::Century(c) => (year(c * 100).0, year(c * 100 + 99).1),
        }
    }
}

/// Chooses among candidate periods (one per year around the anchor's) by the tense: the
/// latest that has begun for the past, the earliest that has not ended for the future, the
/// nearest otherwise (on a tie, the earlier: news reports the past).
fn pick(cands: &[P], anchor: NaiveDate, tense: Tense) -> Option<P> {
    match tense {
        Tense::Past => cands
            .iter()
            .rev()
            .find(|p| p.bounds().0 <= anchor)
            .or(cands.first())
            .copied(),
        Tense::Future => cands
            .iter()
            .find(|p| p.bounds().1 >= anchor)
            .or(cands.last())
            .copied(),
        _ => cands
            .iter()
            .min_by_key(|p| {
                let (s, e) = p.bounds();
                if anchor < s {
                    (s - anchor).num_days()
                } else if anchor > e {
                    (anchor - e).num_days()
                } else {
                    0
                }
            })
            .copied(),
    }
}

/// Candidates for a period in the years around the anchor's.
fn around(anchor: NaiveDate, f: impl Fn(i32) -> Option<P>) -> Vec<P> {
    let y = anchor.year();
    (y - 1..=y + 1).filter_map(f).collect()
}

fn shift_months(d: NaiveDate, n: i32) -> NaiveDate {
    if n >= 0 {
        d.checked_add_months(Months::new(n as u32))
    } else {
        d.checked_sub_months(Months::new(n.unsigned_abs()))
    }
    .unwrap_or(d)
}

fn shift_days(d: NaiveDate, n: i64) -> NaiveDate {
    if n >= 0 {
        d.checked_add_days(Days::new(n as u64))
    } else {
        d.checked_sub_days(Days::new(n.unsigned_abs()))
    }
    .unwrap_or(d)
}

/// The period `n` units from `d`, at the unit's precision. Day and week counts give a day
/// ("a week ago" is the day seven days back), as news uses them.
fn offset(d: NaiveDate, n: i32, unit: Unit, day_weeks: bool) -> Option<P> {
    Some(match unit {
        Unit::Day => P::Day(shift_days(d, n as i64)),
        Unit::Week if day_weeks => P::Day(shift_days(d, 7 * n as i64)),
        Unit::Week => P::Week(shift_days(d, 7 * n as i64)),
        Unit::Weekend => P::Weekend(shift_days(d, 7 * n as i64)),
        Unit::Month => {
            let s = shift_months(d, n);
            P::Month(s.year(), s.month())
        }
        Unit::Quarter => {
            let s = shift_months(d, 3 * n);
            P::Quarter(s.year(), (s.month() - 1) / 3 + 1)
        }
        Unit::Half => {
            let s = shift_months(d, 6 * n);
            P::Half(s.year(), (s.month() - 1) / 6 + 1)
        }
        Unit::Year => P::Year(d.year() + n),
        Unit::Decade if day_weeks => P::Year(d.year() + 10 * n),
        Unit::Decade => P::Decade(d.year().div_euclid(10) + n),
        Unit::Century if day_weeks => P::Year(d.year() + 100 * n),
        Unit::Century => P::Century(d.year().div_euclid(100) + n),
        Unit::Hour | Unit::Minute | Unit::Second => P::Day(d),
    })
}

/// Placeholder values for a period that needs the anchor when there is none.
fn unknown(unit: Unit) -> (&'static str, &'static str) {
    match unit {
        Unit::Day | Unit::Hour | Unit::Minute | Unit::Second => ("XXXX-XX-XX", "day"),
        Unit::Week => ("XXXX-WXX", "week"),
        Unit::Weekend => ("XXXX-WXX-WE", "week"),
        Unit::Month => ("XXXX-XX", "month"),
        Unit::Quarter => ("XXXX-QX", "quarter"),
        Unit::Half => ("XXXX-HX", "half"),
        Unit::Year => ("XXXX", "year"),
        Unit::Decade => ("XXX", "decade"),
        Unit::Century => ("XX", "century"),
    }
}

fn wd(n: u32) -> Weekday {
    match n {
        1 => Weekday::Mon,
        2 => Weekday::Tue,
        3 => Weekday::Wed,
        4 => Weekday::Thu,
        5 => Weekday::Fri,
        6 => Weekday::Sat,
        _ => Weekday::Sun,
    }
}

/// A two-digit year in the century that puts it nearest the anchor's year without going more
/// than ten years past it (`'82` → 1982, `07` → 2007).
fn full_year(yy: i32, anchor: Option<NaiveDate>) -> i32 {
    let ay = anchor.map(|a| a.year()).unwrap_or(2000);
    let base = ay.div_euclid(100) * 100;
    let c = base + yy;
    if c > ay + 10 {
        c - 100
    } else {
        c
    }
}

impl Ctx {
    fn date(&self, p: P, anchored: bool) -> Norm {
        Norm {
            value: p.value(),
            precision: Some(p.precision()),
            kind: "date",
            end_value: None,
            anchor: if anchored { self.anchor_str() } else { None },
            period: Some(p),
        }
    }

    fn vague(&self, value: impl Into<String>, precision: &'static str) -> Norm {
        Norm {
            value: value.into(),
            precision: Some(precision),
            kind: "date",
            end_value: None,
            anchor: None,
            period: None,
        }
    }

    fn anchor_str(&self) -> Option<String> {
        self.anchor_text.clone()
    }

    /// Normalizes one expression; `None` when it names no real date (`February 30`).
    pub(crate) fn normalize(&self, sem: &Sem) -> Option<Norm> {
        let a = self.anchor;
        Some(match sem {
            Sem::Day { y, m, d } => {
                let (m, d) = (*m, *d);
                match (y, a) {
                    (YearRef::Explicit(y), _) => self.date(P::Day(ymd(*y, m, d)?), false),
                    (YearRef::Rel(k), Some(a)) => self.date(P::Day(ymd(a.year() + k, m, d)?), true),
                    (_, Some(a)) => {
                        let c = around(a, |y| ymd(y, m, d).map(P::Day));
                        self.date(pick(&c, a, self.tense)?, true)
                    }
                    (_, None) => {
                        ymd(2000, m, d)?;
                        self.vague(format!("XXXX-{m:02}-{d:02}"), "day")
                    }
                }
            }
            Sem::Numeric { a: x, b, y } => self.numeric(*x, *b, *y)?,
            Sem::Month { y, m, rel } => {
                let m = *m;
                match (y, a) {
                    (YearRef::Explicit(y), _) => self.date(P::Month(*y, m), false),
                    (YearRef::Rel(k), Some(a)) => self.date(P::Month(a.year() + k, m), true),
                    (_, Some(a)) => {
                        let c = around(a, |y| Some(P::Month(y, m)));
                        self.date(self.pick_rel(&c, a, *rel)?, true)
                    }
                    (_, None) => self.vague(format!("XXXX-{m:02}"), "month"),
                }
            }
            Sem::Weekday { wd: n, rel } => match a {
                Some(a) => {
                    let target = wd(*n);
                    let back = (7 + a.weekday().num_days_from_monday() as i64
                        - target.num_days_from_monday() as i64)
                        % 7;
                    let last = shift_days(a, -back); // on or before the anchor
                    let next = shift_days(last, if back == 0 { 0 } else { 7 }); // on or after
                    let day = match rel {
                        Rel::Last => {
                            if back == 0 {
                                shift_days(a, -7)
                            } else {
                                last
                            }
                        }
                        Rel::Next => {
                            if back == 0 {
                                shift_days(a, 7)
                            } else {
                                next
                            }
                        }
                        Rel::This => next,
                        Rel::Infer => match self.tense {
                            Tense::Future | Tense::Present => next,
                            _ => last,
                        },
                    };
                    self.date(P::Day(day), true)
                }
                None => self.vague(format!("XXXX-WXX-{n}"), "day"),
            },
            Sem::DayOffset(n) => match a {
                Some(a) => self.date(P::Day(shift_days(a, *n)), true),
                None => self.vague("XXXX-XX-XX", "day"),
            },
            Sem::RelUnit { unit, n } => match a {
                Some(a) => {
                    let p = match unit {
                        Unit::Weekend => P::Weekend(shift_days(a, 7 * *n as i64)),
                        u => offset(a, *n, *u, false)?,
                    };
                    self.date(p, true)
                }
                None => {
                    let (v, p) = unknown(*unit);
                    self.vague(v, p)
                }
            },
            Sem::Ago { n, unit } => match a {
                Some(a) => self.date(offset(a, -(*n as i32), *unit, true)?, true),
                None => {
                    let (v, p) = unknown(match unit {
                        Unit::Week => Unit::Day,
                        Unit::Decade | Unit::Century => Unit::Year,
                        u => *u,
                    });
                    self.vague(v, p)
                }
            },
            Sem::Anaphoric { days } => {
                let (base, from_text) = match (self.last_day, a) {
                    (Some(d), _) => (d, true),
                    (None, Some(a)) => (a, false),
                    (None, None) => return Some(self.vague("XXXX-XX-XX", "day")),
                };
                let mut n = self.date(P::Day(shift_days(base, *days)), true);
                if from_text {
                    n.anchor = Some(iso(base));
                }
                n
            }
            Sem::Shift { n, unit } => {
                let (base, base_value) = match (&self.last, a) {
                    (Some((p, v)), _) => (p.bounds().0, Some(v.clone())),
                    (None, Some(a)) => (a, None),
                    (None, None) => {
                        let (v, p) = unknown(*unit);
                        return Some(self.vague(v, p));
                    }
                };
                let mut out = self.date(offset(base, *n, *unit, true)?, true);
                if base_value.is_some() {
                    out.anchor = base_value;
                }
                out
            }
            Sem::Quarter { q, y } => {
                let q = *q as u32;
                match (y, a) {
                    (YearRef::Explicit(y), _) => self.date(P::Quarter(*y, q), false),
                    (YearRef::Rel(k), Some(a)) => self.date(P::Quarter(a.year() + k, q), true),
                    (_, Some(a)) => {
                        let c = around(a, |y| Some(P::Quarter(y, q)));
                        self.date(pick(&c, a, self.past_unless_future())?, true)
                    }
                    (_, None) => self.vague(format!("XXXX-Q{q}"), "quarter"),
                }
            }
            Sem::WeekOfMonth { n, m, y } => {
                let month = match (y, a) {
                    (YearRef::Explicit(y), _) => P::Month(*y, *m),
                    (YearRef::Rel(k), Some(a)) => P::Month(a.year() + k, *m),
                    (_, Some(a)) => {
                        let c = around(a, |y| Some(P::Month(y, *m)));
                        pick(&c, a, self.tense)?
                    }
                    (_, None) => return Some(self.vague("XXXX-WXX", "week")),
                };
                let (first, last) = month.bounds();
                // the week around the middle day of the n-th seven days of the month
                let mid = if *n < 0 {
                    shift_days(last, -3)
                } else {
                    shift_days(first, 7 * (*n as i64 - 1) + 3)
                };
                self.date(P::Week(mid), !matches!(y, YearRef::Explicit(_)))
            }
            Sem::SamePeriod { years } => {
                let (p, v) = self.last.clone()?;
                let shifted = match p {
                    P::Day(d) => P::Day(shift_months(d, 12 * years)),
                    P::Week(d) => P::Week(shift_days(d, 364 * *years as i64)),
                    P::Weekend(d) => P::Weekend(shift_days(d, 364 * *years as i64)),
                    P::Month(y, m) => P::Month(y + years, m),
                    P::Quarter(y, q) => P::Quarter(y + years, q),
                    P::Half(y, h) => P::Half(y + years, h),
                    P::Season(y, s) => P::Season(y + years, s),
                    P::Year(y) => P::Year(y + years),
                    P::Decade(_) | P::Century(_) => return None,
                };
                let mut n = self.date(shifted, true);
                n.anchor = Some(v);
                n
            }
            Sem::ThatTime => {
                let (p, v) = self.last.clone()?;
                let mut n = self.date(p, true);
                n.anchor = Some(v);
                n
            }
            Sem::NamedDay => self.vague("XXXX-XX-XX", "day"),
            Sem::TheWeekend => match a {
                Some(a) => {
                    // Saturday on or before the anchor (the weekend in progress counts)
                    let back = (a.weekday().num_days_from_monday() as i64 + 7 - 5) % 7;
                    let last_sat = shift_days(a, -back);
                    let day = if self.tense == Tense::Future && back != 0 && back != 1 {
                        shift_days(last_sat, 7)
                    } else {
                        last_sat
                    };
                    self.date(P::Weekend(day), true)
                }
                None => self.vague("XXXX-WXX-WE", "week"),
            },
            Sem::Half { h, y } => {
                let h = *h as u32;
                match (y, a) {
                    (YearRef::Explicit(y), _) => self.date(P::Half(*y, h), false),
                    (YearRef::Rel(k), Some(a)) => self.date(P::Half(a.year() + k, h), true),
                    (_, Some(a)) => {
                        let c = around(a, |y| Some(P::Half(y, h)));
                        self.date(pick(&c, a, self.past_unless_future())?, true)
                    }
                    (_, None) => self.vague(format!("XXXX-H{h}"), "half"),
                }
            }
            Sem::Season { s, y, rel } => match (y, a) {
                (YearRef::Explicit(y), _) => self.date(P::Season(*y, s), false),
                (YearRef::Rel(k), Some(a)) => self.date(P::Season(a.year() + k, s), true),
                (_, Some(a)) => {
                    let c = around(a, |y| Some(P::Season(y, s)));
                    self.date(self.pick_rel(&c, a, *rel)?, true)
                }
                (_, None) => self.vague(format!("XXXX-{s}"), "season"),
            },
            Sem::Year(y) => self.date(P::Year(*y), false),
            Sem::ShortYear(yy) => self.date(P::Year(full_year(*yy, a)), a.is_some()),
            Sem::FiscalYear(y) => self.vague(format!("FY{y:04}"), "year"),
            Sem::Decade(d) => self.date(P::Decade(*d), false),
            Sem::ShortDecade(dd) => {
                let y = full_year(dd * 10, a);
                self.date(P::Decade(y / 10), a.is_some())
            }
            Sem::Century(c) => self.date(P::Century(*c), false),
            Sem::Ref(r) => Norm {
                value: r.to_string(),
                precision: None,
                kind: "date",
                end_value: None,
                anchor: None,
                period: None,
            },
            Sem::Duration { n, unit } => Norm {
                value: period(*n, *unit),
                precision: None,
                kind: "duration",
                end_value: None,
                anchor: None,
                period: None,
            },
            Sem::Set(v) => Norm {
                value: v.clone(),
                precision: None,
                kind: "set",
                end_value: None,
                anchor: None,
                period: None,
            },
            Sem::Time { h, m, utc, day } => {
                let d = match day {
                    Some(s) => self.normalize(s)?,
                    None => match (self.last_day, a) {
                        (Some(d), _) => self.date(P::Day(d), true),
                        (None, Some(a)) => self.date(P::Day(a), true),
                        (None, None) => self.vague("XXXX-XX-XX", "day"),
                    },
                };
                let z = if *utc { "Z" } else { "" };
                Norm {
                    value: format!("{}T{h:02}:{m:02}{z}", d.value),
                    precision: Some("minute"),
                    ..d
                }
            }
            Sem::PartOfDay { code, day } => {
                let d = self.normalize(day)?;
                Norm {
                    value: format!("{}T{code}", d.value),
                    precision: Some("part-of-day"),
                    ..d
                }
            }
            Sem::Range { from, from_mod, to } => {
                let f = self.normalize(from)?;
                let start = match (from_mod, f.period) {
                    (Some("START"), Some(p)) => {
                        let d = p.bounds().0;
                        Norm {
                            value: iso(d),
                            precision: Some("day"),
                            period: Some(P::Day(d)),
                            ..f
                        }
                    }
                    _ => f,
                };
                let end_value = match to {
                    Some(t) => Some(self.normalize(t)?.value),
                    None => self.anchor_str(),
                };
                Norm {
                    kind: "range",
                    end_value,
                    anchor: start.anchor.clone().or_else(|| {
                        if to.is_none() {
                            self.anchor_str()
                        } else {
                            None
                        }
                    }),
                    ..start
                }
            }
        })
    }

    /// Quarters and halves in reports are mostly past ones (results): past unless the clause
    /// is in the future.
    fn past_unless_future(&self) -> Tense {
        if self.tense == Tense::Future {
            Tense::Future
        } else {
            Tense::Past
        }
    }

    /// `last September` is the latest before the anchor's month, `next May` the first after
    /// it, `this spring` the one of the anchor's year; without a word, the tense decides.
    fn pick_rel(&self, cands: &[P], a: NaiveDate, rel: Rel) -> Option<P> {
        match rel {
            Rel::Last => cands.iter().rev().find(|p| p.bounds().1 < a).copied(),
            Rel::Next => cands.iter().find(|p| p.bounds().0 > a).copied(),
            Rel::This => cands
                .iter()
                .find(|p| p.bounds().0 <= a && a <= p.bounds().1)
                .or_else(|| cands.iter().find(|p| p.bounds().0.year() == a.year()))
                .copied(),
            Rel::Infer => pick(cands, a, self.tense),
        }
    }

    /// `21/8`, `8/21`, `7/8/07`: the order is the one the numbers allow, else the article's,
    /// else the reading nearest the anchor (day/month without one).
    fn numeric(&self, x: u32, b: u32, y: Option<(i32, bool)>) -> Option<Norm> {
        let readings: Vec<(u32, u32)> = match (x > 12, b > 12, self.order) {
            (true, _, _) => vec![(x, b)],
            (_, true, _) => vec![(b, x)],
            (_, _, Some(DateOrder::Dmy)) => vec![(x, b)],
            (_, _, Some(DateOrder::Mdy)) => vec![(b, x)],
            (_, _, None) if x == b => vec![(x, b)],
            (_, _, None) => vec![(x, b), (b, x)],
        }; // (day, month)
        let year = y.map(|(v, two)| if two { full_year(v, self.anchor) } else { v });
        let Some(a) = self.anchor else {
            let (d, m) = readings[0];
            return Some(match year {
                Some(y) => self.date(P::Day(ymd(y, m, d)?), false),
                None => {
                    ymd(2000, m, d)?;
                    self.vague(format!("XXXX-{m:02}-{d:02}"), "day")
                }
            });
        };
        // the anchor was used when it gave the year or chose between two readings
        let anchored = year.is_none() || y.is_some_and(|(_, two)| two) || readings.len() > 1;
        let mut best: Option<(i64, P)> = None;
        for (d, m) in readings {
            let p = match year {
                Some(y) => match ymd(y, m, d) {
                    Some(day) => P::Day(day),
                    None => continue,
                },
                None => {
                    let c = around(a, |y| ymd(y, m, d).map(P::Day));
                    match pick(&c, a, self.tense) {
                        Some(p) => p,
                        None => continue,
                    }
                }
            };
            let dist = (p.bounds().0 - a).num_days().abs();
            if best.as_ref().is_none_or(|(bd, _)| dist < *bd) {
                best = Some((dist, p));
            }
        }
        let (_, p) = best?;
        Some(self.date(p, anchored))
    }
}
