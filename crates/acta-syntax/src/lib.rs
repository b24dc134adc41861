//! Acta's syntax layer: part-of-speech tagging, lemmatization and dependency parsing, trained
//! in Rust on Universal Dependencies English. It knows sentences and tokens
//! ([`acta_core::Sentence`]) and nothing about events or actors.
//!
//! ```text
//! words ──▶ tagger (UPOS+XPOS) ──▶ lemmatizer ──▶ parser (heads, UD relations)
//! ```
//!
//! [`Model::embedded`] loads the model shipped in `data/models/syntax/` (compiled into the
//! binary); [`Model::load`] one written by [`Model::save`] (see [`train`]). A model is
//! immutable and `Send + Sync`: share one across threads. The method and its measured accuracy
//! are in `docs/models.md` and `docs/accuracy.md`.

pub mod augment;
pub mod clusters;
pub mod eval;
mod hash;
mod io;
pub mod lemma;
pub mod parser;
mod perceptron;
pub mod repair;
pub mod tagger;
pub mod train;

use std::path::{Path, PathBuf};

use acta_core::Sentence;

pub use lemma::Lemmatizer;
pub use parser::Parser;
pub use tagger::Tagger;

/// File names of a model directory.
pub const TAGGER_FILE: &str = "tagger.bin.zst";
pub const LEMMATIZER_FILE: &str = "lemmatizer.bin.zst";
pub const PARSER_FILE: &str = "parser.bin.zst";

#[derive(Debug, thiserror::Error)]
pub enum ModelError {
    #[error("invalid model: {0}")]
    Format(String),
    #[error("{}: {error}", path.display())]
    Io {
        path: PathBuf,
        error: std::io::Error,
    },
    #[error("this build has no embedded syntax model (data/models/syntax/ was missing when it was compiled)")]
    NotEmbedded,
}

/// Tagger, lemmatizer and parser.
#[derive(Clone, Debug)]
pub struct Model {
    pub tagger: Tagger,
    pub lemmatizer: Lemmatizer,
    pub parser: Parser,
}

/// The analysis of one sentence, word by word.
#[derive(Clone, Debug, PartialEq)]
pub struct Analysis {
    pub upos: Vec<String>,
    pub xpos: Vec<String>,
    pub lemmas: Vec<String>,
    /// 1-based head index, 0 for the root.
    pub heads: Vec<usize>,
    pub deprels: Vec<String>,
}

#[cfg(acta_embedded_model)]
mod embedded {
    pub static TAGGER: &[u8] = include_bytes!("../../../data/models/syntax/tagger.bin.zst");
    pub static LEMMATIZER: &[u8] = include_bytes!("../../../data/models/syntax/lemmatizer.bin.zst");
    pub static PARSER: &[u8] = include_bytes!("../../../data/models/syntax/parser.bin.zst");
}

impl Model {
    /// The model shipped with Acta, compiled into the binary.
    pub fn embedded() -> Result<Model, ModelError> {
        #[cfg(acta_embedded_model)]
        {
            Model::from_bytes(embedded::TAGGER, embedded::LEMMATIZER, embedded::PARSER)
        }
        #[cfg(not(acta_embedded_model))]
        {
            Err(ModelError::NotEmbedded)
        }
    }

    /// Reads a model from its three zstd-compressed files.
    pub fn from_bytes(
        tagger: &[u8],
        lemmatizer: &[u8],
        parser: &[u8],
    ) -> Result<Model, ModelError> {
        // The three files are independent: read them side by side (on rayon's pool, whose
        // threads outlive the load), so the load waits for the parser, the largest, rather
        // than for the sum (docs/benchmarks.md, "Start-up").
        let ((tagger, lemmatizer), parser) = rayon::join(
            || {
                rayon::join(
                    || Tagger::read(&io::decompress(tagger, TAGGER_FILE)?),
                    || Lemmatizer::read(&io::decompress(lemmatizer, LEMMATIZER_FILE)?),
                )
            },
            || Parser::read(&io::decompress(parser, PARSER_FILE)?),
        );
        // errors in file order, as when the files were read one after another
        Ok(Model {
            tagger: tagger?,
            lemmatizer: lemmatizer?,
            parser: parser?,
        })
    }

