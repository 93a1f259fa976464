// The release build on real kinds of static host — GitHub Pages (folders redirect to their
// trailing slash), Cloudflare Pages (/x/index.html and /x redirect to /x/), and a project site
// under a subpath — online, then offline after one visit. Offline means the server is stopped:
// Playwright's setOffline does not cut a service worker's own fetches in Chromium
// (playwright#2311).

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { builds } from './deploys.mjs';
import { startServer } from './static-server.mjs';
import { launchBrowser, newPage, open, recordRequests, session, started, within, test } from './support.mjs';

// `offline`: whether the offline flow runs there too. At the root it runs once, on the host whose
// redirects are more (Cloudflare's also turns /x/index.html into /x/): the two root flows
// differed only in the redirect.
const HOSTS = [
  { name: 'a GitHub-Pages-like host', host: 'github', base: '/', build: builds.root, offline: false },
  { name: 'a Cloudflare-like host', host: 'cloudflare', base: '/', build: builds.root, offline: true },
  { name: 'a subpath on a GitHub-Pages-like host', host: 'github', base: '/renda/', build: builds.subpath, offline: true },
];

/** The path of a page's address relative to the site's base, with its query and hash. */
function inSite(page, base) {
  const url = new URL(page.url());
  assert.ok(url.pathname.startsWith(base), `${url.pathname} stays under ${base}`);
  return `${url.pathname.slice(base.length)}${url.search}${url.hash}`;
}

/** Waits until the paragraph the address points at is the highlighted target, and returns its id. */
async function targetParagraph(page) {
  await page.waitForFunction(() => document.querySelector('.is-target'));
  const id = await page.locator('.is-target').getAttribute('id');
  assert.equal(`#${id}`, new URL(page.url()).hash, 'the target is the paragraph the address names');
  assert.ok(await page.locator(`#${id}`).isVisible());
  return id;
}

