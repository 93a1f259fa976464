// Sequences of reader actions, not one click per control: the reading modes switched back and
// forth by click and by key, on a document and after a search, and a seeded random walk over
// every control a page offers. A reader may press anything in any order: no step may log a
// console error or a page error (a Rust panic is both), and the app must still be the one
// answering afterwards.
//
// The walk is replayable: `RENDA_WALK_SEED=<seed> node --test e2e/sequences.test.mjs` runs the
// walk of that seed alone; a failing walk prints its seed and every step it took.

import assert from 'node:assert/strict';
import { newPage, open, stayInDocument, test, useSite, within } from './support.mjs';

const site = useSite();

const MODES = ['中文', '英文', '对照'];
const MODE_PATHS = { 中文: '', 英文: '/en', 对照: '/parallel' };

/**
 * Waits for the page to settle after an action: no study page on its way (its part arriving
 * would replace the page under the next action), then two painted frames (states, not a time).
 */
const settle = (page) => within(30_000, 'a study page on its way', page.evaluate(() => new Promise((done) => {
  const painted = () => requestAnimationFrame(() => requestAnimationFrame(done));
  const arrived = () => (document.documentElement.hasAttribute('data-page-loading') ? requestAnimationFrame(arrived) : painted());
  arrived();
})));

/** Asserts that the document is shown in `mode`, as the app renders it. */
async function assertMode(page, slug, mode) {
  await page.waitForURL((url) => url.pathname.endsWith(`/d/${slug}${MODE_PATHS[mode]}`));
  const modes = page.getByRole('navigation', { name: '阅读模式' });
  await modes.locator('a[aria-current="page"]', { hasText: mode }).waitFor();
  const languages = await page.locator('#p1 p.para, p#p1').evaluateAll((all) => all.map((p) => p.lang));
  const expected = { 中文: ['zh-Hans'], 英文: ['en'], 对照: ['zh-Hans', 'en'] }[mode];
  assert.deepEqual(languages, expected, `${mode}: the first paragraph's languages`);
}

/** Every order of switching: each mode to each other mode and back, by the switch's links. */
const EVERY_SWITCH = MODES.flatMap((from) => MODES.filter((to) => to !== from).flatMap((to) => [from, to, from]));

test('app: the mode switch takes every mode to every other and back, by click, without a console message', async () => {
  const page = await newPage(site.browser);
  await open(page, site.server.url, 'd/closing-speech');
  const stayed = await stayInDocument(page);
  const modes = page.getByRole('navigation', { name: '阅读模式' });
  for (const [step, mode] of EVERY_SWITCH.entries()) {
    await modes.getByRole('link', { name: mode, exact: true }).click();
    await assertMode(page, 'closing-speech', mode);
    assert.deepEqual(page.problems, [], `click ${step + 1} (${mode})`);
  }
  await stayed('every switch');
});

test('app: m and the switch, mixed, keep the paragraph and the highlighted query after a search', async () => {
  const page = await newPage(site.browser);
  await open(page, site.server.url, 'search');
  await page.getByRole('searchbox').fill('人大');
  await page.getByRole('searchbox').press('Enter');
  await page.locator('.results a').first().waitFor();
  await page.locator('.results a').first().click();
  await page.waitForURL(/\/d\/[a-z-]+\?hl=/);
  await page.locator('mark[data-hit]').first().waitFor();
  const slug = new URL(page.url()).pathname.match(/\/d\/([a-z-]+)/)[1];
  const stayed = await stayInDocument(page);
  const modes = page.getByRole('navigation', { name: '阅读模式' });
  let mode = '中文';
  for (let step = 0; step < 12; step++) {
    if (step % 3 === 2) {
      // By click, to the mode before the current one: the way m does not go.
      mode = MODES[(MODES.indexOf(mode) + MODES.length - 1) % MODES.length];
      await modes.getByRole('link', { name: mode, exact: true }).click();
    } else {
      mode = MODES[(MODES.indexOf(mode) + 1) % MODES.length];
      await page.keyboard.press('m');
    }
    await assertMode(page, slug, mode);
    assert.match(page.url(), /\?hl=%E4%BA%BA%E5%A4%A7/, `step ${step + 1}: the query stays in the address`);
    assert.ok(await page.locator('.hit-bar').isVisible(), `step ${step + 1}: the hit bar stays`);
    assert.deepEqual(page.problems, [], `step ${step + 1} (${mode})`);
  }
  await stayed('switching after a search');
});

// ── The random walk ─────────────────────────────────────────────────────────────────────────