    /// Loads a model written by [`Model::save`].
    pub fn load(dir: &Path) -> Result<Model, ModelError> {
        let read = |name: &str| {
            let path = dir.join(name);
            std::fs::read(&path).map_err(|error| ModelError::Io { path, error })
        };
        Model::from_bytes(
            &read(TAGGER_FILE)?,
            &read(LEMMATIZER_FILE)?,
            &read(PARSER_FILE)?,
        )
    }

    /// The three files' bytes, compressed: the same model always gives the same bytes.
    pub fn to_bytes(&self) -> [(&'static str, Vec<u8>); 3] {
        [
            (TAGGER_FILE, io::compress(&self.tagger.write())),
            (LEMMATIZER_FILE, io::compress(&self.lemmatizer.write())),
            (PARSER_FILE, io::compress(&self.parser.write())),
        ]
    }

    /// Writes the model into `dir` (created when missing).
    pub fn save(&self, dir: &Path) -> Result<(), ModelError> {
        std::fs::create_dir_all(dir).map_err(|error| ModelError::Io {
            path: dir.to_path_buf(),
            error,
        })?;
        for (name, bytes) in self.to_bytes() {
            let path = dir.join(name);
            std::fs::write(&path, bytes).map_err(|error| ModelError::Io { path, error })?;
        }
        Ok(())
    }

    /// The mean of models trained on the same data with the same options and different
    /// seeds: taggers and parsers averaged ([`Tagger::average`], [`Parser::average`]), the
    /// lemmatizer (which has no seed) shared. Averaging linear models sums their scores, so
    /// the result is a score ensemble that runs at the cost of one model; weights under
    /// `prune` quantization steps of the mean are dropped (`docs/models.md`).
    pub fn average(models: &[&Model], prune: i32) -> Result<Model, ModelError> {
        let Some(first) = models.first() else {
            return Err(ModelError::Format("no model to average".into()));
        };
        let lemmatizer = first.lemmatizer.write();
        if models.iter().any(|m| m.lemmatizer.write() != lemmatizer) {
            return Err(ModelError::Format(
                "the models' lemmatizers differ: they were trained on different data".into(),
            ));
        }
        let taggers: Vec<&Tagger> = models.iter().map(|m| &m.tagger).collect();
        let parsers: Vec<&Parser> = models.iter().map(|m| &m.parser).collect();
        Ok(Model {
            tagger: Tagger::average(&taggers, prune)?,
            lemmatizer: first.lemmatizer.clone(),
            parser: Parser::average(&parsers, prune)?,
        })
    }

    /// Tags only: (UPOS, XPOS) class ids.
    pub fn tag(&self, words: &[&str]) -> Vec<usize> {
        let mut tags = self.tagger.tag(words);
        self.perfect_auxiliaries(words, &mut tags);
        tags
    }

    /// The perfect's auxiliary and participle as the words show them, whatever the tagger
    /// said ([`repair::perfect_auxiliaries`]): a tagger that reads "has" of "has repeatedly
    /// stated" as the main verb makes it the root and hides the participle's clause from every
    /// later stage.
    fn perfect_auxiliaries(&self, words: &[&str], tags: &mut [usize]) {
        if !words.iter().any(|w| repair::is_have_form(w)) {
            return;
        }
        let upos = |t: usize| self.tagger.upos[t].as_str();
        let xpos = |t: usize| self.tagger.xpos[t].as_str();
        let u: Vec<&str> = tags.iter().map(|&t| upos(t)).collect();
        let x: Vec<&str> = tags.iter().map(|&t| xpos(t)).collect();
        let class = |up: &str, xp: &str| {
            (0..self.tagger.upos.len()).find(|&c| upos(c) == up && xpos(c) == xp)
        };
        for change in repair::perfect_auxiliaries(words, &u, &x) {
            let (i, class) = match change {
                repair::Perfect::Auxiliary(i) => (i, class("AUX", x[i])),
                repair::Perfect::Participle(i) => (i, class("VERB", "VBN")),
                repair::Perfect::Adverb(i) => (i, class("ADV", "RB")),
            };
            if let Some(c) = class {
                tags[i] = c;
            }
        }
    }

    /// Tags, lemmatizes and parses one sentence of words.
    pub fn analyze(&self, words: &[&str]) -> Analysis {
        if words.is_empty() {
            return Analysis {
                upos: vec![],
                xpos: vec![],
                lemmas: vec![],
                heads: vec![],
                deprels: vec![],
            };
        }
        // Treebank-style quotes (`` and '', the convention of GigaWord and other wire
        // archives) are read as the straight double quote the training data writes: the
        // treebank has no `` and few '', and the parser took a lone '' before "says" for the
        // verb's subject. Only the model's view changes; tokens keep their text.
        let straight: Vec<&str>;
        let words = if words.iter().any(|w| is_tex_quote(w)) {
            straight = words
                .iter()
                .map(|&w| if is_tex_quote(w) { "\"" } else { w })
                .collect();
            &straight[..]
        } else {
            words
        };
        let tags = self.tag(words);
        let mut upos: Vec<String> = tags.iter().map(|&t| self.tagger.upos[t].clone()).collect();
        let mut xpos: Vec<String> = tags.iter().map(|&t| self.tagger.xpos[t].clone()).collect();
        repair::nouns_before_day_phrases(words, &mut upos, &mut xpos);
        repair::names_read_as_adverbs(words, &mut upos, &mut xpos);
        repair::number_words(words, &mut upos, &mut xpos);
        repair::mandative_subjunctives(words, &mut upos, &mut xpos);
        repair::verbs_after_an_aside(words, &mut upos, &mut xpos);
        repair::past_tenses_read_as_adjectives(words, &mut upos, &mut xpos);
        repair::past_tenses_read_as_participles_after_a_subject(words, &mut upos, &mut xpos);
        repair::nouns_in_ing_before_a_day(words, &mut upos, &mut xpos);
        let mut lemmas: Vec<String> = words
            .iter()
            .enumerate()
            .map(|(i, w)| self.lemmatizer.lemma(w, &upos[i], &xpos[i]))
            .collect();
        lemma::contracted_auxiliaries(words, &upos, &xpos, &mut lemmas);
        let u: Vec<&str> = upos.iter().map(String::as_str).collect();
        let x: Vec<&str> = xpos.iter().map(String::as_str).collect();
        let parse = |w: &[&str], u: &[&str], x: &[&str]| {
            let tree = self.parser.parse(&parser::Input::tagged(w, u, x));
            let rels: Vec<String> = tree
                .labels
                .iter()
                .map(|&l| self.parser.labels[l].clone())
                .collect();
            (tree.heads, rels)
        };
        let (mut heads, mut deprels) =
            repair::parse_without_day_phrases(words, &upos, &xpos, parse)
                .or_else(|| repair::parse_without_comment_clauses(words, &upos, &xpos, parse))
                .unwrap_or_else(|| parse(words, &u, &x));
        repair::reduced_relative_read_as_main_verb(words, &upos, &xpos, &mut heads, &mut deprels);
        repair::objects_after_an_oblique(&upos, &mut heads, &mut deprels);
        repair::passives_read_as_copular_adverbs(words, &upos, &xpos, &mut heads, &mut deprels);
        repair::names_read_as_second_subjects(&upos, &mut heads, &mut deprels);
        repair::existential_passives(words, &xpos, &mut heads, &mut deprels);
        Analysis {
            upos,
            xpos,
            lemmas,
            heads,
            deprels,
        }
    }

    /// Fills `upos`, `xpos`, `lemma`, `head` and `deprel` of every token of the sentence.
    pub fn annotate(&self, sentence: &mut Sentence) {
        let words: Vec<&str> = sentence.tokens.iter().map(|t| t.text.as_str()).collect();
        let a = self.analyze(&words);
        for (i, t) in sentence.tokens.iter_mut().enumerate() {
            t.upos = Some(a.upos[i].clone());
            t.xpos = Some(a.xpos[i].clone());
            t.lemma = Some(a.lemmas[i].clone());
            t.head = Some(a.heads[i]);
            t.deprel = Some(a.deprels[i].clone());
        }
    }
}

/// A treebank-style (TeX) quotation mark: `` opening, '' closing.
fn is_tex_quote(w: &str) -> bool {
    w == "``" || w == "''"
}

#[cfg(test)]
mod tests {
    use super::*;

    fn assert_send_sync<T: Send + Sync>() {}

    #[test]
    fn model_is_shareable() {
        assert_send_sync::<Model>();
    }
}
