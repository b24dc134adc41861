//! The `acta` library: the [`Pipeline`] that turns raw articles into coded documents, and
//! the commands of the `acta` binary.
//!
//! The binary (`main.rs`) only parses arguments and calls into [`cmd`]. Everything a command
//! needs at run time (cleaning rules, models, dictionaries, the sample corpus) is embedded in
//! the binary from `data/`, so an installed `acta` needs no files beside it.

pub mod cmd;
pub mod pipeline;
pub mod samples;

pub use pipeline::Pipeline;
