//! Acta's text layer: from a file, feed or page to a [`Document`] with clean text, sentences
//! and tokens.
//!
//! ```text
//! source::Inputs ──RawArticle──▶ Preparer::prepare ──▶ Document { article, text, removed,
//!   (read, decode,                 clean::Cleaner        source_map, sentences + tokens }
//!    extract HTML)                 segment + tokenize
//! ```
//!
//! Everything here is deterministic and touches no network.

pub mod clean;
pub mod html;
pub mod segment;
pub mod source;
pub mod tokenize;

use std::sync::LazyLock;

use acta_core::{text_id, Article, DateOrder, Document, Sentence, SentenceKind, Token, SCHEMA};
use regex::Regex;

pub use clean::{Cleaned, Cleaner};
pub use source::{Format, Inputs, RawArticle, ReadError, ReadOptions};

/// Metadata given on the command line; each one wins over what the input says.
#[derive(Clone, Debug, Default)]
pub struct Overrides {
    pub published: Option<String>,
    pub url: Option<String>,
    pub outlet: Option<String>,
    pub date_order: Option<DateOrder>,
}

/// Turns raw articles into documents. Build once; `prepare` takes `&self` and is thread-safe.
#[derive(Default)]
pub struct Preparer {
    cleaner: Cleaner,
}

impl Preparer {
    pub fn new(cleaner: Cleaner) -> Preparer {
        Preparer { cleaner }
    }

    /// Cleans, detects the language, splits sentences and tokenizes.
    pub fn prepare(&self, raw: RawArticle, over: &Overrides) -> Document {
        let cleaned = self.cleaner.clean(&raw.text, raw.title_end);
        let mut doc = Document {
            schema: SCHEMA.to_string(),
            warnings: raw.warnings,
            ..Default::default()
        };
        let mut authors = raw.authors;
        for a in cleaned.authors {
            if !authors.contains(&a) {
                authors.push(a);
            }
        }
        let url = over.url.clone().or(raw.url);
        let (published, published_source) = match &over.published {
            Some(p) => (Some(p.clone()), Some("flag".to_string())),
            None if raw.published.is_some() => (raw.published, raw.published_source),
            // a date in the URL path, for any input (HTML pages already looked there)
            None => match url.as_deref().and_then(html::date_in_url) {
                Some(d) => (Some(d), Some("url".to_string())),
                None => (None, None),
            },
        };
        doc.article = Article {
            id: String::new(),
            input_id: None,
            url,
            outlet: over.outlet.clone().or(raw.outlet),
            published,
            published_source,
            title: raw.title,
            authors,
            agency: cleaned.agency,
            language: None,
            date_order: over.date_order.or_else(|| infer_date_order(&cleaned.text)),
            source: Some(raw.source),
            tone: None,
        };
        doc.sentences = sentences(&cleaned.text, &cleaned.paragraphs);
        doc.article.id = text_id(&cleaned.text);
        doc.article.input_id = raw.id;
        doc.article.language = detect_language(&cleaned.text, &mut doc.warnings);
        doc.text = cleaned.text;
        doc.removed = cleaned.removed;
        doc.source_map = cleaned.map;
        doc
    }
}

/// Splits paragraphs into sentences and tokens.
pub fn sentences(text: &str, paragraphs: &[(acta_core::Span, SentenceKind)]) -> Vec<Sentence> {
    let mut out = Vec::new();
    let mut toks = Vec::new();
    for &(span, kind) in paragraphs {
        toks.clear();
        tokenize::tokenize_into(&text[span.start..span.end], span.start, &mut toks);
        for range in segment::split_sentences(text, &toks) {
            let ts = &toks[range];
            let (start, end) = (ts[0].start, ts[ts.len() - 1].end);
            out.push(Sentence {
                id: out.len(),
                start,
                end,
                text: text[start..end].to_string(),
                kind,
                tokens: ts
                    .iter()
                    .map(|t| Token {
                        text: text[t.start..t.end].to_string(),
                        start: t.start,
                        end: t.end,
                        ..Default::default()
                    })
                    .collect(),
            });
        }
    }
    out
}

