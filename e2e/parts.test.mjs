// The release build's study pages and on-demand pieces as parts of the wasm (src/pages/parts.rs,
// src/components/on_demand.rs, cut by scripts/split-wasm.mjs): a first visit fetches none of
// them, opening a study page or a piece fetches its own, every part is named by its contents and
// kept for offline use, and a part that cannot be fetched gives the reader a message in the page's
// or the piece's place, never a dead app. (The hosting tests open the study pages online, and
// the study pages, a citation and the source view offline after one visit, at the root and under
// a subpath; the prerender tests hydrate every page, the split ones included.)

import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { builds, copyOf } from './deploys.mjs';
import { startServer } from './static-server.mjs';
import { copyParagraphs, newPage, open, recordRequests, started, test, useSite } from './support.mjs';

const site = useSite();

/**
 * A part of the wasm: any wasm but the main module (`renda-reader-…_bg.wasm`). The parts' loader
 * (`__wasm_split-….js`) is not one: the app's script imports it, on every first visit.
 */
const PART = /\/(?!renda-reader-)[\w-]+-[0-9a-f]{16}\.wasm$/;
const isPart = (url) => PART.test(new URL(url).pathname);

/** The wasm parts of a build folder (not the main module, `renda-reader-…_bg.wasm`). */
const wasmParts = (dir) => readdirSync(dir).filter((file) => file.endsWith('.wasm') && !file.startsWith('renda-reader-'));

/** What the page says in a study page's place when its part could not be fetched. */
const PART_FAILED = { zh: '这一页未能载入', en: 'This page could not be loaded' };

/** What the page says in a piece's place when its part could not be fetched. */
const PIECE_FAILED = '未能取得这项功能所需的程序文件';

test('static: the release build is split into parts named by their contents, which the worker precaches', () => {
  for (const dir of [builds.root, builds.subpath]) {
    const parts = wasmParts(dir);
    // One of its own for each of the six study pages (src/pages/parts.rs) and each of the three
    // pieces (src/components/on_demand.rs); the rest are chunks they share.
    const own = parts.map((part) => part.match(/^split_(\w+)-/)?.[1]).filter(Boolean).sort();
    assert.deepEqual(own, ['about', 'cite', 'compare', 'people', 'search', 'settings', 'source', 'term', 'terms'], `${dir}: the own parts`);
    const [loader, ...more] = readdirSync(dir).filter((file) => /^__wasm_split-[0-9a-f]{16}\.js$/.test(file));
    assert.ok(loader && more.length === 0, `${dir}: one loader of the parts`);
    const loaderText = readFileSync(join(dir, loader), 'utf8');
    const worker = readFileSync(join(dir, 'sw.js'), 'utf8');
    for (const file of [...parts, loader]) {
      const hash = file.match(/-([0-9a-f]{16})\.[a-z]+$/)[1];
      assert.equal(hash, createHash('sha256').update(readFileSync(join(dir, file))).digest('hex').slice(0, 16), `${file} is named by its contents`);
      const precached = worker.match(new RegExp(`url:"${file.replace(/[.]/g, '\\.')}"[^}]*integrity:"([^"]+)"`))?.[1];
      assert.equal(precached, `sha384-${createHash('sha384').update(readFileSync(join(dir, file))).digest('base64')}`, `${dir}: the worker precaches ${file}, with its integrity`);
    }
    for (const part of parts) assert.ok(loaderText.includes(part), `the loader knows ${part} by its hashed name`);
    // The app's script imports the loader by its hashed name; no page names a part.
    const script = readdirSync(dir).find((file) => /^renda-reader-[0-9a-f]{16}\.js$/.test(file));
    assert.ok(readFileSync(join(dir, script), 'utf8').includes(loader), `${script} imports ${loader}`);
    const shell = readFileSync(join(dir, 'index.html'), 'utf8');
    assert.deepEqual(parts.filter((part) => shell.includes(part)), [], 'the page names no part');
  }
});

