//! Tells the crate whether the shipped model files are present, so that a checkout without
//! them still builds (`Model::embedded` then returns an error instead).

fn main() {
    println!("cargo::rustc-check-cfg=cfg(acta_embedded_model)");
    let dir = std::path::Path::new("../../data/models/syntax");
    let files = ["tagger.bin.zst", "lemmatizer.bin.zst", "parser.bin.zst"];
    for f in files {
        println!("cargo::rerun-if-changed=../../data/models/syntax/{f}");
    }
    println!("cargo::rerun-if-changed=../../data/models/syntax");
    if files.iter().all(|f| dir.join(f).is_file()) {
        println!("cargo::rustc-cfg=acta_embedded_model");
    }
}
