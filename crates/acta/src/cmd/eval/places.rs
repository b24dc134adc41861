//! `acta eval places --gold FILE`: toponym recognition and resolution against a JSON Lines
//! gold file (format in docs/places.md).
//!
//! Each line is a passage with the toponyms in it and the names in it that are *not* places
//! (a person called Jordan, a newspaper called the Washington Post). Every passage is coded by
//! the whole pipeline, as an article would be; a gold toponym is found when a predicted place
//! overlaps it. Country accuracy and exact match are over all gold toponyms (a missed toponym
//! counts as wrong for both).

use std::path::Path;

use acta_core::{Document, Place};
use acta_text::{Overrides, RawArticle};
use anyhow::{bail, Context, Result};
use serde::Deserialize;

use crate::Pipeline;

/// One passage of the gold file.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GoldLine {
    pub id: String,
    /// Where the text comes from and its licence.
    pub source: String,
    pub text: String,
    #[serde(default)]
    pub places: Vec<GoldPlace>,
    #[serde(default)]
    pub not_places: Vec<GoldNotPlace>,
}

/// A toponym and what it refers to.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GoldPlace {
    /// The words as written.
    pub mention: String,
    /// Which occurrence of `mention` in `text` (0 = the first).
    #[serde(default)]
    pub nth: usize,
    /// The GeoNames id, when the place is one GeoNames gives an id for here (cities,
    /// countries, continents); null for admin-1 units and regions.
    pub geonames_id: Option<u64>,
    /// ISO alpha-3; null for a region that spans countries.
    pub country: Option<String>,
    /// `city`, `admin1`, `country`, `region` or `continent`.
    pub feature: String,
    /// For admin-1 units and regions without an id: the name to match (folded).
    #[serde(default)]
    pub name: Option<String>,
    /// The name stands for a government ("Washington said").
    #[serde(default)]
    pub metonym: bool,
    #[serde(default)]
    pub note: Option<String>,
}

/// A name that is not a place here.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GoldNotPlace {
    pub mention: String,
    #[serde(default)]
    pub nth: usize,
    /// `person`, `organisation`, `word`.
    pub why: String,
}

/// Counts of one evaluation.
#[derive(Debug, Default, Clone, PartialEq)]
pub struct PlacesScore {
    pub toponyms: usize,
    pub found: usize,
    pub country_ok: usize,
    pub exact_ok: usize,
    pub metonyms: usize,
    pub metonyms_ok: usize,
    pub not_places: usize,
    pub not_places_ok: usize,
    /// Predicted places that overlap no gold toponym (in passages whose toponyms are all
    /// annotated).
    pub spurious: usize,
    pub predicted: usize,
    pub errors: Vec<String>,
}

impl PlacesScore {
    pub fn country_accuracy(&self) -> f64 {
        ratio(self.country_ok, self.toponyms)
    }
    pub fn exact_accuracy(&self) -> f64 {
        ratio(self.exact_ok, self.toponyms)
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        0.0
    } else {
        a as f64 / b as f64
    }
}

/// Byte span of the `nth` occurrence of `needle` in `hay` (whole words).
fn find_nth(hay: &str, needle: &str, nth: usize) -> Option<(usize, usize)> {
    let mut from = 0;
    let mut seen = 0;
    while let Some(i) = hay[from..].find(needle) {
        let s = from + i;
        let e = s + needle.len();
        let before_ok = hay[..s]
            .chars()
            .next_back()
            .is_none_or(|c| !c.is_alphanumeric());
        let after_ok = hay[e..].chars().next().is_none_or(|c| !c.is_alphanumeric());
        if before_ok && after_ok {
            if seen == nth {
                return Some((s, e));
            }
            seen += 1;
        }
        from = s + needle.len().max(1);
    }
    None
}

fn fold(s: &str) -> String {
    s.chars()
        .filter(|c| c.is_alphanumeric() || c.is_whitespace())
        .collect::<String>()
        .to_lowercase()
}

