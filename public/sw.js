// Stand-in for the service worker: `npm run build` replaces it in dist/ with the real one
// (src/service-worker/worker.ts, bundled by src/build/service-worker.ts). It matters only under
// `astro dev`, which serves it as is: a browser that still has the worker of a preview of the built
// site on the same address checks this file for an update, installs it, and it retires that worker
// and its saved files, so development pages are never answered from an old build. It reloads
// nothing, so it can never cause a reload loop.
self.addEventListener('install', () => self.skipWaiting());
self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const key of await caches.keys()) await caches.delete(key);
      await self.registration.unregister();
    })(),
  );
});
