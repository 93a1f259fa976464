// Checks on the source itself, run with the end-to-end layer because they need no build.

import { test } from './support.mjs';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const src = new URL('../src', import.meta.url).pathname;

test('source: no app path is built from strings outside src/route.rs', () => {
  // A literal app path, a path built by format!, or a literal href; the router's own patterns
  // (path!(…)) name the same paths and are checked by visiting every route.
  const forbidden = [/"\/(d|terms|search|about|people)\b/, /format!\("\//, /href="\/[^"]*"/];
  const found = [];
  for (const file of readdirSync(src, { recursive: true }).filter((f) => f.endsWith('.rs') && f !== 'route.rs')) {
    readFileSync(join(src, file), 'utf8').split('\n').forEach((line, i) => {
      if (!line.includes('path!(') && forbidden.some((pattern) => pattern.test(line))) found.push(`src/${file}:${i + 1}: ${line.trim()}`);
    });
  }
  assert.deepEqual(found, []);
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
