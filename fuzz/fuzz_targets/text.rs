//! Plain text through the whole text layer: cleaning, sentences, tokens. Checks the span
//! invariants as well as the absence of panics.
#![no_main]
use acta_text::{Overrides, Preparer, RawArticle};
use libfuzzer_sys::fuzz_target;
use std::sync::LazyLock;

static PREPARER: LazyLock<Preparer> = LazyLock::new(Preparer::default);

fuzz_target!(|data: &[u8]| {
    let (text, _) = acta_text::source::decode_utf8(data);
    let input = text.clone();
    let doc = PREPARER.prepare(RawArticle::from_text("fuzz", text), &Overrides::default());
    for s in &doc.sentences {
        assert_eq!(&doc.text[s.start..s.end], s.text);
        for t in &s.tokens {
            assert_eq!(&doc.text[t.start..t.end], t.text);
        }
    }
    for r in &doc.removed {
        assert_eq!(&input[r.start..r.end], r.text);
    }
});
