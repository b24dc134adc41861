//! Reading sources: files, directories, stdin; plain text, HTML, JSON Lines, RSS and Atom;
//! gzip and zstd.
//!
//! [`Inputs`] turns a list of paths into a stream of `Result<RawArticle, ReadError>`. A bad
//! input (a missing file, a binary file, a malformed JSON line, an article over the size
//! limit) becomes one error naming the file and line, and the stream goes on with the rest.

use std::collections::VecDeque;
use std::fmt;
use std::fs::File;
use std::io::{self, BufRead, BufReader, Read};
use std::path::{Path, PathBuf};

use serde::Deserialize;

use crate::html;

/// An article as read, before cleaning.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct RawArticle {
    /// Where it came from: a path, `path:line` for JSON Lines, `path#item` for feeds, `-`.
    pub source: String,
    /// The input text. When `title_end` is set, `text[..title_end]` is the title.
    pub text: String,
    pub title_end: Option<usize>,
    pub title: Option<String>,
    pub id: Option<String>,
    pub url: Option<String>,
    pub outlet: Option<String>,
    pub published: Option<String>,
    pub published_source: Option<String>,
    pub authors: Vec<String>,
    /// Things worth telling the user that did not stop the read.
    pub warnings: Vec<String>,
}

impl RawArticle {
    /// An article from plain text.
    pub fn from_text(source: impl Into<String>, text: impl Into<String>) -> RawArticle {
        RawArticle {
            source: source.into(),
            text: text.into(),
            ..Default::default()
        }
    }

    fn set_title_and_body(&mut self, title: Option<String>, body: &str) {
        let title = title
            .map(|t| t.split_whitespace().collect::<Vec<_>>().join(" "))
            .filter(|t| !t.is_empty());
        match title {
            Some(t) if !body.trim_start().starts_with(t.as_str()) => {
                self.text = format!("{t}\n\n{body}");
                self.title_end = Some(t.len());
                self.title = Some(t);
            }
            t => {
                self.text = body.to_string();
                self.title = t;
            }
        }
    }
}

/// A failure to read one input; the others go on.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ReadError {
    /// `path`, `path:line` or `-`.
    pub source: String,
    pub message: String,
}

impl fmt::Display for ReadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.source, self.message)
    }
}

impl std::error::Error for ReadError {}

fn err(source: impl Into<String>, message: impl Into<String>) -> ReadError {
    ReadError {
        source: source.into(),
        message: message.into(),
    }
}

/// Input formats.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    Text,
    Html,
    Jsonl,
    Feed,
}

impl Format {
    /// Parses a `--input-format` value.
    pub fn parse(s: &str) -> Option<Format> {
        match s {
            "text" | "txt" => Some(Format::Text),
            "html" => Some(Format::Html),
            "jsonl" | "json" => Some(Format::Jsonl),
            "rss" | "atom" | "feed" => Some(Format::Feed),
            _ => None,
        }
    }
}

#[derive(Clone, Debug)]
pub struct ReadOptions {
    /// Largest article, in bytes, after decompression (default 20 MB).
    pub max_bytes: usize,
    /// Force a format instead of guessing from the name and content.
    pub format: Option<Format>,
}

impl Default for ReadOptions {
    fn default() -> Self {
        ReadOptions {
            max_bytes: 20 * 1024 * 1024,
            format: None,
        }
    }
}

type Stream = Box<dyn Iterator<Item = Result<RawArticle, ReadError>> + Send>;

/// The articles of a list of inputs, in order; directories are walked recursively in name
/// order, skipping hidden entries.
pub struct Inputs {
    pending: VecDeque<PathBuf>,
    current: Option<Stream>,
    opts: ReadOptions,
}

impl Inputs {
    /// `-` reads standard input.
    pub fn new<P: AsRef<Path>>(paths: &[P], opts: ReadOptions) -> Inputs {
        Inputs {
            pending: paths.iter().map(|p| p.as_ref().to_path_buf()).collect(),
            current: None,
            opts,
        }
    }

