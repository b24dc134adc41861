//! The word lists of the date tagger (`data/dates/lexicon.txt`) and the outlets' numeric date
//! conventions (`data/dates/outlets.txt`), parsed once when the tagger is built.

use acta_core::DateOrder;

pub(crate) const LEXICON: &str = include_str!("../../../../data/dates/lexicon.txt");
pub(crate) const OUTLETS: &str = include_str!("../../../../data/dates/outlets.txt");

/// A calendar or clock unit, with its TIMEX3 letter.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Unit {
    Day,
    Week,
    Weekend,
    Month,
    Quarter,
    Half,
    Year,
    Decade,
    Century,
    Hour,
    Minute,
    Second,
}

impl Unit {
    fn parse(code: &str) -> Option<Unit> {
        Some(match code {
            "D" => Unit::Day,
            "W" => Unit::Week,
            "WE" => Unit::Weekend,
            "M" => Unit::Month,
            "Q" => Unit::Quarter,
            "H" => Unit::Half,
            "Y" => Unit::Year,
            "DE" => Unit::Decade,
            "CE" => Unit::Century,
            "TH" => Unit::Hour,
            "TM" => Unit::Minute,
            "TS" => Unit::Second,
            _ => return None,
        })
    }

    /// True for hours, minutes and seconds (durations written `PT...`).
    pub(crate) fn is_clock(self) -> bool {
        matches!(self, Unit::Hour | Unit::Minute | Unit::Second)
    }
}

/// Everything the lexicon says about one lowercased word.
#[derive(Clone, Copy, Debug, Default)]
pub(crate) struct Lex {
    /// 1..12, 0 when not a month name.
    pub month: u8,
    /// 1 (Monday) ..7, 0 when not a weekday name.
    pub weekday: u8,
    /// Day offset of today / yesterday / tomorrow.
    pub deixis: Option<i8>,
    pub tonight: bool,
    pub unit: Option<Unit>,
    /// TIMEX3 season code (`SP`, `SU`, `FA`, `WI`).
    pub season: Option<&'static str>,
    /// TIMEX3 part-of-day code (`MO`, `AF`, `EV`, `NI`).
    pub part_of_day: Option<&'static str>,
    /// A cardinal number word's value, 0 when none.
    pub number: u32,
    /// `several`, `few`, ...: an unknown number.
    pub vague: bool,
    /// 1.. for first.., -1 for final, 0 when none.
    pub ordinal: i8,
    /// `PRESENT_REF`, `PAST_REF`, `FUTURE_REF`.
    pub reference: Option<&'static str>,
    /// The TIMEX3 period of a frequency word (`P1Y` for annual).
    pub set: Option<&'static str>,
    /// A time zone: `Some(true)` for UTC/GMT, `Some(false)` for others.
    pub tz: Option<bool>,
    /// A word that names a day with a weekday (`Black` Monday, `Good` Friday).
    pub named_day: bool,
    /// Tense roles ([`PAST`], [`FUTURE`], ...), as bits.
    pub tense: u8,
    /// Precomputed [`Lex::is_trigger`].
    pub trigger: bool,
    /// An expression can begin with this word (date words, numbers, `the`, `since`, ...).
    pub start: bool,
    /// A word inside an expression before its trigger word (`than`, `of`, `beginning`).
    pub inner: bool,
}

/// Tense roles of words (`tense ROLE` lines of the lexicon).
pub(crate) const PAST: u8 = 1;
pub(crate) const NOT_PAST: u8 = 2;
pub(crate) const FUTURE: u8 = 4;
pub(crate) const MODAL: u8 = 8;
pub(crate) const PRESENT: u8 = 16;
/// A present form of "be" (`is`, `are`): also [`PRESENT`].
pub(crate) const BE: u8 = 32;
pub(crate) const LEAD: u8 = 64;

impl Lex {
    pub(crate) const EMPTY: Lex = Lex {
        month: 0,
        weekday: 0,
        deixis: None,
        tonight: false,
        unit: None,
        season: None,
        part_of_day: None,
        number: 0,
        vague: false,
        ordinal: 0,
        reference: None,
        set: None,
        tz: None,
        named_day: false,
        tense: 0,
        trigger: false,
        start: false,
        inner: false,
    };

    /// A word that can start or anchor a temporal expression on its own; sentences without one
    /// (and without a digit) are skipped.
    pub(crate) fn is_trigger(&self) -> bool {
        self.trigger
    }

    /// A word of dates, looked up for every token; the other words of the lexicon (`start`,
    /// `inner`, `tense` roles) are looked up only where the recognizer or the tense needs them.
    pub(crate) fn is_date_word(&self) -> bool {
        self.trigger
            || self.number != 0
            || self.vague
            || self.ordinal != 0
            || self.named_day
            || self.tz.is_some()
            || self.part_of_day.is_some()
    }

