//! The gazetteer: GeoNames cities, admin-1 units, countries and continents plus curated news
//! regions, built by `tools/make_gazetteer.py` into `data/gazetteer/gazetteer.tsv.zst` and
//! embedded in the binary. Names are looked up by their *folded* form ([`Folder::fold`]):
//! lowercase, diacritics folded, apostrophes dropped, other punctuation a single space, so
//! `Zaporizhzhia`, `Luhans'k` and `Kyiv` meet their variants.

use std::io::Read;

/// The gazetteer file, embedded.
pub static GAZETTEER_ZST: &[u8] = include_bytes!("../../../../data/gazetteer/gazetteer.tsv.zst");
/// One-word city names that are common lowercase English words.
pub static COMMON_WORDS: &str = include_str!("../../../../data/gazetteer/common_words.txt");

/// What kind of place an entry is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Feature {
    City,
    Admin1,
    Country,
    Region,
    Continent,
}

impl Feature {
    pub fn as_str(self) -> &'static str {
        match self {
            Feature::City => "city",
            Feature::Admin1 => "admin1",
            Feature::Country => "country",
            Feature::Region => "region",
            Feature::Continent => "continent",
        }
    }
}

/// One place of the gazetteer.
#[derive(Clone, Debug, PartialEq)]
pub struct Entry {
    pub feature: Feature,
    /// GeoNames id; `None` for admin-1 units (their ids are not in the source data) and
    /// curated regions.
    pub geonames_id: Option<u64>,
    pub name: String,
    /// ISO 3166 alpha-3 of the country the place is in (for a country, itself); `None` for
    /// continents and regions spanning several countries.
    pub country: Option<String>,
    /// Every country a region spans (one for most places).
    pub countries: Vec<String>,
    /// Name of the admin-1 unit the place is in (for an admin-1 unit, its own name).
    pub admin1: Option<String>,
    /// A representative point; `None` for regions without one (never a made-up centroid).
    pub lat: Option<f64>,
    pub lon: Option<f64>,
    /// Population (admin-1: the sum of its cities of 15,000 or more; regions: 0).
    pub population: u64,
    /// A national capital.
    pub capital: bool,
    /// GeoNames admin-1 code (`UA.05`) for admin-1 units.
    pub admin1_code: Option<String>,
    /// Source of a curated region's definition.
    pub source: Option<String>,
    /// The (country, admin-1) pair it lies in, interned: equal ids, same admin-1 unit.
    pub admin1_key: Option<u32>,
}

/// FxHash (the `rustc-hash` crate): fast on short keys, and the gazetteer is trusted data.
pub type FxMap<K, V> = rustc_hash::FxHashMap<K, V>;
pub type FxSet<K> = rustc_hash::FxHashSet<K>;

/// Folds names and text the same way `tools/make_gazetteer.py` does.
#[derive(Clone, Debug, Default)]
pub struct Folder {
    table: FxMap<char, String>,
}

const APOSTROPHES: &[char] = &['\'', '’', '‘', '`', '´', 'ʼ', 'ʻ', 'ʹ', 'ʿ', 'ʾ'];

impl Folder {
    /// Folds `s` into `out` (cleared first).
    pub fn fold_into(&self, s: &str, out: &mut String) {
        out.clear();
        self.fold_append(s, out, &mut false);
    }

