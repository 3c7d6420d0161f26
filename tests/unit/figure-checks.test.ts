import { describe, expect, it } from 'vitest';
import { checkFigures } from '../../src/build/figure-checks';
import { checkFigure } from '../../src/lib/figure/validate';
import { readFigures, squat } from '../helpers/figures';
import { bundledWorker } from '../helpers/worker-bundle';

describe('checking every figure with a worker thread', () => {
  const workerUrl = bundledWorker('src/build/figure-check-worker.ts');

  it('finds what checking them one by one finds, each figure’s problems in its place', async () => {
    const library = readFigures().map(({ figure }) => figure);
    // A broken figure in each half: one checked on this thread, one in the worker.
    const kneeBackwards = squat({ positions: [{ label: 'Start', knee: -10 }, { label: 'Bottom', knee: 100, hip: 100 }] });
    const hipTooFar = squat({ positions: [{ label: 'Start' }, { label: 'Bottom', hip: 130 }] });
    const figures = [kneeBackwards, ...library, hipTooFar];
    const found = await checkFigures(figures, workerUrl());
    expect(found).toEqual(figures.map(checkFigure));
    expect(found[0]).toContainEqual(expect.objectContaining({ position: 'Start', rule: 'joint-range' }));
    expect(found.at(-1)).toContainEqual(expect.objectContaining({ position: 'Bottom', rule: 'joint-range' }));
  });
});
