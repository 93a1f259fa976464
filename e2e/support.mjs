// Shared by the end-to-end tests: Debian's Chromium driven by playwright-core, the release build
// in dist/ behind the project's static server, and the corpus the build embeds.

import assert from 'node:assert/strict';
import { before, after } from 'node:test';
import { chromium } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { startServer } from './static-server.mjs';

// Chromium must not reach for the network: this machine refuses it, and tests must not depend on it.
// The browser prefers Chinese, as the texts' readers' browsers mostly do (the interface follows
// the browser's language on a first visit); a test of another browser sets the context's locale.
export const CHROMIUM_ARGS = [
  '--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage',
  '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run',
  '--accept-lang=zh-CN,zh',
];

export const corpus = JSON.parse(readFileSync(new URL('../corpus/corpus.json', import.meta.url), 'utf8'));
export const session = corpus.sessions[0];

// The control run (scripts/test-all.sh): every app test runs with the wasm withheld by the test
// server (e2e/static-server.mjs) and must fail; one that passes never needed the app. The app
// never starts then, so waits fail fast instead of running out the usual timeouts.
const CONTROL = process.env.RENDA_CONTROL === 'block-wasm';

export async function launchBrowser() {
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
  if (CONTROL) {
    const newContext = browser.newContext.bind(browser);
    browser.newContext = async (options) => {
      const context = await newContext(options);
      context.setDefaultTimeout(2000);
      return context;
    };
  }
  return browser;
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
  return pageIn(context);
}

/** A new page in `context` (for tabs that share one), recording problems as `newPage` does. */
export async function pageIn(context) {
  const page = await context.newPage();
  page.problems = [];
  page.on('console', (message) => {
    if (message.type() === 'error') page.problems.push(message.text());
  });
  page.on('pageerror', (error) => page.problems.push(`pageerror: ${error.message}`));
  return page;
}

/**
 * Opens a path of the app and waits until the app has started. Every page is prerendered, so
 * its text, links and buttons are there before the wasm runs: only the app's own mark on
 * `<html>` says that clicks, keys and state are the app's.
 */
export async function open(page, base, path = '') {
  const response = await page.goto(new URL(path, base).href);
  await started(page);
  return response;
}

/**
 * Waits until the app has started on the page now loaded (after a reload, say). In the control
 * run it does not wait: the test goes on against the prerendered page alone, and must fail by its
 * own assertions, or it would pass without the app.
 */
export function started(page) {
  if (CONTROL) return Promise.resolve();
  return page.locator('html[data-app="started"]').waitFor({ state: 'attached' });
}

/**
 * Marks the document now loaded, and returns a check that it is still the one shown: the app
 * navigates inside one document, where a prerendered link alone would load a new page.
 */
export async function stayInDocument(page) {
  await page.evaluate(() => { window.__rendaSameDocument = true; });
  return async (what) => assert.equal(await page.evaluate(() => window.__rendaSameDocument === true), true, `${what}: navigated inside the app, without loading a page`);
}

/**
 * Records what a page asks for: `failed` lists requests that got no response (with the reason);
 * `responses` every response as { url, status, fromServiceWorker, body }, its body read at once
 * (a page that navigates away loses its bodies) as a promise of a Buffer, or of null.
 */
export function recordRequests(page) {
  const record = { failed: [], responses: [] };
  page.on('requestfailed', (request) => record.failed.push(`${request.url()} ${request.failure()?.errorText}`));
  page.on('response', (response) => record.responses.push({
    url: response.url(),
    status: response.status(),
    fromServiceWorker: response.fromServiceWorker(),
    body: response.body().catch(() => null),
  }));
  return record;
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