    /// The articles of one stream (an embedded corpus, a network body), read like a file
    /// called `name`.
    pub fn from_reader(reader: Box<dyn Read + Send>, name: String, opts: ReadOptions) -> Inputs {
        let current = Some(open_reader(reader, name, None, &opts));
        Inputs {
            pending: VecDeque::new(),
            current,
            opts,
        }
    }
}

impl Iterator for Inputs {
    type Item = Result<RawArticle, ReadError>;

    fn next(&mut self) -> Option<Self::Item> {
        loop {
            if let Some(cur) = &mut self.current {
                if let Some(item) = cur.next() {
                    return Some(item);
                }
                self.current = None;
            }
            let path = self.pending.pop_front()?;
            let name = path.display().to_string();
            if name == "-" {
                self.current = Some(open_reader(
                    Box::new(io::stdin()),
                    "-".into(),
                    None,
                    &self.opts,
                ));
                continue;
            }
            let meta = match std::fs::metadata(&path) {
                Ok(m) => m,
                Err(e) => return Some(Err(err(name, io_message(&e)))),
            };
            if meta.is_dir() {
                match list_dir(&path) {
                    Ok(children) => {
                        for c in children.into_iter().rev() {
                            self.pending.push_front(c);
                        }
                    }
                    Err(e) => return Some(Err(err(name, io_message(&e)))),
                }
                continue;
            }
            match File::open(&path) {
                Ok(f) => {
                    self.current = Some(open_reader(Box::new(f), name, Some(&path), &self.opts));
                }
                Err(e) => return Some(Err(err(name, io_message(&e)))),
            }
        }
    }
}

fn io_message(e: &io::Error) -> String {
    match e.kind() {
        io::ErrorKind::NotFound => "no such file or directory".into(),
        io::ErrorKind::PermissionDenied => "permission denied".into(),
        _ => e.to_string(),
    }
}

fn list_dir(dir: &Path) -> io::Result<Vec<PathBuf>> {
    let mut out: Vec<PathBuf> = std::fs::read_dir(dir)?
        .filter_map(Result::ok)
        .filter(|e| !e.file_name().to_string_lossy().starts_with('.'))
        .map(|e| e.path())
        .collect();
    out.sort();
    Ok(out)
}

