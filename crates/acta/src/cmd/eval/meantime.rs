//! Reading the MEANTIME corpus (NewsReader's annotated Wikinews articles) for evaluation.
//!
//! A MEANTIME file holds tokens (`<token t_id sentence number>`), markables (`ENTITY_MENTION`,
//! `EVENT_MENTION`, `TIMEX3`, `VALUE`, `SIGNAL`, and document-level `ENTITY`/`EVENT`
//! instances) that anchor to tokens, and relations (`REFERS_TO`, `HAS_PARTICIPANT`, `TLINK`,
//! `SLINK`, `GLINK`, `CLINK`) between markables. The raw text is not included, so the
//! article is rebuilt from its tokens ([`MeantimeDoc::rebuild`]): sentence 0 is the title,
//! sentence 1 the date line, the rest the body; every token gets a byte span in the rebuilt
//! text so gold annotations can be compared with Acta's spans.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use acta_core::Span;
use acta_text::RawArticle;
use anyhow::{Context, Result};
use quick_xml::events::{BytesStart, Event};
use quick_xml::Reader;

#[derive(Clone, Debug, Default, PartialEq)]
pub struct MeantimeToken {
    pub id: u32,
    pub sentence: u32,
    pub text: String,
}

/// A markable: a tagged span (or, for `ENTITY`/`EVENT`/`TIMEX3` with no anchors, an
/// instance) with its attributes.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Markable {
    pub tag: String,
    pub id: u32,
    pub attrs: HashMap<String, String>,
    /// Token ids, in document order.
    pub tokens: Vec<u32>,
}

impl Markable {
    pub fn attr(&self, k: &str) -> &str {
        self.attrs.get(k).map(String::as_str).unwrap_or("")
    }
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Relation {
    pub tag: String,
    pub attrs: HashMap<String, String>,
    pub sources: Vec<u32>,
    pub targets: Vec<u32>,
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct MeantimeDoc {
    pub path: PathBuf,
    pub doc_id: String,
    pub url: String,
    pub tokens: Vec<MeantimeToken>,
    pub markables: Vec<Markable>,
    pub relations: Vec<Relation>,
}

/// An article rebuilt from its tokens.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Rebuilt {
    pub title: String,
    /// The date line (sentence 1), as text.
    pub date_line: String,
    /// The body text: sentences ≥ 2 joined by spaces.
    pub body: String,
    /// Byte span in `body` of each body token, by token id.
    pub spans: HashMap<u32, (usize, usize)>,
    /// Byte span in `title` of each title token, by token id.
    pub title_spans: HashMap<u32, (usize, usize)>,
    /// Byte span in `body` of each body sentence, by MEANTIME sentence number.
    pub sentences: Vec<(u32, usize, usize)>,
}

const NO_SPACE_BEFORE: &[&str] = &[
    ",", ".", ";", ":", "!", "?", ")", "]", "}", "%", "'s", "'", "n't", "'re", "'ve", "'ll", "'d",
    "'m", "...",
];
const NO_SPACE_AFTER: &[&str] = &["(", "[", "{", "$", "#"];

impl MeantimeDoc {
    /// The file's name, as error lists show it.
    pub fn file_name(&self) -> String {
        self.path
            .file_name()
            .map(|f| f.to_string_lossy().into_owned())
            .unwrap_or_default()
    }

    /// The document creation time: the value of the `TIMEX3` with
    /// `functionInDocument="CREATION_TIME"`.
    pub fn creation_time(&self) -> Option<&str> {
        self.markables
            .iter()
            .find(|m| m.tag == "TIMEX3" && m.attr("functionInDocument") == "CREATION_TIME")
            .map(|m| m.attr("value"))
    }

    pub fn markable(&self, id: u32) -> Option<&Markable> {
        self.markables.iter().find(|m| m.id == id)
    }

