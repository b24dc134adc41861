//! Resolution: which gazetteer entry a mention names.
//!
//! Each candidate gets a score: a prior (population on a log scale, by feature; main name or
//! alternate name), the type noun around the mention ("province" → admin-1), the "X, Y"
//! hierarchy (Y contains X), and in a second pass the article's context: countries and
//! admin-1 units that the *other* names of the article (places resolved with confidence in
//! the first pass, country adjectives) point to. The best score wins; confidence is its
//! share of the softmax over all candidates, times the recognition strength.

use super::gazetteer::{Entry, Feature, FxMap, Gazetteer};
use super::recognize::{Mention, Reading, TypeHint};

/// Score weights, in natural-log units of population.
const ADMIN1_PENALTY: f64 = 3.0;
const COUNTRY_BONUS: f64 = 3.0;
const REGION_PRIOR: f64 = 17.0;
const CONTINENT_PRIOR: f64 = 20.0;
const CAPITAL_BONUS: f64 = 4.0;
const ALTERNATE_NAME: f64 = -1.5;
const TYPE_AGREES: f64 = 8.0;
const TYPE_DISAGREES: f64 = -8.0;
const QUALIFIED: f64 = 12.0;
const QUALIFIER: f64 = 6.0;
const CONTEXT_COUNTRY: f64 = 1.5;
const CONTEXT_ADMIN1: f64 = 5.0;
/// Another city of the same admin-1 unit in the article: weaker than the unit itself.
const CONTEXT_SIBLING: f64 = 2.0;
/// A city that shares its name with its own country (Singapore, Hong Kong, Monaco): the name
/// alone means the country.
const CITY_STATE: f64 = -5.0;
/// A first-pass resolution counts as context when it beats the runner-up by this much.
const CONFIDENT_MARGIN: f64 = 2.0;

/// A candidate entry with its score and the reasons for it.
#[derive(Clone, Debug, PartialEq)]
pub struct Candidate {
    pub entry: u32,
    pub score: f64,
    pub why: Vec<String>,
}

/// One line of `acta places lookup`.
#[derive(Clone, Debug, PartialEq)]
pub struct Explained {
    pub entry: Entry,
    pub score: f64,
    pub why: Vec<String>,
}

/// `eponymous`: a city of the same name lies in this admin-1 unit (the oblast named after its
/// centre: "Donetsk", "Kherson"). Then the name alone means the city; otherwise ("Wyoming",
/// "Victoria") the unit.
fn prior(e: &Entry, main: bool, eponymous: bool, why: Option<&mut Vec<String>>) -> f64 {
    let lp = ((e.population + 1) as f64).ln();
    let (mut s, mut reason) = match e.feature {
        Feature::City => (lp, format!("city, population {}", e.population)),
        Feature::Admin1 if eponymous => (
            lp - ADMIN1_PENALTY,
            format!(
                "admin-1 unit named after its city, cities of 15,000+ total {} (-{ADMIN1_PENALTY})",
                e.population
            ),
        ),
        Feature::Admin1 => (
            lp + 1.0,
            format!(
                "admin-1 unit, cities of 15,000+ total {} (+1)",
                e.population
            ),
        ),
        Feature::Country => (
            lp.max(9.0) + COUNTRY_BONUS,
            format!("country, population {} (+{COUNTRY_BONUS})", e.population),
        ),
        Feature::Region => (REGION_PRIOR, "curated news region".to_string()),
        Feature::Continent => (CONTINENT_PRIOR, "continent".to_string()),
    };
    if e.capital {
        s += CAPITAL_BONUS;
        reason.push_str(", national capital");
    }
    if !main {
        s += ALTERNATE_NAME;
        reason.push_str(", alternate name");
    }
    if let Some(w) = why {
        w.push(format!("{reason}: prior {s:.2}"));
    }
    s
}

fn hint_score(e: &Entry, hint: Option<TypeHint>) -> f64 {
    match (hint, e.feature) {
        (None, _) => 0.0,
        (Some(TypeHint::Admin), Feature::Admin1 | Feature::Region) => TYPE_AGREES,
        (Some(TypeHint::Admin), _) => TYPE_DISAGREES,
        (Some(TypeHint::City), Feature::City) => TYPE_AGREES,
        (Some(TypeHint::City), _) => TYPE_DISAGREES,
    }
}

