/**
 * What is saved for offline use, where, and how a request finds it: shared by the build, which
 * writes the shell and the library list (src/build/service-worker.ts), and the service worker,
 * which saves and answers (src/service-worker/worker.ts). What the reader is told about it is in
 * ./offline.ts. From issue 16: a first visit saves only the shell, pages are kept as they are
 * opened, and the whole library (with the search index) only when the reader asks.
 */
import { CATALOGUE_FILE } from './plan/catalogue-file';

/** The cache of the shell, filled when a worker installs; entries are named by shellKey(). */
export const SHELL_CACHE = 'strongstride-shell';
/** The cache of saved pages, their files and the search index; a new version keeps it. */
export const SAVED_CACHE = 'strongstride-saved';
/** Where the build writes the library list; the list of the last whole save is kept at the same address. */
export const LIBRARY_URL = '/offline/library.json';
/** The page that answers, offline, for a page that is not saved. */
export const OFFLINE_PAGE = '/offline/';
/** The page that answers, offline, for an address the saved library does not have. */
export const NOT_FOUND_PAGE = '/404.html';

/** One file of the shell, as the build hands it to the worker. */
export interface ShellEntry {
  /** Its address, e.g. "/offline/" or "/_astro/Base.x1.css". */
  url: string;
  /** A hash of its content; absent when its name already carries one (Astro's _astro/ files). */
  rev?: string;
}

/** Where the shell keeps a file: under its address plus its revision, so versions sit side by side. */
export const shellKey = ({ url, rev }: ShellEntry) => (rev ? `${url}?rev=${rev}` : url);

/** One file of the library: its address, its size in bytes and, unless its name is a hash, a hash of it. */
export type LibraryFile = [url: string, bytes: number, rev?: string];

/**
 * The library list (LIBRARY_URL): every file a saved site needs, written by the build. After a
 * whole save the worker keeps it in the saved cache as the record of what was saved, read back with
 * parseLibrary(). A record this version cannot read counts as no whole save: the footer offers the
 * save again, and the save fetches again every file whose revision it cannot vouch for. (Checked
 * by hand rather than with zod: the worker is part of every first visit, and zod would add
 * kilobytes to it.)
 */
export interface Library {
  /** A hash of the whole list: it changes when any file does. */
  version: string;
  /** Every file; pages by their address ("/exercises/plank/"), not their file. */
  files: LibraryFile[];
}

/** The library list from its JSON text, or null when it is not one (a damaged or foreign file). */
export function parseLibrary(text: string): Library | null {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return null;
  }
  const { version, files } = (json ?? {}) as Partial<Library>;
  if (typeof version !== 'string' || !Array.isArray(files)) return null;
  const valid = files.every(
    (f) =>
      Array.isArray(f) &&
      typeof f[0] === 'string' &&
      f[0].startsWith('/') &&
      Number.isFinite(f[1]) &&
      (f[2] === undefined || typeof f[2] === 'string'),
  );
  return valid ? { version, files } : null;
}

/** Saved first: what pages load, then the search index, then the pages, so a stopped save is of use. */
const SAVE_ORDER = (url: string) => (routeOf(url) === 'asset' ? 0 : url.startsWith('/pagefind/') ? 1 : 2);

/**
 * What a save must download, in order, and what it then deletes. `saved` holds the addresses
 * already in the saved cache; `previous` is the list of the last whole save, if any. A file is
 * downloaded when it is missing, or when its revision differs from the one saved (a page kept as
 * it was opened has no known revision, so it is fetched again). Files no longer in the library
 * (old pages, styles of an earlier version, renamed search files) are deleted once all is saved.
 */
export function filesToSave(library: Library, saved: ReadonlySet<string>, previous: Library | null) {
  const savedRevs = new Map(previous?.files.map(([url, , rev]) => [url, rev]));
  const download = library.files
    .filter(([url, , rev]) => !saved.has(url) || (rev !== undefined && savedRevs.get(url) !== rev))
    .sort((a, b) => SAVE_ORDER(a[0]) - SAVE_ORDER(b[0]));
  const wanted = new Set(library.files.map(([url]) => url));
  const remove = [...saved].filter((url) => !wanted.has(url) && url !== LIBRARY_URL);
  return { download, bytes: download.reduce((sum, [, bytes]) => sum + bytes, 0), remove };
}

/** How the worker treats a request other than a page, by its path. */
export type Route =
  /** A style, script, image or data file (the plan's catalogue) named by its content: saved, else fetched and kept. */
  | 'asset'
  /** Pagefind's entry file, which names the index in use: the network's, else the saved one. */
  | 'search-entry'
  /** A search file named by its content: saved, else fetched (only a whole save keeps the index). */
  | 'search-file'
  /**
   * A movement figure file (/figures/<slug>.svg, drawn into plan cards): kept
   * as it is fetched, like a page, since its name stays when its pose changes.
   */
  | 'figure'
  /** Anything else goes to the network untouched. */
  | null;

export function routeOf(path: string): Route {
  if (path.startsWith('/_astro/') || CATALOGUE_FILE.test(path)) return 'asset';
  if (path === '/pagefind/pagefind-entry.json') return 'search-entry';
  if (/^\/figures\/[a-z\d-]+\.svg$/.test(path)) return 'figure';
  if (/^\/pagefind\/((index|fragment|filter|titles)\/|pagefind\.[\w-]+\.pf_meta$)/.test(path)) return 'search-file';
  return null;
}

/**
 * The files a page's script fetches only when the reader needs them, as the page names them: the
 * plan builder's catalogue (data-catalogue="/plan/catalogue.<hash>.json"). The worker keeps them
 * with the page, so a page opened once works offline as it would online.
 */
export function pageFiles(html: string): string[] {
  const named = [...html.matchAll(/\sdata-catalogue="([^"]+)"/g)].map(([, url]) => url);
  return [...new Set(named.filter((url) => CATALOGUE_FILE.test(url)))];
}

/**
 * The address with a trailing slash, for a page asked for without one ("/exercises/plank"), as
 * hosts add it; null when the path ends in "/" already or names a file ("/404.html").
 */
export function withTrailingSlash(path: string): string | null {
  if (path.endsWith('/') || /\.[a-z\d]+$/i.test(path.slice(path.lastIndexOf('/')))) return null;
  return `${path}/`;
}

/**
 * The files a built script loads, as addresses in /_astro/ (the bundler puts every chunk there):
 * `static`, what it imports before it runs; `lazy`, what it may load later (`import("./x.js")`, and
 * the `"_astro/x.js"` lists of files to preload with them). The worker keeps both with a page, so a
 * page opened once works offline with the code it loads only when used (the plan's calendar file,
 * say); the build puts the static ones in the shell.
 */
export function moduleImports(code: string): { static: string[]; lazy: string[] } {
  const found = (pattern: RegExp) => new Set([...code.matchAll(pattern)].map(([, name]) => `/_astro/${name}`));
  const eager = found(/(?:^|[;\s}])(?:import|export)\s*(?:[\w${},\s*]+from\s*)?["'`]\.\/([\w.~-]+\.js)["'`]/g);
  const all = found(/["'`](?:\.\/|\/?_astro\/)([\w.~-]+\.(?:js|css))["'`]/g);
  return { static: [...eager], lazy: [...all].filter((url) => !eager.has(url)) };
}