    /// Rebuilds the article's text from tokens, with the same spacing rules as
    /// `tools/make_samples.py`.
    pub fn rebuild(&self) -> Rebuilt {
        let mut r = Rebuilt::default();
        let detok = |toks: &[&MeantimeToken],
                     out: &mut String,
                     spans: Option<&mut HashMap<u32, (usize, usize)>>| {
            let mut quote_open = false;
            let mut local = Vec::new();
            for t in toks {
                let w = t.text.as_str();
                let glue = if w == "\"" {
                    let g = quote_open;
                    quote_open = !quote_open;
                    g
                } else {
                    out.is_empty()
                        || out.ends_with(' ')
                        || NO_SPACE_BEFORE.contains(&w)
                        || NO_SPACE_AFTER.iter().any(|p| out.ends_with(p))
                        || (out.ends_with('"') && quote_open)
                };
                if !glue {
                    out.push(' ');
                }
                let start = out.len();
                out.push_str(w);
                local.push((t.id, start, out.len()));
            }
            if let Some(spans) = spans {
                for (id, s, e) in local {
                    spans.insert(id, (s, e));
                }
            }
        };
        let by_sentence = |n: u32| {
            self.tokens
                .iter()
                .filter(|t| t.sentence == n)
                .collect::<Vec<_>>()
        };
        detok(&by_sentence(0), &mut r.title, Some(&mut r.title_spans));
        detok(&by_sentence(1), &mut r.date_line, None);
        let max = self.tokens.iter().map(|t| t.sentence).max().unwrap_or(0);
        for n in 2..=max {
            let toks = by_sentence(n);
            if toks.is_empty() {
                continue;
            }
            if !r.body.is_empty() {
                r.body.push(' ');
            }
            let start = r.body.len();
            let mut sent = String::new();
            let mut spans = HashMap::new();
            detok(&toks, &mut sent, Some(&mut spans));
            r.body.push_str(&sent);
            for (id, (s, e)) in spans {
                r.spans.insert(id, (start + s, start + e));
            }
            r.sentences.push((n, start, r.body.len()));
        }
        r
    }
}

/// The body sentences the annotators covered: MEANTIME annotates the title and the first
/// sentences of the body, up to sentence number 5.
const LAST_ANNOTATED_SENTENCE: u32 = 5;

/// A MEANTIME article as the evaluations code it: the title, a blank line and the body (the
/// date line is left out and given as the publication date), with the part the annotators
/// covered. Gold spans ([`Annotated::span_of`]) and Acta's spans are both bytes of `text`.
pub struct Annotated<'a> {
    pub doc: &'a MeantimeDoc,
    pub rebuilt: Rebuilt,
    /// `title`, `\n\n`, `body`.
    pub text: String,
    body_off: usize,
    last_annotated: usize,
    tok_sentence: HashMap<u32, u32>,
}

impl MeantimeDoc {
    /// The article rebuilt for coding, with its annotated region.
    pub fn annotated(&self) -> Annotated<'_> {
        let rebuilt = self.rebuild();
        let body_off = rebuilt.title.len() + 2;
        let text = format!("{}\n\n{}", rebuilt.title, rebuilt.body);
        let last_annotated = rebuilt
            .sentences
            .iter()
            .filter(|(n, _, _)| *n <= LAST_ANNOTATED_SENTENCE)
            .map(|(_, _, e)| body_off + e)
            .max()
            .unwrap_or(body_off);
        let tok_sentence = self.tokens.iter().map(|t| (t.id, t.sentence)).collect();
        Annotated {
            doc: self,
            rebuilt,
            text,
            body_off,
            last_annotated,
            tok_sentence,
        }
    }
}

