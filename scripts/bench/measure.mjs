// Measurements on a copy of the project (scripts/bench/generate.mjs makes one): the build, with
// the integration's own step times; what dist/ is made of; what a first search and a first visit
// download in Chromium; and which search files one edited page renames.
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { chromiumArgs, chromiumPath } from '../browser.mjs';
import { countingProxy, quiet } from '../byte-proxy.mjs';
import { ROOT } from './generate.mjs';

/** The word the first-search measurement types. */
export const QUERY = 'squat';

/**
 * What the quick-search measurement types after the first search, one query at a time: exercise
 * names, a body area, a misspelling, a missing exercise, a two-word name.
 */
export const NEXT_QUERIES = ['hamstring', 'IT band', 'plank', 'paloff', 'calf raise', 'leg press', 'hills', 'glute bridge', 'pogo hops', 'posture'];

/** The environment the build and the preview server run in: the project's Node first on PATH. */
export const benchEnv = () => ({
  ...process.env,
  ASTRO_TELEMETRY_DISABLED: '1',
  PATH: `${join(ROOT, 'node_modules/.bin')}:${process.env.PATH}`,
});

/**
 * Runs `astro build` in `dir` (what `npm run build` runs): its wall and CPU time, its log, and the
 * steps the build integration logs with their times ("[strongstride] search index: … (0.57 s)").
 */
export async function build(dir, env = benchEnv()) {
  const { value: log, seconds, cpu } = await timed(() => run('astro', ['build'], { cwd: dir, env }));
  const steps = [...log.matchAll(/\[strongstride\] ([^:\n]+): .*\((\d+(?:\.\d+)?) s\)$/gm)].map(([, name, s]) => ({ name, seconds: Number(s) }));
  return { log, seconds, cpu, steps, routes: routeTimes(log) };
}

/** What dist/ is made of: pages, bytes, the search index, the median exercise page, the largest folders. */
export function measureOutput(dist) {
  const files = walk(dist);
  const exercisePages = files.filter((f) => /\/exercises\/[^/]+\/index\.html$/.test(f.path)).map((f) => f.size).sort((a, b) => a - b);
  return {
    pages: files.filter((f) => f.path.endsWith('.html')).length,
    distBytes: sum(files),
    pagefindBytes: sum(files.filter((f) => f.path.startsWith(join(dist, 'pagefind') + '/'))),
    // The median exercise page: if it grew with N, some page would carry a list of the library.
    exercisePageBytes: exercisePages[Math.floor(exercisePages.length / 2)],
    folders: topFolders(dist, files),
  };
}

/** Every file of the search index (dist/pagefind/) the service worker saves, by name, with its size. */
export function searchFiles(dist) {
  const dir = join(dist, 'pagefind');
  return new Map(
    walk(dir)
      .map((f) => ({ name: f.path.slice(dir.length + 1), size: f.size }))
      .filter(({ name }) => /\.pf_(meta|index|fragment|filter)$/.test(name))
      .map(({ name, size }) => [name, size]),
  );
}

/**
 * Which search files an edit renamed: those in `after` whose name `before` did not have, which a
 * returning reader's service worker downloads again.
 */
export function renamedSearchFiles(before, after) {
  const renamed = [...after].filter(([name]) => !before.has(name));
  return { files: after.size, bytes: [...after.values()].reduce((a, b) => a + b, 0), renamed: renamed.length, renamedBytes: renamed.reduce((a, [, size]) => a + size, 0) };
}

/**
 * The two everyday edits of one technique cue of one synthetic exercise in `dir`: `word` changes one
 * word for another (the page's other words keep their positions), `words` adds three words (every
 * word after them moves, and Pagefind's index stores positions). Returns the file it changed.
 */
export const CUE_EDITS = {
  word: (cue) => cue.replace(/\b(\w+)\.$/, 'form.'),
  words: (cue) => `${cue} Keep breathing steadily.`,
};

