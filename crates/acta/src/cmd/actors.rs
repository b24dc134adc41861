//! `acta actors lookup NAME [--date DATE]`: what a name codes to on a day, and why.

use acta_extract::dict::{actors::phrase_words, day_from_iso, day_to_iso, Layer};
use acta_text::{Overrides, RawArticle};
use anyhow::{bail, Result};

use crate::Pipeline;

/// Today's date (UTC) as `YYYY-MM-DD`.
fn today() -> String {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs())
        .unwrap_or(0);
    // civil date from days since 1970-01-01 (Howard Hinnant's algorithm)
    let z = (secs / 86_400) as i64 + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1_460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    format!("{y:04}-{m:02}-{d:02}")
}

/// `acta actors lookup`.
pub fn lookup(name: &str, date: Option<&str>) -> Result<bool> {
    let date = match date {
        Some(d) => d.to_string(),
        None => today(),
    };
    let Some(day) = day_from_iso(&date).filter(|_| date.len() == 10) else {
        bail!("--date {date:?} is not a date of the form YYYY-MM-DD");
    };
    let pipeline = Pipeline::load()?;
    let over = Overrides {
        published: Some(date.clone()),
        ..Default::default()
    };
    // the name as the subject of a sentence of its own ("NAME said."), so that titles and
    // adjectives are parsed as in an article: a bare phrase is often parsed as no clause at all
    let text = format!("{} said.", name.trim().trim_end_matches('.'));
    let doc = pipeline.code(RawArticle::from_text("lookup", text), &over);
    println!("{name:?} on {date}:");
    if doc.entities.is_empty() {
        println!("  no actor found");
    }
    for e in &doc.entities {
        let written: Vec<&str> = e.mentions.iter().map(|m| m.text.as_str()).collect();
        println!(
            "  {:<10} {} ({}, written {:?})",
            e.actor.as_deref().unwrap_or("(no code)"),
            e.canonical,
            e.kind,
            written.join(", ")
        );
        if let Some(src) = &e.actor_source {
            println!("             why: {src}");
        }
    }
    // every dictionary entry with this exact phrase, and what each says on the day
    let dict = &pipeline.actors.dict;
    let words = phrase_words(name);
    let entries: Vec<usize> = (0..dict.actors.len())
        .filter(|&i| dict.actors[i].phrases.contains(&words))
        .collect();
    if !entries.is_empty() {
        println!("  dictionary entries for {:?}:", words.join(" "));
    }
    for i in entries {
        let a = &dict.actors[i];
        let codes: Vec<String> = a
            .codes
            .iter()
            .map(|c| {
                let range = match (c.from, c.to) {
                    (None, None) => String::new(),
                    (f, t) => format!(
                        " {}..{}",
                        f.map(day_to_iso).unwrap_or_default(),
                        t.map(day_to_iso).unwrap_or_default()
                    ),
                };
                let mark = if !c.is_default() && c.covers(day) {
                    " *"
                } else {
                    ""
                };
                format!("{}{range}{mark}", c.code)
            })
            .collect();
        let layer = if dict.layers[i] == Layer::Overlay {
            "overlay"
        } else {
            "dictionary"
        };
        println!(
            "    {:<40} {layer:<10} {:<24} on the day: {}",
            a.origin,
            a.name,
            a.code_on(Some(day)).unwrap_or("-")
        );
        println!(
            "      codes: {}{}",
            codes.join("; "),
            if a.role.is_empty() {
                String::new()
            } else {
                format!("  ({})", a.role)
            }
        );
    }
    Ok(true)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn today_is_a_date() {
        let t = today();
        assert_eq!(t.len(), 10);
        assert!(day_from_iso(&t).is_some_and(|d| d > 20240101));
    }
}
