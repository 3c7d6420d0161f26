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

/**
 * A Pallof press seen from the side and from above: a post 75 cm out to the figure's side (nearer
 * you) with a band tied at chest height, the hands pressing straight out from the breastbone.
 */
export const pallofPress = (overrides: Partial<FigureInput> = {}): Figure =>
  figure({
    view: 'side',
    tilt: 30,
    description: 'Stands side-on to a post and presses a band straight out from the chest.',
    anchor: 'near.foot',
    contacts: { 'near.foot': 'floor', 'far.foot': 'floor' },
    props: [{ kind: 'post', x: 42, z: 75 }, { kind: 'band', from: 'post', to: 'near.hand', length: 60 }],
    positions: [
      { label: 'Chest', ankle: 5, knee: 10, hip: 5, shoulder: { flexion: 15, rotation: -61 }, elbow: 135 },
      { label: 'Press', from: 'Chest', shoulder: { flexion: 85, rotation: -20 }, elbow: 5 },
    ],
    ...overrides,
  });

/**
 * A clamshell seen from the front and from above (a camera tilted down 45°): lying on the far side,
 * hips and knees bent along the floor, the lower knee and ankle on the floor, the top knee opening.
 */
export const clamshell = (overrides: Partial<FigureInput> = {}): Figure =>
  figure({
    view: 'front',
    turn: 0,
    tilt: 45,
    description: 'Lies on one side with the knees bent and lifts the top knee, feet together.',
    anchor: 'far.hip',
    contacts: { 'far.knee': 'floor', 'far.ankle': 'floor' },
    props: [{ kind: 'mat', x: 20 }],
    positions: [
      { label: 'Closed', roll: -90, spine: { lateral: 15 }, hip: 45, knee: 90, far: { shoulder: { abduction: 170 } } },
      { label: 'Open', from: 'Closed', near: { hip: { flexion: 45, rotation: 40 } } },
    ],
    ...overrides,
  });

/**
 * A fire hydrant seen from behind and to the side, a little from above: on hands and knees on a
 * mat, the near knee lifting out to the side while the far knee, the toes and both hands stay down.
 */
export const hydrant = (overrides: Partial<FigureInput> = {}): Figure =>
  figure({
    view: 'front',
    turn: 140,
    tilt: 20,
    description: 'On hands and knees, lifts one bent knee out to the side and lowers it.',
    anchor: 'far.knee',
    contacts: { 'far.knee': 'floor', 'far.toes': 'floor', 'near.hand': 'floor', 'far.hand': 'floor' },
    props: [{ kind: 'mat', x: 0, length: 150 }],
    positions: [
      { label: 'Start', pitch: 77, hip: 77, knee: 102, ankle: 20, toes: 78, shoulder: 76, wrist: 80, contacts: { 'near.knee': 'floor', 'near.toes': 'floor' } },
      { label: 'Top', from: 'Start', near: { hip: { flexion: 77, rotation: 45 }, ankle: -20, toes: 0 } },
    ],
    ...overrides,
  });

/** A Russian twist's seated start, seen from the front and from above: hips and heels on the mat, leaning back, knees up. */
export const seated = (overrides: Partial<FigureInput> = {}): Figure =>
  figure({
    view: 'front',
    turn: 35,
    tilt: 30,
    description: 'Sits on the mat leaning back with the knees up and turns the chest to each side.',
    anchor: 'pelvis',
    contacts: { pelvis: 'floor' },
    props: [{ kind: 'mat', x: 0 }],
    positions: [
      { label: 'Right', pitch: -40, hip: 95, knee: 95, shoulder: 70, elbow: 100, spine: { rotation: 30 } },
      { label: 'Left', from: 'Right', spine: { rotation: -30 } },
    ],
    ...overrides,
  });
