import { describe, expect, it } from 'vitest';
import { pointsAt } from '../../src/lib/figure/motion';
import { buildScene } from '../../src/lib/figure/scene';
import {
  checkAirborne,
  checkBands,
  checkContacts,
  checkContactsInMotion,
  checkFigure,
  checkHeldProps,
  checkJointRanges,
  checkNearFar,
  checkPassThrough,
  checkSegmentLengths,
  formatProblems,
} from '../../src/lib/figure/validate';
import type { FigureInput } from '../../src/schemas/figure';
import { clamshell, figure, hydrant, pallofPress, readFigures, squat } from '../helpers/figures';

const messages = (problems: { position: string; rule: string; message: string }[]) =>
  problems.map((p) => `${p.position}: ${p.rule}: ${p.message}`);

describe('the figure rules', () => {
  it('pass every posed exercise', () => {
    for (const { file, figure: f } of readFigures()) expect(formatProblems(file, checkFigure(f))).toBe('');
  });

  it('catch a segment drawn at the wrong length', () => {
    const scene = buildScene(squat());
    expect(checkSegmentLengths(scene)).toEqual([]);
    const knee = scene.keys[1].world['near.knee'];
    scene.keys[1].world['near.knee'] = [knee[0] + 4, knee[1], knee[2]];
    expect(messages(checkSegmentLengths(scene))).toContainEqual(expect.stringMatching(/^Bottom: segment-length: near\.hip–near\.knee is [\d.]+ cm long, not 42\.9 cm$/));
  });

  it('catch a knee or elbow bending backwards, and a hip past its range', () => {
    const bad = squat({ positions: [{ label: 'Start', knee: -10, elbow: -8 }, { label: 'End', hip: 130 }] });
    expect(messages(checkJointRanges(bad))).toEqual([
      'Start: joint-range: near.knee is -10°, below -5° (the knee bending backwards, more than 5° past straight)',
      'Start: joint-range: near.elbow is -8°, below -5° (the elbow bending backwards, more than 5° past straight)',
      'Start: joint-range: far.knee is -10°, below -5° (the knee bending backwards, more than 5° past straight)',
      'Start: joint-range: far.elbow is -8°, below -5° (the elbow bending backwards, more than 5° past straight)',
      'End: joint-range: near.hip.flexion is 130°, above 120° (hip flexion past 120°)',
      'End: joint-range: far.hip.flexion is 130°, above 120° (hip flexion past 120°)',
    ]);
  });

  it('let tucked toes bend up 90°, as a kneeling or planking foot does, and no further', () => {
    const toes = (bend: number) => squat({ positions: [{ label: 'Start' }, { label: 'Tucked', far: { toes: bend } }] });
    expect(checkJointRanges(toes(90))).toEqual([]);
    expect(messages(checkJointRanges(toes(95)))).toEqual(['Tucked: joint-range: far.toes is 95°, above 90° (the toes bent up past 90°)']);
  });

  it('catch a foot that should be flat on the floor but is not', () => {
    // Anchored on the toes, a pointed far foot lifts its heel.
    const bad = squat({ anchor: 'near.toe', positions: [{ label: 'Start' }, { label: 'Up', ankle: -30 }] });
    expect(messages(checkContacts(buildScene(bad)))).toContainEqual(expect.stringMatching(/^Up: contact: near\.foot should rest on the floor: near\.heel is [\d.]+ cm away from it$/));
    expect(checkContacts(buildScene(squat()))).toEqual([]);
  });

  it('catch a rear foot that misses the bench in a split squat', () => {
    const split = (farKnee: number) =>
      figure({
        view: 'side',
        description: 'A split squat with the rear foot on a bench behind.',
        anchor: 'near.foot',
        contacts: { 'near.foot': 'floor', 'far.toe': 'bench' },
        props: [{ kind: 'bench', x: -120 }],
        positions: [
          { label: 'Start', near: { ankle: 4, knee: 8, hip: 10 }, far: { hip: -27, knee: farKnee, ankle: -30 } },
          { label: 'End', near: { ankle: 4, knee: 8, hip: 10 }, far: { hip: -27, knee: farKnee, ankle: -30 } },
        ],
      });
    expect(checkContacts(buildScene(split(63)))).toEqual([]);
    expect(messages(checkContacts(buildScene(split(30))))).toContainEqual(expect.stringMatching(/^Start: contact: far\.toe should rest on the bench: far\.toe is /));
  });

  it('catch a hand that lets go of the pull-up bar', () => {
    const pullUp = (farShoulder: number) =>
      figure({
        view: 'side',
        description: 'Hangs from a bar and pulls the chin over it.',
        anchor: { at: 'near.hand', on: 'pull-up-bar' },
        contacts: { 'near.hand': 'pull-up-bar', 'far.hand': 'pull-up-bar' },
        props: [{ kind: 'pull-up-bar', height: 230 }],
        positions: [{ label: 'Hang', shoulder: 172, far: { shoulder: farShoulder } }, { label: 'Top', shoulder: 25, elbow: 150 }],
      });
    expect(checkContacts(buildScene(pullUp(172)))).toEqual([]);
    expect(messages(checkContacts(buildScene(pullUp(150))))).toEqual([expect.stringMatching(/^Hang: contact: far\.hand should rest on the pull-up-bar: far\.hand is [\d.]+ cm from the bar$/)]);
  });

  it('catch hands that leave the floor between two push-up positions', () => {
    const pushUp = (positions: object[]) =>
      figure({
        view: 'side',
        description: 'Lowers the chest to the floor and pushes back up.',
        anchor: 'near.toe',
        contacts: { 'near.toe': 'floor', 'near.hand': 'floor' },
        positions: positions as never,
      });
    const top = { label: 'Top', pitch: 72, shoulder: 75, wrist: 65, ankle: 5 };
    const bottom = { label: 'Bottom', pitch: 87, shoulder: { flexion: 11, abduction: 45 }, elbow: 125, wrist: 24, ankle: 5 };
    const halfway = { label: 'Halfway', pitch: 76, shoulder: { flexion: 45, abduction: 25 }, elbow: 65, wrist: 33, ankle: 5 };
    expect(messages(checkContactsInMotion(buildScene(pushUp([top, bottom]))))).toContainEqual(expect.stringMatching(/^Top → Bottom: contact-in-motion: near\.hand (does not stay on|slides)/));
    expect(checkContactsInMotion(buildScene(pushUp([top, halfway, bottom])))).toEqual([]);
  });

  it('catch a body sinking into the floor or passing through a bench', () => {
    const sunk = squat({ anchor: 'near.toe', positions: [{ label: 'Start' }, { label: 'Kneel', knee: 135, ankle: -50, hip: 0 }] });
    expect(messages(checkPassThrough(buildScene(sunk)))).toContainEqual(expect.stringMatching(/^Kneel: pass-through: near\.knee–near\.ankle goes [\d.]+ cm into the floor$/));
    const throughBench = squat({ props: [{ kind: 'bench', x: 0 }], positions: [{ label: 'Start' }, { label: 'Bottom', knee: 90, hip: 90, ankle: 10 }] });
    expect(messages(checkPassThrough(buildScene(throughBench)))).toContainEqual(expect.stringMatching(/passes [\d.]+ cm into the bench$/));
    expect(checkPassThrough(buildScene(squat()))).toEqual([]);
  });

  it('catch a weight held in both hands that one hand lets go of, or a weight in the floor', () => {
    const goblet = (farShoulder: number, elbow = 145) =>
      squat({
        props: [{ kind: 'dumbbell', hands: 'both', hold: 'upright' }],
        positions: [
          { label: 'Start', shoulder: 5, elbow, far: { shoulder: farShoulder } },
          { label: 'Bottom', ankle: 20, knee: 115, hip: 110, shoulder: 5, elbow, far: { shoulder: farShoulder } },
        ],
      });
    expect(checkHeldProps(buildScene(goblet(5)))).toEqual([]);
    expect(messages(checkHeldProps(buildScene(goblet(60))))).toContainEqual(expect.stringMatching(/^Start: held-prop: the dumbbell is held in both hands, but far\.hand is [\d.]+ cm from its grip$/));
    // Hands on the floor leave no room under a loaded bar: its plates are 45 cm across.
    const grounded = squat({ anchor: 'near.hand', contacts: {}, props: [{ kind: 'barbell', hands: 'both' }] });
    expect(messages(checkHeldProps(buildScene(grounded)))).toContainEqual(expect.stringMatching(/^Start: held-prop: the barbell goes [\d.]+ cm into the floor$/));
  });

  it('catch a far limb crossing in front of the near one in the side view', () => {
    const crossed = squat({ positions: [{ label: 'Start' }, { label: 'Crossed', near: { hip: { abduction: -30 } }, far: { hip: { abduction: -30 } } }] });
    expect(messages(checkNearFar(buildScene(crossed)))).toContainEqual(expect.stringMatching(/^Crossed: near-far: far\.knee comes [\d.]+ cm nearer the viewer than near\.knee/));
    expect(checkNearFar(buildScene(squat()))).toEqual([]);
  });

  it('catch a near arm that the trunk would hide, seen from behind, since the near side is drawn over the body', () => {
    const handsUp = (turn: number) =>
      squat({ view: 'front', turn, positions: [
        { label: 'Start', ankle: 5, knee: 8, hip: 5, shoulder: { flexion: 70, rotation: -40 }, elbow: 100 },
        { label: 'Bottom', ankle: 20, knee: 115, hip: 110, shoulder: { flexion: 80, rotation: -40 }, elbow: 100 },
      ] });
    // Elbows in front of the chest: hidden behind the back seen nearly square from behind, beside the body turned further.
    expect(messages(checkNearFar(buildScene(handsUp(160))))).toContainEqual(
      expect.stringMatching(/^Start: near-far: near\.elbow passes [\d.]+ cm behind the trunk, which would hide it, but the near side is drawn over the body/),
    );
    expect(checkNearFar(buildScene(handsUp(140)))).toEqual([]);
    expect(checkNearFar(buildScene(handsUp(20)))).toEqual([]);
  });

  it('name the file, the key position and the rule in one line per problem', () => {
    const bad = squat({ positions: [{ label: 'Start' }, { label: 'Deep', knee: 150 }] });
    expect(formatProblems('content/figures/test.yaml', checkJointRanges(bad)).split('\n')[0]).toBe(
      'content/figures/test.yaml: Deep: joint-range: near.knee is 150°, above 135° (knee flexion past 135°)',
    );
  });
});

