// R7 (002_5ead5ffcbdf72614.txt, 004_749804ad59120ee2.txt): calf work at least once a week, whatever
// the runner owns. This needs a calf exercise that works with bodyweight alone in the library
// (content/exercises/calf-raise.md with `equipment: [bodyweight]`, dumbbells as its harder option).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildPlan } from '../../src/lib/plan/block';
import { catalogue, exercise } from './plan-catalogue';
import { validInput } from './plan-arbitraries';

describe('calf work every week (property test)', { timeout: 120_000 }, () => {
  it('has a bodyweight calf exercise in the library', () => {
    expect(catalogue.filter((e) => e.pattern === 'calf-foot' && e.equipment.every((q) => q === 'bodyweight' || q === 'mat')).map((e) => e.slug)).not.toEqual([]);
  });

  it('puts a calf exercise in every week, for every equipment choice, over 10,000 random weeks', () => {
    fc.assert(
      fc.property(validInput, (input) => {
        const plan = buildPlan(input, catalogue);
        const slugs = plan.sessions.flatMap((s) => s.items.map((it) => it.slug));
        expect(slugs.some((slug) => exercise(slug).pattern === 'calf-foot'), `${input.equipment.join(',') || 'bodyweight'}: ${slugs.join(', ')}`).toBe(true);
      }),
      { numRuns: 10_000 },
    );
  });
});