export function editOneCue(dir, slug, kind) {
  const file = join(dir, 'content/exercises', `${slug}.md`);
  const source = readFileSync(file, 'utf8');
  const edited = source.replace(/^(cues:\n  - ")([^"]*)"/m, (_, start, cue) => `${start}${CUE_EDITS[kind](cue)}"`);
  if (edited === source) throw new Error(`${file}: no cue to edit`);
  writeFileSync(file, edited);
  return file;
}

/**
 * Serves the build with `astro preview` behind a proxy that counts every byte the server sends,
 * per request (../byte-proxy.mjs): headers, gzip-compressed bodies and chunk framing, as they
 * cross the wire. Two fresh browser contexts:
 * - first search: /search/ with service workers blocked (the worker's shell, which holds the search
 *   engine, would otherwise download in the same moments), then the query, counting what follows
 *   the page load plus every Pagefind file fetched before it (the page may start loading Pagefind
 *   when its box takes focus; those bytes belong to the first search all the same);
 * - first visit: / with service workers allowed, counting everything until the network is quiet:
 *   the page, the worker and the shell it saves for offline use.
 */
export async function measureBrowser(dir, env = benchEnv()) {
  const site = await serve(dir, env);
  const { exchanges } = site;
  const base = site.origin;
  const since = (mark) => exchanges.filter((e) => e.at >= mark).map(({ path, bytes }) => ({ path, bytes }));
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
  try {
    const searching = await browser.newContext({ serviceWorkers: 'block' });
    const page = await searching.newPage();
    const opened = performance.now();
    await page.goto(`${base}/search/`, { waitUntil: 'load' });
    await quiet(exchanges, 750);
    const mark = performance.now();
    const links = await firstSearch(page);
    await quiet(exchanges, 1000);
    const early = exchanges.filter((e) => e.at >= opened && e.at < mark && e.path.startsWith('/pagefind/'));
    const all = [...early.map(({ path, bytes }) => ({ path, bytes })), ...since(mark)];
    // The titles file loads after the first results are drawn, for the searches after it: counted on its own.
    const isTitles = (r) => r.path.startsWith('/pagefind/titles/');
    const requests = all.filter((r) => !isTitles(r));
    const search = {
      bytes: sum(requests.map((r) => ({ size: r.bytes }))),
      requests,
      results: await links.count(),
      titlesBytes: sum(all.filter(isTitles).map((r) => ({ size: r.bytes }))),
    };
    search.next = await quickSearches(page);
    search.typed = await typedSearches(page);
    await searching.close();

    const visiting = await browser.newContext();
    const start = performance.now();
    await (await visiting.newPage()).goto(`${base}/`, { waitUntil: 'load' });
    await quiet(exchanges, 3000);
    const visit = since(start);
    await visiting.close();
    return { search, visit: { bytes: sum(visit.map((r) => ({ size: r.bytes }))), responses: visit.length, requests: visit } };
  } finally {
    await browser.close();
    site.close();
  }
}

/**
 * Serves `dir`'s build with `astro preview` on a free port behind the byte-counting proxy:
 * `origin` to browse, `exchanges` as the proxy counts them, `close` to stop both.
 */
export async function serve(dir, env = benchEnv()) {
  const port = await freePort();
  const server = spawn('astro', ['preview', '--host', '127.0.0.1', '--port', String(port)], {
    cwd: dir, env, stdio: 'ignore', detached: true,
  });
  const proxy = await countingProxy(port);
  const close = () => {
    proxy.close();
    try {
      process.kill(-server.pid);
    } catch {
      // already gone
    }
  };
  try {
    await waitForServer(`http://127.0.0.1:${port}/`);
  } catch (error) {
    close();
    throw error;
  }
  return { origin: proxy.origin, exchanges: proxy.exchanges, close };
}

