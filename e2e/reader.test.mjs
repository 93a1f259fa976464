// The reading room, as a reader uses it: navigation by clicks, links and keys; paragraph
// permalinks; settings that survive a reload; accessibility on every route, light and dark.

import assert from 'node:assert/strict';
import AxeBuilder from '@axe-core/playwright';
import { focusOn, newPage, open, session, started, stayInDocument, useSite, test } from './support.mjs';

const site = useSite();

const titleOf = (document) => document.title.map((line) => line.text).join('');
const routes = [
  '', 'about', 'no/such/page', 'terms', `terms/${encodeURIComponent('三高四新')}`, 'people', 'compare',
  'search', `search?q=${encodeURIComponent('人大')}`, `d/closing-speech?hl=${encodeURIComponent('人大')}`,
  ...session.documents.map((d) => `d/${d.slug}`),
  'd/closing-speech/en', 'd/closing-speech/parallel', 'd/government-work-report/parallel', 'd/by-election-notice/en',
];

test('app: every document is reached from the overview by clicking, and focus lands on its heading', async () => {
  const page = await newPage(site.browser);
  await open(page, site.server.url);
  for (const document of session.documents) {
    await page.locator('main').getByRole('link', { name: titleOf(document), exact: true }).click();
    await page.waitForURL(`**/d/${document.slug}`);
    const heading = page.getByRole('heading', { level: 1 });
    assert.equal((await heading.textContent()).trim(), titleOf(document));
    // The app moves focus once the new page is drawn, which may come after the address changes.
    await page.waitForFunction(() => document.activeElement?.id === 'page-title');
    assert.match(await page.title(), new RegExp(document.short_title));
    await page.getByRole('link', { name: '人大文献阅览室' }).click();
    await page.getByRole('heading', { level: 1, name: session.title }).waitFor();
  }
  assert.deepEqual(page.problems, []);
});

test('static: each route has its own title and meta description', async () => {
  const context = await site.browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  const seen = new Set();
  for (const route of routes.filter((r) => !/no\/such|\?/.test(r))) {
    await page.goto(new URL(route, site.server.url).href);
    const title = await page.title();
    const description = await page.locator('meta[name="description"]').getAttribute('content');
    assert.ok(description && description.length > 10, `${route} has a description`);
    assert.ok(!seen.has(title), `${route} has a title of its own: ${title}`);
    seen.add(title);
  }
  await context.close();
});

test('app: moving through the contents inside the app gives each page its own title and description', async () => {
  const page = await newPage(site.browser);
  await open(page, site.server.url);
  const stayed = await stayInDocument(page);
  const contents = page.getByRole('navigation', { name: '目录' });
  const seen = new Set([await page.title()]);
  for (const name of [...session.documents.map((d) => d.short_title), '检索', '提法', '人物', '关于文本']) {
    const before = await page.title();
    await contents.getByRole('link', { name, exact: true }).click();
    await page.waitForFunction((old) => document.title !== old, before);
    const title = await page.title();
    assert.ok(!seen.has(title), `${name} has a title of its own: ${title}`);
    seen.add(title);
    const descriptions = await page.locator('meta[name="description"]').evaluateAll((all) => all.map((m) => m.content));
    assert.equal(descriptions.length, 1, `${name}: one description`);
    assert.ok(descriptions[0].length > 10, `${name} has a description`);
    await stayed(name);
  }
});

test('app: a link to a paragraph scrolls to it and highlights it; a repeated one resolves to its fullest version', async () => {
  const page = await newPage(site.browser, { viewport: { width: 1280, height: 700 } });
  await open(page, site.server.url, 'd/closing-speech#p11');
  const target = page.locator('#p11');
  await page.waitForFunction(() => document.querySelector('#p11')?.classList.contains('is-target'));
  assert.ok(await target.isVisible());
  const box = await target.boundingBox();
  assert.ok(box.y >= 0 && box.y < 700, `paragraph 11 is in view (y = ${box.y})`);

  await open(page, site.server.url, 'd/closing-speech#p12');
  await page.waitForFunction(() => document.querySelector('#p15')?.classList.contains('is-target'));
  assert.equal(await page.locator('#p12').count(), 0);
  assert.deepEqual(page.problems, []);
});

