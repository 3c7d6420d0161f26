/**
 * dist/sw.js, the service worker, and dist/offline/library.json, the list a reader's "Save
 * everything for the gym" downloads. It runs last in the build: the search index it lists exists
 * only once Pagefind has written it, and its revisions hash the final HTML (after the CSP step).
 *
 * What the worker does is src/service-worker/worker.ts, bundled here with esbuild, with two values
 * written in: the shell (shellFiles(): what a first visit saves) and the library's version and size
 * (a new list makes a new sw.js, so every deploy reaches open pages as "updated — reload"). The
 * rules a reader sees are in src/lib/offline.ts. Why not Workbox's generateSW, as before: it saved
 * the whole site on a first visit, and rebundled its runtime on every build; the worker here is
 * small enough to read, and the figures are in BENCHMARKS.md.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { formatMegabytes } from '../lib/format';
import { CATALOGUE_FILE } from '../lib/plan/catalogue-file';
import { LIBRARY_URL, OFFLINE_PAGE, moduleImports, type Library, type LibraryFile, type ShellEntry } from '../lib/offline-files';
import { filesUnder } from './files';

/** What the build learns from the built site before choosing files. */
export interface PrecacheContext {
  /** Pagefind's WebAssembly builds in use, from dist/pagefind/pagefind-entry.json (e.g. ["en"]). */
  pagefindWasm: readonly string[];
}

// Pagefind ships several UIs and a web worker; the search page uses none of them, only pagefind.js
// on the main thread (src/components/search/). Saving the rest would only cost bytes.
const PAGEFIND_RUNTIME = new Set(['pagefind.js', 'pagefind-entry.json']);
// Astro fingerprints every image a page uses into _astro/; raster files elsewhere are link-preview
// images for chat apps and social sites, which a reader never needs offline.
const RASTER = /\.(png|jpe?g|webp|avif|gif)$/;
const ALWAYS = /\.(html|css|js|json|svg|woff2?|ico)$/;
// Files whose name is a hash of their content (Astro's _astro/ files, Pagefind's index files and the
// titles file named after its metadata, the plan's catalogue): the name is their revision.
const CONTENT_NAMED = /^(_astro\/|pagefind\/(index|fragment|filter|titles)\/)|\.pf_meta$/;
const contentNamed = (file: string) => CONTENT_NAMED.test(file) || CATALOGUE_FILE.test(`/${file}`);

/**
 * Whether a built file (its path inside dist/, e.g. "exercises/plank/index.html") belongs to the
 * saved library: every page and what pages load, and the whole search index; not the worker or the
 * library list, source maps, sitemaps, link-preview images or the Pagefind files the site never loads.
 */
export function keepForOffline(path: string, { pagefindWasm }: PrecacheContext): boolean {
  const file = path.replace(/^\/+/, '');
  if (file === 'sw.js' || file === LIBRARY_URL.slice(1) || file.endsWith('.map')) return false;
  if (file.startsWith('pagefind/')) {
    const name = file.slice('pagefind/'.length);
    if (PAGEFIND_RUNTIME.has(name) || name.endsWith('.pf_meta')) return true;
    if (/^(index|fragment|filter|titles)\/[^/]+\.pf_(index|fragment|filter|titles)$/.test(name)) return true;
    const wasm = /^wasm\.([\w-]+)\.pagefind$/.exec(name);
    return wasm !== null && pagefindWasm.includes(wasm[1]);
  }
  if (RASTER.test(file)) return file.startsWith('_astro/');
  return ALWAYS.test(file);
}

/** Reads the WebAssembly builds Pagefind wrote from the text of pagefind-entry.json. */
export function pagefindWasmFromEntry(entryJson: string): string[] {
  const entry = JSON.parse(entryJson) as { languages?: Record<string, { wasm?: string }> };
  return [...new Set(Object.values(entry.languages ?? {}).map((l) => l.wasm ?? 'unknown'))];
}

/** The address a built file is served at: pages by their folder ("exercises/plank/index.html" → "/exercises/plank/"). */
export const addressOf = (file: string) => `/${file.replace(/(^|\/)index\.html$/, '$1')}`;

/**
 * The shell, which a first visit saves (issue 16: ≤ 100 KB with the worker, however large the
 * library): the offline page and every file it loads (the site's stylesheet, the footer's script
 * and what that imports, the icon), and the search engine, pagefind.js and the WebAssembly in use.
 * Other styles and scripts are saved with the pages that use them, as they are opened. `read`
 * gives a built file's text by its path inside dist/.
 */
