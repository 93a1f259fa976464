// Prerendered pages: every route's text is in the HTML the host serves, readable and navigable
// without JavaScript; with JavaScript the app takes over without a console message or a shift.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { corpus, newPage, open, session, started, useSite } from './support.mjs';

// Chromium's warning about Trunk's preload links, whatever the page does (crbug.com/981419).
const PRELOAD_INTEGRITY_WARNING = 'The `integrity` attribute is currently ignored for preload destinations that do not support subresource integrity. See https://crbug.com/981419 for more information';

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

test('app: the takeover by the app logs nothing and shifts nothing, and keeps the #pN target', async () => {
  for (const path of ['', 'd/closing-speech#p10', 'terms', 'people']) {
    const page = await newPage(site.browser);
    const messages = [];
    page.on('console', (message) => {
      if (message.text() !== PRELOAD_INTEGRITY_WARNING) messages.push(`${message.type()}: ${message.text()}`);
    });
    await page.addInitScript(() => {
      window.__shift = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.__shift += entry.value;
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await open(page, site.server.url, path);
    assert.equal(await page.locator('#prerendered').count(), 0, 'the prerendered copy is gone');
    if (path.includes('#p10')) await page.waitForFunction(() => document.querySelector('#p10')?.classList.contains('is-target'));
    await nextFrames(page);
    assert.equal(await page.evaluate(() => window.__shift), 0, `layout shift on /${path}`);
    assert.deepEqual(messages, [], `/${path}`);
    assert.equal(await page.locator('h1').count(), 1, 'one page, not two');
    assert.equal(await page.locator('meta[name="description"]').count(), 1);
  }
});

test('app: a reader who scrolled before the app started keeps their place when it takes over', async () => {
  const page = await newPage(site.browser, { viewport: { width: 390, height: 700 } });
  let release;
  const held = new Promise((resolve) => { release = resolve; });
  // Hold the wasm back until the reader has scrolled the prerendered page.
  await page.route('**/*.wasm', async (route) => {
    await held;
    await route.continue();
  });
  await page.goto(new URL('d/closing-speech', site.server.url).href);
  await page.locator('#prerendered #p8').scrollIntoViewIfNeeded();
  const before = await page.evaluate(() => window.scrollY);
  assert.ok(before > 1000, `scrolled down (${before})`);
  release();
  await started(page);
  await nextFrames(page);
  assert.equal(await page.locator('#prerendered').count(), 0, 'the app has taken over');
  assert.equal(await page.evaluate(() => window.scrollY), before);
});

// What a page shows a reader and a search engine: headings, paragraphs with their ids, links,
// landmarks. The prerendered copy (read with JavaScript off) and the page the app renders once
// started must agree on all of it, route by route: hydration will rely on it.
function pageShape() {
  const root = document.getElementById('prerendered') ?? document.body;
  const text = (element) => element.textContent.replace(/\s+/g, ' ').trim();
  const all = (selector) => [...root.querySelectorAll(selector)];
  return {
    headings: all('h1, h2, h3, h4, h5, h6').map((h) => `${h.tagName} ${text(h)}`),
    paragraphs: all('p[id]').map((p) => `${p.id} ${text(p)}`),
    links: all('a[href]').map((a) => `${a.getAttribute('href')} ${text(a)}`),
    landmarks: all('main, nav, header, footer, aside, [role]').map((e) => `${e.tagName} ${e.getAttribute('role') ?? ''} ${e.getAttribute('aria-label') ?? ''}`),
  };
}

test('app: every route renders the same headings, paragraphs, links and landmarks as its prerendered page', async () => {
  const routes = ['', 'about', 'search', 'terms', 'people', 'no/such/page',
    ...session.documents.map((d) => `d/${d.slug}`), ...corpus.glossary.map((f) => `terms/${encodeURIComponent(f.term)}`)];
  const context = await site.browser.newContext({ javaScriptEnabled: false });
  const staticPage = await context.newPage();
  const appPage = await newPage(site.browser);
  try {
    for (const route of routes) {
      await staticPage.goto(new URL(route, site.server.url).href);
      const prerendered = await staticPage.evaluate(pageShape);
      assert.ok(prerendered.headings.length > 0 && prerendered.links.length > 0, `/${route} is prerendered`);
      await open(appPage, site.server.url, route);
      assert.deepEqual(await appPage.evaluate(pageShape), prerendered, `/${route}`);
    }
    assert.deepEqual(appPage.problems.filter((p) => !/status of 404/.test(p)), []);
  } finally {
    await context.close();
  }
});
