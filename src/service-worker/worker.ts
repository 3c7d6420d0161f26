/**
 * The service worker (bundled into dist/sw.js by src/build/service-worker.ts, which writes in the
 * shell and the library's version). What it does, and why:
 *
 * - Install saves the shell: the offline page, what it loads and the search engine. One file that
 *   fails fails the install, so nothing half-saved is ever active; the page says so and tries
 *   again (src/components/offline-status.ts). A file saved at the same revision is not fetched
 *   again. The new version takes over at once (skipWaiting, claim): on a phone a tab may never
 *   close, and a page that was showing the old version says "updated — reload".
 * - Pages: the network first, the saved copy after 3 s without an answer or when the network
 *   fails. Online, a reader always gets the current page whatever is saved (an old page could
 *   point at styles a deploy removed, and a corrected cue must reach the gym); the 3 s is for a
 *   gym's one bar of signal, and the network's answer is still saved for next time.
 *   Stale-while-revalidate would answer sooner but show every page one deploy late. Every page
 *   that comes back is saved: pages are kept as they are opened, each with the files its script
 *   fetches only when used (the plan builder's catalogue), so it works offline as it did online.
 * - Offline, a page asked for without its trailing slash finds the saved page; a page not saved
 *   gets the offline page (503); an address the saved library does not have gets the 404 page with
 *   a 404, but only when the whole library of this version is saved: otherwise the worker cannot
 *   tell a missing page from one not saved yet.
 * - Movement figure files (/figures/): like pages, the network first and kept as they come;
 *   offline and never fetched, an empty drawing, so a plan card shows no picture
 *   rather than an error.
 * - Styles, scripts and images (named by their content): saved, else fetched and kept, with the
 *   modules a script may load later. Search files: saved, else fetched; only a whole save keeps
 *   the index, so offline search has the whole index or none, never half.
 * - "Save everything for the gym": the page asks ("save"), the worker downloads what filesToSave()
 *   lists and tells every open page how far it got; "stop" stops it, and the next save carries on.
 *   The list of the last whole save is kept: it is how the worker knows all is saved.
 * Shared names and rules: src/lib/offline-files.ts; the wording: src/lib/offline.ts.
 */
import { formatMegabytes } from '../lib/format';
import { installFailed, offlineMessage, saveNote, saveOffer, type PageState, type Saved, type SaveEnd, type WorkerNews } from '../lib/offline';
import {
  LIBRARY_URL,
  NOT_FOUND_PAGE,
  OFFLINE_PAGE,
  SAVED_CACHE,
  SHELL_CACHE,
  filesToSave,
  moduleImports,
  pageFiles,
  parseLibrary,
  routeOf,
  shellKey,
  withTrailingSlash,
  type LibraryFile,
  type ShellEntry,
} from '../lib/offline-files';

// Written in by the build.
declare const __SHELL__: ShellEntry[];
declare const __LIBRARY__: { version: string; size: string };

// The parts of the service worker's scope used here (the project's DOM typings have none).
interface ExtendableEvent extends Event {
  waitUntil(promise: Promise<unknown>): void;
}
interface FetchEvent extends ExtendableEvent {
  request: Request;
  respondWith(response: Response | Promise<Response>): void;
}
interface MessageEvent extends ExtendableEvent {
  data: unknown;
  /** A page, or the newer worker telling this one that its install failed. */
  source: Client | object | null;
}
/** An open page. */
interface Client {
  id: string;
  url: string;
  postMessage(message: WorkerNews): void;
}
interface WorkerScope {
  location: Location;
  registration: { active: { postMessage(message: unknown): void } | null };
  skipWaiting(): Promise<void>;
  clients: { claim(): Promise<void>; matchAll(options: { type: 'window'; includeUncontrolled?: boolean }): Promise<Client[]> };
  addEventListener(type: 'install' | 'activate', listener: (event: ExtendableEvent) => void): void;
  addEventListener(type: 'fetch', listener: (event: FetchEvent) => void): void;
  addEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
}
const worker = self as unknown as WorkerScope;

const SHELL = new Map(__SHELL__.map((entry) => [entry.url, shellKey(entry)]));
const NETWORK_WAIT_MS = 3000;
/** Downloads at a time while saving: enough to hide each round trip, few enough to leave pages quick. */
const PARALLEL = 4;

const open = (name: string) => caches.open(name);
const shellMatch = async (url: string) => (await open(SHELL_CACHE)).match(SHELL.get(url) ?? url);
const absolute = (url: string) => new URL(url, worker.location.href).href;

