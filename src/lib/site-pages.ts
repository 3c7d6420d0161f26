/**
 * Every page the site publishes, in one list: the fixed pages, one per exercise, guide and routine,
 * and the browse pages (one per muscle, piece of equipment and movement pattern that some exercise
 * has, and one per body area of src/data/body-areas.ts). The browse routes take their pages from browseItems(), the preview images (one per page)
 * from sitePages(), and the sitemap leaves out what inSitemap() says, so a page cannot be in one
 * list and missing from another. src/content.ts feeds these from the collections.
 */
import { AREA_KINDS, BODY_AREAS } from '../data/body-areas';
import { EQUIPMENT, type EquipmentId } from '../data/equipment';
import { MUSCLES, type MuscleId } from '../data/muscles';
import { PATTERNS, type PatternId } from '../data/patterns';
import { areaHref } from './areas';
import { exercisesForEquipment, exercisesForMuscle, exercisesForPattern, type ExerciseRecord } from './library';
import { primaryMusclesLine, type OgCard } from './og-image';

/** The three ways to browse the library; each is also the first segment of its pages' URLs. */
export const BROWSE_DIMENSIONS = {
  muscles: {
    /** The kind of page, as a preview card names it. */
    kicker: 'Muscle',
    /** The closed list whose values get pages. */
    values: MUSCLES,
    /** How many exercises a value's page lists (an exercise may be under several values). */
    count: (records: readonly ExerciseRecord[], id: MuscleId) => {
      const { primary, secondary } = exercisesForMuscle(records, id);
      return primary.length + secondary.length;
    },
  },
  equipment: {
    kicker: 'Equipment',
    values: EQUIPMENT,
    count: (records: readonly ExerciseRecord[], id: EquipmentId) => exercisesForEquipment(records, id).length,
  },
  patterns: {
    kicker: 'Movement pattern',
    values: PATTERNS,
    count: (records: readonly ExerciseRecord[], id: PatternId) => exercisesForPattern(records, id).length,
  },
} as const;

export type BrowseDimension = keyof typeof BROWSE_DIMENSIONS;
type ValueId<D extends BrowseDimension> = keyof (typeof BROWSE_DIMENSIONS)[D]['values'] & string;

/** One browse page: a value of a dimension that some exercise has. */
export interface BrowseItem<D extends BrowseDimension = BrowseDimension> {
  id: ValueId<D>;
  label: string;
  /** The pattern's one-line description; muscles and equipment have none. */
  blurb?: string;
  href: string;
  /** Exercises on its page. */
  count: number;
}

/**
 * The browse pages of a dimension, in its closed list's order: only values some exercise has, so
 * no browse page is empty.
 */
export function browseItems<D extends BrowseDimension>(records: readonly ExerciseRecord[], dimension: D): BrowseItem<D>[] {
  const { values, count } = BROWSE_DIMENSIONS[dimension];
  const countFor = count as (records: readonly ExerciseRecord[], id: ValueId<D>) => number;
  return (Object.entries(values) as [ValueId<D>, { label: string; blurb?: string }][])
    .map(([id, value]) => ({
      id,
      label: value.label,
      ...(value.blurb === undefined ? {} : { blurb: value.blurb }),
      href: `/${dimension}/${id}/`,
      count: countFor(records, id),
    }))
    .filter((item) => item.count > 0);
}

/** What the site's content pages need for their cards; src/content.ts reads it from the collections. */
export interface SiteContent {
  exercises: readonly ExerciseRecord[];
  guides: readonly { slug: string; title: string }[];
  routines: readonly { slug: string; title: string; minutes: number; exerciseCount: number }[];
}

/** Pages that exist but are no destination of their own, so search engines are not sent there. */
const NOT_IN_SITEMAP = ['/404/', '/offline/'];

/** Whether a page (its absolute URL or path) belongs in the sitemap. */
export const inSitemap = (page: string) => !NOT_IN_SITEMAP.some((path) => page.endsWith(path));

/** Every page of the site, each with what its preview card says. */
export function sitePages({ exercises, guides, routines }: SiteContent): OgCard[] {
  return [
    { path: '/', title: 'Strength training for runners, explained', detail: 'Exercises, guides, routines and a plan builder' },
    { path: '/404/', title: 'Page not found' },
    { path: '/offline/', title: 'You’re offline' },
    { path: '/exercises/', title: 'Exercises', detail: `${exercises.length} strength exercises for runners` },
    { path: '/guides/', title: 'Guides', detail: 'Why, how often, when and how heavy to lift, with sources' },
    { path: '/guides/references/', title: 'References', kicker: 'Guides' },
    { path: '/routines/', title: 'Routines', detail: 'Sample strength sessions for runners' },
    { path: '/plan/', title: 'Plan builder', detail: 'Strength sessions placed around your running week' },
    { path: '/search/', title: 'Search', detail: 'Every exercise and guide' },
    { path: '/muscles/', title: 'Exercises by muscle', kicker: 'Browse' },
    { path: '/equipment/', title: 'Exercises by equipment', kicker: 'Browse' },
    { path: '/patterns/', title: 'Exercises by movement pattern', kicker: 'Browse' },
    { path: '/areas/', title: 'Exercises by body area', kicker: 'Browse', detail: 'IT band, shins, hills, posture and more' },
    ...exercises.map((e) => ({
      path: `/exercises/${e.slug}/`,
      title: e.data.title,
      kicker: 'Exercise',
      detail: primaryMusclesLine(e.data.muscles.primary),
    })),
    ...guides.map((g) => ({ path: `/guides/${g.slug}/`, title: g.title, kicker: 'Guide' })),
    ...routines.map((r) => ({
      path: `/routines/${r.slug}/`,
      title: r.title,
      kicker: 'Routine',
      detail: `About ${r.minutes} minutes · ${r.exerciseCount} exercises`,
    })),
    ...(Object.keys(BROWSE_DIMENSIONS) as BrowseDimension[]).flatMap((dimension) =>
      browseItems(exercises, dimension).map((item) => ({
        path: item.href,
        title: `${item.label} exercises`,
        kicker: BROWSE_DIMENSIONS[dimension].kicker,
      })),
    ),
    ...Object.entries(BODY_AREAS).map(([id, area]) => ({
      path: areaHref(id),
      title: area.label,
      kicker: AREA_KINDS[area.kind].kicker,
      detail: `${area.exercises.length} exercises, each with the reason`,
    })),
  ];
}