/// Does `outer` contain `inner` (a country its cities and admin-1 units, an admin-1 unit its
/// cities, a region its countries' places)?
fn contains(outer: &Entry, inner: &Entry) -> bool {
    match outer.feature {
        Feature::Country => {
            inner.feature != Feature::Country
                && inner.country == outer.country
                && inner.country.is_some()
        }
        Feature::Admin1 => {
            inner.feature == Feature::City
                && inner.country == outer.country
                && inner.admin1 == outer.admin1
        }
        _ => false,
    }
}

/// Scores of every candidate of a mention; `ctx` adds the article's context.
fn score(
    g: &Gazetteer,
    ms: &[Mention],
    n: usize,
    ctx: Option<&Context>,
    explain: bool,
) -> Vec<Candidate> {
    let m = &ms[n];
    let mut out = Vec::with_capacity(m.candidates.len());
    for &(id, main) in &m.candidates {
        let e = g.entry(id);
        let mut why = Vec::new();
        let eponymous = e.feature == Feature::Admin1
            && m.candidates.iter().any(|&(c, _)| {
                let x = g.entry(c);
                x.feature == Feature::City && x.country == e.country && x.admin1 == e.admin1
            });
        let mut s = prior(e, main, eponymous, explain.then_some(&mut why));
        if e.feature == Feature::City
            && m.candidates.iter().any(|&(c, _)| {
                let x = g.entry(c);
                x.feature == Feature::Country && x.country == e.country
            })
        {
            s += CITY_STATE;
            if explain {
                why.push(format!(
                    "city-state, the country is a candidate: {CITY_STATE:+}"
                ));
            }
        }
        let h = hint_score(e, m.hint);
        if h != 0.0 {
            s += h;
            if explain {
                why.push(format!("type noun {:?}: {h:+}", m.hint.expect("hint")));
            }
        }
        // "X, Y": this is X and the next mention Y contains it
        if let Some(next) = ms.get(n + 1).filter(|q| q.after_comma_of == Some(n)) {
            if next
                .candidates
                .iter()
                .any(|&(c, _)| contains(g.entry(c), e))
            {
                s += QUALIFIED;
                if explain {
                    why.push(format!("qualified by {:?}: {QUALIFIED:+}", next.key));
                }
            }
        }
        // "X, Y": this is Y and contains X
        if let Some(prev) = m.after_comma_of.map(|p| &ms[p]) {
            if prev
                .candidates
                .iter()
                .any(|&(c, _)| contains(e, g.entry(c)))
            {
                s += QUALIFIER;
                if explain {
                    why.push(format!("contains {:?}: {QUALIFIER:+}", prev.key));
                }
            }
        }
        if let Some(ctx) = ctx {
            if ctx.qualified.get(&m.key) == Some(&id)
                && ms.get(n + 1).is_none_or(|q| q.after_comma_of != Some(n))
            {
                s += QUALIFIED;
                if explain {
                    why.push(format!("qualified elsewhere in the article: {QUALIFIED:+}"));
                }
            }
            let own = |ev: &Evidence| ev.mention.is_some_and(|k| ms[k].key == m.key);
            if let Some(c) = &e.country {
                if ctx
                    .country
                    .get(c.as_str())
                    .is_some_and(|v| v.iter().any(|ev| !own(ev)))
                {
                    s += CONTEXT_COUNTRY;
                    if explain {
                        why.push(format!("article context {c}: {CONTEXT_COUNTRY:+}"));
                    }
                }
                if let (Some(a), Some(k)) = (&e.admin1, e.admin1_key) {
                    let (mut itself, mut sibling) = (false, false);
                    for ev in ctx.admin1.get(&k).into_iter().flatten() {
                        if !own(ev) {
                            itself |= ev.admin1_itself;
                            sibling = true;
                        }
                    }
                    let bonus = if itself {
                        CONTEXT_ADMIN1
                    } else if sibling {
                        CONTEXT_SIBLING
                    } else {
                        0.0
                    };
                    if bonus > 0.0 {
                        s += bonus;
                        if explain {
                            why.push(format!("article context {a} ({c}): {bonus:+}"));
                        }
                    }
                }
            }
        }
        out.push(Candidate {
            entry: id,
            score: s,
            why,
        });
    }
    // best first; ties by gazetteer order (deterministic)
    out.sort_by(|a, b| b.score.total_cmp(&a.score).then(a.entry.cmp(&b.entry)));
    out
}