for (const { name, host, base, build, offline } of HOSTS) {
  test(`app: on ${name}, links, reloads and result lines stay in the site`, async () => {
    const browser = await launchBrowser();
    const server = await startServer({ root: build, base, host });
    try {
      const page = await newPage(browser);
      await open(page, server.url);
      const speech = session.documents[0];
      await page.locator('main').getByRole('link', { name: speech.title.map((l) => l.text).join(''), exact: true }).click();
      await page.waitForURL(`**${base}d/${speech.slug}`);
      await page.reload();
      await started(page);
      assert.match(inSite(page, base), new RegExp(`^d/${speech.slug}/?$`));
      assert.equal(await page.locator('main h1').count(), 1);
      // j puts the paragraph in the address without losing the document's path under the base.
      await page.keyboard.press('j');
      await page.waitForFunction(() => document.querySelector('.is-target')?.id === 'p1');
      assert.match(inSite(page, base), new RegExp(`^d/${speech.slug}/?#p1$`));

      // A search result line, a concordance line and a person's mention each open their paragraph.
      await page.getByRole('searchbox').fill('湘商回归');
      await page.getByText('1 篇文件中共 1 处').waitFor();
      await page.locator('.results a').first().click();
      await page.waitForURL(/\?hl=/);
      assert.match(inSite(page, base), /^d\/[a-z-]+\?hl=.+#p\d+$/);
      assert.match(await page.locator(`#${await targetParagraph(page)}`).textContent(), /湘商回归/);

      await open(page, server.url, `terms/${encodeURIComponent('三高四新')}`);
      await page.locator('.results a').first().click();
      await page.waitForURL(/\?hl=/);
      assert.match(inSite(page, base), /^d\/[a-z-]+\?hl=.+#p\d+$/);
      assert.match(await page.locator(`#${await targetParagraph(page)}`).textContent(), /三高四新/);

      await open(page, server.url, 'people');
      const mayor = page.locator('.person', { has: page.getByRole('heading', { name: '朱健' }) });
      await mayor.locator('summary').click();
      await mayor.locator('.results a').first().click();
      await page.waitForURL(/\?hl=/);
      assert.match(inSite(page, base), /^d\/[a-z-]+\?hl=.+#p\d+$/);
      assert.match(await page.locator(`#${await targetParagraph(page)}`).textContent(), /朱健/);

      const response = await open(page, server.url, 'no/such/page');
      assert.equal(response.status(), 404);
      await page.getByRole('heading', { name: '找不到这个页面' }).waitFor();
      // The browser reports the host's 404 for the page itself; nothing else may fail.
      assert.deepEqual(page.problems.filter((p) => !p.endsWith(new URL('no/such/page', server.url).href)), []);

      // A first visit straight to a document: the host's own redirect, no worker in between.
      const fresh = await newPage(browser, { serviceWorkers: 'block' });
      await open(fresh, server.url, `d/${speech.slug}`);
      assert.equal(inSite(fresh, base), `d/${speech.slug}/`, 'the host redirected the folder to its slash');
      assert.equal((await fresh.locator('main h1').textContent()).trim(), speech.title.map((l) => l.text).join(''));
      assert.deepEqual(fresh.problems, []);

      const manifest = await (await fetch(new URL('manifest.webmanifest', server.url))).json();
      assert.equal(new URL(manifest.start_url, new URL('manifest.webmanifest', server.url)).pathname, base);
      assert.equal(await within(10000, 'the service worker is ready', page.evaluate(async () => (await navigator.serviceWorker.ready).scope)), server.url);
    } finally {
      await browser.close();
      await server.close();
    }
  });

  if (offline) test(`app: on ${name}, after one visit the app works offline`, async () => {
    const browser = await launchBrowser();
    const server = await startServer({ root: build, base, host });
    try {
      const page = await newPage(browser);
      await open(page, server.url);
      await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
      await server.close();
      const requests = recordRequests(page);

      await page.reload();
      await started(page);
      await page.getByRole('heading', { level: 1, name: session.title }).waitFor();

      // A deep link to a paragraph of a document never opened.
      await open(page, server.url, 'd/intermediate-court-report#p2');
      await page.getByRole('heading', { level: 1, name: /关于衡阳市中级人民法院工作报告的决议/ }).waitFor();
      assert.equal(await targetParagraph(page), 'p2');

      // A formulation's concordance, a search with its results, and the not-found page.
      await open(page, server.url, `terms/${encodeURIComponent('三高四新')}`);
      await page.getByRole('heading', { level: 1, name: '三高四新' }).waitFor();
      assert.equal(await page.locator('.results li').count(), 10);
      await open(page, server.url, `search?q=${encodeURIComponent('湘商回归')}`);
      await page.getByText('1 篇文件中共 1 处').waitFor();
      assert.equal(await page.locator('.results mark').textContent(), '湘商回归');
      await open(page, server.url, 'no/such/page');
      await page.getByRole('heading', { name: '找不到这个页面' }).waitFor();
      // Study pages the page never opened online, each drawn from its part of the wasm, which the
      // worker kept.
      await open(page, server.url, 'compare');
      await page.getByRole('heading', { level: 1, name: '固定句式与差异' }).waitFor();
      await open(page, server.url, 'people');
      await page.getByRole('heading', { level: 1, name: '人物' }).waitFor();

      // Navigation inside the app, settings, a citation, the source view, an export generated in
      // the browser.
      await open(page, server.url, 'd/plan');
      await page.getByRole('navigation', { name: '目录' }).getByRole('link', { name: '关于预算的决议' }).click();
      await page.waitForURL(/\/d\/budget$/);
      await page.getByRole('button', { name: '设置' }).click();
      await page.getByRole('radio', { name: '深色' }).check();
      await page.reload();
      await started(page);
      assert.equal(await page.evaluate(() => document.documentElement.dataset.theme), 'dark');
      // The pieces opened on demand, whose parts the page never fetched online either.
      await page.getByRole('button', { name: '引用本文', exact: true }).click();
      await page.locator('.cite-panel').getByRole('button', { name: '复制 Chicago' }).waitFor();
      await page.getByRole('button', { name: '显示原始文本', exact: true }).click();
      await page.locator('table.source-view tbody tr').first().waitFor();
      await open(page, server.url, 'about');
      const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '全部文件（纯文本）' }).click()]);
      assert.match(readFileSync(await file.path(), 'utf8'), /衡阳市第十六届人民代表大会第三次会议公告/);

      // The English interface's pages were kept as well: the switch's twin, then pages by address.
      await page.getByRole('link', { name: 'EN: English interface' }).click();
      await page.waitForURL(/\/en\/about\/?$/);
      await started(page);
      assert.equal(await page.locator('.skip-link').textContent(), 'Skip to the text');
      await open(page, server.url, 'en/d/intermediate-court-report#p2');
      assert.equal(await targetParagraph(page), 'p2');
      await open(page, server.url, 'en/search?q=court');
      await page.getByText(/^\d+ matches? in \d+ documents?$/).waitFor();
      await open(page, server.url, `en/terms/${encodeURIComponent('三高四新')}`);
      assert.equal(await page.locator('.results li').count(), 10);
      assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');

      const fromNetwork = requests.responses.filter((r) => !r.fromServiceWorker).map((r) => r.url);
      assert.deepEqual(fromNetwork, [], 'every response came from the service worker');
      // The worker's own check for a new version is the one request allowed to fail.
      assert.deepEqual(requests.failed.filter((f) => !f.startsWith(new URL('sw.js', server.url).href)), []);
      assert.deepEqual(page.problems, []);
    } finally {
      await browser.close();
      await server.close();
    }
  });
}

test('harness: the static server compresses, redirects and answers 404 like the hosts it stands for', async () => {
  const github = await startServer({ root: builds.root, host: 'github' });
  const cloudflare = await startServer({ root: builds.root, host: 'cloudflare' });
  try {
    const get = (server, path) => fetch(new URL(path, server.url), { redirect: 'manual', headers: { 'accept-encoding': 'gzip' } });
    const page = await get(github, '');
    assert.equal(page.headers.get('content-encoding'), 'gzip');
    assert.match(await page.text(), /<html/);
    const folder = await get(github, 'd/plan?hl=x');
    assert.equal(folder.status, 301);
    assert.equal(folder.headers.get('location'), '/d/plan/?hl=x');
    assert.equal((await get(github, 'd/plan/index.html')).status, 200);
    assert.equal((await get(cloudflare, 'd/plan/index.html?v=1')).headers.get('location'), '/d/plan/?v=1');
    assert.equal((await get(cloudflare, 'd/plan')).status, 308);
    const missing = await get(github, 'no/such/page');
    assert.equal(missing.status, 404);
    assert.match(await missing.text(), /找不到这个页面/);
  } finally {
    await github.close();
    await cloudflare.close();
  }
});
