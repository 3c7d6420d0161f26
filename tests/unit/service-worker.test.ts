import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, sep } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { filesUnder } from '../../src/build/files';
import { addressOf, keepForOffline, libraryList, pagefindWasmFromEntry, shellFiles } from '../../src/build/service-worker';
import { moduleImports } from '../../src/lib/offline-files';

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

describe('libraryList of a whole built site (what a whole save holds)', () => {
  // A build in the shape Astro and Pagefind write it: the browser test saves only the part of the
  // list its journey uses (tests/e2e/offline.spec.ts), so this is where the whole list is held to
  // every page, everything pages load and the whole search index.
  const dist = mkdtempSync(join(tmpdir(), 'strongstride-site-'));
  afterAll(() => rmSync(dist, { recursive: true, force: true }));
  const head =
    '<link rel="stylesheet" href="/_astro/Base.x1.css"><link rel="icon" href="/favicon.svg" type="image/svg+xml">' +
    '<link rel="canonical" href="https://strongstride.example/"><meta property="og:image" content="/og/page.png">' +
    '<script type="module" src="/_astro/OfflineStatus.y2.js"></script>';
  const site: Record<string, string> = {
    'index.html': `<html><head>${head}</head><body><img src="/_astro/runner.k5.webp" alt=""></body></html>`,
    'exercises/plank/index.html': `<html><head>${head}</head><body><img src="/figures/plank.svg" alt="Plank"></body></html>`,
    'exercises/index.html': `<html><head>${head}<script type="module" src="/_astro/ExerciseFilters.f6.js"></script></head></html>`,
    'guides/warm-up/index.html': `<html><head>${head}</head></html>`,
    'routines/circuit/index.html': `<html><head>${head}<link rel="stylesheet" href="/_astro/RoutineTimer.t7.css"></head></html>`,
    'plan/index.html': `<html><head>${head}<script type="module" src="/_astro/PlanBuilder.p8.js"></script></head></html>`,
    'search/index.html': `<html><head>${head}<script type="module" src="/_astro/SearchPanel.s9.js"></script></head></html>`,
    'offline/index.html': `<html><head>${head}</head></html>`,
    '404.html': `<html><head>${head}</head></html>`,
    '_astro/Base.x1.css': '@font-face{src:url(/_astro/inter.a1.woff2)}',
    '_astro/inter.a1.woff2': 'font',
    '_astro/runner.k5.webp': 'image',
    '_astro/RoutineTimer.t7.css': '.timer{}',
    '_astro/OfflineStatus.y2.js': 'import{t}from"./offline.z3.js";',
    '_astro/offline.z3.js': 'export const t=1;',
    '_astro/ExerciseFilters.f6.js': 'import{t}from"./offline.z3.js";',
    '_astro/PlanBuilder.p8.js': 'import{e}from"./engine.e1.js";addEventListener("click",()=>import("./ics.i1.js"));',
    '_astro/engine.e1.js': 'export const e=1;',
    '_astro/ics.i1.js': 'export const i=1;',
    '_astro/SearchPanel.s9.js': 'const p="/pagefind/pagefind.js";import(p);',
    '_astro/PlanBuilder.p8.js.map': '{}',
    'favicon.svg': '<svg/>',
    'figures/plank.svg': '<svg/>',
    'pagefind/pagefind.js': 'engine',
    'pagefind/pagefind-entry.json': '{"languages":{"en":{"hash":"en_1","wasm":"en"}}}',
    'pagefind/pagefind.en_1.pf_meta': 'meta',
    'pagefind/wasm.en.pagefind': 'wasm',
    'pagefind/wasm.unknown.pagefind': 'wasm',
    'pagefind/index/en_1-0.pf_index': 'words a-m',
    'pagefind/index/en_1-1.pf_index': 'words n-z',
    'pagefind/fragment/en_a1.pf_fragment': 'plank',
    'pagefind/fragment/en_b2.pf_fragment': 'warm-up',
    'pagefind/filter/en_c3.pf_filter': 'muscle',
    'pagefind/titles/en_1.pf_titles': 'titles',
    'pagefind/pagefind-ui.js': 'ui',
    'pagefind/pagefind-ui.css': 'ui',
    'pagefind/pagefind-worker.js': 'worker',
    'pagefind/pagefind-highlight.js': 'highlight',
    'og/page.png': 'png',
    'sitemap-index.xml': '<sitemapindex/>',
    'sitemap-0.xml': '<urlset/>',
    'sw.js': 'self',
    'offline/library.json': '{}',
  };
  for (const [file, text] of Object.entries(site)) {
    mkdirSync(dirname(join(dist, file)), { recursive: true });
    writeFileSync(join(dist, file), text);
  }
  const context = { pagefindWasm: pagefindWasmFromEntry(site['pagefind/pagefind-entry.json']!) };
  const listed = new Set(libraryList(dist, context).files.map(([url]) => url));

  it('holds every page, the 404 and offline pages included', () => {
    const pages = Object.keys(site).filter((file) => file.endsWith('.html'));
    expect(pages.map(addressOf).filter((url) => !listed.has(url))).toEqual([]);
  });

  it('holds every file a page loads, what its scripts import now or later and what its styles load', () => {
    const loaded = new Set<string>();
    for (const [file, text] of Object.entries(site)) {
      if (file.endsWith('.html')) for (const [, url] of text.matchAll(/<(?:link|script|img)\b[^>]*?\b(?:href|src)="(\/[^"]+)"/g)) loaded.add(url!);
      if (file.endsWith('.css')) for (const [, url] of text.matchAll(/url\((\/[^)]+)\)/g)) loaded.add(url!);
    }
    // A set visits what is added while it is walked: the imports of imports too.
    for (const url of loaded) {
      if (!url.endsWith('.js')) continue;
      const { static: now, lazy } = moduleImports(site[url.slice(1)]!);
      [...now, ...lazy].forEach((imported) => loaded.add(imported));
    }
    // The fixture's loads, all found: 9 from pages, a font from a style, 3 modules from scripts.
    expect(loaded.size).toBe(13);
    expect([...loaded].filter((url) => !listed.has(url))).toEqual([]);
  });

  it('holds the whole search index and the engine in use', () => {
    const search = [...listed].filter((url) => url.startsWith('/pagefind/')).sort();
    expect(search).toEqual([
      '/pagefind/filter/en_c3.pf_filter',
      '/pagefind/fragment/en_a1.pf_fragment',
      '/pagefind/fragment/en_b2.pf_fragment',
      '/pagefind/index/en_1-0.pf_index',
      '/pagefind/index/en_1-1.pf_index',
      '/pagefind/pagefind-entry.json',
      '/pagefind/pagefind.en_1.pf_meta',
      '/pagefind/pagefind.js',
      '/pagefind/titles/en_1.pf_titles',
      '/pagefind/wasm.en.pagefind',
    ]);
  });

  it('leaves out only what a reader never loads: the worker and its list, source maps, sitemaps, preview images, unused Pagefind files', () => {
    const left = filesUnder(dist)
      .map((path) => addressOf(relative(dist, path).split(sep).join('/')))
      .filter((url) => !listed.has(url))
      .sort();
    expect(left).toEqual([
      '/_astro/PlanBuilder.p8.js.map',
      '/offline/library.json',
      '/og/page.png',
      '/pagefind/pagefind-highlight.js',
      '/pagefind/pagefind-ui.css',
      '/pagefind/pagefind-ui.js',
      '/pagefind/pagefind-worker.js',
      '/pagefind/wasm.unknown.pagefind',
      '/sitemap-0.xml',
      '/sitemap-index.xml',
      '/sw.js',
    ]);
  });
});
