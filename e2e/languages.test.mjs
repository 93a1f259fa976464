// The interface language is part of the address: every page is prerendered in Chinese and, under
// en/, in English; each names its twin; the early script sends a reader to the language they chose
// or their browser prefers before anything is painted; the switch is a link to the twin.

import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { builds } from './deploys.mjs';
import { newPage, open, prerenderedPaths, started, test, useSite } from './support.mjs';

const site = useSite();

/** The twin of a path within the site (`en/d/plan` ↔ `d/plan`), as the app writes it. */
function twinOf(path) {
  if (path === 'en/') return '';
  if (path.startsWith('en/')) return path.slice('en/'.length);
  return `en/${path}`;
}

/** The file a static host serves for a path within a build. */
const fileOf = (build, path) => join(build, decodeURIComponent(path), 'index.html');

/** The head's links of a prerendered page: canonical, and the alternates by hreflang. */
function headLinks(html) {
  const links = [...html.matchAll(/<link\b([^>]*)>/g)].map(([, attributes]) => ({
    rel: attributes.match(/\brel="([^"]*)"/)?.[1],
    hreflang: attributes.match(/\bhreflang="([^"]*)"/)?.[1],
    href: attributes.match(/\bhref="([^"]*)"/)?.[1],
  }));
  return {
    canonical: links.filter((l) => l.rel === 'canonical').map((l) => l.href),
    alternates: Object.fromEntries(links.filter((l) => l.rel === 'alternate').map((l) => [l.hreflang, l.href])),
  };
}

for (const [name, build, base] of [['root', builds.root, '/'], ['subpath', builds.subpath, '/renda/']]) {
  test(`static: every page of the ${name} build exists in both interface languages, names itself canonical and its twin as alternate`, () => {
    const paths = prerenderedPaths(build);
    const english = paths.filter((path) => path.startsWith('en/'));
    assert.equal(english.length * 2, paths.length, 'as many English pages as Chinese ones');
    for (const path of paths) {
      const html = readFileSync(fileOf(build, path), 'utf8');
      const inEnglish = path.startsWith('en/');
      const [chinese, englishPath] = inEnglish ? [twinOf(path), path] : [path, twinOf(path)];
      assert.ok(existsSync(fileOf(build, twinOf(path))), `/${path}: its twin /${twinOf(path)} was built`);
      assert.match(html, new RegExp(`<html lang="${inEnglish ? 'en' : 'zh-Hans'}">`), `/${path}: the page's language`);
      const address = (p) => `${base}${p}`;
      const { canonical, alternates } = headLinks(html);
      assert.deepEqual(canonical, [address(path)], `/${path}: canonical`);
      assert.deepEqual(alternates, { 'zh-Hans': address(chinese), en: address(englishPath), 'x-default': address(chinese) }, `/${path}: alternates`);
    }
  });
}

test('static: the subpath build, given its origin, lists every page and its twins in sitemap.xml, which robots.txt names', () => {
  const origin = 'https://example.org';
  const sitemap = readFileSync(join(builds.subpath, 'sitemap.xml'), 'utf8');
  const entries = [...sitemap.matchAll(/<url>([\s\S]*?)<\/url>/g)].map(([, entry]) => ({
    loc: entry.match(/<loc>([^<]*)<\/loc>/)[1],
    alternates: Object.fromEntries([...entry.matchAll(/hreflang="([^"]*)" href="([^"]*)"/g)].map(([, lang, href]) => [lang, href])),
  }));
  const pages = prerenderedPaths(builds.subpath).map((path) => `${origin}/renda/${path}`);
  assert.deepEqual(entries.map((e) => e.loc).sort(), pages.sort(), 'one entry per page');
  for (const { loc, alternates } of entries) {
    assert.ok([alternates['zh-Hans'], alternates.en].includes(loc), `${loc} is one of its alternates`);
    assert.equal(alternates['x-default'], alternates['zh-Hans'], loc);
  }
  assert.match(readFileSync(join(builds.subpath, 'robots.txt'), 'utf8'), /^Sitemap: https:\/\/example\.org\/renda\/sitemap\.xml$/m);
  assert.ok(!existsSync(join(builds.root, 'sitemap.xml')), 'a build that was not told its origin writes none');
});

test('static: without JavaScript the 中 / EN switch leads to the twin page, which is in the other interface', async () => {
  const context = await site.browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(new URL('d/plan/parallel', site.server.url).href);
  await page.getByRole('link', { name: 'EN: English interface' }).click();
  await page.waitForURL(/\/en\/d\/plan\/parallel$/);
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
  assert.equal(await page.locator('.skip-link').textContent(), 'Skip to the text');
  // Its translation notice was in English already; the Chinese interface says it in both.
  assert.equal(await page.locator('.translation-notice').textContent(), 'Unofficial translation by Renda Reader. The Chinese text is authoritative.');
  await page.getByRole('link', { name: '中：中文界面' }).click();
  await page.waitForURL((url) => url.pathname === '/d/plan/parallel');
  assert.equal(new URL(page.url()).pathname, '/d/plan/parallel');
  assert.match(await page.locator('.translation-notice').textContent(), /^英文为本阅览室的非官方译文.*Unofficial translation by Renda Reader\./);
  assert.equal(await page.locator('.translation-notice span[lang="en"]').count(), 1);
  await context.close();
});

/**
 * Opens `path` in a browser that prefers `locale`, with `stored` settings, the wasm held back
 * until the page it `arrives` at is served, and reports how many pages were loaded on the way and
 * whether the page served was held back (`data-pending-settings`) before the app started.
 */
