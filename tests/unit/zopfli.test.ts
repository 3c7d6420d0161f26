import { gunzipSync } from 'node:zlib';
import { gzipAsync } from '@gfx/zopfli';
import { describe, expect, it } from 'vitest';
import { ZOPFLI_ITERATIONS, ZopfliThread } from '../../src/build/zopfli';

const text = (seed: number) => new TextEncoder().encode(Array.from({ length: 400 }, (_, i) => `squat${(i * seed) % 37} `).join(''));

describe('Zopfli on its own thread', () => {
  it('gives each file back compressed exactly as Zopfli on the calling thread would, even when several are asked for at once', async () => {
    const zopfli = new ZopfliThread();
    try {
      const files = [text(3), text(7), text(11)];
      const gzipped = await Promise.all(files.map((file) => zopfli.gzip(file)));
      for (const [i, file] of files.entries()) {
        expect(gunzipSync(gzipped[i]!)).toEqual(Buffer.from(file));
        expect(gzipped[i]).toEqual(Buffer.from(await gzipAsync(file, { numiterations: ZOPFLI_ITERATIONS })));
      }
    } finally {
      await zopfli.close();
    }
  });

  it('fails a file still waiting when the thread is closed, instead of waiting for ever', async () => {
    const zopfli = new ZopfliThread();
    const pending = zopfli.gzip(new Uint8Array(2_000_000));
    await zopfli.close();
    await expect(pending).rejects.toThrow(/Zopfli's thread stopped/);
  });
});