/** A jump straight up: dip, flight (lifted `lift` cm, toes pointed `ankle`), land. */
const jump = (flight: Partial<FigureInput['positions'][number]> = {}, props: FigureInput['props'] = []) =>
  figure({
    view: 'side',
    loop: 'restart',
    description: 'Dips, jumps straight up with the toes pointed, and lands softly.',
    anchor: 'near.foot',
    props,
    positions: [
      { label: 'Dip', ankle: 15, knee: 60, hip: 55, shoulder: -45, contacts: { 'near.foot': 'floor', 'far.foot': 'floor' } },
      { label: 'Jump', airborne: true, lift: 34, ankle: -35, knee: 5, hip: 5, shoulder: 150, ...flight },
      { label: 'Land', ankle: 15, knee: 55, hip: 50, contacts: { 'near.foot': 'floor', 'far.foot': 'floor' } },
    ],
  });

describe('the rules for figures that leave the floor', () => {
  it('lift an airborne position off its anchor, keep the lean its angles give it, and move it along by its travel', () => {
    const scene = buildScene(jump({ travel: 40, pitch: 10 }));
    const [dip, flight] = scene.keys;
    expect(dip.flat['near.heel']).toEqual([0, 2.5]);
    expect(flight.flat['near.heel'][0]).toBeCloseTo(40, 6);
    expect(flight.flat['near.heel'][1]).toBeCloseTo(2.5 + 34, 6);
    // Not laid level on the pointed foot: the trunk leans only its pitch, 10° forward of upright.
    const lean = Math.atan2(flight.flat.neck[0] - flight.flat.pelvis[0], flight.flat.neck[1] - flight.flat.pelvis[1]) * (180 / Math.PI);
    expect(lean).toBeCloseTo(10, 6);
    // The whole figure moves in a straight line from one place to the next, as the browser draws it.
    expect(pointsAt(scene.motion, 0, 0.5)['near.heel']).toEqual([20, 2.5 + 17]);
  });

  it('rest a position on another part, laid level at its travel', () => {
    const skip = figure({
      view: 'side',
      description: 'Skips from one foot to the other, driving the free knee up.',
      anchor: 'near.foot',
      positions: [
        { label: 'Left', far: { hip: 80, knee: 90 }, contacts: { 'near.foot': 'floor' } },
        { label: 'Right', support: 'far.foot', travel: 60, near: { hip: 80, knee: 90 }, contacts: { 'far.foot': 'floor' } },
      ],
    });
    const right = buildScene(skip).keys[1].flat;
    expect(right['far.heel'][0]).toBeCloseTo(60, 6);
    expect(right['far.heel'][1]).toBeCloseTo(2.5, 6);
    expect(right['far.toe'][1]).toBeCloseTo(2.5, 6);
    expect(checkFigure(skip)).toEqual([]);
  });

  it('catch an airborne position that still touches the floor, or reaches below it', () => {
    expect(checkAirborne(buildScene(jump()))).toEqual([]);
    expect(messages(checkAirborne(buildScene(jump({ lift: 16 }))))).toEqual([
      expect.stringMatching(/^Jump: airborne: in the air, but near\.ball–near\.toe is only [\d.]+ cm off the floor, which reads as touching; raise its lift to clear it by 3 cm$/),
    ]);
    expect(messages(checkAirborne(buildScene(jump({ lift: 2 }))))).toEqual([
      expect.stringMatching(/^Jump: airborne: in the air, but near\.(ankle–near\.ball|ball–near\.toe) reaches [\d.]+ cm below the floor; raise its lift$/),
    ]);
  });

  it('catch an airborne position that touches a box it jumps toward', () => {
    const box = (lift: number) => jump({ travel: 45, lift, knee: 105, hip: 95, ankle: -20, shoulder: 110 }, [{ kind: 'box', x: 82 }]);
    expect(checkAirborne(buildScene(box(84)))).toEqual([]);
    expect(messages(checkAirborne(buildScene(box(65))))).toContainEqual(expect.stringMatching(/^Jump: airborne: in the air, but near\.ball–near\.toe is only [\d.]+ cm off the box/));
    expect(messages(checkAirborne(buildScene(box(60))))).toContainEqual(expect.stringMatching(/^Jump: airborne: in the air, but near\.ball–near\.toe reaches [\d.]+ cm into the box; raise its lift$/));
  });

  it('catch a take-off that drags the toes through the floor between positions', () => {
    // Pointing the toes hard and tipping forward while the heels rise: the toes sweep through the
    // floor on the way up and down, though they clear it in the air.
    const dragged = jump({ lift: 30, pitch: 40, ankle: -50, knee: 0, hip: 0, shoulder: 0 });
    expect(checkAirborne(buildScene(dragged))).toEqual([]);
    expect(messages(checkPassThrough(buildScene(dragged)))).toContainEqual(expect.stringMatching(/^Dip → Jump: pass-through: near\.ball–near\.toe goes [\d.]+ cm into the floor$/));
    expect(checkPassThrough(buildScene(jump()))).toEqual([]);
  });
});

