// Screenshots of the main pages at a phone and a desktop width, light and dark, for looking at
// what a change did: node e2e/screenshots.mjs [out=target/screenshots] [paths…]
// SETTINGS='{"script":"traditional","pinyin":true}' takes them with those settings stored, once
// the reading aids they turn on are here; AT='.clause-rows' with the first element it selects at
// the window's top.

import { mkdirSync } from 'node:fs';
import { launchBrowser, newPage, open, serveDist } from './support.mjs';

const [out = 'target/screenshots', ...given] = process.argv.slice(2);
const paths = given.length ? given : ['', 'd/closing-speech', 'd/standing-committee-report', 'd/by-election-notice', 'about'];
const widths = [390, 1280];
const themes = ['light', 'dark'];
const settings = process.env.SETTINGS;
const at = process.env.AT;

mkdirSync(out, { recursive: true });
const server = await serveDist();
const browser = await launchBrowser();
try {
  for (const width of widths) {
    for (const theme of themes) {
      for (const path of paths) {
        // A browser of the page's interface language, which its early script leaves there.
        const locale = path.startsWith('en/') ? 'en-US' : 'zh-CN';
        const page = await newPage(browser, { viewport: { width, height: 900 }, colorScheme: theme, locale });
        if (settings) {
          await page.addInitScript((stored) => localStorage.setItem('renda-reader.settings', stored), settings);
        }
        await open(page, server.url, path);
        if (settings) await page.locator('html:not([data-pending-settings])').waitFor();
        if (at) await page.locator(at).first().evaluate((element) => element.scrollIntoView({ block: 'start' }));
        const suffix = settings ? '-set' : '';
        const name = `${out}/${(path || 'overview').replaceAll('/', '_')}-${width}-${theme}${suffix}.png`;
        await page.screenshot({ path: name, fullPage: false });
        console.log(name);
        if (page.problems.length) console.error(page.problems);
        await page.context().close();
      }
    }
  }
} finally {
  await browser.close();
  await server.close();
}
