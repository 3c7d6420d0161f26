/**
 * The link-preview images of a build, drawn off the main thread. The og route hands over every
 * card when Astro asks it for its pages (before Astro renders any page), and a worker thread
 * (./og-worker.ts) draws them while the main thread renders the HTML pages; when Astro comes to an
 * image, it is usually drawn already. At 1,000 exercises that is ~1,200 images, which took ~9 s of
 * the main thread's time before the pages could be finished (BENCHMARKS.md, "Build time at 1,000").
 *
 * The images are the same bytes as drawn on the main thread: the worker runs ./og-render.ts, whose
 * output depends only on the card and the figure.
 */
import { Worker } from 'node:worker_threads';
import type { Figure } from '../lib/figure/types';
import type { OgCard } from '../lib/og-image';

/** One image to draw: the page's card and, for an exercise, its figure. */
export interface OgImageJob {
  card: OgCard;
  figure?: Figure;
}

/** What the worker posts for each card: the PNG, or why it could not be drawn. */
export type OgImageResult = { path: string; bytes: Uint8Array } | { path: string; error: string };

/** Each page's image by page path, settled as the worker posts it. */
export type OgImages = ReadonlyMap<string, Promise<Uint8Array>>;

/**
 * Starts drawing every job's image in a worker loaded from `workerUrl` (the built ./og-worker.ts),
 * in the order given, and returns each image's promise by page path. If the worker fails or stops
 * early, every image not yet drawn rejects with the reason.
 */
export function drawOgImages(jobs: readonly OgImageJob[], workerUrl: URL): OgImages {
  const pending = new Map<string, { resolve: (bytes: Uint8Array) => void; reject: (error: Error) => void }>();
  const images = new Map<string, Promise<Uint8Array>>();
  for (const { card } of jobs) {
    const image = new Promise<Uint8Array>((resolve, reject) => pending.set(card.path, { resolve, reject }));
    // Nobody may await an image (a page Astro skips); its failure is reported by the route that does.
    image.catch(() => {});
    images.set(card.path, image);
  }
  const failAll = (reason: string) => {
    for (const [path, { reject }] of pending) reject(new Error(`preview image for ${path}: ${reason}`));
    pending.clear();
  };
  const worker = new Worker(workerUrl, { workerData: { jobs } });
  worker.on('message', (result: OgImageResult) => {
    const waiting = pending.get(result.path);
    pending.delete(result.path);
    if ('bytes' in result) waiting?.resolve(result.bytes);
    else waiting?.reject(new Error(`preview image for ${result.path}: ${result.error}`));
  });
  worker.on('error', (error) => failAll(error.stack ?? error.message));
  worker.on('exit', (code) => failAll(`the drawing worker stopped (exit code ${code}) before drawing it`));
  return images;
}
