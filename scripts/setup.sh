#!/usr/bin/env bash
# Installs what Renda Reader needs and is missing; quick and silent when everything is present.
#   scripts/setup.sh build   Rust wasm target, trunk, wasm-bindgen-cli, wasm-split-cli, npm tools (wasm-opt), crates
#   scripts/setup.sh test    all of the above, plus Debian's chromium and chromedriver
# Versions and the reasons for them: ../shared/docs/toolchain.md, summarised in README.md.
set -euo pipefail
cd "$(dirname "$0")/.."

TRUNK_VERSION=0.21.14
mode=${1:-test}
export PATH="$HOME/.cargo/bin:$PATH"

say() { printf 'setup: %s\n' "$*"; }

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "installing the Rust target wasm32-unknown-unknown"
  rustup target add wasm32-unknown-unknown
fi

# The lint layer of `make test` (scripts/lint.sh) runs rustfmt and clippy.
if [[ "$mode" == test ]]; then
  for component in rustfmt clippy; do
    if ! rustup component list --installed | grep -q "^$component"; then
      say "installing the Rust component $component"
      rustup component add "$component"
    fi
  done
fi

# Debian's packages install in the background while cargo compiles (one waits on the network and
# the disk, the other on the cores); the script waits for them at its end.
apt_pid=""
if [[ "$mode" == test ]]; then
  missing=()
  [[ -x /usr/bin/chromium ]] || missing+=(chromium)
  [[ -x /usr/bin/chromedriver ]] || missing+=(chromium-driver)
  # Without a CJK font, headless screenshots show every Chinese character as a box.
  [[ -d /usr/share/fonts/opentype/noto ]] || missing+=(fonts-noto-cjk)
  if (( ${#missing[@]} )); then
    say "installing Debian's ${missing[*]} (in the background)"
    mkdir -p target
    sudo=(); [[ $(id -u) == 0 ]] || sudo=(sudo)
    ( "${sudo[@]}" apt-get update -qq && DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq "${missing[@]}" ) \
      > target/setup-apt.log 2>&1 &
    apt_pid=$!
  fi
fi

# Trunk and wasm-bindgen-cli are build tools, installed once: their own release profiles' fat LTO
# and single codegen unit cost minutes on 2 cores and buy nothing here (cargo's profile variables
# override the installed crate's manifest). Trunk spends its time waiting on cargo, wasm-opt and
# the disk, so it is not optimised at all: installed in 3 min 14 s instead of 6 min 35 s, and a
# release build took 19.3 s with it against 17.8 s (measured 2026-12-02). wasm-bindgen itself
# rewrites megabytes of wasm, so it keeps the first level of optimisation.
tool_profile=(env CARGO_PROFILE_RELEASE_LTO=false CARGO_PROFILE_RELEASE_CODEGEN_UNITS=16
  CARGO_PROFILE_RELEASE_DEBUG=false CARGO_PROFILE_RELEASE_INCREMENTAL=false)

if [[ "$(trunk --version 2>/dev/null)" != "trunk $TRUNK_VERSION" ]]; then
  say "installing trunk $TRUNK_VERSION (about 3 minutes on 2 cores)"
  "${tool_profile[@]}" CARGO_PROFILE_RELEASE_OPT_LEVEL=0 cargo install trunk --version "$TRUNK_VERSION" --locked
fi

# wasm-bindgen-cli must be exactly the wasm-bindgen in Cargo.lock, or Trunk would try to download
# one. It is installed without --locked: its own lock file names a crate the registry no longer has.
bindgen_version=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/[^0-9.]/, ""); print; exit }' Cargo.lock)
if [[ -z "$bindgen_version" ]]; then
  echo "setup: cannot find the wasm-bindgen version in Cargo.lock" >&2
  exit 1
fi
if [[ "$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $bindgen_version" ]]; then
  say "installing wasm-bindgen-cli $bindgen_version (about 3 minutes)"
  "${tool_profile[@]}" CARGO_PROFILE_RELEASE_OPT_LEVEL=1 cargo install wasm-bindgen-cli --version "$bindgen_version" --force
fi

# wasm-split-cli cuts the release build's wasm into the module every page loads and the study
# pages' parts (scripts/split-wasm.mjs). Its format must match the wasm_split_helpers that leptos
# compiles in (0.2.x); installed without --locked, like wasm-bindgen-cli.
SPLIT_CLI_VERSION=0.2.4
if [[ "$(cat "$HOME/.cargo/.renda-wasm-split-cli" 2>/dev/null)" != "$SPLIT_CLI_VERSION" ]] || ! command -v wasm-split-cli >/dev/null; then
  say "installing wasm-split-cli $SPLIT_CLI_VERSION (about 2 minutes)"
  "${tool_profile[@]}" CARGO_PROFILE_RELEASE_OPT_LEVEL=1 cargo install wasm_split_cli_support --version "$SPLIT_CLI_VERSION" --features build-binary --force
  echo "$SPLIT_CLI_VERSION" > "$HOME/.cargo/.renda-wasm-split-cli"
fi

# The suite runs on the current LTS lines of Node (package.json engines: 20.10 and later; tried
# on 20, 22 and 24).
node_version=$(node --version 2>/dev/null | sed -E 's/^v//')
node_major=${node_version%%.*}
node_minor=$(cut -d. -f2 <<<"$node_version")
if [[ -z "$node_version" ]] || (( node_major < 20 || (node_major == 20 && node_minor < 10) )); then
  echo "setup: Node 20.10 or later is needed (package.json engines); found ${node_version:-none}" >&2
  exit 1
fi

# npm ci only when the lock file changed since the last install.
if [[ ! -f node_modules/.package-lock.json || package-lock.json -nt node_modules/.package-lock.json ]]; then
  say "installing npm packages from package-lock.json (playwright-core, axe-core, Workbox and rollup for the service worker, binaryen's wasm-opt)"
  npm ci --no-audit --no-fund
fi

# Trunk builds offline; it passes --offline to cargo, so every crate must be in the cache first.
if ! cargo fetch --locked --quiet 2>/dev/null; then
  say "fetching crates"
  cargo fetch --locked
fi


if [[ -n "$apt_pid" ]]; then
  if ! wait "$apt_pid"; then
    cat target/setup-apt.log >&2
    echo "setup: installing Debian's packages failed (log above)" >&2
    exit 1
  fi
  rm -f target/setup-apt.log
fi
