// Prerendered pages: every route's text is in the HTML the host serves, readable and navigable
// without JavaScript; with JavaScript the app takes over without a console message or a shift.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { newPage, session, useSite } from './support.mjs';

const site = useSite();
const titleOf = (document) => document.title.map((line) => line.text).join('');

test('without JavaScript every document shows its full text, headings and links between documents', async () => {
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

test('the takeover by the app logs nothing and shifts nothing, and keeps the #pN target', async () => {
  for (const path of ['', 'd/closing-speech#p10', 'terms', 'people']) {
    const page = await newPage(site.browser);
    const messages = [];
    page.on('console', (message) => {
      // Chromium warns about Trunk's preload links, whatever the page does (crbug.com/981419).
      if (!message.text().includes('integrity')) messages.push(`${message.type()}: ${message.text()}`);
    });
    await page.addInitScript(() => {
      window.__shift = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.__shift += entry.value;
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.goto(new URL(path, site.server.url).href);
    await page.waitForFunction(() => !document.getElementById('prerendered') && window.wasmBindings);
    if (path.includes('#p10')) await page.waitForFunction(() => document.querySelector('#p10')?.classList.contains('is-target'));
    await page.waitForTimeout(300);
    assert.equal(await page.evaluate(() => window.__shift), 0, `layout shift on /${path}`);
    assert.deepEqual(messages, [], `/${path}`);
    assert.equal(await page.locator('h1').count(), 1, 'one page, not two');
    assert.equal(await page.locator('meta[name="description"]').count(), 1);
  }
});

test('a reader who scrolled before the app started keeps their place when it takes over', async () => {
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
  await page.waitForFunction(() => !document.getElementById('prerendered') && window.wasmBindings);
  await page.waitForTimeout(300);
  assert.equal(await page.evaluate(() => window.scrollY), before);
});
