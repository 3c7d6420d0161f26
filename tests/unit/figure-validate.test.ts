import { describe, expect, it } from 'vitest';
import { buildScene } from '../../src/lib/figure/scene';
import {
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
import { figure, readFigures, squat } from '../helpers/figures';

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

  it('name the file, the key position and the rule in one line per problem', () => {
    const bad = squat({ positions: [{ label: 'Start' }, { label: 'Deep', knee: 150 }] });
    expect(formatProblems('content/figures/test.yaml', checkJointRanges(bad)).split('\n')[0]).toBe(
      'content/figures/test.yaml: Deep: joint-range: near.knee is 150°, above 135° (knee flexion past 135°)',
    );
  });
});
