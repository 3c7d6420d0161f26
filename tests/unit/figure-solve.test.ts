import { describe, expect, it } from 'vitest';
import { solveAngles } from '../../src/lib/figure/solve';
import { figure } from '../helpers/figures';

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
    expect(() => solveAngles(split, 'Start', 'far.toe', { y: 47.5 }, ['far.kne'])).toThrow(/"far\.kne" is not a joint angle: use pitch, roll or one of spine\.flexion/);
  });
});
