// The study tools as a reader uses them: search as you type, following a hit to its highlighted
// paragraph, formulations and their glosses, the people index, citations and exports.

import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { corpus, focusOn, newPage, open, pageIn, session, started, stayInDocument, useSite, test } from './support.mjs';

const site = useSite();

test('app: typing a query shows results grouped by document, with a shareable address', async () => {
  const page = await newPage(site.browser);
  await open(page, site.server.url, 'd/plan');
  await page.keyboard.press('/');
  await focusOn(page, 'id', 'search-box');
  await page.keyboard.type('立市、文旅');
  await page.waitForURL(/\/search\?q=/);
  await page.getByText('5 篇文件中共 11 处').waitFor();
  assert.equal(new URL(page.url()).searchParams.get('q'), '立市、文旅');
  const groups = await page.locator('.result-group h2').allTextContents();
  assert.equal(groups.length, 5);
  assert.match(groups[0], /闭幕会讲话\s*5 处/);
  const marks = await page.locator('.results mark').allTextContents();
  assert.ok(marks.length === 11 && marks.every((m) => m === '立市、文旅'));
  assert.deepEqual(page.problems, []);
});

test('app: a Traditional, full-width query finds the Simplified text; nonsense gets a helpful message', async () => {
  const page = await newPage(site.browser);
  await open(page, site.server.url, `search?q=${encodeURIComponent('補選楊青青(女)')}`);
  await page.getByText('1 篇文件中共 1 处').waitFor();
  assert.equal(await page.locator('.results mark').textContent(), '补选杨青青（女）');
  await open(page, site.server.url, `search?q=${encodeURIComponent('不存在的词语组合')}`);
  await page.getByText(/没有找到“不存在的词语组合”/).waitFor();
  await open(page, site.server.url, 'search');
  await page.getByText(/任何连续的字都能找到/).waitFor();
});

test('app: set-aside passages are left out unless asked for, and the hits left out are counted, never hidden silently', async () => {
  const page = await newPage(site.browser);
  await open(page, site.server.url, `search?q=${encodeURIComponent('刘正兴表示')}`);
  // Found only there: said so, and never "nothing matches" above it.
  await page.getByText('“刘正兴表示”只见于原文重复段落和新闻报道插入语，共 2 处：').waitFor();
  assert.equal(await page.locator('.search-none').count(), 0);
  await page.getByRole('checkbox', { name: /包括原文重复的段落/ }).check();
  await page.getByText('1 篇文件中共 2 处').waitFor();
  assert.match(page.url(), /all=1/);
  assert.equal(await page.locator('.search-set-aside').count(), 0, 'nothing is left out now');
  // A name the speech quotes in a news-report line: the one hit shown and the others, one press away.
  await open(page, site.server.url, `search?q=${encodeURIComponent('刘正兴')}`);
  const shown = Number((await page.locator('.search-summary').textContent()).match(/共 (\d+) 处/)[1]);
  const more = Number((await page.locator('.search-set-aside').textContent()).match(/另有 (\d+) 处/)[1]);
  assert.ok(more > 0);
  await page.locator('.search-set-aside').getByRole('button', { name: '显示' }).click();
  await page.waitForURL(/all=1/);
  await page.getByText(`共 ${shown + more} 处`, { exact: false }).first().waitFor();
  assert.deepEqual(page.problems, []);
});

test('app: following a hit opens its paragraph with every hit highlighted and steps between them', async () => {
  const page = await newPage(site.browser);
  await open(page, site.server.url, `search?q=${encodeURIComponent('人大')}`);
  const first = page.locator('.result-group').first().locator('.results a[href*="#p"]').first();
  await first.click();
  await page.waitForURL(/\/d\/closing-speech\?hl=/);
  await page.waitForFunction(() => document.querySelector('.is-target'));
  const summary = await page.locator('.hit-summary').textContent();
  const count = Number(summary.match(/共 (\d+) 处/)[1]);
  const marks = await page.locator('article mark[data-hit]').count();
  assert.ok(count > 5 && marks >= count, `${count} hits, ${marks} marks`);
  await page.getByRole('button', { name: '下一处' }).click();
  assert.equal(await page.locator('.hit-position').textContent(), `1/${count}`);
  await page.getByRole('button', { name: '上一处' }).click();
  assert.equal(await page.locator('.hit-position').textContent(), `${count}/${count}`);
  assert.equal(await page.locator('mark.current').getAttribute('data-hit'), String(count - 1));
  await page.getByRole('link', { name: '清除高亮' }).click();
  await page.waitForURL(/\/d\/closing-speech$/);
  assert.equal(await page.locator('article mark').count(), 0);
  assert.deepEqual(page.problems, []);
});

