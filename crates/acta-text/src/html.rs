//! HTML pages: main-content extraction and article metadata.
//!
//! The article body comes from `dom_smoothie`, a port of Mozilla's readability.js (the same
//! algorithm Firefox's reader view uses), in its formatted-text mode so paragraphs stay on
//! lines of their own. Metadata is read from the page itself, in this order of trust:
//! `<meta property="article:published_time">` and its kin, JSON-LD `datePublished`,
//! `<time datetime>`, and a date in the URL path. `published_source` records which one gave
//! the date.

use dom_query::Document as Dom;
use dom_smoothie::{Config, Readability, TextMode};
use serde_json::Value;

/// What a page yields.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct HtmlArticle {
    pub title: Option<String>,
    pub text: String,
    pub authors: Vec<String>,
    pub published: Option<String>,
    pub published_source: Option<String>,
    pub url: Option<String>,
    pub site_name: Option<String>,
    pub lang: Option<String>,
}

const DATE_METAS: &[&str] = &[
    r#"meta[property="article:published_time"]"#,
    r#"meta[name="article:published_time"]"#,
    r#"meta[property="og:published_time"]"#,
    r#"meta[itemprop="datePublished"]"#,
    r#"meta[name="pubdate"]"#,
    r#"meta[name="publishdate"]"#,
    r#"meta[name="date"]"#,
    r#"meta[name="DC.date.issued"]"#,
    r#"meta[name="dcterms.date"]"#,
    r#"meta[name="parsely-pub-date"]"#,
    r#"meta[name="sailthru.date"]"#,
    r#"meta[name="DC.date"]"#,
    r#"meta[name="dc.date"]"#,
    r#"meta[name="citation_publication_date"]"#,
    r#"meta[name="article.published"]"#,
    r#"meta[name="publish-date"]"#,
    r#"meta[name="OriginalPublicationDate"]"#,
];

/// `<time>` elements, most specific first: the one marked as the publication date, one in the
/// article's header, any.
const TIME_ELEMENTS: &[&str] = &[
    r#"time[itemprop="datePublished"][datetime]"#,
    "time[pubdate][datetime]",
    "article header time[datetime]",
    "article time[datetime]",
    "time[datetime]",
];

/// Extracts the article from a page. `url` is where the page came from, when known; it is
/// used for a date in the path when the page states none.
pub fn extract(html: &str, url: Option<&str>) -> HtmlArticle {
    let dom = Dom::from(html);
    let mut art = HtmlArticle::default();
    read_metadata(&dom, &mut art);
    if art.url.is_none() {
        art.url = url.map(str::to_string);
    }
    if art.published.is_none() {
        if let Some(d) = art.url.as_deref().and_then(date_in_url) {
            art.published = Some(d);
            art.published_source = Some("url".into());
        }
    }
    let cfg = Config {
        text_mode: TextMode::Formatted,
        disable_json_ld: true,
        ..Default::default()
    };
    let body = Readability::with_document(dom, url, Some(cfg))
        .ok()
        .and_then(|mut r| r.parse().ok());
    match body {
        Some(a) if a.text_content.trim().len() > 80 => {
            art.text = tidy_lines(&a.text_content);
            if art.title.is_none() && !a.title.trim().is_empty() {
                art.title = Some(a.title.trim().to_string());
            }
            if art.authors.is_empty() {
                if let Some(b) = a.byline.as_deref() {
                    art.authors.extend(split_authors(b));
                }
            }
        }
        _ => art.text = fragment_text(html),
    }
    art
}

/// The text of an HTML fragment (a feed item's content): paragraphs and line breaks become
/// newlines, scripts and styles are dropped.
pub fn fragment_text(html: &str) -> String {
    let dom = Dom::from(html);
    dom.select("script, style, noscript, template, svg")
        .remove();
    let blocks = dom.select("p, h1, h2, h3, h4, h5, h6, li, blockquote, figcaption, pre, td");
    let text = if blocks.exists() {
        blocks
            .iter()
            .map(|b| b.text().to_string())
            .collect::<Vec<_>>()
            .join("\n")
    } else {
        dom.select("body").text().to_string()
    };
    tidy_lines(&text)
}

