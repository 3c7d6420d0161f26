import { describe, expect, it } from 'vitest';
import { indexReplaced, loadedIndex } from '../../src/lib/search-index';

describe('loadedIndex', () => {
  it('reads the index a page loaded from the metadata file it fetched', () => {
    const fetched = [
      'http://127.0.0.1:4321/_astro/Base.css',
      'http://127.0.0.1:4321/pagefind/pagefind-entry.json?ts=1733',
      'http://127.0.0.1:4321/pagefind/pagefind.en_dce2de6dce.pf_meta',
    ];
    expect(loadedIndex(fetched)).toBe('en_dce2de6dce');
  });

  it('has none before the first search', () => {
    expect(loadedIndex(['http://127.0.0.1:4321/search/'])).toBeUndefined();
  });
});

describe('indexReplaced', () => {
  const entry = (hash: string) => ({ version: '1.6.0', languages: { en: { hash, wasm: 'en', page_count: 116 } } });

  it('is true once the site serves an index by another name', () => {
    expect(indexReplaced('en_dce2de6dce', entry('en_0a1b2c3d4e'))).toBe(true);
  });

  it('is false while the site serves the loaded index, or when the entry cannot be read', () => {
    expect(indexReplaced('en_dce2de6dce', entry('en_dce2de6dce'))).toBe(false);
    expect(indexReplaced('en_dce2de6dce', null)).toBe(false);
    expect(indexReplaced('en_dce2de6dce', { languages: 'en' })).toBe(false);
  });
});
