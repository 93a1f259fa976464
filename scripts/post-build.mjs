// Trunk post_build hook (also runnable by hand on a built folder): finishes a build for static
// hosting and offline use.
//   node scripts/post-build.mjs [dir = $TRUNK_STAGING_DIR] [public-url = $TRUNK_PUBLIC_URL or /]
// 1. A Content-Security-Policy in every page that allows exactly what the app needs, with
//    Trunk's inline bootstrap script allowed by its hash.
// 2. A page for every route (/d/<slug>/, /terms/<term>/, the fixed pages) and 404.html for the
//    rest, so deep links work on any static host. In release builds each is prerendered by the
//    app's own components (src/bin/prerender.rs): the text is there before any wasm runs, and
//    without JavaScript. In development each is the app shell.
// 3. sw.js, the service worker, whose precache list names every file of the build with its
//    content hash, so that every deploy yields a new worker.

import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

const dir = process.argv[2] ?? process.env.TRUNK_STAGING_DIR;
if (!dir) throw new Error('usage: post-build.mjs <dir> [public-url] (or run as a Trunk hook)');
const publicUrl = process.argv[3] ?? process.env.TRUNK_PUBLIC_URL ?? '/';
const corpus = JSON.parse(readFileSync(new URL('../corpus/corpus.json', import.meta.url), 'utf8'));

// ── 1. Content-Security-Policy ────────────────────────────────────────────────────────────
// Release builds only: `trunk serve` rewrites its auto-reload script after this hook runs, so a
// policy pinned to the script's hash here would block it.
const release = (process.env.TRUNK_PROFILE ?? 'release') === 'release';
const shellPath = join(dir, 'index.html');
let shell = readFileSync(shellPath, 'utf8');
const inlineScripts = [...shell.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
const scriptHashes = inlineScripts.map((code) => `'sha256-${createHash('sha256').update(code).digest('base64')}'`);
const policy = [
  "default-src 'self'",
  `script-src 'self' 'wasm-unsafe-eval' ${scriptHashes.join(' ')}`,
  "style-src 'self'",
  "img-src 'self'",
  "font-src 'self'",
  "connect-src 'self'",
  "manifest-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');
const meta = `<meta http-equiv="Content-Security-Policy" content="${policy}">\n    <meta name="referrer" content="no-referrer">`;
shell = shell.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>\s*<meta name="referrer"[^>]*>/, '');
if (release) shell = shell.replace('<meta charset="utf-8">', `<meta charset="utf-8">\n    ${meta}`);
writeFileSync(shellPath, shell);

// ── 2. A page for every route ─────────────────────────────────────────────────────────────
const routes = [
  'about', 'search', 'terms', 'people',
  ...corpus.sessions.flatMap((s) => s.documents.map((d) => `d/${d.slug}`)),
  ...corpus.glossary.map((f) => `terms/${f.term}`),
];
for (const route of routes) {
  mkdirSync(join(dir, route), { recursive: true });
  writeFileSync(join(dir, route, 'index.html'), shell);
}
writeFileSync(join(dir, '404.html'), shell);
if (release) {
  // Trunk runs cargo offline; so does this (scripts/setup.sh fetched every crate).
  const manifest = new URL('../Cargo.toml', import.meta.url).pathname;
  execFileSync('cargo', ['run', '--offline', '--quiet', '--release', '--manifest-path', manifest, '--no-default-features',
    '--features', 'ssr', '--bin', 'prerender', '--', dir, publicUrl], { stdio: 'inherit' });
}

// ── 3. The service worker ─────────────────────────────────────────────────────────────────
function files(folder) {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}
const precache = files(dir)
  .map((path) => relative(dir, path).split(sep).join('/'))
  .filter((path) => path !== 'sw.js' && !path.startsWith('.'))
  .sort()
  .map((path) => [path, createHash('sha256').update(readFileSync(join(dir, path))).digest('hex').slice(0, 16)]);
const version = createHash('sha256').update(JSON.stringify(precache)).digest('hex').slice(0, 16);
const worker = readFileSync(new URL('./sw.template.js', import.meta.url), 'utf8')
  .replace('__VERSION__', version)
  .replace('__PRECACHE__', JSON.stringify(precache.map(([path, hash]) => ({ path, hash })), null, 0));
writeFileSync(join(dir, 'sw.js'), worker);
console.log(`post-build: ${routes.length} route pages, ${release ? `CSP with ${scriptHashes.length} script hash(es)` : 'no CSP (development)'}, sw.js ${version} precaching ${precache.length} files under ${publicUrl}`);
