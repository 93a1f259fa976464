// What the service worker keeps is the build's own, whatever a host or a network answers: stale
// CDN copies of pages or files never enter a new build's offline copy, an aid's address never
// keeps what is not its data, an old tab hears that its build's aids are gone. Also the browser
// quirks around it: service workers that cannot be read, a full storage quota, pages of the
// first release, and settings changed in two tabs. Offline means the server is stopped.

import assert from 'node:assert/strict';
import { builds, buildIdOf, copyOf, nextBuild, staleMix, withNewAids } from './deploys.mjs';
import { startServer } from './static-server.mjs';
import { aidFiles, choose, launchBrowser, newPage, open, recordRequests, started, test } from './support.mjs';
import { assertAllFrom, buildOfPage, controlledPage, installFails, returnToTab, UPDATE_READY } from './workers.mjs';

const PINYIN = '.doc-body ruby rt';

/** The warning the app logs for an aid it could not load, as page.problems records it. */
const aidWarning = (file) => new RegExp(`^warning: reading aid ${file.replaceAll('.', '\\.')}: `);

test('app: a CDN\'s stale copies of the last build\'s pages or snippet never enter the new build\'s offline copy', async () => {
  const first = copyOf(builds.root);
  const second = nextBuild(builds.root, '/');
  const browser = await launchBrowser();
  const context = await browser.newContext();
  const server = await startServer({ root: first, host: 'github' });
  try {
    const page = await controlledPage(context, server.url, 'd/plan');
    const prompt = page.getByRole('status').filter({ hasText: UPDATE_READY });
    // The edge has the new worker and the new hashed files, but still the old pages (their names
    // carry no hash), which load the old build's script and wasm.
    server.setRoot('/', staleMix(second, first, (path) => path.endsWith('.html')));
    await installFails(page, 'stale pages');
    // Then the pages are fresh but the wasm-bindgen snippet (no hash in its name either) is stale.
    server.setRoot('/', staleMix(second, first, (path) => path.startsWith('snippets/')));
    await installFails(page, 'a stale snippet');
    assert.equal(await prompt.count(), 0);
    await page.reload();
    await started(page);
    assert.equal(await buildOfPage(page), buildIdOf(first));
    // The reload's own check of the worker (against the stale edge still) must be over, or the
    // next check would join it instead of fetching again.
    await page.waitForFunction(() => navigator.serviceWorker.getRegistration().then((found) => found.installing === null));

    // The CDN has caught up: the next check installs the new build, whole.
    server.setRoot('/', second);
    await returnToTab(page);
    await prompt.waitFor();
    let requests = recordRequests(page);
    await Promise.all([page.waitForEvent('load'), prompt.getByRole('button', { name: '更新并重新载入' }).click()]);
    await started(page);
    assert.equal(await buildOfPage(page), buildIdOf(second));
    await assertAllFrom(requests.responses, second, '/', 'after the update');

    await server.close();
    for (const path of ['d/plan', 'd/budget', '']) {
      requests = recordRequests(page);
      await open(page, server.url, path);
      assert.equal(await buildOfPage(page), buildIdOf(second), `/${path} offline`);
      await assertAllFrom(requests.responses, second, '/', `/${path} offline`);
    }
    assert.deepEqual(page.problems, []);
  } finally {
    await browser.close();
    await server.close();
  }
});

test('app: an aid\'s address answered once with a captive portal\'s page is not kept: the aid works afterwards, offline too', async () => {
  const browser = await launchBrowser();
  const context = await browser.newContext();
  const server = await startServer({ root: copyOf(builds.root) });
  try {
    const page = await controlledPage(context, server.url, 'd/closing-speech');
    server.answerOnce.set(`aids/${aidFiles.words}`, {
      status: 200,
      type: 'text/html; charset=utf-8',
      body: '<!DOCTYPE html><title>Sign in to the Wi-Fi</title><h1>Welcome! Accept the terms to go online.</h1>',
    });
    await choose(page, '拼音', '显示');
    // The failure is said where the reader reads, not only in the settings.
    const notice = page.locator('.aids-notice[role="alert"]');
    await notice.filter({ hasText: '阅读辅助的数据未能载入' }).waitFor();
    assert.equal(await page.locator(PINYIN).count(), 0);
    // Turned off and on again: fetched again, and this time the data come.
    await choose(page, '拼音', '不显示');
    await choose(page, '拼音', '显示');
    await page.locator(PINYIN).first().waitFor();
    assert.equal(await notice.count(), 0);

    await server.close();
    await page.reload();
    await started(page);
    await page.locator(PINYIN).first().waitFor();
    assert.equal(page.problems.length, 1, page.problems.join('\n'));
    assert.match(page.problems[0], aidWarning(aidFiles.words));
  } finally {
    await browser.close();
    await server.close();
  }
});

