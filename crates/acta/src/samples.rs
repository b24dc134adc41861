//! The bundled sample corpus that `acta demo` ingests: the seed article, the PLOVER
//! gold-standard records and the MEANTIME Wikinews articles, as compressed JSON Lines
//! (`data/samples/demo.jsonl.zst`; licences in `data/LICENSES.md`).

/// The compressed corpus.
pub const DEMO_CORPUS: &[u8] = include_bytes!("../../../data/samples/demo.jsonl.zst");

/// The seed article's publication date (not stated in its text).
pub const SEED_PUBLISHED: &str = "2025-09-03";