/** The first search on an open /search/ page: QUERY as one input event; resolves once results show. */
export async function firstSearch(page) {
  // One input event, as a paste or a quick typist makes: typed slowly, each prefix ("s", "sq"…)
  // would run its own search, and the figure would depend on typing speed.
  await page.getByRole('searchbox', { name: 'Search exercises and guides' }).fill(QUERY);
  const links = page.getByRole('list', { name: 'Search results' }).getByRole('heading', { level: 2 });
  await links.first().waitFor({ timeout: 30_000 });
  return links;
}

/**
 * Quick search: with Pagefind loaded by the first search, each of NEXT_QUERIES is put in the box
 * as one input event (a paste, or the last keystroke of a word) and timed inside the page, from
 * that event until the results list is done (aria-busy="false") and the next frame is drawn: what
 * a reader waits for a new query's results. Index chunks and excerpts the new words need are
 * fetched as part of it; the page is served from this machine, so the network adds little.
 */
export async function quickSearches(page) {
  const times = [];
  for (const query of NEXT_QUERIES) {
    const done = await timeNextSearch(page, 'input', query);
    times.push({ query, ...(await done()) });
    await new Promise((r) => setTimeout(r, 300)); // a reader reads before typing again
  }
  return times;
}

/**
 * Times the page's next search, inside the page: from an input event this call sends with `query`
 * (`trigger` 'input'), or from the next key pressed ('keydown'), until its results are on screen:
 * `ms` to the first frame after the list holds the new results (named from the titles file, or
 * whole), and `complete` to the frame after the list is done (aria-busy="false"), figures and text
 * in. Resolves once the page is watching, to a function that waits for the times and where they
 * went from the page's resource timing, `chunks` and `fragments` as [first request, last
 * response] in ms from the start (null when none was fetched).
 */
async function timeNextSearch(page, trigger, query = '') {
  await page.evaluate(([trigger, q]) => {
    const list = document.querySelector('ss-search ol[data-results]');
    performance.setResourceTimingBufferSize(1000); // Chromium keeps 250 entries by default
    const frame = () => new Promise((resolve) => requestAnimationFrame(() => resolve(performance.now())));
    const drawn = (start) =>
      new Promise((resolve) => {
        let named;
        const watch = new MutationObserver((records) => {
          if (!named && records.some((r) => r.type === 'childList') && list.querySelector('li')) named = frame();
          if (list.getAttribute('aria-busy') === 'false') {
            watch.disconnect();
            frame().then(async (end) => resolve({ start, named: (await named) ?? end, end }));
          }
        });
        watch.observe(list, { attributes: true, attributeFilter: ['aria-busy'], childList: true });
      });
    if (trigger === 'keydown') {
      window.__nextSearch = new Promise((resolve) => addEventListener('keydown', () => resolve(drawn(performance.now())), { once: true, capture: true }));
      return;
    }
    const box = document.querySelector('ss-search input[type="search"]');
    window.__nextSearch = drawn(performance.now());
    box.value = q;
    box.dispatchEvent(new Event('input', { bubbles: true }));
  }, [trigger, query]);
  return () =>
    page.evaluate(async () => {
      const { start, named, end } = await window.__nextSearch;
      const fetched = performance.getEntriesByType('resource').filter((e) => e.startTime >= start);
      const span = (ext) => {
        const files = fetched.filter((e) => e.name.endsWith(ext));
        return files.length ? [Math.min(...files.map((e) => e.startTime)) - start, Math.max(...files.map((e) => e.responseEnd)) - start] : null;
      };
      return { ms: named - start, complete: end - start, chunks: span('.pf_index'), fragments: span('.pf_fragment') };
    });
}

/** The milliseconds between keystrokes of the typed measurement: a quick typist on a phone. */
export const KEY_INTERVAL_MS = 150;

/**
 * Quick search as a reader types: each of NEXT_QUERIES typed into an emptied box a key every
 * KEY_INTERVAL_MS (the page searches from the third letter on, so most words' index chunks and
 * excerpts load while the word is typed), timed inside the page from the last key's keydown until
 * the results list is done (aria-busy="false") and the next frame is drawn. A figure of its own:
 * a paste (quickSearches) has no earlier letters to load anything.
 */
