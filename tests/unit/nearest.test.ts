import { describe, expect, it } from 'vitest';
import { MISSING_EXERCISES, type MissingExercise } from '../../src/data/missing-exercises';
import type { ExerciseRecord } from '../../src/lib/library';
import { findMissingConflicts, missingOffers, nearestExercises, NEAREST_COUNT } from '../../src/lib/nearest';
import { findMissing, missingMessage, normalizeName } from '../../src/lib/search';
import { exerciseSchema, type ExerciseInput } from '../../src/schemas/exercise';
import { readCollection } from '../helpers/content-files';
import { testExercise } from '../helpers/exercise-record';

const library: ExerciseRecord[] = readCollection('exercises').map(({ slug, frontmatter }) => ({ slug, data: exerciseSchema.parse(frontmatter) }));

// These tests' squat works the glutes too.
const exercise = (slug: string, overrides: Partial<ExerciseInput>): ExerciseRecord =>
  testExercise(slug, { muscles: { primary: ['quadriceps', 'glutes'], secondary: [] }, ...overrides });

const legPress: MissingExercise = { name: 'leg press', names: ['sled press'], pattern: 'squat', muscles: ['quadriceps', 'glutes'], level: 'intermediate' };

describe('the names a search compares', () => {
  it('ignore case, punctuation, spacing and plurals', () => {
    expect(normalizeName('Leg-Presses')).toBe('leg press');
    expect(normalizeName('  Biceps   curls ')).toBe('bicep curl');
    expect(normalizeName('Captain’s chair leg raises')).toBe('captain chair leg raise');
    expect(normalizeName('Chest flies')).toBe('chest fly');
    expect(normalizeName('abs')).toBe('abs');
    expect(normalizeName('Step ups')).toBe('step up');
  });
});

describe('a search for an exercise the library lacks', () => {
  const offers = missingOffers({ 'leg-press': legPress }, library);

  it('is recognised by any of its names, alone or with words like "alternative"', () => {
    for (const query of ['leg press', 'Leg presses', 'sled press', 'leg press alternative', 'how to do a leg press', 'leg press machine']) {
      expect(findMissing(query, offers)?.name, query).toBe('leg press');
    }
  });

  it('is not recognised inside another name or from one of its words', () => {
    for (const query of ['leg', 'press', 'bench press', 'single leg press up']) expect(findMissing(query, offers), query).toBeUndefined();
  });

  it('says there is no page yet', () => {
    expect(missingMessage(offers[0]!)).toBe('No page for leg press yet — these work the same muscles:');
  });
});

describe('the nearest pages', () => {
  const records = [
    exercise('wall-sit', { muscles: { primary: ['quadriceps'], secondary: ['glutes'] } }),
    exercise('back-squat', { level: 'intermediate' }),
    exercise('goblet-squat', {}),
    exercise('sumo-squat', { muscles: { primary: ['quadriceps', 'glutes', 'adductors'], secondary: [] } }),
    exercise('step-up', { pattern: 'lunge' }),
    exercise('push-up', { pattern: 'push', muscles: { primary: ['chest'], secondary: ['triceps'] } }),
  ];

  it('put the same pattern and the same main muscles first, then the same level', () => {
    expect(nearestExercises(legPress, records).map((r) => r.slug)).toEqual(['back-squat', 'goblet-squat', 'sumo-squat']);
    expect(nearestExercises({ ...legPress, level: 'beginner' }, records, 2).map((r) => r.slug)).toEqual(['goblet-squat', 'back-squat']);
  });

  it('never offer an exercise that works none of its muscles', () => {
    const offered = nearestExercises({ ...legPress, muscles: ['calves'] }, records, 10);
    expect(offered).toEqual([]);
  });

  it('are the nearest exercises, then the pattern and muscle pages, each saying why', () => {
    const [offer] = missingOffers({ 'leg-press': legPress }, records);
    expect(offer!.keys).toEqual(['leg press', 'sled press']);
    expect(offer!.pages.map((page) => [page.kind, page.href])).toEqual([
      ['Exercise', '/exercises/back-squat/'],
      ['Exercise', '/exercises/goblet-squat/'],
      ['Exercise', '/exercises/sumo-squat/'],
      ['Movement pattern', '/patterns/squat/'],
      ['Muscle', '/muscles/quadriceps/'],
      ['Muscle', '/muscles/glutes/'],
    ]);
    expect(offer!.pages[0]!.note).toBe('Squat; works the quadriceps and glutes.');
    // Each exercise offered shows its still, as a search result does; the other pages have none.
    expect(offer!.pages.map((page) => page.figure)).toEqual(['/figures/back-squat.svg#still', '/figures/goblet-squat.svg#still', '/figures/sumo-squat.svg#still', undefined, undefined, undefined]);
  });

  it('cover every missing exercise on the real list with exercises that work its muscles', () => {
    const offers = missingOffers(MISSING_EXERCISES, library);
    expect(offers).toHaveLength(Object.keys(MISSING_EXERCISES).length);
    for (const offer of offers) {
      const exercises = offer.pages.filter((page) => page.kind === 'Exercise');
      expect(exercises.length, offer.name).toBe(NEAREST_COUNT);
    }
    expect(findMissing('hack squat', offers)!.pages[0]!.title).toBe('Back squat');
    expect(findMissing('lat pulldown', offers)!.pages.map((p) => p.title)).toContain('Pull-up');
  });
});

describe('the list of missing exercises', () => {
  it('names no exercise the library has a page for', () => {
    expect(findMissingConflicts(MISSING_EXERCISES, library)).toEqual([]);
  });

  it('fails on a name an exercise page answers to, naming both files', () => {
    const list = { 'rdl-machine': { ...legPress, name: 'RDLs' } };
    expect(findMissingConflicts(list, library)).toEqual([
      'src/data/missing-exercises.ts: "rdl-machine" lists "RDLs", which content/exercises/romanian-deadlift.md answers to; take it off the list',
    ]);
  });
});
