// Trunk post_build hook (also runnable by hand on a built folder): finishes a build for static
// hosting and offline use.
//   node scripts/post-build.mjs [dir = $TRUNK_STAGING_DIR] [public-url = $TRUNK_PUBLIC_URL or /]
// 0. The wasm of a build with split points (`make dist`'s) is cut into the module every page
//    loads and the parts of the study pages and the pieces opened on demand
//    (scripts/split-wasm.mjs).
// 1. A Content-Security-Policy in every page that allows exactly what the app needs, with
//    Trunk's inline bootstrap script allowed by its hash.
// 2. A page for every route (/d/<slug>/, /terms/<term>/, the fixed pages) and 404.html for the
//    rest, so deep links work on any static host, each prerendered by the app's own components
//    (src/bin/prerender.rs): the text is there before any wasm runs, and without JavaScript.
// 3. sw.js, the service worker (Workbox), which precaches every file of the build with its
//    revision, so that every deploy yields a new worker; and `_headers` for the hosts that read it.
// With SITE_ORIGIN set (`https://example.org`: the sitemap protocol wants absolute addresses),
// also sitemap.xml, every page with its twin in the other interface language, and robots.txt.
// Every page carries the build's id (`<meta name="renda-build">`): a hash of the files the pages
// load, so two deploys of different code never share one.

import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import nodeResolve from '@rollup/plugin-node-resolve';
import replace from '@rollup/plugin-replace';
import terser from '@rollup/plugin-terser';
import { rollup } from 'rollup';
import { getManifest } from 'workbox-build';
import { splitWasm } from './split-wasm.mjs';

const dir = process.argv[2] ?? process.env.TRUNK_STAGING_DIR;
if (!dir) throw new Error('usage: post-build.mjs <dir> [public-url] (or run as a Trunk hook)');
const publicUrl = process.argv[3] ?? process.env.TRUNK_PUBLIC_URL ?? '/';
const siteOrigin = process.env.SITE_ORIGIN ?? '';
// Files named by their content hash (`renda-reader-0123456789abcdef_bg.wasm`). Trunk writes its
// hash without leading zeros, so a name may carry fewer than 16 digits; at least 12, so that
// `icon-192.png` never passes for hashed (a shorter hash, once in 16^4 builds, only loses the
// long caching).
const HASHED = /-[0-9a-f]{12,16}(_bg)?\.[a-z]+$/;
// Files for the host and crawlers, never requested by a page: not precached.
const HOST_FILES = ['_headers', '.nojekyll', 'sitemap.xml', 'robots.txt'];

// A development build (`trunk serve`) is neither split nor given a CSP or prerendered pages.
const release = (process.env.TRUNK_PROFILE ?? 'release') === 'release';

// ── 0. The split ──────────────────────────────────────────────────────────────────────────
// First: the build id, the pages and the worker's list are of the files it leaves.
const split = release ? splitWasm(dir) : 'not split (development)';

const build = createHash('sha256');
for (const path of readdirSync(dir, { recursive: true }).map(String).sort()) {
  const full = join(dir, path);
  if (statSync(full).isFile() && !path.endsWith('.html') && path !== 'sw.js' && !HOST_FILES.includes(path)) {
    build.update(path).update(readFileSync(full));
  }
}
const buildId = build.digest('hex').slice(0, 16);

// ── 1. Content-Security-Policy ────────────────────────────────────────────────────────────
// Release builds only: `trunk serve` rewrites its auto-reload script after this hook runs, so a
// policy pinned to the script's hash here would block it.
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
// Running the hook again on a finished build (as the tests do for a second deploy) replaces
// what the first run wrote.
shell = shell.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>\s*<meta name="referrer"[^>]*>\s*/, '');
shell = shell.replace(/<meta name="renda-build"[^>]*>\s*/, '');
const buildMeta = `<meta name="renda-build" content="${buildId}">`;
shell = shell.replace('<meta charset="utf-8">', `<meta charset="utf-8">\n    ${release ? `${meta}\n    ` : ''}${buildMeta}`);
// The worker takes a page only when it names this build (scripts/sw.js): without the id, offline
// use would never install.
if (!shell.includes(buildMeta)) throw new Error(`post-build: ${shellPath} has no <meta charset="utf-8"> to put the build id after`);
writeFileSync(shellPath, shell);

