import { describe, expect, it } from 'vitest';
import { resolvePath } from '../../src/build/preview';

const files = new Set(['index.html', '404.html', 'exercises/plank/index.html', 'pagefind/pagefind.js', 'og/exercises/plank.png', 'exercises/side plank/index.html']);
const resolve = (path: string) => resolvePath(path, (file) => files.has(file));

describe('what an address names in the built site', () => {
  it('names a page by its folder and a file by its path', () => {
    expect(resolve('/')).toEqual({ file: 'index.html' });
    expect(resolve('/exercises/plank/')).toEqual({ file: 'exercises/plank/index.html' });
    expect(resolve('/pagefind/pagefind.js')).toEqual({ file: 'pagefind/pagefind.js' });
    expect(resolve('/exercises/side%20plank/')).toEqual({ file: 'exercises/side plank/index.html' });
  });

  it('sends a page asked for without its trailing slash to the address with one', () => {
    expect(resolve('/exercises/plank')).toEqual({ redirect: '/exercises/plank/' });
  });

  it('names nothing for an address with no file behind it', () => {
    expect(resolve('/exercises/nope/')).toEqual({ notFound: true });
    expect(resolve('/exercises/')).toEqual({ notFound: true });
  });

  it('names nothing for an address that does not decode or would leave its folder', () => {
    for (const path of ['/exercises/..%2f..%2fpackage.json', '/exercises/%ff/', '/../package.json', '/exercises/%2e%2e/%2e%2e/package.json', '/exercises/plank%5c..%5c..%5cpackage.json', '/exercises/%00/', 'exercises/plank/']) {
      expect(resolve(path), path).toEqual({ notFound: true });
    }
  });
});