async function arrive(path, { locale, stored, arrives }) {
  const page = await newPage(site.browser, { locale });
  if (stored) await page.addInitScript((settings) => localStorage.setItem('renda-reader.settings', JSON.stringify(settings)), stored);
  let release;
  const wasm = new Promise((resolve) => { release = resolve; });
  await page.route('**/*.wasm', async (route) => { await wasm; await route.continue().catch(() => {}); });
  let loads = 0;
  page.on('framenavigated', (frame) => { if (frame === page.mainFrame()) loads += 1; });
  await page.goto(new URL(path, site.server.url).href, { waitUntil: 'commit' });
  await page.waitForURL(new URL(arrives, site.server.url).href);
  const pagesLoaded = loads;
  const held = await page.locator('html[data-pending-settings]').count() === 1;
  release();
  await started(page);
  return { page, held, loads: pagesLoaded };
}

test('page: the early script sends a reader to the twin in the language stored, or with none stored, the browser\'s; query and #pN kept; no page held for the language', async () => {
  const cases = [
    { why: 'English browser, nothing stored', path: 'd/closing-speech?hl=%E4%BA%BA%E5%A4%A7#p3', locale: 'en-US', arrives: 'en/d/closing-speech?hl=%E4%BA%BA%E5%A4%A7#p3' },
    { why: 'English browser, nothing stored, the overview', path: '', locale: 'en-GB', arrives: 'en/' },
    { why: 'stored 中 on an English browser', path: 'en/search?q=court', locale: 'en-US', stored: { language: 'zh' }, arrives: 'search?q=court' },
    { why: 'stored EN on a Chinese browser', path: 'terms/%E4%B8%89%E9%AB%98%E5%9B%9B%E6%96%B0', locale: 'zh-CN', stored: { language: 'en', theme: 'dark' }, arrives: 'en/terms/%E4%B8%89%E9%AB%98%E5%9B%9B%E6%96%B0' },
    { why: 'on the language chosen', path: 'en/d/plan/en#p2', locale: 'zh-CN', stored: { language: 'en' }, arrives: 'en/d/plan/en#p2' },
    { why: 'on the language the browser prefers', path: 'd/plan#p2', locale: 'zh-CN', arrives: 'd/plan#p2' },
    { why: 'a browser that prefers neither reads the texts\' language', path: 'en/about', locale: 'fr-FR', arrives: 'about' },
  ];
  for (const { why, path, locale, stored, arrives } of cases) {
    const { page, held, loads } = await arrive(path, { locale, stored, arrives });
    assert.equal(loads, path === arrives ? 1 : 2, `${why}: pages loaded`);
    assert.equal(held, false, `${why}: not held back`);
    assert.equal(await page.evaluate(() => document.documentElement.lang), arrives.startsWith('en/') ? 'en' : 'zh-Hans', why);
    if (stored?.theme) assert.equal(await page.evaluate(() => document.documentElement.dataset.theme), stored.theme, `${why}: the stored theme`);
    assert.deepEqual(page.problems, [], why);
    await page.context().close();
  }
});

test('app: the switch keeps the place and stores the choice, so the next visit to either language opens the chosen one', async () => {
  const page = await newPage(site.browser, { locale: 'zh-CN' });
  await open(page, site.server.url, 'd/closing-speech/en#p3');
  // j moves on without the router: the link takes the reader's place as it is when followed.
  await page.keyboard.press('j');
  await page.waitForFunction(() => location.hash !== '#p3');
  const place = await page.evaluate(() => location.hash);
  await page.getByRole('link', { name: 'EN: English interface' }).click();
  await page.waitForURL((url) => url.pathname === '/en/d/closing-speech/en' && url.hash === place);
  await started(page);
  await page.locator(`${place}.is-target`).waitFor();
  assert.equal(await page.evaluate(() => JSON.parse(localStorage.getItem('renda-reader.settings')).language), 'en');
  await open(page, site.server.url, 'people');
  assert.match(new URL(page.url()).pathname, /^\/en\/people$/, 'a Chinese address opens in English from now on');
  // The settings offer the same choice, as a link.
  await page.getByRole('button', { name: 'Settings' }).click();
  assert.equal(await page.locator('#settings [aria-current="page"]').textContent(), 'English');
  await page.locator('#settings').getByRole('link', { name: '中文' }).click();
  await page.waitForURL((url) => url.pathname === '/people');
  await started(page);
  assert.equal(new URL(page.url()).pathname, '/people');
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'zh-Hans');
  assert.deepEqual(page.problems, []);
});

test('page: the switch followed before the app has started stores the choice too, so the twin keeps the reader', async () => {
  const page = await newPage(site.browser, { locale: 'zh-CN' });
  let release;
  const wasm = new Promise((resolve) => { release = resolve; });
  await page.route('**/*.wasm', async (route) => { await wasm; await route.continue().catch(() => {}); });
  await page.goto(new URL('d/plan', site.server.url).href);
  await page.getByRole('link', { name: 'EN: English interface' }).click();
  await page.waitForURL((url) => url.pathname === '/en/d/plan');
  await page.locator('html[lang="en"]').waitFor({ state: 'attached' });
  assert.equal(await page.evaluate(() => JSON.parse(localStorage.getItem('renda-reader.settings')).language), 'en');
  await page.reload({ waitUntil: 'commit' });
  await page.waitForURL((url) => url.pathname === '/en/d/plan', { waitUntil: 'load' });
  release();
  await started(page);
  assert.equal(new URL(page.url()).pathname, '/en/d/plan', 'not sent back to the browser\'s language');
  // A link opened in a new tab is not a choice.
  await page.getByRole('link', { name: '中：中文界面' }).click({ modifiers: ['Control'] });
  assert.equal(await page.evaluate(() => JSON.parse(localStorage.getItem('renda-reader.settings')).language), 'en');
  await page.context().close();
});