test('app: a document fetches no part; opening a study page from it fetches that page\'s parts and draws it', async () => {
  const page = await newPage(site.browser, { serviceWorkers: 'block' });
  const requests = recordRequests(page);
  await open(page, site.server.url, 'd/plan');
  const partsFetched = () => requests.responses.filter((response) => isPart(response.url)).map((response) => new URL(response.url).pathname);
  assert.deepEqual(partsFetched(), [], 'the first visit to a document');
  const contents = page.getByRole('navigation', { name: '目录' });
  // Its parts held back: the document stays, under a bar across the top that says a page is on
  // its way; then focus goes to the page's heading once it is drawn, not to the document's
  // heading still on the page meanwhile (which left focus on the body).
  const parts = await holdParts(page);
  const asked = page.waitForRequest((request) => isPart(request.url()));
  await contents.getByRole('link', { name: '固定句式与差异' }).click();
  await asked;
  await page.waitForFunction(loadingBarShown);
  assert.match(await page.locator('main h1').textContent(), /计划的决议/, 'the document stays while the page is on its way');
  parts.release();
  await page.getByRole('heading', { level: 1, name: '固定句式与差异' }).waitFor();
  await page.waitForFunction(() => document.activeElement?.id === 'page-title' && document.activeElement.textContent.includes('固定句式'));
  assert.equal(await page.evaluate(pageOnItsWay), false, 'the bar is gone once the page is drawn');
  assert.ok(partsFetched().some((path) => path.endsWith('.wasm')), `opening /compare fetched its parts: ${partsFetched()}`);
  const fetchedForCompare = partsFetched().length;
  await contents.getByRole('link', { name: '提法' }).click();
  await page.getByRole('heading', { level: 1, name: '提法' }).waitFor();
  assert.ok(partsFetched().length > fetchedForCompare, 'the formulations page fetched a part of its own');
  assert.ok(requests.responses.filter((response) => isPart(response.url)).every((response) => response.status === 200));
  assert.deepEqual(page.problems, []);
});

test('app: a reader who leaves two study pages on their way for a document gets the document, and their parts arriving later draw neither', async () => {
  const page = await newPage(site.browser, { serviceWorkers: 'block' });
  await open(page, site.server.url, 'd/plan');
  const contents = page.getByRole('navigation', { name: '目录' });
  const parts = await holdParts(page);
  const held = [];
  page.on('request', (request) => { if (isPart(request.url())) held.push(request); });
  await contents.getByRole('link', { name: '固定句式与差异' }).click();
  await page.waitForFunction(loadingBarShown);
  // A second study page before the first arrives, then a document: leptos_router 0.8.17 lost the
  // handle that cancels the second navigation, and drew its page at the document's address.
  const seen = new Set(held.map((request) => request.url()));
  const second = page.waitForRequest((request) => isPart(request.url()) && !seen.has(request.url()));
  await contents.getByRole('link', { name: '提法', exact: true }).click();
  await second;
  await contents.getByRole('link', { name: '关于预算的决议' }).click();
  await page.waitForURL(/\/d\/budget$/);
  await page.locator('main h1').filter({ hasText: '预算' }).waitFor();
  parts.release();
  await Promise.all(held.map(async (request) => (await request.response())?.finished()));
  // The parts compiled and their waits over (the root's mark goes when the last wait ends),
  // then two frames in which a page drawn on their arrival would have been.
  await page.waitForFunction(() => !document.documentElement.hasAttribute('data-page-loading'));
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  assert.match(new URL(page.url()).pathname, /\/d\/budget$/);
  assert.equal(await page.locator('main h1').count(), 1);
  assert.match(await page.locator('main h1').textContent(), /预算/, 'the document stays');
  assert.deepEqual(page.problems, []);
});

/** Whether the root says a study page is on its way (src/pages/parts.rs): the bar's state. */
const pageOnItsWay = () => document.documentElement.hasAttribute('data-page-loading');

