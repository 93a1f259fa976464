// What a walkthrough with readers found (issue 24), each held here as the reader meets it: a copied
// passage is the text, a paragraph is one tab stop, a gloss opens inside the window, margin
// numbers stay on a phone's screen, the match bar's steps keep one row, the aids can be kept for
// offline use, English search and the English interface. (A query found only in set-aside
// passages: study.test.mjs.)

import assert from 'node:assert/strict';
import { choose, copyParagraphs, focusOn, launchBrowser, newPage, open, session, started, test, useSite } from './support.mjs';
import { builds, copyOf } from './deploys.mjs';
import { startServer } from './static-server.mjs';

const site = useSite();
const speech = session.documents[0];
// The gap marker, in the interface's language.
const GAP = { 中: '〔缺文〕', EN: '[gap]' };

/** The text of paragraph `n` of the speech as the reader should get it: gap markers included. */
function paragraphText(n, marker) {
  const paragraph = speech.paragraphs.find((p) => p.number === n);
  const gap = (at) => paragraph.notes.some((note) => note.lacuna?.at === at);
  return `${gap('start') ? marker : ''}${paragraph.text}${gap('end') ? marker : ''}`;
}

test('app: copying paragraphs gives their text with its gap markers, without the tools, numbers or notes among them', async () => {
  const page = await newPage(site.browser, { permissions: ['clipboard-read', 'clipboard-write'] });
  for (const interfaceLanguage of ['中', 'EN']) {
    await open(page, site.server.url, 'd/closing-speech');
    if (interfaceLanguage === 'EN') {
      await page.locator('.language-switch').click();
      await page.waitForURL(/\/en\/d\/closing-speech$/);
      await started(page);
    }
    await page.locator(`html[lang="${interfaceLanguage === 'EN' ? 'en' : 'zh-Hans'}"]`).waitFor({ state: 'attached' });
    // ¶1 to ¶5: a [sic] note after ¶2, gaps around ¶4 and ¶5, tools and numbers on each.
    const copied = await copyParagraphs(page, 1, 5);
    assert.deepEqual(copied.split('\n'), [1, 2, 3, 4, 5].map((n) => paragraphText(n, GAP[interfaceLanguage])), `${interfaceLanguage}: the five paragraphs, one a line`);
  }
  // A selection inside one note copies that note.
  await page.evaluate(() => {
    const note = document.querySelector('.doc-body .note');
    const range = document.createRange();
    range.selectNodeContents(note);
    getSelection().removeAllRanges();
    getSelection().addRange(range);
  });
  await page.keyboard.press('Control+C');
  const note = await page.locator('.doc-body .note').first().textContent();
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), note);
  assert.deepEqual(page.problems, []);
});

test('app: each paragraph is one tab stop; the arrow keys move through its marks and tools, Escape returns to the mark', async () => {
  const page = await newPage(site.browser);
  await open(page, site.server.url, 'd/closing-speech');
  const tabbable = () => page.locator('.doc-body').evaluate((body) => [...body.querySelectorAll('a[href], button, [tabindex]')]
    .filter((e) => e.tabIndex >= 0 && e.checkVisibility()).map((e) => e.className));
  const shown = speech.paragraphs.filter((p) => !p.notes.some((n) => 'duplicate' in n)).length;
  const stops = await tabbable();
  assert.equal(stops.length, shown, `one stop per paragraph: ${stops.join(', ')}`);
  assert.ok(stops.every((c) => c.includes('para-number')));

  // From ¶1's number, through its marks to its tools, and back.
  const number = page.locator('#p1').locator('xpath=..').locator('.para-number');
  await number.focus();
  const marks = await page.locator('#p1 .term-button').count();
  assert.ok(marks > 0, '¶1 has formulation marks');
  await page.keyboard.press('ArrowRight');
  await focusOn(page, 'class', /term-button/);
  await page.keyboard.press('End');
  await focusOn(page, 'class', /cite-button/);
  await page.keyboard.press('Home');
  await focusOn(page, 'class', /para-number/);
  assert.match(new URL(page.url()).pathname, /\/d\/closing-speech$/, 'the arrows did not open another document');

  // Open a gloss from the keyboard; Escape closes it and leaves focus on its mark.
  await page.keyboard.press('ArrowRight');
  await focusOn(page, 'class', /term-button/);
  const mark = await page.evaluate(() => document.activeElement.getAttribute('aria-controls'));
  await page.keyboard.press('Enter');
  await page.locator(`#${mark}[role="dialog"]`).waitFor();
  await page.keyboard.press('Escape');
  await page.locator(`#${mark}`).waitFor({ state: 'detached' });
  await focusOn(page, 'aria-controls', mark, 'focus back on the mark');

  // With the look-up on, the words do not become tab stops either; the salutation, a line of
  // its own outside the paragraphs, has one, at its first word.
  await choose(page, '点词查词典', '开');
  await page.locator('#p1 .word').first().waitFor();
  await page.keyboard.press('Escape');
  const withWords = await tabbable();
  assert.equal(withWords.filter((c) => c.includes('para-number')).length, shown, 'still one stop per paragraph');
  assert.equal(withWords.length, shown + 1, `and one for the salutation: ${withWords.join(', ')}`);
  assert.equal(await page.locator('.salutation .term-button[tabindex="0"]').count(), 1);
  assert.deepEqual(page.problems, []);
});

