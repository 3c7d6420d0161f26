import { describe, expect, it } from 'vitest';
import { drawOgImages, type OgImageJob } from '../../src/build/og-images';
import { renderOgImage } from '../../src/build/og-render';
import { primaryMusclesLine } from '../../src/lib/og-image';
import { readFigures } from '../helpers/figures';
import { bundledWorker } from '../helpers/worker-bundle';

const [posed] = readFigures();
const jobs: OgImageJob[] = [
  { card: { path: '/guides/', title: 'Guides', kicker: 'Guides' } },
  {
    card: { path: `/exercises/${posed!.slug}/`, title: 'A posed exercise', kicker: 'Exercise', detail: primaryMusclesLine(['glutes']) },
    figure: posed!.figure,
  },
];

describe('preview images drawn in a worker thread', () => {
  const workerUrl = bundledWorker('src/build/og-worker.ts');

  it('are the same PNG files the main thread draws, figure included', async () => {
    const images = drawOgImages(jobs, workerUrl());
    for (const { card, figure } of jobs) {
      expect(Buffer.from(await images.get(card.path)!)).toEqual(await renderOgImage(card, figure));
    }
  });

  it('fail naming the page when the worker cannot draw them', async () => {
    const crashing = new URL(`data:text/javascript,${encodeURIComponent("throw new Error('no fonts')")}`);
    const images = drawOgImages(jobs, crashing);
    await expect(images.get('/guides/')).rejects.toThrow(/preview image for \/guides\/: .*no fonts/);
    await expect(images.get(jobs[1]!.card.path)).rejects.toThrow(`preview image for ${jobs[1]!.card.path}`);
  });
});
