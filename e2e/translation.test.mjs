// The reading modes: 中文, English and 对照 (parallel), as a reader switches, shares, searches
// and prints them; and the English and parallel pages as a host serves them without script.

import assert from 'node:assert/strict';
import { focusOn, newPage, open, session, stayInDocument, useSite, test } from './support.mjs';

const site = useSite();

const document = (slug) => session.documents.find((d) => d.slug === slug);
const shown = (d) => d.paragraphs.filter((p) => !p.notes.some((n) => n.duplicate));
const NOTICE = '英文为本阅览室的非官方译文，仅供参考，以中文原文为准。';

test('app: the modes switch inside the app, are remembered, and the app\'s links follow them', async () => {
  const page = await newPage(site.browser);
  await open(page, site.server.url, 'd/closing-speech');
  const stayed = await stayInDocument(page);
  const modes = page.getByRole('navigation', { name: '阅读模式' });
  await modes.getByRole('link', { name: '英文' }).click();
  await page.waitForURL('**/d/closing-speech/en');
  await page.locator('#p1[lang="en"]').waitFor();
  await stayed('switching to English');
  const first = page.locator('#p1');
  assert.equal(await first.getAttribute('lang'), 'en');
  assert.match(await first.textContent(), /^Through the joint efforts of all the deputies/);
  assert.equal(await page.getByRole('note').filter({ hasText: NOTICE }).count(), 1);
  assert.equal(await modes.getByRole('link', { name: '英文' }).getAttribute('aria-current'), 'page');
  // Remembered: the contents, the pager and the overview now lead to English pages.
  const contents = page.getByRole('navigation', { name: '目录' });
  assert.match(await contents.getByRole('link', { name: '关于计划的决议' }).getAttribute('href'), /\/d\/plan\/en$/);
  await page.reload();
  await page.locator('html[data-app="started"]').waitFor({ state: 'attached' });
  await page.getByRole('link', { name: '人大文献阅览室' }).click();
  await page.getByRole('heading', { level: 1, name: session.title }).waitFor();
  const plan = page.locator('main').getByRole('link', { name: document('plan').title.map((l) => l.text).join('') });
  await plan.click();
  await page.waitForURL('**/d/plan/en');
  await page.locator('#p1[lang="en"]').waitFor();
  assert.deepEqual(page.problems, []);
});

test('app: m cycles the modes from where the reader is, keeping the paragraph', async () => {
  const page = await newPage(site.browser);
  await open(page, site.server.url, 'd/closing-speech#p6');
  await page.locator('#p6.is-target').waitFor();
  await page.keyboard.press('m');
  await page.waitForURL('**/d/closing-speech/en#p6');
  await page.locator('#p6.is-target[lang="en"]').waitFor();
  await page.keyboard.press('m');
  await page.waitForURL('**/d/closing-speech/parallel#p6');
  const pair = page.locator('#p6.is-target');
  await pair.waitFor();
  assert.deepEqual(await pair.locator('p.para').evaluateAll((ps) => ps.map((p) => p.lang)), ['zh-Hans', 'en']);
  await focusOn(page, 'id', 'p6', 'the pair takes focus');
  await page.keyboard.press('m');
  await page.waitForURL('**/d/closing-speech#p6');
  assert.deepEqual(page.problems, []);
});

test('app: a shared link opens in the mode it was shared in, whatever the reader last chose', async () => {
  const page = await newPage(site.browser);
  await open(page, site.server.url, 'd/budget/parallel');
  await page.getByRole('navigation', { name: '阅读模式' }).getByRole('link', { name: '对照' }).waitFor();
  // The overview's links follow the last mode read, which only the app knows.
  await page.getByRole('link', { name: '人大文献阅览室' }).click();
  const link = page.locator('main').getByRole('link', { name: document('plan').title.map((l) => l.text).join('') });
  await page.waitForFunction(() => /\/parallel$/.test(window.document.querySelector('main a[href*="/d/plan"]')?.getAttribute('href') ?? ''));
  assert.match(await link.getAttribute('href'), /\/d\/plan\/parallel$/);
  await open(page, site.server.url, 'd/plan');
  assert.equal(await page.locator('#p1').getAttribute('lang'), 'zh-Hans', 'a Chinese link opens Chinese');
  await open(page, site.server.url, 'd/plan/en');
  assert.equal(await page.locator('#p1').getAttribute('lang'), 'en');
  await page.getByRole('link', { name: '人大文献阅览室' }).click();
  await page.waitForFunction(() => /\/en$/.test(window.document.querySelector('main a[href*="/d/plan"]')?.getAttribute('href') ?? ''));
  assert.deepEqual(page.problems, []);
});

test('app: the parallel mode pairs every paragraph under one #pN, in every document', async () => {
  const page = await newPage(site.browser, { viewport: { width: 1280, height: 900 } });
  for (const d of session.documents) {
    await open(page, site.server.url, `d/${d.slug}/parallel`);
    const pairs = await page.locator('.doc-body .pair').evaluateAll((nodes) => nodes.map((pair) => ({
      id: pair.id,
      langs: [...pair.querySelectorAll(':scope > p.para')].map((p) => p.lang),
      // Side by side at this width: the English starts level with the Chinese.
      level: Math.abs(pair.querySelector('[lang="zh-Hans"]').getBoundingClientRect().top - pair.querySelector('[lang="en"]').getBoundingClientRect().top) < 4,
    })));
    assert.deepEqual(pairs.map((p) => p.id), shown(d).map((p) => `p${p.number}`), d.slug);
    assert.ok(pairs.every((p) => p.langs.join() === 'zh-Hans,en' && p.level), `${d.slug}: ${JSON.stringify(pairs)}`);
  }
  // A link to a paragraph targets the pair, and a copy's number resolves to its fullest version.
  await open(page, site.server.url, 'd/closing-speech/parallel#p12');
  await page.locator('#p15.pair.is-target').waitFor();
  // On a phone the English follows its Chinese.
  await page.setViewportSize({ width: 390, height: 800 });
  const below = await page.locator('#p1').evaluate((pair) => pair.querySelector('[lang="en"]').getBoundingClientRect().top > pair.querySelector('[lang="zh-Hans"]').getBoundingClientRect().bottom - 1);
  assert.ok(below, 'interleaved on a narrow screen');
  assert.deepEqual(page.problems, []);
});