describe('the rules for round and moving equipment', () => {
  /** Lying on the back, legs straight up onto a stability ball at `ballX`. */
  const curl = (ballX: number, contacts: Record<string, string> = { 'near.heel': 'ball' }) =>
    figure({
      view: 'side',
      description: 'Lies on the back with the heels on a stability ball and bridges.',
      anchor: 'neck',
      contacts: { neck: 'floor', ...contacts },
      props: [{ kind: 'ball', x: ballX }],
      positions: [
        { label: 'Start', pitch: -90, hip: 36, contacts: { pelvis: 'floor' } },
        { label: 'Bridge', pitch: -117, neck: 28, knee: 5, place: { ball: ballX - 6 } },
      ],
    });

  it('judge a contact on a ball by its curved surface, and a body reaching into the ball', () => {
    expect(checkContacts(buildScene(curl(150)))).toEqual([]);
    expect(messages(checkContacts(buildScene(curl(165))))).toContainEqual(expect.stringMatching(/^Start: contact: near\.heel should rest on the ball: near\.heel is [\d.]+ cm away from it$/));
    expect(checkPassThrough(buildScene(curl(150)))).toEqual([]);
    expect(messages(checkPassThrough(buildScene(curl(135))))).toContainEqual(expect.stringMatching(/^Start: pass-through: near\.knee–near\.ankle passes [\d.]+ cm into the ball$/));
  });

  it('lay a flat part against a ball along a tangent', () => {
    // The forearms rest across the top of the ball: neither end touches it, the forearm does.
    const stir = (ballX: number) =>
      figure({
        view: 'side',
        description: 'Holds a plank with the forearms on a stability ball.',
        anchor: 'near.toe',
        contacts: { 'near.toe': 'floor', 'near.forearm': 'ball' },
        props: [{ kind: 'ball', x: ballX }],
        positions: [{ label: 'Start', pitch: 53, ankle: 5, shoulder: 50, elbow: 90 }, { label: 'End', pitch: 53, ankle: 5, shoulder: 50, elbow: 90 }],
      });
    expect(checkContacts(buildScene(stir(109)))).toEqual([]);
    expect(messages(checkContacts(buildScene(stir(140))))).toContainEqual(expect.stringMatching(/^Start: contact: near\.forearm should rest on the ball: near\.forearm is [\d.]+ cm away from it$/));
  });

  it('keep what rests on a rolling ball on it through the move', () => {
    expect(checkContactsInMotion(buildScene(curl(150)))).toEqual([]);
    const runaway = curl(150);
    runaway.positions[1].place = { ball: 100 };
    expect(messages(checkContactsInMotion(buildScene(runaway)))).toContainEqual(expect.stringMatching(/^Start → Bridge: contact-in-motion: near\.heel does not stay on the ball mid-move/));
  });

  it('hold the heels under an ankle pad, not beside or on top of it', () => {
    const nordic = (padX: number, padHeight: number) =>
      figure({
        view: 'side',
        description: 'Kneels with the heels held under a pad and leans forward.',
        anchor: 'near.knee',
        contacts: { 'near.kneel': 'floor', 'near.ankle': 'pad' },
        props: [{ kind: 'pad', x: padX, height: padHeight }],
        positions: [{ label: 'Kneel', knee: 110, ankle: 10 }, { label: 'Lower', pitch: 40, knee: 70, ankle: 10 }],
      });
    expect(checkContacts(buildScene(nordic(-36.5, 33)))).toEqual([]);
    // A pad under the ankle would touch it, but holds nothing down.
    expect(messages(checkContacts(buildScene(nordic(-44.5, 10.4))))).toContainEqual(
      'Kneel: contact: near.ankle should be held down under the pad: near.ankle is beside or above it, not under it',
    );
  });

  it('keep a band that should pull stretched at every position and in between', () => {
    const pallof = (length: number) =>
      figure({
        view: 'front',
        turn: 60,
        description: 'Presses a band out from the chest against its sideways pull.',
        anchor: 'near.foot',
        contacts: { 'near.foot': 'floor', 'far.foot': 'floor' },
        props: [{ kind: 'post', x: -75 }, { kind: 'band', from: 'post', to: 'near.hand', length }],
        positions: [
          { label: 'Chest', shoulder: { flexion: 20, rotation: -44 }, elbow: 120 },
          { label: 'Press', shoulder: { flexion: 85, rotation: -20 }, elbow: 5 },
        ],
      });
    expect(checkBands(buildScene(pallof(60)))).toEqual([]);
    expect(messages(checkBands(buildScene(pallof(120))))).toContainEqual(
      expect.stringMatching(/^Chest: band: the band goes slack: its ends are [\d.]+ cm apart, less than its 120\.0 cm at rest; move its ends further apart/),
    );
  });
});

