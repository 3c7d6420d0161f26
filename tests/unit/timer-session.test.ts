import { describe, expect, it } from 'vitest';
import { intervals } from '../../src/lib/timer/machine';
import { sessionTimerPlan } from '../../src/lib/timer/session';
import { countLabel, sideLabel, timerView } from '../../src/lib/timer/view';
import type { Dose } from '../../src/lib/plan/types';
import { done, run, start } from './timer-events';

const dose = (d: Partial<Dose>): Dose => ({ sets: 2, perSide: false, restSeconds: 75, load: 'bodyweight', loadClass: 'bodyweight', ...d });

describe("a timer for a plan's session card", () => {
  const plan = sessionTimerPlan([
    { slug: 'split-squat', title: 'Split squat', dose: dose({ sets: 3, reps: [8, 12], perSide: true }) },
    { slug: 'side-plank', title: 'Side plank', dose: dose({ seconds: 20, perSide: true, restSeconds: 45 }) },
  ]);

  it('counts the sets of reps with the session rest between them, per side in the words', () => {
    expect(timerView(plan, run(plan, [start]))).toMatchObject({ title: 'Split squat', reps: '8–12 each side', count: 'Set 1 of 3' });
    expect(timerView(plan, run(plan, [start, done])).clock).toBe('1:15');
  });

  it('runs a hold dosed per side once per side, with its own rest', () => {
    const plank = intervals(plan).filter((i) => i.item === 1);
    expect(plank.map((i) => `${i.kind} ${sideLabel(i) || i.ms}`)).toEqual([
      'work Left side',
      'work Right side',
      'rest 45000',
      'work Left side',
      'work Right side',
    ]);
    expect(countLabel(plan, plank[0]!)).toBe('Set 1 of 2');
  });
});
