import { describe, expect, it } from 'vitest';
import { intervals } from '../../src/lib/timer/machine';
import { parseSets, restNote, restSeconds, routineTimerPlan, type RoutineForTimer } from '../../src/lib/timer/routine';
import { sideLabel } from '../../src/lib/timer/view';
import { REST_ESTIMATE_SECONDS } from '../../src/lib/plan/guidance';
import { routineSchema } from '../../src/schemas/routine';
import { validate } from '../../src/lib/validate';
import { readCollection } from '../helpers/content-files';

const routines = readCollection('routines').map((f) => ({ slug: f.slug, data: validate(routineSchema, f.path, f.frontmatter) }));
const routine = (slug: string) => routines.find((r) => r.slug === slug)!.data;
const titles = new Proxy({} as Record<string, string>, { get: (_, slug) => String(slug) });

describe('how many sets a line asks for', () => {
  it('reads a number, a range and a build-up as the most sets, noting when fewer are fine', () => {
    expect(parseSets('3')).toEqual({ sets: 3, upTo: false });
    expect(parseSets('2–3')).toEqual({ sets: 3, upTo: true });
    expect(parseSets('Build up to 5')).toEqual({ sets: 5, upTo: true });
    expect(parseSets(undefined)).toEqual({ sets: 1, upTo: false });
  });

  it('refuses sets with no number, naming the value', () => {
    expect(() => parseSets('a few')).toThrow('sets "a few" needs a number of at least 1');
    expect(() => parseSets('0')).toThrow(/"0"/);
  });
});

describe('every routine gets the timer that fits it', () => {
  it('builds a timer for each of the site\'s routines', () => {
    expect(routines.length).toBeGreaterThanOrEqual(6);
    for (const { slug, data } of routines) {
      expect(() => routineTimerPlan(data, titles), slug).not.toThrow();
    }
  });

  it('times the circuit as 40 s of work and 20 s of rest, twice through, one side per round on one-sided moves', () => {
    const plan = routineTimerPlan(routine('nine-move-dumbbell-circuit'), titles);
    const work = intervals(plan).filter((i) => i.kind === 'work');
    expect(work).toHaveLength(18);
    expect(new Set(work.map((i) => i.ms))).toEqual(new Set([40_000]));
    expect(intervals(plan).filter((i) => i.kind === 'rest').map((i) => i.ms)).toEqual(Array(17).fill(20_000));
    const rdl = work.filter((i) => plan.items[i.item]!.exercise === 'single-leg-romanian-deadlift').map(sideLabel);
    expect(rdl).toEqual(['Left leg', 'Right leg']);
    // The walking lunge alternates legs within the interval, so it names no side.
    expect(work.filter((i) => plan.items[i.item]!.exercise === 'walking-lunge-knee-drive').map(sideLabel)).toEqual(['', '']);
  });

  it('counts sets of reps with the site\'s rest estimate between them, and times holds on each side', () => {
    const data = routine('bodyweight-starter');
    const plan = routineTimerPlan(data, titles);
    const squat = plan.items[0]!;
    expect(squat).toMatchObject({ reps: '8–12', sets: 3, setsUpTo: true, rest: REST_ESTIMATE_SECONDS.moderate.value });
    const plank = intervals(plan).filter((i) => plan.items[i.item]!.exercise === 'side-plank' && i.kind === 'work');
    expect(plank.map((i) => `${i.set} ${sideLabel(i)} ${i.ms}`)).toEqual([
      '1 Left side 20000',
      '1 Right side 20000',
      '2 Left side 20000',
      '2 Right side 20000',
      '3 Left side 20000',
      '3 Right side 20000',
    ]);
  });

  it('rests long between the heavy block\'s sets, and not at all between warm-up drills', () => {
    expect(routineTimerPlan(routine('off-season-heavy-block'), titles).items[0]).toMatchObject({ sets: 5, rest: 150 });
    expect(intervals(routineTimerPlan(routine('warm-up'), titles)).map((i) => i.kind)).toEqual(['work', 'work', 'work', 'work']);
  });

  it('says where the rest figure comes from on a sets routine, and nothing on a circuit', () => {
    expect(restNote(routine('off-season-heavy-block'))).toBe(
      'Rest between sets: 2 min 30 s, our estimate, as no source gives a figure. Skip it or pause as you need.',
    );
    expect(restNote(routine('warm-up'))).toBe('No rest between moves.');
    expect(restNote(routine('nine-move-dumbbell-circuit'))).toBe('');
    expect(restSeconds('light')).toBe(REST_ESTIMATE_SECONDS.light.value);
  });

  it('names the line that stops a routine from being timed', () => {
    const broken: RoutineForTimer = { format: 'timed', rounds: 2, exercises: [{ exercise: 'plank', reps: '8' }] };
    expect(() => routineTimerPlan(broken, titles)).toThrow('exercises[0] (plank): a timed routine needs seconds on every line');
    const sets: RoutineForTimer = { format: 'sets', rounds: 1, restBetweenSets: 'light', exercises: [{ exercise: 'plank', sets: 'some', reps: '8' }] };
    expect(() => routineTimerPlan(sets, titles)).toThrow('exercises[0] (plank): sets "some" needs a number');
  });
});

describe('the routine schema for the timer', () => {
  const base = { title: 'T', summary: 'S', order: 9, audience: 'A', equipment: ['bodyweight'], minutes: 10, frequency: 'F' };

  it('asks a sets routine for its rest between sets, and a timed one not to give one', () => {
    expect(() => validate(routineSchema, 'content/routines/x.mdx', { ...base, format: 'sets', exercises: [{ exercise: 'plank', reps: '8' }] })).toThrow(
      /restBetweenSets: a sets routine needs one of "none"\|"light"\|"moderate"\|"heavy"/,
    );
    expect(() =>
      validate(routineSchema, 'content/routines/x.mdx', { ...base, format: 'timed', restBetweenSets: 'light', exercises: [{ exercise: 'plank', seconds: 30 }] }),
    ).toThrow(/remove restBetweenSets \("light"\)/);
  });

  it('names a side that is not a limb', () => {
    expect(() =>
      validate(routineSchema, 'content/routines/x.mdx', {
        ...base,
        format: 'sets',
        restBetweenSets: 'light',
        exercises: [{ exercise: 'plank', reps: '8', side: 'foot' }],
      }),
    ).toThrow(/side: "foot" is not one of "leg"\|"arm"\|"side"/);
  });
});