/** A saved response with another status (the offline page's 503, the 404 page's 404). */
const withStatus = (response: Response, status: 404 | 503) =>
  new Response(response.body, { status, statusText: status === 404 ? 'Not Found' : 'Service Unavailable', headers: response.headers });

/** Whether this worker replaces an earlier version, whose pages it then tells "updated — reload". */
let replacing = false;

worker.addEventListener('install', (event) => {
  replacing = !!worker.registration.active;
  event.waitUntil(
    (async () => {
      const shell = await open(SHELL_CACHE);
      try {
        await Promise.all(
          __SHELL__.map(async (entry) => {
            const key = shellKey(entry);
            if (await shell.match(key)) return;
            // A file named by its content may come from the browser's cache; others are checked
            // with the server first (a 304 costs a few hundred bytes).
            const response = await fetch(entry.url, { cache: entry.rev ? 'no-cache' : 'default' });
            if (!response.ok) throw new Error(`${entry.url}: ${response.status}`);
            await shell.put(key, response);
          }),
        );
      } catch (error) {
        // Said before this worker is dropped: the pages try again later, and the earlier version,
        // if any, keeps saying it in their footers.
        worker.registration.active?.postMessage(['failed']);
        const news: WorkerNews = { line: installFailed(replacing ? 'opened' : undefined), offer: null, failed: true };
        for (const client of await worker.clients.matchAll({ type: 'window', includeUncontrolled: true })) client.postMessage(news);
        throw error;
      }
      await worker.skipWaiting();
    })(),
  );
});

worker.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      const [shell, saved] = await Promise.all([open(SHELL_CACHE), open(SAVED_CACHE)]);
      const wanted = new Set([...SHELL.values()].map(absolute));
      for (const request of await shell.keys()) {
        if (wanted.has(request.url)) continue;
        // A retired style or script is named by its content: pages saved before this version may
        // still use it, so it joins them.
        const response = routeOf(new URL(request.url).pathname) === 'asset' && (await shell.match(request));
        if (response) await saved.put(request, response);
        await shell.delete(request);
      }
      // Caches of earlier workers (Workbox's, which saved the whole site) go.
      for (const name of await caches.keys()) if (name !== SHELL_CACHE && name !== SAVED_CACHE) await caches.delete(name);
      await worker.clients.claim();
      const windows = await worker.clients.matchAll({ type: 'window' });
      if (replacing) {
        for (const { id } of windows) pages.set(id, { ...(pages.get(id) ?? PLAIN), updated: true });
        await tellAll();
      }
      // A page open now may have come before this worker: keep it as any page opened from now on,
      // from the browser's cache when it is there.
      for (const { url } of windows) {
        const key = pageKey(new URL(url));
        if (await saved.match(key)) continue;
        const response = await fetch(url, { cache: 'force-cache' }).catch(() => null);
        if (response && isPage(response)) await keepPage(saved, key, response);
      }
    })(),
  );
});

/** Pages are saved by their address without the query: /plan/?s=3 is the /plan/ page. */
const pageKey = (url: URL) => url.origin + url.pathname;
/** A page worth keeping: found, from this site, and HTML (an address bar can open any file). */
const isPage = (response: Response) =>
  response.ok && response.type === 'basic' && !response.redirected && !!response.headers.get('content-type')?.startsWith('text/html');

/**
 * Keeps a page with the files its script fetches only when used (pageFiles()), those first: a page
 * in the saved cache has what it needs, unless the network failed to give it.
 */
async function keepPage(saved: Cache, key: string, response: Response): Promise<void> {
  for (const url of pageFiles(await response.clone().text())) if (!(await saved.match(url))) await saved.add(url).catch(() => undefined);
  await saved.put(key, response);
}

/**
 * The network's answer, or the saved copy under `key` once the network has taken 3 s or failed;
 * rejects when neither has one. `keep` says whether the network's answer replaces the saved copy
 * (as it streams to the page, and even when the saved copy answered first); `store` keeps it.
 */
async function networkFirst(
  event: FetchEvent,
  key: string,
  keep: (response: Response) => boolean,
  store = (saved: Cache, response: Response) => saved.put(key, response),
): Promise<Response> {
  const saved = await open(SAVED_CACHE);
  const network = fetch(event.request).then((response) => {
    if (keep(response)) event.waitUntil(store(saved, response.clone()));
    return response;
  });
  event.waitUntil(network.catch(() => undefined));
  const late = new Promise<Response>((resolve) => setTimeout(async () => resolve((await saved.match(key)) ?? network), NETWORK_WAIT_MS));
  try {
    return await Promise.race([network, late]);
  } catch {
    const hit = await saved.match(key);
    if (hit) return hit;
    throw new Error(`${key}: neither the network nor the saved copies have it`);
  }
}

