#!/usr/bin/env bash
# Runs the three test layers in order, keeps going when one fails, and ends with one line
# "N passed, N failed" over all of them. Exits non-zero if any layer failed or did not run.
#   1. native:  cargo test of the pure corpus crate (model, ingest, apparatus)
#   2. browser: wasm-bindgen-test component tests in headless Chromium
#   3. e2e:     Playwright against the release builds in dist/ and target/dist-subpath/ (built
#               for /renda/), behind e2e/static-server.mjs
set -uo pipefail
cd "$(dirname "$0")/.."

log_dir=target/test-logs
mkdir -p "$log_dir"
passed=0
failed=0
status=0

# run NAME PARSER COMMAND...: runs the layer, tees its output, adds its counts.
run() {
  local name=$1 parser=$2
  shift 2
  printf '\n=== %s: %s\n' "$name" "$*"
  "$@" 2>&1 | tee "$log_dir/$name.log"
  local code=${PIPESTATUS[0]}
  local counts
  counts=$("$parser" "$log_dir/$name.log")
  local p=${counts% *} f=${counts#* }
  if (( code != 0 && f == 0 )); then
    echo "=== $name did not complete (exit $code): counted as one failure"
    f=1
  fi
  (( code != 0 )) && status=1
  passed=$((passed + p))
  failed=$((failed + f))
  echo "=== $name: $p passed, $f failed"
}

# cargo test and wasm-bindgen-test-runner both print "test result: ... N passed; M failed; ...".
cargo_counts() {
  awk '/^test result:/ { for (i = 1; i <= NF; i++) { if ($(i+1) ~ /^passed;/) p += $i; if ($(i+1) ~ /^failed;/) f += $i } }
       END { print p + 0, f + 0 }' "$1"
}

# node --test (spec reporter) ends with "ℹ pass N" and "ℹ fail N"; the TAP reporter with "# pass N".
node_counts() {
  awk '/^(ℹ|#) pass [0-9]+$/ { p = $3 } /^(ℹ|#) fail [0-9]+$/ { f = $3 } END { print p + 0, f + 0 }' "$1"
}

run native cargo_counts cargo test -p renda-corpus
run browser cargo_counts env CHROMEDRIVER=/usr/bin/chromedriver cargo test --target wasm32-unknown-unknown -p renda-reader
# The release build for the root, and the same for a subpath (the offline tests use both).
if make --no-print-directory dist && make --no-print-directory dist PUBLIC_URL=/renda/ DIST=target/dist-subpath; then
  run e2e node_counts node --test --test-concurrency=1 e2e/
else
  echo "=== e2e: the release build failed"
  failed=$((failed + 1))
  status=1
fi

echo
echo "$passed passed, $failed failed"
exit $status
