//! Regenerates `corpus/corpus.json` from every apparatus in `corpus/apparatus/` and the raw
//! sources they name, and the reading aids in `corpus/aids/` from it (removing the aids' files of
//! earlier builds, whose names carry their contents' hash). With `--check`, writes nothing and
//! fails if a committed file is stale or left over.

use renda_ingest::corpus_dir::build_all;
use renda_ingest::reading_aids;
use std::path::{Path, PathBuf};
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
    let aids = dir.join(reading_aids::FOLDER);
    let written: Vec<PathBuf> = files.iter().map(|(path, _)| dir.join(path)).collect();
    let left_over = std::fs::read_dir(&aids)
        .into_iter()
        .flatten()
        .filter_map(Result::ok)
        .map(|entry| entry.path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "json") && !written.contains(path));
    for path in left_over {
        if check {
            eprintln!(
                "error: {} is left from an earlier build: run `make corpus` and commit the result",
                path.display()
            );
            status = ExitCode::FAILURE;
        } else if let Err(error) = std::fs::remove_file(&path) {
            eprintln!("error: cannot remove {}: {error}", path.display());
            status = ExitCode::FAILURE;
        } else {
            println!("removed {}", path.display());
        }
    }
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
