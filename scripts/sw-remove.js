// The service worker of development builds (`trunk serve`): a release worker left on this origin
// by an earlier visit would keep answering with its precached build. The browser checks sw.js on
// every page load, finds this one, and lets it take over at once; it deletes the release caches of
// its own scope (the precache and the reading aids'), unregisters itself and reloads the open
// pages from the development server.
// (Deployments under other paths of the origin keep their workers and caches.)
self.addEventListener('install', () => self.skipWaiting());
self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      const scope = self.registration.scope;
      await Promise.all([`renda-reader-precache-v2-${scope}`, `renda-reader-aids-${scope}`].map((name) => caches.delete(name)));
      await self.registration.unregister();
      const pages = await self.clients.matchAll({ type: 'window' });
      await Promise.all(pages.map((page) => page.navigate(page.url)));
    })(),
  );
});
