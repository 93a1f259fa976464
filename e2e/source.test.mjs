// Checks on the source itself, run with the end-to-end layer because they need no build.

import { test } from 'node:test';
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
