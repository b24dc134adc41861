//! Countries: names, nationality adjectives and capitals (`data/actors/countries.tsv`, derived
//! from OEDA CountryInfo and GeoNames by `tools/make_countries.py`), and given names with
//! their gender (`data/actors/first_names.tsv`).

use std::collections::HashMap;

use crate::dict::actors::{norm_word, phrase_words, PhraseIndex};

const COUNTRIES: &str = include_str!("../../../../data/actors/countries.tsv");
const FIRST_NAMES: &str = include_str!("../../../../data/actors/first_names.tsv");
/// Adjectives of a region, people or former name of one state (`data/actors/regions.tsv`):
/// read by the actors stage only, never by the entity tagger's gazetteer.
const REGIONS: &str = include_str!("../../../../data/actors/regions.tsv");

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Country {
    /// CAMEO country code (ISO 3166 alpha-3): `RUS`.
    pub code: String,
    /// `Russia`.
    pub name: String,
    pub adjectives: Vec<String>,
    pub capitals: Vec<String>,
    /// Other names (`Russian Federation`, `US`, `America`).
    pub names: Vec<String>,
}

/// What a phrase of a country table names.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CountryWord {
    Adjective,
    Capital,
}

/// The country table, with indexes of adjectives and capitals over normalized words.
#[derive(Clone, Debug, Default)]
pub struct Countries {
    pub list: Vec<Country>,
    by_code: HashMap<String, usize>,
    /// item = country index * 2 + (0 adjective, 1 capital)
    index: PhraseIndex,
    /// the name and other names; item = country index
    names: PhraseIndex,
    /// adjectives of regions of one state (`regions.tsv`); item = country index
    regions: PhraseIndex,
}

impl Countries {
    /// The embedded table.
    pub fn embedded() -> Countries {
        Countries::parse(COUNTRIES)
    }

    /// The embedded table with the adjectives of regions of one state (`regions.tsv`:
    /// "Chechen" → RUS, "Tibetan" → CHN), for the actors stage.
    pub fn with_regions(mut self) -> Countries {
        self.add_regions(REGIONS);
        self
    }

    /// Reads a regions TSV (`adjective, code, kind, note`; kind `region`, `people` or
    /// `former`; `#` comments and the header skipped); rows whose code is not a country of
    /// the table are ignored.
    pub fn add_regions(&mut self, text: &str) {
        for line in text.lines() {
            if line.starts_with('#') || line.starts_with("adjective\t") || line.trim().is_empty() {
                continue;
            }
            let mut cols = line.split('\t');
            let (Some(adj), Some(code), kind) = (cols.next(), cols.next(), cols.next()) else {
                continue;
            };
            let former = kind.is_some_and(|k| k.trim() == "former");
            if let Some(&i) = self.by_code.get(code.trim()) {
                self.regions
                    .insert(&phrase_words(adj), (i * 2 + usize::from(former)) as u32);
            }
        }
    }

    /// The longest adjective of a region, people or former name of one state at
    /// `norm[start]` (`regions.tsv`): its length, the state, and whether it is a former name
    /// of the state itself (whose government is the state's).
    pub fn region_at<S: AsRef<str>>(
        &self,
        norm: &[S],
        start: usize,
    ) -> Option<(usize, &Country, bool)> {
        let (len, items) = self.regions.longest_at(norm, start)?;
        let item = *items.first()? as usize;
        Some((len, &self.list[item / 2], item % 2 == 1))
    }

    /// A nationality adjective (`at`) or, failing one, a region's (`region_at`) at
    /// `norm[start]`: its length and the country.
    pub fn adjective_at<S: AsRef<str>>(
        &self,
        norm: &[S],
        start: usize,
    ) -> Option<(usize, &Country)> {
        match self.at(norm, start) {
            Some((len, CountryWord::Adjective, c)) => Some((len, c)),
            _ => self.region_at(norm, start).map(|(len, c, _)| (len, c)),
        }
    }

    /// The country whose adjective, or region's adjective, is exactly this phrase.
    pub fn adjective_or_region(&self, phrase: &str) -> Option<&Country> {
        let w = phrase_words(phrase);
        match self.adjective_at(&w, 0) {
            Some((len, c)) if len == w.len() && len > 0 => Some(c),
            _ => None,
        }
    }

    /// Reads the TSV (`code, name, adjectives, capitals`; lists `|`-separated; `#` comments and
    /// the header skipped; short rows ignored).
    pub fn parse(text: &str) -> Countries {
        let mut c = Countries::default();
        for line in text.lines() {
            if line.starts_with('#') || line.starts_with("code\t") || line.trim().is_empty() {
                continue;
            }
            let cols: Vec<&str> = line.split('\t').collect();
            if cols.len() < 4 {
                continue;
            }
            let list = |s: &str| -> Vec<String> {
                s.split('|')
                    .filter(|x| !x.is_empty())
                    .map(str::to_string)
                    .collect()
            };
            let i = c.list.len();
            let country = Country {
                code: cols[0].to_string(),
                name: cols[1].to_string(),
                adjectives: list(cols[2]),
                capitals: list(cols[3]),
                names: cols.get(4).map(|x| list(x)).unwrap_or_default(),
            };
            for a in std::iter::once(&country.name).chain(&country.names) {
                c.names.insert(&phrase_words(a), i as u32);
            }
            for a in &country.adjectives {
                c.index.insert(&phrase_words(a), (i * 2) as u32);
            }
            for a in &country.capitals {
                c.index.insert(&phrase_words(a), (i * 2 + 1) as u32);
            }
            c.by_code.insert(country.code.clone(), i);
            c.list.push(country);
        }
        c
    }