/// Decompresses when the name or the magic bytes say so, then reads by format.
fn open_reader(
    inner: Box<dyn Read + Send>,
    name: String,
    path: Option<&Path>,
    opts: &ReadOptions,
) -> Stream {
    let mut reader = BufReader::with_capacity(64 * 1024, inner);
    let head = match reader.fill_buf() {
        Ok(b) => b.get(..4).unwrap_or(b).to_vec(),
        Err(e) => return one(Err(err(name, io_message(&e)))),
    };
    let lower = name.to_ascii_lowercase();
    let (decoded, inner_name): (Box<dyn BufRead + Send>, String) =
        if head.starts_with(&[0x1f, 0x8b]) || lower.ends_with(".gz") {
            (
                Box::new(BufReader::new(flate2::read::MultiGzDecoder::new(reader))),
                lower.trim_end_matches(".gz").to_string(),
            )
        } else if head.starts_with(&[0x28, 0xb5, 0x2f, 0xfd]) || lower.ends_with(".zst") {
            match zstd::stream::read::Decoder::with_buffer(reader) {
                Ok(d) => (
                    Box::new(BufReader::new(d)),
                    lower.trim_end_matches(".zst").to_string(),
                ),
                Err(e) => return one(Err(err(name, format!("cannot read zstd stream: {e}")))),
            }
        } else {
            (Box::new(reader), lower)
        };
    let _ = path;
    let by_name = format_from_name(&inner_name);
    let format = opts.format.or(by_name);
    if format == Some(Format::Jsonl) {
        return Box::new(JsonLines {
            reader: decoded,
            name,
            line: 0,
            max: opts.max_bytes,
            buf: Vec::new(),
            done: false,
        });
    }
    // every other format reads the whole input, up to the limit
    let mut bytes = Vec::new();
    let limit = opts.max_bytes as u64 + 1;
    if let Err(e) = decoded.take(limit).read_to_end(&mut bytes) {
        return one(Err(err(name, format!("cannot read: {e}"))));
    }
    if bytes.len() > opts.max_bytes {
        return one(Err(err(
            name,
            format!(
                "over the size limit of {} bytes per article (--max-bytes); skipped",
                opts.max_bytes
            ),
        )));
    }
    if let Some(e) = check_content(&bytes) {
        return one(Err(err(name, e)));
    }
    let format = format.unwrap_or_else(|| sniff(&bytes));
    match format {
        Format::Jsonl => Box::new(JsonLines {
            reader: Box::new(io::Cursor::new(bytes)),
            name,
            line: 0,
            max: opts.max_bytes,
            buf: Vec::new(),
            done: false,
        }),
        Format::Feed => read_feed(&bytes, &name),
        Format::Html => {
            let (text, warnings) = decode_html(&bytes);
            let a = html::extract(&text, None);
            let mut raw = RawArticle {
                source: name,
                warnings,
                ..Default::default()
            };
            fill_from_html(&mut raw, a);
            if raw.text.trim().is_empty() {
                return one(Err(err(raw.source, "no article text found in the HTML")));
            }
            one(Ok(raw))
        }
        Format::Text => {
            let (text, warnings) = decode_utf8(&bytes);
            one(Ok(RawArticle {
                source: name,
                text,
                warnings,
                ..Default::default()
            }))
        }
    }
}

fn one(item: Result<RawArticle, ReadError>) -> Stream {
    Box::new(std::iter::once(item))
}

fn format_from_name(name: &str) -> Option<Format> {
    let ext = name.rsplit_once('.').map(|x| x.1).unwrap_or("");
    match ext {
        "txt" | "text" | "md" => Some(Format::Text),
        "html" | "htm" | "xhtml" => Some(Format::Html),
        "jsonl" | "ndjson" | "json" => Some(Format::Jsonl),
        "rss" | "atom" | "xml" | "feed" => Some(Format::Feed),
        _ => None,
    }
}

/// Guesses the format of an input from its first bytes.
pub fn sniff(bytes: &[u8]) -> Format {
    let head = String::from_utf8_lossy(&bytes[..bytes.len().min(4096)]).to_ascii_lowercase();
    let t = head.trim_start_matches('\u{feff}').trim_start();
    if t.starts_with('{') {
        return Format::Jsonl;
    }
    if t.starts_with('<') {
        if t.contains("<rss") || t.contains("<feed") || t.contains("<rdf:rdf") {
            return Format::Feed;
        }
        return Format::Html;
    }
    if t.contains("<html") || t.contains("<body") {
        return Format::Html;
    }
    Format::Text
}

/// Empty and binary inputs are refused with a reason.
fn check_content(bytes: &[u8]) -> Option<String> {
    if bytes.iter().all(|b| b.is_ascii_whitespace()) {
        return Some("empty input; skipped".into());
    }
    let head = &bytes[..bytes.len().min(8192)];
    if let Some(pos) = head.iter().position(|&b| b == 0) {
        return Some(format!("binary data (NUL byte at offset {pos}); skipped"));
    }
    let control = head
        .iter()
        .filter(|&&b| b < 0x20 && !matches!(b, b'\n' | b'\r' | b'\t' | 0x0c))
        .count();
    if control * 10 > head.len() {
        return Some(format!(
            "binary data ({control} control bytes in the first {} bytes); skipped",
            head.len()
        ));
    }
    None
}

