// The service worker of development builds (`trunk serve`): a release worker left on this origin
// by an earlier visit would keep answering with its precached build. The browser checks sw.js on
// every page load, finds this one, and lets it take over at once; it deletes this origin's Renda
// Reader caches, unregisters itself and reloads the open pages from the development server.
self.addEventListener('install', () => self.skipWaiting());
self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      const keys = await caches.keys();
      await Promise.all(keys.filter((key) => key.startsWith('renda-reader-')).map((key) => caches.delete(key)));
      await self.registration.unregister();
      const pages = await self.clients.matchAll({ type: 'window' });
      await Promise.all(pages.map((page) => page.navigate(page.url)));
    })(),
  );
});