/// One paragraph per line, no blank runs, no edge whitespace.
fn tidy_lines(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for line in text.lines() {
        let line = line.split_whitespace().collect::<Vec<_>>().join(" ");
        if line.is_empty() {
            continue;
        }
        if !out.is_empty() {
            out.push('\n');
        }
        out.push_str(&line);
    }
    out
}

fn attr(dom: &Dom, sel: &str, name: &str) -> Option<String> {
    dom.select(sel).iter().find_map(|n| {
        n.attr(name)
            .map(|v| v.trim().to_string())
            .filter(|v| !v.is_empty())
    })
}

fn read_metadata(dom: &Dom, art: &mut HtmlArticle) {
    art.title = attr(dom, r#"meta[property="og:title"]"#, "content")
        .or_else(|| Some(dom.select("title").text().trim().to_string()).filter(|t| !t.is_empty()));
    art.url = attr(dom, r#"link[rel="canonical"]"#, "href")
        .or_else(|| attr(dom, r#"meta[property="og:url"]"#, "content"));
    art.site_name = attr(dom, r#"meta[property="og:site_name"]"#, "content");
    art.lang = attr(dom, "html", "lang");
    if let Some(a) = attr(dom, r#"meta[name="author"]"#, "content") {
        art.authors.extend(split_authors(&a));
    }
    for sel in DATE_METAS {
        if let Some(d) = attr(dom, sel, "content").and_then(|v| page_date(&v)) {
            art.published = Some(d);
            art.published_source = Some("meta".into());
            break;
        }
    }
    // JSON-LD
    for script in dom.select(r#"script[type="application/ld+json"]"#).iter() {
        let Ok(v) = serde_json::from_str::<Value>(script.text().trim()) else {
            continue;
        };
        let mut found = LdFound::default();
        walk_ld(&v, &mut found, 0);
        if art.published.is_none() {
            if let Some(d) = found.date.as_deref().and_then(page_date) {
                art.published = Some(d);
                art.published_source = Some("json-ld".into());
            }
        }
        if art.authors.is_empty() {
            art.authors = found.authors;
        }
        if art.title.is_none() {
            art.title = found.headline;
        }
    }
    if art.published.is_none() {
        if let Some(d) = TIME_ELEMENTS
            .iter()
            .find_map(|sel| attr(dom, sel, "datetime").and_then(|v| page_date(&v)))
        {
            art.published = Some(d);
            art.published_source = Some("time".into());
        }
    }
    if let Some(t) = &art.title {
        art.title = Some(strip_site_suffix(t, art.site_name.as_deref()));
    }
}

#[derive(Default)]
struct LdFound {
    date: Option<String>,
    authors: Vec<String>,
    headline: Option<String>,
}

fn walk_ld(v: &Value, found: &mut LdFound, depth: usize) {
    if depth > 8 {
        return;
    }
    match v {
        Value::Array(items) => items.iter().for_each(|i| walk_ld(i, found, depth + 1)),
        Value::Object(map) => {
            if found.date.is_none() {
                if let Some(Value::String(d)) = map.get("datePublished") {
                    found.date = Some(d.clone());
                }
            }
            if found.headline.is_none() {
                if let Some(Value::String(h)) = map.get("headline") {
                    found.headline = Some(h.trim().to_string());
                }
            }
            if found.authors.is_empty() {
                if let Some(a) = map.get("author") {
                    collect_names(a, &mut found.authors);
                }
            }
            for (k, child) in map {
                if k == "@graph" || k == "mainEntity" || k == "itemListElement" {
                    walk_ld(child, found, depth + 1);
                }
            }
        }
        _ => {}
    }
}

fn collect_names(v: &Value, out: &mut Vec<String>) {
    match v {
        Value::String(s) => out.extend(split_authors(s)),
        Value::Array(items) => items.iter().for_each(|i| collect_names(i, out)),
        Value::Object(m) => {
            if let Some(Value::String(n)) = m.get("name") {
                out.extend(split_authors(n));
            }
        }
        _ => {}
    }
}

fn split_authors(s: &str) -> Vec<String> {
    let s = s.trim();
    let s = s
        .strip_prefix("By ")
        .or_else(|| s.strip_prefix("by "))
        .unwrap_or(s);
    s.split([',', '&', ';'])
        .flat_map(|p| p.split(" and "))
        .map(str::trim)
        .filter(|p| !p.is_empty() && p.len() < 60 && !p.contains("http"))
        .map(String::from)
        .collect()
}

/// `Title | Site` and `Title - Site` lose the site name.
fn strip_site_suffix(title: &str, site: Option<&str>) -> String {
    let t = title.trim();
    if let Some(site) = site {
        for sep in [" | ", " - ", " – ", " — ", " :: "] {
            if let Some(head) = t.strip_suffix(&format!("{sep}{site}")) {
                return head.trim().to_string();
            }
        }
    }
    t.to_string()
}

/// True for a real calendar day (no 31 September, 29 February only in leap years).
fn real_day(y: u32, m: u32, d: u32) -> bool {
    let leap = y.is_multiple_of(4) && (!y.is_multiple_of(100) || y.is_multiple_of(400));
    let days = match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return false,
    };
    (1..=days).contains(&d)
}

/// The ISO calendar date at the start of a date or timestamp (`2025-09-03T10:00:00Z` →
/// `2025-09-03`), if it is one.
pub fn iso_date(s: &str) -> Option<String> {
    let b = s.trim().as_bytes();
    // digits at byte positions, read without slicing the string (it may hold any UTF-8)
    let num = |r: std::ops::Range<usize>| -> Option<u32> {
        let digits = b.get(r)?;
        digits
            .iter()
            .all(u8::is_ascii_digit)
            .then(|| digits.iter().fold(0, |n, d| n * 10 + u32::from(d - b'0')))
    };
    let valid = |y: u32, m: u32, d: u32| (1900..=2100).contains(&y) && real_day(y, m, d);
    if b.len() >= 10 && b[4] == b'-' && b[7] == b'-' {
        let (y, m, d) = (num(0..4)?, num(5..7)?, num(8..10)?);
        return valid(y, m, d).then(|| format!("{y:04}-{m:02}-{d:02}"));
    }
    if b.len() >= 8 {
        let (y, m, d) = (num(0..4)?, num(4..6)?, num(6..8)?);
        return valid(y, m, d).then(|| format!("{y:04}-{m:02}-{d:02}"));
    }
    None
}

/// A date as pages write it in metadata: ISO 8601 (`2025-09-03T10:00:00+03:00`, `20250903`),
/// `2025/09/03`, RFC 2822 (`Wed, 03 Sep 2025 10:00:00 GMT`), or `September 3, 2025` /
/// `3 September 2025`. The calendar date as written (no time-zone shift).
pub fn page_date(s: &str) -> Option<String> {
    if let Some(d) = iso_date(s) {
        return Some(d);
    }
    let s = s.trim();
    // 2025/09/03
    let b = s.as_bytes();
    if b.len() >= 10 && b[4] == b'/' && b[7] == b'/' {
        return iso_date(&s.get(..10)?.replace('/', "-"));
    }
    let words: Vec<String> = s
        .split(|c: char| c.is_whitespace() || c == ',')
        .filter(|w| !w.is_empty())
        .take(5)
        .map(str::to_lowercase)
        .collect();
    let month = |w: &str| {
        // the month's first three letters begin the word ("Sep", "Sept.", "September")
        acta_core::calendar::MONTHS
            .iter()
            .position(|m| w.len() >= 3 && w.starts_with(&m[..3]))
            .map(|p| p as u32 + 1)
    };
    let num = |w: &str| {
        w.trim_end_matches(['.', 's', 't', 'n', 'd', 'r', 'h'])
            .parse::<u32>()
            .ok()
    };
    for i in 0..words.len() {
        let Some(m) = month(&words[i]) else {
            continue;
        };
        // "03 Sep 2025", "3 September 2025"
        let (d, y) = match (
            i.checked_sub(1).and_then(|k| num(&words[k])),
            words.get(i + 1),
        ) {
            (Some(d), Some(y)) => (d, y.parse::<u32>().ok()?),
            // "September 3, 2025"
            _ => (
                num(words.get(i + 1)?)?,
                words.get(i + 2)?.parse::<u32>().ok()?,
            ),
        };
        return iso_date(&format!("{y:04}-{m:02}-{d:02}"));
    }
    None
}

/// A date in a URL path: `/2025/09/03/`, `/2025-09-03/`, `/20250903/`.
pub fn date_in_url(url: &str) -> Option<String> {
    let path = url
        .split("://")
        .nth(1)
        .map(|r| r.split_once('/').map(|x| x.1).unwrap_or(""))
        .unwrap_or(url);
    let parts: Vec<&str> = path.split(['/', '?', '#']).collect();
    for w in parts.windows(3) {
        if let (Ok(y), Ok(m), Ok(d)) = (
            w[0].parse::<u32>(),
            w[1].parse::<u32>(),
            w[2].get(..2).unwrap_or("").parse::<u32>(),
        ) {
            if w[0].len() == 4
                && w[1].len() == 2
                && (1990..=2100).contains(&y)
                && (1..=12).contains(&m)
                && (1..=31).contains(&d)
            {
                return Some(format!("{y:04}-{m:02}-{d:02}"));
            }
        }
    }
    for p in &parts {
        for piece in p.split(['_', '.']) {
            if let Some(d) = iso_date(piece).filter(|_| piece.len() == 8 || piece.len() == 10) {
                return Some(d);
            }
        }
        // 2025-09-03-some-slug
        if let Some(d) = p.get(..10).and_then(iso_date) {
            return Some(d);
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    const PAGE: &str = r#"<!doctype html><html lang="en"><head>
<title>Talks resume in Istanbul | Example News</title>
<meta property="og:site_name" content="Example News">
<meta name="author" content="Jane Smith">
<meta property="article:published_time" content="2025-09-03T08:15:00Z">
<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2025-09-01","author":{"name":"Someone Else"}}</script>
</head><body>
<nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article>
<h1>Talks resume in Istanbul</h1>
<p>Russian and Ukrainian negotiators met in Istanbul on Wednesday for a fourth round of talks, officials said.</p>
<p>The delegations discussed prisoner exchanges and the return of children, according to a statement from the Turkish foreign ministry.</p>
<p>No breakthrough was expected, the ministry said, but both sides agreed to meet again within a month.</p>
</article>
<footer>Copyright 2025 Example News. All rights reserved.</footer>
</body></html>"#;

    #[test]
    fn extracts_body_title_author_and_meta_date() {
        let a = extract(PAGE, Some("https://example.com/2025/08/30/talks"));
        assert_eq!(a.title.as_deref(), Some("Talks resume in Istanbul"));
        assert_eq!(a.authors, ["Jane Smith"]);
        assert_eq!(a.published.as_deref(), Some("2025-09-03"));
        assert_eq!(a.published_source.as_deref(), Some("meta"));
        assert!(
            a.text
                .contains("Russian and Ukrainian negotiators met in Istanbul"),
            "{}",
            a.text
        );
        assert!(
            a.text.contains("\nNo breakthrough was expected"),
            "{}",
            a.text
        );
        assert!(!a.text.contains("Copyright"));
        assert!(!a.text.contains("Home"));
    }

    #[test]
    fn date_precedence_json_ld_time_url() {
        let ld = PAGE.replace(
            r#"<meta property="article:published_time" content="2025-09-03T08:15:00Z">"#,
            "",
        );
        let a = extract(&ld, None);
        assert_eq!(
            (a.published.as_deref(), a.published_source.as_deref()),
            (Some("2025-09-01"), Some("json-ld"))
        );
        let time = r#"<html><body><article><time datetime="2024-02-29T10:00">Feb 29</time><p>Some text of the article that is long enough to be read as the main content of the page, really.</p></article></body></html>"#;
        let a = extract(time, None);
        assert_eq!(
            (a.published.as_deref(), a.published_source.as_deref()),
            (Some("2024-02-29"), Some("time"))
        );
        let bare = "<html><body><p>Hello.</p></body></html>";
        let a = extract(
            bare,
            Some("https://news.example.org/world/2023/11/05/some-story.html"),
        );
        assert_eq!(
            (a.published.as_deref(), a.published_source.as_deref()),
            (Some("2023-11-05"), Some("url"))
        );
    }

    #[test]
    fn more_metadata_forms() {
        let page = |head: &str, body: &str| {
            format!("<html><head>{head}</head><body><article>{body}<p>Some text of the article that is long enough to be read as the main content of the page, really.</p></article></body></html>")
        };
        let cases = [
            (
                page(
                    r#"<meta itemprop="datePublished" content="2025-09-03">"#,
                    "",
                ),
                "2025-09-03",
                "meta",
            ),
            (
                page(r#"<meta name="pubdate" content="20250903">"#, ""),
                "2025-09-03",
                "meta",
            ),
            (
                page(r#"<meta name="DC.date" content="2025/09/03">"#, ""),
                "2025-09-03",
                "meta",
            ),
            (
                page(
                    r#"<meta name="date" content="Wed, 03 Sep 2025 10:00:00 GMT">"#,
                    "",
                ),
                "2025-09-03",
                "meta",
            ),
            (
                page(
                    r#"<meta name="citation_publication_date" content="September 3, 2025">"#,
                    "",
                ),
                "2025-09-03",
                "meta",
            ),
            (
                page(
                    r#"<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebPage"},{"@type":"NewsArticle","datePublished":"2025-09-03T07:00:00+07:00"}]}</script>"#,
                    "",
                ),
                "2025-09-03",
                "json-ld",
            ),
            // the <time> marked as the publication date wins over an earlier one
            (
                page(
                    "",
                    r#"<aside><time datetime="2024-01-01">old story</time></aside><time pubdate datetime="2025-09-03T08:00">3 Sept</time>"#,
                ),
                "2025-09-03",
                "time",
            ),
        ];
        for (html, date, source) in cases {
            let a = extract(&html, None);
            assert_eq!(
                (a.published.as_deref(), a.published_source.as_deref()),
                (Some(date), Some(source)),
                "{html}"
            );
        }
        assert_eq!(page_date("3 September 2025").as_deref(), Some("2025-09-03"));
        assert_eq!(page_date("not a date"), None);
        assert_eq!(page_date("Sept 31, 2025"), None);
        assert_eq!(iso_date("2025-02-29"), None);
        assert_eq!(iso_date("2024-02-29").as_deref(), Some("2024-02-29"));
        assert_eq!(page_date("2025/09/0\u{e9}"), None);
    }

    #[test]
    fn dates_with_odd_bytes_are_rejected_not_panicked_on() {
        // found by the html fuzz target: a multi-byte character where a digit should be
        assert_eq!(iso_date("2025-09-\u{FFFD}3"), None);
        assert_eq!(iso_date("2025-0\u{e9}-03"), None);
        assert_eq!(iso_date("2025\u{e9}903"), None);
        assert_eq!(date_in_url("https://x.com/2025-09-0\u{e9}-slug"), None);
        assert_eq!(
            iso_date("2025-09-03T10:00:00Z").as_deref(),
            Some("2025-09-03")
        );
        assert_eq!(iso_date("20250903").as_deref(), Some("2025-09-03"));
    }

    #[test]
    fn url_dates() {
        assert_eq!(
            date_in_url("https://x.com/2025/09/03/a").as_deref(),
            Some("2025-09-03")
        );
        assert_eq!(
            date_in_url("https://x.com/news/2025-09-03-talks-resume").as_deref(),
            Some("2025-09-03")
        );
        assert_eq!(
            date_in_url("https://x.com/a/20250903/b").as_deref(),
            Some("2025-09-03")
        );
        assert_eq!(date_in_url("https://x.com/a/12345678/b"), None);
    }
}