test('app: the formulations table counts per document and sorts; a concordance lists every use', async () => {
  const page = await newPage(site.browser);
  await open(page, site.server.url, 'terms');
  const rows = page.locator('.terms-table tbody tr');
  assert.equal(await rows.count(), corpus.glossary.length);
  const firstRow = async () => (await rows.first().locator('th').textContent()).trim();
  const totals = await page.locator('.terms-table tbody .count').allTextContents();
  assert.deepEqual(totals.map(Number), [...totals.map(Number)].sort((a, b) => b - a), 'sorted by total');
  await page.getByRole('button', { name: '按提法排序' }).click();
  assert.equal(await firstRow(), corpus.glossary[0].term);
  assert.equal(await page.locator('th[aria-sort="ascending"]').count(), 1);
  await page.getByRole('link', { name: '三高四新', exact: true }).click();
  await page.waitForURL(/\/terms\//);
  await page.getByRole('heading', { level: 1, name: '三高四新' }).waitFor();
  assert.equal(await page.locator('.results li').count(), 10);
  assert.match(await page.locator('h2').first().textContent(), /5 篇文件中共 10 处/);
  // On a phone the wide table says it scrolls sideways.
  await open(page, site.server.url, 'terms');
  assert.equal(await page.locator('.scroll-hint').isVisible(), false, 'no hint on a wide screen');
  await page.setViewportSize({ width: 390, height: 800 });
  assert.ok(await page.locator('.scroll-hint').isVisible());
  assert.ok(await page.locator('.table-scroll').evaluate((region) => region.scrollWidth > region.clientWidth), 'the table is wider than the screen');
  await page.goBack();
  await page.getByRole('heading', { level: 1, name: '三高四新' }).waitFor();
  // The concordance lines stand in the page's text column, under its heading.
  await page.setViewportSize({ width: 1280, height: 800 });
  const left = async (selector) => (await page.locator(selector).first().boundingBox()).x;
  assert.equal(await left('.results'), await left('main h1'));
});

test('app: a formulation opens its gloss on the first click and by Enter, not on focus; Escape closes it; it stays inside the window', async () => {
  for (const width of [1280, 390]) {
    const page = await newPage(site.browser, { viewport: { width, height: 800 } });
    await open(page, site.server.url, 'd/government-work-report');
    const term = page.locator('.doc-body .term-button', { hasText: '三高四新' }).first();
    const popover = page.getByRole('dialog', { name: '三高四新' });
    await term.click();
    await popover.waitFor();
    assert.equal(await term.getAttribute('aria-expanded'), 'true', 'the first click opens it');
    assert.match(await popover.textContent(), /Hunan Province's development blueprint/);
    await page.keyboard.press('Escape');
    await popover.waitFor({ state: 'hidden' });
    assert.equal(await term.getAttribute('aria-expanded'), 'false');
    // Tabbing onto a mark does not open it; Enter does.
    await term.blur();
    await term.focus();
    assert.equal(await popover.count(), 0, 'focus alone opens nothing');
    await page.keyboard.press('Enter');
    await popover.waitFor();
    await page.keyboard.press('Escape');
    // Every mark's gloss, near the right edge too, lies inside the window.
    const marks = page.locator('.doc-body .term-button');
    for (let i = 0; i < await marks.count(); i++) {
      await marks.nth(i).click();
      const box = await page.locator('.term-popover').boundingBox();
      assert.ok(box.x >= 0 && box.x + box.width <= width, `gloss ${i} at ${width} px: ${box.x}–${box.x + box.width}`);
      await page.keyboard.press('Escape');
    }
    await marks.first().click();
    await page.locator('.term-popover').getByRole('link', { name: '用例' }).click();
    await page.waitForURL(/\/terms\//);
    assert.deepEqual(page.problems, []);
    await page.context().close();
  }
});

test('app: formulation marks can be switched off in the settings', async () => {
  const page = await newPage(site.browser);
  await open(page, site.server.url, 'd/government-work-report');
  assert.ok(await page.locator('.doc-body .term-button').count() > 0);
  await page.getByRole('button', { name: '设置' }).click();
  await page.getByRole('group', { name: '标出提法' }).getByRole('radio', { name: '不显示' }).check();
  assert.equal(await page.locator('.doc-body .term-button').count(), 0);
});

test('app: the people index gives each role with its evidence and links to every mention', async () => {
  const page = await newPage(site.browser);
  await open(page, site.server.url, 'people');
  const names = await page.locator('.person h2').allTextContents();
  assert.deepEqual(names, corpus.people.map((p) => p.name));
  const mayor = page.locator('.person', { has: page.getByRole('heading', { name: '朱健' }) });
  assert.match(await mayor.locator('.role').textContent(), /市长/);
  assert.equal(await mayor.locator('q').textContent(), '朱健市长所作的政府工作报告');
  const stayed = await stayInDocument(page);
  await mayor.getByRole('link', { name: '关于政府工作报告的决议' }).click();
  await page.waitForURL(/\/d\/government-work-report#p1$/);
  await page.waitForFunction(() => document.querySelector('#p1')?.classList.contains('is-target'));
  await stayed('the evidence link');
  await open(page, site.server.url, 'people');
  const chair = page.locator('.person', { has: page.getByRole('heading', { name: '刘正兴' }) });
  await chair.locator('summary').click();
  assert.equal(await chair.locator('.results li').count(), 3, 'the resolution and both copies of the news report');
});

test('app: copying a citation puts it on the clipboard and says so', async () => {
  const context = await site.browser.newContext();
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(site.server.url).origin });
  const page = await context.newPage();
  await open(page, site.server.url, 'd/closing-speech#p16');
  await page.locator('#p16 .cite-button').click();
  await page.getByRole('button', { name: '复制 GB/T 7714-2015' }).click();
  await page.getByRole('status').filter({ hasText: '已复制到剪贴板' }).waitFor();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  assert.match(copied, /^刘越高\. 在市十六届人大三次会议闭幕会上的讲话: 第16段\[EB\/OL\]\. \(2023-12-27\)\[\d{4}-\d{2}-\d{2}\]\. http:\/\/127\.0\.0\.1:\d+\/d\/closing-speech#p16\.$/);
  await page.getByRole('button', { name: '复制 Chicago' }).click();
  await page.waitForFunction(async () => (await navigator.clipboard.readText()).includes('para. 16'));
  await context.close();
});

async function download(page, name) {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name }).click()]);
  return { name: file.suggestedFilename(), text: await readFile(await file.path(), 'utf8') };
}

