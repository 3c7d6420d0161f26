import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { equipmentIds } from '../../src/data/equipment';
import { buildBlock, buildPlan } from '../../src/lib/plan/block';
import { daysBetween } from '../../src/lib/plan/dates';
import { normalizeInput } from '../../src/lib/plan/input';
import { findRuleBreaks, isDayBeforeKey, isLowerBody, MAX_DEMANDING_LEG_DAYS, sessionMinutesCap, tomorrowClaimHolds, usesOnlyAvailableEquipment } from '../../src/lib/plan/rules';
import { decodeInput, encodeInput } from '../../src/lib/plan/url';
import { EMPHASES, EXPERIENCES, isDemanding, PHASES, PLACEMENTS, RUN_TYPES, type Plan } from '../../src/lib/plan/types';
import { catalogue, exercise } from './plan-catalogue';
import { date, validInput } from './plan-arbitraries';

/** Anything at all in any field: wrong types, out-of-range numbers, unknown ids, prototype keys. */
const junk = fc.oneof(
  fc.anything(),
  fc.integer({ min: -1e6, max: 1e6 }),
  fc.double(),
  fc.string(),
  fc.constantFrom('__proto__', 'constructor', '', '999', 'NaN', 'Infinity', '-1', '2.5'),
);
const hostileInput = fc.oneof(
  validInput,
  fc.record(
    {
      sessions: fc.oneof(fc.integer({ min: 1, max: 5 }), junk),
      minutes: fc.oneof(fc.integer({ min: 15, max: 60 }), junk),
      equipment: fc.oneof(fc.array(fc.oneof(fc.constantFrom(...equipmentIds), fc.string())), junk),
      phase: fc.oneof(fc.constantFrom(...PHASES), junk),
      experience: fc.oneof(fc.constantFrom(...EXPERIENCES), junk),
      week: fc.oneof(fc.array(fc.oneof(fc.constantFrom(...RUN_TYPES), junk), { minLength: 0, maxLength: 9 }), junk),
      second: junk,
      times: junk,
      emphasis: fc.oneof(fc.array(fc.oneof(fc.constantFrom(...EMPHASES), junk)), junk),
      placement: fc.oneof(fc.constantFrom(...PLACEMENTS), junk),
      raceDate: fc.oneof(date, junk),
      liftTime: junk,
    },
    { requiredKeys: [] },
  ),
  junk,
);

const WEEKS = 10_000;
const lowerItems = (plan: Plan, day: number) => plan.sessions.find((s) => s.day === day)!.items.filter((it) => isLowerBody(exercise(it.slug)));

