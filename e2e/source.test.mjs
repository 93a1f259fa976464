// Checks on the source itself, run with the end-to-end layer because they need no build.

import { test } from './support.mjs';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const src = new URL('../src', import.meta.url).pathname;

test('source: no app path or unit name is built from strings outside src/route.rs', () => {
  // A literal path of any route (the interface prefix /en included), a path or an asset's
  // address built by format! (a path segment after a placeholder too), a literal href; or a paragraph's
  // name (`p3`, `#p3`) written or read by hand, which is the model's `Unit`'s alone. The router's
  // own patterns (path!(…)) name the same paths and are checked by visiting every route.
  const forbidden = [
    /"\/(d|terms|search|about|people|compare|en)\b/,
    /format!\("\//,
    /format!\("[^"]*\}\/[A-Za-z_.]/,
    /href="\/[^"]*"/,
    /format!\("#?p\{/,
    /strip_prefix\((['"])#?p\1\)/,
  ];
  const found = [];
  for (const file of readdirSync(src, { recursive: true }).filter((f) => f.endsWith('.rs') && f !== 'route.rs')) {
    readFileSync(join(src, file), 'utf8').split('\n').forEach((line, i) => {
      if (!line.includes('path!(') && forbidden.some((pattern) => pattern.test(line))) found.push(`src/${file}:${i + 1}: ${line.trim()}`);
    });
  }
  assert.deepEqual(found, []);
  // The patterns find what they are for (a check that finds nothing proves nothing).
  const caught = [
    'let url = format!("{}/aids/{file}", base_path());',
    'format!("{origin}{base}/sitemap.xml")',
    'let id = format!("p{number}");',
    'hash.strip_prefix("#p")',
    "at.id().strip_prefix('p')",
    'Route::parse("/compare")',
  ];
  assert.deepEqual(caught.filter((line) => !forbidden.some((pattern) => pattern.test(line))), []);
  assert.ok(!forbidden.some((pattern) => pattern.test('format!("{}/{count}", i + 1)')), 'a count is no path');
});

test('source: no event listener is given to a component, only to elements', () => {
  // tachys 0.2.19 spreads a component's listener onto its element and, when the view is rebuilt
  // in place, attaches it again without removing the old one (AnyViewWithAttrs::rebuild): the
  // old listener keeps the disposed reactive values of the view it came from, and its next
  // event panics. (The reading-mode switch crashed so.) An element's own `on:` is replaced.
  const component = /<([A-Z][A-Za-z]*)\b[^>]*?\bon:[a-z]+\s*=/s;
  const found = [];
  for (const file of readdirSync(src, { recursive: true }).filter((f) => f.endsWith('.rs'))) {
    const text = readFileSync(join(src, file), 'utf8');
    for (const tag of text.matchAll(/<[A-Z][A-Za-z]*\b[^<]*?(?:\/>|>)/gs)) {
      const match = tag[0].match(component);
      if (match) found.push(`src/${file}:${text.slice(0, tag.index).split('\n').length}: <${match[1]} … on:…>`);
    }
  }
  assert.deepEqual(found, []);
});
