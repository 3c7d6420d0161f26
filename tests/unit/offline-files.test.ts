import { describe, expect, it } from 'vitest';
import {
  LIBRARY_URL,
  filesToSave,
  moduleImports,
  pageFiles,
  parseLibrary,
  routeOf,
  shellKey,
  withTrailingSlash,
  type Library,
} from '../../src/lib/offline-files';

const library: Library = {
  version: 'v2',
  files: [
    ['/exercises/plank/', 30_000, 'p2'],
    ['/', 8_000, 'h1'],
    ['/pagefind/index/en_a1.pf_index', 4_000],
    ['/_astro/Base.x2.css', 36_000],
    ['/pagefind/pagefind-entry.json', 200, 'e2'],
  ],
};

describe('filesToSave', () => {
  it('downloads everything on a first save: styles and scripts first, then the search index, then pages', () => {
    const { download, bytes, remove } = filesToSave(library, new Set(), null);
    expect(download.map(([url]) => url)).toEqual([
      '/_astro/Base.x2.css',
      '/pagefind/index/en_a1.pf_index',
      '/pagefind/pagefind-entry.json',
      '/exercises/plank/',
      '/',
    ]);
    expect(bytes).toBe(78_200);
    expect(remove).toEqual([]);
  });

  it('carries on where a stopped save left off, fetching again only pages whose version it cannot know', () => {
    // Saved before, with no whole save on record: a stopped save, or pages kept as they were opened.
    const saved = new Set(['/_astro/Base.x2.css', '/pagefind/index/en_a1.pf_index', '/']);
    expect(filesToSave(library, saved, null).download.map(([url]) => url)).toEqual([
      '/pagefind/pagefind-entry.json',
      '/exercises/plank/',
      '/',
    ]);
  });

  it('updates a whole save of an earlier version with only what changed, then drops what the site no longer has', () => {
    const previous: Library = {
      version: 'v1',
      files: [
        ['/exercises/plank/', 29_000, 'p1'],
        ['/', 8_000, 'h1'],
        ['/pagefind/index/en_old.pf_index', 4_000],
        ['/_astro/Base.x1.css', 36_000],
        ['/pagefind/pagefind-entry.json', 200, 'e1'],
      ],
    };
    const saved = new Set([...previous.files.map(([url]) => url), LIBRARY_URL]);
    const { download, bytes, remove } = filesToSave(library, saved, previous);
    expect(download.map(([url]) => url)).toEqual([
      '/_astro/Base.x2.css',
      '/pagefind/index/en_a1.pf_index',
      '/pagefind/pagefind-entry.json',
      '/exercises/plank/',
    ]);
    expect(bytes).toBe(70_200);
    // The record of the last whole save is replaced, not deleted.
    expect(remove.sort()).toEqual(['/_astro/Base.x1.css', '/pagefind/index/en_old.pf_index']);
  });

  it('has nothing to download when all is saved', () => {
    const saved = new Set(library.files.map(([url]) => url));
    expect(filesToSave(library, saved, library)).toEqual({ download: [], bytes: 0, remove: [] });
  });
});

describe('parseLibrary', () => {
  it('reads the list the build writes', () => {
    expect(parseLibrary(JSON.stringify(library))).toEqual(library);
  });

  it('refuses what is not such a list, rather than saving or trusting it', () => {
    for (const text of ['', 'not json', 'null', '{"version":"v","files":{}}', '{"version":1,"files":[]}', '{"version":"v","files":[["plank",1]]}', '{"version":"v","files":[["/a","big"]]}']) {
      expect(parseLibrary(text), text).toBeNull();
    }
  });
});

describe('routeOf', () => {
  it('treats styles, scripts and images by their content name, and the search files as the index', () => {
    expect(routeOf('/_astro/Base.x2.css')).toBe('asset');
    expect(routeOf('/pagefind/pagefind-entry.json')).toBe('search-entry');
    expect(routeOf('/figures/goblet-squat.svg')).toBe('figure');
    expect(routeOf('/plan/catalogue.0123456789ab.json')).toBe('asset');
    for (const path of ['/pagefind/index/en_a1.pf_index', '/pagefind/fragment/en_b2.pf_fragment', '/pagefind/filter/en_c3.pf_filter', '/pagefind/pagefind.en_d893a0da9f.pf_meta', '/pagefind/titles/en_d893a0da9f.pf_titles']) {
      expect(routeOf(path), path).toBe('search-file');
    }
  });

  it('leaves everything else to the network', () => {
    for (const path of ['/offline/library.json', '/sitemap-index.xml', '/og/exercises/plank.png', '/pagefind/pagefind-ui.js', '/figures/', '/figures/../sw.js', '/plan/catalogue.json', '/plan/catalogue.latest.json']) {
      expect(routeOf(path), path).toBeNull();
    }
  });
});

describe('pageFiles', () => {
  it('finds the plan catalogue the plan page names, so the worker keeps it with the page', () => {
    const html = '<main><ss-plan-builder class="block" data-view="form" data-catalogue="/plan/catalogue.99650b36943b.json"><form></form></ss-plan-builder></main>';
    expect(pageFiles(html)).toEqual(['/plan/catalogue.99650b36943b.json']);
  });

  it('finds nothing on other pages, and takes no address that is not a catalogue file', () => {
    expect(pageFiles('<main><h1>Plank</h1><p>Hold for 30 s.</p></main>')).toEqual([]);
    expect(pageFiles('<div data-catalogue="https://elsewhere.example/catalogue.json"></div><div data-catalogue="/sw.js"></div>')).toEqual([]);
  });
});

describe('withTrailingSlash', () => {
  it('finds a page typed without its trailing slash, as hosts do', () => {
    expect(withTrailingSlash('/exercises/plank')).toBe('/exercises/plank/');
    expect(withTrailingSlash('/plan')).toBe('/plan/');
  });

  it('leaves addresses that end in a slash or name a file', () => {
    expect(withTrailingSlash('/exercises/plank/')).toBeNull();
    expect(withTrailingSlash('/404.html')).toBeNull();
    expect(withTrailingSlash('/favicon.svg')).toBeNull();
  });
});

describe('shellKey', () => {
  it('keeps each revision of a file apart, and a content-named file under its name', () => {
    expect(shellKey({ url: '/offline/', rev: 'abc' })).toBe('/offline/?rev=abc');
    expect(shellKey({ url: '/_astro/Base.x2.css' })).toBe('/_astro/Base.x2.css');
  });
});

describe('moduleImports', () => {
  it('tells the modules a built script imports from those it may load later', () => {
    const code =
      'const __vite__mapDeps=(i,m=__vite__mapDeps,d=(m.f||(m.f=["_astro/engine.DL.js","_astro/ics.C8.js"])))=>i.map(i=>d[i]);' +
      'import{t as e}from"./equipment.C_4.js";import"./side.x1.js";export{a}from"./more.q.js";' +
      'r.onclick=()=>e(()=>import(`./ics.C8.js`),__vite__mapDeps([1]));';
    const { static: eager, lazy } = moduleImports(code);
    expect(eager.sort()).toEqual(['/_astro/equipment.C_4.js', '/_astro/more.q.js', '/_astro/side.x1.js']);
    expect(lazy.sort()).toEqual(['/_astro/engine.DL.js', '/_astro/ics.C8.js']);
  });

  it('ignores imports it cannot name, such as the search engine loaded from a variable', () => {
    expect(moduleImports('const m=await import(u);')).toEqual({ static: [], lazy: [] });
  });
});