/** Whether the bar that says a page is on its way is drawn across the top (public/style.css). */
const loadingBarShown = () => {
  const bar = getComputedStyle(document.body, '::before');
  return bar.content !== 'none' && bar.visibility === 'visible' && bar.position === 'fixed';
};

/** Makes every request for a part of the wasm fail, as offline before the worker kept them. */
async function partsFail(page) {
  await page.route(isPart, (route) => route.abort('internetdisconnected'));
}

/**
 * The page's problems other than the failed requests for parts: the browser reports each, and
 * the parts' loader (wasm-split-cli's `__wasm_split.js`) logs the error its fetch rejected with.
 */
const problemsBesidesParts = (page) => page.problems.filter((problem) =>
  !(/^Failed to load resource/.test(problem) && PART.test(problem.split(' ').pop())) && !/^TypeError: Failed to fetch\n\s+at \S*\/__wasm_split-[0-9a-f]{16}\.js:/.test(problem));

test('app: a study page whose part cannot be fetched says so, the reader goes on reading, and a reload once it can be fetched draws it', async () => {
  const page = await newPage(site.browser, { serviceWorkers: 'block' });
  await partsFail(page);
  await open(page, site.server.url, 'd/plan');
  const contents = page.getByRole('navigation', { name: '目录' });
  await contents.getByRole('link', { name: '固定句式与差异' }).click();
  await page.getByRole('heading', { level: 1, name: PART_FAILED.zh }).waitFor();
  assert.match(new URL(page.url()).pathname, /\/compare$/);
  assert.equal(await page.evaluate(pageOnItsWay), false, 'no page is on its way any more');
  assert.match(await page.getByRole('alert').filter({ hasText: '离线' }).textContent(), /重新载入/);

  // The rest of the app still works: the contents open a document, and back comes to the message.
  await contents.getByRole('link', { name: '关于预算的决议' }).click();
  await page.locator('main h1').filter({ hasText: '预算' }).waitFor();
  await page.goBack();
  await page.getByRole('heading', { level: 1, name: PART_FAILED.zh }).waitFor();

  await page.unroute(isPart);
  await Promise.all([page.waitForEvent('load'), page.getByRole('button', { name: '重新载入' }).click()]);
  await started(page);
  await page.getByRole('heading', { level: 1, name: '固定句式与差异' }).waitFor();
  assert.deepEqual(problemsBesidesParts(page), []);
});

test('app: a prerendered study page whose part cannot be fetched is drawn afresh with the message, in its interface language', async () => {
  const page = await newPage(site.browser, { serviceWorkers: 'block', locale: 'en-US' });
  await partsFail(page);
  await open(page, site.server.url, `en/terms/${encodeURIComponent('三高四新')}`);
  await page.getByRole('heading', { level: 1, name: PART_FAILED.en }).waitFor();
  assert.equal(await page.locator('main h1').count(), 1, 'the prerendered page gave way to the message');
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
  // The header and the contents are the app's: a document opens in place.
  await page.getByRole('navigation', { name: 'Contents' }).locator('a[href$="/d/budget"]').click();
  await page.waitForURL(/\/en\/d\/budget$/);
  await page.locator('main h1').filter({ hasText: '预算' }).waitFor();
  assert.deepEqual(problemsBesidesParts(page), []);
});

