//! Tells the crate whether the shipped entity model is present, so that a checkout without it
//! still builds (`EntityTagger::embedded` then returns an error instead).

fn main() {
    println!("cargo::rustc-check-cfg=cfg(acta_embedded_ner)");
    println!("cargo::rerun-if-changed=../../data/models/entities/ner.bin.zst");
    println!("cargo::rerun-if-changed=../../data/models/entities");
    if std::path::Path::new("../../data/models/entities/ner.bin.zst").is_file() {
        println!("cargo::rustc-cfg=acta_embedded_ner");
    }
}