/// Decodes UTF-8, replacing invalid sequences and saying where they were.
pub fn decode_utf8(bytes: &[u8]) -> (String, Vec<String>) {
    let bytes = bytes.strip_prefix(&[0xef, 0xbb, 0xbf]).unwrap_or(bytes);
    match std::str::from_utf8(bytes) {
        Ok(s) => (s.to_string(), Vec::new()),
        Err(_) => {
            let mut positions = Vec::new();
            let mut out = String::with_capacity(bytes.len());
            let mut rest = bytes;
            let mut offset = 0;
            loop {
                match std::str::from_utf8(rest) {
                    Ok(s) => {
                        out.push_str(s);
                        break;
                    }
                    Err(e) => {
                        let good = e.valid_up_to();
                        out.push_str(std::str::from_utf8(&rest[..good]).unwrap_or_default());
                        out.push('\u{FFFD}');
                        positions.push(offset + good);
                        let bad = e.error_len().unwrap_or(rest.len() - good);
                        rest = &rest[good + bad..];
                        offset += good + bad;
                    }
                }
            }
            let shown: Vec<String> = positions.iter().take(10).map(|p| p.to_string()).collect();
            let more = if positions.len() > 10 {
                format!(" and {} more", positions.len() - 10)
            } else {
                String::new()
            };
            let msg = format!(
                "invalid UTF-8 at byte {}{more}; decoded with U+FFFD replacement characters",
                shown.join(", ")
            );
            (out, vec![msg])
        }
    }
}

/// HTML may declare another encoding (`<meta charset="windows-1252">`).
fn decode_html(bytes: &[u8]) -> (String, Vec<String>) {
    if std::str::from_utf8(bytes).is_err() {
        let head = String::from_utf8_lossy(&bytes[..bytes.len().min(2048)]).to_ascii_lowercase();
        if let Some(i) = head.find("charset=") {
            let label: String = head[i + 8..]
                .trim_start_matches(['"', '\''])
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == '_')
                .collect();
            if let Some(enc) = encoding_rs::Encoding::for_label(label.as_bytes()) {
                if enc != encoding_rs::UTF_8 {
                    let (text, _, had_errors) = enc.decode(bytes);
                    let w = if had_errors {
                        vec![format!("malformed {} sequences replaced", enc.name())]
                    } else {
                        Vec::new()
                    };
                    return (text.into_owned(), w);
                }
            }
        }
    }
    decode_utf8(bytes)
}

fn fill_from_html(raw: &mut RawArticle, a: html::HtmlArticle) {
    raw.url = raw.url.take().or(a.url);
    raw.outlet = raw.outlet.take().or(a.site_name);
    if raw.published.is_none() {
        raw.published = a.published;
        raw.published_source = a.published_source;
    }
    if raw.authors.is_empty() {
        raw.authors = a.authors;
    }
    let title = raw.title.take().or(a.title);
    raw.set_title_and_body(title, &a.text);
}

/// One JSON Lines record.
#[derive(Deserialize)]
struct JsonRecord {
    id: Option<serde_json::Value>,
    url: Option<String>,
    outlet: Option<String>,
    title: Option<String>,
    published: Option<String>,
    text: Option<String>,
    html: Option<String>,
    #[serde(default)]
    authors: Vec<String>,
}

struct JsonLines {
    reader: Box<dyn BufRead + Send>,
    name: String,
    line: usize,
    max: usize,
    buf: Vec<u8>,
    done: bool,
}

impl Iterator for JsonLines {
    type Item = Result<RawArticle, ReadError>;

