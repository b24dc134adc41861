//! Prints the cues and quotations of a text given on stdin (a development aid):
//! `cargo run -p acta-extract --example quotes_debug < story.txt`; with the environment
//! variable `ACTA_SYNTAX_MODEL=DIR` set, another syntax model's parses (to see where two models
//! differ), and `ACTA_DEBUG_PARSE=1` prints each sentence's tags and tree too.
use std::io::Read;

use acta_extract::quotes::{cues, tree::Tree, Quotes};
use acta_extract::DateTagger;
use acta_text::{Overrides, Preparer, RawArticle};

fn main() {
    let mut text = String::new();
    std::io::stdin().read_to_string(&mut text).unwrap();
    let model = match std::env::var_os("ACTA_SYNTAX_MODEL") {
        Some(dir) => acta_syntax::Model::load(std::path::Path::new(&dir)).unwrap(),
        None => acta_syntax::Model::embedded().unwrap(),
    };
    let over = Overrides {
        published: Some("2025-09-03".into()),
        ..Default::default()
    };
    let mut doc = Preparer::default().prepare(RawArticle::from_text("stdin", text), &over);
    for s in &mut doc.sentences {
        model.annotate(s);
    }
    DateTagger::new().tag(&mut doc);
    acta_extract::places::Places::load().unwrap().tag(&mut doc);
    let q = Quotes::embedded().unwrap();
    let show_parse = std::env::var_os("ACTA_DEBUG_PARSE").is_some();
    for s in &doc.sentences {
        let t = Tree::new(&s.tokens);
        if show_parse {
            for (i, tok) in s.tokens.iter().enumerate() {
                print!(
                    "{}:{}/{}>{}:{}  ",
                    i,
                    tok.text,
                    t.xpos(i),
                    t.head(i).map_or(-1, |h| h as i64),
                    t.rel(i)
                );
            }
            println!();
        }
        for c in cues::find(&t, &q.lexicon, &|_| false, &|_| false) {
            let span = |r: Option<(usize, usize)>| {
                r.map(|(a, b)| {
                    s.tokens[a..=b]
                        .iter()
                        .map(|t| t.text.as_str())
                        .collect::<Vec<_>>()
                        .join(" ")
                })
            };
            println!(
                "s{} cue {:?} {:?} speaker={:?} content={:?} that={} own={}",
                s.id,
                c.kind,
                s.tokens[c.token].text,
                span(c.speaker),
                span(c.content),
                c.that,
                c.own_clause
            );
        }
    }
    q.tag(&mut doc);
    for q in &doc.quotes {
        let sp = q.speaker.as_ref();
        println!(
            "{} {} | {:?} -> {:?} {:?} | {:?} | {}",
            q.id,
            q.kind,
            sp.map(|s| &s.text),
            sp.and_then(|s| s.canonical.as_ref()),
            sp.and_then(|s| s.actor.as_ref()),
            q.cue.as_ref().map(|c| &c.text),
            q.content.text
        );
    }
}