test('app: a paragraph\'s number in the margin is shown and links to the paragraph', async () => {
  const page = await newPage(site.browser);
  await open(page, site.server.url, 'd/plan');
  const anchor = page.getByRole('link', { name: '第 1 段的链接' });
  await anchor.focus();
  assert.equal(await anchor.evaluate((a) => getComputedStyle(a).opacity), '1');
  await anchor.press('Enter');
  await page.waitForURL('**/d/plan#p1');
  await page.waitForFunction(() => document.querySelector('#p1')?.classList.contains('is-target'));
});

test('app: arrow keys change document, j and k move by paragraph, ? lists the shortcuts', async () => {
  const page = await newPage(site.browser);
  await open(page, site.server.url, 'd/closing-speech');
  await page.keyboard.press('ArrowRight');
  await page.waitForURL('**/d/government-work-report');
  await page.keyboard.press('ArrowLeft');
  await page.waitForURL('**/d/closing-speech');
  await page.getByRole('heading', { level: 1, name: '在市十六届人大三次会议闭幕会上的讲话' }).waitFor();

  await page.keyboard.press('j');
  await page.waitForFunction(() => document.querySelector('.is-target')?.id === 'p1');
  await page.keyboard.press('j');
  await page.waitForFunction(() => document.querySelector('.is-target')?.id === 'p2');
  // The address keeps the document's path (a bare #p2 would resolve against <base href>).
  assert.equal(new URL(page.url()).pathname + new URL(page.url()).hash, '/d/closing-speech#p2');
  await page.keyboard.press('k');
  await page.waitForFunction(() => document.querySelector('.is-target')?.id === 'p1');
  await page.reload();
  await started(page);
  await page.waitForFunction(() => document.querySelector('.is-target')?.id === 'p1');
  assert.match(await page.locator('h1').textContent(), /闭幕会上的讲话/);

  await page.keyboard.press('?');
  const dialog = page.getByRole('dialog', { name: '键盘快捷键' });
  await dialog.waitFor();
  assert.match(await dialog.textContent(), /上一篇 \/ 下一篇文件/);
  await page.keyboard.press('Escape');
  await dialog.waitFor({ state: 'hidden' });
  assert.deepEqual(page.problems, []);
});

test('app: shortcuts do not fire while typing in a field', async () => {
  const page = await newPage(site.browser);
  await open(page, site.server.url, 'd/closing-speech');
  await page.getByRole('button', { name: '设置' }).click();
  const radio = page.getByRole('radio', { name: '浅色' });
  await radio.focus();
  await page.keyboard.press('j');
  await page.keyboard.press('?');
  assert.equal(await page.locator('.is-target').count(), 0);
  assert.equal(await page.getByRole('dialog').count(), 0);
  assert.match(page.url(), /\/d\/closing-speech$/);

  const box = page.getByRole('searchbox');
  await box.focus();
  await page.keyboard.type('j?/k');
  assert.equal(await box.inputValue(), 'j?/k');
  assert.equal(await page.getByRole('dialog').count(), 0);
  assert.equal(await page.locator('.is-target').count(), 0);
});

test('app: a reader who pauses while typing in the search box keeps typing there once the search page opens', async () => {
  const page = await newPage(site.browser);
  await open(page, site.server.url, 'd/closing-speech');
  const box = page.getByRole('searchbox');
  await box.focus();
  await page.keyboard.type('j');
  await page.getByRole('heading', { level: 1, name: '检索' }).waitFor();
  // Some frames for focus to move, were it to move.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('type')), 'search', 'the caret is still in the box');
  await page.keyboard.type('/k');
  assert.equal(await box.inputValue(), 'j/k');
  await page.waitForURL(/\/search\?q=j(%2F|\/)k$/);
  assert.deepEqual(page.problems, []);
});