    /// Folds `s` onto the end of `out`, as if `out` had been folded from the text before
    /// `s` together with it: `fold(a + b) == fold(a)` then `fold_append(b)`. `pending` carries
    /// a separator seen at the end of the text folded so far (dropped there as trailing) to
    /// the next call; start it at false.
    pub fn fold_append(&self, s: &str, out: &mut String, pending: &mut bool) {
        if *pending && !out.is_empty() && !out.ends_with(' ') {
            out.push(' ');
        }
        let mut space = out.is_empty() || out.ends_with(' '); // no leading or double space
        for ch in s.chars() {
            if ch.is_ascii() {
                if ch.is_ascii_alphanumeric() {
                    out.push(ch.to_ascii_lowercase());
                    space = false;
                } else if ch != '\'' && ch != '`' && !space {
                    out.push(' ');
                    space = true;
                }
                continue;
            }
            if APOSTROPHES.contains(&ch) {
                continue;
            }
            if let Some(rep) = self.table.get(&ch) {
                for r in rep.chars() {
                    if r.is_ascii_alphanumeric() {
                        out.push(r);
                        space = false;
                    } else if !space {
                        out.push(' ');
                        space = true;
                    }
                }
            } else if ch.is_alphanumeric() {
                out.extend(ch.to_lowercase());
                space = false;
            } else if !space {
                out.push(' ');
                space = true;
            }
        }
        *pending = out.ends_with(' ');
        if *pending {
            out.pop();
        }
    }

    pub fn fold(&self, s: &str) -> String {
        let mut out = String::with_capacity(s.len());
        self.fold_into(s, &mut out);
        out
    }
}

/// What the index knows of a folded word sequence.
#[derive(Debug, Default)]
struct Slot {
    /// Entries with this name, and whether it is one of their main names.
    postings: Vec<(u32, bool)>,
    /// Some longer name starts with these words.
    prefix: bool,
    /// A country adjective ("russian" → `RUS`): context evidence, never a place.
    demonym: Option<Box<str>>,
}

/// What [`Gazetteer::probe_all`] found.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Probe<'a> {
    pub name: bool,
    pub prefix: bool,
    pub demonym: Option<&'a str>,
}

/// The loaded gazetteer.
#[derive(Debug, Default)]
pub struct Gazetteer {
    pub entries: Vec<Entry>,
    /// Folded name → (entry, is a main name of it).
    /// Also holds every proper word-prefix of a name ("new", "new york" of "new york city",
    /// with no postings unless a name too): matching stops as soon as the words read are
    /// neither a name nor such a prefix.
    index: FxMap<Box<str>, Slot>,
    /// Interned (country, admin-1) pairs.
    admin1_keys: FxMap<(Box<str>, Box<str>), u32>,
    /// One-word city names that are common lowercase words.
    common: FxSet<Box<str>>,
    country_entry: FxMap<Box<str>, u32>,
    pub folder: Folder,
}

impl Gazetteer {
    /// Loads the embedded gazetteer.
    pub fn embedded() -> Result<Gazetteer, String> {
        let mut text = String::new();
        zstd::stream::read::Decoder::new(GAZETTEER_ZST)
            .and_then(|mut d| d.read_to_string(&mut text))
            .map_err(|e| format!("cannot decompress the embedded gazetteer: {e}"))?;
        Gazetteer::parse(&text, COMMON_WORDS)
    }

