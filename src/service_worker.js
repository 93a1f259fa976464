// Registration of the service worker (scripts/sw.js) and its update handshake. Kept in plain
// JavaScript because it is the browser's own event plumbing (workbox-window would do the same
// in more code and need a bundler for the page); src/service_worker.rs calls it.

let registration = null;
let reloading = false;

// The browser's service workers, or null where there are none: some browsers throw on reading
// `navigator.serviceWorker` when site data are restricted, and the app must start all the same.
function serviceWorkers() {
  try {
    return 'serviceWorker' in navigator ? navigator.serviceWorker : null;
  } catch {
    return null;
  }
}

// Registers sw.js under the page's base URL; calls `onUpdate` whenever a new version is installed
// and waiting while an older one controls the page, `onOfflineReady` once a worker is active
// (its install has stored every file of the build: the app now opens offline), and
// `onStorageFull` when the worker could not store the build for want of space.
export function register(onUpdate, onOfflineReady, onStorageFull) {
  const workers = serviceWorkers();
  if (!workers) return;
  workers.addEventListener('message', (event) => {
    if (event.data?.type === 'RENDA_STORAGE_FULL') onStorageFull();
  });
  // Whether an older worker controls this page: then a change of controller means a new build
  // took over (accepted in this tab or another), and the page reloads once to run it. The first
  // worker claiming a first visit changes nothing the page runs.
  let controlled = workers.controller !== null;
  workers.addEventListener('controllerchange', () => {
    if (controlled && !reloading) {
      reloading = true;
      window.location.reload();
    }
    controlled = true;
  });
  const offer = (found) => {
    if (found.waiting && workers.controller) onUpdate();
  };
  workers.register(new URL('sw.js', document.baseURI), { updateViaCache: 'none' }).then((found) => {
    // Browsers and tools that block service workers may resolve with nothing.
    if (!found) return;
    workers.ready.then(() => onOfflineReady(), () => {});
    registration = found;
    offer(found);
    found.addEventListener('updatefound', () => {
      const installing = found.installing;
      installing?.addEventListener('statechange', () => {
        if (installing.state === 'installed') offer(found);
      });
    });
    // The browser checks for a new worker on page loads (and at most daily on some events): a tab
    // left open also checks when the reader comes back to it, and every half hour.
    let checking = null;
    const check = () => {
      if (document.visibilityState !== 'visible' || checking) return;
      checking = found.update().catch(() => {}).finally(() => { checking = null; });
    };
    document.addEventListener('visibilitychange', check);
    window.addEventListener('focus', check);
    setInterval(check, 30 * 60 * 1000);
  }, () => {});
}

// Activates the waiting worker; every tab it takes over reloads. With none waiting (another tab
// activated it, or the browser has not looked for a new deploy yet: a reader whose aids' data
// are gone from the host), it looks for one and takes it once installed; a page that no new
// worker will take over only needs to load again. (A plain reload of a page the worker controls
// would be answered from its precache: the same build again.)
export function acceptUpdate() {
  const reload = () => {
    if (!reloading) {
      reloading = true;
      window.location.reload();
    }
  };
  if (registration?.waiting) {
    registration.waiting.postMessage({ type: 'SKIP_WAITING' });
    return;
  }
  if (!registration || !serviceWorkers()?.controller) {
    reload();
    return;
  }
  registration.update().then(() => installed(registration), () => null).then((worker) => {
    if (worker) worker.postMessage({ type: 'SKIP_WAITING' });
    else reload();
  });
}

// The registration's new worker once it has installed, or null when there is none or it fails.
function installed(found) {
  const worker = found.installing;
  if (!worker) return Promise.resolve(found.waiting);
  return new Promise((done) => {
    worker.addEventListener('statechange', () => {
      if (worker.state === 'installed') done(worker);
      else if (worker.state === 'redundant') done(null);
    });
  });
}

// Development builds must never run a stale build: remove the worker a release left at this
// page's scope. `getRegistration` also answers with a worker of an enclosing scope, which belongs
// to another deployment on the origin: that one is left alone.
export function unregisterHere() {
  const workers = serviceWorkers();
  if (!workers) return;
  const here = new URL('./', document.baseURI).href;
  workers.getRegistration(here).then((found) => found?.scope === here && found.unregister(), () => {});
}
