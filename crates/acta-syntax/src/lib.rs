//! Acta's syntax layer: part-of-speech tagging, lemmatization and dependency parsing, trained
//! in Rust on Universal Dependencies English. It knows sentences and tokens
//! ([`acta_core::Sentence`]) and nothing about events or actors.
