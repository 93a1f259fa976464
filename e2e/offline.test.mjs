// Deploys and the service worker: a new build is offered and taken whole, in every tab; a broken
// deploy changes nothing; two apps on one origin keep their own offline copies. Also: blocked or
// damaged storage, and the Content-Security-Policy. Offline means the server is stopped.

import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { builds, buildIdOf, copyOf, nextBuild } from './deploys.mjs';
import { startServer } from './static-server.mjs';
import { launchBrowser, newPage, open, recordRequests, session, started, test } from './support.mjs';
import { assertAllFrom, buildOfPage, controlledPage, installFails, returnToTab, UPDATE_READY } from './workers.mjs';

test('app: a new deploy is offered, and only the reader\'s yes switches every file to it, online and offline', async () => {
  const first = copyOf(builds.root);
  const second = nextBuild(builds.root, '/');
  assert.notEqual(buildIdOf(first), buildIdOf(second));
  const browser = await launchBrowser();
  const context = await browser.newContext();
  const server = await startServer({ root: first, host: 'github' });
  try {
    const page = await controlledPage(context, server.url, 'd/plan');
    server.setRoot('/', second);

    // Until the reader agrees, every page load is the first build, whole.
    let requests = recordRequests(page);
    await page.reload();
    await started(page);
    assert.equal(await buildOfPage(page), buildIdOf(first));
    const prompt = page.getByRole('status').filter({ hasText: UPDATE_READY });
    await returnToTab(page);
    await prompt.waitFor();
    await page.reload();
    await started(page);
    await prompt.waitFor();
    await assertAllFrom(requests.responses, first, '/', 'before the update');

    requests = recordRequests(page);
    await Promise.all([page.waitForEvent('load'), prompt.getByRole('button', { name: '更新并重新载入' }).click()]);
    await started(page);
    assert.equal(await buildOfPage(page), buildIdOf(second));
    assert.equal(await prompt.count(), 0);
    await assertAllFrom(requests.responses, second, '/', 'after the update');

    await server.close();
    requests = recordRequests(page);
    await page.reload();
    await started(page);
    await page.getByRole('heading', { level: 1, name: /关于衡阳市2023年国民经济和社会发展计划/ }).waitFor();
    assert.equal(await buildOfPage(page), buildIdOf(second));
    await assertAllFrom(requests.responses, second, '/', 'offline');
    const names = await page.evaluate(() => caches.keys());
    assert.deepEqual(names, [`renda-reader-precache-v2-${server.url}`]);
    assert.deepEqual(page.problems, []);
  } finally {
    await browser.close();
    await server.close();
  }
});

test('app: accepting an update in one tab reloads every tab into the new build', async () => {
  const second = nextBuild(builds.root, '/');
  const browser = await launchBrowser();
  const context = await browser.newContext();
  const server = await startServer({ root: copyOf(builds.root) });
  try {
    const one = await controlledPage(context, server.url, 'd/plan');
    const two = await controlledPage(context, server.url, 'd/budget');
    server.setRoot('/', second);
    await returnToTab(one);
    const promptIn = (page) => page.getByRole('status').filter({ hasText: UPDATE_READY });
    await promptIn(one).waitFor();
    await promptIn(two).waitFor();
    await Promise.all([
      one.waitForEvent('load'),
      two.waitForEvent('load'),
      promptIn(one).getByRole('button', { name: '更新并重新载入' }).click(),
    ]);
    for (const page of [one, two]) {
      await started(page);
      await page.waitForFunction((id) => document.querySelector('meta[name="renda-build"]')?.content === id, buildIdOf(second));
      assert.equal(await promptIn(page).count(), 0);
    }
    assert.match(new URL(two.url()).pathname, /\/d\/budget$/, 'the other tab stays on its page');
  } finally {
    await browser.close();
    await server.close();
  }
});

test('app: a tab left open learns of a new deploy within half an hour', async () => {
  const second = nextBuild(builds.root, '/');
  const browser = await launchBrowser();
  const context = await browser.newContext();
  const server = await startServer({ root: copyOf(builds.root) });
  try {
    const page = await context.newPage();
    await page.clock.install();
    await open(page, server.url, 'd/plan');
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    server.setRoot('/', second);
    await page.clock.fastForward('30:00');
    await page.getByRole('status').filter({ hasText: UPDATE_READY }).waitFor();
  } finally {
    await browser.close();
    await server.close();
  }
});

