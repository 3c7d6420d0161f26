import { describe, expect, it } from 'vitest';
import { buildPlan } from '../../src/lib/plan/build';
import { isHeavyBilateral } from '../../src/lib/plan/catalogue';
import {
  findRuleBreaks,
  hasDayOffBetweenSessions,
  heavyBilateralAllowed,
  heavyLegsAllowedOn,
  isDayBeforeLongRunOrRace,
  usesOnlyAvailableEquipment,
} from '../../src/lib/plan/rules';
import { covers } from '../../src/lib/plan/select';
import { defaultInput, type PlanInput, type RunType } from '../../src/lib/plan/types';
import { bySlug, catalogue } from './plan-catalogue';

const plan = (over: Partial<PlanInput>) => buildPlan({ ...defaultInput(), ...over }, catalogue);
const week = (s: string) => s.split('-').map((c) => ({ r: 'rest', e: 'easy', h: 'hard', l: 'long', x: 'race' })[c] as RunType);
const exercisesOf = (p: ReturnType<typeof plan>) => p.sessions.flatMap((s) => s.items.map((it) => bySlug.get(it.slug)!));

describe('plan rules', () => {
  it('builds from a catalogue with every pattern the rules need', () => {
    for (const pattern of ['squat', 'lunge', 'hinge', 'push', 'pull', 'core-anti-extension']) {
      expect(catalogue.some((e) => e.pattern === pattern), pattern).toBe(true);
    }
  });

  it('only plans exercises whose equipment is available', () => {
    for (const equipment of [[], ['band'], ['dumbbell'], ['barbell', 'plate', 'other', 'bench']] as PlanInput['equipment'][]) {
      const p = plan({ equipment, sessions: 3, minutes: 45 });
      for (const ex of exercisesOf(p)) expect(usesOnlyAvailableEquipment(ex, p.input), `${ex.slug} with ${equipment}`).toBe(true);
    }
    const bare = plan({ equipment: [] });
    for (const ex of exercisesOf(bare)) expect(ex.equipment.every((e) => e === 'bodyweight' || e === 'mat')).toBe(true);
  });

  it('never plans a session longer than the minutes given', () => {
    for (let minutes = 15; minutes <= 60; minutes += 5) {
      for (const experience of ['new', 'returning', 'experienced'] as const) {
        const p = plan({ minutes, experience, equipment: ['dumbbell', 'band', 'barbell', 'plate', 'bench', 'box'] });
        for (const s of p.sessions) expect(s.minutes, `${minutes} min, ${experience}`).toBeLessThanOrEqual(minutes);
      }
    }
  });

  it('fills most of the time it is given', () => {
    const p = plan({ minutes: 30 });
    for (const s of p.sessions) expect(s.minutes).toBeGreaterThanOrEqual(24);
  });

  it('never schedules heavy legs the day before a long run', () => {
    // Saturday is a hard day, and the long run is on Sunday.
    const p = plan({ experience: 'experienced', phase: 'base', week: week('r-h-r-e-r-h-l'), equipment: ['barbell', 'plate', 'other', 'dumbbell'] });
    const saturday = p.sessions.find((s) => s.day === 5);
    expect(saturday?.lowerLoad ?? 'light').toBe('light');
    expect(p.sessions.some((s) => s.lowerLoad === 'heavy')).toBe(true);
    for (const s of p.sessions) {
      if (isDayBeforeLongRunOrRace(s.day, p.input.week)) {
        expect(s.lowerLoad).toBe('light');
        for (const it of s.items) expect(it.dose.loadClass).not.toBe('heavy');
      }
    }
  });

  it('never schedules heavy legs the day before a race, counting Sunday before Monday', () => {
    expect(isDayBeforeLongRunOrRace(6, week('x-r-r-r-r-r-r'))).toBe(true);
    const p = plan({ experience: 'experienced', sessions: 3, week: week('x-h-r-h-r-h-h'), equipment: ['barbell', 'plate', 'other'] });
    for (const s of p.sessions) if (s.day === 6) expect(s.lowerLoad).toBe('light');
    expect(findRuleBreaks(p, catalogue)).toEqual([]);
  });

  it('keeps heavy legs off easy-run days', () => {
    expect(heavyLegsAllowedOn(1, week('r-e-r-r-r-r-r'))).toBe(false);
    const p = plan({ experience: 'experienced', placement: 'moderate', week: week('e-e-e-e-e-e-l'), equipment: ['barbell', 'plate', 'other'] });
    for (const s of p.sessions) expect(s.lowerLoad).not.toBe('heavy');
    expect(p.unmet.map((u) => u.wish)).toContain('a heavy leg day');
  });

  it('puts the heavy leg day on a hard or rest day when the week has one', () => {
    const p = plan({ experience: 'experienced', placement: 'moderate', week: week('e-h-e-e-r-e-l'), equipment: ['barbell', 'plate', 'other'] });
    expect(p.sessions.every((s) => s.lowerLoad !== 'heavy' || heavyLegsAllowedOn(s.day, p.input.week))).toBe(true);
  });

  it('never plans heavy bilateral squats or deadlifts in a marathon block', () => {
    expect(heavyBilateralAllowed('marathon')).toBe(false);
    const gym = ['barbell', 'plate', 'other', 'dumbbell', 'kettlebell', 'bench', 'box'] as PlanInput['equipment'];
    for (const experience of ['returning', 'experienced'] as const) {
      const p = plan({ phase: 'marathon', experience, equipment: gym, sessions: 4, minutes: 60 });
      expect(exercisesOf(p).filter((e) => e.heavyBilateral)).toEqual([]);
    }
  });

  it('does plan heavy bilateral lifts off-season for an experienced lifter with a barbell', () => {
    const p = plan({ phase: 'base', experience: 'experienced', equipment: ['barbell', 'plate', 'other', 'dumbbell'] });
    const heavy = p.sessions.flatMap((s) => s.items).filter((it) => it.dose.loadClass === 'heavy');
    expect(heavy.length).toBeGreaterThan(0);
    for (const it of heavy) expect(it.dose.reps).toEqual([4, 6]);
  });

  it('counts barbell lifts and deadlifts as heavy bilateral, but not goblet squats or split squats', () => {
    const heavy = (slug: string) => bySlug.get(slug)?.heavyBilateral;
    if (bySlug.has('back-squat')) expect(heavy('back-squat')).toBe(true);
    if (bySlug.has('deadlift')) expect(heavy('deadlift')).toBe(true);
    if (bySlug.has('goblet-squat')) expect(heavy('goblet-squat')).toBe(false);
    if (bySlug.has('split-squat')) expect(heavy('split-squat')).toBe(false);
    expect(isHeavyBilateral('x', { pattern: 'push', unilateral: false, equipment: ['barbell'], level: 'advanced' })).toBe(false);
  });

  it('leaves a day without strength between sessions when there are three or fewer', () => {
    const weeks = ['h-h-h-h-h-h-h', 'r-r-r-r-r-r-r', 'e-h-e-h-e-h-l', 'l-x-h-h-h-r-r', 'x-x-x-x-x-x-x'];
    for (const wk of weeks) {
      for (const sessions of [1, 2, 3]) {
        for (const placement of ['hard', 'moderate', 'separate'] as const) {
          const p = plan({ sessions, week: week(wk), placement });
          expect(p.sessions).toHaveLength(sessions);
          expect(hasDayOffBetweenSessions(p.sessions.map((s) => s.day)), `${wk} ${sessions} ${placement}`).toBe(true);
        }
      }
    }
    expect(hasDayOffBetweenSessions([0, 6])).toBe(false);
  });

  it('starts new lifters at bodyweight or light load with the regression of each move', () => {
    const p = plan({ experience: 'new', equipment: ['dumbbell', 'band', 'bench', 'box'], sessions: 3, minutes: 40 });
    for (const s of p.sessions) {
      expect(s.lowerLoad).toBe('light');
      for (const it of s.items) {
        expect(['bodyweight', 'light']).toContain(it.dose.loadClass);
        const ex = bySlug.get(it.slug)!;
        if (ex.easier || ex.easierText) expect(it.regression, it.slug).toBeDefined();
        expect(ex.level).not.toBe('advanced');
      }
    }
  });

  it('gives the same plan for the same input, whatever order the catalogue comes in', () => {
    const input = { ...defaultInput(), sessions: 4, minutes: 40, emphasis: ['calves'] } as PlanInput;
    const a = buildPlan(input, catalogue);
    const b = buildPlan(structuredClone(input), [...catalogue].reverse());
    expect(b).toEqual(a);
  });

  it('covers the week: a squat or lunge, a hinge, single-leg work, push, pull, core and calves', () => {
    const p = plan({});
    const exercises = exercisesOf(p);
    for (const slot of ['knee', 'hinge', 'single-leg', 'push', 'pull', 'core', 'calves'] as const) {
      expect(exercises.some((e) => covers(e, slot)), slot).toBe(true);
    }
    expect(p.unmet).toEqual([]);
  });

  it('adds the emphasis to every session when the time allows', () => {
    const p = plan({ emphasis: ['calves'], sessions: 3, minutes: 40 });
    for (const s of p.sessions) expect(s.items.some((it) => bySlug.get(it.slug)!.pattern === 'calf-foot')).toBe(true);
  });

  it('returns its best plan and names each wish it could not honour', () => {
    const p = plan({ sessions: 5, minutes: 20, week: week('x-x-x-x-x-x-x') });
    expect(p.sessions).toHaveLength(5);
    expect(findRuleBreaks(p, catalogue)).toEqual([]);
    const wishes = p.unmet.map((u) => u.wish);
    expect(wishes).toContain('no strength work on race days');
    for (const u of p.unmet) expect(u.reason.length).toBeGreaterThan(10);
    for (const s of p.sessions) for (const it of s.items) expect(['bodyweight', 'light']).toContain(it.dose.loadClass);
  });

  it('keeps race week to very little', () => {
    const p = plan({ phase: 'race-week', sessions: 4, experience: 'experienced' });
    expect(p.sessions.length).toBeLessThanOrEqual(2);
    expect(p.unmet.some((u) => u.wish === '4 strength sessions')).toBe(true);
    for (const s of p.sessions) for (const it of s.items) expect(it.dose.sets).toBeLessThanOrEqual(2);
  });

  it('doses by phase: 8–12 maintenance in a marathon block, power in-season labelled as our suggestion', () => {
    const marathon = plan({ phase: 'marathon', experience: 'experienced' });
    for (const it of marathon.sessions.flatMap((s) => s.items)) {
      if (it.dose.reps && it.dose.loadClass !== 'light' && it.dose.loadClass !== 'bodyweight') expect(it.dose.reps).toEqual([8, 12]);
    }
    const season = plan({ phase: 'season', experience: 'experienced', minutes: 45 });
    const power = season.sessions.flatMap((s) => s.items).filter((it) => it.dose.loadClass === 'power');
    expect(power.length).toBeGreaterThan(0);
    for (const it of power) expect(it.dose.load).toMatch(/StrongStride suggestion/);
  });

  it('puts each heavy lift in a heavy session and no heavy load anywhere else', () => {
    for (const phase of ['base', 'season', 'marathon', 'race-week'] as const) {
      const p = plan({ phase, experience: 'experienced', equipment: ['barbell', 'plate', 'other', 'dumbbell'], sessions: 3 });
      expect(findRuleBreaks(p, catalogue), phase).toEqual([]);
    }
  });

  it('gives a progression for the coming weeks that says when to change and go heavier', () => {
    const p = plan({});
    expect(p.progression.join(' ')).toMatch(/Weeks 3–4/);
    expect(p.progression.join(' ')).toMatch(/15/);
  });
});
