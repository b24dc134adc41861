//! Reading and writing CoNLL-U, the Universal Dependencies treebank format.
//!
//! Shared by the tokenizer evaluation (`acta eval tokens`), the syntax crate's training and
//! evaluation, and `acta parse`. Empty nodes (`8.1`) are skipped; multiword-token ranges
//! (`3-4 don't`) are kept beside the words they cover.

use std::fmt::Write as _;

/// One syntactic word.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Word {
    /// 1-based index in the sentence.
    pub id: usize,
    pub form: String,
    pub lemma: String,
    pub upos: String,
    pub xpos: String,
    pub feats: String,
    /// 0 for the root.
    pub head: usize,
    pub deprel: String,
    pub misc: String,
}

impl Word {
    /// True when `SpaceAfter=No` is in MISC.
    pub fn no_space_after(&self) -> bool {
        self.misc.split('|').any(|m| m == "SpaceAfter=No")
    }

    /// Gives a token this word's tags, lemma and tree (`upos`, `xpos`, `lemma`, `head`,
    /// `deprel`), as the syntax stage would: a stored parse put under the later stages.
    pub fn annotate(&self, t: &mut crate::Token) {
        t.upos = Some(self.upos.clone());
        t.xpos = Some(self.xpos.clone());
        t.lemma = Some(self.lemma.clone());
        t.head = Some(self.head);
        t.deprel = Some(self.deprel.clone());
    }
}

/// A multiword token: surface `form` covering words `first..=last`.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct MultiWord {
    pub first: usize,
    pub last: usize,
    pub form: String,
    pub misc: String,
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ConlluSentence {
    /// Comment lines without the leading `# `.
    pub comments: Vec<String>,
    pub words: Vec<Word>,
    pub multiwords: Vec<MultiWord>,
}

impl ConlluSentence {
    /// The value of a `# key = value` comment.
    pub fn comment(&self, key: &str) -> Option<&str> {
        self.comments.iter().find_map(|c| {
            let (k, v) = c.split_once('=')?;
            (k.trim() == key).then(|| v.trim())
        })
    }

    /// The `# text` comment, or the words joined by their spacing.
    pub fn text(&self) -> String {
        if let Some(t) = self.comment("text") {
            return t.to_string();
        }
        let mut s = String::new();
        for w in &self.words {
            s.push_str(&w.form);
            if !w.no_space_after() {
                s.push(' ');
            }
        }
        s.trim_end().to_string()
    }

    /// Byte spans of the words in [`ConlluSentence::text`]: each surface token is found in
    /// order; the words of a multiword token share out its span by their forms' lengths.
    pub fn word_spans(&self) -> Vec<(usize, usize)> {
        let text = self.text();
        let mut spans = vec![(0, 0); self.words.len()];
        let mut cursor = 0;
        let mut i = 0;
        while i < self.words.len() {
            let id = self.words[i].id;
            let mw = self.multiwords.iter().find(|m| m.first == id);
            let surface = mw.map(|m| m.form.as_str()).unwrap_or(&self.words[i].form);
            let start = find_from(&text, cursor, surface);
            let end = (start + surface.len()).min(text.len());
            match mw {
                Some(m) => {
                    let n = m.last - m.first + 1;
                    let mut at = start;
                    for k in 0..n {
                        let Some(w) = self.words.get(i + k) else {
                            break;
                        };
                        let len = if k + 1 == n {
                            end.saturating_sub(at)
                        } else {
                            w.form.len().min(end.saturating_sub(at))
                        };
                        let mut e = at + len;
                        while e < text.len() && !text.is_char_boundary(e) {
                            e += 1;
                        }
                        spans[i + k] = (at, e);
                        at = e;
                    }
                    i += n;
                }
                None => {
                    spans[i] = (start, end);
                    i += 1;
                }
            }
            cursor = end;
        }
        spans
    }
}

/// Where `needle` next occurs at or after `from` (skipping whitespace); if it does not occur
/// verbatim (a treebank typo fix), just after the whitespace at `from`.
fn find_from(text: &str, from: usize, needle: &str) -> usize {
    let rest = &text[from.min(text.len())..];
    let skipped = rest.len() - rest.trim_start().len();
    if rest[skipped..].starts_with(needle) {
        return from + skipped;
    }
    match rest.find(needle) {
        Some(i) if i <= skipped + 8 => from + i,
        _ => from + skipped,
    }
}

