import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { equipmentIds } from '../../src/data/equipment';
import { buildPlan } from '../../src/lib/plan/build';
import { normalizeInput } from '../../src/lib/plan/input';
import { findRuleBreaks } from '../../src/lib/plan/rules';
import { decodeInput, encodeInput } from '../../src/lib/plan/url';
import { EMPHASES, EXPERIENCES, PHASES, PLACEMENTS, RUN_TYPES, type PlanInput } from '../../src/lib/plan/types';
import { catalogue } from './plan-catalogue';

const validInput: fc.Arbitrary<PlanInput> = fc.record({
  sessions: fc.integer({ min: 1, max: 5 }),
  minutes: fc.integer({ min: 15, max: 60 }),
  equipment: fc.uniqueArray(fc.constantFrom(...equipmentIds.filter((e) => e !== 'bodyweight'))),
  phase: fc.constantFrom(...PHASES),
  experience: fc.constantFrom(...EXPERIENCES),
  week: fc.array(fc.constantFrom(...RUN_TYPES), { minLength: 7, maxLength: 7 }),
  emphasis: fc.uniqueArray(fc.constantFrom(...EMPHASES)),
  placement: fc.constantFrom(...PLACEMENTS),
});

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
      emphasis: fc.oneof(fc.array(fc.oneof(fc.constantFrom(...EMPHASES), junk)), junk),
      placement: fc.oneof(fc.constantFrom(...PLACEMENTS), junk),
    },
    { requiredKeys: [] },
  ),
  junk,
);

// Generous timeouts: a thousand hostile plans take a second or two, longer on a busy machine.
describe('plan invariants (property tests)', { timeout: 30_000 }, () => {
  it('keeps every rule for any input, hostile ones included', () => {
    fc.assert(
      fc.property(hostileInput, (raw) => {
        const plan = buildPlan(raw, catalogue);
        expect(findRuleBreaks(plan, catalogue)).toEqual([]);
        expect(plan.sessions.length).toBeGreaterThanOrEqual(1);
        for (const s of plan.sessions) expect(s.items.length).toBeGreaterThanOrEqual(1);
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

  it('returns a session count no higher than asked and names any shortfall', () => {
    fc.assert(
      fc.property(validInput, (input) => {
        const plan = buildPlan(input, catalogue);
        if (plan.sessions.length < input.sessions) expect(plan.unmet.length).toBeGreaterThan(0);
      }),
      { numRuns: 200 },
    );
  });

  it('round-trips any valid input through the link', () => {
    fc.assert(
      fc.property(validInput, (input) => {
        const { input: back, ignored } = decodeInput(encodeInput(input));
        expect(ignored).toEqual([]);
        expect(back).toEqual(normalizeInput(input).input);
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on any query string and always yields a valid input', () => {
    const query = fc.oneof(
      fc.string(),
      fc.webQueryParameters(),
      fc.array(fc.tuple(fc.constantFrom('s', 'm', 'eq', 'ph', 'xp', 'wk', 'em', 'pl', 'zz'), fc.string()), { maxLength: 10 }).map((pairs) =>
        pairs.map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join('&'),
      ),
    );
    fc.assert(
      fc.property(query, (q) => {
        const { input } = decodeInput(q);
        expect(normalizeInput(input).ignored).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });
});
