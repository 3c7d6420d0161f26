/**
 * The body-area pages (src/data/body-areas.ts) as the site shows them, and the check that keeps
 * every exercise and guide section they name real. Plain data in, plain data out: the build
 * (src/content.ts) and the unit tests share it.
 */
import { AREA_KINDS, BODY_AREAS, type AreaId, type AreaKind, type BodyArea } from '../data/body-areas';
import type { SearchWord } from './search';

/** Where an area's page lives. */
export const areaHref = (id: string) => `/areas/${id}/`;

/** A guide's sections by guide slug: the ids of its `##` headings. */
export type GuideSections = ReadonlyMap<string, readonly string[]>;

/**
 * Every exercise slug and guide section an area names that does not exist, and every exercise
 * an area lists twice, each message naming the file, the area and the field to fix.
 */
export function findAreaProblems(
  areas: Readonly<Record<string, BodyArea>>,
  exerciseSlugs: ReadonlySet<string>,
  guides: GuideSections,
): string[] {
  const problems: string[] = [];
  for (const [id, area] of Object.entries(areas)) {
    const where = `src/data/body-areas.ts: area "${id}"`;
    const seen = new Set<string>();
    area.exercises.forEach(({ slug }, i) => {
      if (!exerciseSlugs.has(slug)) problems.push(`${where} exercises[${i}]: no exercise "${slug}" (expected content/exercises/${slug}.md)`);
      if (seen.has(slug)) problems.push(`${where} exercises[${i}]: "${slug}" is listed twice`);
      seen.add(slug);
    });
    area.guides.forEach(({ guide, section }, i) => {
      const sections = guides.get(guide);
      if (!sections) problems.push(`${where} guides[${i}]: no guide "${guide}" (expected content/guides/${guide}.mdx)`);
      else if (!sections.includes(section)) {
        problems.push(`${where} guides[${i}]: guide "${guide}" has no section "${section}"; its sections are ${sections.join(', ')}`);
      }
    });
    if (area.exercises.length === 0) problems.push(`${where}: lists no exercises`);
  }
  return problems;
}

/** The areas that list an exercise, in the list's order: its page links them as "Good for". */
export function areasFor(slug: string, areas: Readonly<Record<string, BodyArea>> = BODY_AREAS): { href: string; label: string; searchWord?: string }[] {
  return Object.entries(areas)
    .filter(([, area]) => area.exercises.some((exercise) => exercise.slug === slug))
    .map(([id, area]) => ({ href: areaHref(id), label: area.label, ...(area.searchWord && { searchWord: area.searchWord }) }));
}

/** An exercise page's `areas` search field from the areas it is good for: each label, followed by its searchWord if it has one. */
export const areasSearchField = (areas: readonly { label: string; searchWord?: string }[]): string =>
  areas.map(({ label, searchWord }) => (searchWord ? `${label} ${searchWord}` : label)).join(', ');

/** The areas searched by one word instead of their label (BodyArea.searchWord), for the search page. */
export function searchWords(areas: Readonly<Record<string, BodyArea>> = BODY_AREAS): SearchWord[] {
  return Object.values(areas).flatMap(({ label, searchWord }) => (searchWord ? [{ label, word: searchWord }] : []));
}

/** One area on the index page. */
export interface AreaItem {
  id: AreaId;
  label: string;
  summary: string;
  href: string;
  /** Exercises on its page. */
  count: number;
}

/** The index page's groups, in the order of AREA_KINDS, each with its areas in the list's order. */
export function areaGroups(areas: Readonly<Record<AreaId, BodyArea>> = BODY_AREAS) {
  return (Object.keys(AREA_KINDS) as AreaKind[]).map((kind) => ({
    kind,
    ...AREA_KINDS[kind],
    areas: (Object.entries(areas) as [AreaId, BodyArea][])
      .filter(([, area]) => area.kind === kind)
      .map(([id, area]): AreaItem => ({ id, label: area.label, summary: area.summary, href: areaHref(id), count: area.exercises.length })),
  }));
}
