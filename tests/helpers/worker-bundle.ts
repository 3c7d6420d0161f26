// A worker thread's entry bundled the way the build bundles it (its own file, sharp left to Node),
// so a unit test can start the real worker.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';

/** Bundles `entry` (a path in the project) and returns its address, and a way to delete it. */
export async function bundleWorker(entry: string): Promise<{ url: URL; remove: () => void }> {
  // Inside the project, where Node finds sharp.
  mkdirSync('node_modules/.cache', { recursive: true });
  const dir = mkdtempSync(join('node_modules/.cache', 'worker-'));
  const outfile = join(dir, 'worker.mjs');
  await build({ entryPoints: [entry], bundle: true, platform: 'node', format: 'esm', external: ['sharp'], outfile, logLevel: 'silent' });
  return { url: pathToFileURL(outfile), remove: () => rmSync(dir, { recursive: true, force: true }) };
}
