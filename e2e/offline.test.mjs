// Offline and static hosting: the service worker, its updates, subpath hosting, and the
// Content-Security-Policy. Offline means the static server is stopped: Playwright's
// setOffline does not cut a service worker's own fetches in Chromium (playwright#2311).

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer } from './static-server.mjs';
import { launchBrowser, newPage, open, session } from './support.mjs';

const root = new URL('..', import.meta.url).pathname;

/** Opens `path`, waits until the service worker controls the page, and returns the page. */
async function controlledPage(browser, base, path = '') {
  const page = await newPage(browser);
  await open(page, base, path);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  return page;
}

async function offlineChecks(base, serve) {
  const browser = await launchBrowser();
  const server = await serve();
  try {
    const page = await controlledPage(browser, server.url);
    await server.close();

    await page.reload();
    await page.getByRole('heading', { level: 1, name: session.title }).waitFor();

    // A document never opened while online.
    await open(page, server.url, 'd/intermediate-court-report#p2');
    await page.getByRole('heading', { level: 1, name: /关于衡阳市中级人民法院工作报告的决议/ }).waitFor();
    await page.waitForFunction(() => document.querySelector('#p2')?.classList.contains('is-target'));

    // Navigation inside the app, search, settings.
    await page.getByRole('navigation', { name: '目录' }).getByRole('link', { name: '关于预算的决议' }).click();
    await page.waitForURL(/\/d\/budget$/);
    await page.getByRole('searchbox').fill('湘商回归');
    await page.getByText('1 篇文件中共 1 处').waitFor();
    await page.getByRole('button', { name: '设置' }).click();
    await page.getByRole('radio', { name: '深色' }).check();
    await page.reload();
    await page.locator('main').waitFor();
    assert.equal(await page.evaluate(() => document.documentElement.dataset.theme), 'dark');

    // An export, generated in the browser.
    await open(page, server.url, 'about');
    const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '全部文件（纯文本）' }).click()]);
    assert.match(readFileSync(await file.path(), 'utf8'), /衡阳市第十六届人民代表大会第三次会议公告/);
    assert.deepEqual(page.problems.filter((p) => !/ERR_CONNECTION_REFUSED|Failed to (load|fetch)/.test(p)), []);
  } finally {
    await browser.close();
  }
}

test('after one visit the app works offline: reload, unseen documents, search, settings, exports', async () => {
  await offlineChecks('/', () => startServer({ root: join(root, 'dist') }));
});

test('the subpath build works under its subpath, online and offline', async () => {
  const dir = join(root, 'target/dist-subpath');
  assert.ok(existsSync(join(dir, 'index.html')), 'build it with: make dist PUBLIC_URL=/renda/ DIST=target/dist-subpath');
  const browser = await launchBrowser();
  const server = await startServer({ root: dir, base: '/renda/' });
  try {
    assert.equal(server.url.endsWith('/renda/'), true);
    const page = await newPage(browser);
    await open(page, server.url);
    await page.getByRole('link', { name: '在市十六届人大三次会议闭幕会上的讲话' }).click();
    await page.waitForURL(/\/renda\/d\/closing-speech$/);
    const manifest = await (await fetch(new URL('manifest.webmanifest', server.url))).json();
    assert.equal(new URL(manifest.start_url, new URL('manifest.webmanifest', server.url)).pathname, '/renda/');
    assert.equal(await page.evaluate(async () => (await navigator.serviceWorker.ready).scope), server.url);
    const outside = await fetch(new URL('/index.html', server.url));
    assert.equal(outside.status, 404, 'nothing is served outside the subpath');
  } finally {
    await browser.close();
    await server.close();
  }
  await offlineChecks('/renda/', () => startServer({ root: dir, base: '/renda/' }));
});

test('a new deploy is offered, and accepting it shows the new version and drops the old cache', async () => {
  const first = mkdtempSync(join(tmpdir(), 'renda-first-'));
  const second = mkdtempSync(join(tmpdir(), 'renda-second-'));
  cpSync(join(root, 'dist'), first, { recursive: true });
  cpSync(join(root, 'dist'), second, { recursive: true });
  // The second deploy: the same build with a changed page, finished as Trunk would.
  const shell = join(second, 'index.html');
  writeFileSync(shell, readFileSync(shell, 'utf8').replace('<meta name="viewport"', '<meta name="renda-build" content="second">\n    <meta name="viewport"'));
  execFileSync('node', [join(root, 'scripts/post-build.mjs'), second, '/']);

  const browser = await launchBrowser();
  let server = await startServer({ root: first });
  const port = server.port;
  try {
    const page = await controlledPage(browser, server.url, 'd/plan');
    const firstCaches = await page.evaluate(() => caches.keys());
    assert.equal(firstCaches.length, 1);
    await server.close();
    server = await startServer({ root: second, port });
    // What the browser does on its own schedule: check for a new worker.
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration()).update());
    const prompt = page.getByRole('status').filter({ hasText: '阅览室有新版本' });
    await prompt.waitFor();
    assert.equal(await page.locator('meta[name="renda-build"]').count(), 0, 'the old page is untouched until the reader agrees');
    await Promise.all([page.waitForEvent('load'), prompt.getByRole('button', { name: '更新并重新载入' }).click()]);
    await page.locator('main h1').waitFor();
    assert.equal(await page.locator('meta[name="renda-build"]').getAttribute('content'), 'second');
    const caches = await page.evaluate(() => caches.keys());
    assert.equal(caches.length, 1);
    assert.notEqual(caches[0], firstCaches[0], 'the old cache is gone');
  } finally {
    await browser.close();
    await server.close();
  }
});

test('no route breaks the Content-Security-Policy or asks another origin for anything', async () => {
  const browser = await launchBrowser();
  const server = await startServer({ root: join(root, 'dist') });
  try {
    const page = await newPage(browser);
    await page.addInitScript(() => {
      window.__violations = [];
      addEventListener('securitypolicyviolation', (e) => window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
    });
    const foreign = [];
    page.on('request', (request) => {
      if (new URL(request.url()).origin !== new URL(server.url).origin && !request.url().startsWith('blob:')) foreign.push(request.url());
    });
    const routes = ['', 'about', 'terms', `terms/${encodeURIComponent('三高四新')}`, 'people', `search?q=${encodeURIComponent('发展')}`,
      ...session.documents.map((d) => `d/${d.slug}`)];
    for (const route of routes) {
      await open(page, server.url, route);
      await page.waitForLoadState('networkidle');
      assert.deepEqual(await page.evaluate(() => window.__violations), [], `/${route}`);
    }
    await page.locator('.doc-body .term-button').first().click();
    assert.deepEqual(await page.evaluate(() => window.__violations), []);
    assert.deepEqual(foreign, []);
    const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    assert.match(policy, /script-src 'self' 'wasm-unsafe-eval' 'sha256-/);
    assert.doesNotMatch(policy, /'unsafe-eval'|'unsafe-inline'/);
    assert.equal(await page.locator('meta[name="referrer"]').getAttribute('content'), 'no-referrer');
    assert.equal(await page.locator('script[src], link[rel="modulepreload"]').first().getAttribute('integrity') !== null, true);
  } finally {
    await browser.close();
    await server.close();
  }
});
