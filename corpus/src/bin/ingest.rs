//! Regenerates `corpus/corpus.json` from every apparatus in `corpus/apparatus/` and the raw
//! sources they name. With `--check`, writes nothing and fails if the committed JSON is stale.

use renda_ingest::corpus_dir::{build_corpus, CORPUS_JSON};
use std::path::Path;
use std::process::ExitCode;

fn main() -> ExitCode {
    let check = std::env::args().skip(1).any(|arg| arg == "--check");
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"));
    let json = match build_corpus(dir) {
        Ok(json) => json,
        Err(error) => {
            eprintln!("error: {error}");
            return ExitCode::FAILURE;
        }
    };
    let path = dir.join(CORPUS_JSON);
    if check {
        let committed = std::fs::read_to_string(&path).unwrap_or_default();
        if committed != json {
            eprintln!("error: {} is stale: run `make corpus` and commit the result", path.display());
            return ExitCode::FAILURE;
        }
        println!("{} is up to date", path.display());
        return ExitCode::SUCCESS;
    }
    match std::fs::write(&path, json) {
        Ok(()) => {
            println!("wrote {}", path.display());
            ExitCode::SUCCESS
        }
        Err(error) => {
            eprintln!("error: cannot write {}: {error}", path.display());
            ExitCode::FAILURE
        }
    }
}
