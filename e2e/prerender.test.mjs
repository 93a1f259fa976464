// Prerendered pages: every route's text is in the HTML the host serves, readable and navigable
// without JavaScript; with JavaScript the app hydrates them without a console message or a shift.

import assert from 'node:assert/strict';
import { newPage, open, prerenderedPaths, session, started, stayInDocument, useSite, test } from './support.mjs';

// Layout shifts are reported once a frame is painted: two frames after the app started, every
// shift its start caused has been counted.
const nextFrames = (page) => page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));

const site = useSite();
const titleOf = (document) => document.title.map((line) => line.text).join('');

test('static: without JavaScript every document shows its full text, headings and links between documents', async () => {
  const context = await site.browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  for (const document of session.documents) {
    const response = await page.goto(new URL(`d/${document.slug}`, site.server.url).href);
    assert.equal(response.status(), 200);
    assert.equal((await page.locator('h1').textContent()).trim(), titleOf(document));
    assert.match(await page.title(), new RegExp(document.short_title));
    const description = await page.locator('meta[name="description"]').getAttribute('content');
    assert.ok(description.startsWith(titleOf(document)), document.slug);
    const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
    assert.equal(canonical, `/d/${document.slug}`);
    const shown = document.paragraphs.filter((p) => !p.notes.some((n) => 'duplicate' in n));
    const texts = await page.locator('p.para').allTextContents();
    assert.equal(texts.length, shown.length, document.slug);
    shown.forEach((paragraph, i) => assert.ok(texts[i].includes(paragraph.text.slice(-20)), `${document.slug} ¶${paragraph.number}`));
  }
  // Plain links lead from document to document.
  await page.goto(new URL('d/closing-speech', site.server.url).href);
  await page.locator('.pager-next').click();
  await page.waitForURL(/\/d\/government-work-report$/);
  assert.match(await page.locator('h1').textContent(), /关于政府工作报告的决议/);
  await page.getByRole('navigation', { name: '目录' }).getByRole('link', { name: '补选市人大常委会委员公告' }).click();
  await page.waitForURL(/\/d\/by-election-notice$/);
  assert.match(await page.locator('.signature').textContent(), /第三次会议主席团/);
  await context.close();
});

/** Holds the page's wasm back until the returned function is called: the page is then the
 * prerendered one alone, and the app starts when released. */
async function holdWasm(page) {
  let release;
  const held = new Promise((resolve) => { release = resolve; });
  await page.route('**/*.wasm', async (route) => {
    await held;
    await route.continue();
  });
  return release;
}

// Every page the build prerendered, in both interface languages (read from the build, so a route
// added to `Route::all` is checked here without a word changed), and a path no page has (served
// the not-found page, prerendered in Chinese: under en/ the app renders it afresh in English).
const NOT_FOUND = 'no/such/page';
const isEnglish = (path) => path === 'en' || path.startsWith('en/');
const ROUTES = {
  Chinese: [...prerenderedPaths().filter((path) => !isEnglish(path)), NOT_FOUND],
  English: prerenderedPaths().filter(isEnglish),
};
// A browser that prefers the language of the page it opens, so that nothing sends it to the twin.
const localeFor = (path) => (isEnglish(path) ? 'en-US' : 'zh-CN');
// The one problem a path no page has may log: the browser reporting the host's 404 for it.
const notFoundPage = (path) => (problem) => !(problem.startsWith('Failed to load resource') && problem.endsWith(new URL(path, site.server.url).href));

// Settings a returning reader may have stored, which the prerender could not know.
const STORED_SETTINGS = { theme: 'dark', font_size: 'large', spacing: 'relaxed', language: 'en', mark_terms: true };

/**
 * Loads `path` (and the twin the early script sends the reader to, `arrivesAt`) with the wasm
 * held back, tags every node the host served, then lets the app start and reports which of those
 * nodes it kept, what it logged and how far the layout shifted.
 */
async function hydrate(path, { settings, locale = localeFor(path), arrivesAt = path } = {}) {
  const page = await newPage(site.browser, { locale });
  await page.addInitScript((stored) => {
    if (stored) localStorage.setItem('renda-reader.settings', JSON.stringify(stored));
    window.__shifts = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.__shifts.push(entry);
    }).observe({ type: 'layout-shift', buffered: true });
  }, settings ?? null);
  const release = await holdWasm(page);
  await page.goto(new URL(path, site.server.url).href, { waitUntil: 'commit' });
  await page.waitForURL(new URL(arrivesAt, site.server.url).href);
  await page.evaluate(() => {
    // A page held for its settings is revealed by CSS after 2 s whether or not the app has
    // started: paused here, so what is measured is the app's own release, however slow the machine.
    for (const animation of document.getAnimations()) animation.pause();
    window.__served = [...document.body.querySelectorAll('*')];
    window.__servedText = document.body.innerText;
    window.__servedAt = performance.now();
  });
  assert.equal(await page.locator('html[data-app]').count(), 0, `/${path}: the app has not started yet`);
  const heldBack = await page.locator('html[data-pending-settings]').count() === 1;
  release();
  await started(page);
  await nextFrames(page);
  const result = await page.evaluate(() => ({
    served: window.__served.length,
    kept: window.__served.filter((node) => node.isConnected).length,
    now: document.body.querySelectorAll('*').length,
    sameText: document.body.innerText === window.__servedText,
    // What moved once the page was served and the app started (not while the page loaded).
    shift: window.__shifts.filter((entry) => entry.startTime > window.__servedAt).reduce((sum, entry) => sum + entry.value, 0),
    firstParagraphKept: window.__served.includes(document.querySelector('p.para, main p')),
  }));
  result.heldBack = heldBack;
  return { page, messages: page.problems.filter(notFoundPage(arrivesAt)), ...result };
}