test('app: after a deploy, a tab of the old build gets a message for a study page or a piece whose part is gone, never the new build\'s parts', async () => {
  const old = copyOf(builds.root);
  // The next deploy as a host holds it: none of the old build's parts (every new part has
  // another name, named by its contents), so the old loader's requests are answered 404.
  const next = copyOf(builds.root);
  for (const part of wasmParts(next)) rmSync(join(next, part));
  const server = await startServer({ root: old });
  try {
    const page = await newPage(site.browser, { serviceWorkers: 'block' });
    await open(page, server.url, 'd/plan');
    server.setRoot('/', next);
    await page.getByRole('navigation', { name: '目录' }).getByRole('link', { name: '人物' }).click();
    await page.getByRole('heading', { level: 1, name: PART_FAILED.zh }).waitFor();
    // A piece of a document page alike, in its place, and the page goes on.
    await page.getByRole('navigation', { name: '目录' }).getByRole('link', { name: '关于预算的决议' }).click();
    await page.getByRole('button', { name: '引用本文', exact: true }).click();
    await page.getByRole('alert').filter({ hasText: PIECE_FAILED }).waitFor();
    assert.equal(await page.locator('#p1').count(), 1, 'the text is still on the page');
    const notFound = page.problems.filter((problem) => /404/.test(problem));
    assert.ok(notFound.length > 0 && notFound.every((problem) => PART.test(problem.split(' ').pop())), `only parts were missing: ${notFound}`);
    assert.deepEqual(problemsBesidesParts(page).filter((problem) => !notFound.includes(problem) && !/^TypeError: Failed to execute 'compile'|WebAssembly/.test(problem)), []);
  } finally {
    await server.close();
  }
});

/** Holds every request for a part until `release()`, so that a test sees the page meanwhile. */
async function holdParts(page) {
  const held = { release: () => {} };
  let gate;
  held.close = () => { gate = new Promise((resolve) => { held.release = resolve; }); };
  held.close();
  await page.route(isPart, async (route) => {
    await gate;
    await route.continue();
  });
  return held;
}

test('app: the settings, a citation and the source view each fetch their own part when first opened, say they are loading meanwhile, and draw; opened again they need nothing more', async () => {
  const page = await newPage(site.browser, { serviceWorkers: 'block' });
  const requests = recordRequests(page);
  // Held parts have no response yet: every request for one is counted here.
  const asked = [];
  page.on('request', (request) => isPart(request.url()) && asked.push(request.url()));
  const parts = await holdParts(page);
  await open(page, site.server.url, 'd/plan');
  const partResponses = () => requests.responses.filter((response) => isPart(response.url));
  const fetchedOwn = (piece) => partResponses().some((response) => new RegExp(`/split_${piece}-[0-9a-f]{16}\\.wasm$`).test(response.url));
  assert.deepEqual(asked, [], 'the first visit to a document');
  const loading = page.getByRole('status').filter({ hasText: '正在载入' });
  const settings = page.getByRole('region', { name: '阅读设置' });

  // The settings, closed while their part is on its way: nothing is drawn into the closed panel,
  // and opened again they draw from the part that arrived.
  await page.getByRole('button', { name: '设置', exact: true }).click();
  await settings.getByText('正在载入').waitFor();
  await page.getByRole('button', { name: '设置', exact: true }).click();
  await settings.waitFor({ state: 'detached' });
  const arrived = page.waitForResponse((response) => /\/split_settings-[0-9a-f]{16}\.wasm$/.test(response.url()));
  parts.release();
  await arrived;
  await page.getByRole('button', { name: '设置', exact: true }).click();
  await settings.getByRole('radio', { name: '繁體' }).check();
  await page.locator('#p1[lang="zh-Hant"]').waitFor();
  await page.getByRole('button', { name: '设置', exact: true }).click();

  const pieces = [
    ['cite', '引用本文', () => page.locator('.cite-panel').getByRole('button', { name: '复制 GB/T 7714-2015' })],
    ['source', '显示原始文本', () => page.locator('table.source-view tbody tr').first()],
  ];
  for (const [piece, button, drawn] of pieces) {
    parts.close();
    await page.getByRole('button', { name: button, exact: true }).click();
    await loading.waitFor();
    parts.release();
    await drawn().waitFor();
    assert.equal(await loading.count(), 0, `the loading status gave way to ${piece}`);
    assert.ok(fetchedOwn(piece), `opening ${button} fetched split_${piece}`);
  }
  assert.ok(fetchedOwn('settings'));

  // Closed and opened again, each is drawn from its part already here.
  const fetched = partResponses().length;
  await page.getByRole('button', { name: '显示整理文本', exact: true }).click();
  await page.locator('#p1').waitFor();
  await page.getByRole('button', { name: '显示原始文本', exact: true }).click();
  await page.locator('table.source-view tbody tr').first().waitFor();
  await page.getByRole('button', { name: '显示整理文本', exact: true }).click();
  await page.getByRole('button', { name: '引用本文', exact: true }).click();
  await page.locator('.cite-panel').waitFor({ state: 'detached' });
  await page.getByRole('button', { name: '引用本文', exact: true }).click();
  await page.locator('.cite-panel').getByRole('button', { name: '复制 Chicago' }).waitFor();
  assert.equal(partResponses().length, fetched, 'no part fetched twice');
  assert.ok(partResponses().every((response) => response.status === 200));
  assert.deepEqual(page.problems, []);
});