for (const viewport of [{ width: 1280, height: 900 }, { width: 390, height: 844 }]) {
  test(`app: every formulation's gloss opens inside the window at ${viewport.width}×${viewport.height}`, async () => {
    const page = await newPage(site.browser, { viewport });
    await open(page, site.server.url, 'd/closing-speech');
    // The comparisons of the repeated passages mark formulations as the text does: opened, so
    // that their marks are where a reader meets them too.
    for (const summary of await page.locator('.doc-body details.repeat-compare > summary').all()) await summary.click();
    const marks = page.locator('.doc-body .term-button');
    const count = await marks.count();
    assert.ok(count >= 30, `${count} marks`);
    assert.ok(await page.locator('.repeat-diff .term-button').count() > 0, 'marks in the comparisons');
    const outside = [];
    for (let i = 0; i < count; i++) {
      const mark = marks.nth(i);
      // Clicked where the reader meets it, as low in the window as it can be.
      await mark.evaluate((element) => element.scrollIntoView({ block: 'end' }));
      await mark.click();
      const gloss = page.locator(`#${await mark.getAttribute('aria-controls')}`);
      await gloss.waitFor();
      const box = await gloss.boundingBox();
      if (box.x < 0 || box.y < 0 || box.x + box.width > viewport.width || box.y + box.height > viewport.height) {
        outside.push(`${await mark.textContent()}: ${JSON.stringify(box)}`);
      }
      await page.keyboard.press('Escape');
      await gloss.waitFor({ state: 'detached' });
    }
    assert.deepEqual(outside, []);
    assert.deepEqual(page.problems, []);
  });
}

for (const touch of [false, true]) {
  test(`app: on a phone${touch ? ' with a touch screen' : ''} every paragraph number stands inside the window`, async () => {
    const page = await newPage(site.browser, { viewport: { width: 390, height: 844 }, hasTouch: touch, isMobile: touch });
    for (const document of session.documents) {
      await open(page, site.server.url, `d/${document.slug}`);
      const lefts = await page.locator('.para-number').evaluateAll((all) => all.map((n) => [n.textContent, n.getBoundingClientRect().left]));
      assert.deepEqual(lefts.filter(([, left]) => left < 0), [], document.slug);
    }
    assert.deepEqual(page.problems, []);
  });
}

test('app: the match bar\'s steps stay on one row on a phone and beside the text column on a desktop', async () => {
  for (const viewport of [{ width: 390, height: 844 }, { width: 1280, height: 900 }]) {
    const page = await newPage(site.browser, { viewport });
    await open(page, site.server.url, `d/closing-speech?hl=${encodeURIComponent('人大')}`);
    const steps = page.locator('.hit-steps button');
    await steps.first().waitFor();
    const [previous, next] = await steps.evaluateAll((all) => all.map((b) => b.getBoundingClientRect().toJSON()));
    if (viewport.width < 600) assert.equal(previous.top, next.top, '上一处 and 下一处 on one row');
    await steps.nth(1).click();
    await page.locator('mark.current').waitFor();
    if (viewport.width >= 1280) {
      const column = await page.locator('.doc-body').boundingBox();
      const bar = await page.locator('.hit-steps').boundingBox();
      assert.ok(bar.x >= column.x + column.width, `the steps stand beside the text (${bar.x} ≥ ${column.x + column.width})`);
    }
    assert.deepEqual(page.problems, []);
    await page.context().close();
  }
});

test('app: the app says once that it is saved for offline reading, and keeps the reading aids for offline use when asked', async () => {
  const browser = await launchBrowser();
  const server = await startServer({ root: copyOf(builds.root) });
  try {
    const context = await browser.newContext();
    const page = await context.newPage();
    page.problems = [];
    page.on('pageerror', (error) => page.problems.push(error.message));
    await open(page, server.url, 'd/closing-speech');
    const notice = page.getByRole('status').filter({ hasText: '离线也能阅读' });
    await notice.waitFor();
    await notice.getByRole('button', { name: '知道了' }).click();
    await notice.waitFor({ state: 'detached' });
    await page.reload();
    await started(page);
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    assert.equal(await notice.count(), 0, 'said once');

    await page.getByRole('button', { name: '设置' }).click();
    await page.getByRole('button', { name: '保存阅读辅助，供离线使用' }).click();
    await page.getByText('繁体、拼音和词典已保存，离线也能使用。').waitFor();

    // Offline, a new page: every aid turns on from what was kept.
    await server.close();
    const offline = await context.newPage();
    await open(offline, server.url, 'd/closing-speech');
    await choose(offline, '拼音', '显示');
    await choose(offline, '点词查词典', '开');
    await choose(offline, '字形', '繁體');
    await offline.locator('#p1 ruby').first().waitFor();
    await offline.locator('#p1[lang="zh-Hant"]').waitFor();
    assert.equal(await offline.locator('.aids-failed').count(), 0);
    assert.deepEqual(page.problems, []);
  } finally {
    await browser.close();
    await server.close();
  }
});

