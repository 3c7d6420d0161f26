import { describe, expect, it } from 'vitest';
import { facets } from '../../src/lib/library';
import { browseItems, inSitemap, sitePages } from '../../src/lib/site-pages';
import { testExercise as exercise } from '../helpers/exercise-record';

const library = [
  exercise('goblet-squat', { muscles: { primary: ['quadriceps', 'glutes'], secondary: ['adductors'] } }),
  exercise('calf-raise', { pattern: 'calf-foot', equipment: ['bodyweight'], level: 'advanced', muscles: { primary: ['calves'], secondary: [] } }),
];

describe('the browse pages', () => {
  it('exist for every value some exercise has, in the closed list’s order, and for no other', () => {
    expect(browseItems(library, 'muscles').map((item) => [item.href, item.count])).toEqual([
      ['/muscles/glutes/', 1],
      ['/muscles/adductors/', 1],
      ['/muscles/quadriceps/', 1],
      ['/muscles/calves/', 1],
    ]);
    expect(browseItems(library, 'equipment').map((item) => item.id)).toEqual(['bodyweight', 'dumbbell']);
    expect(browseItems(library, 'patterns').map((item) => item.label)).toEqual(['Squat', 'Calf and foot']);
  });

  it('carry a pattern’s description, which muscles and equipment do not have', () => {
    expect(browseItems(library, 'patterns')[0]!.blurb).toMatch(/leg strength/);
    expect(browseItems(library, 'muscles')[0]).not.toHaveProperty('blurb');
  });
});

describe('the list of every page', () => {
  const pages = sitePages({
    exercises: library,
    guides: [{ slug: 'why-lift', title: 'Why lift' }],
    routines: [{ slug: 'warm-up', title: 'Warm-up', minutes: 5, exerciseCount: 4 }],
  });
  const paths = pages.map((page) => page.path);

  it('names each page once', () => {
    expect(new Set(paths).size).toBe(paths.length);
  });

  it('has every exercise, guide, routine and browse page, with what its card says', () => {
    expect(paths).toEqual(
      expect.arrayContaining(['/', '/exercises/goblet-squat/', '/guides/why-lift/', '/routines/warm-up/', '/muscles/calves/', '/equipment/bodyweight/', '/patterns/calf-foot/']),
    );
    expect(pages.find((page) => page.path === '/exercises/calf-raise/')).toEqual({
      path: '/exercises/calf-raise/',
      title: 'calf raise',
      kicker: 'Exercise',
      detail: 'Primary muscle: Calves',
    });
    expect(pages.find((page) => page.path === '/routines/warm-up/')?.detail).toBe('About 5 minutes · 4 exercises');
    expect(paths).not.toContain('/muscles/hamstrings/');
  });

  it('has a page for every body area, and their index', () => {
    expect(paths).toEqual(expect.arrayContaining(['/areas/', '/areas/it-band/', '/areas/hills/']));
    expect(pages.find((page) => page.path === '/areas/hills/')).toMatchObject({ title: 'Uphill running', kicker: 'Running goal' });
  });

  it('keeps the 404 and offline pages out of the sitemap and every other page in it', () => {
    expect(paths.filter((path) => !inSitemap(`https://strongstride.example${path}`))).toEqual(['/404/', '/offline/']);
  });
});

describe('facets', () => {
  it('offer the values some exercise has, in the closed lists’ order, primary muscles only', () => {
    expect(facets(library)).toEqual({
      muscle: ['glutes', 'quadriceps', 'calves'],
      equipment: ['bodyweight', 'dumbbell'],
      pattern: ['squat', 'calf-foot'],
      level: ['beginner', 'advanced'],
    });
  });
});
