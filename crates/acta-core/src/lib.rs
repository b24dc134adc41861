//! The document model shared by every Acta crate.
//!
//! One [`Document`] per article. Each pipeline stage reads the layers written by the stages
//! before it and adds its own; nothing here knows how a layer is produced. All spans are byte
//! ranges (`start..end`) into [`Document::text`], the cleaned text.
//!
//! The JSON form of a document is documented field by field in `docs/schema.md`; its
//! `"schema"` tag is [`SCHEMA`].

pub mod calendar;
pub mod conllu;
mod doc;
mod span;

pub use doc::*;
pub use span::{SourceMap, Span};

/// The value of the `"schema"` field of every document Acta writes.
pub const SCHEMA: &str = "acta/1";

/// A stable identifier for a cleaned text: the first 16 hex digits of its SHA-256.
///
/// The same cleaned text always gets the same id, so the store can recognise an article it has
/// already seen, whatever file or feed it came from.
pub fn text_id(text: &str) -> String {
    use sha2::{Digest, Sha256};
    let digest = Sha256::digest(text.as_bytes());
    digest[..8].iter().map(|b| format!("{b:02x}")).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_id_is_stable_and_short() {
        // SHA-256("abc") = ba7816bf8f01cfea...
        assert_eq!(text_id("abc"), "ba7816bf8f01cfea");
        assert_ne!(text_id("abc"), text_id("abd"));
    }
}
