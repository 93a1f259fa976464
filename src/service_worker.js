// Registration of the service worker (scripts/sw.template.js) and its update handshake. Kept in
// JavaScript because it is the browser's own event plumbing; src/service_worker.rs calls it.

let reloading = false;

// Registers sw.js under the page's base URL and calls `onUpdate` whenever a new version is
// installed and waiting while an older one controls the page.
export function register(onUpdate) {
  if (!('serviceWorker' in navigator)) return;
  const waitingFound = (registration) => {
    if (registration.waiting && navigator.serviceWorker.controller) onUpdate();
  };
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    // Reload once, when the reader accepted the update: the page then runs the new code.
    if (!reloading && window.__rendaAcceptedUpdate) {
      reloading = true;
      window.location.reload();
    }
  });
  navigator.serviceWorker.register(new URL('sw.js', document.baseURI)).then((registration) => {
    waitingFound(registration);
    registration.addEventListener('updatefound', () => {
      const installing = registration.installing;
      installing?.addEventListener('statechange', () => {
        if (installing.state === 'installed') waitingFound(registration);
      });
    });
  }, () => {});
}

// Activates the waiting worker; the page reloads when it takes control.
export function acceptUpdate() {
  window.__rendaAcceptedUpdate = true;
  navigator.serviceWorker.getRegistration(new URL('./', document.baseURI)).then((registration) => {
    registration?.waiting?.postMessage('skip-waiting');
  });
}

// Development builds must never run a stale build: remove any worker a release left behind.
export function unregisterAll() {
  if (!('serviceWorker' in navigator)) return;
  navigator.serviceWorker.getRegistrations().then((all) => all.forEach((registration) => registration.unregister()));
}
