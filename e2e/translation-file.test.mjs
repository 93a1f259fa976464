// The paragraphs' English, a file of its own beside the reading aids' (src/state.rs): a Chinese
// page's first visit leaves it out; a page that shows English asks for it in its head and
// hydrates with it; a switch to English or a search in Latin letters fetches it and draws the
// page again. The worker precaches it: offline after one visit, under a subpath, and in an old
// tab after a deploy the translation is the build's own. When it cannot be had, the reader is
// told why, keeps the Chinese, and can try again or reload.

import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { builds, buildIdOf, copyOf, nextBuild, withNewAids } from './deploys.mjs';
import { startServer } from './static-server.mjs';
import { aidFiles, corpus, launchBrowser, newPage, open, pageIn, recordRequests, started, test, useSite } from './support.mjs';
import { assertAllFrom, buildOfPage, controlledPage } from './workers.mjs';

const site = useSite();

const FILE = aidFiles.translation;
const fetched = (responses) => responses.filter((r) => new URL(r.url).pathname.endsWith(`/aids/${FILE}`));
const modes = (page) => page.getByRole('navigation', { name: '阅读模式' });
const ENGLISH_P1 = /^Through the joint efforts of all the deputies/;
/** The warning the app logs for a translation it could not load, as page.problems records it. */
const WARNING = /^warning: the translation: /;
const PORTAL = { status: 200, type: 'text/html; charset=utf-8', body: '<!DOCTYPE html><title>Sign in to the Wi-Fi</title><h1>Accept the terms to go online.</h1>' };

test('app: a Chinese page\'s first visit leaves the translation out; English and parallel fetch it once, and the worker precaches it', async () => {
  const page = await newPage(site.browser);
  const asked = [];
  page.on('request', (request) => { if (request.url().endsWith(`/aids/${FILE}`)) asked.push(request.url()); });
  const requests = recordRequests(page);
  await open(page, site.server.url, 'd/closing-speech');
  assert.equal(await page.locator('link[rel="preload"]').count(), 0, 'a Chinese page asks for no translation');
  // Long after the app started (and its effects ran): the worker has installed and taken the page.
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  assert.deepEqual(asked, [], 'not on the first visit');
  const worker = await (await fetch(new URL('sw.js', site.server.url))).text();
  assert.ok(worker.includes(`aids/${FILE}`), 'the worker precaches it');
  assert.ok(!worker.includes(aidFiles.words), 'but not the reading aids');

  await modes(page).getByRole('link', { name: '英文' }).click();
  await page.locator('#p1[lang="en"]').waitFor();
  assert.match(await page.locator('#p1').textContent(), ENGLISH_P1);
  assert.equal(await page.locator('.translation-status').count(), 0);
  await modes(page).getByRole('link', { name: '对照' }).click();
  await page.locator('#p1.pair .para-en').waitFor();
  await modes(page).getByRole('link', { name: '中文' }).click();
  await page.locator('#p1[lang="zh-Hans"]').waitFor();
  // A search in Latin letters searches the translation now here.
  await page.getByRole('searchbox').fill('courts');
  await page.getByRole('searchbox').press('Enter');
  await page.locator('.search-summary').waitFor();
  assert.ok(await page.locator('.results').getByText(/第 \d+ 段（英译）/).count() > 0, 'hits in the paragraphs\' English');
  assert.equal(fetched(requests.responses).length, 1, 'fetched once');
  assert.deepEqual(page.problems, []);
});

test('app: a page that shows English asks for the translation in its head, beside the wasm, and hydrates with it', async () => {
  for (const path of ['d/closing-speech/en', 'en/d/closing-speech', 'en/', 'd/plan/parallel', 'about']) {
    // A browser that prefers the interface of the page (else the early script sends it to the twin).
    const page = await newPage(site.browser, { locale: path.startsWith('en/') ? 'en-US' : 'zh-CN' });
    const requests = recordRequests(page);
    await open(page, site.server.url, path);
    const preload = page.locator(`link[rel="preload"][as="fetch"][href="/aids/${FILE}"]`);
    assert.equal(await preload.count(), 1, `${path}: the head asks for the translation`);
    // Started: the app had the translation before it hydrated the page (src/main.rs).
    assert.equal(await page.locator('html').getAttribute('data-app'), 'started', path);
    // One request: the app's fetch takes the preloaded answer (a mismatch would fetch twice, and
    // the browser would warn of an unused preload, which page.problems records).
    assert.equal(fetched(requests.responses).length, 1, `${path}: fetched once`);
    assert.equal(await page.locator('.translation-status').count(), 0, path);
    assert.deepEqual(page.problems, [], path);
    await page.close();
  }
  const page = await newPage(site.browser, { locale: 'en-US' });
  await open(page, site.server.url, 'en/');
  assert.match(await page.locator('.doc-lead').first().textContent(), ENGLISH_P1, 'the English lists lead in English');
  await open(page, site.server.url, 'd/closing-speech/en');
  assert.match(await page.locator('#p1').textContent(), ENGLISH_P1);
  assert.deepEqual(page.problems, []);
});