impl Annotated<'_> {
    /// Whether `span` lies in the title or in the annotated sentences of the body.
    pub fn in_region(&self, span: Span) -> bool {
        span.end <= self.rebuilt.title.len()
            || (span.start >= self.body_off && span.end <= self.last_annotated)
    }

    /// The span in `text` covering the tokens (those of the date line, which `text` leaves
    /// out, are skipped); `None` when none of them is in `text`.
    pub fn span_of(&self, tokens: &[u32]) -> Option<Span> {
        let spans: Vec<(usize, usize)> = tokens
            .iter()
            .filter_map(|t| match self.tok_sentence.get(t).copied().unwrap_or(1) {
                0 => self.rebuilt.title_spans.get(t).copied(),
                1 => None,
                _ => self
                    .rebuilt
                    .spans
                    .get(t)
                    .map(|&(s, e)| (s + self.body_off, e + self.body_off)),
            })
            .collect();
        Some(Span::new(
            spans.iter().map(|x| x.0).min()?,
            spans.iter().map(|x| x.1).max()?,
        ))
    }

    /// The article as the pipeline's input: `text` with its title, Wikinews as the outlet, the
    /// publication date from the creation time or the date line.
    pub fn raw_article(&self) -> RawArticle {
        let r = &self.rebuilt;
        RawArticle {
            source: self.doc.path.display().to_string(),
            text: self.text.clone(),
            title_end: Some(r.title.len()),
            title: Some(r.title.clone()),
            url: Some(self.doc.url.clone()).filter(|u| !u.is_empty()),
            outlet: Some("Wikinews".into()),
            published: super::dates::publication_date(self.doc, &r.date_line),
            published_source: Some("input".into()),
            ..Default::default()
        }
    }
}

fn attrs_of(e: &BytesStart) -> HashMap<String, String> {
    e.attributes()
        .filter_map(Result::ok)
        .map(|a| {
            (
                String::from_utf8_lossy(a.key.as_ref()).into_owned(),
                a.unescape_value()
                    .map(|v| v.into_owned())
                    .unwrap_or_default(),
            )
        })
        .collect()
}

/// Parses one MEANTIME XML file.
pub fn read_doc(path: &Path) -> Result<MeantimeDoc> {
    let xml =
        std::fs::read_to_string(path).with_context(|| format!("cannot read {}", path.display()))?;
    let mut reader = Reader::from_str(&xml);
    let mut doc = MeantimeDoc {
        path: path.to_path_buf(),
        ..Default::default()
    };
    let mut section = "";
    let mut cur_token: Option<MeantimeToken> = None;
    let mut cur_mark: Option<Markable> = None;
    let mut cur_rel: Option<Relation> = None;
    loop {
        let ev = reader.read_event().with_context(|| {
            format!(
                "{}: XML error at byte {}",
                path.display(),
                reader.buffer_position()
            )
        })?;
        match ev {
            Event::Start(ref e) | Event::Empty(ref e) => {
                let empty = matches!(ev, Event::Empty(_));
                let name = String::from_utf8_lossy(e.name().as_ref()).into_owned();
                let a = attrs_of(e);
                match name.as_str() {
                    "Document" => {
                        doc.doc_id = a.get("doc_id").cloned().unwrap_or_default();
                        doc.url = a.get("url").cloned().unwrap_or_default();
                    }
                    "token" => {
                        cur_token = Some(MeantimeToken {
                            id: a.get("t_id").and_then(|v| v.parse().ok()).unwrap_or(0),
                            sentence: a.get("sentence").and_then(|v| v.parse().ok()).unwrap_or(0),
                            text: String::new(),
                        });
                    }
                    "Markables" => section = "markables",
                    "Relations" => section = "relations",
                    "token_anchor" => {
                        if let (Some(m), Some(t)) = (
                            cur_mark.as_mut(),
                            a.get("t_id").and_then(|v| v.parse().ok()),
                        ) {
                            m.tokens.push(t);
                        }
                    }
                    "source" | "target" if section == "relations" => {
                        if let (Some(r), Some(id)) =
                            (cur_rel.as_mut(), a.get("m_id").and_then(|v| v.parse().ok()))
                        {
                            if name == "source" {
                                r.sources.push(id);
                            } else {
                                r.targets.push(id);
                            }
                        }
                    }
                    _ if section == "markables" => {
                        let m = Markable {
                            id: a.get("m_id").and_then(|v| v.parse().ok()).unwrap_or(0),
                            tag: name,
                            attrs: a,
                            tokens: Vec::new(),
                        };
                        if empty {
                            doc.markables.push(m);
                        } else {
                            cur_mark = Some(m);
                        }
                    }
                    _ if section == "relations" => {
                        let r = Relation {
                            tag: name,
                            attrs: a,
                            ..Default::default()
                        };
                        if empty {
                            doc.relations.push(r);
                        } else {
                            cur_rel = Some(r);
                        }
                    }
                    _ => {}
                }
            }
            Event::Text(t) => {
                if let Some(tok) = cur_token.as_mut() {
                    let raw = String::from_utf8_lossy(t.as_ref()).into_owned();
                    tok.text.push_str(
                        &quick_xml::escape::unescape(&raw)
                            .map(|c| c.into_owned())
                            .unwrap_or(raw),
                    );
                }
            }
            Event::GeneralRef(r) => {
                if let Some(tok) = cur_token.as_mut() {
                    let name = String::from_utf8_lossy(r.as_ref()).into_owned();
                    let s = quick_xml::escape::unescape(&format!("&{name};"))
                        .map(|c| c.into_owned())
                        .unwrap_or_default();
                    tok.text.push_str(&s);
                }
            }
            Event::End(e) => {
                let name = e.name();
                let name = name.as_ref();
                if name == b"token" {
                    if let Some(t) = cur_token.take() {
                        doc.tokens.push(t);
                    }
                } else if section == "markables"
                    && cur_mark.as_ref().is_some_and(|m| m.tag.as_bytes() == name)
                {
                    doc.markables.extend(cur_mark.take());
                } else if section == "relations"
                    && cur_rel.as_ref().is_some_and(|r| r.tag.as_bytes() == name)
                {
                    doc.relations.extend(cur_rel.take());
                }
            }
            Event::Eof => break,
            _ => {}
        }
    }
    Ok(doc)
}