test('app: a development server on the same origin removes the release worker and its cache', async () => {
  const development = copyOf(builds.root);
  // What `trunk serve` serves, in short: its own pages, and the worker of development builds.
  writeFileSync(join(development, 'index.html'), '<!DOCTYPE html><title>development</title><h1>development build</h1>');
  copyFileSync(new URL('../scripts/sw-remove.js', import.meta.url), join(development, 'sw.js'));
  const browser = await launchBrowser();
  const context = await browser.newContext();
  const server = await startServer({ root: copyOf(builds.root) });
  try {
    const page = await controlledPage(context, server.url);
    server.setRoot('/', development);
    // The release worker answers this load from its cache; the browser's check of sw.js finds the
    // development worker, which clears everything and reloads the page from the server.
    await page.reload();
    await page.getByRole('heading', { name: 'development build' }).waitFor();
    assert.equal(await page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length), 0);
    assert.deepEqual(await page.evaluate(() => caches.keys()), []);
  } finally {
    await browser.close();
    await server.close();
  }
});

test('app: a deploy with a failing file is not offered and the old build keeps working, offline too', async () => {
  const first = copyOf(builds.root);
  const second = nextBuild(builds.root, '/');
  const browser = await launchBrowser();
  const context = await browser.newContext();
  let server = await startServer({ root: first });
  const port = server.port;
  try {
    const page = await controlledPage(context, server.url);
    server.setRoot('/', second);
    const wasm = readFileSync(`${second}/index.html`, 'utf8').match(/renda-reader-[0-9a-f]{16}_bg\.wasm/)[0];
    server.failing.add(wasm);
    // The reader comes back to the tab; the new worker's install fetches every file, the wasm
    // answers 500, and the install fails.
    await installFails(page, 'a failing wasm');
    const prompt = page.getByRole('status').filter({ hasText: UPDATE_READY });
    assert.equal(await prompt.count(), 0);
    await page.reload();
    await started(page);
    assert.equal(await buildOfPage(page), buildIdOf(first));

    await server.close();
    await page.reload();
    await started(page);
    assert.equal(await buildOfPage(page), buildIdOf(first));
    await page.getByRole('heading', { level: 1, name: session.title }).waitFor();

    // The host is fixed: the next check offers the new deploy.
    server = await startServer({ root: second, port });
    await returnToTab(page);
    await prompt.waitFor();
    assert.deepEqual(page.problems, []);
  } finally {
    await browser.close();
    await server.close();
  }
});

test('app: two apps on one origin, one under the other\'s path, keep their own offline copies when one updates', async () => {
  // The site at / has a scope that contains /renda/'s: the case where a cleanup by scope goes wrong.
  const appA = copyOf(builds.subpath);
  const appB = copyOf(builds.root);
  const appBNext = nextBuild(builds.root, '/');
  const browser = await launchBrowser();
  const context = await browser.newContext();
  const server = await startServer({ sites: [{ base: '/renda/', root: appA }, { base: '/', root: appB }] });
  try {
    const a = await controlledPage(context, server.urlOf('/renda/'));
    const b = await controlledPage(context, server.urlOf('/'));
    const cacheNames = await a.evaluate(() => caches.keys());
    assert.deepEqual(cacheNames.sort(), [server.urlOf('/'), server.urlOf('/renda/')].map((scope) => `renda-reader-precache-v2-${scope}`).sort());

    server.setRoot('/', appBNext);
    await returnToTab(b);
    const prompt = b.getByRole('status').filter({ hasText: UPDATE_READY });
    await prompt.waitFor();
    await Promise.all([b.waitForEvent('load'), prompt.getByRole('button', { name: '更新并重新载入' }).click()]);
    await started(b);
    assert.equal(await buildOfPage(b), buildIdOf(appBNext));

    await server.close();
    assert.equal((await a.evaluate(() => caches.keys())).length, 2, 'the update left the other app\'s cache');
    for (const [page, dir] of [[a, appA], [b, appBNext]]) {
      await page.reload();
      await started(page);
      await page.getByRole('heading', { level: 1, name: session.title }).waitFor();
      assert.equal(await buildOfPage(page), buildIdOf(dir));
    }
    await open(a, server.urlOf('/renda/'), 'd/budget');
    await a.getByRole('heading', { level: 1, name: '关于衡阳市2023年预算执行情况与2024年预算的决议' }).waitFor();
  } finally {
    await browser.close();
    await server.close();
  }
});

