import { describe, expect, it } from 'vitest';
import { figureSchema, type FigureInput } from '../../src/schemas/figure';
import { validate } from '../../src/lib/validate';
import { POINT_IDS } from '../../src/lib/figure/skeleton';

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
    expect(start.angles.near.hip).toEqual({ flexion: 0, abduction: 0, rotation: 0, twist: 0 });
    expect(start.angles.near.knee).toBe(8);
    expect(start.angles.spine).toMatchObject({ flexion: 0, lateral: 0, rotation: 0 });
    expect(bottom.angles.far.hip).toEqual({ flexion: 110, abduction: 10, rotation: 0, twist: 0 });
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
    expect(figure.props).toEqual([{ type: 'placed', id: 'bench', kind: 'bench', x: -100, height: 45, length: 110, z: 0, depth: 35 }]);
  });

  it('names the file, the position by its label and the field for a misspelt joint', () => {
    const message = errorFor({ ...good, positions: [{ label: 'Start' }, { label: 'Bottom', near: { kne: 8 } }] });
    expect(message).toMatch(/^content\/figures\/test-squat\.yaml: positions\.Bottom\.near: Unrecognized key: "kne"$/);
    // The build reports zod's own path, joined with dots: it names the label too.
    const issue = figureSchema.safeParse({ ...good, positions: [{ label: 'Start', kne: 8 }, { label: 'End' }] }).error!.issues[0];
    expect(issue.path.join('.')).toBe('positions.Start');
  });

  it('names a contact part or surface that does not exist and lists the right ones', () => {
    expect(errorFor({ ...good, contacts: { 'near.feet': 'floor' } })).toMatch(
      /content\/figures\/test-squat\.yaml: contacts\.near\.feet: "near\.feet" is not a part \(near\.foot, near\.forearm, .*\) or a point \(pelvis, waist, neck, head, near\.hip/,
    );
    expect(errorFor({ ...good, contacts: { 'near.foot': 'bench' } })).toBe(
      'content/figures/test-squat.yaml: contacts.near.foot: "bench" is not a surface here: use "floor"',
    );
  });

  it('refuses a `from` that names no earlier position, a repeated label, and too few key positions', () => {
    expect(errorFor({ ...good, positions: [{ label: 'Start', from: 'End' }, { label: 'End' }] })).toContain(
      'positions.Start.from: "End" is not an earlier key position (none)',
    );
    // A label used twice cannot name its position: the index does.
    expect(errorFor({ ...good, positions: [{ label: 'Start' }, { label: 'Start' }] })).toContain(
      'positions[1].label: "Start" is used twice: each key position needs its own label',
    );
    expect(errorFor({ ...good, positions: [{ label: 'Start' }] })).toContain('positions: needs at least a start and an end position');
  });

  it('allows a passing frame between key positions, never at either end', () => {
    expect(errorFor({ ...good, positions: [{ label: 'Start' }, { label: 'Step', passing: true }, { label: 'End' }] })).toBe('');
    expect(errorFor({ ...good, positions: [{ label: 'Start' }, { label: 'End', passing: true }] })).toContain(
      'positions.End.passing: the first and last positions are key positions, not passing frames',
    );
  });

  it('asks for a description a listener can follow', () => {
    expect(errorFor({ ...good, description: 'Squat.' })).toContain('description: must describe the movement in a sentence or two');
  });
});