#[derive(Clone, Debug)]
struct Evidence {
    /// The mention it comes from; `None` for a country adjective.
    mention: Option<usize>,
    /// The admin-1 unit is named itself (not one of its cities).
    admin1_itself: bool,
}

#[derive(Debug, Default)]
struct Context {
    country: FxMap<String, Vec<Evidence>>,
    /// By interned (country, admin-1) pair ([`Entry::admin1_key`]).
    admin1: FxMap<u32, Vec<Evidence>>,
    /// A name resolved through "X, Y" somewhere in the article → that entry.
    qualified: FxMap<String, u32>,
}

fn softmax_best(c: &[Candidate]) -> f64 {
    let Some(best) = c.first() else { return 0.0 };
    let z: f64 = c.iter().map(|x| (x.score - best.score).exp()).sum();
    1.0 / z
}

/// Resolves each mention to an entry and a confidence; `None` where the mention is not a
/// place (a person, an organisation's name, a common word) or has no candidate.
pub fn resolve(
    g: &Gazetteer,
    ms: &[Mention],
    demonyms: &[(usize, String)],
) -> Vec<Option<(u32, f64)>> {
    // pass 1: without context
    let mut ctx = Context::default();
    for (n, m) in ms.iter().enumerate() {
        if !matches!(m.reading, Reading::Place | Reading::OrgPart) {
            continue;
        }
        // one candidate: nothing to weigh
        let best = if let [(only, _)] = m.candidates[..] {
            only
        } else {
            let cands = score(g, ms, n, None, false);
            let Some(best) = cands.first() else { continue };
            let margin = cands.get(1).map_or(f64::INFINITY, |c| best.score - c.score);
            if margin < CONFIDENT_MARGIN {
                continue;
            }
            best.entry
        };
        let e = g.entry(best);
        let ev = Evidence {
            mention: Some(n),
            admin1_itself: e.feature == Feature::Admin1,
        };
        let next_qualifies = ms.get(n + 1).is_some_and(|q| {
            q.after_comma_of == Some(n)
                && q.candidates.iter().any(|&(c, _)| contains(g.entry(c), e))
        });
        if next_qualifies {
            ctx.qualified.entry(m.key.clone()).or_insert(best);
        }
        if let Some(c) = &e.country {
            ctx.country.entry(c.clone()).or_default().push(ev.clone());
            if let Some(k) = e.admin1_key {
                ctx.admin1.entry(k).or_default().push(ev);
            }
        }
    }
    for (_, c) in demonyms {
        ctx.country.entry(c.clone()).or_default().push(Evidence {
            mention: None,
            admin1_itself: false,
        });
    }
    // pass 2: with the article's context
    (0..ms.len())
        .map(|n| {
            let m = &ms[n];
            if m.reading != Reading::Place {
                return None;
            }
            if let [(only, _)] = m.candidates[..] {
                return Some((only, m.strength.clamp(0.05, 0.99)));
            }
            let cands = score(g, ms, n, Some(&ctx), false);
            let best = cands.first()?;
            let conf = softmax_best(&cands) * m.strength.clamp(0.05, 0.99);
            Some((best.entry, conf))
        })
        .collect()
}

/// The candidates of a name alone, best first, with reasons.
pub fn explain(g: &Gazetteer, name: &str) -> Vec<Explained> {
    let key = g.folder.fold(name);
    let m = Mention {
        sentence: 0,
        start: 0,
        end: name.len(),
        candidates: g.lookup_key(&key).to_vec(),
        key,
        prep: None,
        partial: false,
        hint: None,
        metonym: false,
        after_comma_of: None,
        initial: false,
        reading: Reading::Place,
        strength: 1.0,
        ner_place: false,
        based: false,
    };
    score(g, std::slice::from_ref(&m), 0, None, true)
        .into_iter()
        .map(|c| Explained {
            entry: g.entry(c.entry).clone(),
            score: c.score,
            why: c.why,
        })
        .collect()
}