for (const [language, routes] of Object.entries(ROUTES)) test(`app: on every prerendered route in the ${language} interface the app hydrates the very nodes the host served: none re-created, nothing logged, nothing shifted`, async () => {
  for (const path of routes) {
    const { page, messages, served, kept, now, sameText, shift } = await hydrate(path);
    assert.deepEqual(messages, [], `/${path}: no console message (a failed hydration logs a panic)`);
    assert.ok(served > 50, `/${path}: the host served the prerendered page (${served} elements)`);
    assert.equal(kept, served, `/${path}: every served element is still in the page`);
    assert.equal(now, served, `/${path}: and no element was added`);
    assert.ok(sameText, `/${path}: the text on screen is unchanged`);
    assert.equal(shift, 0, `/${path}: layout shift`);
    // The app runs on the hydrated nodes: its own navigation works from them.
    if (/^(en\/)?d\//.test(path)) {
      const same = await stayInDocument(page);
      await page.locator('.pager a').first().click();
      await page.waitForURL((url) => url.pathname !== `/${path}`);
      await same(`from /${path}`);
    }
    await page.context().close();
  }
});

test('app: a returning reader\'s stored settings apply after hydration without re-creating the text or shifting it', async () => {
  // On the pages of the language they stored: no other page is ever painted for them.
  for (const path of ['en/', 'en/d/closing-speech', 'en/terms', 'en/people']) {
    const { page, messages, served, kept, shift, firstParagraphKept } = await hydrate(path, { settings: STORED_SETTINGS });
    assert.equal(await page.locator('html[data-app="started"]').count(), 1, `/${path}: the app hydrated the page`);
    assert.deepEqual(messages, [], `/${path}`);
    assert.ok(firstParagraphKept, `/${path}: the first paragraph painted is the one still shown`);
    assert.equal(kept, served, `/${path}: every served element kept`);
    assert.equal(shift, 0, `/${path}: layout shift`);
    // Theme, size and spacing were on <html> before the first paint; the interface is English,
    // and the page not held back.
    assert.deepEqual(await page.evaluate(() => ['data-theme', 'data-font-size', 'data-spacing', 'lang', 'data-pending-settings'].map((a) => document.documentElement.getAttribute(a))), ['dark', 'large', 'relaxed', 'en', null]);
    assert.ok(await page.locator('main').isVisible());
    assert.equal(await page.locator('.skip-link').textContent(), 'Skip to the text');
    await page.context().close();
  }
});

test('app: a first visit from a browser that prefers English is sent to the English page before the first paint, never held back; a stored choice wins', async () => {
  for (const [path, twin] of [['', 'en/'], ['d/closing-speech', 'en/d/closing-speech']]) {
    const { page, heldBack, shift, kept, served, sameText } = await hydrate(path, { locale: 'en-US', arrivesAt: twin });
    assert.equal(await page.locator('html[data-app="started"]').count(), 1, `/${twin}: the app hydrated the page`);
    assert.ok(!heldBack, `/${twin}: the served page is already the English one`);
    assert.equal(shift, 0, `/${twin}: layout shift`);
    assert.equal(kept, served, `/${twin}: every served element kept`);
    assert.ok(sameText, `/${twin}: the text served is the text shown`);
    assert.deepEqual(await page.evaluate(() => ['lang', 'data-pending-settings'].map((a) => document.documentElement.getAttribute(a))), ['en', null]);
    assert.equal(await page.locator('.skip-link').textContent(), 'Skip to the text');
    assert.equal(await page.getByRole('button', { name: 'Settings' }).count(), 1);
    if (path) assert.equal(await page.locator('p.para').first().getAttribute('lang'), 'zh-Hans', 'the text stays Chinese');
    await page.context().close();
  }
  const chinese = await hydrate('en/d/closing-speech', { locale: 'en-US', settings: { language: 'zh' }, arrivesAt: 'd/closing-speech' });
  assert.ok(!chinese.heldBack && chinese.sameText, 'a stored Chinese interface is the served one');
  assert.equal(await chinese.page.evaluate(() => document.documentElement.lang), 'zh-Hans');
  assert.equal(await chinese.page.locator('.skip-link').textContent(), '跳到正文');
  await chinese.page.context().close();
  const french = await hydrate('', { locale: 'fr-FR' });
  assert.ok(!french.heldBack, 'neither English nor Chinese: the texts\' language');
  assert.equal(await french.page.evaluate(() => document.documentElement.lang), 'zh-Hans');
  await french.page.context().close();
});