test('app: English search finds other forms of a word, phrases across hyphens, and names in the header lines', async () => {
  const page = await newPage(site.browser);
  for (const [query, found] of [['courts', /court/i], ['high quality development', /high-quality development/i], ['Liu Yuegao', /Liu Yuegao/]]) {
    await open(page, site.server.url, `search?q=${encodeURIComponent(query)}`);
    await page.locator('.search-summary').waitFor();
    const hits = await page.locator('.results mark, .results .kwic-hit').allTextContents();
    assert.ok(hits.length > 0 && hits.every((hit) => found.test(hit)), `${query}: ${hits.join(' | ')}`);
  }
  // The speaker line's hit opens the speech in English, marked where the reader sees it.
  await page.locator('.results a').first().click();
  await page.waitForURL(/\/d\/closing-speech\/en\?hl=Liu/);
  assert.equal(await page.locator('.speaker.en mark').textContent(), 'Liu Yuegao');
  assert.deepEqual(page.problems, []);
});

test('app: the English interface shows English titles, names in pinyin, English numbers and a bilingual quote card', async () => {
  const page = await newPage(site.browser, { locale: 'en-US', permissions: ['clipboard-read', 'clipboard-write'] });
  await open(page, site.server.url, '');
  await page.locator('html[lang="en"]').waitFor({ state: 'attached' });
  const main = page.locator('main');
  await main.getByRole('link', { name: /^Resolution on the Government Work Report/ }).waitFor();
  assert.equal(await main.locator('.doc-title-zh', { hasText: '关于政府工作报告的决议' }).count(), 1, 'the Chinese title under the English');
  assert.ok((await main.locator('.doc-length').allTextContents()).some((t) => /^\d,\d{3} characters$/.test(t)), 'thousands set off by commas');
  const contents = page.getByRole('navigation', { name: 'Contents' });
  await contents.getByRole('link', { name: 'Resolution on the Plan', exact: true }).click();
  await page.waitForURL(/\/d\/plan/);
  const crumbs = await page.getByRole('navigation', { name: 'You are here' }).textContent();
  assert.match(crumbs, /Third Session of the 16th Hengyang Municipal People's Congress/);
  assert.match(crumbs, /Resolution on the Plan/);
  assert.match(await page.title(), /Resolution on the Plan/);

  await open(page, site.server.url, 'people');
  await page.locator('.person h2 .name-en', { hasText: 'Liu Yuegao' }).waitFor();

  await open(page, site.server.url, 'd/closing-speech/en');
  await page.locator('#p5 .cite-button').click();
  const card = page.locator('.citation', { hasText: 'Quote card' }).locator('.citation-text');
  const text = await card.textContent();
  assert.match(text, /^〔缺文〕必须团结一心/, 'the Chinese first');
  assert.match(text, /\n\[gap\]must be united as one/, 'then the English');
  assert.match(text, /unofficial translation by Renda Reader/);
  assert.deepEqual(page.problems, []);
});

test('app: pinyin stands at about half the characters\' size, words apart, and 1—11月 is never broken at its dash', async () => {
  for (const viewport of [{ width: 390, height: 844 }, { width: 1280, height: 900 }]) {
    const page = await newPage(site.browser, { viewport });
    await open(page, site.server.url, 'd/closing-speech');
    await choose(page, '拼音', '显示');
    await page.keyboard.press('Escape');
    await page.locator('#p2 ruby').first().waitFor();
    const [base, reading, gap] = await page.locator('#p2 ruby').first().evaluate((ruby) => [
      parseFloat(getComputedStyle(ruby).fontSize), parseFloat(getComputedStyle(ruby.querySelector('rt')).fontSize), parseFloat(getComputedStyle(ruby).marginLeft),
    ]);
    assert.ok(reading >= 10 && reading / base >= 0.5 && reading / base <= 0.65, `${viewport.width}: pinyin ${reading} px over ${base} px`);
    assert.ok(gap > 0, 'words stand apart');
    const dash = page.locator('#p2 .nobr', { hasText: '1—11' });
    assert.equal(await dash.count(), 1, 'the dash is bound to its neighbours');
    // Every character of the group (its readings aside) stands on one line.
    const lines = await dash.evaluate((span) => {
      const walker = document.createTreeWalker(span, NodeFilter.SHOW_TEXT);
      const tops = new Set();
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (node.parentElement.closest('rt')) continue;
        const range = document.createRange();
        range.selectNodeContents(node);
        for (const rect of range.getClientRects()) tops.add(Math.round(rect.bottom));
      }
      return tops.size;
    });
    assert.equal(lines, 1, 'on one line');
    assert.deepEqual(page.problems, []);
    await page.context().close();
  }
});