test('app: theme, text size and language survive a reload', async () => {
  const page = await newPage(site.browser);
  await open(page, site.server.url, 'd/budget');
  await page.getByRole('button', { name: '设置' }).click();
  await page.getByRole('radio', { name: '深色' }).check();
  await page.getByRole('radio', { name: '大', exact: true }).check();
  // The interface language is a link to this page's twin, which the choice keeps the reader on.
  await page.locator('#settings').getByRole('link', { name: 'English' }).click();
  await page.waitForURL(/\/en\/d\/budget$/);
  await started(page);
  const readRoot = () => page.evaluate(() => [document.documentElement.dataset.theme, document.documentElement.dataset.fontSize, document.documentElement.lang]);
  assert.deepEqual(await readRoot(), ['dark', 'large', 'en']);
  const darkBackground = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
  await page.reload();
  await started(page);
  assert.match(page.url(), /\/en\/d\/budget$/);
  assert.deepEqual(await readRoot(), ['dark', 'large', 'en']);
  assert.equal(await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor), darkBackground);
  assert.equal(await page.evaluate(() => getComputedStyle(document.documentElement).fontSize), '21px');
  await page.getByRole('button', { name: 'Show the source text' }).waitFor();
  assert.equal(await page.locator('#p1').getAttribute('lang'), 'zh-Hans');
});

test('app: the settings close with Escape and when the reader goes to another page', async () => {
  const page = await newPage(site.browser, { viewport: { width: 390, height: 800 } });
  await open(page, site.server.url, 'd/budget');
  const toggle = page.getByRole('button', { name: '设置' });
  const panel = page.locator('#settings');
  await toggle.click();
  await panel.waitFor();
  await page.getByRole('radio', { name: '深色' }).focus();
  await page.keyboard.press('Escape');
  await panel.waitFor({ state: 'detached' });
  assert.equal(await toggle.getAttribute('aria-expanded'), 'false');
  await focusOn(page, 'aria-controls', 'settings', 'focus returns to the button');
  await toggle.click();
  await panel.waitFor();
  // Reading on with the settings open: they scroll away instead of covering the text.
  await page.mouse.wheel(0, 900);
  await page.waitForFunction(() => document.querySelector('#settings').getBoundingClientRect().bottom <= 0);
  await page.keyboard.press('ArrowRight');
  await page.waitForURL(/\/d\/(?!budget)/);
  await panel.waitFor({ state: 'detached' });
  assert.deepEqual(page.problems, []);
});

test('app: the interface language switches from the banner in one press, to the same place, and English counts read as English', async () => {
  const page = await newPage(site.browser);
  await open(page, site.server.url, 'search?q=%E6%B9%98%E5%95%86%E5%9B%9E%E5%BD%92');
  await page.getByRole('link', { name: 'English interface' }).click();
  await page.waitForURL(/\/en\/search\?q=%E6%B9%98%E5%95%86%E5%9B%9E%E5%BD%92$/);
  await started(page);
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
  await page.getByText('1 match in 1 document', { exact: true }).waitFor();
  await page.getByRole('searchbox').fill('人大');
  await page.getByText(/^\d+ matches in \d+ documents$/).waitFor();
  await page.locator('.brand').click();
  await page.waitForURL(/\/en\/$/);
  assert.match(await page.locator('.session-meta').textContent(), /closing meeting 27 December 2023/);
  await open(page, site.server.url, 'en/people');
  assert.match(await page.locator('.person summary').first().textContent(), /^\d+ mentions?(, \d+ of them in repeated passages and news-report lines)?$/);
  assert.match(await page.locator('.person').first().textContent(), /Evidence: /);
  await open(page, site.server.url, 'en/d/government-work-report#p3');
  await page.locator('#p3.is-target').waitFor();
  await page.getByRole('link', { name: '中文界面' }).click();
  await page.waitForURL((url) => url.pathname === '/d/government-work-report' && url.hash === '#p3');
  await started(page);
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'zh-Hans');
  await page.getByRole('link', { name: 'English interface' }).waitFor();
  assert.deepEqual(page.problems, []);
});

