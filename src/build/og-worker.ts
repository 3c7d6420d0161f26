/**
 * The worker thread that draws link-preview images for ./og-images.ts: it is handed every card of
 * the build at once, draws them in that order with ./og-render.ts and posts each PNG back as soon
 * as it is done (the bytes moved, not copied). Two cards are in hand at a time, so the thread lays
 * out one while sharp rasterises the other's figure on libuv's threads.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { renderOgImage } from './og-render';
import type { OgImageJob, OgImageResult } from './og-images';

const IN_HAND = 2;

const jobs = (workerData as { jobs: OgImageJob[] }).jobs;
let next = 0;

async function drawTheRest(): Promise<void> {
  while (next < jobs.length) {
    const { card, figure } = jobs[next++]!;
    let result: OgImageResult;
    try {
      const png = await renderOgImage(card, figure);
      // A copy the size of the file: the encoder's output may share a larger pooled buffer.
      const bytes = new Uint8Array(png);
      result = { path: card.path, bytes };
      parentPort!.postMessage(result, [bytes.buffer]);
    } catch (error) {
      result = { path: card.path, error: error instanceof Error ? (error.stack ?? error.message) : String(error) };
      parentPort!.postMessage(result);
    }
  }
}

await Promise.all(Array.from({ length: IN_HAND }, drawTheRest));
