import { describe, expect, it } from 'vitest';
import { weekSummary } from '../../src/lib/plan/summary';
import { defaultInput, type PlanInput } from '../../src/lib/plan/types';

const input = (change: Partial<PlanInput>): PlanInput => ({ ...defaultInput(), ...change });

describe('the one-line summary of the runner’s week', () => {
  it('counts the runs, names the key sessions by day and gives the lifting', () => {
    expect(weekSummary(defaultInput())).toBe('5 runs: Tue hard run, Thu hard run, Sun long run · 2 strength sessions × 30 min');
  });

  it('counts a second run and names it when it is hard', () => {
    const week: PlanInput['week'] = ['rest', 'easy', 'easy', 'rest', 'rest', 'race', 'rest'];
    const second: PlanInput['second'] = ['none', 'hard', 'easy', 'none', 'none', 'none', 'none'];
    expect(weekSummary(input({ week, second, sessions: 1, minutes: 45, phase: 'race-week' }))).toBe(
      '5 runs: Tue hard run, Sat race · 1 strength session × 45 min',
    );
  });

  it('says so when no run is a key session, or there are no runs', () => {
    expect(weekSummary(input({ week: ['easy', 'rest', 'easy', 'rest', 'rest', 'rest', 'rest'] }))).toMatch(/^2 runs, none of them hard or long · /);
    expect(weekSummary(input({ week: Array(7).fill('rest') }))).toMatch(/^No runs · /);
  });
});