describe('a pose file that leaves the floor or uses the newer equipment', () => {
  const jump: FigureInput = {
    view: 'side',
    loop: 'restart',
    description: 'Dips, jumps straight up with the toes pointed, and lands softly.',
    anchor: 'near.foot',
    positions: [
      { label: 'Dip', knee: 60, hip: 55, ankle: 15, contacts: { 'near.foot': 'floor' } },
      { label: 'Jump', airborne: true, lift: 30, ankle: -30 },
      { label: 'Land', knee: 50, hip: 45, ankle: 15, contacts: { 'near.foot': 'floor' } },
    ],
  };

  it('reads an airborne position, its lift and travel, and rests every other one on the anchor', () => {
    const figure = validate(figureSchema, FILE, { ...jump, positions: [jump.positions[0], { ...jump.positions[1], travel: 40 }, jump.positions[2]] });
    expect(figure.loop).toBe('restart');
    const [dip, flight, land] = figure.positions;
    expect([flight.airborne, flight.lift, flight.travel]).toEqual([true, 30, 40]);
    expect([dip.airborne, dip.lift, dip.travel]).toEqual([false, 0, 0]);
    expect(land.support).toEqual({ at: 'near.foot', on: 'floor' });
    expect(validate(figureSchema, FILE, good).loop).toBe('alternate');
  });

  it('refuses contacts at an airborne position, or for the whole figure when one is airborne', () => {
    expect(errorFor({ ...jump, positions: [jump.positions[0], { ...jump.positions[1], contacts: { 'near.toe': 'floor' } }, jump.positions[2]] })).toBe(
      'content/figures/test-squat.yaml: positions.Jump.contacts: an airborne position touches nothing: leave out its contacts',
    );
    expect(errorFor({ ...jump, contacts: { 'near.foot': 'floor' } })).toBe(
      'content/figures/test-squat.yaml: contacts: contacts for the whole figure hold at every position, but "Jump" is airborne: declare them at the positions that touch',
    );
  });

  it('lifts only an airborne position, and rests an airborne one on nothing', () => {
    expect(errorFor({ ...jump, positions: [jump.positions[0], { ...jump.positions[1], airborne: false }, jump.positions[2]] })).toBe(
      'content/figures/test-squat.yaml: positions.Jump.lift: only an airborne position is lifted (add `airborne: true`); one that touches rests on its support',
    );
    expect(errorFor({ ...jump, positions: [jump.positions[0], { ...jump.positions[1], support: 'far.foot' }, jump.positions[2]] })).toBe(
      'content/figures/test-squat.yaml: positions.Jump.support: an airborne position rests on nothing: leave out its support',
    );
  });

  it('rests a position on another part, on the floor or on a named prop', () => {
    const figure = validate(figureSchema, FILE, {
      ...good,
      props: [{ kind: 'box', x: 80 }],
      positions: [{ label: 'Left' }, { label: 'Right', support: 'far.foot', travel: 20 }, { label: 'Up', support: { at: 'near.foot', on: 'box' } }],
    });
    expect(figure.positions.map((p) => p.support)).toEqual([
      { at: 'near.foot', on: 'floor' },
      { at: 'far.foot', on: 'floor' },
      { at: 'near.foot', on: 'box' },
    ]);
    expect(errorFor({ ...good, positions: [{ label: 'Start' }, { label: 'End', support: { at: 'far.feet', on: 'bench' } }] })).toBe(
      [
        `content/figures/test-squat.yaml: positions.End.support: "far.feet" is not a part (near.foot, near.forearm, near.shin, near.kneel, near.palm, near.toes, far.foot, far.forearm, far.shin, far.kneel, far.palm, far.toes) or a point (${POINT_IDS.join(', ')})`,
        'content/figures/test-squat.yaml: positions.End.support.on: "bench" is not a surface to rest on here: use "floor"',
      ].join('\n'),
    );
  });

  it('ties a band to a post or runs it between two points, and says what else it could be tied to', () => {
    const banded = (from: string, to: string) => ({ ...good, props: [{ kind: 'post' as const, x: 100, height: 48 }, { kind: 'band' as const, from, to, length: 60 }] });
    const figure = validate(figureSchema, FILE, banded('post', 'near.knee'));
    expect(figure.props).toEqual([
      { type: 'placed', id: 'post', kind: 'post', x: 100, height: 48, length: 8, z: 0 },
      { type: 'band', id: 'band', kind: 'band', from: 'post', to: 'near.knee', length: 60 },
    ]);
    expect(errorFor(banded('rack', 'near.knee'))).toBe('content/figures/test-squat.yaml: props[1].from: "rack" is not a point of the figure or a prop it is tied to ("post")');
    expect(errorFor(banded('post', 'post'))).toBe('content/figures/test-squat.yaml: props[1]: a band runs to the figure: tie one end to a prop at most');
    expect(errorFor({ ...good, props: [{ kind: 'band', from: 'wall', to: 'near.hand' }] })).toBe(
      'content/figures/test-squat.yaml: props[0].from: "wall" is not a point of the figure (to tie it to something, add a post)',
    );
  });

  it('moves only a ball or a slider from one position to the next', () => {
    const rolling = validate(figureSchema, FILE, { ...good, props: [{ kind: 'ball', x: 120 }], positions: [{ label: 'Start' }, { label: 'In', place: { ball: 90 } }] });
    expect(rolling.positions.map((p) => p.place)).toEqual([{}, { ball: 90 }]);
    expect(rolling.props[0]).toEqual({ type: 'placed', id: 'ball', kind: 'ball', x: 120, height: 65, length: 65, z: 0 });
    expect(errorFor({ ...good, props: [{ kind: 'bench', x: -100 }, { kind: 'ball' }], positions: [{ label: 'Start' }, { label: 'End', place: { bench: -90, ball: 10 } }] })).toBe(
      'content/figures/test-squat.yaml: positions.End.place.bench: the bench stays where it stands: only a ball or a slider moves ("ball")',
    );
  });

  it('turns only the front view', () => {
    expect(validate(figureSchema, FILE, { ...good, view: 'front' }).turn).toBe(20);
    expect(validate(figureSchema, FILE, { ...good, view: 'front', turn: 60 }).turn).toBe(60);
    expect(errorFor({ ...good, turn: 40 })).toBe('content/figures/test-squat.yaml: turn: only the front view turns: the side view shows the figure side-on');
  });

  it('turns the front view round to show the back, but never side-on', () => {
    expect(validate(figureSchema, FILE, { ...good, view: 'front', turn: 140 }).turn).toBe(140);
    expect(validate(figureSchema, FILE, { ...good, view: 'front', turn: 180 }).turn).toBe(180);
    expect(errorFor({ ...good, view: 'front', turn: 90 })).toBe(
      'content/figures/test-squat.yaml: turn: must be 0 to 60 (from the front) or 120 to 180 (from behind): in between the figure is side-on, so use the side view',
    );
  });

  it('looks level unless told to look down, and refuses equipment a view from above cannot draw', () => {
    expect(validate(figureSchema, FILE, good).tilt).toBe(0);
    const lying = { ...good, view: 'front' as const, tilt: 45 };
    expect(validate(figureSchema, FILE, { ...lying, props: [{ kind: 'mat' }] }).tilt).toBe(45);
    expect(errorFor({ ...lying, props: [{ kind: 'mat' }, { kind: 'bench', x: 40 }] })).toContain(
      'props[1].kind: a view that looks down (tilt 45) draws only the floor, a mat, a post and bands: a bench is drawn as seen level; leave out `tilt` or the bench',
    );
    expect(errorFor({ ...lying, props: [{ kind: 'dumbbell', hands: 'near' }] })).toContain('props[0].kind: a view that looks down (tilt 45)');
    expect(errorFor({ ...lying, tilt: 70 })).toMatch(/tilt/);
  });

  it('places a post in depth only in a view that looks down', () => {
    const post = { ...good, props: [{ kind: 'post' as const, x: 40, z: 70 }] };
    expect(validate(figureSchema, FILE, { ...post, tilt: 30 }).props[0]).toMatchObject({ kind: 'post', z: 70 });
    expect(errorFor(post)).toContain('props[0].z: only a bench, box or step has a depth to place (and a post, seen from above with `tilt`): a post reaches as deep as the body');
  });
});