    fn compute_trigger(&self) -> bool {
        self.month != 0
            || self.weekday != 0
            || self.deixis.is_some()
            || self.tonight
            || self.unit.is_some()
            || self.season.is_some()
            || self.reference.is_some()
            || self.set.is_some()
            || self.part_of_day.is_some()
    }
}

/// FxHash (the `rustc-hash` crate): the keys are short words, and the tagger looks up every
/// token.
pub(crate) type FxMap<K, V> = rustc_hash::FxHashMap<K, V>;

/// The parsed lexicon.
pub(crate) struct Lexicon {
    /// Word → index into `entries`: a small table that stays in the cache.
    index: FxMap<&'static str, u16>,
    entries: Vec<Lex>,
    /// A one-hash Bloom filter of (length, first byte, last byte) of the date words (months,
    /// units, numbers, ...; not the function words of the `start`, `inner` and `tense`
    /// lines): most tokens fail it, and only date words are looked up for every token.
    filter: Box<[u64; FILTER_WORDS]>,
}

const FILTER_WORDS: usize = 256; // 16,384 bits

fn filter_bit(w: &str) -> usize {
    let b = w.as_bytes();
    let (first, last) = (b[0] as usize, b[b.len() - 1] as usize);
    ((b.len() * 31 + first) * 131 + last) % (FILTER_WORDS * 64)
}

impl Lexicon {
    /// Parses `data/dates/lexicon.txt`. The file is part of the binary, so a malformed line is
    /// a build defect: it panics, and the unit tests load it.
    pub(crate) fn load(text: &'static str) -> Lexicon {
        let mut words: FxMap<&'static str, Lex> = FxMap::default();
        for (n, line) in text.lines().enumerate() {
            let line = line.trim();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let mut parts = line.split_whitespace();
            let (Some(class), Some(value)) = (parts.next(), parts.next()) else {
                panic!(
                    "data/dates/lexicon.txt:{}: expected CLASS VALUE WORD...",
                    n + 1
                );
            };
            fn bad<T>(line: usize, value: &str) -> T {
                panic!("data/dates/lexicon.txt:{line}: bad value {value:?}")
            }
            for w in parts {
                let e = words.entry(w).or_default();
                match class {
                    "month" => e.month = value.parse().unwrap_or_else(|_| bad(n + 1, value)),
                    "weekday" => e.weekday = value.parse().unwrap_or_else(|_| bad(n + 1, value)),
                    "deixis" => {
                        e.deixis = Some(value.parse().unwrap_or_else(|_| bad(n + 1, value)))
                    }
                    "tonight" => e.tonight = true,
                    "unit" => {
                        e.unit = Some(Unit::parse(value).unwrap_or_else(|| bad(n + 1, value)))
                    }
                    "season" => e.season = Some(value),
                    "partofday" => e.part_of_day = Some(value),
                    "number" => e.number = value.parse().unwrap_or_else(|_| bad(n + 1, value)),
                    "vague" => e.vague = true,
                    "ordinal" => e.ordinal = value.parse().unwrap_or_else(|_| bad(n + 1, value)),
                    "ref" => e.reference = Some(value),
                    "set" => e.set = Some(value),
                    "tz" => e.tz = Some(value == "Z"),
                    "namedday" => e.named_day = true,
                    // words that make a sentence worth a look without being dates themselves
                    "trigger" => e.trigger = true,
                    "start" => e.start = true,
                    "inner" => e.inner = true,
                    "tense" => {
                        e.tense |= match value {
                            "past" => PAST,
                            "notpast" => NOT_PAST,
                            "future" => FUTURE,
                            "modal" => MODAL,
                            "present" => PRESENT,
                            "be" => PRESENT | BE,
                            "lead" => LEAD,
                            _ => bad(n + 1, value),
                        }
                    }
                    _ => panic!("data/dates/lexicon.txt:{}: unknown class {class:?}", n + 1),
                }
            }
        }
        for e in words.values_mut() {
            e.trigger = e.trigger || e.compute_trigger();
            e.start = e.start
                || e.trigger
                || e.number != 0
                || e.vague
                || e.ordinal != 0
                || e.named_day
                || e.part_of_day.is_some();
        }
        let mut filter = Box::new([0u64; FILTER_WORDS]);
        let mut index = FxMap::default();
        let mut entries = Vec::new();
        let mut sorted: Vec<_> = words.into_iter().collect();
        sorted.sort_by_key(|(w, _)| *w);
        for (w, e) in sorted {
            if e.is_date_word() {
                let bit = filter_bit(w);
                filter[bit / 64] |= 1 << (bit % 64);
            }
            index.insert(w, entries.len() as u16);
            entries.push(e);
        }
        Lexicon {
            index,
            entries,
            filter,
        }
    }

