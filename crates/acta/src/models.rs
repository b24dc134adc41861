//! Which syntax and entity models the process uses: the embedded ones, or files named once at
//! start-up by the global `--syntax-model DIR` and `--entity-model FILE` options.
//!
//! Every stage that needs a model asks here, so a candidate model can be measured through the
//! whole product (`acta eval events`, `acta eval quotes`, `acta bench`, `acta train entities`,
//! `acta code`) without rebuilding the binary. docs/models.md, "Using another model".

use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use anyhow::Context;

/// Model files chosen on the command line; `None` means the embedded model.
#[derive(Debug, Default, Clone)]
pub struct ModelFiles {
    pub syntax: Option<PathBuf>,
    pub entities: Option<PathBuf>,
}

static CHOSEN: OnceLock<ModelFiles> = OnceLock::new();

/// Sets the models for the rest of the process. Only the first call counts; it returns
/// false when the models were already chosen (or already used, which fixes the embedded ones).
pub fn choose(files: ModelFiles) -> bool {
    CHOSEN.set(files).is_ok()
}

fn chosen() -> &'static ModelFiles {
    CHOSEN.get_or_init(ModelFiles::default)
}

/// The syntax model: the directory given with `--syntax-model`, else the embedded one.
pub fn syntax() -> anyhow::Result<acta_syntax::Model> {
    match &chosen().syntax {
        Some(dir) => acta_syntax::Model::load(dir)
            .with_context(|| format!("loading the syntax model in {}", dir.display())),
        None => acta_syntax::Model::embedded().context("loading the syntax model"),
    }
}

/// The entity tagger: the file (or directory) given with `--entity-model`, else the embedded
/// one.
pub fn entities() -> anyhow::Result<acta_extract::ner::EntityTagger> {
    match &chosen().entities {
        Some(file) => entity_file(file),
        None => acta_extract::ner::EntityTagger::embedded()
            .map_err(|e| anyhow::anyhow!("{e}"))
            .context("loading the entity model"),
    }
}

/// An entity model file, or a directory holding `ner.bin.zst`.
pub fn entity_file(path: &Path) -> anyhow::Result<acta_extract::ner::EntityTagger> {
    let file = if path.is_dir() {
        path.join("ner.bin.zst")
    } else {
        path.to_path_buf()
    };
    let file = file.as_path();
    let bytes = std::fs::read(file).with_context(|| format!("cannot read {}", file.display()))?;
    acta_extract::ner::EntityTagger::from_bytes(&bytes)
        .map_err(|e| anyhow::anyhow!("{}: {e}", file.display()))
}

/// The actors stage with the chosen entity tagger and the embedded actor dictionaries.
pub fn actors() -> anyhow::Result<acta_extract::actors::Actors> {
    let dict = acta_extract::dict::ActorDictionary::embedded()
        .map_err(|e| anyhow::anyhow!("loading the actor dictionaries: {e}"))?;
    Ok(acta_extract::actors::Actors::new(dict, Some(entities()?)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_missing_model_is_an_error_that_names_the_path() {
        let err = entity_file(Path::new("/nonexistent/ner.bin.zst")).unwrap_err();
        assert!(format!("{err:#}").contains("/nonexistent/ner.bin.zst"));
        let err = acta_syntax::Model::load(Path::new("/nonexistent/syntax"));
        assert!(err.is_err());
    }

    #[test]
    fn a_file_that_is_not_a_model_is_refused() {
        let dir = std::env::temp_dir().join(format!("acta-models-test-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let f = dir.join("ner.bin.zst");
        std::fs::write(&f, b"not a model").unwrap();
        let err = entity_file(&f).unwrap_err();
        assert!(format!("{err:#}").contains("ner.bin.zst"));
        std::fs::remove_dir_all(&dir).ok();
    }
}
