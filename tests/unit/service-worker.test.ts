import { describe, expect, it } from 'vitest';
import { keepForOffline, pagefindWasmFromEntry } from '../../src/build/service-worker';

const context = { pagefindWasm: ['en'] };
const kept = (path: string) => keepForOffline(path, context);

describe('keepForOffline', () => {
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

  it('never saves the worker itself, source maps, sitemaps or link-preview images', () => {
    for (const path of ['sw.js', 'workbox-4f2b1c.js', '_astro/plan.js.map', 'sitemap-index.xml', 'sitemap-0.xml', 'og/exercises/plank.png', 'exercises/plank/og.jpg']) {
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
