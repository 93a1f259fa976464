// Renda Reader's service worker. scripts/post-build.mjs bundles it with the Workbox modules it
// imports (so nothing is fetched from a CDN) and puts the build's file list, every file with its
// revision, in place of `self.__WB_MANIFEST`.
//
// Workbox's precache gives what a static deploy needs: one cache per scope
// (`renda-reader-precache-v2-<scope>`), whose stale entries each new worker removes; files stored
// under their revision, so an old page keeps getting its own build's files until it reloads;
// and redirected responses copied before they are stored, so hosts that redirect `/x/index.html`
// to `/x/` still work offline. What it stores is proven to be this build's: every file but the
// pages by its integrity hash, each page by the build id it carries (below). A stale CDN copy
// then fails the install, which the browser tries again on a later visit, rather than mixing two
// builds.

import { clientsClaim, registerQuotaErrorCallback, setCacheNameDetails } from 'workbox-core';
import { addPlugins, addRoute, getCacheKeyForURL, matchPrecache, precache } from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import { CacheFirst, NetworkOnly } from 'workbox-strategies';
import { ExpirationPlugin } from 'workbox-expiration';

setCacheNameDetails({ prefix: 'renda-reader' });

const scope = new URL(self.registration.scope);

// Page loads are answered from the precache first, so that a page and every file it loads come
// from the same build, and a bad connection never hangs a reader who has the pages already.
// Each route has its own prerendered page: /d/plan, /d/plan/ and /d/plan/index.html are all
// d/plan/index.html; /search?q=… is search/index.html (the app reads the query).
function precachedPage(url) {
  if (!url.pathname.startsWith(scope.pathname)) return null;
  const path = url.pathname.slice(scope.pathname.length);
  if (path === '' || path.endsWith('/')) return new URL(`${path}index.html`, scope).href;
  return new URL(path.endsWith('.html') ? path : `${path}/index.html`, scope).href;
}

// A path this build has no page for goes to the network, which knows the current deploy (a
// newer route, or the host's own 404 with its status); after a few seconds without an answer,
// or offline, the app's not-found page, whose app renders whatever route the path names.
const network = new NetworkOnly({ networkTimeoutSeconds: 4 });

registerRoute(
  new NavigationRoute(async ({ event, request, url }) => {
    const page = precachedPage(url);
    const cached = page && (await matchPrecache(page));
    if (cached) return cached;
    try {
      return await network.handle({ event, request });
    } catch {
      return (await matchPrecache('404.html')) ?? (await matchPrecache('index.html')) ?? Response.error();
    }
  }),
);

// The reading aids' data (aids/<name>.<hash>.json), fetched when a reader first turns an aid on:
// kept from then on, for offline use. Each name carries the first 16 hex digits of its
// contents' SHA-256 (renda_ingest::reading_aids::file_name), so a new deploy's are new entries,
// and only an answer whose bytes are what its name says is kept: never a captive portal's page, a
// host's fallback page or a redirect, which would otherwise be answered from the cache for good.
// The few kept per scope bound what old ones are left.
const AID_NAME = /\.([0-9a-f]{16})\.json$/;

async function hashPrefix(response) {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', await response.clone().arrayBuffer()));
  return [...digest.slice(0, 8)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}

const onlyTheNamedData = {
  async cacheWillUpdate({ request, response }) {
    const expected = new URL(request.url).pathname.match(AID_NAME)?.[1];
    if (!expected || response.status !== 200 || response.redirected) return null;
    return (await hashPrefix(response)) === expected ? response : null;
  },
};

registerRoute(
  // Not the paragraphs' English beside them, which is precached (the precache's route, added
  // last, answers for it).
  ({ url }) => url.pathname.startsWith(`${scope.pathname}aids/`) && !getCacheKeyForURL(url.href),
  new CacheFirst({
    cacheName: `renda-reader-aids-${scope.href}`,
    plugins: [onlyTheNamedData, new ExpirationPlugin({ maxEntries: 6 })],
  }),
);

// The build id that scripts/post-build.mjs gave this build's pages (`<meta name="renda-build">`).
// Pages carry no integrity hash in the list (hosts may rewrite HTML on the way, an analytics
// snippet say), so a page is taken only when it names this build: a CDN's stale copy of the last
// build's page, which loads that build's script and wasm, fails the install instead. (With a
// `cacheWillUpdate` of its own, Workbox leaves out its default check of the status: it is here.)
const BUILD = __RENDA_BUILD__;
const BUILD_META = /<meta name="renda-build" content="([0-9a-f]+)">/;

addPlugins([{
  async cacheWillUpdate({ request, response }) {
    if (!response || response.status >= 400) return null;
    if (!new URL(request.url).pathname.endsWith('.html')) return response;
    return (await response.clone().text()).match(BUILD_META)?.[1] === BUILD ? response : null;
  },
}]);

// A full storage quota fails the first install (and so offline use) on every visit, silently: the
// pages of this scope are told, and tell the reader once what still works
// (src/service_worker.js). Not when a build is stored already (an update that does not fit
// leaves offline reading as it was), nor for the aids' cache.
let installing = false;
self.addEventListener('install', () => { installing = true; });
registerQuotaErrorCallback(async () => {
  if (!installing || self.registration.active) return;
  const pages = await self.clients.matchAll({ type: 'window', includeUncontrolled: true });
  pages.filter((page) => page.url.startsWith(scope.href)).forEach((page) => page.postMessage({ type: 'RENDA_STORAGE_FULL' }));
});

precache(self.__WB_MANIFEST);
// Every other file of the build: from the precache; anything else goes to the network as usual.
// (No cleanupOutdatedCaches(): it deletes every precache whose name contains this scope, which
// includes the caches of deployments under a subpath of it, and there are no caches of older
// Workbox versions to migrate.)
addRoute();

// The new worker waits until the reader accepts the update in the page (src/service_worker.js),
// which then reloads every tab this worker takes over.
// Pages of the first release ask with the bare string 'skip-waiting'.
self.addEventListener('message', (event) => {
  if (event.data?.type === 'SKIP_WAITING' || event.data === 'skip-waiting') self.skipWaiting();
});
// The first worker takes charge of the page that installed it, so that it works offline at once.
clientsClaim();

// Workers from before Workbox kept a cache per deploy, `renda-reader-<16 hex digits>`, with no
// scope in its name. Each held its scope's index.html: delete the ones that hold this scope's,
// and leave other deployments on the origin alone.
self.addEventListener('activate', (event) => {
  const shell = new URL('index.html', scope).href;
  event.waitUntil(
    caches.keys().then((keys) =>
      Promise.all(
        keys
          .filter((key) => /^renda-reader-[0-9a-f]{16}$/.test(key))
          .map(async (key) => (await (await caches.open(key)).match(shell)) && caches.delete(key)),
      ),
    ),
  );
});
