import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { length, sub } from '../../src/lib/figure/math';
import { bodyPoints, FRONT_TURN, solvePose, spineOf, type PoseAngles } from '../../src/lib/figure/pose';
import { EDGES, edgeLength, HEIGHT, LENGTH } from '../../src/lib/figure/skeleton';
import { clamshell, squat } from '../helpers/figures';

const standing = squat().positions[0].angles;
const neutral: PoseAngles = {
  ...standing,
  near: { ...standing.near, knee: 0, ankle: 0, hip: { flexion: 0, abduction: 0, rotation: 0, twist: 0 } },
  far: { ...standing.far, knee: 0, ankle: 0, hip: { flexion: 0, abduction: 0, rotation: 0, twist: 0 } },
};

describe('the figure model', () => {
  it('stands as tall as its proportions say, head on top, feet on the floor', () => {
    const { flat } = solvePose(neutral, 'side', 'near.foot', [0, 2.5]);
    const top = flat.head[1] + LENGTH.head / 2;
    expect(top).toBeCloseTo(HEIGHT, 0);
    expect(flat['near.heel'][1]).toBeCloseTo(2.5, 5);
    expect(flat['near.toe'][1]).toBeCloseTo(2.5, 5);
    expect(flat.neck[0]).toBeCloseTo(flat.pelvis[0], 5);
  });

  it('keeps every segment its own length whatever the angles', () => {
    const angle = (min: number, max: number) => fc.integer({ min, max });
    const limb = fc.record({
      hip: fc.record({ flexion: angle(-30, 120), abduction: angle(-30, 45), rotation: angle(-45, 45), twist: angle(-45, 45) }),
      knee: angle(0, 135),
      ankle: angle(-50, 20),
      ankleInversion: angle(-15, 35),
      toes: angle(-45, 90),
      shoulder: fc.record({ flexion: angle(-60, 180), abduction: angle(0, 180), rotation: angle(-70, 90), twist: angle(-70, 90) }),
      elbow: angle(0, 150),
      wrist: angle(-70, 80),
    });
    const region = fc.record({ flexion: angle(-12, 40), lateral: angle(-17, 17), rotation: angle(-15, 15) });
    const pose = fc.record({
      pitch: angle(-90, 90),
      roll: angle(-90, 90),
      spine: fc.tuple(region, region).map(([lumbar, thoracic]) => spineOf(lumbar, thoracic)),
      neck: angle(-45, 45),
      near: limb,
      far: limb,
    });
    fc.assert(
      fc.property(pose, fc.constantFrom('side' as const, 'front' as const), (angles, view) => {
        const points = bodyPoints(angles, view);
        for (const edge of EDGES) expect(length(sub(points[edge.to], points[edge.from]))).toBeCloseTo(edgeLength(edge), 6);
      }),
    );
  });

  it('puts the near side toward the viewer in the side view, and on the picture’s left in the front view', () => {
    const side = bodyPoints(neutral, 'side');
    expect(side['near.hip'][2]).toBeGreaterThan(side['far.hip'][2]);
    expect(side['near.hip'][0]).toBeCloseTo(side['far.hip'][0], 5);
    const front = bodyPoints(neutral, 'front');
    expect(front['near.hip'][0]).toBeLessThan(front['far.hip'][0]);
  });

  it('turns the thigh about its own length: at right-angled hip and knee, outward swings the foot in across the body, inward out to the side', () => {
    const sitting = (twist: number) =>
      bodyPoints({ ...neutral, near: { ...neutral.near, knee: 90, hip: { flexion: 90, abduction: 0, rotation: 0, twist } } }, 'side');
    const [straight, outward, inward] = [sitting(0), sitting(45), sitting(-45)];
    // The knee stays where the thigh puts it; only the shin swings, keeping its right angle to the thigh.
    expect(outward['near.knee']).toEqual(straight['near.knee']);
    expect(inward['near.knee']).toEqual(straight['near.knee']);
    const knee = straight['near.knee'];
    // z points out of the figure's near (right) side: outward rotation brings the right foot toward the left.
    expect(outward['near.ankle'][2] - knee[2]).toBeCloseTo(-LENGTH.shank * Math.sin(Math.PI / 4), 5);
    expect(inward['near.ankle'][2] - knee[2]).toBeCloseTo(LENGTH.shank * Math.sin(Math.PI / 4), 5);
    expect(straight['near.ankle'][2]).toBeCloseTo(knee[2], 5);
    // The far side mirrors it: its outward rotation brings its foot toward the near side.
    const far = bodyPoints({ ...neutral, far: { ...neutral.far, knee: 90, hip: { flexion: 90, abduction: 0, rotation: 0, twist: 45 } } }, 'side');
    expect(far['far.ankle'][2]).toBeGreaterThan(far['far.knee'][2]);
  });

  it('bends the knee backwards and the hip forwards, as a body does', () => {
    const { flat } = solvePose(squat().positions[1].angles, 'side', 'near.foot', [0, 2.5]);
    // Facing right: at the bottom of a squat the knees are in front of the hips, the hips behind the heels.
    expect(flat['near.knee'][0]).toBeGreaterThan(flat.pelvis[0]);
    expect(flat.pelvis[0]).toBeLessThan(flat['near.heel'][0]);
    expect(flat.pelvis[1]).toBeLessThan(60);
  });

  it('lays a palm flat on the floor when the palm is the anchor', () => {
    const { flat } = solvePose({ ...neutral, pitch: 70, near: { ...neutral.near, shoulder: { flexion: 80, abduction: 0, rotation: 0, twist: 0 }, wrist: 60 } }, 'side', 'near.palm', [0, 3.75]);
    expect(flat['near.wrist'][1]).toBeCloseTo(3.75, 6);
    expect(flat['near.hand'][1]).toBeCloseTo(3, 6);
    expect(flat.head[1]).toBeGreaterThan(flat['near.hand'][1]);
  });

  it('lays a flat anchor level: the planted foot stays flat however the joints above it bend', () => {
    for (const position of squat().positions) {
      const { flat } = solvePose(position.angles, 'side', 'near.foot', [0, 2.5]);
      expect(flat['near.heel'][1]).toBeCloseTo(flat['near.toe'][1], 6);
      expect(flat['near.heel']).toEqual([0, 2.5]);
    }
  });

  it('turns the front view further when asked, so arms reaching toward you show across the picture', () => {
    const reach = { ...neutral, near: { ...neutral.near, shoulder: { flexion: 90, abduction: 0, rotation: 0, twist: 0 } } };
    const across = (turn?: number) => {
      const points = bodyPoints(reach, 'front', turn);
      return points['near.hand'][0] - points['near.shoulder'][0];
    };
    // Square on, an arm pointing at you has no length across the picture; turned 60°, most of it shows.
    expect(across(0)).toBeCloseTo(0, 6);
    expect(across()).toBeCloseTo(across(FRONT_TURN), 9);
    expect(across(60)).toBeGreaterThan(2 * across(20));
  });

  it('keeps the lean its angles give a figure in the air, instead of laying a foot level', () => {
    const pointed = { ...neutral, near: { ...neutral.near, ankle: -35 }, far: { ...neutral.far, ankle: -35 } };
    const inAir = solvePose(pointed, 'side', 'near.foot', [0, 30], { level: false }).flat;
    expect(inAir.neck[0]).toBeCloseTo(inAir.pelvis[0], 6);
    expect(inAir['near.toe'][1]).toBeLessThan(inAir['near.heel'][1] - 10);
    const grounded = solvePose(pointed, 'side', 'near.foot', [0, 2.5]).flat;
    expect(grounded['near.toe'][1]).toBeCloseTo(grounded['near.heel'][1], 6);
  });

  it('seen from above, shows knees bent along the floor that a level camera draws as a straight line', () => {
    const lying = clamshell().positions[0].angles;
    const kneeAngle = (tilt: number) => {
      const { flat, world } = solvePose(lying, 'front', 'far.hip', [0, 7], { turn: 0, tilt });
      for (const edge of EDGES) expect(length(sub(world[edge.to], world[edge.from]))).toBeCloseTo(edgeLength(edge), 6);
      const [hip, knee, heel] = [flat['far.hip'], flat['far.knee'], flat['far.heel']];
      const turn = Math.atan2(hip[1] - knee[1], hip[0] - knee[0]) - Math.atan2(heel[1] - knee[1], heel[0] - knee[0]);
      return Math.abs(((turn * 180) / Math.PI + 540) % 360 - 180);
    };
    // Level, hip, knee and heel line up across the picture; from 45° above, the bent knee shows.
    expect(kneeAngle(0)).toBeGreaterThan(170);
    expect(kneeAngle(45)).toBeLessThan(120);
  });
});
