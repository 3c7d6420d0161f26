// A worker thread's entry bundled the way the build bundles it (its own file, sharp left to Node),
// so a unit test can start the real worker.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { afterAll, beforeAll } from 'vitest';

/**
 * Bundles `entry` (a path in the project) before the calling suite's tests and deletes it after
 * them; the returned function gives the bundle's address inside a test.
 */
export function bundledWorker(entry: string): () => URL {
  let dir: string | undefined;
  let url: URL | undefined;
  beforeAll(async () => {
    // Inside the project, where Node finds sharp.
    mkdirSync('node_modules/.cache', { recursive: true });
    dir = mkdtempSync(join('node_modules/.cache', 'worker-'));
    const outfile = join(dir, 'worker.mjs');
    await build({ entryPoints: [entry], bundle: true, platform: 'node', format: 'esm', external: ['sharp'], outfile, logLevel: 'silent' });
    url = pathToFileURL(outfile);
  });
  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });
  return () => {
    if (!url) throw new Error(`${entry} is bundled before the suite's tests run, not while it is being defined`);
    return url;
  };
}