describe('the rules for a figure seen from above', () => {
  it('judge what touches the floor in the room when the camera looks down, not by the height in the picture', () => {
    const lying = clamshell();
    // The lower knee, nearer you, is drawn well below the hip it rests beside; it is on the floor all the same.
    const scene = buildScene(lying);
    expect(scene.keys[0].flat['far.knee'][1]).toBeLessThan(-10);
    expect(checkContacts(scene)).toEqual([]);
    expect(checkContactsInMotion(scene)).toEqual([]);
    expect(checkPassThrough(scene)).toEqual([]);
    const lifted = clamshell({ positions: [
      { label: 'Closed', roll: -90, spine: { lateral: 15 }, hip: 45, knee: 90, far: { hip: { flexion: 45, abduction: -20 }, shoulder: { abduction: 170 } } },
      { label: 'Open', from: 'Closed', near: { hip: { flexion: 45, rotation: 40 } } },
    ] });
    expect(messages(checkContacts(buildScene(lifted)))).toContainEqual(expect.stringMatching(/^Closed: contact: far\.knee should rest on the floor: far\.knee is [\d.]+ cm away from it$/));
    const sunk = clamshell({ positions: [
      { label: 'Closed', roll: -90, spine: { lateral: 15 }, hip: 45, knee: 90, far: { shoulder: { abduction: 170 } } },
      { label: 'Open', from: 'Closed', far: { hip: { flexion: 45, abduction: 20 } }, near: { hip: { flexion: 45, rotation: 40 } } },
    ], contacts: {} });
    expect(messages(checkPassThrough(buildScene(sunk)))).toContainEqual(expect.stringMatching(/^Open: pass-through: far\.hip–far\.knee goes [\d.]+ cm into the floor$/));
  });

  it('judge a figure seen from behind in the room: hands, knee and toes on the mat, the lifting knee off it', () => {
    expect(checkFigure(hydrant())).toEqual([]);
    const kneeDown = hydrant({ contacts: { 'far.knee': 'floor', 'far.toes': 'floor', 'near.hand': 'floor', 'far.hand': 'floor', 'near.knee': 'floor' } });
    expect(messages(checkFigure(kneeDown))).toContainEqual(expect.stringMatching(/^Top: contact: near\.knee should rest on the floor: near\.knee is [\d.]+ cm away from it$/));
    // The near knee opened to 80° drives its shin down through the mat.
    const sunk = hydrant({ positions: [
      { label: 'Start', pitch: 77, hip: 77, knee: 102, ankle: 20, toes: 78, shoulder: 76, wrist: 80, near: { knee: 80 } },
      { label: 'Top', from: 'Start', near: { hip: { flexion: 77, rotation: 45 } } },
    ] });
    expect(messages(checkFigure(sunk))).toContainEqual(expect.stringMatching(/^Start: pass-through: near\.knee–near\.ankle goes [\d.]+ cm into the floor$/));
  });

  it('measure a band to a post in the room, where the post stands out to the side in depth', () => {
    // 75 cm out to the side, the band is longer than its 60 cm at rest although its ends are close together in the picture.
    expect(checkBands(buildScene(pallofPress()))).toEqual([]);
    const tooLong = pallofPress({ props: [{ kind: 'post', x: 42, z: 75 }, { kind: 'band', from: 'post', to: 'near.hand', length: 120 }] });
    expect(messages(checkBands(buildScene(tooLong)))).toContainEqual(expect.stringMatching(/^Chest: band: the band goes slack: its ends are [\d.]+ cm apart, less than its 120\.0 cm at rest/));
  });
});
