// Shared by the end-to-end tests: Debian's Chromium driven by playwright-core, the release build
// in dist/ behind the project's static server, and the corpus the build embeds.

import { before, after } from 'node:test';
import { chromium } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { startServer } from './static-server.mjs';

// Chromium must not reach for the network: this machine refuses it, and tests must not depend on it.
const CHROMIUM_ARGS = [
  '--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage',
  '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run',
];

export const corpus = JSON.parse(readFileSync(new URL('../corpus/corpus.json', import.meta.url), 'utf8'));
export const session = corpus.sessions[0];

export function launchBrowser() {
  return chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
}

export function serveDist(options = {}) {
  return startServer({ root: new URL('../dist', import.meta.url).pathname, ...options });
}

/**
 * A fresh page that records console errors and uncaught exceptions in `page.problems`.
 * (Warnings are not problems: Chromium warns about every preload that carries an integrity
 * hash, crbug.com/981419, and Trunk's preloads do.)
 */
export async function newPage(browser, options = {}) {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  page.problems = [];
  page.on('console', (message) => {
    if (message.type() === 'error') page.problems.push(message.text());
  });
  page.on('pageerror', (error) => page.problems.push(`pageerror: ${error.message}`));
  return page;
}

/** Opens a path of the app and waits until the app has rendered its main landmark. */
export async function open(page, base, path = '') {
  const response = await page.goto(new URL(path, base).href);
  await page.locator('main').first().waitFor();
  return response;
}

/**
 * For a test file: starts the static server on dist/ and a browser before its tests and stops
 * them after. Returns an object whose `server` and `browser` are set once they run.
 */
export function useSite() {
  const site = {};
  before(async () => {
    site.server = await serveDist();
    site.browser = await launchBrowser();
  });
  after(async () => {
    await site.browser?.close();
    await site.server?.close();
  });
  return site;
}
