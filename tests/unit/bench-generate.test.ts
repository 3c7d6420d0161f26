import { describe, expect, it } from 'vitest';
import { MISSING_EXERCISES } from '../../src/data/missing-exercises';
import { normalizeName } from '../../src/lib/search';
import { EQUIPMENT_WORDS, PATTERN_MOVES } from '../../scripts/bench/generate.mjs';

describe('the benchmark’s synthetic library', () => {
  it('names no exercise the library lists as missing, so a synthetic copy still builds', () => {
    const missing = new Set(Object.values(MISSING_EXERCISES).flatMap(({ name, names }) => [name, ...names]).map(normalizeName));
    // A synthetic title is the movement's base, maybe after its equipment word and style words; its
    // aliases include the base in the plural, which normalizes to the base.
    const words: Record<string, string> = EQUIPMENT_WORDS;
    const titles = Object.values(PATTERN_MOVES).flatMap(({ bases, equipment }) =>
      bases.flatMap((base) => [base, ...equipment.map((gear) => `${words[gear] ?? ''} ${base}`)]),
    );
    expect(titles.filter((title) => missing.has(normalizeName(title)))).toEqual([]);
  });
});