    /// Parses the gazetteer TSV (see `tools/make_gazetteer.py`) and the common-words list.
    pub fn parse(text: &str, common_words: &str) -> Result<Gazetteer, String> {
        let mut g = Gazetteer::default();
        g.index.reserve(130_000);
        let mut lines = text.lines().enumerate();
        match lines.next() {
            Some((_, l)) if l.starts_with("#acta-gazetteer\t1") => {}
            _ => return Err("gazetteer: missing the `#acta-gazetteer 1` header".into()),
        }
        for (n, line) in lines {
            let err = |what: &str| format!("gazetteer line {}: {what}", n + 1);
            if let Some(rest) = line.strip_prefix("#fold\t") {
                let (ch, rep) = rest.split_once('\t').ok_or_else(|| err("bad #fold"))?;
                let c = ch.chars().next().ok_or_else(|| err("empty #fold"))?;
                g.folder.table.insert(c, rep.to_string());
                continue;
            }
            if let Some(rest) = line.strip_prefix("#demonym\t") {
                let (iso, names) = rest.split_once('\t').ok_or_else(|| err("bad #demonym"))?;
                for d in names.split('|').filter(|d| !d.is_empty()) {
                    let slot = g.index.entry(d.into()).or_default();
                    slot.demonym = Some(iso.into());
                }
                continue;
            }
            if line.starts_with('#') || line.is_empty() {
                continue;
            }
            let f: Vec<&str> = line.split('\t').collect();
            if f.len() < 10 {
                return Err(err("expected 10 fields"));
            }
            let feature = match f[0] {
                "c" => Feature::City,
                "a" => Feature::Admin1,
                "k" => Feature::Country,
                "r" => Feature::Region,
                "n" => Feature::Continent,
                _ => return Err(err("unknown kind")),
            };
            let num = |s: &str| -> Result<Option<f64>, String> {
                if s.is_empty() {
                    Ok(None)
                } else {
                    s.parse().map(Some).map_err(|_| err("bad number"))
                }
            };
            let countries: Vec<String> = f[3]
                .split(',')
                .filter(|c| !c.is_empty())
                .map(str::to_string)
                .collect();
            let mut e = Entry {
                feature,
                geonames_id: if f[1].is_empty() {
                    None
                } else {
                    Some(f[1].parse().map_err(|_| err("bad id"))?)
                },
                name: f[2].to_string(),
                country: if countries.len() == 1 {
                    Some(countries[0].clone())
                } else {
                    None
                },
                countries,
                admin1: (!f[4].is_empty()).then(|| f[4].to_string()),
                lat: num(f[5])?,
                lon: num(f[6])?,
                population: f[7].parse().map_err(|_| err("bad population"))?,
                capital: false,
                admin1_code: None,
                source: None,
                admin1_key: None,
            };
            let mut main_keys = 1;
            for flag in f[9].split(',').filter(|s| !s.is_empty()) {
                if flag == "capital" {
                    e.capital = true;
                } else if let Some(c) = flag.strip_prefix("code=") {
                    e.admin1_code = Some(c.to_string());
                } else if let Some(s) = flag.strip_prefix("source=") {
                    e.source = Some(s.to_string());
                } else if let Some(m) = flag.strip_prefix("main=") {
                    main_keys = m.parse().map_err(|_| err("bad main="))?;
                }
            }
            // countries, admin-1 units, regions and continents: every name is a main name
            if feature != Feature::City {
                main_keys = usize::MAX;
            }
            if let (Some(c), Some(a)) = (&e.country, &e.admin1) {
                let next = g.admin1_keys.len() as u32;
                let k = (c.as_str().into(), a.as_str().into());
                e.admin1_key = Some(*g.admin1_keys.entry(k).or_insert(next));
            }
            let id = g.entries.len() as u32;
            for (k, key) in f[8].split('|').enumerate() {
                for (i, _) in key.match_indices(' ') {
                    match g.index.get_mut(&key[..i]) {
                        Some(slot) => slot.prefix = true,
                        None => {
                            g.index.insert(
                                key[..i].into(),
                                Slot {
                                    prefix: true,
                                    ..Slot::default()
                                },
                            );
                        }
                    }
                }
                match g.index.get_mut(key) {
                    Some(slot) => {
                        if !slot.postings.iter().any(|&(i, _)| i == id) {
                            slot.postings.push((id, k < main_keys));
                        }
                    }
                    None => {
                        g.index.insert(
                            key.into(),
                            Slot {
                                postings: vec![(id, k < main_keys)],
                                ..Slot::default()
                            },
                        );
                    }
                }
            }
            if feature == Feature::Country {
                if let Some(c) = &e.country {
                    g.country_entry.insert(c.as_str().into(), id);
                }
            }
            g.entries.push(e);
        }
        for w in common_words.lines() {
            let w = w.trim();
            if !w.is_empty() && !w.starts_with('#') {
                g.common.insert(w.into());
            }
        }
        Ok(g)
    }

    /// Entries whose folded name is `key`, with whether it is one of their main names.
    pub fn lookup_key(&self, key: &str) -> &[(u32, bool)] {
        self.index
            .get(key)
            .map(|s| s.postings.as_slice())
            .unwrap_or(&[])
    }

