// Deploys for the offline and update tests: copies of a release build, and genuinely different
// builds made from one without compiling again. Each is finished by scripts/post-build.mjs, as
// Trunk would finish it (CSP, prerendered pages, build id, service worker).

import { execFileSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { cpSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
export const builds = { root: join(root, 'dist'), subpath: join(root, 'target/dist-subpath') };

function finish(dir, publicUrl) {
  execFileSync('node', [join(root, 'scripts/post-build.mjs'), dir, publicUrl], { stdio: ['ignore', 'ignore', 'inherit'] });
  return dir;
}

function filesOf(dir) {
  return readdirSync(dir, { recursive: true }).map(String).filter((path) => statSync(join(dir, path)).isFile());
}

// The copies this test process made, removed when it exits (each is a whole build, megabytes).
const copies = [];

/** A copy of a build in a folder of its own. */
export function copyOf(build) {
  const dir = mkdtempSync(join(tmpdir(), 'renda-deploy-'));
  if (copies.length === 0) process.once('exit', () => copies.forEach((copy) => rmSync(copy, { recursive: true, force: true })));
  copies.push(dir);
  cpSync(build, dir, { recursive: true });
  return dir;
}


/** The build id a folder's pages carry. */
export function buildIdOf(dir) {
  return readFileSync(join(dir, 'index.html'), 'utf8').match(/<meta name="renda-build" content="([0-9a-f]+)">/)?.[1];
}

// A wasm custom section (id 0): ignored by the engine, so the module runs as before, but its bytes
// differ, as a new compile's would.
function customSection(name, payload) {
  const leb = (n) => {
    const bytes = [];
    do {
      let byte = n & 0x7f;
      n >>>= 7;
      if (n) byte |= 0x80;
      bytes.push(byte);
    } while (n);
    return Buffer.from(bytes);
  };
  const body = Buffer.concat([leb(name.length), Buffer.from(name), payload]);
  return Buffer.concat([Buffer.from([0]), leb(body.length), body]);
}

// The next deploys made by this test process, by build and public URL: tests only serve them,
// so one is made once (each takes the prerender and the worker's bundling, seconds).
const nextBuilds = new Map();

/**
 * The next deploy of `build`: a different wasm under a new hashed name (as Trunk would name it),
 * and a changed file that keeps its name (the wasm-bindgen snippet, which has no content hash).
 * Tests must not change its files: each call for the same build returns the same folder.
 */
export function nextBuild(build, publicUrl) {
  const key = `${build} ${publicUrl}`;
  if (!nextBuilds.has(key)) nextBuilds.set(key, makeNextBuild(build, publicUrl));
  return nextBuilds.get(key);
}

function makeNextBuild(build, publicUrl) {
  const dir = copyOf(build);
  const files = filesOf(dir);
  const wasm = files.find((path) => path.endsWith('_bg.wasm'));
  const before = readFileSync(join(dir, wasm));
  const after = Buffer.concat([before, customSection('renda-test-build', randomBytes(32))]);
  const renamed = wasm.replace(/-[0-9a-f]{16}_bg\.wasm$/, `-${createHash('sha256').update(after).digest('hex').slice(0, 16)}_bg.wasm`);
  writeFileSync(join(dir, wasm), after);
  renameSync(join(dir, wasm), join(dir, renamed));
  const snippet = files.find((path) => path.startsWith('snippets/') && path.endsWith('.js'));
  const snippetBefore = readFileSync(join(dir, snippet));
  const snippetAfter = Buffer.concat([snippetBefore, Buffer.from('\n// The next deploy.\n')]);
  writeFileSync(join(dir, snippet), snippetAfter);
  // Only the shell needs the new name: post-build renders every page from it.
  const shell = join(dir, 'index.html');
  writeFileSync(shell, readFileSync(shell, 'utf8').replaceAll(wasm, renamed));
  return finish(dir, publicUrl);
}

/**
 * The folder file of a build that answers `url` under `base`: a route's page for a path, the file
 * for a file. Null for a path the build has no file for.
 */
export function fileFor(dir, base, url) {
  const path = decodeURIComponent(new URL(url).pathname);
  if (!path.startsWith(base)) return null;
  let relative = path.slice(base.length);
  if (relative === '' || relative.endsWith('/')) relative += 'index.html';
  for (const candidate of [join(dir, relative), join(dir, relative, 'index.html')]) {
    try {
      if (statSync(candidate).isFile()) return candidate;
    } catch {
      // not this one
    }
  }
  return null;
}

/**
 * What a CDN's stale edge serves beside a new deploy: a copy of `build` with the files of
 * `earlier` for which `stale(path)` holds (the pages, say, which carry no hash in their names).
 */
export function staleMix(build, earlier, stale) {
  const dir = copyOf(build);
  for (const path of filesOf(earlier).filter(stale)) cpSync(join(earlier, path), join(dir, path));
  return dir;
}

/**
 * A copy of `build` whose reading aids are a new build's: each file under a new name, as `make
 * corpus` names a changed file (the old names are gone from the host).
 */
export function withNewAids(build) {
  const dir = copyOf(build);
  for (const path of filesOf(dir).filter((file) => file.startsWith('aids/'))) {
    const contents = Buffer.concat([readFileSync(join(dir, path)), Buffer.from(' ')]);
    const hash = createHash('sha256').update(contents).digest('hex').slice(0, 16);
    writeFileSync(join(dir, path), contents);
    renameSync(join(dir, path), join(dir, path.replace(/\.[0-9a-f]{16}\.json$/, `.${hash}.json`)));
  }
  return dir;
}
