import { describe, expect, it } from 'vitest';
import { buildPlan } from '../../src/lib/plan/block';
import { formatDose, formatRest } from '../../src/lib/plan/dose';
import { dayReason, sameDay, weekRuns } from '../../src/lib/plan/schedule';
import { defaultInput, type PlanInput } from '../../src/lib/plan/types';
import { catalogue } from './plan-catalogue';
import { week } from './plan-arbitraries';

const input = (over: Partial<PlanInput>): PlanInput => ({ ...defaultInput(), ...over });
const runsOf = (i: PlanInput) => ({ runs: weekRuns(i, {}) });

describe('plan reasons', () => {
  it('explains a session after intervals on a hard-day plan', () => {
    const i = input({ week: week('r-h-e-h-r-e-l') });
    expect(dayReason(1, i, runsOf(i), { load: 'moderate', legDays: 2 })).toBe(
      'Tuesday, after your hard session: putting the lifting on a day that is already hard keeps the easier days easy. One of your two leg days this week.',
    );
  });

  it('ends with why the legs stay light, naming tomorrow’s key session', () => {
    const i = input({ week: week('r-h-e-h-r-h-l') });
    const text = dayReason(5, i, runsOf(i), { load: 'light', legDays: 1, claim: { kind: 'key', day: 6, run: 'long' } });
    expect(text).toMatch(/^Saturday, after your hard session/);
    expect(text).toMatch(/Legs stay light: tomorrow brings Sunday's long run\.$/);
  });

  it('names a heavy leg day, counts the leg days of the week truly, and says what follows', () => {
    const i = input({ week: week('r-h-e-h-r-e-l') });
    expect(dayReason(1, i, runsOf(i), { load: 'heavy', legDays: 1, claim: { kind: 'calm', day: 2 } })).toMatch(
      /Your leg day this week, a heavy one\. Nothing demanding follows: tomorrow \(Wednesday\)/,
    );
    expect(dayReason(1, i, runsOf(i), { load: 'moderate', legDays: 1 })).toMatch(/Your leg day this week\.$/);
    expect(dayReason(1, i, runsOf(i), { load: 'heavy', legDays: 2 })).toMatch(/One of your two leg days this week, a heavy one\.$/);
  });

  it('explains easy-day, moderate-day and rest-day placement in the runner’s terms', () => {
    const i = input({ placement: 'moderate', week: week('r-h-e-m-r-e-l') });
    expect(dayReason(2, i, runsOf(i), { load: 'moderate', legDays: 2 })).toMatch(/^Wednesday, after your easy run: a low-key day has room for lifting/);
    expect(dayReason(3, i, runsOf(i), { load: 'moderate', legDays: 2 })).toMatch(/^Thursday, after your moderate run: a low-key day/);
    const s = input({ placement: 'separate' });
    expect(dayReason(0, s, runsOf(s), { load: 'moderate', legDays: 2 })).toMatch(/^Monday, a day without running: the lifting gets your full attention/);
  });

  it('runs first when running is the priority, and gives the 6-hour note', () => {
    expect(sameDay(1, input({}), ['hard'], 30).note).toMatch(/^Run first, then lift.*6 hours or more/);
    expect(sameDay(1, input({ placement: 'separate' }), ['hard'], 30).note).toMatch(/at least 6 hours/);
    expect(sameDay(0, input({}), [], 30)).toEqual({ liftAt: '18:00' });
  });

  it('lifts first when strength is the priority', () => {
    const i = input({ priority: 'strength', times: defaultInput().times.map((t, d) => (d === 1 ? ['18:30', ''] : t)) });
    expect(sameDay(1, i, ['hard'], 30)).toEqual({
      note: 'Lift first, then run: strength is your priority for now, and one gym orders the day by priority. Lift by 12:30, 6 hours before your 18:30 run.',
      liftAt: '12:30',
    });
  });

  it('lifts straight before an early run when strength comes first, or runs first when even that does not fit', () => {
    const at = (time: string) => input({ priority: 'strength', times: defaultInput().times.map((t, d) => (d === 1 ? [time, ''] : t)) as PlanInput['times'] });
    expect(sameDay(1, at('07:30'), ['hard'], 42)).toEqual({
      note: 'Lift first, then run: strength is your priority for now, and one gym orders the day by priority. Your 07:30 run leaves no room for a 6-hour gap before it: lift straight before it, from 06:45.',
      liftAt: '06:45',
    });
    expect(sameDay(1, at('06:30'), ['hard'], 42)).toEqual({ note: 'Your 06:30 run is too early to lift before it, so run first this day and lift after it.', liftAt: '07:30' });
  });

  it('says when to lift from the run times, and when a 6-hour gap does not fit', () => {
    const times = (t: [string, string]) => defaultInput().times.map((x, d) => (d === 1 ? t : x)) as PlanInput['times'];
    expect(sameDay(1, input({ placement: 'separate', times: times(['07:00', '']) }), ['hard'], 30)).toEqual({
      note: 'Run first, then lift: running is the priority, and tired legs make a poor hard session. Lift after 13:00, 6 hours after your run at 07:00.',
      liftAt: '13:00',
    });
    const late = sameDay(1, input({ placement: 'separate', times: times(['07:00', '18:00']) }), ['hard', 'easy'], 30);
    expect(late.note).toMatch(/Lift straight after your last run at 18:00: 6 hours later would be after 21:00\./);
    expect(late.gapMissed).toBe('a 6-hour gap after your 18:00 run on Tuesday');
    expect(late.liftAt).toBe('19:00');
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

  it('formats doses and rests compactly, rest labelled as ours', () => {
    expect(formatDose({ sets: 3, reps: [8, 12], perSide: false, restSeconds: 75, load: '', loadClass: 'moderate' })).toBe('3 × 8–12');
    expect(formatDose({ sets: 2, seconds: 30, perSide: true, restSeconds: 30, load: '', loadClass: 'bodyweight' })).toBe('2 × 30 s each side');
    expect(formatRest({ sets: 5, reps: [4, 6], perSide: false, restSeconds: 150, load: '', loadClass: 'heavy' })).toBe('rest fully, about 2.5 min (our estimate)');
    expect(formatRest({ sets: 3, reps: [8, 12], perSide: false, restSeconds: 75, load: '', loadClass: 'moderate' })).toBe('rest about 75 s (our estimate)');
  });
});
