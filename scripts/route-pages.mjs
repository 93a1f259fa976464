// Trunk post_build hook: gives every route of the app its own page in the build, so that a
// deep link on a static host is a 200 and not the 404.html fallback. Each is a copy of the app
// shell for now; the client renders the route.
//   /d/<slug>/index.html for every document, /terms/<term>/index.html for every formulation,
//   the fixed pages, and 404.html for the rest.

import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const staging = process.env.TRUNK_STAGING_DIR;
if (!staging) throw new Error('TRUNK_STAGING_DIR is not set: run this as a Trunk hook');
const corpus = JSON.parse(readFileSync(new URL('../corpus/corpus.json', import.meta.url), 'utf8'));

const shell = join(staging, 'index.html');
const routes = [
  'about', 'search', 'terms', 'people',
  ...corpus.sessions.flatMap((s) => s.documents.map((d) => `d/${d.slug}`)),
  ...corpus.glossary.map((f) => `terms/${f.term}`),
];
for (const route of routes) {
  mkdirSync(join(staging, route), { recursive: true });
  copyFileSync(shell, join(staging, route, 'index.html'));
}
copyFileSync(shell, join(staging, '404.html'));
