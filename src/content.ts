/**
 * The one module that reads the content collections. Pages ask it; it sorts, indexes and
 * checks the library once, and fails the build on a cross-reference that points nowhere, on an
 * easier or harder link that disagrees with the ladders, on a routine whose stated equipment
 * disagrees with its exercises, and on an exercise without a figure.
 */
import { getCollection, render, type CollectionEntry } from 'astro:content';
import { BODY_AREAS, type AreaId, type BodyArea } from './data/body-areas';
import { MISSING_EXERCISES } from './data/missing-exercises';
import { LADDERS } from './data/ladders';
import { REFERENCES } from './data/references';
import { findAreaProblems } from './lib/areas';
import { findMissingConflicts, missingOffers } from './lib/nearest';
import type { MissingOffer } from './lib/search';
import { formatProblems } from './lib/figure/validate';
import { checkFigures } from './build/figure-checks';
import figureCheckWorker from './build/figure-check-worker.ts?module-url';
import { describeIssues } from './lib/validate';
import { figureSchema } from './schemas/figure';
import type { Figure } from './lib/figure/types';
import { findBrokenReferences, findFigureGaps, findLadderDisagreements, findRoutineEquipmentGaps, findRoutineSideErrors, type ExerciseRecord } from './lib/library';
import { toPlanCatalogue } from './lib/plan/catalogue';
import { catalogueFile, type CatalogueFile } from './lib/plan/catalogue-file';
import type { PlanExercise } from './lib/plan/types';
import { browseItems, sitePages, type BrowseDimension, type BrowseItem } from './lib/site-pages';

export type ExerciseEntry = CollectionEntry<'exercises'>;
export type GuideEntry = CollectionEntry<'guides'>;
export type RoutineEntry = CollectionEntry<'routines'>;

/** The plan catalogue, and the file the plan builder fetches it from. */
export interface PlanCatalogue extends CatalogueFile {
  catalogue: PlanExercise[];
}

let checked: Promise<ExerciseEntry[]> | undefined;

/** Every exercise, by title; the first call checks links and ladders. */
export function getExercises(): Promise<ExerciseEntry[]> {
  checked ??= getCollection('exercises').then((entries) => {
    const records = asRecords(entries);
    const broken = findBrokenReferences(records, LADDERS);
    if (broken.length) throw new Error(`Broken exercise references:\n${broken.join('\n')}`);
    const disagreements = findLadderDisagreements(records, LADDERS);
    if (disagreements.length) throw new Error(`Exercise links disagree with the ladders:\n${disagreements.join('\n')}`);
    return entries.sort((a, b) => a.data.title.localeCompare(b.data.title));
  });
  return checked;
}

export const asRecords = (entries: readonly ExerciseEntry[]): ExerciseRecord[] =>
  entries.map((e) => ({ slug: e.id, data: e.data, file: e.filePath }));

/** One exercise by slug; a missing slug fails the build, naming where it was asked for. */
export async function getExercise(slug: string, askedBy: string): Promise<ExerciseEntry> {
  const found = (await getExercises()).find((e) => e.id === slug);
  if (!found) throw new Error(`${askedBy}: no exercise "${slug}" (expected content/exercises/${slug}.md)`);
  return found;
}

export async function getGuides(): Promise<GuideEntry[]> {
  const guides = await getCollection('guides');
  for (const guide of guides) {
    for (const id of guide.data.references) getReference(id, `content/guides/${guide.id}.mdx: references`);
  }
  return guides.sort((a, b) => a.data.order - b.data.order);
}

export async function getRoutines(): Promise<RoutineEntry[]> {
  const routines = await getCollection('routines');
  const exercises = await getExercises();
  for (const routine of routines) {
    routine.data.exercises.forEach((item, i) => {
      if (!exercises.some((e) => e.id === item.exercise)) {
        throw new Error(
          `content/routines/${routine.id}.mdx: exercises[${i}].exercise: no exercise "${item.exercise}"`,
        );
      }
    });
  }
  const records = routines.map((r) => ({ slug: r.id, data: r.data }));
  const gaps = findRoutineEquipmentGaps(records, asRecords(exercises));
  if (gaps.length) throw new Error(`Routine equipment disagrees with its exercises:\n${gaps.join('\n')}`);
  const sides = findRoutineSideErrors(records, asRecords(exercises));
  if (sides.length) throw new Error(`Routine sides disagree with their exercises:\n${sides.join('\n')}`);
  return routines.sort((a, b) => a.data.order - b.data.order);
}

export function getReference(id: string, askedBy: string) {
  const found = REFERENCES.find((r) => r.id === id);
  if (!found) throw new Error(`${askedBy}: no reference "${id}" in src/data/references.ts`);
  return found;
}

let figures: Promise<Map<string, Figure>> | undefined;

/**
 * Every exercise figure by exercise slug. The first call parses each pose file
 * (src/schemas/figure.ts), checks the pose against the figure rules (src/lib/figure/validate.ts)
 * and fails the build naming the file, the key position and the rule; it fails too on an
 * exercise without a pose file and on a pose file whose name is no exercise's slug.
 */
