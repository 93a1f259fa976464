#!/usr/bin/env bash
# Runs every test layer, keeps going when one fails, and ends with one line over all of them:
# "N passed, N failed" (", N skipped" when any were). Exits non-zero if any layer failed, ran
# fewer tests than its minimum, timed out, or could not be counted. Cancelled tests count as
# failed.
#   1. native:  cargo test of the pure crates: model, study tools, ingest
#   2. lint:    rustfmt, and clippy with warnings as errors over every crate and target
#               (scripts/lint.sh)
#   3. browser: wasm-bindgen-test component tests in headless Chromium
#   4. e2e:     Playwright against the release builds in dist/ and target/dist-subpath/ (built
#               for /renda/), served like real static hosts
#   5. control: the e2e app tests once more with the wasm blocked; each must fail, or it passes
#               without the app and proves nothing
# Counts come from machine-readable summaries (cargo's "test result:" lines, node's TAP totals),
# never from guessing at human output.
set -uo pipefail
cd "$(dirname "$0")/.."

log_dir=target/test-logs
mkdir -p "$log_dir"
passed=0
failed=0
skipped=0
status=0

# At least this many tests per layer: a layer that silently runs fewer (a filter, a file that no
# longer loads, a reporter that changed) fails instead of looking green.
declare -A MINIMUM=([native]=151 [lint]=5 [browser]=32 [e2e]=132)
# Wall-clock limits per layer, in seconds, first builds included.
declare -A LIMIT=([native]=1200 [lint]=900 [browser]=1500 [e2e]=1800 [control]=900)

# cargo test and wasm-bindgen-test-runner both end each binary with
# "test result: ok. N passed; M failed; K ignored; ...".
cargo_counts() {
  awk '/^test result:/ { for (i = 1; i <= NF; i++) { if ($(i+1) ~ /^passed;/) p += $i; if ($(i+1) ~ /^failed;/) f += $i; if ($(i+1) ~ /^ignored;/) s += $i } n++ }
       END { print p + 0, f + 0, s + 0, n + 0 }' "$1"
}

# node's TAP reporter ends with "# pass N", "# fail N", "# skipped N", "# cancelled N", "# todo N".
tap_counts() {
  awk '/^# pass [0-9]+$/ { p = $3; n = 1 } /^# fail [0-9]+$/ { f = $3 } /^# cancelled [0-9]+$/ { c = $3 }
       /^# (skipped|todo) [0-9]+$/ { s += $3 } END { print p + 0, f + c, s + 0, n + 0 }' "$1"
}

# run LAYER PARSER SUMMARY-FILE COMMAND...: runs a layer under its time limit, shows its output,
# and adds the counts its summary file holds.
run() {
  local layer=$1 parser=$2 summary=$3
  shift 3
  printf '\n=== %s: %s\n' "$layer" "$*"
  timeout --kill-after=30 "${LIMIT[$layer]}" "$@" 2>&1 | tee "$log_dir/$layer.log"
  local code=${PIPESTATUS[0]}
  local p f s n
  read -r p f s n < <("$parser" "$summary")
  local problem=""
  if (( code == 124 || code == 137 )); then problem="timed out after ${LIMIT[$layer]} s"
  elif (( n == 0 )); then problem="printed no summary to count"
  elif (( code != 0 && f == 0 )); then problem="exited $code with no failed test"
  elif (( p + f < ${MINIMUM[$layer]} )); then problem="ran $((p + f)) tests, fewer than its ${MINIMUM[$layer]}"
  fi
  if [[ -n $problem ]]; then
    echo "=== $layer $problem: counted as one failure"
    f=$((f + 1))
  fi
  (( code != 0 || f != 0 )) && status=1
  passed=$((passed + p))
  failed=$((failed + f))
  skipped=$((skipped + s))
  echo "=== $layer: $p passed, $f failed, $s skipped"
}

run native cargo_counts "$log_dir/native.log" cargo test -p renda-model -p renda-study -p renda-ingest
run lint cargo_counts "$log_dir/lint.log" scripts/lint.sh
run browser cargo_counts "$log_dir/browser.log" env CHROMEDRIVER=/usr/bin/chromedriver cargo test --target wasm32-unknown-unknown -p renda-reader

e2e_files=(e2e/*.test.mjs)
# Every test has its own timeout (e2e/support.mjs `test`; node's default is none). Two files run
# at once: each has its own server and browser, and most of a test's time is waiting on the page,
# so two share the machine's cores without either running short of them.
node_test=(node --test --test-concurrency=2 --test-reporter=spec --test-reporter-destination=stdout)
# The release build for the root, and the same for a subpath (the hosting tests use both).
# A summary left by an earlier run must never be read for this one.
rm -f "$log_dir"/e2e.tap "$log_dir"/control.tap
if timeout "${LIMIT[e2e]}" make --no-print-directory dist SITE_ORIGIN= && timeout "${LIMIT[e2e]}" make --no-print-directory dist PUBLIC_URL=/renda/ DIST=target/dist-subpath SITE_ORIGIN=https://example.org; then
  run e2e tap_counts "$log_dir/e2e.tap" "${node_test[@]}" --test-reporter=tap --test-reporter-destination="$log_dir/e2e.tap" "${e2e_files[@]}"

  # The control run: every app test with the wasm blocked. Its failures are the expected result,
  # so it adds one passed check when all of them fail and one failure naming those that did not.
  # Four files at once: without the app, a test only waits for what never comes (2 s each).
  printf '\n=== control: the app tests with the wasm blocked; every one must fail\n'
  RENDA_CONTROL=block-wasm timeout --kill-after=30 "${LIMIT[control]}" "${node_test[@]}" --test-concurrency=4 --test-name-pattern='^app: ' \
    --test-reporter=tap --test-reporter-destination="$log_dir/control.tap" "${e2e_files[@]}" > "$log_dir/control.log" 2>&1
  read -r p f s n < <(tap_counts "$log_dir/control.tap")
  app_tests=$(grep -cE '^(not )?ok [0-9]+ - app: ' "$log_dir/e2e.tap")
  if (( n == 1 && app_tests > 0 && p == 0 && f == app_tests )); then
    echo "=== control: all $f app tests failed without the app, as they must"
    passed=$((passed + 1))
  else
    echo "=== control: of $app_tests app tests, $f failed and $p passed without the app; those prove nothing:"
    grep -E '^ *ok [0-9]+ - app: ' "$log_dir/control.tap" || true
    failed=$((failed + 1))
    status=1
  fi
else
  echo "=== e2e: the release build failed"
  failed=$((failed + 1))
  status=1
fi

echo
if (( skipped > 0 )); then
  echo "$passed passed, $failed failed, $skipped skipped"
else
  echo "$passed passed, $failed failed"
fi
exit $status