test('app: a keyboard reader skips past a document\'s text to the previous and next document in one step', async () => {
  const page = await newPage(site.browser);
  await open(page, site.server.url, 'd/closing-speech');
  const skip = page.getByRole('link', { name: '跳过正文，到上下篇导航' });
  await skip.focus();
  assert.ok(await skip.isVisible(), 'shown while focused');
  await page.keyboard.press('Enter');
  await focusOn(page, 'id', 'pager');
  await page.keyboard.press('Tab');
  await focusOn(page, 'class', 'pager-next');
  assert.match(page.url(), /\/d\/closing-speech$/, 'the address did not change');
  assert.deepEqual(page.problems, []);
});

test('app: on a narrow screen the contents are a drawer that closes when a document is chosen', async () => {
  const page = await newPage(site.browser, { viewport: { width: 390, height: 800 } });
  await open(page, site.server.url);
  const contents = page.getByRole('navigation', { name: '目录' });
  assert.equal(await contents.isVisible(), false);
  const toggle = page.getByRole('button', { name: '目录' });
  await toggle.click();
  assert.equal(await toggle.getAttribute('aria-expanded'), 'true');
  await contents.getByRole('link', { name: '关于预算的决议' }).click();
  await page.waitForURL('**/d/budget');
  await contents.waitFor({ state: 'hidden' });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.equal(overflow, 0, 'nothing wider than the screen');
});

test('static: the page fits a 320 px screen', async () => {
  const page = await newPage(site.browser, { viewport: { width: 320, height: 640 }, javaScriptEnabled: false });
  for (const route of ['', 'd/closing-speech', 'about']) {
    await page.goto(new URL(route, site.server.url).href);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.equal(overflow, 0, `${route || 'overview'} fits`);
  }
});

test('app: a host that adds a trailing slash or serves the folder\'s index.html still opens the document', async () => {
  const page = await newPage(site.browser);
  await open(page, site.server.url, 'd/plan/');
  assert.match(await page.getByRole('heading', { level: 1 }).textContent(), /关于衡阳市2023年国民经济和社会发展计划执行情况与2024年计划的决议/);
  await open(page, site.server.url, 'd/plan/index.html#p1');
  assert.match(await page.getByRole('heading', { level: 1 }).textContent(), /关于衡阳市2023年国民经济和社会发展计划执行情况与2024年计划的决议/);
  assert.equal(new URL(page.url()).pathname, '/d/plan/', 'the address names the folder');
  await page.waitForFunction(() => document.querySelector('#p1')?.classList.contains('is-target'));
  assert.equal(new URL(page.url()).hash, '#p1');
});

