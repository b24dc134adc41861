//! Any bytes as an input stream of unknown format (sniffed: text, HTML, JSON Lines, RSS/Atom,
//! gzip, zstd): every item is an article or an error, never a panic.
#![no_main]
use acta_text::{Inputs, ReadOptions};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let opts = ReadOptions { max_bytes: 1 << 20, format: None };
    for item in Inputs::from_reader(Box::new(std::io::Cursor::new(data.to_vec())), "fuzz".into(), opts).take(1000) {
        let _ = item;
    }
});