test('app: on a phone a paragraph is shared from a finger-sized button, the link copied and confirmed; its citation offers a quote card', async () => {
  const context = await site.browser.newContext({ viewport: { width: 390, height: 800 }, hasTouch: true, isMobile: true });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(site.server.url).origin });
  const page = await pageIn(context);
  await open(page, site.server.url, 'd/closing-speech');
  const share = page.getByRole('button', { name: '分享第 5 段' });
  const box = await share.boundingBox();
  assert.ok(box.width >= 44 && box.height >= 44, `a 44 px target (${box.width}×${box.height})`);
  // Headless Chromium has no share sheet: the link is copied, and the copy confirmed.
  assert.equal(await page.evaluate(() => 'share' in navigator), false);
  await share.click();
  await page.locator('#p5').getByRole('status').filter({ hasText: '链接已复制' }).waitFor();
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), new URL('d/closing-speech#p5', site.server.url).href);
  // The paragraph's number is shown in the margin; where repeats leave a gap, a note says so.
  assert.equal((await page.locator('.paragraph:has(#p5) > .para-number').textContent()).trim(), '5');
  const gaps = await page.locator('.numbering-gap').allTextContents();
  assert.ok(gaps.some((g) => g.startsWith('第 9 段是原文重复的段落')), gaps.join(' | '));
  await page.locator('#p5 .cite-button').click();
  await page.getByRole('button', { name: '复制 引文卡片' }).click();
  await page.waitForFunction(async () => (await navigator.clipboard.readText()).includes('第5段'));
  const card = await page.evaluate(() => navigator.clipboard.readText());
  const text = session.documents[0].paragraphs.find((p) => p.number === 5).text;
  assert.equal(card, `〔缺文〕${text}〔缺文〕\n——刘越高，《在市十六届人大三次会议闭幕会上的讲话》第5段，2023年12月27日\n${new URL('d/closing-speech#p5', site.server.url).href}`);
  assert.deepEqual(page.problems, []);
  await context.close();
});