/** A page: network first; offline, the saved page, else what offlineAnswer() finds. */
const page = (event: FetchEvent, url: URL) =>
  networkFirst(event, pageKey(url), isPage, (saved, response) => keepPage(saved, pageKey(url), response)).catch(async () => offlineAnswer(url, await open(SAVED_CACHE)));

/** Offline, for a page that is not saved: the page with a slash, the 404 page, or the offline page. */
async function offlineAnswer(url: URL, saved: Cache): Promise<Response> {
  const slashed = withTrailingSlash(url.pathname);
  if (slashed && (await saved.match(url.origin + slashed))) return Response.redirect(slashed + url.search, 301);
  if ((await librarySaved()) === 'all') {
    const notFound = await saved.match(NOT_FOUND_PAGE);
    if (notFound) return withStatus(notFound, 404);
  }
  const offline = await shellMatch(OFFLINE_PAGE);
  return offline ? withStatus(offline, 503) : Response.error();
}

/**
 * What is saved beyond the shell, from the list of the last whole save. Remembered: only a save
 * here changes it, and it forgets it then.
 */
let savedNow: Promise<Saved> | undefined;
const librarySaved = () =>
  (savedNow ??= (async () => {
    const record = await (await open(SAVED_CACHE)).match(LIBRARY_URL);
    const library = record ? parseLibrary(await record.text()) : null;
    if (!library) return 'opened';
    return library.version === __LIBRARY__.version ? 'all' : 'earlier';
  })());

/**
 * A file named by its content: the saved copy, else the network's, which is kept (with the modules
 * a script may load later) when `keep` says so, after it has gone to the page.
 */
async function named(event: FetchEvent, keep: boolean): Promise<Response> {
  const { request } = event;
  const path = new URL(request.url).pathname;
  const cache = await open(SAVED_CACHE);
  const hit = (await shellMatch(path)) ?? (await cache.match(request.url));
  if (hit) return hit;
  const response = await fetch(request);
  if (keep && response.ok) {
    const copy = response.clone();
    event.waitUntil(
      (async () => {
        const code = path.endsWith('.js') ? await copy.clone().text() : '';
        await cache.put(request.url, copy);
        const { static: eager, lazy } = moduleImports(code);
        for (const url of [...eager, ...lazy]) if (!(await cache.match(url))) await cache.add(url).catch(() => undefined);
      })(),
    );
  }
  return response;
}

/**
 * Pagefind's entry file names the index in use: the network's (never kept: only a whole save keeps
 * the entry with its index), else the saved one. Saved without the query Pagefind adds (?ts=…).
 */
const searchEntry = (event: FetchEvent, url: URL) =>
  networkFirst(event, url.origin + url.pathname, () => false).catch(() => Response.error());

/** An SVG that draws nothing: a figure file not saved yet, offline (the picture is missing, the page works). */
const NO_FIGURE = '<svg xmlns="http://www.w3.org/2000/svg"/>';

/** A figure file: network first, kept as it comes; offline and not saved, an empty drawing. */
const figure = (event: FetchEvent, url: URL) =>
  networkFirst(event, url.origin + url.pathname, (response) => response.ok && response.type === 'basic').catch(
    () => new Response(NO_FIGURE, { headers: { 'content-type': 'image/svg+xml' } }),
  );

worker.addEventListener('fetch', (event) => {
  const { request } = event;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== worker.location.origin) return;
  if (request.mode === 'navigate') return event.respondWith(page(event, url));
  if (SHELL.has(url.pathname)) return event.respondWith(named(event, false));
  const route = routeOf(url.pathname);
  if (route === 'asset' || route === 'search-file') event.respondWith(named(event, route === 'asset'));
  else if (route === 'search-entry') event.respondWith(searchEntry(event, url));
  else if (route === 'figure') event.respondWith(figure(event, url));
});

/** The save under way, if any: how far it is, and how to stop it. */
let saving: { progress: [number, string]; stop: AbortController } | undefined;

/** What this worker knows of each open page, by client id; a page that has not said is online and plain. */
const pages = new Map<string, PageState>();
const PLAIN: PageState = { online: true, saveData: false, updated: false, failed: false };
/** A newer worker failed to install (it said so), so this version is still the one saved. */
let newerFailed = false;