    fn next(&mut self) -> Option<Self::Item> {
        while !self.done {
            self.buf.clear();
            self.line += 1;
            let n = match (&mut self.reader)
                .take(self.max as u64 + 2)
                .read_until(b'\n', &mut self.buf)
            {
                Ok(n) => n,
                Err(e) => {
                    self.done = true;
                    return Some(Err(err(
                        format!("{}:{}", self.name, self.line),
                        format!("cannot read: {e}"),
                    )));
                }
            };
            if n == 0 {
                self.done = true;
                return None;
            }
            let at = format!("{}:{}", self.name, self.line);
            if self.buf.len() > self.max && !self.buf.ends_with(b"\n") {
                // skip the rest of the overlong line
                let mut sink = Vec::new();
                let _ = self.reader.read_until(b'\n', &mut sink);
                return Some(Err(err(
                    at,
                    format!(
                        "line over the size limit of {} bytes per article (--max-bytes); skipped",
                        self.max
                    ),
                )));
            }
            let (text, warnings) = decode_utf8(&self.buf);
            let line = text.trim();
            if line.is_empty() {
                continue;
            }
            let rec: JsonRecord = match serde_json::from_str(line) {
                Ok(r) => r,
                Err(e) => {
                    return Some(Err(err(
                        at,
                        format!(
                            "malformed JSON at column {}: {}",
                            e.column(),
                            strip_position(&e.to_string())
                        ),
                    )))
                }
            };
            return Some(record_to_article(rec, at, warnings));
        }
        None
    }
}

fn strip_position(msg: &str) -> String {
    msg.split(" at line ").next().unwrap_or(msg).to_string()
}

fn record_to_article(
    rec: JsonRecord,
    at: String,
    warnings: Vec<String>,
) -> Result<RawArticle, ReadError> {
    let mut raw = RawArticle {
        source: at.clone(),
        id: rec.id.map(|v| match v {
            serde_json::Value::String(s) => s,
            other => other.to_string(),
        }),
        url: rec.url,
        outlet: rec.outlet,
        published: rec.published.clone(),
        published_source: rec.published.as_ref().map(|_| "input".to_string()),
        authors: rec.authors,
        warnings,
        ..Default::default()
    };
    if let Some(p) = &rec.published {
        match html::iso_date(p) {
            Some(d) => raw.published = Some(d),
            None => {
                raw.warnings
                    .push(format!("published {p:?} is not an ISO date; ignored"));
                raw.published = None;
                raw.published_source = None;
            }
        }
    }
    match (rec.text, rec.html) {
        (Some(t), _) if !t.trim().is_empty() => {
            raw.set_title_and_body(rec.title, &t);
            Ok(raw)
        }
        (_, Some(h)) if !h.trim().is_empty() => {
            raw.title = rec.title;
            let a = html::extract(&h, raw.url.as_deref());
            fill_from_html(&mut raw, a);
            Ok(raw)
        }
        _ => Err(err(at, "record has neither \"text\" nor \"html\"; skipped")),
    }
}

