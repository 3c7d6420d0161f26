import { describe, expect, it } from 'vitest';
import { buildPlan } from '../../src/lib/plan/build';
import { formatDose, formatRest } from '../../src/lib/plan/dose';
import { dayReason, sameDayNote } from '../../src/lib/plan/schedule';
import { defaultInput, type PlanInput, type RunType } from '../../src/lib/plan/types';
import { catalogue } from './plan-catalogue';

const week = (s: string) => s.split('-').map((c) => ({ r: 'rest', e: 'easy', h: 'hard', l: 'long', x: 'race' })[c] as RunType);
const input = (over: Partial<PlanInput>): PlanInput => ({ ...defaultInput(), ...over });

describe('plan reasons', () => {
  it('explains a session after intervals by the easy run it protects', () => {
    const text = dayReason(1, input({ week: week('r-h-e-h-r-e-l') }), 'moderate');
    expect(text).toBe(
      "Tuesday, after your hard session: putting the lifting on a day that is already hard keeps the hard days hard and leaves Wednesday's easy run easy.",
    );
  });

  it('says why the legs stay light the day before a long run', () => {
    const text = dayReason(5, input({ week: week('r-h-e-h-r-h-l') }), 'light');
    expect(text).toMatch(/^Saturday, after your hard session/);
    expect(text).toMatch(/Legs stay light today because tomorrow brings your long run\./);
  });

  it('names a heavy leg day as such', () => {
    expect(dayReason(1, input({ week: week('r-h-e-h-r-e-l') }), 'heavy')).toMatch(/heavy leg day/);
  });

  it('explains easy-day and rest-day placement in the runner’s terms', () => {
    expect(dayReason(2, input({ placement: 'moderate' }), 'moderate')).toMatch(/^Wednesday, after your easy run: a low-key day has room for lifting/);
    expect(dayReason(0, input({ placement: 'separate' }), 'moderate')).toMatch(/^Monday, a day without running: the lifting gets your full attention/);
  });

  it('gives the order and the 6-hour note when a session shares a day with a run', () => {
    const note = sameDayNote(1, input({}))!;
    expect(note).toMatch(/^Run first, then lift/);
    expect(note).toMatch(/6 hours or more/);
    expect(sameDayNote(1, input({ placement: 'separate' }))).toMatch(/at least 6 hours/);
    expect(sameDayNote(0, input({}))).toBeUndefined();
  });

  it('attaches the same-day note to sessions on run days only', () => {
    const p = buildPlan(input({ sessions: 3, placement: 'separate' }), catalogue);
    for (const s of p.sessions) expect(Boolean(s.sameDay)).toBe(s.run !== 'rest');
  });

  it('explains the placement trade-off under the plan', () => {
    for (const placement of ['hard', 'moderate', 'separate'] as const) {
      const p = buildPlan(input({ placement }), catalogue);
      expect(p.notes[0]).toMatch(/The cost:/);
    }
  });

  it('says plainly why a wish could not be met', () => {
    const p = buildPlan(input({ placement: 'separate', sessions: 3, week: week('e-h-e-h-e-h-l') }), catalogue);
    expect(p.unmet[0]).toEqual({
      wish: 'every session on a run-free day',
      reason: 'your week has 0 such days for 3 sessions, so the rest go on the next-best days.',
    });
  });

  it('formats doses and rests compactly', () => {
    expect(formatDose({ sets: 3, reps: [8, 12], perSide: false, restSeconds: 75, load: '', loadClass: 'moderate' })).toBe('3 × 8–12');
    expect(formatDose({ sets: 2, seconds: 30, perSide: true, restSeconds: 30, load: '', loadClass: 'bodyweight' })).toBe('2 × 30 s each side');
    expect(formatRest({ sets: 4, reps: [4, 6], perSide: false, restSeconds: 150, load: '', loadClass: 'heavy' })).toBe('rest fully (we allow about 2.5 min)');
  });
});
