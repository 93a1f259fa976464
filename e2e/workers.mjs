// The service worker across deploys, as the offline tests drive it: pages it controls, the
// reader coming back to a tab, the build a page runs, and an update that fails to install.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileFor } from './deploys.mjs';
import { open, pageIn, within } from './support.mjs';

/** What the update prompt says (the Chinese interface). */
export const UPDATE_READY = '阅览室有新版本';

/** Opens `path` and waits until the service worker controls the page. */
export async function controlledPage(context, base, path = '') {
  const page = await pageIn(context);
  await open(page, base, path);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  return page;
}

/** What the reader does on coming back to a tab: the app then checks for a new deploy. */
export function returnToTab(page) {
  return page.evaluate(() => window.dispatchEvent(new Event('focus')));
}

/** The build id of the page shown. */
export const buildOfPage = (page) => page.locator('meta[name="renda-build"]').getAttribute('content');

/** Asserts that every file a page received is the file of `dir` at that address. */
export async function assertAllFrom(responses, dir, base, label) {
  for (const response of responses) {
    if (response.status !== 200) continue;
    const file = fileFor(dir, base, response.url);
    assert.ok(file, `${label}: ${response.url} is a file of the build`);
    const body = await response.body;
    assert.ok(body, `${label}: ${response.url} has a body`);
    assert.ok(body.equals(readFileSync(file)), `${label}: ${response.url} is this build's`);
  }
}

/**
 * The reader comes back to the tab, the browser finds a new worker, and its install fails:
 * resolves when that worker is discarded.
 */
export function installFails(page, what) {
  return within(30000, `${what}: the new worker's install fails`, page.evaluate(async () => {
    const registration = await navigator.serviceWorker.getRegistration();
    const failed = new Promise((done) => registration.addEventListener('updatefound', () => {
      const worker = registration.installing;
      worker.addEventListener('statechange', () => worker.state === 'redundant' && done());
    }));
    window.dispatchEvent(new Event('focus'));
    await failed;
  }));
}