/// Language of the cleaned text (ISO 639-1), when it can be told; a note in `warnings` when
/// it is not English.
fn detect_language(text: &str, warnings: &mut Vec<String>) -> Option<String> {
    if looks_english(text) {
        return Some("en".into());
    }
    let sample: String = text.chars().take(3000).collect();
    let info = whatlang::detect(&sample)?;
    let code = iso639_1(info.lang());
    if info.lang() == whatlang::Lang::Eng {
        return Some("en".into());
    }
    if !info.is_reliable() || sample.len() < 40 {
        // too little to tell: code it as English, as most inputs are
        return Some("en".into());
    }
    warnings.push(format!(
        "language detected as {} ({}); Acta codes English only, so this article is stored but not coded",
        info.lang().eng_name(),
        code
    ));
    Some(code.to_string())
}

/// A fast path before statistical detection: among the first hundred words, English function
/// words are frequent (a fifth or more of running English text; well under a tenth of any
/// other language's, even ones that borrow English words).
fn looks_english(text: &str) -> bool {
    const FUNCTION_WORDS: &[&str] = &[
        "the", "of", "and", "to", "in", "a", "is", "that", "for", "on", "was", "with", "as", "by",
        "it", "he", "said", "has", "have", "at", "from", "be", "his", "are", "an", "will", "not",
        "this", "were", "had", "their", "its",
    ];
    let (mut words, mut hits) = (0, 0);
    for w in text
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| !w.is_empty())
        .take(100)
    {
        words += 1;
        if w.len() <= 5 && FUNCTION_WORDS.iter().any(|f| f.eq_ignore_ascii_case(w)) {
            hits += 1;
        }
    }
    words >= 20 && hits * 5 >= words
}

fn iso639_1(lang: whatlang::Lang) -> &'static str {
    use whatlang::Lang::*;
    match lang {
        Eng => "en",
        Rus => "ru",
        Ukr => "uk",
        Spa => "es",
        Por => "pt",
        Fra => "fr",
        Deu => "de",
        Ita => "it",
        Nld => "nl",
        Pol => "pl",
        Tur => "tr",
        Ara => "ar",
        Heb => "he",
        Pes => "fa",
        Cmn => "zh",
        Jpn => "ja",
        Kor => "ko",
        Vie => "vi",
        Ind => "id",
        Hin => "hi",
        Swe => "sv",
        Dan => "da",
        Fin => "fi",
        Ces => "cs",
        Ell => "el",
        Ron => "ro",
        Hun => "hu",
        Bul => "bg",
        Srp => "sr",
        Hrv => "hr",
        _ => lang.code(),
    }
}

static NUMERIC_DATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?-u:\b)(\d{1,2})/(\d{1,2})(?:/(\d{2}|\d{4}))?(?-u:\b)").expect("date regex")
});