test('app: the app starts and searches when the browser blocks storage or it is full, and keeps what it can of damaged settings', async () => {
  const browser = await launchBrowser();
  const server = await startServer({ root: builds.root });
  try {
    const blocked = await newPage(browser);
    await blocked.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', {
        get() {
          throw new DOMException('The user denied access to site data', 'SecurityError');
        },
      });
    });
    await open(blocked, server.url, 'd/plan');
    await blocked.getByRole('searchbox').fill('湘商回归');
    await blocked.getByText('1 篇文件中共 1 处').waitFor();
    await blocked.getByRole('button', { name: '设置' }).click();
    await blocked.getByRole('radio', { name: '深色' }).check();
    assert.equal(await blocked.evaluate(() => document.documentElement.dataset.theme), 'dark');
    assert.deepEqual(blocked.problems, []);

    // Storage that refuses every write (full, or a quota of nothing): choices apply for the visit.
    const full = await newPage(browser);
    await full.addInitScript(() => {
      Storage.prototype.setItem = () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
    });
    await open(full, server.url, 'd/plan');
    await full.getByRole('button', { name: '设置' }).click();
    await full.getByRole('radio', { name: '大', exact: true }).check();
    assert.equal(await full.evaluate(() => document.documentElement.dataset.fontSize), 'large');
    assert.deepEqual(full.problems, []);

    const damaged = await newPage(browser);
    await damaged.addInitScript(() => {
      if (!sessionStorage.getItem('seeded')) {
        sessionStorage.setItem('seeded', '1');
        localStorage.setItem('renda-reader.settings', JSON.stringify({ theme: 'dark', font_size: 'enormous', language: 'en' }));
      }
    });
    await open(damaged, server.url, 'd/plan');
    assert.match(damaged.url(), /\/en\/d\/plan$/, 'the stored language\'s page');
    const root = () => damaged.evaluate(() => [document.documentElement.dataset.theme, document.documentElement.dataset.fontSize, document.documentElement.lang]);
    assert.deepEqual(await root(), ['dark', 'medium', 'en']);
  } finally {
    await browser.close();
    await server.close();
  }
});

// The root build only: the subpath build carries the same policy, built by the same step (its
// pages' links and worker under /renda/ are tested in hosting.test.mjs and robustness.test.mjs).
for (const { name, dir, base } of [{ name: 'root', dir: builds.root, base: '/' }]) {
  test(`app: the Content-Security-Policy is enforced and nothing is asked of another origin (${name} build)`, async () => {
    const browser = await launchBrowser();
    const server = await startServer({ root: dir, base });
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
      // A gloss the app opens (its popover is the app's, not the served page's) breaks no rule either.
      await page.locator('.doc-body .term-button').first().click();
      await page.getByRole('dialog').first().waitFor();
      assert.deepEqual(await page.evaluate(() => window.__violations), []);
      assert.deepEqual(foreign, []);

      // An injected inline script is blocked, and the page is told so.
      const ran = await page.evaluate(async () => {
        const violation = new Promise((done) => addEventListener('securitypolicyviolation', (e) => done(e.violatedDirective), { once: true }));
        const script = document.createElement('script');
        script.textContent = 'window.__injected = true';
        document.head.append(script);
        return [await violation, window.__injected === true];
      });
      assert.deepEqual(ran, ['script-src-elem', false]);

      const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
      assert.match(policy, /script-src 'self' 'wasm-unsafe-eval' 'sha256-/);
      assert.doesNotMatch(policy, /'unsafe-eval'|'unsafe-inline'/);
      assert.equal(await page.locator('meta[name="referrer"]').getAttribute('content'), 'no-referrer');
      // The one console error is the browser reporting the injected script it blocked.
      const injected = `'sha256-${createHash('sha256').update('window.__injected = true').digest('base64')}'`;
      assert.deepEqual(page.problems.map((p) => p.startsWith('Executing inline script violates') && p.includes(injected)), [true]);
    } finally {
      await browser.close();
      await server.close();
    }
  });
}
