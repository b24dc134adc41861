//! The `acta` library: the [`Pipeline`] that turns raw articles into coded documents, and
//! the commands of the `acta` binary.
//!
//! The binary (`main.rs`) only parses arguments and calls into [`cmd`]. Everything a command
//! needs at run time (cleaning rules, models, dictionaries, the sample corpus) is embedded in
//! the binary from `data/`, so an installed `acta` needs no files beside it.

pub mod cmd;
pub mod models;
pub mod pipeline;
pub mod samples;

pub use pipeline::Pipeline;

/// The process allocator. Text preparation allocates a string per token and sentence; with
/// glibc's allocator, `malloc` and `free` took about a quarter of the text stage's CPU time
/// (perf, `acta bench`). mimalloc's thread-local free lists make that cost small and also help
/// the rayon workers of `acta code` and `acta ingest`, which allocate on every thread.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;