/// `DMY` or `MDY` when numeric dates in the text prove it: `21/8` can only be day/month,
/// `8/21` only month/day. Ambiguous dates (`3/4`) do not vote; a tie gives no answer.
pub fn infer_date_order(text: &str) -> Option<DateOrder> {
    let (mut dmy, mut mdy) = (0, 0);
    for c in NUMERIC_DATE.captures_iter(text) {
        let (a, b): (u32, u32) = (c[1].parse().unwrap_or(0), c[2].parse().unwrap_or(0));
        if a == 0 || b == 0 {
            continue;
        }
        if a > 12 && a <= 31 && b <= 12 {
            dmy += 1;
        } else if b > 12 && b <= 31 && a <= 12 {
            mdy += 1;
        }
    }
    match dmy.cmp(&mdy) {
        std::cmp::Ordering::Greater => Some(DateOrder::Dmy),
        std::cmp::Ordering::Less => Some(DateOrder::Mdy),
        std::cmp::Ordering::Equal => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn date_order_from_unambiguous_dates() {
        assert_eq!(
            infer_date_order("on 21/8 and 1/9 and 23/7"),
            Some(DateOrder::Dmy)
        );
        assert_eq!(infer_date_order("on 8/21/2025"), Some(DateOrder::Mdy));
        assert_eq!(infer_date_order("on 3/4 and 5/6"), None);
        assert_eq!(infer_date_order("a 3.5 rise"), None);
    }

    #[test]
    fn prepare_sets_metadata_and_overrides() {
        let raw = RawArticle {
            source: "x.jsonl:1".into(),
            text: "Talks resume\n\nNegotiators met in Istanbul on 23/7. They agreed to meet again.\nJane Roe (AFP)".into(),
            title_end: Some(12),
            title: Some("Talks resume".into()),
            published: Some("2025-07-24".into()),
            published_source: Some("input".into()),
            ..Default::default()
        };
        let over = Overrides {
            outlet: Some("Wire".into()),
            ..Default::default()
        };
        let doc = Preparer::default().prepare(raw, &over);
        assert_eq!(doc.schema, "acta/1");
        assert_eq!(doc.article.outlet.as_deref(), Some("Wire"));
        assert_eq!(doc.article.published.as_deref(), Some("2025-07-24"));
        assert_eq!(doc.article.authors, ["Jane Roe"]);
        assert_eq!(doc.article.agency.as_deref(), Some("AFP"));
        assert_eq!(doc.article.date_order, Some(DateOrder::Dmy));
        assert_eq!(doc.article.language.as_deref(), Some("en"));
        assert_eq!(doc.article.id, text_id(&doc.text));
        let kinds: Vec<_> = doc
            .sentences
            .iter()
            .map(|s| (s.kind, s.text.as_str()))
            .collect();
        assert_eq!(
            kinds,
            [
                (SentenceKind::Title, "Talks resume"),
                (SentenceKind::Body, "Negotiators met in Istanbul on 23/7."),
                (SentenceKind::Body, "They agreed to meet again.")
            ]
        );
        for s in &doc.sentences {
            assert_eq!(&doc.text[s.start..s.end], s.text);
            for t in &s.tokens {
                assert_eq!(&doc.text[t.start..t.end], t.text);
            }
        }
    }

    #[test]
    fn publication_date_from_the_url_of_any_input() {
        let raw = RawArticle {
            url: Some("https://example.org/world/2025/06/23/talks-resume".into()),
            ..RawArticle::from_text("x.txt", "Negotiators met in Istanbul on Monday.")
        };
        let doc = Preparer::default().prepare(raw, &Overrides::default());
        assert_eq!(
            (
                doc.article.published.as_deref(),
                doc.article.published_source.as_deref()
            ),
            (Some("2025-06-23"), Some("url"))
        );
        // the input's own date wins
        let raw = RawArticle {
            url: Some("https://example.org/world/2025/06/23/talks-resume".into()),
            published: Some("2025-06-24".into()),
            published_source: Some("input".into()),
            ..RawArticle::from_text("x.txt", "Negotiators met in Istanbul on Monday.")
        };
        let doc = Preparer::default().prepare(raw, &Overrides::default());
        assert_eq!(doc.article.published_source.as_deref(), Some("input"));
    }

    #[test]
    fn non_english_is_marked() {
        let raw = RawArticle::from_text("-", "Вчера министр иностранных дел России Сергей Лавров заявил, что переговоры продолжатся в Стамбуле на следующей неделе.");
        let doc = Preparer::default().prepare(raw, &Overrides::default());
        assert_eq!(doc.article.language.as_deref(), Some("ru"));
        assert!(
            doc.warnings.iter().any(|w| w.contains("Russian")),
            "{:?}",
            doc.warnings
        );
    }
}