    /// One probe: (is a name, is the beginning of a longer name).
    pub fn probe(&self, words: &str) -> (bool, bool) {
        self.index
            .get(words)
            .map_or((false, false), |s| (!s.postings.is_empty(), s.prefix))
    }

    /// Entries named `name` (any spelling the gazetteer knows).
    pub fn lookup(&self, name: &str) -> &[(u32, bool)] {
        self.lookup_key(&self.folder.fold(name))
    }

    /// Is this folded word sequence the beginning of a longer name?
    pub fn is_prefix(&self, words: &str) -> bool {
        self.probe(words).1
    }

    /// Is this folded word sequence a name?
    pub fn is_name(&self, words: &str) -> bool {
        self.probe(words).0
    }

    /// The country (alpha-3) of a folded demonym (`russian` → `RUS`).
    pub fn demonym(&self, key: &str) -> Option<&str> {
        self.index.get(key).and_then(|s| s.demonym.as_deref())
    }

    /// One probe for everything recognition asks of a folded word sequence.
    pub fn probe_all(&self, words: &str) -> Probe<'_> {
        match self.index.get(words) {
            Some(s) => Probe {
                name: !s.postings.is_empty(),
                prefix: s.prefix,
                demonym: s.demonym.as_deref(),
            },
            None => Probe::default(),
        }
    }

    /// A one-word city name that is also a common lowercase English word.
    pub fn is_common_word(&self, key: &str) -> bool {
        self.common.contains(key)
    }

    /// The country entry of an ISO alpha-3 code.
    pub fn country(&self, iso3: &str) -> Option<&Entry> {
        self.country_entry
            .get(iso3)
            .map(|&i| &self.entries[i as usize])
    }

    pub fn entry(&self, id: u32) -> &Entry {
        &self.entries[id as usize]
    }

    /// Number of distinct folded names.
    pub fn names(&self) -> usize {
        self.index
            .values()
            .filter(|s| !s.postings.is_empty())
            .count()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folding_matches_the_build_script() {
        let mut f = Folder::default();
        f.table.insert('ž', "z".into());
        f.table.insert('ü', "u".into());
        assert_eq!(f.fold("Luhans'k"), "luhansk");
        assert_eq!(f.fold("Rostov-on-Don"), "rostov on don");
        assert_eq!(f.fold("St. Petersburg"), "st petersburg");
        assert_eq!(f.fold("  Zürich "), "zurich");
        assert_eq!(f.fold("Washington, D.C."), "washington d c");
        assert_eq!(f.fold("Kyivʼ"), "kyiv");
        // appending piece by piece folds as the whole does
        for pieces in [
            &["Euro", "-", "Asian", " region"][..],
            &["Washington", ",", " D.C", "."],
            &["Russia", "'s"],
            &["St.", " Petersburg"],
        ] {
            let (mut out, mut pending) = (String::new(), false);
            for p in pieces {
                f.fold_append(p, &mut out, &mut pending);
            }
            assert_eq!(out, f.fold(&pieces.concat()), "{pieces:?}");
        }
    }

    #[test]
    fn parses_entries_and_indexes_names() {
        let text = "#acta-gazetteer\t1\n#demonym\tUKR\tukrainian\nc\t703448\tKyiv\tUKR\tKyiv City\t50.45466\t30.52380\t2952301\tkyiv|kiev\tcapital\nk\t690791\tUkraine\tUKR\t\t49.0\t31.0\t44622516\tukraine\t\n";
        let g = Gazetteer::parse(text, "# c\nmobile\n").unwrap();
        assert_eq!(g.entries.len(), 2);
        assert_eq!(g.lookup("Kiev"), &[(0, false)]);
        assert_eq!(g.lookup("KYIV"), &[(0, true)]);
        assert!(g.entries[0].capital);
        assert_eq!(g.demonym("ukrainian"), Some("UKR"));
        assert!(g.is_common_word("mobile"));
        assert_eq!(g.country("UKR").unwrap().name, "Ukraine");
        assert!(Gazetteer::parse("nope", "").is_err());
    }
}