/// Every MEANTIME file under `dir` (recursively), in path order.
/// The opening of a MEANTIME report: fails when `dir` held no article, prints the errors when
/// asked, then the line naming the directory, the number of articles and what of each was
/// scored.
pub fn report_head(
    dir: &Path,
    documents: usize,
    errors: &[String],
    show_errors: bool,
    scored: &str,
) -> Result<()> {
    if documents == 0 {
        anyhow::bail!("no MEANTIME .xml files under {}", dir.display());
    }
    if show_errors {
        for e in errors {
            println!("{e}");
        }
        println!();
    }
    println!("{}: {documents} articles ({scored})", dir.display());
    Ok(())
}

/// A path under `../shared` (the development data beside the checkout), when it exists: the
/// tests that read real MEANTIME articles skip without it.
#[cfg(test)]
pub(crate) fn shared(p: &str) -> Option<PathBuf> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../../shared")
        .join(p);
    path.exists().then_some(path)
}

pub fn read_dir(dir: &Path) -> Result<Vec<MeantimeDoc>> {
    let mut paths = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).with_context(|| format!("cannot read {}", d.display()))? {
            let p = e?.path();
            if p.is_dir() {
                stack.push(p);
            } else if p.extension().is_some_and(|x| x == "xml") {
                paths.push(p);
            }
        }
    }
    paths.sort();
    paths.iter().map(|p| read_doc(p)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_a_real_meantime_article() {
        let Some(p) = shared("data/meantime/intra-doc_annotation/corpus_airbus/11716_Airbus_wins_Qatar_Airways_order_worth_15bn.xml") else {
            eprintln!("skipped: ../shared not present");
            return;
        };
        let d = read_doc(&p).unwrap();
        assert_eq!(d.doc_id, "11716");
        assert_eq!(d.tokens.len(), 178);
        assert_eq!(d.creation_time(), Some("2005-06-13"));
        let r = d.rebuild();
        assert_eq!(r.title, "Airbus wins Qatar Airways order worth $15bn");
        assert_eq!(r.date_line, "June 13, 2005");
        assert!(
            r.body.starts_with(
                "European aircraft manufacturer, Airbus, has won an order from Qatar Airways"
            ),
            "{}",
            &r.body[..100]
        );
        // token 24 is "Qatar" in sentence 2
        let (s, e) = r.spans[&24];
        assert_eq!(&r.body[s..e], "Qatar");
        let m = d
            .markables
            .iter()
            .find(|m| m.tag == "ENTITY_MENTION" && m.id == 22)
            .unwrap();
        assert_eq!(m.tokens, [24, 25]);
        assert!(d
            .relations
            .iter()
            .any(|r| r.tag == "HAS_PARTICIPANT" && r.sources == [29] && r.targets == [1]));
    }
}