/// Parses a CoNLL-U text. Malformed lines are reported as `Err((line number, message))`.
pub fn parse(text: &str) -> Result<Vec<ConlluSentence>, (usize, String)> {
    let mut out = Vec::new();
    let mut cur = ConlluSentence::default();
    for (n, line) in text.lines().enumerate() {
        let line = line.trim_end_matches('\r');
        if line.is_empty() {
            if !cur.words.is_empty() {
                out.push(std::mem::take(&mut cur));
            } else {
                cur.comments.clear();
            }
            continue;
        }
        if let Some(c) = line.strip_prefix('#') {
            cur.comments.push(c.trim_start().to_string());
            continue;
        }
        let cols: Vec<&str> = line.split('\t').collect();
        if cols.len() != 10 {
            return Err((
                n + 1,
                format!("expected 10 tab-separated columns, found {}", cols.len()),
            ));
        }
        if cols[0].contains('.') {
            continue; // empty node
        }
        if let Some((a, b)) = cols[0].split_once('-') {
            let (Ok(first), Ok(last)) = (a.parse(), b.parse()) else {
                return Err((n + 1, format!("bad token range {:?}", cols[0])));
            };
            cur.multiwords.push(MultiWord {
                first,
                last,
                form: cols[1].to_string(),
                misc: cols[9].to_string(),
            });
            continue;
        }
        let id = cols[0]
            .parse()
            .map_err(|_| (n + 1, format!("bad word id {:?}", cols[0])))?;
        let head = if cols[6] == "_" {
            0
        } else {
            cols[6]
                .parse()
                .map_err(|_| (n + 1, format!("bad head {:?}", cols[6])))?
        };
        cur.words.push(Word {
            id,
            form: cols[1].to_string(),
            lemma: cols[2].to_string(),
            upos: cols[3].to_string(),
            xpos: cols[4].to_string(),
            feats: cols[5].to_string(),
            head,
            deprel: cols[7].to_string(),
            misc: cols[9].to_string(),
        });
    }
    if !cur.words.is_empty() {
        out.push(cur);
    }
    Ok(out)
}

/// Writes sentences as CoNLL-U.
pub fn write(sentences: &[ConlluSentence]) -> String {
    let mut s = String::new();
    for sent in sentences {
        for c in &sent.comments {
            let _ = writeln!(s, "# {c}");
        }
        for w in &sent.words {
            if let Some(m) = sent.multiwords.iter().find(|m| m.first == w.id) {
                let _ = writeln!(
                    s,
                    "{}-{}\t{}\t_\t_\t_\t_\t_\t_\t_\t{}",
                    m.first,
                    m.last,
                    m.form,
                    or_blank(&m.misc)
                );
            }
            let _ = writeln!(
                s,
                "{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t_\t{}",
                w.id,
                w.form,
                or_blank(&w.lemma),
                or_blank(&w.upos),
                or_blank(&w.xpos),
                or_blank(&w.feats),
                w.head,
                or_blank(&w.deprel),
                or_blank(&w.misc)
            );
        }
        s.push('\n');
    }
    s
}

fn or_blank(s: &str) -> &str {
    if s.is_empty() {
        "_"
    } else {
        s
    }
}

#[cfg(test)]
mod tests {

    #[test]
    fn a_word_annotates_a_token_with_its_tags_lemma_and_tree() {
        let s = &parse("1\tRussia\tRussia\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n2\tannexed\tannex\tVERB\tVBD\t_\t0\troot\t_\t_\n\n").unwrap()[0];
        let mut t = crate::Token {
            text: "annexed".into(),
            ..Default::default()
        };
        s.words[1].annotate(&mut t);
        assert_eq!(t.upos.as_deref(), Some("VERB"));
        assert_eq!(t.xpos.as_deref(), Some("VBD"));
        assert_eq!(t.lemma.as_deref(), Some("annex"));
        assert_eq!((t.head, t.deprel.as_deref()), (Some(0), Some("root")));
    }
    use super::*;

    const SAMPLE: &str = "# sent_id = 1\n# text = I don't know.\n1\tI\tI\tPRON\tPRP\t_\t4\tnsubj\t_\t_\n2-3\tdon't\t_\t_\t_\t_\t_\t_\t_\t_\n2\tdo\tdo\tAUX\tVBP\t_\t4\taux\t_\t_\n3\tn't\tnot\tPART\tRB\t_\t4\tadvmod\t_\t_\n4\tknow\tknow\tVERB\tVB\t_\t0\troot\t_\tSpaceAfter=No\n4.1\tx\t_\t_\t_\t_\t_\t_\t_\t_\n5\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_\n\n";

    #[test]
    fn parses_words_ranges_and_spans() {
        let s = parse(SAMPLE).unwrap();
        assert_eq!(s.len(), 1);
        let s = &s[0];
        assert_eq!(s.comment("text"), Some("I don't know."));
        assert_eq!(s.words.len(), 5);
        assert_eq!(s.words[3].head, 0);
        assert_eq!(s.multiwords[0].form, "don't");
        assert_eq!(s.word_spans(), [(0, 1), (2, 4), (4, 7), (8, 12), (12, 13)]);
    }

    #[test]
    fn round_trips() {
        let s = parse(SAMPLE).unwrap();
        let again = parse(&write(&s)).unwrap();
        assert_eq!(s, again);
    }

    #[test]
    fn reports_bad_lines() {
        assert_eq!(parse("1\tI\n").unwrap_err().0, 1);
    }
}