test('app: exports: the corpus JSON as published, and Markdown, plain text and one document generated in the browser', async () => {
  const page = await newPage(site.browser);
  await open(page, site.server.url, 'about');
  // The corpus JSON is a file of the build (the app embeds it without the paragraphs' English).
  const json = await download(page, '语料 JSON');
  assert.equal(json.name, 'renda-corpus.json');
  assert.deepEqual(JSON.parse(json.text), corpus);
  const markdown = await download(page, '全部文件（Markdown）');
  assert.equal(markdown.name, `${session.id}.md`);
  assert.ok(markdown.text.startsWith(`# ${session.title}\n\n## 在市十六届人大三次会议闭幕会上的讲话`));
  assert.equal((markdown.text.match(/\n## /g) ?? []).length, 8);
  const text = await download(page, '全部文件（纯文本）');
  assert.match(text.text, /〔缺文〕全生产、生态环保/);
  assert.match(text.text, /3861146a58d5d8e7e8184f35a12c81082f22f887d9b6a9de0483a97057c5986b/);
  await open(page, site.server.url, 'd/by-election-notice');
  const one = await download(page, '下载纯文本');
  assert.equal(one.name, 'by-election-notice.txt');
  assert.ok(one.text.startsWith('衡阳市第十六届人民代表大会第三次会议公告\n\n　　衡阳市第十六届人民代表大会第三次会议，补选杨青青（女）'));
  assert.match(one.text, /第三次会议主席团\n2023年12月27日/);
});

test('app: a query with &, #, %, + and spaces survives the address, the search box and the highlight', async () => {
  const query = 'A&B #1%+ 2';
  const page = await newPage(site.browser);
  await open(page, site.server.url, 'search');
  await page.getByRole('searchbox').fill(query);
  await page.waitForURL((url) => url.searchParams.get('q') === query);
  const none = page.getByText(`没有找到“${query}”`);
  await none.waitFor();
  await page.reload();
  await started(page);
  await none.waitFor();
  assert.equal(await page.getByRole('searchbox').inputValue(), query);

  await open(page, site.server.url, `d/closing-speech?hl=${encodeURIComponent(query)}`);
  assert.equal(await page.locator('.hit-summary').textContent(), `本文中“${query}”共 0 处`);
  // Spaces around a query (pasted with it, say) are not searched for; the query is shown as given.
  await open(page, site.server.url, `d/closing-speech?hl=${encodeURIComponent('人大')}`);
  const plain = (await page.locator('.hit-summary').textContent()).match(/共 (\d+) 处/)[1];
  await open(page, site.server.url, `d/closing-speech?hl=${encodeURIComponent(' 人大 ')}`);
  assert.equal(await page.locator('.hit-summary').textContent(), `本文中“ 人大 ”共 ${plain} 处`);
  assert.deepEqual(page.problems, []);
});

test('app: back and forward restore the query, its results and the paragraph a result opened', async () => {
  const page = await newPage(site.browser);
  await open(page, site.server.url, 'd/plan');
  await page.getByRole('searchbox').fill('湘商回归');
  await page.getByText('1 篇文件中共 1 处').waitFor();
  await page.locator('.results a').first().click();
  await page.waitForURL(/#p\d+$/);
  const target = new URL(page.url()).hash.slice(1);
  await page.waitForFunction((id) => document.querySelector('.is-target')?.id === id, target);

  await page.goBack();
  await page.getByText('1 篇文件中共 1 处').waitFor();
  assert.equal(await page.getByRole('searchbox').inputValue(), '湘商回归');
  assert.equal(await page.locator('.results mark').textContent(), '湘商回归');
  await page.goForward();
  await page.waitForFunction((id) => document.querySelector('.is-target')?.id === id, target);
  assert.equal(await page.locator('.doc-body mark').count(), 1);
  await page.goBack();
  await page.goBack();
  await page.getByRole('heading', { level: 1, name: /关于衡阳市2023年国民经济和社会发展计划/ }).waitFor();
  assert.equal(await page.locator('.results').count(), 0);
});

test('app: hits in headings count the same on the search page and in each document\'s hit bar', async () => {
  const page = await newPage(site.browser);
  await open(page, site.server.url, `search?q=${encodeURIComponent('决议')}`);
  const groups = page.locator('.result-group');
  const count = await groups.count();
  assert.ok(count >= 6, `${count} documents`);
  const expected = [];
  for (let i = 0; i < count; i++) {
    const group = groups.nth(i);
    const shown = Number((await group.locator('.result-count').textContent()).match(/(\d+) 处/)[1]);
    assert.equal(await group.locator('.results li').count(), shown);
    expected.push([await group.locator('h2 a').getAttribute('href'), shown]);
  }
  assert.ok(await page.locator('.results .result-place', { hasText: '标题' }).count() > 0, 'some hits are in headings');
  for (const [href, shown] of expected) {
    await open(page, new URL(href, site.server.url).href);
    assert.equal(await page.locator('.hit-summary').textContent(), `本文中“决议”共 ${shown} 处`, href);
    // Every hit is marked once, headings included, so that stepping reaches each of them.
    assert.equal(await page.locator('article mark[data-hit]').count(), shown, href);
  }
  await page.getByRole('button', { name: '下一处' }).click();
  assert.equal(await page.locator('mark.current').getAttribute('data-hit'), '0');
  assert.equal(await page.locator('.doc-heading mark.current').count(), 1, 'the first hit is in the heading');
});

test('app: a person\'s mentions count the same on the people page, the search page and the document', async () => {
  const page = await newPage(site.browser);
  await open(page, site.server.url, 'people');
  const person = page.locator('.person', { has: page.getByRole('heading', { name: '刘正兴' }) });
  const summary = await person.locator('summary').textContent();
  const [, total, setAside] = summary.match(/提及 (\d+) 处，其中 (\d+) 处在原文重复段落和新闻报道插入语中/).map(Number);
  await open(page, site.server.url, `search?q=${encodeURIComponent('刘正兴')}`);
  const shown = Number((await page.locator('.search-summary').textContent()).match(/共 (\d+) 处/)[1]);
  assert.equal(shown, total - setAside, 'the default search shows the rest');
  assert.match(await page.locator('.search-set-aside').textContent(), new RegExp(`另有 ${setAside} 处`));
  // With set-aside passages, as the people page opens a mention (all=1): the same total, and each
  // document counts what the search page counts for it, repetitions it shows once included.
  await page.locator('.search-set-aside').getByRole('button', { name: '显示' }).click();
  await page.waitForURL(/all=1/);
  const speech = page.locator('.result-group', { has: page.getByRole('link', { name: '闭幕会讲话' }) });
  await speech.waitFor();
  assert.equal(Number((await page.locator('.search-summary').textContent()).match(/共 (\d+) 处/)[1]), total);
  const inSpeech = Number((await speech.locator('.result-count').textContent()).match(/(\d+) 处/)[1]);
  await open(page, site.server.url, `d/closing-speech?hl=${encodeURIComponent('刘正兴')}&all=1`);
  const bar = await page.locator('.hit-summary').textContent();
  const [, marked, inRepeats] = bar.match(/共 (\d+) 处(?:，另有 (\d+) 处在原文重复)?/).map((n) => Number(n ?? 0));
  assert.equal(marked + inRepeats, inSpeech, bar);
  assert.ok(inRepeats > 0, 'the speech repeats a passage that names him');
  assert.equal(await page.locator('article mark[data-hit]').count(), marked);
  assert.deepEqual(page.problems, []);
});

test('app: with all=1 the set-aside passages are highlighted too', async () => {
  const page = await newPage(site.browser);
  await open(page, site.server.url, `d/closing-speech?hl=${encodeURIComponent('刘正兴表示')}`);
  assert.equal(await page.locator('.hit-summary').textContent(), '本文中“刘正兴表示”共 0 处');
  assert.equal(await page.locator('.doc-body mark').count(), 0);
  await open(page, site.server.url, `d/closing-speech?hl=${encodeURIComponent('刘正兴表示')}&all=1`);
  const summary = await page.locator('.hit-summary').textContent();
  assert.match(summary, /共 [1-9]\d* 处/);
  const marks = await page.locator('.doc-body mark').allTextContents();
  assert.ok(marks.length >= 1 && marks.every((m) => m === '刘正兴表示'), marks.join('|'));
  assert.ok(await page.locator('.interpolation mark').count() >= 1, 'the highlight is in a set-aside passage');
});

test('static: the comparison of the resolutions reads without JavaScript: formula shares, formula clauses, each resolution\'s own text', async () => {
  const context = await site.browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(new URL('compare', site.server.url).href);
  assert.equal(await page.getByRole('heading', { level: 1 }).textContent(), '固定句式与差异');
  const resolutions = session.documents.filter((d) => d.kind === 'resolution');
  const rows = page.locator('.compare .terms-table tbody tr');
  assert.equal(await rows.count(), resolutions.length);
  // Each resolution's formula share, counted here from the corpus data: the characters of the
  // shared runs of its formula clauses (runs are byte lengths, shared first) over all its characters.
  const bytes = new TextEncoder();
  const text = new TextDecoder();
  for (const [i, document] of resolutions.entries()) {
    let clauses = 0, formulaClauses = 0, formula = 0, all = 0;
    for (const paragraph of document.paragraphs) {
      const encoded = bytes.encode(paragraph.text);
      for (const clause of paragraph.clauses) {
        clauses += 1;
        if (clause.formula != null) formulaClauses += 1;
        let at = clause.start;
        clause.runs.forEach((length, run) => {
          const characters = [...text.decode(encoded.slice(at, at + length))].length;
          all += characters;
          if (run % 2 === 0 && clause.formula != null) formula += characters;
          at += length;
        });
      }
    }
    const cells = await rows.nth(i).locator('th, td').allTextContents();
    assert.deepEqual(cells, [document.short_title, `${formulaClauses} / ${clauses}`, `${formula} / ${all}`, `${Math.round((100 * formula) / all)}%`]);
  }
  // The formula clause that approves each report, in four versions; whose report it was is each one's own.
  const heard = page.locator('.clause-row', { hasText: '听取和审议了' });
  assert.equal(await heard.count(), 1, 'the versions stand together');
  assert.match(await heard.locator('h4').textContent(), /^固定句式 \d+（4 份决议）$/);
  assert.deepEqual(await heard.locator('span.own').evaluateAll((marks) => marks.map((m) => m.textContent)).then((own) => own.filter((t) => /市长|主任|院长|检察长/.test(t))),
    ['特有：朱健市长', '特有：刘正兴主任受市十六届人大常委会委托', '特有：胡建福院长', '特有：刘兴无检察长']);
  // Own text is marked by more than its colour: an underline, and words for screen readers.
  const own = heard.locator('span.own').first();
  assert.equal(await own.evaluate((m) => getComputedStyle(m).textDecorationLine), 'underline');
  assert.equal(await own.locator('.visually-hidden').textContent(), '特有：');
  const called = page.locator('.clause-row', { hasText: '会议号召' });
  assert.equal(await called.locator('h4').textContent(), '关于政府工作报告的决议特有的句子');
  await context.close();
});

test('app: "only what each adds" shrinks the shared text of every clause to an ellipsis and back', async () => {
  const page = await newPage(site.browser);
  await open(page, site.server.url, 'compare');
  const toggle = page.getByRole('button', { name: '只看各决议特有的文字' });
  const heard = page.locator('.clause-row', { hasText: '朱健市长' }).locator('li').first();
  const full = await heard.locator('.clause').textContent();
  assert.ok(full.includes('听取和审议了'), full);
  assert.equal(await toggle.getAttribute('aria-pressed'), 'false');
  await toggle.click();
  assert.equal(await toggle.getAttribute('aria-pressed'), 'true');
  // The shared runs give way to an ellipsis; the own text stays.
  await heard.locator('.shared > span').first().waitFor({ state: 'hidden' });
  const shown = await heard.locator('.clause > span > span:not(.visually-hidden)').evaluateAll((runs) => runs.filter((r) => r.checkVisibility()).map((r) => r.textContent));
  assert.deepEqual(shown, ['朱健市长', '政府工作报告']);
  assert.equal(await heard.locator('.shared').first().evaluate((s) => getComputedStyle(s, '::before').content), '"…"');
  await toggle.press('Enter');
  assert.equal(await toggle.getAttribute('aria-pressed'), 'false');
  await heard.locator('.shared > span').first().waitFor({ state: 'visible' });
  assert.equal(await heard.locator('.clause').textContent(), full);
  assert.deepEqual(page.problems, []);
});

test('static: a repeated passage\'s note opens each copy set against the paragraph kept, which shows what the copy lacks, without JavaScript', async () => {
  const context = await site.browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(new URL('d/closing-speech#p15', site.server.url).href);
  const note = page.locator('.paragraph', { has: page.locator('#p15') }).locator('.note-repeated');
  const opens = note.locator('summary');
  assert.deepEqual(await opens.allTextContents(), ['逐字比对原文第 31–33 行的重复', '逐字比对原文第 41–43 行的重复']);
  const first = note.locator('details').first();
  assert.equal(await first.locator('.repeat-diff').isVisible(), false, 'closed until asked for');
  await opens.first().click();
  assert.ok(await first.locator('.repeat-diff').isVisible());
  assert.equal(await first.locator('.added').count(), 0, 'the copy adds nothing');
  const removed = await first.locator('.removed').allTextContents();
  assert.ok(removed[0].startsWith('只见于保留的段落：各位代表、同志们！'), removed[0]);
  assert.ok(removed.some((r) => r.includes('一府一委两院')));
  assert.match(await first.locator('.repeat-summary').textContent(), /^两处相同 \d+ 字；只见于重复处（加下划线）0 字；只见于保留的段落（加点线下划线）\d+ 字。$/);
  // Told apart by more than colour: a dotted underline (not a strike-through, which reads as
  // deleted) where the copy's own text is underlined solid, and named for screen readers.
  assert.deepEqual(await first.locator('.removed').first().evaluate((d) => [getComputedStyle(d).textDecorationLine, getComputedStyle(d).textDecorationStyle]), ['underline', 'dotted']);
  // Shared text and removed text, in order, are the kept paragraph.
  const paragraph = session.documents[0].paragraphs.find((p) => p.number === 15).text;
  const spelled = (await first.locator('.repeat-diff [lang="zh-Hans"]').allTextContents()).join('');
  assert.equal(spelled, paragraph);
  await context.close();
});

test('app: the comparison of a repeated passage opens from its note by keyboard, in the interface\'s language', async () => {
  const page = await newPage(site.browser, { locale: 'en-US' });
  await open(page, site.server.url, 'en/d/closing-speech#p15');
  const note = page.locator('.paragraph', { has: page.locator('#p15') }).locator('.note-repeated');
  const summary = note.locator('summary').first();
  await summary.waitFor();
  assert.equal(await summary.textContent(), 'Compare the repeat at source lines 31–33');
  await summary.focus();
  await page.keyboard.press('Enter');
  const details = note.locator('details').first();
  assert.equal(await details.getAttribute('open'), '');
  assert.match(await details.locator('.repeat-summary').textContent(), /^\d+ characters in both; 0 characters only in the repeat \(underlined\); \d+ characters only in the paragraph kept \(dotted underline\)\.$/);
  assert.equal(await details.locator('.removed .visually-hidden').first().textContent(), 'only in the paragraph kept: ');
  assert.deepEqual(page.problems, []);
});
