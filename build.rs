//! Embeds the corpus without its indentation: `corpus/corpus.json` is indented for review, and
//! the indentation would otherwise ride along in every first visit of the app. And gives the
//! app the reading aids' revision (`RENDA_AIDS_REVISION`), a hash of `corpus/aids/`, which the
//! app puts in their addresses so that a new deploy's aids are never taken for an old one's.

use std::path::PathBuf;

const CORPUS: &str = "corpus/corpus.json";
const AIDS: [&str; 3] = ["corpus/aids/traditional.json", "corpus/aids/words.json", "corpus/aids/dictionary.json"];

fn main() {
    println!("cargo::rerun-if-changed={CORPUS}");
    // FNV-1a over the files: a revision, not a defence (the service worker checks nothing by it).
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for path in AIDS {
        println!("cargo::rerun-if-changed={path}");
        let bytes = std::fs::read(path).unwrap_or_else(|error| {
            eprintln!("{path}: cannot be read (run `make corpus`): {error}");
            std::process::exit(1);
        });
        for byte in bytes {
            hash = (hash ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3);
        }
    }
    println!("cargo::rustc-env=RENDA_AIDS_REVISION={hash:016x}");
    let json = match std::fs::read_to_string(CORPUS) {
        Ok(json) => json,
        Err(error) => {
            eprintln!("{CORPUS}: cannot be read: {error}");
            std::process::exit(1);
        }
    };
    let Some(out_dir) = std::env::var_os("OUT_DIR") else {
        eprintln!("OUT_DIR is not set: build.rs runs under cargo only");
        std::process::exit(1);
    };
    if let Err(error) = std::fs::write(PathBuf::from(out_dir).join("corpus.json"), compact(&json)) {
        eprintln!("cannot write the compact corpus: {error}");
        std::process::exit(1);
    }
}

/// `json` without the white space between its tokens. A filter rather than a parse and print,
/// so that the file keeps its order of keys (the JSON download is this text) and the build needs
/// no JSON library; whether the JSON is valid is for the app's loader and the ingest's tests.
fn compact(json: &str) -> String {
    let mut out = String::with_capacity(json.len());
    let (mut in_string, mut escaped) = (false, false);
    for c in json.chars() {
        if in_string {
            out.push(c);
            match c {
                _ if escaped => escaped = false,
                '\\' => escaped = true,
                '"' => in_string = false,
                _ => {}
            }
        } else if c == '"' {
            in_string = true;
            out.push(c);
        } else if !c.is_whitespace() {
            out.push(c);
        }
    }
    out
}