fn read_feed(bytes: &[u8], name: &str) -> Stream {
    let feed = match feed_rs::parser::parse(bytes) {
        Ok(f) => f,
        Err(e) => {
            return one(Err(err(
                name,
                format!("not a readable RSS or Atom feed: {e}"),
            )))
        }
    };
    let outlet = feed
        .title
        .map(|t| t.content.trim().to_string())
        .filter(|t| !t.is_empty());
    let name = name.to_string();
    let items: Vec<_> = feed
        .entries
        .into_iter()
        .enumerate()
        .map(|(i, e)| {
            let at = format!("{name}#{}", i + 1);
            let body_html = e
                .content
                .and_then(|c| c.body)
                .or_else(|| e.summary.map(|s| s.content))
                .unwrap_or_default();
            let text = html::fragment_text(&body_html);
            let mut raw = RawArticle {
                source: at.clone(),
                url: e.links.first().map(|l| l.href.clone()),
                outlet: outlet.clone(),
                authors: e
                    .authors
                    .iter()
                    .filter_map(|p| p.name.as_deref())
                    .map(|n| n.trim().to_string())
                    .filter(|n| !n.is_empty())
                    .collect(),
                ..Default::default()
            };
            if let Some(d) = e.published.or(e.updated) {
                raw.published = Some(d.format("%Y-%m-%d").to_string());
                raw.published_source = Some("feed".into());
            }
            let title = e
                .title
                .map(|t| html::fragment_text(&t.content))
                .filter(|t| !t.is_empty());
            if text.trim().is_empty() && title.is_none() {
                return Err(err(at, "feed item has no text; skipped"));
            }
            raw.set_title_and_body(title, &text);
            Ok(raw)
        })
        .collect();
    Box::new(items.into_iter())
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;

    fn read_all(paths: &[&Path]) -> Vec<Result<RawArticle, ReadError>> {
        Inputs::new(paths, ReadOptions::default()).collect()
    }

    #[test]
    fn plain_text_and_directories_in_order() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir(dir.path().join("sub")).unwrap();
        std::fs::write(dir.path().join("b.txt"), "Second article.").unwrap();
        std::fs::write(dir.path().join("sub/a.txt"), "Nested article.").unwrap();
        std::fs::write(dir.path().join(".hidden"), "not read").unwrap();
        let got = read_all(&[dir.path()]);
        let texts: Vec<_> = got
            .iter()
            .map(|r| r.as_ref().unwrap().text.as_str())
            .collect();
        assert_eq!(texts, ["Second article.", "Nested article."]);
    }

    #[test]
    fn jsonl_with_errors_reported_by_line() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("a.jsonl");
        std::fs::write(
            &p,
            "{\"id\":\"x1\",\"url\":\"https://e.com/a\",\"outlet\":\"E\",\"title\":\"T1\",\"published\":\"2025-09-03T10:00:00Z\",\"text\":\"Body one.\"}\n\
             {\"title\": \"broken\", \n\
             \n\
             {\"html\":\"<html><body><p>Body three is here.</p></body></html>\"}\n\
             {\"title\":\"no body\"}\n",
        )
        .unwrap();
        let got = read_all(&[&p]);
        assert_eq!(got.len(), 4);
        let a = got[0].as_ref().unwrap();
        assert_eq!(a.id.as_deref(), Some("x1"));
        assert_eq!(a.published.as_deref(), Some("2025-09-03"));
        assert_eq!(a.text, "T1\n\nBody one.");
        assert_eq!(a.title_end, Some(2));
        let e = got[1].as_ref().unwrap_err();
        assert!(e.source.ends_with("a.jsonl:2"), "{e}");
        assert!(e.message.contains("malformed JSON"), "{e}");
        assert_eq!(got[2].as_ref().unwrap().text, "Body three is here.");
        let e = got[3].as_ref().unwrap_err();
        assert!(
            e.source.ends_with("a.jsonl:5") && e.message.contains("neither"),
            "{e}"
        );
    }

    #[test]
    fn compressed_inputs() {
        let dir = tempfile::tempdir().unwrap();
        let gz = dir.path().join("a.txt.gz");
        let mut enc = flate2::write::GzEncoder::new(
            File::create(&gz).unwrap(),
            flate2::Compression::default(),
        );
        enc.write_all(b"Gzipped article text.").unwrap();
        enc.finish().unwrap();
        let zst = dir.path().join("b.jsonl.zst");
        std::fs::write(
            &zst,
            zstd::encode_all(
                &b"{\"text\":\"Zstd line one.\"}\n{\"text\":\"Zstd line two.\"}\n"[..],
                3,
            )
            .unwrap(),
        )
        .unwrap();
        let got = read_all(&[&gz, &zst]);
        let texts: Vec<_> = got
            .iter()
            .map(|r| r.as_ref().unwrap().text.as_str())
            .collect();
        assert_eq!(
            texts,
            ["Gzipped article text.", "Zstd line one.", "Zstd line two."]
        );
    }

    #[test]
    fn rss_and_atom_items() {
        let dir = tempfile::tempdir().unwrap();
        let rss = dir.path().join("feed.xml");
        std::fs::write(&rss, r#"<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>
<item><title>Talks resume</title><link>https://w.example/1</link><pubDate>Wed, 03 Sep 2025 10:00:00 GMT</pubDate>
<description>&lt;p&gt;Negotiators met in Istanbul.&lt;/p&gt;</description></item>
<item><title>Second</title><link>https://w.example/2</link><description>Another story.</description></item>
</channel></rss>"#).unwrap();
        let atom = dir.path().join("feed.atom");
        std::fs::write(&atom, r#"<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Atom Wire</title><id>x</id><updated>2025-09-03T00:00:00Z</updated>
<entry><title>Summit</title><id>e1</id><link href="https://a.example/1"/><published>2025-09-01T00:00:00Z</published><updated>2025-09-01T00:00:00Z</updated><content type="html">&lt;p&gt;Leaders met.&lt;/p&gt;</content><author><name>Ann Lee</name></author></entry>
</feed>"#).unwrap();
        let got = read_all(&[&rss, &atom]);
        let arts: Vec<_> = got.iter().map(|r| r.as_ref().unwrap()).collect();
        assert_eq!(arts.len(), 3);
        assert_eq!(arts[0].text, "Talks resume\n\nNegotiators met in Istanbul.");
        assert_eq!(arts[0].published.as_deref(), Some("2025-09-03"));
        assert_eq!(arts[0].outlet.as_deref(), Some("Wire"));
        assert_eq!(arts[0].url.as_deref(), Some("https://w.example/1"));
        assert!(arts[0].source.ends_with("feed.xml#1"));
        assert_eq!(arts[2].authors, ["Ann Lee"]);
        assert_eq!(arts[2].published.as_deref(), Some("2025-09-01"));
    }

    #[test]
    fn bad_inputs_are_errors_and_others_go_on() {
        let dir = tempfile::tempdir().unwrap();
        let empty = dir.path().join("empty.txt");
        std::fs::write(&empty, "  \n").unwrap();
        let binary = dir.path().join("img.txt");
        std::fs::write(&binary, [0x89, b'P', b'N', b'G', 0, 0, 1, 2]).unwrap();
        let big = dir.path().join("big.txt");
        std::fs::write(&big, "x".repeat(2000)).unwrap();
        let bad_utf8 = dir.path().join("latin.txt");
        std::fs::write(&bad_utf8, b"Caf\xe9 society and na\xefve readers.").unwrap();
        let missing = dir.path().join("missing.txt");
        let good = dir.path().join("good.txt");
        std::fs::write(&good, "Fine.").unwrap();
        let opts = ReadOptions {
            max_bytes: 1000,
            format: None,
        };
        let got: Vec<_> =
            Inputs::new(&[&empty, &binary, &big, &bad_utf8, &missing, &good], opts).collect();
        assert!(got[0].as_ref().unwrap_err().message.contains("empty"));
        assert!(got[1].as_ref().unwrap_err().message.contains("binary"));
        assert!(got[2].as_ref().unwrap_err().message.contains("size limit"));
        let latin = got[3].as_ref().unwrap();
        assert_eq!(latin.text, "Caf\u{FFFD} society and na\u{FFFD}ve readers.");
        assert!(
            latin.warnings[0].contains("invalid UTF-8 at byte 3, 19"),
            "{:?}",
            latin.warnings
        );
        assert_eq!(
            got[4].as_ref().unwrap_err().message,
            "no such file or directory"
        );
        assert_eq!(got[5].as_ref().unwrap().text, "Fine.");
    }

    #[test]
    fn html_file_with_declared_charset() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("page.html");
        let mut bytes = b"<html><head><meta charset=\"windows-1252\"><title>Caf\xe9</title></head><body><p>The caf\xe9 was closed on Monday by order of the city council, officials said.</p></body></html>".to_vec();
        bytes.extend_from_slice(b"\n");
        std::fs::write(&p, bytes).unwrap();
        let got = read_all(&[&p]);
        let a = got[0].as_ref().unwrap();
        assert!(a.text.contains("The caf\u{e9} was closed"), "{}", a.text);
        assert!(a.warnings.is_empty());
    }
}
