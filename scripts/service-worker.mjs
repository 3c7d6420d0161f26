// Writes dist/sw.js, the service worker that makes the site work offline after one visit.
// Runs after the build and after Pagefind (package.json `postbuild`), because the search index it
// saves only exists once Pagefind has written it. Which files are saved: keepForOffline() in
// src/lib/offline.ts. Usage: node scripts/service-worker.mjs [distDir]
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateSW } from 'workbox-build';
import { keepForOffline, pagefindWasmFromEntry } from '../src/lib/offline.ts';

const dist = process.argv[2] ?? 'dist';
const swDest = join(dist, 'sw.js');
const context = { pagefindWasm: pagefindWasmFromEntry(readFileSync(join(dist, 'pagefind/pagefind-entry.json'), 'utf8')) };

const { count, size, warnings } = await generateSW({
  globDirectory: dist,
  globPatterns: ['**/*'],
  // Preview images are never saved (keepForOffline); skipping them here spares Workbox reading and
  // hashing one image per page, most of dist/ by size.
  globIgnores: ['og/**'],
  swDest,
  manifestTransforms: [
    async (entries) => ({ manifest: entries.filter((entry) => keepForOffline(entry.url, context)), warnings: [] }),
  ],
  // Workbox's own runtime goes into sw.js itself: nothing is loaded from a CDN or another file.
  inlineWorkboxRuntime: true,
  mode: 'production',
  sourcemap: false,
  disableDevLogs: true,
  cacheId: 'strongstride',
  // Every other file gets a content hash as its revision, so a changed page is fetched again and
  // an unchanged one is not. These names already carry a content hash (Astro's _astro/ files,
  // Pagefind's index chunks), so their URL is their revision.
  dontCacheBustURLsMatching: /^(_astro\/|pagefind\/(index|fragment|filter)\/)|\.pf_meta$/,
  // Query strings never change what the server sends here: /plan/?s=2… and /search/?q=… are the
  // saved /plan/ and /search/ pages (their scripts read the query), and Pagefind adds ?ts=… to
  // its entry file.
  ignoreURLParametersMatching: [/.*/],
  // Updates: skipWaiting + clientsClaim let a new version take over as soon as it has saved
  // every changed file, instead of waiting until every StrongStride tab is closed (on a phone that
  // can be never, so readers would see old pages forever). The page that was showing the old
  // version says "updated — reload" (src/components/offline-status.ts), and the next page opened
  // is new. The price, a page of the old version asking for a file the new one dropped, is small
  // on a site whose pages are complete HTML.
  skipWaiting: true,
  clientsClaim: true,
  cleanupOutdatedCaches: true,
  // A page that is not saved (an address that does not exist, or typed without its trailing
  // slash) goes to the network; offline, the saved 404 page answers instead of the browser's error.
  runtimeCaching: [
    {
      urlPattern: ({ request }) => request.mode === 'navigate',
      handler: 'NetworkOnly',
      options: { precacheFallback: { fallbackURL: '/404.html' } },
    },
  ],
});

for (const warning of warnings) console.warn(`service worker: ${warning}`);
const sw = readFileSync(swDest, 'utf8');
// Workbox can also load its runtime with importScripts() from a CDN; the site must never do that.
if (/importScripts\s*\(/.test(sw)) throw new Error(`${swDest} loads scripts from elsewhere (importScripts)`);
const kb = (bytes) => `${(bytes / 1024).toFixed(0)} KB`;
console.log(`service worker: ${swDest} (${kb(Buffer.byteLength(sw))}) saves ${count} files, ${kb(size)}, for offline use`);
