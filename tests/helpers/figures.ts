// Pose files and small figures for the figure tests: parsed with the build's own schema.
import { readFileSync, readdirSync } from 'node:fs';
import { load } from 'js-yaml';
import { figureSchema, type FigureInput } from '../../src/schemas/figure';
import type { Figure } from '../../src/lib/figure/types';

/** Every pose file in content/figures, parsed. */
export function readFigures(): { slug: string; file: string; figure: Figure }[] {
  return readdirSync('content/figures')
    .filter((name) => name.endsWith('.yaml'))
    .sort()
    .map((name) => {
      const file = `content/figures/${name}`;
      return { slug: name.replace(/\.yaml$/, ''), file, figure: figureSchema.parse(load(readFileSync(file, 'utf8'))) };
    });
}

/** A figure from authoring input, as the build would read it. */
export const figure = (input: FigureInput): Figure => figureSchema.parse(input);

/** A bodyweight squat: feet flat and planted, two key positions. */
export const squat = (overrides: Partial<FigureInput> = {}): Figure =>
  figure({
    view: 'side',
    description: 'Stands tall, sits the hips down to thighs level, stands up again.',
    anchor: 'near.foot',
    contacts: { 'near.foot': 'floor', 'far.foot': 'floor' },
    positions: [
      { label: 'Start', ankle: 5, knee: 8, hip: 5 },
      { label: 'Bottom', ankle: 20, knee: 115, hip: 110, shoulder: 80 },
    ],
    ...overrides,
  });
