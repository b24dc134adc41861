//! `acta places lookup NAME`: what the gazetteer knows about a name, and why it ranks each
//! candidate where it does.

use anyhow::Result;

use acta_extract::places::Places;

/// Prints the candidates of `name`, best first.
pub fn lookup(name: &str, limit: usize) -> Result<bool> {
    let places = Places::load().map_err(anyhow::Error::msg)?;
    let found = places.explain(name);
    if found.is_empty() {
        println!(
            "{name:?}: not in the gazetteer (folded: {:?})",
            places.gazetteer.folder.fold(name)
        );
        return Ok(false);
    }
    println!("{name:?}: {} candidates", found.len());
    for (i, c) in found.iter().take(limit).enumerate() {
        let e = &c.entry;
        let point = match (e.lat, e.lon) {
            (Some(a), Some(b)) => format!("{a:.4},{b:.4}"),
            _ => "no point".to_string(),
        };
        println!(
            "{:>2}. {:<28} {:<9} {:<4} {:<24} {:<12} {:<20} score {:>6.2}",
            i + 1,
            e.name,
            e.feature.as_str(),
            e.country
                .as_deref()
                .unwrap_or(if e.countries.is_empty() { "-" } else { "multi" }),
            e.admin1.as_deref().unwrap_or("-"),
            e.geonames_id.map_or("-".to_string(), |g| g.to_string()),
            point,
            c.score
        );
        for w in &c.why {
            println!("      {w}");
        }
    }
    Ok(true)
}
