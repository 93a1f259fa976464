# Renda Reader. `make serve` and `make test` install whatever is missing first (scripts/setup.sh).
SHELL := bash
PUBLIC_URL ?= /
DIST ?= dist
# The origin the site is served from (https://example.org): given, the build writes sitemap.xml
# and robots.txt, which need absolute addresses.
SITE_ORIGIN ?=
# wasm-opt comes from npm's binaryen (Debian's crashes the app); cargo-installed tools from ~/.cargo/bin.
export PATH := $(CURDIR)/node_modules/.bin:$(HOME)/.cargo/bin:$(PATH)

.PHONY: serve test dist corpus bench review setup clean

## serve: install what is missing, then serve the app with auto-reload at http://127.0.0.1:8080
serve:
	@scripts/setup.sh build
	trunk serve

## test: install what is missing, then run every test layer (native, browser, end-to-end)
test:
	@scripts/setup.sh test
	@scripts/test-all.sh

## dist: the release build into dist/, its study pages and on-demand pieces split off as parts of the wasm (PUBLIC_URL=/sub/path/ to host under a subpath; DIST=elsewhere;
## SITE_ORIGIN=https://example.org for a sitemap)
dist:
	@scripts/setup.sh build
	SITE_ORIGIN=$(SITE_ORIGIN) trunk build --release --features split --public-url $(PUBLIC_URL) --dist $(DIST)

## bench: build the release, measure it beside a plain HTML page, write BENCHMARKS.md
## (the wasm before wasm-bindgen, which keeps its function names, is kept for the code breakdown)
bench: dist
	cp target/wasm32-unknown-unknown/release/renda-reader.wasm target/renda-reader-names.wasm
	trunk build --release --features bench --dist target/bench-dist --public-url /
	node bench/run.mjs

## corpus: re-ingest corpus/raw/ under corpus/apparatus/ into corpus/corpus.json
corpus:
	cargo run --quiet -p renda-ingest --bin ingest

## review: run the peer tools (pypinyin, jieba, OpenCC s2tw/s2hk, pinned in corpus/review/requirements.txt,
## in a virtual environment under target/) beside the reading aids and list every disagreement and its
## verdict (corpus/review/verdicts.toml); fails on an unjudged one. Not part of `make test`.
review:
	@test -x target/review-venv/bin/python || python3 -m venv target/review-venv
	@target/review-venv/bin/pip install --quiet --disable-pip-version-check -r corpus/review/requirements.txt
	target/review-venv/bin/python corpus/review/peers.py

## setup: install the whole toolchain without running anything
setup:
	@scripts/setup.sh test

clean:
	rm -rf dist target/test-logs
