import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { addressOf, keepForOffline, libraryList, pagefindWasmFromEntry, shellFiles } from '../../src/build/service-worker';

const context = { pagefindWasm: ['en'] };
const kept = (path: string) => keepForOffline(path, context);

describe('keepForOffline (what “Save everything” saves)', () => {
  it('saves every page, including the 404 page that answers unknown addresses offline', () => {
    for (const path of ['index.html', 'exercises/plank/index.html', 'plan/index.html', 'search/index.html', '404.html']) {
      expect(kept(path), path).toBe(true);
    }
  });

  it('saves what pages load: styles, scripts, lazily imported chunks, fonts and icons', () => {
    for (const path of ['_astro/Base.Dl-Aa6Ru.css', '_astro/ics.w2dESxYa.js', '_astro/inter.a1b2.woff2', 'favicon.svg', '_astro/photo.x1.webp']) {
      expect(kept(path), path).toBe(true);
    }
  });

  it('saves the search engine and the whole index, so search works offline', () => {
    for (const path of [
      'pagefind/pagefind.js',
      'pagefind/pagefind-entry.json',
      'pagefind/pagefind.en_d893a0da9f.pf_meta',
      'pagefind/wasm.en.pagefind',
      'pagefind/index/en_1eade35.pf_index',
      'pagefind/fragment/en_1918e0f.pf_fragment',
      'pagefind/filter/en_5aff2e6.pf_filter',
      'pagefind/titles/en_d893a0da9f.pf_titles',
    ]) {
      expect(kept(path), path).toBe(true);
    }
  });

  it('skips the Pagefind UIs and worker the site never loads and the search engine of languages it has no pages in', () => {
    for (const path of [
      'pagefind/pagefind-component-ui.js',
      'pagefind/pagefind-component-ui.css',
      'pagefind/pagefind-ui.js',
      'pagefind/pagefind-ui.css',
      'pagefind/pagefind-worker.js',
      'pagefind/pagefind-modular-ui.js',
      'pagefind/pagefind-highlight.js',
      'pagefind/wasm.unknown.pagefind',
    ]) {
      expect(kept(path), path).toBe(false);
    }
    expect(keepForOffline('pagefind/wasm.unknown.pagefind', { pagefindWasm: ['en', 'unknown'] })).toBe(true);
  });

  it('never saves the worker itself, the list of what to save, source maps, sitemaps or link-preview images', () => {
    for (const path of ['sw.js', 'offline/library.json', '_astro/plan.js.map', 'sitemap-index.xml', 'sitemap-0.xml', 'og/exercises/plank.png', 'exercises/plank/og.jpg']) {
      expect(kept(path), path).toBe(false);
    }
  });

  it('accepts paths with a leading slash', () => {
    expect(kept('/exercises/plank/index.html')).toBe(true);
    expect(kept('/sw.js')).toBe(false);
  });
});

describe('pagefindWasmFromEntry', () => {
  it('lists each WebAssembly build Pagefind wrote, once', () => {
    const entry = JSON.stringify({
      version: '1.6.0',
      languages: { en: { hash: 'en_d893a0da9f', wasm: 'en', page_count: 79 }, 'en-gb': { hash: 'en-gb_1', wasm: 'en', page_count: 2 } },
    });
    expect(pagefindWasmFromEntry(entry)).toEqual(['en']);
  });

  it('falls back to the language-neutral build when a language has none', () => {
    expect(pagefindWasmFromEntry(JSON.stringify({ languages: { xx: { hash: 'xx_1' } } }))).toEqual(['unknown']);
  });
});

describe('addressOf', () => {
  it('serves pages at their folder and other files at their path', () => {
    expect(addressOf('index.html')).toBe('/');
    expect(addressOf('exercises/plank/index.html')).toBe('/exercises/plank/');
    expect(addressOf('404.html')).toBe('/404.html');
    expect(addressOf('_astro/Base.x1.css')).toBe('/_astro/Base.x1.css');
  });
});

describe('shellFiles (what a first visit saves)', () => {
  const files: Record<string, string> = {
    'offline/index.html':
      '<html><head><link rel="stylesheet" href="/_astro/Base.x1.css"><link rel="icon" href="/favicon.svg" type="image/svg+xml">' +
      '<link rel="canonical" href="https://strongstride.example/offline/"><meta property="og:image" content="/og/offline.png">' +
      '<script type="module" src="/_astro/OfflineStatus.y2.js"></script></head><body><a href="/exercises/">Exercises</a></body></html>',
    '_astro/OfflineStatus.y2.js': 'import{t as e}from"./offline.z3.js";addEventListener("load",()=>import("./save.w4.js"));',
    '_astro/offline.z3.js': 'export const t=1;',
  };
  const shell = shellFiles((file) => files[file] ?? '', { pagefindWasm: ['en'] });

  it('is the offline page, the files it loads with what they import, and the search engine', () => {
    expect(shell.sort()).toEqual(
      [
        '/offline/',
        '/_astro/Base.x1.css',
        '/favicon.svg',
        '/_astro/OfflineStatus.y2.js',
        '/_astro/offline.z3.js',
        '/pagefind/pagefind.js',
        '/pagefind/wasm.en.pagefind',
      ].sort(),
    );
  });

  it('leaves out the pages it links to, its preview image and the code its scripts load only when used', () => {
    for (const url of ['/exercises/', '/og/offline.png', '/_astro/save.w4.js']) expect(shell, url).not.toContain(url);
  });
});

describe('libraryList', () => {
  const dist = mkdtempSync(join(tmpdir(), 'strongstride-library-'));
  afterAll(() => rmSync(dist, { recursive: true, force: true }));
  const write = (file: string, text: string) => {
    mkdirSync(dirname(join(dist, file)), { recursive: true });
    writeFileSync(join(dist, file), text);
  };
  write('index.html', '<h1>Home</h1>');
  write('exercises/plank/index.html', '<h1>Plank</h1>');
  write('_astro/Base.x1.css', 'body{}');
  write('plan/catalogue.0123456789ab.json', '[]');
  write('pagefind/index/en_a1.pf_index', 'chunk');
  write('og/exercises/plank.png', 'png');
  write('sw.js', 'self');
  const list = libraryList(dist, { pagefindWasm: ['en'] });

  it('lists what a save needs, with sizes, and a revision for each file whose name is not a hash of it', () => {
    expect(list.files.map(([url, bytes, rev]) => [url, bytes, rev === undefined ? 'named by content' : 'revision'])).toEqual([
      ['/_astro/Base.x1.css', 6, 'named by content'],
      ['/exercises/plank/', 14, 'revision'],
      ['/', 13, 'revision'],
      ['/pagefind/index/en_a1.pf_index', 5, 'named by content'],
      ['/plan/catalogue.0123456789ab.json', 2, 'named by content'],
    ]);
  });

  it('gets a new version when any file changes, and only then', () => {
    expect(libraryList(dist, { pagefindWasm: ['en'] }).version).toBe(list.version);
    write('exercises/plank/index.html', '<h1>Plank, corrected</h1>');
    expect(libraryList(dist, { pagefindWasm: ['en'] }).version).not.toBe(list.version);
  });
});