export function getFigures(): Promise<Map<string, Figure>> {
  figures ??= Promise.all([getCollection('figures'), getExercises()]).then(async ([entries, exercises]) => {
    const gaps = findFigureGaps(asRecords(exercises), entries.map((entry) => entry.id));
    // Each pose file's problems, kept in the files' order: the schema's, or the figure rules'.
    const found = new Map<string, string[]>();
    const posed = new Map<string, Figure>();
    for (const entry of entries) {
      const parsed = figureSchema.safeParse(entry.data);
      if (parsed.success) posed.set(entry.id, parsed.data);
      else found.set(entry.id, describeIssues(`content/figures/${entry.id}.yaml`, parsed.error));
    }
    // In a build, a worker thread checks half of the figures meanwhile (src/build/figure-checks.ts).
    const broken = await checkFigures([...posed.values()], import.meta.env.DEV ? undefined : new URL(figureCheckWorker));
    [...posed.keys()].forEach((id, i) => {
      if (broken[i]!.length) found.set(id, [formatProblems(`content/figures/${id}.yaml`, broken[i]!)]);
    });
    const problems = [...gaps, ...entries.flatMap((entry) => found.get(entry.id) ?? [])];
    if (problems.length) throw new Error(`Exercise figures are missing or break the rules:\n${problems.join('\n')}`);
    return posed;
  });
  return figures;
}

/** An exercise's movement figure (getFigures has already failed the build on an exercise without one). */
export async function getFigure(slug: string): Promise<Figure> {
  const figure = (await getFigures()).get(slug);
  if (!figure) throw new Error(`No movement figure for "${slug}": it is not an exercise's slug (content/figures/ has one pose file per exercise)`);
  return figure;
}

let guideSections: Promise<Map<string, { slug: string; text: string }[]>> | undefined;

/** Each guide's `##` sections by guide slug: the heading's id and text, for links into a guide. */
export function getGuideSections(): Promise<Map<string, { slug: string; text: string }[]>> {
  guideSections ??= getGuides().then(
    async (guides) =>
      new Map(
        await Promise.all(
          guides.map(async (guide) => {
            const { headings } = await render(guide);
            return [guide.id, headings.filter((h) => h.depth === 2).map(({ slug, text }) => ({ slug, text }))] as const;
          }),
        ),
      ),
  );
  return guideSections;
}

let areas: Promise<[AreaId, BodyArea][]> | undefined;

/**
 * The body-area pages (src/data/body-areas.ts). The first call fails the build on an exercise or
 * a guide section that an area names and the site does not have.
 */
export function getAreas(): Promise<[AreaId, BodyArea][]> {
  areas ??= Promise.all([getExercises(), getGuideSections()]).then(([exercises, sections]) => {
    const ids = new Map([...sections].map(([guide, list]) => [guide, list.map((section) => section.slug)]));
    const problems = findAreaProblems(BODY_AREAS, new Set(exercises.map((e) => e.id)), ids);
    if (problems.length) throw new Error(`Body areas name pages that do not exist:\n${problems.join('\n')}`);
    return Object.entries(BODY_AREAS) as [AreaId, BodyArea][];
  });
  return areas;
}

/**
 * What search offers for the common exercises the library has no page for
 * (src/data/missing-exercises.ts); fails the build on one that an exercise page answers to.
 */
export async function getMissingOffers(): Promise<MissingOffer[]> {
  const records = asRecords(await getExercises());
  const conflicts = findMissingConflicts(MISSING_EXERCISES, records);
  if (conflicts.length) throw new Error(`Exercises listed as missing have a page:\n${conflicts.join('\n')}`);
  return missingOffers(MISSING_EXERCISES, records);
}

/** The browse pages of a dimension (src/lib/site-pages.ts): values some exercise has. */
export async function getBrowseItems<D extends BrowseDimension>(dimension: D): Promise<BrowseItem<D>[]> {
  return browseItems(asRecords(await getExercises()), dimension);
}

/** Every page of the site with what its preview card says (src/lib/site-pages.ts). */
export async function getSitePages() {
  const [exercises, guides, routines] = await Promise.all([getExercises(), getGuides(), getRoutines()]);
  return sitePages({
    exercises: asRecords(exercises),
    guides: guides.map((g) => ({ slug: g.id, title: g.data.title })),
    routines: routines.map((r) => ({
      slug: r.id,
      title: r.data.title,
      minutes: r.data.minutes,
      exerciseCount: r.data.exercises.length,
    })),
  });
}

let planCatalogue: Promise<PlanCatalogue> | undefined;

/**
 * The plan engine's catalogue (src/lib/plan/catalogue.ts), with its file's text and address
 * (src/lib/plan/catalogue-file.ts): /plan/ renders its starting plan from it and names the file,
 * which src/pages/plan/catalogue.[hash].json.ts writes.
 */
export function getPlanCatalogue(): Promise<PlanCatalogue> {
  planCatalogue ??= getExercises().then(async (exercises) => {
    const catalogue = toPlanCatalogue(exercises);
    return { catalogue, ...(await catalogueFile(catalogue)) };
  });
  return planCatalogue;
}

export { REFERENCES, LADDERS };
