// The release build, served like a static host, shows the embedded corpus and answers unknown
// paths with a real 404.

import assert from 'node:assert/strict';
import { newPage, open, pageIn, session, stayInDocument, useSite, test } from './support.mjs';

const site = useSite();

// What the host serves at the root, before and without any script (the app hydrates these very
// nodes, which e2e/prerender.test.mjs checks): as an app test it raced the wasm's failure in the
// control run, passing there whenever the page was read before the blocked wasm was reported.
test('static: the overview shows the session title and every document title from the corpus', async () => {
  const context = await site.browser.newContext({ javaScriptEnabled: false });
  const page = await pageIn(context);
  await page.goto(site.server.url);
  const heading = page.getByRole('heading', { level: 1 });
  assert.equal((await heading.textContent()).trim(), session.title);
  const body = await page.locator('main').textContent();
  assert.equal(session.documents.length, 8);
  for (const document of session.documents) {
    const title = document.title.map((line) => line.text).join('');
    assert.ok(body.includes(title), `overview lists ${title}`);
  }
  assert.deepEqual(page.problems, []);
  await context.close();
});

test('app: an unknown path is answered with status 404 and a page that leads back', async () => {
  const page = await newPage(site.browser);
  const response = await open(page, site.server.url, 'no/such/page');
  assert.equal(response.status(), 404);
  await page.getByRole('heading', { name: '找不到这个页面' }).waitFor();
  assert.match(await page.title(), /找不到这个页面/);
  // The way back is the app's own navigation, not a new page load.
  const stayed = await stayInDocument(page);
  await page.getByRole('link', { name: /返回首页/ }).click();
  await page.getByRole('heading', { name: session.title }).waitFor();
  assert.equal(new URL(page.url()).pathname, '/');
  await stayed('back to the overview');
  // The browser reports the host's 404 for the page itself; nothing else may fail.
  assert.deepEqual(page.problems, [`Failed to load resource: the server responded with a status of 404 (Not Found) ${new URL('no/such/page', site.server.url).href}`]);
});
