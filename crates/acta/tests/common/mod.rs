//! Helpers shared by the integration tests of the `acta` crate.

use std::path::{Path, PathBuf};

/// The repository's root.
#[allow(dead_code)]
pub fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// A path under `../shared` beside the repository, or `None` (with a note on stderr) where it
/// is absent: on a user's machine; developer machines and CI have it.
pub fn shared(p: &str) -> Option<PathBuf> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../../shared")
        .join(p);
    if path.exists() {
        Some(path)
    } else {
        eprintln!(
            "skipped: {} not present (../shared is only on developer machines and CI)",
            path.display()
        );
        None
    }
}
