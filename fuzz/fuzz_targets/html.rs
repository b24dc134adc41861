//! HTML pages through extraction and the text layer.
#![no_main]
use acta_text::{Overrides, Preparer, RawArticle};
use libfuzzer_sys::fuzz_target;
use std::sync::LazyLock;

static PREPARER: LazyLock<Preparer> = LazyLock::new(Preparer::default);

fuzz_target!(|data: &[u8]| {
    let (html, _) = acta_text::source::decode_utf8(data);
    let page = acta_text::html::extract(&html, Some("https://example.org/2025/09/03/a"));
    let doc = PREPARER.prepare(RawArticle::from_text("fuzz", page.text), &Overrides::default());
    for s in &doc.sentences {
        assert_eq!(&doc.text[s.start..s.end], s.text);
    }
});