test('app: the translation works offline after one visit to a Chinese page, under a subpath too', async () => {
  const browser = await launchBrowser();
  const server = await startServer({ sites: [{ base: '/', root: copyOf(builds.root) }, { base: '/renda/', root: copyOf(builds.subpath) }] });
  try {
    for (const base of ['/', '/renda/']) {
      const context = await browser.newContext();
      const page = await controlledPage(context, server.urlOf(base), 'd/closing-speech');
      const requests = recordRequests(page);
      await modes(page).getByRole('link', { name: '英文' }).click();
      await page.locator('#p1[lang="en"]').waitFor();
      assert.deepEqual(fetched(requests.responses).map((r) => new URL(r.url).pathname), [`${base}aids/${FILE}`], base);
      await context.close();
    }
    // Each site's worker has its translation: the reader goes offline and reads in English.
    const contexts = [];
    for (const base of ['/', '/renda/']) {
      const context = await browser.newContext();
      contexts.push([base, context, await controlledPage(context, server.urlOf(base), 'd/plan')]);
    }
    await server.close();
    for (const [base, , page] of contexts) {
      await modes(page).getByRole('link', { name: '对照' }).click();
      await page.locator('#p1.pair .para-en').waitFor();
      await open(page, server.urlOf(base), 'search?q=courts');
      await page.locator('.search-summary').waitFor();
      // The corpus JSON, a file of the build the about page saves, downloads offline too.
      await open(page, server.urlOf(base), 'about');
      const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '语料 JSON' }).click()]);
      assert.equal(file.suggestedFilename(), 'renda-corpus.json', base);
      assert.deepEqual(JSON.parse(await readFile(await file.path(), 'utf8')), corpus, base);
      assert.deepEqual(page.problems, [], base);
    }
  } finally {
    await browser.close();
    await server.close();
  }
});

test('app: when the translation cannot be fetched the reader is told so, keeps the Chinese, and can try again', async () => {
  const browser = await launchBrowser();
  // Without the worker, which would answer from its precache: the network is what fails here.
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const server = await startServer({ root: copyOf(builds.root) });
  try {
    const page = await pageIn(context);
    await open(page, server.url, 'd/closing-speech');
    server.answerOnce.set(`aids/${FILE}`, PORTAL);
    await modes(page).getByRole('link', { name: '英文' }).click();
    const status = page.locator('.translation-status[role="alert"]');
    await status.filter({ hasText: '英文译文未能载入' }).waitFor();
    // The reader of the translation may not read the Chinese interface: it says so in English too.
    assert.match(await status.locator('[lang="en"]').first().textContent(), /The English translation could not be loaded/);
    assert.equal(await page.locator('#p1').getAttribute('lang'), 'zh-Hans', 'the Chinese is shown meanwhile');
    assert.equal(await modes(page).getByRole('link', { name: '英文' }).getAttribute('aria-current'), 'page');
    await status.getByRole('button', { name: '再试一次' }).click();
    await page.locator('#p1[lang="en"]').waitFor();
    assert.equal(await status.count(), 0);
    assert.equal(page.problems.length, 1, page.problems.join('\n'));
    assert.match(page.problems[0], WARNING);

    // A search in Latin letters opened directly waits for it, and says why it cannot search.
    const search = await pageIn(context);
    server.failing.add(`aids/${FILE}`);
    await open(search, server.url, 'search?q=courts');
    const told = search.locator('.translation-status[role="alert"]');
    await told.filter({ hasText: '英文译文未能载入' }).waitFor();
    assert.equal(await search.locator('.search-none, .search-summary').count(), 0, 'no results said before it could search');
    server.failing.delete(`aids/${FILE}`);
    await told.getByRole('button', { name: '再试一次' }).click();
    await search.locator('.search-summary').waitFor();
    assert.equal(await told.count(), 0);
    assert.ok(search.problems.some((problem) => WARNING.test(problem)), search.problems.join('\n'));

    // The corpus JSON, fetched when the reader asks to save it: a failure is said, not a file of
    // the host's error saved in its place.
    server.failing.add('corpus.json');
    await open(search, server.url, 'about');
    let downloaded = false;
    search.on('download', () => { downloaded = true; });
    await search.getByRole('button', { name: '语料 JSON' }).click();
    await search.getByRole('alert').filter({ hasText: '文件未能取得' }).waitFor();
    assert.equal(downloaded, false);
  } finally {
    await browser.close();
    await server.close();
  }
});

test('app: after a deploy an old tab reads its own build\'s translation, or, with no copy of it, is told to reload and taken to the new build', async () => {
  const browser = await launchBrowser();
  const server = await startServer({ root: copyOf(builds.root) });
  try {
    const context = await browser.newContext();
    const page = await controlledPage(context, server.url, 'd/closing-speech');
    const deployed = withNewAids(nextBuild(builds.root, '/'));
    server.setRoot('/', deployed);
    const requests = recordRequests(page);
    await modes(page).getByRole('link', { name: '英文' }).click();
    await page.locator('#p1[lang="en"]').waitFor();
    assert.equal(fetched(requests.responses).length, 1);
    await assertAllFrom(requests.responses, builds.root, '/', 'the old tab');
    assert.deepEqual(page.problems, []);

    // A tab without the worker's copy asks the host, which has the new build's file only.
    const bare = await browser.newContext({ serviceWorkers: 'block' });
    server.setRoot('/', builds.root);
    const old = await pageIn(bare);
    await open(old, server.url, 'd/closing-speech');
    server.setRoot('/', deployed);
    await modes(old).getByRole('link', { name: '英文' }).click();
    const status = old.locator('.translation-status[role="alert"]');
    await status.filter({ hasText: '请重新载入页面' }).waitFor();
    assert.equal(await old.locator('#p1').getAttribute('lang'), 'zh-Hans');
    await Promise.all([old.waitForEvent('load'), status.getByRole('button', { name: '重新载入' }).click()]);
    await started(old);
    assert.equal(await buildOfPage(old), buildIdOf(deployed));
  } finally {
    await browser.close();
    await server.close();
  }
});
