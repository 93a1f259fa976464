// The byte budget of a first visit: what a reader's browser fetches to show a page before the app
// runs (the page, its style sheet and icon, the app's script with the modules it imports, the
// wasm), compressed with gzip -9 as the bench compresses it, held under the budget decided in
// bench/budget.json. Bytes are deterministic, so a test may hold them (timings are the bench's).
// Raising a budget is a decision recorded in BENCHMARKS.md, never a silent edit.

import { test } from './support.mjs';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { posix } from 'node:path';
import { gzipSync } from 'node:zlib';

const dist = new URL('../dist/', import.meta.url);
const budget = JSON.parse(readFileSync(new URL('../bench/budget.json', import.meta.url), 'utf8'));

/**
 * A built file's name without its content hash, which changes with every build (Trunk drops the
 * hash's leading zeros: 12 to 16 digits, as scripts/post-build.mjs reads them).
 */
const unhashed = (path) => path.replace(/-[0-9a-f]{12,16}(?=[._/])/g, '');

/** The paths in dist/ a first visit to `page` (a prerendered page's path in dist/) fetches. */
function firstVisitFiles(page) {
  const html = readFileSync(new URL(page, dist), 'utf8');
  const linked = [...html.matchAll(/<link\b[^>]*>/g)]
    .map(([tag]) => [tag.match(/\brel="([^"]*)"/)?.[1], tag.match(/\bhref="([^"]*)"/)?.[1]])
    .filter(([rel, href]) => href && ['stylesheet', 'icon'].includes(rel))
    .map(([, href]) => href);
  // Trunk's module script: the app's script and its wasm.
  const app = [...html.matchAll(/from '([^']+\.js)'|module_or_path: '([^']+\.wasm)'/g)].map((m) => m[1] ?? m[2]);
  const script = app.find((path) => path.endsWith('.js'));
  assert.ok(script && app.some((path) => path.endsWith('.wasm')), `${page} starts the app`);
  // The modules the app's script imports (the snippets of the Rust crates), beside it.
  const glue = readFileSync(new URL(script.replace(/^\//, ''), dist), 'utf8');
  const imported = [...glue.matchAll(/from "(\.\/[^"]+\.js)"/g)].map(([, path]) => posix.join(posix.dirname(script), path));
  return [page, ...new Set([...linked, ...app, ...imported].map((path) => path.replace(/^\//, '')))];
}

/** Each file of a first visit with its gzip size, and their total. */
function measure(page) {
  const files = Object.fromEntries(
    firstVisitFiles(page).map((path) => [unhashed(path), gzipSync(readFileSync(new URL(path, dist)), { level: 9 }).length]),
  );
  return { files, total: Object.values(files).reduce((sum, bytes) => sum + bytes, 0) };
}

/** Why `measured` is over `allowed` (its limit, and each file's size when the limit was set), naming the files that grew since; null within budget. */
function overBudget(page, measured, allowed) {
  if (measured.total <= allowed.gzip) return null;
  const grown = Object.entries(measured.files)
    .filter(([file, bytes]) => bytes > (allowed.files[file] ?? 0))
    .map(([file, bytes]) => `${file} ${allowed.files[file] ?? 'new'} → ${bytes}`);
  return `the first visit to ${page} is ${measured.total} bytes gzip, over its budget of ${allowed.gzip}; grown since the budget was set: ${grown.join(', ') || 'none (the budget was lowered)'}`;
}

test('static: the first visit to / and to a document page stays within its byte budget', () => {
  for (const [page, allowed] of Object.entries(budget.pages)) {
    const measured = measure(page);
    assert.deepEqual(Object.keys(measured.files).sort(), Object.keys(allowed.files).sort(), `${page}: the files a first visit fetches`);
    assert.equal(overBudget(page, measured, allowed), null);
    // The check itself: a byte less of budget, and a byte less recorded of each file, and it
    // fails, naming every file.
    const tighter = { gzip: measured.total - 1, files: Object.fromEntries(Object.entries(measured.files).map(([file, bytes]) => [file, bytes - 1])) };
    const message = overBudget(page, measured, tighter);
    assert.ok(message && Object.keys(measured.files).every((file) => message.includes(file)), message);
  }
});