test('app: on a page prerendered for another address (a host\'s 404.html, an unknown document) the app renders its own page once', async () => {
  for (const path of ['d/no-such-document', 'terms/%E6%97%A0']) {
    const page = await newPage(site.browser);
    await open(page, site.server.url, path);
    assert.equal(await page.locator('h1').count(), 1, `/${path}: one page, not two`);
    assert.equal(await page.locator('main').count(), 1);
    assert.equal(await page.locator('meta[name="description"]').count(), 0, 'no description left from the 404 page');
    assert.deepEqual(page.problems.filter(notFoundPage(path)), [], `/${path}`);
    // The page is the app's: its links navigate inside it.
    const same = await stayInDocument(page);
    await page.locator('.brand').click();
    await page.locator('main.overview').waitFor();
    await page.waitForURL(site.server.url);
    await same(`from /${path}`);
    await page.context().close();
  }
});

test('app: a query or a #pN in the address shows once the page has hydrated', async () => {
  const page = await newPage(site.browser);
  await open(page, site.server.url, 'search?q=%E6%B3%95%E9%99%A2');
  await page.locator('.search-summary').waitFor();
  assert.equal(await page.locator('.search-summary').textContent(), '1 篇文件中共 4 处');
  assert.equal(await page.locator('#search-box').inputValue(), '法院');
  await open(page, site.server.url, 'd/closing-speech?hl=%E4%BA%BA%E5%A4%A7#p10');
  await page.waitForFunction(() => document.querySelector('#p10')?.classList.contains('is-target'));
  assert.ok(await page.locator('mark[data-hit]').count() > 0, 'the query is highlighted');
  const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
  assert.equal(canonical, new URL('d/closing-speech', site.server.url).href, 'the canonical address is absolute once the origin is known');
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test('app: a reader who scrolled before the app started keeps their place when it hydrates', async () => {
  const page = await newPage(site.browser, { viewport: { width: 390, height: 700 } });
  // Hold the wasm back until the reader has scrolled the prerendered page.
  const release = await holdWasm(page);
  await page.goto(new URL('d/closing-speech', site.server.url).href);
  await page.locator('#p8').scrollIntoViewIfNeeded();
  const before = await page.evaluate(() => window.scrollY);
  assert.ok(before > 1000, `scrolled down (${before})`);
  release();
  await started(page);
  await nextFrames(page);
  // The app's own mark: in the control run the page is the prerendered one and keeps its place
  // trivially, so only this says the hydrated page kept it.
  assert.equal(await page.locator('html[data-app="started"]').count(), 1, 'the app has hydrated the page');
  assert.equal(await page.evaluate(() => window.scrollY), before);
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test('app: a query typed into the prerendered search box before the app started is searched once it runs', async () => {
  const page = await newPage(site.browser);
  const release = await holdWasm(page);
  await page.goto(new URL('d/closing-speech', site.server.url).href);
  await page.locator('#search-box').fill('法院');
  release();
  await started(page);
  await page.waitForURL(/\/search\?q=%E6%B3%95%E9%99%A2$/);
  await page.locator('.search-summary').waitFor();
  assert.equal(await page.locator('#search-box').inputValue(), '法院', 'what was typed is kept');
  assert.ok(await page.locator('.result-group').count() > 0);
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

for (const [language, routes] of Object.entries(ROUTES)) test(`app: on every route in the ${language} interface the app, mounted afresh, renders the very text the prerendered page carries`, async () => {
  // Hydration keeps the served text as it is, so a first render that read something the
  // prerender could not know would go unseen there: here each page is served as if prerendered
  // for another address, and the app renders it from nothing.
  const context = await site.browser.newContext({ javaScriptEnabled: false });
  const served = await context.newPage();
  // (No service worker: it would answer the pages before the route below could change them.)
  const fresh = await newPage(site.browser, { serviceWorkers: 'block', locale: localeFor(routes[0]) });
  await fresh.route((url) => !/\.[a-z0-9]+$/.test(url.pathname) || url.pathname.endsWith('.html'), async (route) => {
    const response = await route.fetch();
    const body = (await response.text()).replace(/<meta name="renda-route" content="[^"]*">/, '<meta name="renda-route" content="/elsewhere">');
    await route.fulfill({ response, body });
  });
  try {
    for (const path of routes) {
      await served.goto(new URL(path, site.server.url).href);
      const text = await served.evaluate(() => document.body.innerText);
      await open(fresh, site.server.url, path);
      assert.equal(await fresh.locator('meta[name="renda-route"]').getAttribute('content'), '/elsewhere', 'served for another address');
      assert.equal(await fresh.locator('html[data-app="started"]').count(), 1, 'the app rendered the page');
      assert.equal(await fresh.evaluate(() => document.body.innerText), text, `/${path}`);
    }
    assert.deepEqual(fresh.problems.filter(notFoundPage(NOT_FOUND)), []);
  } finally {
    await context.close();
    await fresh.context().close();
  }
});
