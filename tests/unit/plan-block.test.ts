import { describe, expect, it } from 'vitest';
import { buildBlock } from '../../src/lib/plan/block';
import { daysBetween, longDate, mondayOf } from '../../src/lib/plan/dates';
import { countdown, renderBlock } from '../../src/lib/plan/render';
import { defaultInput, type PlanInput } from '../../src/lib/plan/types';
import { catalogue } from './plan-catalogue';

const gym: Partial<PlanInput> = { experience: 'experienced', phase: 'base', minutes: 60, equipment: ['barbell', 'plate', 'dumbbell'] };
const block = (over: Partial<PlanInput>, today = '2026-12-09') => buildBlock({ ...defaultInput(), ...over }, catalogue, today);
const heavySets = (b: ReturnType<typeof block>, w: number) => b.weeks[w]!.plan.sessions.flatMap((s) => s.items).filter((it) => it.dose.loadClass === 'heavy').map((it) => it.dose.sets);

describe('plan block', () => {
  it('reads dates as calendar days', () => {
    expect(mondayOf('2026-12-09')).toBe('2026-12-07');
    expect(mondayOf('2026-12-13')).toBe('2026-12-07');
    expect(daysBetween('2026-12-09', '2027-03-14')).toBe(95);
    expect(longDate('2027-03-14')).toBe('Sunday 14 March 2027');
  });

  it('is twelve weeks in 4-week steps when no race is set, starting this Monday', () => {
    const b = block({});
    expect(b.weeks).toHaveLength(12);
    expect(b.weeks.map((w) => w.context.step)).toEqual([1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3]);
    expect(b.weeks[0]!.start).toBe('2026-12-07');
    expect(b.weeks[11]!.start).toBe('2027-02-22');
  });

  it('builds an off-season heavy block to 5 × 4–6, with a lighter week at the end of each step', () => {
    const b = block(gym);
    expect(heavySets(b, 0)).toContain(3);
    expect(heavySets(b, 4)).toContain(4);
    expect(heavySets(b, 8)).toContain(5);
    for (const w of [0, 4, 8]) for (const it of b.weeks[w]!.plan.sessions.flatMap((s) => s.items).filter((x) => x.dose.loadClass === 'heavy')) expect(it.dose.reps).toEqual([4, 6]);
    expect(b.weeks.filter((w) => w.context.lighter).map((w) => w.index + 1)).toEqual([4, 8]);
    expect(b.notes.join(' ')).toMatch(/Starting at 3 sets is our choice/);
  });

  it('changes exercises between steps where the library has others', () => {
    const b = block({ sessions: 3, equipment: ['dumbbell', 'band', 'box', 'bench'] });
    const slugs = (w: number) => b.weeks[w]!.plan.sessions.flatMap((s) => s.items.map((it) => it.slug)).sort();
    expect(slugs(1)).toEqual(slugs(0));
    expect(slugs(4)).not.toEqual(slugs(0));
  });

  it('counts back from a race: heavy work ends, race week is short and light, no lifting just after the race', () => {
    const b = block({ ...gym, raceDate: '2027-03-14' }); // a Sunday, 95 days after Wednesday 9 December
    expect(b.race).toEqual({ date: '2027-03-14', week: 13, day: 6, daysToGo: 95 });
    expect(countdown(b.race!)).toBe('Race in 13 weeks and 4 days: Sunday 14 March 2027.');
    expect(b.weeks).toHaveLength(14);
    expect(b.weeks.map((w) => w.context.phase)).toEqual([...Array(9).fill('base'), ...Array(4).fill('season'), 'race-week']);
    for (const w of b.weeks.slice(9)) expect(w.plan.sessions.filter((s) => s.lowerLoad === 'heavy')).toEqual([]);
    const raceWeek = b.weeks[13]!.plan;
    expect(raceWeek.sessions.length).toBeLessThanOrEqual(2);
    for (const s of raceWeek.sessions) {
      expect(s.lowerLoad).toBe('light');
      expect(s.minutes).toBeLessThanOrEqual(20);
      expect(s.day).toBeLessThan(6);
    }
    expect(raceWeek.runs[6]).toEqual(['race']);
  });

  it('keeps the days after a midweek race free of lifting', () => {
    const b = block({ raceDate: '2026-12-16' }); // next Wednesday
    const last = b.weeks.at(-1)!;
    expect(last.context.noLift).toEqual([2, 3, 4, 5]);
    expect(last.plan.sessions.filter((s) => s.day >= 2 && s.day <= 5)).toEqual([]);
  });

  it('names a race date in the past or too far away, and plans without it', () => {
    expect(block({ raceDate: '2026-11-01' }).notices).toEqual(['race date 2026-11-01 (it has passed: the plan ignores it)']);
    const far = block({ raceDate: '2028-01-01' });
    expect(far.notices[0]).toMatch(/more than 26 weeks away/);
    expect(far.weeks).toHaveLength(12);
  });
});

describe('plan block start date', () => {
  it('starts on the Monday of a start date ahead, and says the block has not begun', () => {
    const b = block({ startDate: '2027-01-06' }); // a Wednesday, four weeks on
    expect(b.upcoming).toBe(true);
    expect(b.now).toBe(0);
    expect(b.weeks[0]!.start).toBe('2027-01-04');
    expect(renderBlock(b)).toContain('Week 1 of 12, starting Monday 4 January 2027');
  });

  it('shows the week a runner is in when they come back to a block that began earlier', () => {
    const b = block({ startDate: '2026-11-18' }, '2026-12-09'); // the block began on Monday 16 November
    expect(b.upcoming).toBe(false);
    expect(b.now).toBe(3);
    expect(b.weeks[b.now]!.start).toBe('2026-12-07');
    expect(renderBlock(b)).toContain('This week: week 4 of 12');
    expect(b.notices).toEqual([]);
  });

  it('starts a new block this week once the one begun earlier is over, and says so', () => {
    const b = block({ startDate: '2026-08-03' });
    expect(b.now).toBe(0);
    expect(b.weeks[0]!.start).toBe('2026-12-07');
    expect(b.notices).toEqual(['block start 2026-08-03 (that 12-week block ended on 25 October 2026: a new block starts this week)']);
  });

  it('counts the race back from the start date, and ignores a race before the block begins', () => {
    const b = block({ startDate: '2027-01-04', raceDate: '2027-03-14' });
    expect(b.weeks[0]!.start).toBe('2027-01-04');
    expect(b.race).toMatchObject({ week: 9, daysToGo: 95 });
    expect(b.weeks).toHaveLength(10);
    const early = block({ startDate: '2027-01-04', raceDate: '2026-12-20' });
    expect(early.race).toBeUndefined();
    expect(early.notices).toEqual(['race date 2026-12-20 (it comes before the block starts on 4 January 2027: the plan ignores it)']);
  });
});
