import { describe, expect, it } from 'vitest';
import { figureSchema, type FigureInput } from '../../src/schemas/figure';
import { validate } from '../../src/lib/validate';

const FILE = 'content/figures/test-squat.yaml';

const good: FigureInput = {
  view: 'side',
  description: 'Stands tall, sits the hips down to thighs level, stands up again.',
  anchor: 'near.foot',
  contacts: { 'near.foot': 'floor' },
  positions: [
    { label: 'Start', knee: 8 },
    { label: 'Bottom', knee: 115, hip: { flexion: 110, abduction: 10 }, near: { knee: 110 } },
  ],
};

function errorFor(data: unknown): string {
  try {
    validate(figureSchema, FILE, data);
    return '';
  } catch (error) {
    return (error as Error).message;
  }
}

describe('a pose file', () => {
  it('leaves every joint it does not name at neutral, and reads a number as flexion', () => {
    const figure = validate(figureSchema, FILE, good);
    const [start, bottom] = figure.positions;
    expect(start.angles.near.hip).toEqual({ flexion: 0, abduction: 0, rotation: 0 });
    expect(start.angles.near.knee).toBe(8);
    expect(start.angles.spine).toEqual({ flexion: 0, lateral: 0, rotation: 0 });
    expect(bottom.angles.far.hip).toEqual({ flexion: 110, abduction: 10, rotation: 0 });
    expect(bottom.angles.far.knee).toBe(115);
    expect(bottom.angles.near.knee).toBe(110);
    expect(figure.anchor).toEqual({ at: 'near.foot', on: 'floor' });
  });

  it('copies an earlier position with `from`, and swaps the sides with `mirror`', () => {
    const figure = validate(figureSchema, FILE, {
      ...good,
      positions: [
        { label: 'Left', near: { hip: 90, knee: 90 }, far: { hip: -10 } },
        { label: 'Same', from: 'Left', elbow: 20 },
        { label: 'Right', from: 'Left', mirror: true },
      ],
    });
    const [left, same, right] = figure.positions.map((p) => p.angles);
    expect(same.near.hip.flexion).toBe(90);
    expect(same.near.elbow).toBe(20);
    expect(right.far.hip.flexion).toBe(90);
    expect(right.near.hip.flexion).toBe(-10);
    expect(left.near.elbow).toBe(0);
  });

  it('keeps the contacts declared for the whole figure through every move, and a position’s own only at it', () => {
    const figure = validate(figureSchema, FILE, { ...good, positions: [{ label: 'Start' }, { label: 'End', contacts: { 'far.toe': 'floor' } }] });
    expect(figure.positions[1].contacts).toEqual([
      { part: 'near.foot', points: ['near.heel', 'near.toe'], on: 'floor', throughout: true },
      { part: 'far.toe', points: ['far.toe'], on: 'floor', throughout: false },
    ]);
  });

  it('fills in a bench at knee height from the defaults', () => {
    const figure = validate(figureSchema, FILE, { ...good, props: [{ kind: 'bench', x: -100 }] });
    expect(figure.props).toEqual([{ type: 'placed', id: 'bench', kind: 'bench', x: -100, height: 45, length: 110 }]);
  });

  it('names the file and the field for a misspelt joint', () => {
    const message = errorFor({ ...good, positions: [{ label: 'Start', kne: 8 }, { label: 'End' }] });
    expect(message).toMatch(/^content\/figures\/test-squat\.yaml: positions\[0\]: Unrecognized key: "kne"/);
  });

  it('names a contact part or surface that does not exist and lists the right ones', () => {
    expect(errorFor({ ...good, contacts: { 'near.feet': 'floor' } })).toMatch(
      /content\/figures\/test-squat\.yaml: contacts\.near\.feet: "near\.feet" is not a part \(near\.foot, near\.forearm, .*\) or a point \(pelvis, neck, head, near\.hip/,
    );
    expect(errorFor({ ...good, contacts: { 'near.foot': 'bench' } })).toBe(
      'content/figures/test-squat.yaml: contacts.near.foot: "bench" is not a surface here: use "floor"',
    );
  });

  it('refuses a `from` that names no earlier position, a repeated label, and too few key positions', () => {
    expect(errorFor({ ...good, positions: [{ label: 'Start', from: 'End' }, { label: 'End' }] })).toContain(
      'positions[0].from: "End" is not an earlier key position (none)',
    );
    expect(errorFor({ ...good, positions: [{ label: 'Start' }, { label: 'Start' }] })).toContain(
      'positions[1].label: "Start" is used twice: each key position needs its own label',
    );
    expect(errorFor({ ...good, positions: [{ label: 'Start' }] })).toContain('positions: needs at least a start and an end position');
  });

  it('allows a passing frame between key positions, never at either end', () => {
    expect(errorFor({ ...good, positions: [{ label: 'Start' }, { label: 'Step', passing: true }, { label: 'End' }] })).toBe('');
    expect(errorFor({ ...good, positions: [{ label: 'Start' }, { label: 'End', passing: true }] })).toContain(
      'positions[1].passing: the first and last positions are key positions, not passing frames',
    );
  });

  it('asks for a description a listener can follow', () => {
    expect(errorFor({ ...good, description: 'Squat.' })).toContain('description: must describe the movement in a sentence or two');
  });
});
