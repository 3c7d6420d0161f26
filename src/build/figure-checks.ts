/**
 * The figure rules (src/lib/figure/validate.ts) over every pose file. They run before any page
 * renders and take ~1 ms a figure, so at 1,000 exercises the main thread would spend about a second
 * on them with nothing else to do. In a build the work is split: a worker thread
 * (./figure-check-worker.ts) checks the second half of the figures while the main thread checks
 * the first. The answer is the same as checking them all on one thread, in the same order.
 */
import { Worker } from 'node:worker_threads';
import type { Figure } from '../lib/figure/types';
import { checkFigure, type Problem } from '../lib/figure/validate';

/**
 * Each figure's problems, in the order given. With `workerUrl` (the built
 * ./figure-check-worker.ts) half of them are checked there; without it, all on this thread.
 */
export async function checkFigures(figures: readonly Figure[], workerUrl?: URL): Promise<Problem[][]> {
  if (!workerUrl || figures.length < 2) return figures.map(checkFigure);
  const half = Math.ceil(figures.length / 2);
  const rest = new Promise<Problem[][]>((resolve, reject) => {
    const worker = new Worker(workerUrl, { workerData: figures.slice(half) });
    worker.once('message', resolve);
    worker.once('error', reject);
    // After an answer this changes nothing; without one, the checks would wait for ever.
    worker.once('exit', (code) => reject(new Error(`the figure checks stopped (exit code ${code}) before answering`)));
  });
  const first = figures.slice(0, half).map(checkFigure);
  return [...first, ...(await rest)];
}
