import { describe, expect, it } from 'vitest';
import { solveAngles } from '../../src/lib/figure/solve';
import { buildScene, roomAt } from '../../src/lib/figure/scene';
import { clamshell, figure } from '../helpers/figures';

describe('posing help', () => {
  it('finds the knee bend that puts a rear foot on a knee-high bench', () => {
    const split = figure({
      view: 'side',
      description: 'A split squat with the rear foot on a bench behind.',
      anchor: 'near.foot',
      props: [{ kind: 'bench', x: -120 }],
      positions: [{ label: 'Start', near: { knee: 8, hip: 10, ankle: 4 }, far: { hip: -27, ankle: -30 } }, { label: 'End' }],
    });
    const { angles, at, miss } = solveAngles(split, 'Start', 'far.toe', { y: 47.5 }, ['far.knee']);
    expect(miss).toBeLessThan(1);
    expect(at[1]).toBeCloseTo(47.5, 0);
    expect(angles['far.knee']).toBeGreaterThan(40);
    expect(angles['far.knee']).toBeLessThanOrEqual(135);
    expect(() => solveAngles(split, 'Start', 'far.toe', { y: 47.5 }, ['far.kne'])).toThrow(/"far\.kne" is not a joint angle: use pitch, roll, lift, travel or one of spine\.flexion/);
  });

  it('finds the lift that clears the floor in the air, and the travel that lands a foot on a box', () => {
    const jump = figure({
      view: 'side',
      description: 'Jumps from the floor onto a box and lands softly.',
      anchor: 'near.foot',
      props: [{ kind: 'box', x: 82 }],
      positions: [
        { label: 'Dip', knee: 60, hip: 55, ankle: 15 },
        { label: 'Jump', airborne: true, ankle: -35 },
        { label: 'Land', support: { at: 'near.foot', on: 'box' }, knee: 55, hip: 55, ankle: 15 },
      ],
    });
    const flight = solveAngles(jump, 'Jump', 'near.toe', { y: 25 }, ['lift']);
    expect(flight.miss).toBeLessThan(1);
    expect(flight.angles.lift).toBeGreaterThan(25);
    const landing = solveAngles(jump, 'Land', 'near.heel', { x: 70 }, ['travel']);
    expect(landing.angles).toEqual({ travel: 70 });
    expect(landing.at[0]).toBeCloseTo(70, 6);
    expect(landing.at[1]).toBeCloseTo(52.5, 6);
    expect(() => solveAngles(jump, 'Dip', 'near.toe', { y: 25 }, ['lift'])).toThrow('"Dip" is not airborne: only an airborne position has a lift');
  });

  it('places a point by its height off the floor, not in the picture, when the camera looks down', () => {
    const lying = clamshell();
    const { angles, at, miss } = solveAngles(lying, 'Closed', 'near.hand', { x: 35, y: 3 }, ['near.shoulder.flexion', 'near.shoulder.rotation']);
    expect(miss).toBeLessThan(1);
    const posed = clamshell({ positions: [
      { label: 'Closed', roll: -90, spine: { lateral: 15 }, hip: 45, knee: 90, far: { shoulder: { abduction: 170 } },
        near: { shoulder: { flexion: angles['near.shoulder.flexion'], rotation: angles['near.shoulder.rotation'] } } },
      { label: 'Open', from: 'Closed' },
    ] });
    const { points } = roomAt(buildScene(posed), 0, 0);
    expect(points['near.hand'][0]).toBeCloseTo(at[0], 6);
    expect(points['near.hand'][1]).toBeCloseTo(3, 0);
  });
});
