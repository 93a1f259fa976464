// Cuts a release build's wasm into the module every page loads and the parts of the study pages
// and of the pieces opened on demand (src/pages/parts.rs, src/components/on_demand.rs), which a
// browser fetches when a reader first opens one. Called by
// scripts/post-build.mjs on Trunk's staging folder, before the pages are prerendered and the
// worker lists the files.
//
// Trunk has no step between cargo and wasm-bindgen (trunk-rs/trunk#1022), so this starts again
// from cargo's output: wasm-split-cli cuts it (a main module, the parts, the `__wasm_split.js`
// that loads them), wasm-bindgen and wasm-opt -Oz treat the main module as Trunk treated the
// whole, wasm-opt the parts, and the results replace Trunk's script and wasm. Every file is named
// by its contents (`chunk_0-0123456789abcdef.wasm`), as Trunk names its own, so that a browser or
// a host never mixes files of two builds, and the worker precaches them like the rest.
//
// A build without split points (an unsplit build: the bench's, one already split, a copy the
// tests finish again) is left as it is.

import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const NAME = 'renda-reader';
// The import module of every split point until wasm-split-cli resolves it (wasm_split_helpers).
const PLACEHOLDER = '__wasm_split_placeholder__';
// The features Trunk's wasm-opt -Oz is given for this target.
const WASM_OPT = ['-Oz', '--enable-bulk-memory', '--enable-nontrapping-float-to-int', '--enable-sign-ext', '--enable-mutable-globals', '--enable-reference-types'];

const hash16 = (bytes) => createHash('sha256').update(bytes).digest('hex').slice(0, 16);

/** Splits the build in `dir` if its wasm has split points; returns what it did, for the log. */
export function splitWasm(dir) {
  // Trunk writes its hash without leading zeros: 1 to 16 hex digits.
  const script = readdirSync(dir).find((file) => new RegExp(`^${NAME}-[0-9a-f]{1,16}\\.js$`).test(file));
  if (!script) throw new Error(`split-wasm: no ${NAME}-<hash>.js in ${dir} (it holds ${readdirSync(dir).join(', ')})`);
  if (!readFileSync(join(dir, script), 'utf8').includes(PLACEHOLDER)) return 'not split (no split points)';
  const wasm = script.replace(/\.js$/, '_bg.wasm');

  // Where Trunk's cargo build wrote it: cargo itself says, whatever sets the target directory
  // (CARGO_TARGET_DIR, CARGO_BUILD_TARGET_DIR, build.target-dir).
  const manifest = fileURLToPath(new URL('../Cargo.toml', import.meta.url));
  const metadata = JSON.parse(execFileSync('cargo', ['metadata', '--offline', '--no-deps', '--format-version', '1', '--manifest-path', manifest], { encoding: 'utf8' }));
  const built = join(metadata.target_directory, 'wasm32-unknown-unknown', 'release', `${NAME}.wasm`);
  if (!existsSync(built)) throw new Error(`split-wasm: cargo's ${built} is missing`);

  const work = mkdtempSync(join(tmpdir(), 'renda-split-'));
  try {
    const cut = join(work, 'cut');
    run('wasm-split-cli', ['--target', 'web', '--out-name', NAME, built, cut]);
    const bound = join(work, 'bound');
    run('wasm-bindgen', ['--target', 'web', '--keep-lld-exports', '--no-demangle', '--no-typescript', '--out-dir', bound, '--out-name', NAME, join(cut, `${NAME}.wasm`)]);
    const optimise = (file) => run('wasm-opt', [...WASM_OPT, file, '-o', file]);
    optimise(join(bound, `${NAME}_bg.wasm`));

    // The parts, by the name wasm-split-cli gave each, renamed by their contents.
    const renamed = new Map();
    for (const part of readdirSync(cut).filter((file) => file.endsWith('.wasm') && file !== `${NAME}.wasm`)) {
      optimise(join(cut, part));
      const bytes = readFileSync(join(cut, part));
      const name = part.replace(/\.wasm$/, `-${hash16(bytes)}.wasm`);
      writeFileSync(join(dir, name), bytes);
      renamed.set(part, name);
    }

    // The main module and its script share one name. The loader imports the script and the
    // script the loader, so the name cannot be the script's final contents: it is the module's,
    // the script's and the loader's as the tools wrote them, and the parts' names. A change in
    // any part alone then renames the script too, which the worker and the year-long caching of
    // hashed names rely on (a stale script would import a loader the new build no longer has).
    const mainWasm = readFileSync(join(bound, `${NAME}_bg.wasm`));
    let glue = readFileSync(join(bound, `${NAME}.js`), 'utf8');
    let loader = readFileSync(join(cut, '__wasm_split.js'), 'utf8');
    const stem = `${NAME}-${hash16(Buffer.concat([mainWasm, Buffer.from(glue), Buffer.from(loader), Buffer.from([...renamed.values()].sort().join('\n'))]))}`;
    for (const [part, name] of renamed) loader = replaceQuoted(loader, part, name, '__wasm_split.js');
    loader = replaceQuoted(loader, `${NAME}.js`, `${stem}.js`, '__wasm_split.js');
    const loaderName = `__wasm_split-${hash16(loader)}.js`;
    // Only where the script imports it: the wasm's own imports keep the module's first name,
    // which is a key of the script's import object too.
    glue = replaceQuoted(glue, '__wasm_split.js', loaderName, `${NAME}.js`, /from\s*$/);
    writeFileSync(join(dir, loaderName), loader);
    writeFileSync(join(dir, `${stem}.js`), glue);
    writeFileSync(join(dir, `${stem}_bg.wasm`), mainWasm);

    // wasm-bindgen's snippets (the crates' own JavaScript) as this run wrote them.
    rmSync(join(dir, 'snippets'), { recursive: true, force: true });
    if (existsSync(join(bound, 'snippets'))) cpSync(join(bound, 'snippets'), join(dir, 'snippets'), { recursive: true });

    // Trunk's script and wasm give way; its page names the new ones.
    rmSync(join(dir, script));
    rmSync(join(dir, wasm));
    const shellPath = join(dir, 'index.html');
    const shell = readFileSync(shellPath, 'utf8');
    if (!shell.includes(script) || !shell.includes(wasm)) throw new Error(`split-wasm: ${shellPath} does not name ${script} and ${wasm}`);
    writeFileSync(shellPath, shell.replaceAll(wasm, `${stem}_bg.wasm`).replaceAll(script, `${stem}.js`));
    return `split into ${stem}_bg.wasm and ${renamed.size} parts`;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/**
 * Runs a tool, quiet unless it fails: wasm-opt warns of every part's name section it does not
 * read (the names it drops anyway).
 */
function run(tool, args) {
  try {
    execFileSync(tool, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (error) {
    throw new Error(`split-wasm: ${tool} ${args.join(' ')} failed:\n${error.stderr ?? error.message}`);
  }
}

/**
 * `text` with every quoted mention of the file `from` (`"./x"`, `'x'`…) naming `to` instead; with
 * `before`, only the mentions the text before them matches (`/from\s*$/`: import statements).
 */
function replaceQuoted(text, from, to, what, before = null) {
  const pattern = new RegExp(`(["'\`])(\\./)?${from.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\1`, 'g');
  let replaced = 0;
  const result = text.replace(pattern, (match, quote, dot, offset) => {
    if (before && !before.test(text.slice(Math.max(0, offset - 20), offset))) return match;
    replaced += 1;
    return `${quote}${dot ?? ''}${to}${quote}`;
  });
  if (replaced === 0) throw new Error(`split-wasm: ${what} does not name ${from}`);
  return result;
}