fn exact(p: &Place, g: &GoldPlace) -> bool {
    if p.country != g.country || p.feature != g.feature {
        return false;
    }
    match g.geonames_id {
        Some(id) => p.geonames_id == Some(id),
        None => g.name.as_deref().is_some_and(|n| {
            fold(n) == fold(&p.name) || p.admin1.as_deref().is_some_and(|a| fold(a) == fold(n))
        }),
    }
}

fn describe(p: &Place) -> String {
    format!(
        "{} [{} {} {} id={}]",
        p.name,
        p.feature,
        p.country.as_deref().unwrap_or("-"),
        p.admin1.as_deref().unwrap_or("-"),
        p.geonames_id.map_or("-".to_string(), |i| i.to_string())
    )
}

/// Scores one coded passage against its gold line.
pub fn score_line(doc: &Document, line: &GoldLine, s: &mut PlacesScore) -> Result<()> {
    let text = &doc.text;
    let mut matched = vec![false; doc.places.len()];
    for g in &line.places {
        let Some((a, b)) = find_nth(text, &g.mention, g.nth) else {
            bail!(
                "{}: {:?} (occurrence {}) is not in the text",
                line.id,
                g.mention,
                g.nth
            );
        };
        s.toponyms += 1;
        let hit = doc
            .places
            .iter()
            .enumerate()
            .find(|(_, p)| p.start < b && a < p.end);
        if g.metonym {
            s.metonyms += 1;
        }
        match hit {
            Some((i, p)) => {
                matched[i] = true;
                s.found += 1;
                let country = p.country == g.country;
                let ex = exact(p, g);
                s.country_ok += country as usize;
                s.exact_ok += ex as usize;
                if g.metonym && p.metonym {
                    s.metonyms_ok += 1;
                }
                if !ex {
                    s.errors.push(format!(
                        "{} {:<8} {:?} -> {}  (gold: {} {} {} id={})",
                        line.id,
                        if country { "INEXACT" } else { "WRONG" },
                        g.mention,
                        describe(p),
                        g.name.as_deref().unwrap_or(""),
                        g.feature,
                        g.country.as_deref().unwrap_or("-"),
                        g.geonames_id.map_or("-".to_string(), |i| i.to_string())
                    ));
                }
            }
            None => s.errors.push(format!(
                "{} MISSED   {:?}  (gold: {} {} id={})",
                line.id,
                g.mention,
                g.feature,
                g.country.as_deref().unwrap_or("-"),
                g.geonames_id.map_or("-".to_string(), |i| i.to_string())
            )),
        }
    }
    for n in &line.not_places {
        let Some((a, b)) = find_nth(text, &n.mention, n.nth) else {
            bail!(
                "{}: {:?} (occurrence {}) is not in the text",
                line.id,
                n.mention,
                n.nth
            );
        };
        s.not_places += 1;
        match doc.places.iter().find(|p| p.start < b && a < p.end) {
            None => s.not_places_ok += 1,
            Some(p) => s.errors.push(format!(
                "{} NOTPLACE {:?} ({}) read as {}",
                line.id,
                n.mention,
                n.why,
                describe(p)
            )),
        }
    }
    s.predicted += doc.places.len();
    for (i, p) in doc.places.iter().enumerate() {
        let is_not_place = line.not_places.iter().any(|n| {
            find_nth(text, &n.mention, n.nth).is_some_and(|(a, b)| p.start < b && a < p.end)
        });
        if !matched[i] && !is_not_place {
            s.spurious += 1;
            s.errors.push(format!(
                "{} SPURIOUS {:?} -> {}",
                line.id,
                p.text,
                describe(p)
            ));
        }
    }
    Ok(())
}

/// Reads a gold file.
pub fn read_gold(path: &Path) -> Result<Vec<GoldLine>> {
    let text =
        std::fs::read_to_string(path).with_context(|| format!("cannot read {}", path.display()))?;
    let mut out = Vec::new();
    for (n, line) in text.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let g: GoldLine = serde_json::from_str(line)
            .with_context(|| format!("{}:{}: not a gold line", path.display(), n + 1))?;
        out.push(g);
    }
    Ok(out)
}