    pub(crate) fn get(&self, lower: &str) -> Option<&Lex> {
        self.index.get(lower).map(|&i| &self.entries[i as usize])
    }

    /// False when `lower` (not empty) is certainly not a date word.
    pub(crate) fn may_be_date_word(&self, lower: &str) -> bool {
        let bit = filter_bit(lower);
        self.filter[bit / 64] & (1 << (bit % 64)) != 0
    }
}

/// Outlets' numeric date conventions.
pub(crate) struct Outlets {
    names: FxMap<String, DateOrder>,
    hosts: FxMap<String, DateOrder>,
}

impl Outlets {
    pub(crate) fn load(text: &str) -> Outlets {
        let (mut names, mut hosts) = (FxMap::default(), FxMap::default());
        for (n, line) in text.lines().enumerate() {
            let line = line.trim();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let Some((order, list)) = line.split_once(':') else {
                panic!("data/dates/outlets.txt:{}: expected ORDER: key, key", n + 1);
            };
            let order = DateOrder::parse(order.trim())
                .unwrap_or_else(|| panic!("data/dates/outlets.txt:{}: bad order", n + 1));
            for k in list.split(',').map(str::trim).filter(|k| !k.is_empty()) {
                let k = k.to_lowercase();
                if k.contains('.') {
                    hosts.insert(k, order);
                } else {
                    names.insert(k, order);
                }
            }
        }
        Outlets { names, hosts }
    }

    /// The convention of an outlet, by its name (the whole name, or its first words: "BBC
    /// News" is "bbc") or its URL's host (or a domain above it: "www.bbc.co.uk" is
    /// "bbc.co.uk").
    pub(crate) fn order(&self, outlet: Option<&str>, url: Option<&str>) -> Option<DateOrder> {
        if let Some(name) = outlet {
            let name = name.trim().to_lowercase();
            let mut ends: Vec<usize> = name
                .char_indices()
                .filter(|(_, c)| !c.is_alphanumeric())
                .map(|(i, _)| i)
                .collect();
            ends.push(name.len());
            for e in ends.into_iter().rev() {
                if let Some(o) = self.names.get(&name[..e]) {
                    return Some(*o);
                }
            }
        }
        let host = url.and_then(host_of)?;
        let mut h = host.as_str();
        loop {
            if let Some(o) = self.hosts.get(h) {
                return Some(*o);
            }
            h = h.split_once('.')?.1;
        }
    }
}

/// The lowercased host of a URL (`https://www.bbc.co.uk/news` → `www.bbc.co.uk`).
fn host_of(url: &str) -> Option<String> {
    let rest = url.split_once("://").map(|x| x.1).unwrap_or(url);
    let host = rest.split(['/', '?', '#']).next()?;
    let host = host.rsplit('@').next()?.split(':').next()?;
    (!host.is_empty()).then(|| host.to_lowercase())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lexicon_loads_and_words_have_several_roles() {
        let lex = Lexicon::load(LEXICON);
        assert_eq!(lex.get("sept.").unwrap().month, 9);
        assert_eq!(lex.get("may").unwrap().month, 5);
        assert_eq!(lex.get("thursday").unwrap().weekday, 4);
        let second = lex.get("second").unwrap();
        assert_eq!((second.ordinal, second.unit), (2, Some(Unit::Second)));
        assert_eq!(lex.get("fall").unwrap().season, Some("FA"));
        assert_eq!(lex.get("yesterday").unwrap().deixis, Some(-1));
        assert_eq!(lex.get("gmt").unwrap().tz, Some(true));
        assert!(lex.get("the").unwrap().start && !lex.get("the").unwrap().trigger);
        assert!(lex.get("minister").is_none());
    }

    #[test]
    fn outlet_conventions_by_name_and_host() {
        let o = Outlets::load(OUTLETS);
        assert_eq!(o.order(Some("BBC News"), None), Some(DateOrder::Dmy));
        assert_eq!(o.order(Some("CNN"), None), Some(DateOrder::Mdy));
        assert_eq!(
            o.order(
                None,
                Some("https://www.nytimes.com/2025/09/03/world/x.html")
            ),
            Some(DateOrder::Mdy)
        );
        assert_eq!(
            o.order(None, Some("https://e.vnexpress.net/news/world/x.html")),
            Some(DateOrder::Dmy)
        );
        // a name only matches whole words at its start
        assert_eq!(o.order(Some("Dawnbreaker Weekly"), None), None);
        assert_eq!(o.order(Some("Reuters"), None), None);
        assert_eq!(o.order(None, Some("https://notcnn.com/a")), None);
    }
}
