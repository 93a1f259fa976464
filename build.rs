//! Embeds the corpus without its indentation: `corpus/corpus.json` is indented for review, and
//! the indentation would otherwise ride along in every first visit of the app. And gives the
//! app the reading aids' file names (`RENDA_AID_TRADITIONAL`, `RENDA_AID_WORDS`,
//! `RENDA_AID_DICTIONARY`), which `make corpus` makes of each file's stem and its contents' hash.
//! And, for the split release build, the link argument the split step needs.

use std::path::PathBuf;

const CORPUS: &str = "corpus/corpus.json";
const AIDS: &str = "corpus/aids";
/// The aids by their files' stems (renda_ingest::reading_aids::STEMS), each with the variable
/// that gives the app its file's name.
const AID_STEMS: [(&str, &str); 3] =
    [("traditional", "RENDA_AID_TRADITIONAL"), ("words", "RENDA_AID_WORDS"), ("dictionary", "RENDA_AID_DICTIONARY")];

fn main() {
    // wasm-split-cli (scripts/split-wasm.mjs) needs the linker's relocations to cut the module.
    // A link argument of the app alone: the crates it depends on compile as before.
    if std::env::var_os("CARGO_FEATURE_SPLIT").is_some()
        && std::env::var("CARGO_CFG_TARGET_ARCH").is_ok_and(|arch| arch == "wasm32")
    {
        println!("cargo::rustc-link-arg-bin=renda-reader=--emit-relocs");
    }
    println!("cargo::rerun-if-changed={CORPUS}");
    println!("cargo::rerun-if-changed={AIDS}");
    let names: Vec<String> = match std::fs::read_dir(AIDS) {
        Ok(entries) => {
            entries.filter_map(Result::ok).map(|entry| entry.file_name().to_string_lossy().into_owned()).collect()
        }
        Err(error) => {
            eprintln!("{AIDS}: cannot be read (run `make corpus`): {error}");
            std::process::exit(1);
        }
    };
    for (stem, variable) in AID_STEMS {
        let hashed = |name: &&String| {
            name.strip_prefix(stem)
                .and_then(|rest| rest.strip_prefix('.'))
                .and_then(|rest| rest.strip_suffix(".json"))
                .is_some_and(|hash| hash.len() == 16 && hash.bytes().all(|b| b.is_ascii_hexdigit()))
        };
        let found: Vec<&String> = names.iter().filter(hashed).collect();
        let [name] = found.as_slice() else {
            eprintln!("{AIDS}: expected one {stem}.<16 hex digits>.json, found {found:?} (run `make corpus`)");
            std::process::exit(1);
        };
        println!("cargo::rustc-env={variable}={name}");
    }
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
