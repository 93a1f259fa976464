//! Embeds the corpus as the app reads it on every page: without its indentation, and without its
//! paragraphs' English, which the app fetches from a file of its own when a page shows English
//! (`renda_model::translation` says why). And gives the app the names of the files it fetches
//! (`RENDA_AID_TRADITIONAL`, `RENDA_AID_WORDS`, `RENDA_AID_DICTIONARY`, `RENDA_TRANSLATION`),
//! which `make corpus` makes of each file's stem and its contents' hash. And, for the split
//! release build, the link argument the split step needs.

use renda_model::Corpus;
use std::path::PathBuf;

const CORPUS: &str = "corpus/corpus.json";
const FETCHED: &str = "corpus/aids";
/// The files the app fetches, by their stems (renda_ingest::reading_aids::STEMS and
/// renda_ingest::corpus_dir::TRANSLATION_STEM), each with the variable that gives the app its
/// file's name.
const FETCHED_STEMS: [(&str, &str); 4] = [
    ("traditional", "RENDA_AID_TRADITIONAL"),
    ("words", "RENDA_AID_WORDS"),
    ("dictionary", "RENDA_AID_DICTIONARY"),
    ("translation", "RENDA_TRANSLATION"),
];

fn fail(message: String) -> ! {
    eprintln!("{message}");
    std::process::exit(1);
}

fn main() {
    // wasm-split-cli (scripts/split-wasm.mjs) needs the linker's relocations to cut the module.
    // A link argument of the app alone: the crates it depends on compile as before.
    if std::env::var_os("CARGO_FEATURE_SPLIT").is_some()
        && std::env::var("CARGO_CFG_TARGET_ARCH").is_ok_and(|arch| arch == "wasm32")
    {
        println!("cargo::rustc-link-arg-bin=renda-reader=--emit-relocs");
    }
    println!("cargo::rerun-if-changed={CORPUS}");
    println!("cargo::rerun-if-changed={FETCHED}");
    let names: Vec<String> = match std::fs::read_dir(FETCHED) {
        Ok(entries) => {
            entries.filter_map(Result::ok).map(|entry| entry.file_name().to_string_lossy().into_owned()).collect()
        }
        Err(error) => fail(format!("{FETCHED}: cannot be read (run `make corpus`): {error}")),
    };
    let mut translation_file = String::new();
    for (stem, variable) in FETCHED_STEMS {
        let hashed = |name: &&String| {
            name.strip_prefix(stem)
                .and_then(|rest| rest.strip_prefix('.'))
                .and_then(|rest| rest.strip_suffix(".json"))
                .is_some_and(|hash| hash.len() == 16 && hash.bytes().all(|b| b.is_ascii_hexdigit()))
        };
        let found: Vec<&String> = names.iter().filter(hashed).collect();
        let [name] = found.as_slice() else {
            fail(format!("{FETCHED}: expected one {stem}.<16 hex digits>.json, found {found:?} (run `make corpus`)"))
        };
        println!("cargo::rustc-env={variable}={name}");
        if variable == "RENDA_TRANSLATION" {
            translation_file = format!("{FETCHED}/{name}");
        }
    }
    let json =
        std::fs::read_to_string(CORPUS).unwrap_or_else(|error| fail(format!("{CORPUS}: cannot be read: {error}")));
    let mut corpus = Corpus::from_json(&json).unwrap_or_else(|error| fail(format!("{CORPUS}: {error}")));
    // The file the app fetches must be what the build takes out: else its English would be
    // another corpus's (the ingest's tests check the committed files too).
    let translation = serde_json::to_string(&corpus.take_translation())
        .unwrap_or_else(|error| fail(format!("{CORPUS}: its translation: {error}")));
    if std::fs::read_to_string(&translation_file).ok().as_deref() != Some(translation.as_str()) {
        fail(format!("{translation_file}: not the paragraphs' English of {CORPUS} (run `make corpus`)"));
    }
    let embedded = serde_json::to_string(&corpus).unwrap_or_else(|error| fail(format!("{CORPUS}: {error}")));
    let Some(out_dir) = std::env::var_os("OUT_DIR") else {
        fail("OUT_DIR is not set: build.rs runs under cargo only".into())
    };
    if let Err(error) = std::fs::write(PathBuf::from(out_dir).join("corpus.json"), embedded) {
        fail(format!("cannot write the embedded corpus: {error}"));
    }
}