for (const colorScheme of ['light', 'dark']) {
  test(`app: axe finds no violations on any route (${colorScheme})`, async () => {
    const page = await newPage(site.browser, { colorScheme });
    const violationsOn = async (what) => {
      const { violations } = await new AxeBuilder({ page }).analyze();
      assert.deepEqual(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`), [], what);
    };
    // First what only the app shows, never a served page: the settings and a gloss. (So that
    // the control run, where the served pages alone pass, fails here at once.)
    await open(page, site.server.url, 'd/closing-speech');
    await page.getByRole('button', { name: '设置' }).click();
    // The settings themselves, not the status shown while their part is on its way.
    await page.locator('#settings input[type="radio"]').first().waitFor();
    await page.locator('.doc-body .term-button').first().click();
    await page.getByRole('dialog').first().waitFor();
    await violationsOn('settings and a gloss open');
    for (const route of routes) {
      await open(page, site.server.url, route);
      await violationsOn(`/${route}`);
    }
    // The browser reports the host's 404 for the unknown path; nothing else may fail.
    assert.deepEqual(page.problems.filter((p) => !p.endsWith(new URL('no/such/page', site.server.url).href)), []);
  });
}

// The rendered lines of the speech's paragraphs, from the characters' own boxes: the text of
// formulation marks and gap markers included, the margin number and tools left out. For each
// paragraph its id, type size and width, and its lines, each a list of { char, left, right }.
function paragraphLines() {
  return [...document.querySelectorAll('.doc-body p.para')].map((paragraph) => {
    // (No filter callback: with JavaScript off, the page cannot call one.)
    const walker = document.createTreeWalker(paragraph, NodeFilter.SHOW_TEXT);
    const lines = [];
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (node.parentElement.closest('.para-number, .para-tools, .term-popover')) continue;
      for (let i = 0; i < node.data.length; i++) {
        const range = document.createRange();
        range.setStart(node, i);
        range.setEnd(node, i + 1);
        const box = range.getClientRects()[0];
        if (!box || !node.data[i].trim()) continue;
        const line = lines.at(-1);
        const char = { char: node.data[i], left: box.left, right: box.right, top: box.top };
        if (line && Math.abs(line[0].top - box.top) <= 4) line.push(char);
        else lines.push([char]);
      }
    }
    return { id: paragraph.id, size: parseFloat(getComputedStyle(paragraph).fontSize), width: paragraph.getBoundingClientRect().width, lines };
  });
}

// The two typography checks read the page as served (the app hydrates the same nodes, which the
// hydration test checks), and JavaScript off lets them measure it before any script runs.
async function servedPage(width) {
  const page = await newPage(site.browser, { viewport: { width, height: 900 }, hasTouch: width < 500, isMobile: width < 500, javaScriptEnabled: false });
  await page.goto(new URL('d/closing-speech', site.server.url).href);
  return page;
}

test('static: Chinese line breaking holds around the formulation marks: no line starts with closing punctuation or ends with an opening quote', async () => {
  const CLOSING = '”’」』）》〉，。、；：！？';
  const OPENING = '“‘「『（《〈';
  for (const width of [390, 1280]) {
    const page = await servedPage(width);
    assert.ok(await page.locator('.doc-body .term-button').count() > 10, 'the marks are on');
    const lines = (await page.evaluate(paragraphLines)).flatMap((p) => p.lines.map((line) => ({ id: p.id, first: line[0].char, last: line.at(-1).char })));
    assert.ok(lines.length > 40, `${lines.length} lines measured at ${width} px`);
    const wrong = lines.filter((l) => CLOSING.includes(l.first) || OPENING.includes(l.last));
    assert.deepEqual(wrong, [], `lines at ${width} px`);
    await page.context().close();
  }
});

test('static: the paragraph tools never stretch the text: a paragraph\'s last line is set at its natural width', async () => {
  for (const width of [390, 1280]) {
    const page = await servedPage(width);
    // The text's last line is the paragraph's last: set at its natural width, not justified.
    // (Chromium stretches a justified Chinese line by widening each character's advance.) A
    // last line that is full anyway says nothing.
    const stretched = (await page.evaluate(paragraphLines)).flatMap(({ id, size, width: column, lines }) => {
      const last = lines.at(-1);
      const advance = (last.at(-1).right - last[0].left) / last.length;
      const full = last.length * size >= column - size * 2.5;
      return !full && advance > size * 1.03 ? [`${id}: its last line at ${advance.toFixed(1)} px a character (${size} px type)`] : [];
    });
    assert.deepEqual(stretched, [], `at ${width} px`);
    await page.context().close();
  }
});
