/** The worker thread of ./figure-checks.ts: checks the figures it is handed and posts each one's problems, in order. */
import { parentPort, workerData } from 'node:worker_threads';
import type { Figure } from '../lib/figure/types';
import { checkFigure } from '../lib/figure/validate';

parentPort!.postMessage((workerData as Figure[]).map(checkFigure));
