// What readers do that a first round of tests left out: Chinese typed through an input method,
// addresses a hand or a mangled link breaks, back and forward across reading modes, and the
// subpath build's aids, mode links, citations and exports.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { builds } from './deploys.mjs';
import { startServer } from './static-server.mjs';
import { choose, launchBrowser, newPage, open, pageIn, started, test, useSite } from './support.mjs';

const site = useSite();

test('app: Chinese typed through an input method searches the committed text, never the half-typed pinyin', async () => {
  const page = await newPage(site.browser);
  // The app's timers run only when the test says so: the search's pause after typing is passed
  // on purpose while the pinyin is still being composed.
  await page.clock.install();
  await open(page, site.server.url, 'd/closing-speech');
  const box = page.getByRole('searchbox');
  await box.focus();
  const ime = await page.context().newCDPSession(page);
  for (const composing of ['f', 'fa', 'fa y', 'fa yuan']) {
    await ime.send('Input.imeSetComposition', { text: composing, selectionStart: composing.length, selectionEnd: composing.length });
    await page.clock.runFor(1000);
    assert.match(new URL(page.url()).pathname, /\/d\/closing-speech$/, `composing «${composing}»: no search yet`);
    assert.equal(await box.inputValue(), composing, 'the composition is left alone');
  }
  await ime.send('Input.insertText', { text: '法院' });
  await page.clock.runFor(1000);
  await page.waitForURL(/\/search\?q=%E6%B3%95%E9%99%A2$/);
  await page.locator('.search-summary').waitFor();
  assert.equal(await box.inputValue(), '法院');
  assert.deepEqual(page.problems, []);
});

// Addresses no link of the app writes: a broken escape, a cut multi-byte character. (A query ten
// thousand characters long is pasted into the box below: as an address loaded from the host it
// is 90 kB, which hosts refuse, 414 or 431, before any page of the app could answer.)
const MALFORMED = ['terms/%ZZ', 'd/%ZZ', 'search?q=%E6', 'd/closing-speech?hl=%E6%B3'];
const LONG_QUERY = '人大'.repeat(5000);

/** Opens each malformed address and checks that a page of the app answers it, with no problem. */
async function openMalformed(page, base) {
  for (const path of MALFORMED) {
    page.problems.length = 0;
    await open(page, base, path);
    assert.equal(await page.locator('main h1').count(), 1, `/${path.slice(0, 40)}: one page`);
    assert.equal(await page.locator('html[data-app="started"]').count(), 1, `/${path.slice(0, 40)}: the app runs`);
    // The host answers an unknown path with its 404 page; the browser reports that status.
    const own404 = (problem) => problem.startsWith('Failed to load resource') && problem.endsWith(new URL(path, base).href);
    assert.deepEqual(page.problems.filter((p) => !own404(p)), [], `/${path.slice(0, 40)}`);
    // The app still navigates from there.
    await page.locator('.brand').click();
    await page.locator('main.overview').waitFor();
  }
  page.problems.length = 0;
  await page.getByRole('searchbox').fill(LONG_QUERY);
  await page.getByRole('searchbox').press('Enter');
  await page.waitForURL((url) => url.searchParams.get('q') === LONG_QUERY);
  await page.locator('.search-none').waitFor();
  assert.deepEqual(page.problems, [], 'a ten-thousand-character query');
}

test('app: malformed addresses get a page of the app, online and offline, with no console problem', async () => {
  const browser = await launchBrowser();
  const server = await startServer({ root: builds.root });
  try {
    const context = await browser.newContext();
    const page = await pageIn(context);
    await openMalformed(page, server.url);
    assert.match(await page.goto(new URL('terms/%ZZ', server.url).href).then((r) => String(r.status())), /^404$/, 'the host answers %ZZ as an unknown path');
    await started(page);
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    await server.close();
    await openMalformed(page, server.url);
  } finally {
    await browser.close();
    await server.close();
  }
});

test('app: back and forward across reading-mode switches return to each mode at the paragraph', async () => {
  const page = await newPage(site.browser);
  await open(page, site.server.url, 'd/closing-speech#p6');
  await page.locator('#p6.is-target').waitFor();
  const modes = page.getByRole('navigation', { name: '阅读模式' });
  const at = async (suffix, languages) => {
    await page.waitForURL((url) => url.pathname.endsWith(`/d/closing-speech${suffix}`) && url.hash === '#p6');
    await page.locator('#p6.is-target').waitFor();
    assert.deepEqual(await page.locator('#p6 p.para, p#p6').evaluateAll((all) => all.map((p) => p.lang)), languages, suffix || '中文');
  };
  await modes.getByRole('link', { name: '英文', exact: true }).click();
  await at('/en', ['en']);
  await modes.getByRole('link', { name: '对照', exact: true }).click();
  await at('/parallel', ['zh-Hans', 'en']);
  await page.goBack();
  await at('/en', ['en']);
  await page.goBack();
  await at('', ['zh-Hans']);
  await page.goForward();
  await at('/en', ['en']);
  await page.goForward();
  await at('/parallel', ['zh-Hans', 'en']);
  assert.deepEqual(page.problems, []);
});

test('app: under a subpath the reading aids load, mode links and citations name the subpath, and exports download', async () => {
  const browser = await launchBrowser();
  const server = await startServer({ root: builds.subpath, base: '/renda/' });
  try {
    const page = await newPage(browser, { permissions: ['clipboard-read', 'clipboard-write'] });
    await open(page, server.url, 'd/closing-speech');
    const hrefs = await page.getByRole('navigation', { name: '阅读模式' }).getByRole('link').evaluateAll((all) => all.map((a) => a.getAttribute('href')));
    assert.deepEqual(hrefs, ['/renda/d/closing-speech', '/renda/d/closing-speech/en', '/renda/d/closing-speech/parallel']);
    await page.getByRole('navigation', { name: '阅读模式' }).getByRole('link', { name: '英文', exact: true }).click();
    await page.waitForURL(`${server.url}d/closing-speech/en`);

    await choose(page, '拼音', '显示');
    await choose(page, '字形', '繁體');
    await page.keyboard.press('Escape');
    await page.getByRole('navigation', { name: '阅读模式' }).getByRole('link', { name: '中文', exact: true }).click();
    await page.locator('#p1 ruby').first().waitFor();
    await page.locator('#p1[lang="zh-Hant"]').waitFor();

    await page.locator('#p3 .cite-button').click();
    // The panel is a part of the wasm in this build, drawn when it arrives.
    await page.locator('#p3').locator('xpath=..').locator('.citation-text').first().waitFor();
    const citations = await page.locator('#p3').locator('xpath=..').locator('.citation-text').allTextContents();
    assert.ok(citations.some((c) => c.includes(`${server.url}d/closing-speech#p3`)), citations.join('\n'));

    const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '下载纯文本' }).click()]);
    assert.equal(file.suggestedFilename(), 'closing-speech.txt');
    assert.match(readFileSync(await file.path(), 'utf8'), /在市十六届人大三次会议闭幕会上的讲话/);
    assert.deepEqual(page.problems, []);
  } finally {
    await browser.close();
    await server.close();
  }
});