// ── 2. A page for every route ─────────────────────────────────────────────────────────────
// Release builds: every route of `Route::all` (src/route.rs) and 404.html, prerendered by the
// app's own components. (`trunk serve` answers every unknown path with the shell, so development
// builds need no route pages.)
if (release) {
  // Trunk runs cargo offline; so does this (scripts/setup.sh fetched every crate).
  const manifest = new URL('../Cargo.toml', import.meta.url).pathname;
  execFileSync('cargo', ['run', '--offline', '--quiet', '--profile', 'prerender', '--manifest-path', manifest, '--no-default-features',
    '--features', 'ssr', '--bin', 'prerender', '--', dir, publicUrl, siteOrigin], { stdio: 'inherit' });
}

// ── 3. The service worker ─────────────────────────────────────────────────────────────────
// Release: scripts/sw.js bundled with its Workbox modules, and the build's file list with a
// revision for each file, an integrity hash for each file but the pages (some hosts rewrite HTML
// on the way, analytics snippets for one, and offline use would then never install), and the
// build id, which the worker finds in each page it stores: a CDN's stale copy of any file then
// fails the install instead of mixing two builds. Development: a worker that removes itself, so
// that a release worker left on this origin by an earlier visit stops answering for `trunk serve`.
const workerPath = join(dir, 'sw.js');
if (release) {
  const { manifestEntries, warnings } = await getManifest({
    globDirectory: dir,
    globPatterns: ['**/*'],
    // The reading aids are fetched when a reader turns one on, and cached then (scripts/sw.js):
    // precaching them would put them on every first visit. The paragraphs' English beside them
    // is precached like the parts of the wasm: a reader who switches to English offline has it.
    globIgnores: ['sw.js', 'aids/!(translation.*)', ...HOST_FILES],
    // Trunk puts a content hash in these names: the name is the revision.
    dontCacheBustURLsMatching: HASHED,
    maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
    manifestTransforms: [async (entries) => ({
      manifest: entries.map((entry) => (entry.url.endsWith('.html') ? entry : { ...entry, integrity: integrityOf(join(dir, entry.url)) })),
    })],
  });
  if (warnings.length) throw new Error(`post-build: ${warnings.join('; ')}`);
  const bundle = await rollup({
    input: fileURLToPath(new URL('./sw.js', import.meta.url)),
    plugins: [
      replace({
        preventAssignment: true,
        values: {
          'process.env.NODE_ENV': JSON.stringify('production'),
          'self.__WB_MANIFEST': JSON.stringify(manifestEntries),
          __RENDA_BUILD__: JSON.stringify(buildId),
        },
      }),
      nodeResolve(),
      terser(),
    ],
  });
  await bundle.write({ file: workerPath, format: 'iife' });
  await bundle.close();
  writeFileSync(join(dir, '_headers'), hostHeaders(manifestEntries));
  console.log(`post-build: ${split}, CSP with ${scriptHashes.length} script hash(es), build ${buildId}, sw.js precaching ${manifestEntries.length} files under ${publicUrl}`);
} else {
  writeFileSync(workerPath, readFileSync(new URL('./sw-remove.js', import.meta.url)));
  console.log('post-build: no CSP, no route pages and a self-removing sw.js (development)');
}

function integrityOf(path) {
  return `sha384-${createHash('sha384').update(readFileSync(path)).digest('base64')}`;
}

// Netlify's and Cloudflare Pages' `_headers`: what a meta CSP cannot say (framing, sniffing,
// HTTPS only), and a year's caching for the files whose names carry their content hash; every
// other file keeps the host's default, which revalidates.
function hostHeaders(entries) {
  const longLived = entries.filter((entry) => HASHED.test(entry.url)).map((entry) => `${publicUrl}${entry.url}\n  Cache-Control: public, max-age=31536000, immutable\n`);
  return [
    `${publicUrl}*\n  Content-Security-Policy: frame-ancestors 'none'\n  X-Frame-Options: DENY\n  X-Content-Type-Options: nosniff\n  Strict-Transport-Security: max-age=31536000\n  Referrer-Policy: no-referrer\n`,
    `${publicUrl}sw.js\n  Cache-Control: no-cache\n`,
    ...longLived,
  ].join('\n');
}
