// The reading aids: Traditional script, pinyin over each word and a look-up of each word, as a
// reader turns them on in the settings; their data fetched only then, and kept for offline use.

import assert from 'node:assert/strict';
import AxeBuilder from '@axe-core/playwright';
import { startServer } from './static-server.mjs';
import { aidFiles, choose, newPage, open, pageIn, recordRequests, started, useSite, test } from './support.mjs';

const site = useSite();

test('app: a first visit fetches no reading aid, and the service worker does not precache them', async () => {
  const page = await newPage(site.browser);
  const requests = recordRequests(page);
  await open(page, site.server.url, 'd/closing-speech');
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  assert.deepEqual(requests.responses.map((r) => r.url).filter((url) => url.includes('/aids/')), []);
  const worker = await (await fetch(new URL('sw.js', site.server.url))).text();
  assert.ok(!worker.includes(aidFiles.traditional), 'the aids are not in the precache list');
  // Turning one on fetches its file alone.
  await choose(page, '字形', '繁體');
  await page.locator('#p1[lang="zh-Hant"]').waitFor();
  assert.deepEqual(requests.responses.map((r) => new URL(r.url).pathname).filter((p) => p.includes('/aids/')), [`/aids/${aidFiles.traditional}`]);
  assert.deepEqual(page.problems, []);
});

test('app: the script switch shows every text of the page in Traditional, is remembered, and works from the keyboard', async () => {
  const page = await newPage(site.browser);
  await open(page, site.server.url, 'd/closing-speech');
  await page.getByRole('button', { name: '设置' }).click();
  const simplified = page.locator('#settings').getByRole('radio', { name: '简体' });
  await simplified.focus();
  await page.keyboard.press('ArrowRight');
  await page.locator('#p1[lang="zh-Hant"]').waitFor();
  assert.match(await page.locator('#p1').textContent(), /^經過全體代表和與會同志的共同努力/);
  assert.equal(await page.locator('h1').textContent(), '在市十六屆人大三次會議閉幕會上的講話');
  assert.equal(await page.getByRole('navigation', { name: '目录' }).getByRole('link', { name: '關於政府工作報告的決議' }).count(), 1);
  // The reviewed correction of OpenCC: 历史 is 歷史, not 曆史 after 衡阳.
  assert.match(await page.locator('#p5').textContent(), /重塑大城衡陽歷史榮光/);
  await page.reload();
  await started(page);
  await page.locator('#p1[lang="zh-Hant"]').waitFor();
  assert.match(await page.locator('#p1').textContent(), /^經過全體代表/);
  assert.deepEqual(page.problems, []);
});

test('app: every kind of text follows the script and pinyin: the heading, the salutation, a repeat\'s comparison, /compare\'s clauses', async () => {
  const page = await newPage(site.browser);
  await open(page, site.server.url, 'd/closing-speech');
  await choose(page, '字形', '繁體');
  await page.locator('#p1[lang="zh-Hant"]').waitFor();
  assert.equal(await page.locator('.doc-heading .speaker').textContent(), '劉越高');
  assert.equal(await page.locator('.doc-heading .speaker').getAttribute('lang'), 'zh-Hant');
  assert.equal(await page.locator('.salutation').textContent(), '各位代表，同志們：');
  const comparison = page.locator('details.repeat-compare').first();
  await comparison.locator('summary').click();
  const diff = comparison.locator('.repeat-diff');
  assert.ok(await diff.locator('[lang="zh-Hant"]').count() > 0);
  assert.doesNotMatch(await diff.textContent(), /会议|发展|这/, 'no Simplified form left in the comparison');
  await choose(page, '拼音', '显示');
  await page.locator('.doc-heading .speaker ruby').first().waitFor();
  await diff.locator('ruby').first().waitFor();
  // Another page, loaded afresh: held until the aids are here, then drawn with them.
  await open(page, site.server.url, 'compare');
  const clause = page.locator('.clause').first();
  await clause.locator('ruby').first().waitFor();
  const characters = await clause.evaluate((element) => [...element.querySelectorAll('ruby')].map((ruby) => ruby.firstChild.textContent).join(''));
  assert.match(characters, /^衡陽市第十六屆人民代表大會第三次會議聽取和審議了/);
  assert.ok(await clause.locator('[lang="zh-Hant"]').count() > 0);
  assert.deepEqual(page.problems, []);
});

test('app: the words of a heading and of a clause of /compare are reached by Tab and the arrow keys, as a paragraph\'s are', async () => {
  const page = await newPage(site.browser);
  await open(page, site.server.url, 'd/closing-speech');
  await choose(page, '点词查词典', '开');
  const words = page.locator('h1 .title-line .term-button');
  await words.first().waitFor();
  assert.equal(await page.locator('h1 .title-line .term-button[tabindex="0"]').count(), 1, 'one tab stop for the title line');
  await page.keyboard.press('Escape');
  await page.locator('h1').focus();
  await page.keyboard.press('Tab');
  assert.equal(await words.first().evaluate((word) => word === document.activeElement), true, 'Tab enters the title at its first word');
  await page.keyboard.press('ArrowRight');
  assert.equal(await words.nth(1).evaluate((word) => word === document.activeElement), true, 'the arrow goes on to the next word');
  await page.keyboard.press('Enter');
  await page.getByRole('dialog', { name: await words.nth(1).textContent() }).waitFor();
  await page.keyboard.press('Escape');
  await open(page, site.server.url, 'compare');
  const clause = page.locator('.clause').first();
  const clauseWords = clause.locator('.term-button');
  await clauseWords.first().waitFor();
  await page.locator('.clause-row li > a').first().focus();
  await page.keyboard.press('Tab');
  assert.equal(await clauseWords.first().evaluate((word) => word === document.activeElement), true, 'Tab enters the clause at its first word');
  await page.keyboard.press('ArrowRight');
  assert.equal(await clauseWords.nth(1).evaluate((word) => word === document.activeElement), true, 'the arrow goes on through the clause');
  assert.deepEqual(page.problems, []);
});