test('app: a tab of the last build turning an aid on after a deploy is told its data are gone, and taken to the new build', async () => {
  const browser = await launchBrowser();
  const context = await browser.newContext();
  const server = await startServer({ root: copyOf(builds.root) });
  try {
    const page = await controlledPage(context, server.url, 'd/closing-speech');
    // The next deploy changed the aids: their old names are gone from the host.
    const deployed = withNewAids(nextBuild(builds.root, '/'));
    server.setRoot('/', deployed);
    await choose(page, '拼音', '显示');
    const notice = page.locator('.aids-notice[role="alert"]');
    await notice.filter({ hasText: '请重新载入页面' }).waitFor();
    assert.equal(await page.locator(PINYIN).count(), 0, 'no other build\'s data under this build\'s name');
    await page.locator('#settings .aids-failed').filter({ hasText: '请重新载入页面' }).waitFor();
    // The browser reports the host's 404, and the app its own warning; nothing else.
    const gone = new URL(`aids/${aidFiles.words}`, server.url).href;
    assert.equal(page.problems.length, 2, page.problems.join('\n'));
    assert.ok(page.problems[0].startsWith('Failed to load resource: the server responded with a status of 404') && page.problems[0].endsWith(gone), page.problems[0]);
    assert.match(page.problems[1], aidWarning(aidFiles.words));
    // A plain reload would get the old build again, from the worker's precache: the button takes
    // the new deploy, as the update prompt does.
    await Promise.all([page.waitForEvent('load'), notice.getByRole('button', { name: '重新载入' }).click()]);
    await started(page);
    assert.equal(await buildOfPage(page), buildIdOf(deployed));
  } finally {
    await browser.close();
    await server.close();
  }
});

test('app: the app starts, searches and keeps its settings where reading navigator.serviceWorker throws', async () => {
  const browser = await launchBrowser();
  const server = await startServer({ root: builds.root });
  try {
    const page = await newPage(browser);
    await page.addInitScript(() => {
      Object.defineProperty(Navigator.prototype, 'serviceWorker', {
        get() {
          throw new DOMException('The operation is insecure.', 'SecurityError');
        },
      });
    });
    await open(page, server.url, 'd/plan');
    await page.getByRole('searchbox').fill('湘商回归');
    await page.getByText('1 篇文件中共 1 处').waitFor();
    await choose(page, '主题', '深色');
    assert.equal(await page.evaluate(() => document.documentElement.dataset.theme), 'dark');
    assert.deepEqual(page.problems, []);
  } finally {
    await browser.close();
    await server.close();
  }
});

test('app: a page of the first release, which asks the waiting worker with the bare string \'skip-waiting\', still gets the update', async () => {
  const second = nextBuild(builds.root, '/');
  const browser = await launchBrowser();
  const context = await browser.newContext();
  const server = await startServer({ root: copyOf(builds.root) });
  try {
    const page = await controlledPage(context, server.url, 'd/plan');
    server.setRoot('/', second);
    await returnToTab(page);
    await page.getByRole('status').filter({ hasText: UPDATE_READY }).waitFor();
    // The first release's acceptUpdate, word for word but for the flag it set.
    await Promise.all([
      page.waitForEvent('load'),
      page.evaluate(async () => (await navigator.serviceWorker.getRegistration()).waiting.postMessage('skip-waiting')),
    ]);
    await started(page);
    assert.equal(await buildOfPage(page), buildIdOf(second));
  } finally {
    await browser.close();
    await server.close();
  }
});

test('app: settings changed in two tabs keep both changes', async () => {
  const browser = await launchBrowser();
  const context = await browser.newContext();
  const server = await startServer({ root: builds.root });
  try {
    const one = await controlledPage(context, server.url, 'd/plan');
    // Settings stored by an earlier release, which had no reading aids: a field storage lacks is
    // stored when it changes.
    await one.evaluate(() => localStorage.setItem('renda-reader.settings', JSON.stringify({ theme: 'light', font_size: 'medium' })));
    await one.reload();
    await started(one);
    const two = await controlledPage(context, server.url, 'd/budget');
    await choose(one, '主题', '深色');
    // The other tab follows at once.
    await two.waitForFunction(() => document.documentElement.dataset.theme === 'dark');
    await choose(two, '字号', '大');
    await one.waitForFunction(() => document.documentElement.dataset.fontSize === 'large');
    // Changes in quick succession: the other tab takes each in without writing it back, which
    // would undo the next one.
    await choose(two, '拼音', '显示');
    await choose(two, '点词查词典', '开');
    await choose(two, '字形', '繁體');
    await one.locator('#p1[lang="zh-Hant"] ruby').first().waitFor();
    for (const page of [one, two]) {
      await page.reload();
      await started(page);
      assert.deepEqual(await page.evaluate(() => [document.documentElement.dataset.theme, document.documentElement.dataset.fontSize]), ['dark', 'large']);
      const stored = await page.evaluate(() => JSON.parse(localStorage.getItem('renda-reader.settings')));
      assert.deepEqual([stored.pinyin, stored.look_up, stored.script], [true, true, 'traditional']);
    }
    assert.deepEqual([...one.problems, ...two.problems], []);
  } finally {
    await browser.close();
    await server.close();
  }
});

test('app: a storage quota too small for the offline copy is said once, and reading online goes on', async () => {
  const browser = await launchBrowser();
  const server = await startServer({ root: builds.root });
  try {
    const page = await newPage(browser);
    // Each load records whether the worker reported the full quota to it.
    await page.addInitScript(() => {
      navigator.serviceWorker.addEventListener('message', (event) => {
        if (event.data?.type === 'RENDA_STORAGE_FULL') window.__storageFull = true;
      });
    });
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Storage.overrideQuotaForOrigin', { origin: new URL(server.url).origin, quotaSize: 200 * 1024 });
    await open(page, server.url, 'd/plan');
    const notice = page.getByRole('status').filter({ hasText: '存储空间不足' });
    await notice.waitFor();
    await notice.getByRole('button', { name: '知道了' }).click();
    await page.getByRole('searchbox').fill('湘商回归');
    await page.getByText('1 篇文件中共 1 处').waitFor();
    // Once per browser: the next visit, whose install fails again, says nothing.
    await page.reload();
    await started(page);
    await page.waitForFunction(() => window.__storageFull === true);
    assert.equal(await notice.count(), 0);
    assert.deepEqual(page.problems, []);
  } finally {
    await browser.close();
    await server.close();
  }
});