export async function typedSearches(page) {
  const box = page.getByRole('searchbox', { name: 'Search exercises and guides' });
  const times = [];
  for (const query of NEXT_QUERIES) {
    await box.fill('');
    await new Promise((r) => setTimeout(r, 300));
    for (const key of query.slice(0, -1)) {
      await page.keyboard.type(key);
      await new Promise((r) => setTimeout(r, KEY_INTERVAL_MS));
    }
    const done = await timeNextSearch(page, 'keydown');
    await page.keyboard.type(query.at(-1));
    times.push({ query, ...(await done()) });
    await new Promise((r) => setTimeout(r, 300));
  }
  return times;
}

/**
 * Astro logs each page it writes with the time it took ("├─ /og/exercises/x.png (+31ms)"); summed
 * by section they show where the build's time goes.
 */
function routeTimes(log) {
  const groups = new Map();
  for (const [, path, ms] of log.matchAll(/[├└]─ (\S+) \(\+(\d+)ms\)/g)) {
    // Pages by their section (/exercises/…/index.html → /exercises), other files by folder (/og/exercises).
    const folders = path.split('/').filter(Boolean).slice(0, -1);
    const key = `/${folders.slice(0, path.endsWith('.html') ? 1 : 2).join('/')}`;
    const group = groups.get(key) ?? { key, pages: 0, ms: 0 };
    group.pages++;
    group.ms += Number(ms);
    groups.set(key, group);
  }
  return [...groups.values()].sort((a, b) => b.ms - a.ms);
}

function run(cmd, args, options) {
  return new Promise((done, fail) => {
    const child = spawn(cmd, args, { ...options, stdio: ['ignore', 'pipe', 'pipe'] });
    let log = '';
    child.stdout.on('data', (d) => (log += d));
    child.stderr.on('data', (d) => (log += d));
    child.on('error', fail);
    child.on('close', (code) => (code === 0 ? done(log) : fail(new Error(`${cmd} ${args.join(' ')} failed (${code}):\n${log.slice(-4000)}`))));
  });
}

/**
 * Wall-clock seconds, and CPU seconds (user + system) of the child processes, which Linux reports
 * in /proc/self/stat once they have exited. On a shared machine the wall time swings with the
 * other load; the CPU time barely moves, so it is the figure to compare between runs.
 */
async function timed(task) {
  const cpu0 = childCpuSeconds();
  const t0 = performance.now();
  const value = await task();
  const cpu1 = childCpuSeconds();
  return { value, seconds: (performance.now() - t0) / 1000, cpu: cpu0 === null || cpu1 === null ? null : cpu1 - cpu0 };
}

function childCpuSeconds() {
  try {
    const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1].split(' ');
    return (Number(fields[13]) + Number(fields[14])) / 100; // cutime + cstime, in USER_HZ (100 on Linux)
  } catch {
    return null;
  }
}

/** The largest top-level folders of dist/, to see what the output is made of. */
function topFolders(dist, files) {
  const by = new Map();
  for (const f of files) {
    const name = f.path.slice(dist.length + 1).split('/')[0];
    if (!f.path.slice(dist.length + 1).includes('/')) continue;
    by.set(name, (by.get(name) ?? 0) + f.size);
  }
  return [...by].map(([name, bytes]) => ({ name: `${name}/`, bytes })).sort((a, b) => b.bytes - a.bytes).slice(0, 4);
}

function walk(dir) {
  const out = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...walk(path));
    else out.push({ path, size: statSync(path).size });
  }
  return out;
}

export const sum = (files) => files.reduce((a, f) => a + f.size, 0);

function freePort() {
  return new Promise((done) => {
    const s = net.createServer();
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => done(port));
    });
  });
}

async function waitForServer(url) {
  const until = Date.now() + 30_000;
  for (;;) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    if (Date.now() > until) throw new Error(`astro preview did not start at ${url}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}