/** A page's footer: its status line (a save's progress or end, when online), the offer, the progress. */
async function footer(page: PageState, ended?: string): Promise<WorkerNews> {
  const saved = await librarySaved();
  const busy = page.online && (ended ?? (saving && 'Saving everything for offline use…'));
  return {
    line: busy || offlineMessage({ ...page, failed: newerFailed }, saved),
    offer: saving ? null : saveOffer(page, saved, __LIBRARY__.size),
    ...(saving && { progress: saving.progress }),
  };
}
const tellAll = async (ended?: string) => {
  const windows = await worker.clients.matchAll({ type: 'window' });
  for (const id of pages.keys()) if (!windows.some((client) => client.id === id)) pages.delete(id);
  for (const client of windows) client.postMessage(await footer(pages.get(client.id) ?? PLAIN, ended));
};

/** Saves the whole library (see the comment at the top); resolves when the save ends. */
async function saveEverything(): Promise<void> {
  const stop = new AbortController();
  saving = { progress: [0, ''], stop };
  let done = 0;
  let bytes = 0;
  let end: SaveEnd | undefined;
  let last = 0;
  // Pages hear of the progress four times a second at most.
  const report = (force = false) => {
    saving!.progress = [bytes ? done / bytes : 1, `${formatMegabytes(done)} of ${formatMegabytes(bytes)}`];
    if (!force && Date.now() - last < 250) return;
    last = Date.now();
    void tellAll();
  };
  void tellAll();
  try {
    const list = await fetch(LIBRARY_URL, { cache: 'no-cache', signal: stop.signal });
    const library = list.ok ? parseLibrary(await list.text()) : null;
    if (!library) throw new Error('the list of files to save could not be read');
    const cache = await open(SAVED_CACHE);
    const saved = new Set((await cache.keys()).map((request) => new URL(request.url).pathname));
    const record = await cache.match(LIBRARY_URL);
    const plan = filesToSave(library, saved, record ? parseLibrary(await record.text()) : null);
    bytes = plan.bytes;
    const room = await navigator.storage?.estimate?.();
    if (room?.quota !== undefined && room.usage !== undefined && room.quota - room.usage < bytes) {
      end = { needs: formatMegabytes(bytes), free: formatMegabytes(room.quota - room.usage) };
      return;
    }
    report(true);
    let failed = 0;
    const saveOne = async ([url, size, rev]: LibraryFile) => {
      // One more try for a file that fails: a gym's signal comes and goes.
      for (let attempt = 0; attempt < 2; attempt++) {
        try {
          // The shell has this very file already when its revision is the same.
          const shellCopy = SHELL.has(url) && SHELL.get(url) === shellKey({ url, rev }) && (await shellMatch(url));
          const response = shellCopy || (await fetch(url, { cache: 'no-cache', signal: stop.signal }));
          if (!response.ok) throw new Error(`${url}: ${response.status}`);
          await cache.put(url, response);
          done += size;
          report();
          return;
        } catch (error) {
          if (stop.signal.aborted) throw error;
        }
      }
      failed++;
    };
    const queue = [...plan.download];
    await Promise.all(
      Array.from({ length: PARALLEL }, async () => {
        for (let file = queue.shift(); file; file = queue.shift()) await saveOne(file);
      }),
    );
    if (failed > 0) {
      end = { failed, of: plan.download.length };
      return;
    }
    for (const url of plan.remove) await cache.delete(url);
    await cache.put(LIBRARY_URL, new Response(JSON.stringify(library), { headers: { 'content-type': 'application/json' } }));
  } catch (error) {
    end = stop.signal.aborted
      ? { stopped: true, saved: formatMegabytes(done), of: formatMegabytes(bytes) }
      : { error: error instanceof Error ? error.message : String(error) };
  } finally {
    saving = undefined;
    savedNow = undefined;
    await tellAll(end && saveNote(end));
  }
}

// A page asks for its footer ("status"), or starts or stops a save, saying whether it is online
// and on Save-Data; a newer worker whose install failed says "failed".
worker.addEventListener('message', (event) => {
  const { data, source } = event;
  if (!Array.isArray(data) || !source) return;
  const [ask, online, saveData] = data as [string, boolean?, boolean?];
  if (ask === 'failed') {
    newerFailed = true;
    return event.waitUntil(tellAll());
  }
  if (!('id' in source)) return;
  const page = { ...(pages.get(source.id) ?? PLAIN), online: online !== false, saveData: saveData === true };
  pages.set(source.id, page);
  if (ask === 'status') event.waitUntil(footer(page).then((news) => source.postMessage(news)));
  else if (ask === 'save' && !saving) event.waitUntil(saveEverything());
  // A save this worker does not know of (stopped with a worker the browser ended): the footer is
  // told so, and offers to carry on.
  else if (ask === 'stop') saving ? saving.stop.abort() : event.waitUntil(tellAll());
});
