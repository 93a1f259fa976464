import { launchBrowser, newPage, open, serveDist } from './support.mjs';
const server = await serveDist();
const browser = await launchBrowser();
const PART = /\.wasm$/;
try {
  const page = await newPage(browser, { serviceWorkers: 'block' });
  await open(page, server.url, 'd/plan');
  let release; const gate = new Promise((r) => { release = r; });
  await page.route((url) => PART.test(url.pathname) && !/renda-reader_bg/.test(url.pathname), async (route) => { await gate; await route.continue(); });
  const contents = page.getByRole('navigation', { name: '目录' });
  await contents.getByRole('link', { name: '固定句式与差异' }).click();
  await page.waitForFunction(() => document.documentElement.hasAttribute('data-page-loading'));
  await contents.getByRole('link', { name: '提法', exact: true }).click();
  await page.waitForTimeout(100);
  await contents.getByRole('link', { name: '关于预算的决议' }).click();
  await page.locator('main h1').filter({ hasText: '预算' }).waitFor();
  console.log('after doc: loading attr', await page.evaluate(() => document.documentElement.hasAttribute('data-page-loading')));
  release();
  await page.waitForTimeout(3000);
  console.log('url', page.url(), 'h1', await page.locator('main h1').textContent(), 'attr', await page.evaluate(() => document.documentElement.hasAttribute('data-page-loading')));
  console.log(page.problems);
} finally { await browser.close(); await server.close(); }
