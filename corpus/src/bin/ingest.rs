//! Regenerates `corpus/corpus.json` from every apparatus in `corpus/apparatus/` and the raw
//! sources they name, and the reading aids in `corpus/aids/` from it. With `--check`, writes
//! nothing and fails if a committed file is stale.

use renda_ingest::corpus_dir::build_all;
use std::path::Path;
use std::process::ExitCode;

fn main() -> ExitCode {
    let check = std::env::args().skip(1).any(|arg| arg == "--check");
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"));
    let files = match build_all(dir) {
        Ok(files) => files,
        Err(error) => {
            eprintln!("error: {error}");
            return ExitCode::FAILURE;
        }
    };
    let mut status = ExitCode::SUCCESS;
    for (path, contents) in files {
        let path = dir.join(path);
        if check {
            if std::fs::read_to_string(&path).unwrap_or_default() != contents {
                eprintln!("error: {} is stale: run `make corpus` and commit the result", path.display());
                status = ExitCode::FAILURE;
            }
            continue;
        }
        let written =
            path.parent().map_or(Ok(()), std::fs::create_dir_all).and_then(|()| std::fs::write(&path, contents));
        match written {
            Ok(()) => println!("wrote {}", path.display()),
            Err(error) => {
                eprintln!("error: cannot write {}: {error}", path.display());
                status = ExitCode::FAILURE;
            }
        }
    }
    status
}
