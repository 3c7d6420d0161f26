import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { indexSite, trimSearchIndex } from '../../src/build/pagefind';

const root = mkdtempSync(join(tmpdir(), 'strongstride-search-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const MOVES = ['squat', 'lunge', 'hinge', 'bridge', 'plank', 'carry', 'row', 'press', 'raise', 'hop'];

/** A small site of exercise pages as the build writes them, indexed and trimmed into `name`/. */
async function searchFiles(name: string, edit?: (html: string) => string) {
  const dist = join(root, name);
  for (let i = 0; i < 40; i++) {
    const words = Array.from({ length: 60 }, (_, k) => `${MOVES[(i * 7 + k * 3) % MOVES.length]}${(i + k) % 13}`);
    const html = `<!doctype html><html lang="en"><head><title>Exercise ${i}</title></head><body><main data-pagefind-body><h1>Exercise ${i}</h1><h2 id="cues">Technique cues</h2><p>Keep your trunk braced and move ${words.join(' ')}.</p></main></body></html>`;
    mkdirSync(join(dist, 'exercises', `e${i}`), { recursive: true });
    writeFileSync(join(dist, 'exercises', `e${i}`, 'index.html'), i === 17 && edit ? edit(html) : html);
  }
  await indexSite(dist);
  await trimSearchIndex(dist, join(root, 'cache'));
  const walk = (dir: string): string[] =>
    readdirSync(join(dist, dir), { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(`${dir}/${e.name}`) : [`${dir}/${e.name}`]));
  return { dist, files: walk('pagefind').filter((f) => /\.pf_(meta|index|fragment|filter)$/.test(f)) };
}

describe('the search files', () => {
  it('keep their names when an edit did not change them: one changed word renames only the files that hold it', async () => {
    const before = await searchFiles('before');
    // One word of one page changed for another: its fragment, the index chunks of the two words
    // and the metadata that lists them change; nothing else does.
    const after = await searchFiles('after', (html) => html.replace('Keep your trunk braced', 'Keep your spine braced'));
    const renamed = after.files.filter((f) => !before.files.includes(f));
    expect(renamed.filter((f) => f.includes('/fragment/'))).toHaveLength(1);
    expect(renamed.filter((f) => f.includes('/index/')).length).toBeGreaterThanOrEqual(1);
    expect(renamed.filter((f) => f.includes('/index/')).length).toBeLessThanOrEqual(2);
    expect(renamed.filter((f) => f.endsWith('.pf_meta'))).toHaveLength(1);
    expect(renamed.filter((f) => f.includes('/filter/'))).toEqual([]);
  }, 120_000);

  it('list every page’s title, address and other names in a titles file named after the metadata', async () => {
    const { dist, files } = await searchFiles('titles');
    const meta = files.find((f) => f.endsWith('.pf_meta'))!;
    const name = /pagefind\.([\w-]+)\.pf_meta$/.exec(meta)![1];
    const rows = JSON.parse(gunzipSync(readFileSync(join(dist, 'pagefind', 'titles', `${name}.pf_titles`))).toString()) as unknown[][];
    const fragments = files.filter((f) => f.includes('/fragment/')).map((f) => /(en_\w+)\.pf_fragment$/.exec(f)![1]);
    expect(rows.map((row) => row[0]).sort()).toEqual(fragments.sort());
    expect(rows).toContainEqual([expect.any(String), '/exercises/e17/', 'Exercise 17', '', '', 0]);
  }, 120_000);

  it('name every file by what it holds, short', async () => {
    const { dist, files } = await searchFiles('names');
    for (const file of files.filter((f) => f.includes('/fragment/') || f.includes('/index/'))) {
      expect(file).toMatch(/\/en_[0-9a-v]{4,6}\.pf_(fragment|index)$/);
    }
    const fragment = files.find((f) => f.includes('/fragment/'))!;
    const json = JSON.parse(gunzipSync(readFileSync(join(dist, fragment))).subarray('pagefind_dcd'.length).toString());
    expect(json.url).toMatch(/^\/exercises\/e\d+\/$/);
    expect(json.anchors.map((a: { element: string }) => a.element)).toEqual(['h2']);
  }, 120_000);
});