test('app: an English phrase searches the translation and opens the paragraph in English', async () => {
  const page = await newPage(site.browser);
  await open(page, site.server.url);
  const box = page.getByRole('searchbox');
  await box.fill('Hunan Tourism Development Conference');
  await box.press('Enter');
  await page.waitForURL('**/search?q=Hunan*');
  const results = page.locator('.results li');
  await results.first().waitFor();
  assert.equal(await results.count(), 1);
  const kwic = results.first().locator('.kwic');
  assert.equal(await kwic.getAttribute('lang'), 'en');
  assert.equal((await kwic.locator('mark').textContent()).toLowerCase(), 'hunan tourism development conference');
  assert.match(await page.locator('main .translation-notice').textContent(), /非官方译文/, 'the results say whose translation it is');
  await results.first().getByRole('link').click();
  await page.waitForURL('**/d/closing-speech/en?hl=*#p2');
  const mark = page.locator('#p2 mark');
  await mark.first().waitFor();
  assert.equal(await page.locator('#p2').getAttribute('lang'), 'en');
  assert.match(await mark.first().textContent(), /Hunan Tourism Development Conference/i);
  // A word is found at its start only, whatever its case.
  // (`act` begins 12 words of the translation, and stands inside 38 more: practice, impact…)
  await open(page, site.server.url, `search?q=${encodeURIComponent('ACT')}&all=1`);
  await page.locator('.search-summary, .search-none').first().waitFor();
  const before = await page.locator('.results .kwic').evaluateAll((lines) => lines.map((l) => l.querySelector('.kwic-before')?.textContent.at(-1) ?? ''));
  assert.equal(before.length, 12, 'the words that start with act (action, actively…)');
  assert.ok(before.every((c) => !/[a-z0-9]/i.test(c)), `each match starts a word: ${before.join(' ')}`);
  assert.deepEqual(page.problems, []);
});

test('app: the citation and the download of an English page carry the translation', async () => {
  const page = await newPage(site.browser);
  await open(page, site.server.url, 'd/by-election-notice/en');
  await page.getByRole('button', { name: '引用本文' }).click();
  const translation = page.locator('.citation').filter({ hasText: '引用英文译文' }).locator('.citation-text');
  await translation.waitFor();
  assert.equal(await translation.getAttribute('lang'), 'en');
  assert.match(await translation.textContent(), /Unofficial translation by Renda Reader of “衡阳市第十六届人民代表大会第三次会议公告”.*\/d\/by-election-notice\/en\.$/);
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '下载中英对照文本' }).click()]);
  assert.equal(download.suggestedFilename(), 'by-election-notice.zh-en.txt');
  const text = await (await download.createReadStream()).toArray();
  const body = Buffer.concat(text).toString('utf8');
  assert.ok(body.indexOf('补选杨青青') < body.indexOf('Yang Qingqing'), body);
  assert.match(body, /unofficial translation by Renda Reader/);
  assert.deepEqual(page.problems, []);
});

test('static: the English and parallel pages are served whole without script, and their switch is plain links', async () => {
  const context = await site.browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(new URL('d/closing-speech/en', site.server.url).href);
  assert.equal(await page.locator('h1 .title-line').getAttribute('lang'), 'en');
  assert.match(await page.locator('h1').textContent(), /Speech at the Closing Meeting/);
  assert.equal(await page.locator('.doc-body p.para[lang="en"]').count(), shown(document('closing-speech')).length);
  assert.equal(await page.locator('.doc-body p.para[lang="zh-Hans"]').count(), 0);
  assert.match(await page.locator('.translation-notice').textContent(), /非官方译文/);
  assert.match(await page.title(), /Speech at the Closing Meeting/);
  assert.match(await page.locator('link[rel="canonical"]').getAttribute('href'), /\/d\/closing-speech\/en$/);
  await page.getByRole('navigation', { name: '阅读模式' }).getByRole('link', { name: '对照' }).click();
  await page.waitForURL('**/d/closing-speech/parallel');
  assert.equal(await page.locator('.pair').count(), shown(document('closing-speech')).length);
  // Print: the switch and the tools go, the notice that the English is unofficial stays.
  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.locator('.mode-switch').isVisible(), false);
  assert.equal(await page.locator('.translation-notice').isVisible(), true);
  assert.equal(await page.locator('#p1 [lang="en"]').isVisible(), true);
  await context.close();
});

test('app: a Chinese query opens the Chinese text even for a reader who reads in English', async () => {
  const page = await newPage(site.browser);
  await open(page, site.server.url, 'd/plan/en');
  await page.getByRole('searchbox').fill('预算草案');
  await page.getByRole('searchbox').press('Enter');
  const result = page.locator('.results li').first();
  await result.waitFor();
  await result.getByRole('link').click();
  await page.waitForURL(/\/d\/budget\?hl=/);
  const mark = page.locator('#p1[lang="zh-Hans"] mark');
  await mark.waitFor();
  assert.equal(await mark.textContent(), '预算草案');
  assert.equal(await page.locator('.doc-body mark').count(), 1, 'the one hit, marked once');
  assert.deepEqual(page.problems, []);
});
