// Shared by the end-to-end tests: Debian's Chromium driven by playwright-core, the release build
// in dist/ behind the project's static server, and the corpus the build embeds.

import assert from 'node:assert/strict';
import { before, after, test as nodeTest } from 'node:test';
import { chromium } from 'playwright-core';
import { readdirSync, readFileSync } from 'node:fs';
import { startServer } from './static-server.mjs';

/**
 * How long one end-to-end test may run: sized for a slow 2-core machine, where the longest test
 * (the hydration check over every Chinese page, 93 s on a fresh clone) takes under half of it.
 * A test that hangs then fails alone, named, and the layer keeps the counts of the others.
 * (Node's --test-timeout would also limit each whole file.)
 */
export const TEST_TIMEOUT = 240_000;

/** node:test's `test`, with the suite's per-test timeout: every e2e file takes `test` from here. */
export function test(name, fn) {
  return nodeTest(name, { timeout: TEST_TIMEOUT }, fn);
}

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

/** The reading aids' file names by their stems (`words` → `words.<hash>.json`), as `make corpus` wrote them. */
export const aidFiles = Object.fromEntries(readdirSync(new URL('../corpus/aids', import.meta.url))
  .filter((name) => name.endsWith('.json')).map((name) => [name.split('.')[0], name]));

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

/**
 * The path (relative to the site, as `open` takes it) of every page the prerender wrote into the
 * build: each `index.html` names the route it was rendered for in `<meta name="renda-route">`.
 */
export function prerenderedPaths(dir = new URL('../dist', import.meta.url).pathname) {
  return readdirSync(dir, { recursive: true }).map(String).filter((file) => file === 'index.html' || file.endsWith('/index.html'))
    .map((file) => readFileSync(`${dir}/${file}`, 'utf8').match(/<meta name="renda-route" content="([^"]*)">/)?.[1])
    .filter((route) => route !== undefined)
    .map((route) => route.replace(/^\//, ''))
    .sort();
}

export function serveDist(options = {}) {
  return startServer({ root: new URL('../dist', import.meta.url).pathname, ...options });
}

/**
 * Console warnings the app's pages are allowed, by their exact text; any other warning is a
 * problem like an error. (A test that provokes a warning, a failed aid fetch say, checks for it
 * by its own exact text.)
 */
const ALLOWED_WARNINGS = new Set([
  // Tests that open a page without its service worker (`serviceWorkers: 'block'`) are told so.
  'Service Worker registration blocked by Playwright',
]);

/**
 * A fresh page that records console errors, console warnings not in ALLOWED_WARNINGS and
 * uncaught exceptions in `page.problems`. A resource that fails to load is recorded with its
 * address (`Failed to load resource: … 404 (Not Found) <url>`), so a test that expects one
 * answer to fail filters by that address, never by the status alone.
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
    const type = message.type();
    if (type !== 'error' && !(type === 'warning' && !ALLOWED_WARNINGS.has(message.text()))) return;
    const url = message.location()?.url ?? '';
    // In the control run the withheld wasm's own failure is the expected state of every page: each
    // test must fail by its own assertions, not by that report.
    if (CONTROL && withheldWasm(url, message.text())) return;
    const text = /^Failed to load resource/.test(message.text()) ? `${message.text()} ${url}` : message.text();
    page.problems.push(type === 'warning' ? `warning: ${text}` : text);
  });
  page.on('pageerror', (error) => {
    if (CONTROL && withheldWasm('', error.message)) return;
    page.problems.push(`pageerror: ${error.message}`);
  });
  return page;
}

/**
 * Whether a console message or page error is the control run's withheld wasm failing: its
 * request (a `.wasm` address) or its compilation (the 404 page is not a module). The wasm never
 * runs in that run, so no other WebAssembly error can arise there.
 */
function withheldWasm(url, text) {
  return /\.wasm(\?|$)/.test(url) || /WebAssembly/.test(text);
}

/**
 * Rejects with a message naming `what` when `promise` has not settled within `ms`: for waits on
 * the page (a service worker's state, say) that would otherwise hang until the test's timeout and
 * say nothing of what they waited for.
 */
export function within(ms, what, promise) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: not within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
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
 * Waits until the focused element's attribute `name` reads `expected` (a string, or a RegExp it
 * matches), and fails with what it reads then: focus moves in a handler or a frame after the key
 * or click that moves it, so a read straight after the key can race it on a busy machine.
 */
export async function focusOn(page, name, expected, message = `focus on ${name} ${expected}`) {
  const pattern = expected instanceof RegExp ? expected.source : null;
  const reads = () => page.evaluate((n) => document.activeElement?.getAttribute(n) ?? null, name);
  try {
    await page.waitForFunction(([n, e, p]) => {
      const value = document.activeElement?.getAttribute(n);
      return p === null ? value === e : value != null && new RegExp(p).test(value);
    }, [name, pattern === null ? expected : null, pattern], { timeout: 5_000 });
  } catch {
    if (pattern === null) assert.equal(await reads(), expected, message);
    else assert.match(String(await reads()), expected, message);
  }
}

/** Chooses `label` in the settings' radio group `group`, opening the settings if they are closed. */
export async function choose(page, group, label) {
  const panel = page.locator('#settings');
  if (!(await panel.isVisible())) await page.getByRole('button', { name: /^(设置|Settings)$/ }).click();
  await panel.getByRole('group', { name: group }).getByRole('radio', { name: label, exact: true }).check();
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
 * Selects a document's paragraphs `first` to `last` (their numbers) with what stands among them,
 * copies the selection as a reader does (the page's clipboard permission granted), and returns
 * what the clipboard got.
 */
export async function copyParagraphs(page, first, last) {
  await page.evaluate(([first, last]) => {
    const range = document.createRange();
    range.setStartBefore(document.querySelector(`#p${first}`));
    range.setEndAfter(document.querySelector(`#p${last}`).closest('.paragraph'));
    getSelection().removeAllRanges();
    getSelection().addRange(range);
  }, [first, last]);
  await page.keyboard.press('Control+C');
  return page.evaluate(() => navigator.clipboard.readText());
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
