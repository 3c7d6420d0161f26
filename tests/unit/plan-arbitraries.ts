// Plan inputs for the tests: random ones for the property tests, over every setting's whole range,
// and a running week written out by hand.
import fc from 'fast-check';
import { equipmentIds } from '../../src/data/equipment';
import { EMPHASES, EXPERIENCES, PHASES, PLACEMENTS, PRIORITIES, RUN_TYPES, SECOND_RUNS, type PlanInput, type RunType, type TimeOfDay } from '../../src/lib/plan/types';

/** A running week, Monday first: "r-h-e-h-r-e-l" (r rest, e easy, m moderate, h hard, l long, x race). */
export const week = (codes: string) => codes.split('-').map((c) => ({ r: 'rest', e: 'easy', m: 'moderate', h: 'hard', l: 'long', x: 'race' })[c] as RunType);

const time: fc.Arbitrary<TimeOfDay> = fc.oneof(
  fc.constant(''),
  fc.tuple(fc.integer({ min: 0, max: 23 }), fc.constantFrom(0, 15, 30, 45)).map(([h, m]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`),
);

export const date = fc.integer({ min: 0, max: 3000 }).map((n) => new Date(Date.UTC(2026, 0, 1) + n * 86_400_000).toISOString().slice(0, 10));

/** Any valid input; second runs and times only where a run is (as the validator leaves them). */
export const validInput: fc.Arbitrary<PlanInput> = fc
  .record({
    sessions: fc.integer({ min: 1, max: 5 }),
    minutes: fc.integer({ min: 15, max: 60 }),
    equipment: fc.uniqueArray(fc.constantFrom(...equipmentIds.filter((e) => e !== 'bodyweight'))),
    phase: fc.constantFrom(...PHASES),
    experience: fc.constantFrom(...EXPERIENCES),
    week: fc.array(fc.constantFrom(...RUN_TYPES), { minLength: 7, maxLength: 7 }),
    second: fc.array(fc.oneof({ weight: 4, arbitrary: fc.constant('none' as const) }, { weight: 1, arbitrary: fc.constantFrom(...SECOND_RUNS) }), { minLength: 7, maxLength: 7 }),
    times: fc.array(fc.tuple(time, time), { minLength: 7, maxLength: 7 }),
    emphasis: fc.uniqueArray(fc.constantFrom(...EMPHASES)),
    placement: fc.constantFrom(...PLACEMENTS),
    priority: fc.constantFrom(...PRIORITIES),
    raceDate: fc.oneof(fc.constant(''), date),
    startDate: fc.oneof(fc.constant(''), date),
    liftTime: time.map((t) => t || '18:00'),
  })
  .map((input) => ({
    ...input,
    second: input.second.map((s, d) => (input.week[d] === 'rest' ? 'none' : s)),
    times: input.times.map(([a, b], d) => [input.week[d] === 'rest' ? '' : a, input.second[d] === 'none' || input.week[d] === 'rest' ? '' : b] as [TimeOfDay, TimeOfDay]),
  }));