export function shellFiles(read: (file: string) => string, { pagefindWasm }: PrecacheContext): string[] {
  const page = read(`${OFFLINE_PAGE.slice(1)}index.html`);
  const loads = [...page.matchAll(/<(?:link|script)\b[^>]*?\b(?:href|src)="(\/[^"#?]+)"[^>]*>/g)]
    .filter(([tag]) => /rel="(stylesheet|icon|modulepreload)"|<script/.test(tag))
    .map(([, url]) => url);
  const files = new Set([OFFLINE_PAGE]);
  const add = (url: string) => {
    if (files.has(url)) return;
    files.add(url);
    if (url.endsWith('.js')) moduleImports(read(url.slice(1))).static.forEach(add);
  };
  loads.forEach(add);
  files.add('/pagefind/pagefind.js');
  for (const wasm of pagefindWasm) files.add(`/pagefind/wasm.${wasm}.pagefind`);
  return [...files];
}

const revision = (content: Buffer | string) => createHash('sha256').update(content).digest('hex').slice(0, 10);
/** A file's path inside dist/, "/"-separated. */
const inDist = (dist: string, path: string) => relative(dist, path).split(sep).join('/');

/** The library list: every file keepForOffline() keeps, with its size and, unless its name is one, a hash. */
export function libraryList(dist: string, context: PrecacheContext): Library {
  const files: LibraryFile[] = filesUnder(dist)
    .map((path) => inDist(dist, path))
    .filter((file) => keepForOffline(file, context))
    .sort()
    .map((file) => {
      const path = join(dist, file);
      const bytes = statSync(path).size;
      return contentNamed(file) ? [addressOf(file), bytes] : [addressOf(file), bytes, revision(readFileSync(path))];
    });
  return { version: revision(JSON.stringify(files)), files };
}

const WORKER_SOURCE = fileURLToPath(new URL('../service-worker/worker.ts', import.meta.url));

/** Writes dist/sw.js and the library list; returns what they hold, for the build log. */
export async function writeServiceWorker(dist: string): Promise<string> {
  const read = (file: string) => readFileSync(join(dist, file), 'utf8');
  const context = { pagefindWasm: pagefindWasmFromEntry(read('pagefind/pagefind-entry.json')) };

  const library = libraryList(dist, context);
  const libraryFile = join(dist, LIBRARY_URL.slice(1));
  mkdirSync(dirname(libraryFile), { recursive: true });
  writeFileSync(libraryFile, JSON.stringify(library));

  const revs = new Map(library.files.map(([url, , rev]) => [url, rev]));
  const shell: ShellEntry[] = shellFiles(read, context).map((url) => {
    if (!revs.has(url)) throw new Error(`the offline shell needs ${url}, which is not in the build`);
    const rev = revs.get(url);
    return rev === undefined ? { url } : { url, rev };
  });
  const bytes = library.files.reduce((sum, [, size]) => sum + size, 0);
  const { outputFiles } = await build({
    entryPoints: [WORKER_SOURCE],
    bundle: true,
    minify: true,
    format: 'iife',
    target: 'es2022',
    write: false,
    legalComments: 'none',
    define: {
      __SHELL__: JSON.stringify(shell),
      __LIBRARY__: JSON.stringify({ version: library.version, size: formatMegabytes(bytes) }),
    },
  });
  const sw = outputFiles[0]!.text;
  writeFileSync(join(dist, 'sw.js'), sw);
  // What a first visit transfers for them, about: gzipped (Pagefind's WebAssembly is gzipped already).
  const gzipped = (file: Buffer) => Math.min(file.length, gzipSync(file).length);
  const shellBytes = shell.reduce((sum, { url }) => sum + gzipped(readFileSync(join(dist, fileOf(url)))), gzipped(Buffer.from(sw)));
  return `sw.js and a shell of ${shell.length} files, ${(shellBytes / 1024).toFixed(1)} KB gzipped; the library: ${library.files.length} files, ${formatMegabytes(bytes)}`;
}

/** The built file behind an address ("/exercises/plank/" → "exercises/plank/index.html"). */
const fileOf = (url: string) => (url.endsWith('/') ? `${url.slice(1)}index.html` : url.slice(1));