// 10,000 random weeks per invariant: a few seconds each, longer on a busy machine.
describe(`plan invariants over ${WEEKS.toLocaleString('en')} random weeks (property tests)`, { timeout: 120_000 }, () => {
  it('keeps legs at light or below the day before a hard run, long run or race', () => {
    fc.assert(
      fc.property(validInput, (input) => {
        const plan = buildPlan(input, catalogue);
        for (const s of plan.sessions.filter((x) => isDayBeforeKey(x.day, plan))) {
          expect(s.lowerLoad, s.dayName).toBe('light');
          for (const it of lowerItems(plan, s.day)) expect(['light', 'bodyweight'], it.slug).toContain(it.dose.loadClass);
        }
      }),
      { numRuns: WEEKS },
    );
  });

  it('has at most two demanding leg days, never on consecutive days', () => {
    fc.assert(
      fc.property(validInput, (input) => {
        const plan = buildPlan(input, catalogue);
        const days = plan.sessions.filter((s) => isDemanding(s.lowerLoad)).map((s) => s.day);
        expect(days.length).toBeLessThanOrEqual(MAX_DEMANDING_LEG_DAYS);
        for (const d of days) expect(days, `${d} and the next day`).not.toContain((d + 1) % 7);
      }),
      { numRuns: WEEKS },
    );
  });

  it('says only true things about tomorrow', () => {
    fc.assert(
      fc.property(validInput, (input) => {
        const plan = buildPlan(input, catalogue);
        for (const s of plan.sessions) expect(tomorrowClaimHolds(s, plan), s.reason).toBe(true);
        expect(findRuleBreaks(plan, catalogue).filter((p) => /tomorrow/.test(p))).toEqual([]);
      }),
      { numRuns: WEEKS },
    );
  });

  it('honours the equipment, the minutes and the phase', () => {
    fc.assert(
      fc.property(validInput, (input) => {
        const plan = buildPlan(input, catalogue);
        for (const s of plan.sessions) {
          expect(s.minutes).toBeLessThanOrEqual(sessionMinutesCap(input, plan.phase));
          for (const it of s.items) {
            const ex = exercise(it.slug);
            expect(usesOnlyAvailableEquipment(ex, input), it.slug).toBe(true);
            expect(ex.heavyBilateral && (plan.phase === 'marathon' || plan.phase === 'race-week'), it.slug).toBe(false);
          }
        }
        expect(plan.phase).toBe(input.phase);
      }),
      { numRuns: WEEKS },
    );
  });

  it('keeps every rule for any input, hostile ones included, once the input is read', () => {
    fc.assert(
      fc.property(hostileInput, (raw) => {
        const plan = buildPlan(normalizeInput(raw).input, catalogue);
        expect(findRuleBreaks(plan, catalogue)).toEqual([]);
        expect(plan.sessions.length).toBeGreaterThanOrEqual(1);
        for (const s of plan.sessions) expect(s.items.length).toBeGreaterThanOrEqual(1);
      }),
      { numRuns: WEEKS },
    );
  });

  it('keeps every rule in every week of a block, across the weeks and around a race', () => {
    fc.assert(
      fc.property(validInput, date, (input, today) => {
        const block = buildBlock(input, catalogue, today);
        for (const [w, week] of block.weeks.entries()) {
          const next = block.weeks[w + 1];
          const nextMonday = next ? { runs: next.plan.runs[0]!, demanding: isDemanding(next.plan.sessions.find((s) => s.day === 0)?.lowerLoad) } : undefined;
          expect(findRuleBreaks(week.plan, catalogue, nextMonday, week.context.noLift), `week ${w + 1}`).toEqual([]);
        }
        // The week shown is the one that holds today, unless the block starts later.
        const shown = block.weeks[block.now]!.start!;
        if (block.upcoming) expect(shown > today).toBe(true);
        else expect(daysBetween(shown, today)).toBeGreaterThanOrEqual(0);
        expect(daysBetween(shown, today)).toBeLessThan(7);
      }),
      { numRuns: 1000 },
    );
  });

  it('gives the same plan for the same input', () => {
    fc.assert(
      fc.property(validInput, (input) => {
        expect(buildPlan(structuredClone(input), catalogue)).toEqual(buildPlan(input, catalogue));
      }),
      { numRuns: 200 },
    );
  });

  it('plans every session asked for, or names the shortfall', () => {
    fc.assert(
      fc.property(validInput, (input) => {
        const plan = buildPlan(input, catalogue);
        const explained = plan.unmet.some((u) => /strength sessions/.test(u.wish));
        expect(plan.sessions.length === input.sessions || explained, `${plan.sessions.length} of ${input.sessions}`).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('round-trips any valid input through the link', () => {
    fc.assert(
      fc.property(validInput, (input) => {
        const { input: back, ignored } = decodeInput(encodeInput(input));
        expect(ignored).toEqual([]);
        expect(back).toEqual(input);
      }),
      { numRuns: 1000 },
    );
  });

  it('never throws on any query string and always yields a valid input', () => {
    const query = fc.oneof(
      fc.string(),
      fc.webQueryParameters(),
      fc.array(fc.tuple(fc.constantFrom('s', 'm', 'eq', 'ph', 'xp', 'wk', 'em', 'pl', 'pr', 'rd', 'lt', 'zz'), fc.string()), { maxLength: 10 }).map((pairs) =>
        pairs.map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join('&'),
      ),
    );
    fc.assert(
      fc.property(query, (q) => {
        const { input } = decodeInput(q);
        expect(normalizeInput(input)).toEqual({ input, ignored: [] });
      }),
      { numRuns: 1000 },
    );
  });
});