/** A small seeded generator (mulberry32): the same seed gives the same walk. */
function random(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * What a reader can do, each drawn only where the page offers it: `targets` finds the elements
 * (none: the action is not offered here), `act` does it to one of them.
 */
const ACTIONS = [
  { name: 'mode link', targets: (page) => page.locator('.mode-switch a'), act: (target) => target.click() },
  { name: 'pager link', targets: (page) => page.locator('.pager a'), act: (target) => target.click() },
  { name: 'contents', targets: (page) => page.locator('button[aria-controls="contents"]'), act: (target) => target.click() },
  { name: 'contents link', targets: (page) => page.locator('#contents a'), act: (target) => target.click() },
  { name: 'link in the page', targets: (page) => page.locator('main a[href]:not([download]):not([target]):not([href^="http"]):not([href$=".json"]):not([href$=".txt"])'), act: (target) => target.click() },
  { name: 'formulation or word', targets: (page) => page.locator('main .term-button'), act: (target) => target.click() },
  { name: 'paragraph tool', targets: (page) => page.locator('main .para-tools button, main .para-number'), act: (target) => target.click() },
  { name: 'citation tool', targets: (page) => page.locator('main .cite-panel button'), act: (target) => target.click() },
  { name: 'document tool', targets: (page) => page.locator('.doc-tools button, .hit-bar button'), act: (target) => target.click() },
  { name: 'settings', targets: (page) => page.getByRole('button', { name: /^(设置|Settings)$/ }), act: (target) => target.click() },
  { name: 'setting', targets: (page) => page.locator('#settings input[type="radio"]'), act: (target) => target.check() },
  { name: 'language switch', targets: (page) => page.locator('.language-switch, #settings a[hreflang]'), act: (target, pick, page) => toTwin(page, () => target.click()) },
  { name: 'search', element: false, targets: (page) => page.getByRole('searchbox'), act: async (target, pick) => {
    const query = pick(['人大', '法院', 'court', '发展', '三高四新', 'zzz']);
    await target.fill(query);
    await target.press('Enter');
    return query;
  } },
  { name: 'key', element: false, anywhere: true, targets: (page) => page.locator('body'), act: async (target, pick, page) => {
    const key = pick(['m', 'j', 'k', 'j', 'ArrowLeft', 'ArrowRight', 'Escape', '?', 'Escape', 'Tab', 'Enter']);
    const onTwinLink = await page.evaluate(() => document.activeElement?.matches('a[hreflang]') ?? false);
    if (key === 'Enter' && onTwinLink) await toTwin(page, () => page.keyboard.press(key));
    else await page.keyboard.press(key);
    return key;
  } },
  // Back and forward within this page's own entries: the first entry's back leaves the site,
  // and an entry of another page is the other language's (where only `toTwin` goes).
  { name: 'history', element: false, anywhere: true, targets: (page) => page.locator('body'), act: async (target, pick, page) => {
    const { back, forward } = await page.evaluate(() => {
      const entries = navigation.entries();
      const at = navigation.currentEntry.index;
      const ours = (entry) => entry?.sameDocument === true;
      return { back: ours(entries[at - 1]), forward: ours(entries[at + 1]) };
    });
    const direction = pick(['back', 'forward']);
    if (direction === 'back' && back) await page.goBack();
    if (direction === 'forward' && forward) await page.goForward();
    return direction;
  } },
];

/**
 * Follows a link to the twin page in the other interface language (`press` presses it): the one
 * control that loads another page. Waits for that page's app.
 */
async function toTwin(page, press) {
  const from = page.url();
  await press();
  await page.waitForURL((url) => url.href !== from, { timeout: 30_000 });
  await page.locator('html[data-app="started"]').waitFor({ state: 'attached', timeout: 30_000 });
}

/**
 * Walks `steps` actions from `start`, drawn by `seed`. Returns the steps taken; throws, with the
 * seed and the steps, at the first problem.
 */
async function walk(seed, start, steps, viewport) {
  const next = random(seed);
  const pick = (list) => list[Math.floor(next() * list.length)];
  const page = await newPage(site.browser, { viewport, permissions: ['clipboard-read', 'clipboard-write'] });
  // A control that stays covered or goes away is a step not done, noted, not a wait of 30 s.
  page.setDefaultTimeout(3000);
  const taken = [`open /${start} at ${viewport.width}×${viewport.height}`];
  const failure = (why) => new Error(`random walk, seed ${seed} (replay: RENDA_WALK_SEED=${seed}): ${why}\nsteps:\n${taken.map((s, i) => `  ${i}. ${s}`).join('\n')}`);
  const fail = (why) => {
    throw failure(why);
  };
  try {
    await open(page, site.server.url, start);
    let stayed = await stayInDocument(page);
    let drawn = 0;
    while (taken.length <= steps) {
      const action = pick(ACTIONS);
      const targets = action.targets(page);
      // Which a reader could press, asked of the page once (a round trip per element made a walk
      // slow): shown, and where in the window, not under something else (an open drawer, a
      // popover); one below or above the window is scrolled to.
      if (++drawn > steps * 50) fail(`no control to press after ${drawn} draws`);
      // Each with its label, read in the same round trip: a page still drawing (a part arriving)
      // may have replaced the element by the next one.
      const shown = action.anywhere ? [{ index: 0, label: '' }] : await targets.evaluateAll((all) => all.flatMap((element, index) => {
        if (!element.checkVisibility()) return [];
        const modal = document.querySelector('dialog:modal');
        if (modal && !modal.contains(element)) return [];
        const label = (element.getAttribute('aria-label') || element.textContent || '').trim().slice(0, 24);
        const box = element.getBoundingClientRect();
        const [x, y] = [box.left + box.width / 2, box.top + box.height / 2];
        const reaches = (top) => top && (element.contains(top) || top.contains(element));
        if (y >= 0 && y <= innerHeight && x >= 0 && x <= innerWidth) return reaches(document.elementFromPoint(x, y)) ? [{ index, label }] : [];
        // Scrolled to, it comes to the middle of the window: a layer that covers the middle there
        // and does not scroll with the page (an open drawer) would still cover it, unless it is
        // in that layer (a drawer's own link further down).
        const middle = document.elementFromPoint(Math.min(Math.max(x, 1), innerWidth - 1), innerHeight / 2);
        const fixedLayer = (node) => (!node || node === document.body ? null : getComputedStyle(node).position === 'fixed' ? node : fixedLayer(node.parentElement));
        const layer = fixedLayer(middle);
        return reaches(middle) || !layer || layer.contains(element) ? [{ index, label }] : [];
      }));
      if (shown.length === 0) continue;
      const { index, label } = pick(shown);
      const target = targets.nth(index);
      const at = new URL(page.url());
      taken.push(`${action.name}: ${action.element === false ? '' : label} (at ${at.pathname}${at.search}${at.hash})`);
      const began = Date.now();
      try {
        const what = await action.act(target, pick, page);
        if (what) taken[taken.length - 1] = taken[taken.length - 1].replace(': ', `: ${what}`);
      } catch (error) {
        // A control that went away between being seen and being pressed (a popover that closed,
        // a page that changed) is a reader's miss, not the app's fault; a problem is caught below.
        const blocker = error.message.match(/<[^>]*> (from <[^>]*> subtree )?intercepts pointer events/)?.[0];
        taken[taken.length - 1] += ` (not done: ${blocker ?? error.message.split('\n')[0]})`;
      }
      await settle(page);
      // The twin page (`toTwin`) is a page of its own: from there on, no step may leave it.
      if (!(await page.evaluate(() => window.__rendaSameDocument === true))) {
        if (!/^(language switch|key: Enter)/.test(taken.at(-1))) fail(`step ${taken.length - 1} loaded a page`);
        stayed = await stayInDocument(page);
      }
      if (process.env.RENDA_WALK_SEED) taken[taken.length - 1] += ` [${Date.now() - began} ms]`;
      if (page.problems.length) fail(`page problems after step ${taken.length - 1}: ${JSON.stringify(page.problems)}`);
      if (await page.locator('html[data-app="started"]').count() !== 1) fail(`the app is gone after step ${taken.length - 1}`);
    }
    // No step left the app: every page change was its own navigation.
    await stayed(`seed ${seed}`);
    if (process.env.RENDA_WALK_SEED) console.log(taken.join('\n'));
    return taken;
  } catch (error) {
    // Whatever stopped the walk, its steps are what a replay needs.
    throw error.message.startsWith('random walk, seed') ? error : failure(`after step ${taken.length - 1}: ${error.message}`);
  } finally {
    await page.context().close();
  }
}

// Fixed seeds, so that a failure is met again by the next run; RENDA_WALK_SEED replays one (the
// walk of that seed below, or one of the speech on a desktop).
const FIXED_WALKS = [
  { seed: 20231227, start: 'd/closing-speech', viewport: { width: 1280, height: 900 } },
  { seed: 16, start: 'd/budget/parallel', viewport: { width: 390, height: 844 } },
  { seed: 3, start: '', viewport: { width: 1280, height: 900 } },
];
const replayed = Number(process.env.RENDA_WALK_SEED);
const WALKS = process.env.RENDA_WALK_SEED
  ? [FIXED_WALKS.find((walk) => walk.seed === replayed) ?? { ...FIXED_WALKS[0], seed: replayed }]
  : FIXED_WALKS;

// Three walks of 80 steps: 240 actions over a desktop and a phone, from a document, a parallel
// page and the overview.
const STEPS = 80;

for (const { seed, start, viewport } of WALKS) {
  test(`app: a random walk of ${STEPS} reader actions from /${start} (seed ${seed}) meets no console error and keeps the app`, async () => {
    const taken = await walk(seed, start, STEPS, viewport);
    assert.equal(taken.length, STEPS + 1);
  });
}