test('app: search in Traditional display marks hits in the displayed script, for a query in either script', async () => {
  const page = await newPage(site.browser);
  await open(page, site.server.url, 'd/plan');
  await choose(page, '字形', '繁體');
  await page.locator('#p1[lang="zh-Hant"]').waitFor();
  for (const query of ['发展计划', '發展計劃']) {
    await open(page, site.server.url, `search?q=${encodeURIComponent(query)}`);
    const first = page.locator('.results .kwic mark').first();
    await first.waitFor();
    assert.equal(await first.textContent(), '發展計劃', query);
  }
  await page.locator('.results li a').first().click();
  const mark = page.locator('.doc-body mark').first();
  await mark.waitFor();
  assert.equal(await mark.textContent(), '發展計劃');
  assert.deepEqual(page.problems, []);
});

test('app: pinyin stands over each word, reads polyphones in context, and a copied selection is the characters alone', async () => {
  const page = await newPage(site.browser);
  await open(page, site.server.url, 'd/government-work-report');
  await choose(page, '拼音', '显示');
  await page.locator('#p1 ruby').first().waitFor();
  const words = await page.locator('#p1 ruby').evaluateAll((rubies) => rubies.map((r) => [r.firstChild.textContent, r.querySelector('rt').textContent]));
  const reading = (word) => words.find(([w]) => w === word)?.[1];
  assert.equal(reading('市长'), 'shìzhǎng');
  assert.equal(reading('朱健'), 'Zhū Jiàn');
  assert.equal(reading('审议'), 'shěnyì');
  const copied = await page.locator('#p1').evaluate((p) => {
    const range = document.createRange();
    range.selectNodeContents(p.querySelector('ruby').parentNode);
    const selection = window.getSelection();
    selection.removeAllRanges();
    selection.addRange(range);
    return selection.toString();
  });
  assert.match(copied, /^衡阳市第十六届人民代表大会第三次会议听取和审议了朱健市长/);
  assert.doesNotMatch(copied, /[a-zāáǎàēéěèīíǐìōóǒòūúǔù]/i, 'no pinyin in the copy');
  assert.deepEqual(page.problems, []);
});

test('app: in look-up mode a word opens its pinyin and English senses by click or Enter, Escape closes it, in either script', async () => {
  const page = await newPage(site.browser);
  await open(page, site.server.url, 'd/government-work-report');
  await choose(page, '点词查词典', '开');
  const word = page.locator('#p1 .word .term-button', { hasText: '审议' });
  await word.click();
  const popover = page.getByRole('dialog', { name: '审议' });
  // The entries come with the dictionary, which may arrive after the popover has opened.
  await popover.getByText(/shěn yì/).first().waitFor();
  assert.match(await popover.textContent(), /deliberat|examine|consider/i);
  await page.keyboard.press('Escape');
  await popover.waitFor({ state: 'hidden' });
  await word.focus();
  await page.keyboard.press('Enter');
  await popover.waitFor();
  await page.keyboard.press('Escape');
  // A word CC-CEDICT lacks (here a name) shows its characters' entries, and says so.
  await page.locator('#p1 .word .term-button', { hasText: '朱健' }).click();
  const name = page.getByRole('dialog', { name: '朱健' });
  await name.waitFor();
  assert.match(await name.textContent(), /CC-CEDICT 未收此词[\s\S]*zhū[\s\S]*jiàn/i);
  await page.keyboard.press('Escape');
  await choose(page, '字形', '繁體');
  const traditional = page.locator('#p1 .word .term-button', { hasText: '審議' });
  await traditional.click();
  await page.getByRole('dialog', { name: '審議' }).getByText(/shěn yì/).first().waitFor();
  assert.deepEqual(page.problems, []);
});

test('app: the aids work offline after one use online', async () => {
  // A server of its own, to stop: offline means the server is gone.
  const server = await startServer({ root: new URL('../dist', import.meta.url).pathname });
  const context = await site.browser.newContext();
  let stopped = false;
  try {
    const page = await pageIn(context);
    await open(page, server.url, 'd/budget');
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    await choose(page, '字形', '繁體');
    await choose(page, '拼音', '显示');
    await page.locator('#p1[lang="zh-Hant"] ruby').first().waitFor();
    await server.close();
    stopped = true;
    await page.reload();
    await started(page);
    await page.locator('#p1[lang="zh-Hant"] ruby').first().waitFor();
    assert.match(await page.locator('#p1').textContent(), /審查/);
  } finally {
    // Whatever failed, nothing is left listening, or the test file would never end.
    await context.close();
    if (!stopped) await server.close();
  }
});

for (const colorScheme of ['light', 'dark']) {
  test(`app: axe finds no violations with every aid on (${colorScheme})`, async () => {
    const page = await newPage(site.browser, { colorScheme });
    // A resolution: title, adoption note, numbered paragraphs and signature, every element the
    // aids add to a text, in a tenth of the words of the speech (whose 3,000 word buttons, each
    // with its reading, take axe a minute a theme).
    await open(page, site.server.url, 'd/plan');
    await choose(page, '字形', '繁體');
    await choose(page, '拼音', '显示');
    await choose(page, '点词查词典', '开');
    await page.keyboard.press('Escape');
    await page.locator('#p1 .word .term-button').first().click();
    await page.locator('.word .term-popover').waitFor();
    const { violations } = await new AxeBuilder({ page }).analyze();
    assert.deepEqual(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`), []);
    assert.deepEqual(page.problems, []);
  });
}
