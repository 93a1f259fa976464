#!/usr/bin/env bash
# The lint layer of `make test`: formatting, and clippy with every warning an error over every
# crate and every target the project builds (the pure crates with their tests, the app for the
# browser with its browser tests, the bench hook and the split study pages and pieces, the prerender
# natively). Each check counts as one test, summed in cargo's own "test result:" form so that
# test-all.sh counts it alike.
set -uo pipefail
cd "$(dirname "$0")/.."

checks=(
  "cargo fmt --all -- --check"
  "cargo clippy --offline -p renda-model -p renda-study -p renda-ingest --all-targets -- -D warnings"
  "cargo clippy --offline --target wasm32-unknown-unknown -p renda-reader --features bench --all-targets -- -D warnings"
  "cargo clippy --offline --target wasm32-unknown-unknown -p renda-reader --features split --lib --bins -- -D warnings"
  "cargo clippy --offline -p renda-reader --no-default-features --features ssr --bin prerender -- -D warnings"
)
passed=0
failed=0
for check in "${checks[@]}"; do
  echo "--- $check"
  if $check; then
    passed=$((passed + 1))
  else
    echo "--- FAILED: $check"
    failed=$((failed + 1))
  fi
done
echo "test result: $( ((failed == 0)) && echo ok || echo FAILED ). $passed passed; $failed failed; 0 ignored"
((failed == 0))