    pub fn get(&self, code: &str) -> Option<&Country> {
        self.by_code.get(code).map(|&i| &self.list[i])
    }

    /// The longest adjective or capital starting at `norm[start]` (normalized words): its
    /// length, what it is, and the country. An adjective wins over a capital of the same
    /// length.
    pub fn at<S: AsRef<str>>(
        &self,
        norm: &[S],
        start: usize,
    ) -> Option<(usize, CountryWord, &Country)> {
        let (len, items) = self.index.longest_at(norm, start)?;
        let item = *items.iter().min()? as usize;
        let what = if item.is_multiple_of(2) {
            CountryWord::Adjective
        } else {
            CountryWord::Capital
        };
        Some((len, what, &self.list[item / 2]))
    }

    /// The country whose adjective is exactly this phrase (`Russian`, `South Korean`).
    pub fn adjective(&self, phrase: &str) -> Option<&Country> {
        let w = phrase_words(phrase);
        match self.at(&w, 0) {
            Some((len, CountryWord::Adjective, c)) if len == w.len() => Some(c),
            _ => None,
        }
    }

    /// The country one of whose names is exactly these normalized words (`russia`,
    /// `united states`, `us`).
    pub fn named<S: AsRef<str>>(&self, norm: &[S]) -> Option<&Country> {
        let (len, items) = self.names.longest_at(norm, 0)?;
        let first = *items.first()? as usize;
        (len == norm.len()).then(|| &self.list[first])
    }

    /// The country whose capital is exactly this phrase (`Moscow`, `Kyiv`).
    pub fn capital(&self, phrase: &str) -> Option<&Country> {
        let w = phrase_words(phrase);
        let (len, items) = self.index.longest_at(&w, 0)?;
        if len != w.len() {
            return None;
        }
        items
            .iter()
            .find(|&&i| i % 2 == 1)
            .map(|&i| &self.list[i as usize / 2])
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Gender {
    Male,
    Female,
}

/// Given names, with their gender when the name has a clear one.
#[derive(Clone, Debug, Default)]
pub struct GivenNames {
    map: HashMap<String, Option<Gender>>,
}

impl GivenNames {
    pub fn embedded() -> GivenNames {
        GivenNames::parse(FIRST_NAMES)
    }

    pub fn parse(text: &str) -> GivenNames {
        let mut map = HashMap::new();
        for line in text.lines() {
            if line.starts_with('#') {
                continue;
            }
            if let Some((name, g)) = line.split_once('\t') {
                let g = match g.trim() {
                    "m" => Some(Gender::Male),
                    "f" => Some(Gender::Female),
                    "x" => None,
                    _ => continue,
                };
                map.insert(norm_word(name), g);
            }
        }
        GivenNames { map }
    }

    /// The gender of a given name (any case), if it is listed with one.
    pub fn gender(&self, name: &str) -> Option<Gender> {
        self.map.get(&norm_word(name)).copied().flatten()
    }

    /// Whether the word is a listed given name (of either gender).
    pub fn is_given(&self, name: &str) -> bool {
        self.map.contains_key(&norm_word(name))
    }

    pub fn names(&self) -> impl Iterator<Item = &str> {
        self.map.keys().map(String::as_str)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn countries_adjectives_and_capitals() {
        let c = Countries::embedded();
        assert!(c.list.len() > 150, "{}", c.list.len());
        assert_eq!(c.adjective("Russian").map(|c| c.code.as_str()), Some("RUS"));
        assert_eq!(
            c.adjective("Ukrainian").map(|c| c.code.as_str()),
            Some("UKR")
        );
        assert_eq!(
            c.adjective("Sudanese").map(|c| c.code.as_str()),
            Some("SDN")
        );
        assert_eq!(
            c.adjective("Hungarian").map(|c| c.code.as_str()),
            Some("HUN")
        );
        assert_eq!(
            c.adjective("South Korean").map(|c| c.code.as_str()),
            Some("KOR")
        );
        assert_eq!(c.adjective("Russia"), None);
        assert_eq!(c.capital("Moscow").map(|c| c.code.as_str()), Some("RUS"));
        assert_eq!(c.capital("Kyiv").map(|c| c.code.as_str()), Some("UKR"));
        assert_eq!(c.capital("Kiev").map(|c| c.code.as_str()), Some("UKR"));
        assert_eq!(
            c.capital("Washington").map(|c| c.code.as_str()),
            Some("USA")
        );
        assert_eq!(c.get("UKR").map(|c| c.name.as_str()), Some("Ukraine"));
        let named = |s: &str| c.named(&phrase_words(s)).map(|c| c.code.as_str());
        assert_eq!(named("Russian Federation"), Some("RUS"));
        assert_eq!(named("U.S."), Some("USA"));
        assert_eq!(named("United States"), Some("USA"));
        assert_eq!(named("Moscow"), None);
        let g = GivenNames::embedded();
        assert_eq!(g.gender("Sergey"), Some(Gender::Male));
        assert_eq!(g.gender("URSULA"), Some(Gender::Female));
        assert_eq!(g.gender("Zelensky"), None);
        assert_eq!(g.gender("Taylor"), None);
        assert!(g.is_given("Taylor") && g.is_given("Constance") && !g.is_given("Lavrov"));
    }
}