/// Codes every passage and scores it.
pub fn evaluate(pipeline: &Pipeline, gold: &[GoldLine]) -> Result<PlacesScore> {
    let mut s = PlacesScore::default();
    for line in gold {
        let raw = RawArticle::from_text(line.id.clone(), line.text.clone());
        let doc = pipeline.code(raw, &Overrides::default());
        score_line(&doc, line, &mut s)?;
    }
    Ok(s)
}

/// `acta eval places --gold FILE`.
pub fn run(gold: &Path, show_errors: bool) -> Result<bool> {
    let lines = read_gold(gold)?;
    let pipeline = Pipeline::load()?;
    let s = evaluate(&pipeline, &lines)?;
    if show_errors {
        for e in &s.errors {
            println!("{e}");
        }
    }
    println!(
        "{}: {} passages, {} toponyms, {} names that are not places",
        gold.display(),
        lines.len(),
        s.toponyms,
        s.not_places
    );
    let pct = |a: usize, b: usize| format!("{:.4}  ({a} of {b})", ratio(a, b));
    println!("{:<34} {}", "toponyms found", pct(s.found, s.toponyms));
    println!(
        "{:<34} {}",
        "country accuracy",
        pct(s.country_ok, s.toponyms)
    );
    println!(
        "{:<34} {}",
        "exact match (GeoNames id / admin-1)",
        pct(s.exact_ok, s.toponyms)
    );
    println!(
        "{:<34} {}",
        "metonyms flagged",
        pct(s.metonyms_ok, s.metonyms)
    );
    println!(
        "{:<34} {}",
        "non-places left alone",
        pct(s.not_places_ok, s.not_places)
    );
    println!(
        "{:<34} {}",
        "predicted places matching gold",
        pct(s.predicted - s.spurious, s.predicted)
    );
    // by source: passages are named `SOURCE:...`
    let mut sources: Vec<&str> = lines
        .iter()
        .map(|l| l.id.split(':').next().unwrap_or(""))
        .collect();
    sources.dedup();
    sources.sort();
    sources.dedup();
    if sources.len() > 1 {
        println!("by source:                          country    exact      toponyms");
        for src in sources {
            let part: Vec<GoldLine> = read_gold(gold)?
                .into_iter()
                .filter(|l| l.id.split(':').next() == Some(src))
                .collect();
            let p = evaluate(&pipeline, &part)?;
            println!(
                "  {src:<32} {:.4}     {:.4}     {}",
                p.country_accuracy(),
                p.exact_accuracy(),
                p.toponyms
            );
        }
    }
    Ok(true)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The gold file scored by the whole pipeline: the bar (country >= 0.95, exact
    /// GeoNames match >= 0.85), and every hard case's non-place left alone.
    #[test]
    fn gold_file_meets_the_bar() {
        let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../eval/places.gold.jsonl");
        let gold = read_gold(&path).unwrap();
        assert!(gold.iter().map(|l| l.places.len()).sum::<usize>() >= 150);
        let s = evaluate(&Pipeline::load().unwrap(), &gold).unwrap();
        assert!(
            s.country_accuracy() >= 0.95,
            "country {:.4}",
            s.country_accuracy()
        );
        assert!(
            s.exact_accuracy() >= 0.85,
            "exact {:.4}",
            s.exact_accuracy()
        );
        assert_eq!(s.not_places_ok, s.not_places, "{:#?}", s.errors);
    }

    #[test]
    fn nth_occurrence_as_whole_words() {
        let t = "Georgia and Georgian ties: Georgia.";
        assert_eq!(find_nth(t, "Georgia", 0), Some((0, 7)));
        assert_eq!(find_nth(t, "Georgia", 1), Some((27, 34)));
        assert_eq!(find_nth(t, "Georgia", 2), None);
    }
}