test('app: a piece whose part cannot be fetched says so in its place, the page goes on, and trying again once it can be fetched draws it', async () => {
  const page = await newPage(site.browser, { serviceWorkers: 'block', permissions: ['clipboard-read', 'clipboard-write'] });
  await partsFail(page);
  await open(page, site.server.url, 'd/closing-speech');
  const failedIn = (where) => where.getByRole('alert').filter({ hasText: PIECE_FAILED });
  // The document's citation, a paragraph's own, and the settings: each says so where it opens.
  await page.getByRole('button', { name: '引用本文', exact: true }).click();
  await page.locator('article > .on-demand > .piece-failed').waitFor();
  assert.match(await page.locator('article > .on-demand > .piece-failed').textContent(), /离线.*再试一次.*重新载入/);
  const paragraph = page.locator('#p2').locator('xpath=..');
  await page.locator('#p2 .cite-button').click();
  await failedIn(paragraph).waitFor();
  await page.getByRole('button', { name: '设置', exact: true }).click();
  const settings = page.getByRole('region', { name: '阅读设置' });
  await failedIn(settings).waitFor();
  assert.equal(await page.getByRole('alert').filter({ hasText: PIECE_FAILED }).count(), 3);
  // A copy of the text leaves the message out, as it does the panel.
  const copied = await copyParagraphs(page, 1, 3);
  assert.equal(copied.split('\n').length, 3, `three paragraphs, one a line: ${copied}`);
  assert.ok(!/再试一次|离线/.test(copied), copied);

  // Once the parts can be fetched, each tries again where it is, and focus stays in its place
  // (the button pressed is gone), and the next tab stop is one of the piece's controls.
  await page.unroute(isPart);
  const focusedPlace = () => page.evaluate(() => document.activeElement.classList.contains('on-demand')
    ? document.activeElement.parentElement.id || document.activeElement.parentElement.tagName : null);
  await failedIn(settings).getByRole('button', { name: '再试一次' }).press('Enter');
  await settings.getByRole('radio', { name: '繁體' }).waitFor();
  assert.equal(await focusedPlace(), 'settings', 'focus is in the settings\' place, not on the page\'s body');
  await page.keyboard.press('Tab');
  assert.ok(await settings.evaluate((region) => region.contains(document.activeElement) && document.activeElement.matches('input, button')),
    'the next tab stop is a control of the settings');
  await page.locator('article > .on-demand > .piece-failed').getByRole('button', { name: '再试一次' }).click();
  await page.locator('article > .on-demand > .cite-panel').getByRole('button', { name: '复制 Chicago' }).waitFor();
  assert.equal(await focusedPlace(), 'ARTICLE', 'focus is in the citation\'s place');
  assert.equal(await failedIn(paragraph).count(), 1, 'the paragraph\'s citation is still the message');
  await failedIn(paragraph).getByRole('button', { name: '再试一次' }).click();
  await paragraph.locator('.cite-panel').waitFor();
  assert.equal(await page.getByRole('alert').filter({ hasText: PIECE_FAILED }).count(), 0, 'every message gave way to its piece');

  // And the reader goes on to another document.
  await page.getByRole('navigation', { name: '目录' }).getByRole('link', { name: '关于预算的决议' }).click();
  await page.locator('main h1').filter({ hasText: '预算' }).waitFor();
  assert.deepEqual(problemsBesidesParts(page), []);
});
