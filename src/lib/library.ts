/**
 * Indexes over the exercise library and the checks that keep it whole. Plain data in, plain
 * data out, so the same code serves the build (src/content.ts) and the unit tests.
 */
import { EQUIPMENT, type EquipmentId } from '../data/equipment';
import type { Ladder } from '../data/ladders';
import { LEVELS, type LevelId } from '../data/levels';
import { MUSCLES, type MuscleId } from '../data/muscles';
import { PATTERNS, type PatternId } from '../data/patterns';
import type { ExerciseData } from '../schemas/exercise';
import type { RoutineData } from '../schemas/routine';

export interface ExerciseRecord {
  slug: string;
  data: ExerciseData;
  /** The exercise's file from the project root (`content/exercises/<slug>.md`, or `.mdx`). */
  file?: string;
}

/** Where an exercise's file lives, for error messages that a writer can act on. */
export const exerciseFile = ({ slug, file }: ExerciseRecord) => file ?? `content/exercises/${slug}.md`;

/**
 * Every cross-reference that points at a missing exercise: modification links and ladder
 * rungs. Each message names the file and the field so the fix is obvious.
 */
export function findBrokenReferences(
  exercises: readonly ExerciseRecord[],
  ladders: readonly Ladder[],
): string[] {
  const known = new Set(exercises.map((e) => e.slug));
  const problems: string[] = [];
  for (const exercise of exercises) {
    const { slug, data } = exercise;
    for (const side of ['easier', 'harder'] as const) {
      data.modifications[side].forEach((mod, i) => {
        if (mod.exercise && !known.has(mod.exercise)) {
          problems.push(
            `${exerciseFile(exercise)}: modifications.${side}[${i}].exercise: no exercise "${mod.exercise}"`,
          );
        }
        if (mod.exercise === slug) {
          problems.push(`${exerciseFile(exercise)}: modifications.${side}[${i}].exercise: links to itself`);
        }
      });
    }
  }
  for (const ladder of ladders) {
    ladder.rungs.forEach((rung, i) => {
      if (!known.has(rung)) {
        problems.push(`src/data/ladders.ts: ladder "${ladder.id}" rungs[${i}]: no exercise "${rung}"`);
      }
    });
  }
  return problems;
}

const LEVEL_RANK = Object.fromEntries(Object.keys(LEVELS).map((id, i) => [id, i])) as Record<LevelId, number>;

/**
 * Every place where an exercise page and the ladders tell a reader different things. An "easier"
 * link must sit lower than the page on every ladder they share, a "harder" link higher, and the
 * two must share at least one ladder; a ladder's levels never fall as it climbs; and two ladders
 * never put the same pair in opposite orders. Each message names the file to change.
 */
export function findLadderDisagreements(
  exercises: readonly ExerciseRecord[],
  ladders: readonly Ladder[],
): string[] {
  const bySlug = new Map(exercises.map((e) => [e.slug, e]));
  const problems: string[] = [];
  for (const exercise of exercises) {
    for (const side of ['easier', 'harder'] as const) {
      exercise.data.modifications[side].forEach((mod, i) => {
        const target = mod.exercise;
        if (!target || target === exercise.slug || !bySlug.has(target)) return; // findBrokenReferences reports these
        const where = `${exerciseFile(exercise)}: modifications.${side}[${i}].exercise "${target}"`;
        const shared = ladders.filter((l) => l.rungs.includes(exercise.slug) && l.rungs.includes(target));
        if (shared.length === 0) {
          problems.push(
            `${where}: shares no ladder with "${exercise.slug}"; put both on one ladder in src/data/ladders.ts, or keep the option as text without a link`,
          );
        }
        for (const ladder of shared) {
          const below = ladder.rungs.indexOf(target) < ladder.rungs.indexOf(exercise.slug);
          if (below !== (side === 'easier')) {
            problems.push(
              `${where}: sits ${below ? 'below' : 'above'} "${exercise.slug}" on ladder "${ladder.id}" (src/data/ladders.ts), so it cannot be ${side}`,
            );
          }
        }
      });
    }
  }
  for (const ladder of ladders) {
    for (let i = 1; i < ladder.rungs.length; i++) {
      const lower = bySlug.get(ladder.rungs[i - 1]);
      const upper = bySlug.get(ladder.rungs[i]);
      if (lower && upper && LEVEL_RANK[upper.data.level] < LEVEL_RANK[lower.data.level]) {
        problems.push(
          `src/data/ladders.ts: ladder "${ladder.id}" rungs[${i}]: "${upper.slug}" (${upper.data.level}) comes after "${lower.slug}" (${lower.data.level}); reorder the rungs or fix the level in ${exerciseFile(upper)}`,
        );
      }
    }
  }
  const order = new Map<string, string>();
  for (const ladder of ladders) {
    ladder.rungs.forEach((a, i) =>
      ladder.rungs.slice(i + 1).forEach((b) => {
        const other = order.get(`${b} ${a}`);
        if (other) {
          problems.push(`src/data/ladders.ts: ladder "${ladder.id}" puts "${a}" below "${b}", ladder "${other}" the other way round`);
        }
        order.set(`${a} ${b}`, ladder.id);
      }),
    );
  }
  return problems;
}

export interface RoutineRecord {
  slug: string;
  data: Pick<RoutineData, 'equipment' | 'exercises'>;
}

/**
 * Where a routine's stated equipment and its exercises disagree: an exercise needs kit the routine
 * does not list, or the routine lists kit none of its exercises uses. `bodyweight` and `mat` need
 * no exercise to justify them. Exercises missing from the library are left to the slug check.
 */
export function findRoutineEquipmentGaps(
  routines: readonly RoutineRecord[],
  exercises: readonly ExerciseRecord[],
): string[] {
  const bySlug = new Map(exercises.map((e) => [e.slug, e]));
  const problems: string[] = [];
  for (const routine of routines) {
    const file = `content/routines/${routine.slug}.mdx`;
    const stated = new Set<EquipmentId>(routine.data.equipment);
    const used = new Set<EquipmentId>();
    routine.data.exercises.forEach((item, i) => {
      const exercise = bySlug.get(item.exercise);
      if (!exercise) return;
      for (const kit of exercise.data.equipment) {
        if (kit === 'bodyweight') continue;
        used.add(kit);
        if (!stated.has(kit)) {
          problems.push(`${file}: exercises[${i}] "${item.exercise}" needs ${kit}, which the routine's equipment does not list`);
        }
      }
    });
    for (const kit of stated) {
      if (kit !== 'bodyweight' && kit !== 'mat' && !used.has(kit)) {
        problems.push(`${file}: equipment lists ${kit}, but none of its exercises uses it`);
      }
    }
  }
  return problems;
}

/**
 * Routine lines that ask the timer to name a side (`side: leg`) on an exercise that works both
 * sides at once: the exercise's `unilateral` and the routine must agree.
 */
export function findRoutineSideErrors(routines: readonly RoutineRecord[], exercises: readonly ExerciseRecord[]): string[] {
  const bySlug = new Map(exercises.map((e) => [e.slug, e]));
  return routines.flatMap((routine) =>
    routine.data.exercises.flatMap((item, i) =>
      item.side && bySlug.get(item.exercise)?.data.unilateral === false
        ? [`content/routines/${routine.slug}.mdx: exercises[${i}].side: "${item.side}" on "${item.exercise}", which is not unilateral (both sides work at once)`]
        : [],
    ),
  );
}

/**
 * Exercises without a figure and figures without an exercise: every exercise page shows its
 * movement, so each exercise needs `content/figures/<slug>.yaml` and each pose file needs the
 * exercise it is named after. Each message names the file to add or rename.
 */
export function findFigureGaps(exercises: readonly ExerciseRecord[], posed: readonly string[]): string[] {
  const slugs = new Set(exercises.map((e) => e.slug));
  const figures = new Set(posed);
  return [
    ...exercises
      .filter((e) => !figures.has(e.slug))
      .map((e) => `${exerciseFile(e)}: no figure: add content/figures/${e.slug}.yaml with its key positions (README "Posing a new exercise")`),
    ...posed
      .filter((slug) => !slugs.has(slug))
      .map((slug) => `content/figures/${slug}.yaml: no exercise "${slug}" (expected content/exercises/${slug}.md): name the pose file after its exercise's slug`),
  ];
}

const byTitle = (a: ExerciseRecord, b: ExerciseRecord) => a.data.title.localeCompare(b.data.title);

/** Exercises grouped by pattern, in the order of src/data/patterns.ts, empty groups left out. */
export function groupByPattern(exercises: readonly ExerciseRecord[]) {
  return (Object.keys(PATTERNS) as PatternId[])
    .map((pattern) => ({
      pattern,
      label: PATTERNS[pattern].label,
      exercises: exercises.filter((e) => e.data.pattern === pattern).sort(byTitle),
    }))
    .filter((group) => group.exercises.length > 0);
}

/** Exercises that work a muscle, those where it is primary first. */
export function exercisesForMuscle(exercises: readonly ExerciseRecord[], muscle: MuscleId) {
  const primary = exercises.filter((e) => e.data.muscles.primary.includes(muscle)).sort(byTitle);
  const secondary = exercises
    .filter((e) => !e.data.muscles.primary.includes(muscle) && e.data.muscles.secondary.includes(muscle))
    .sort(byTitle);
  return { primary, secondary };
}

export function exercisesForEquipment(exercises: readonly ExerciseRecord[], item: EquipmentId) {
  return exercises.filter((e) => e.data.equipment.includes(item)).sort(byTitle);
}

export function exercisesForPattern(exercises: readonly ExerciseRecord[], pattern: PatternId) {
  return exercises.filter((e) => e.data.pattern === pattern).sort(byTitle);
}

/**
 * What the library's filters offer (the exercise index's and search's): for each facet the values
 * some exercise has, in the closed list's order, so no choice on its own gives an empty list.
 * `muscle` is a primary muscle, as on the exercise pages.
 */
export function facets(exercises: readonly ExerciseRecord[]) {
  const present = <Id extends string>(all: Record<Id, unknown>, pick: (e: ExerciseRecord) => readonly string[]) => {
    const used = new Set(exercises.flatMap(pick));
    return (Object.keys(all) as Id[]).filter((id) => used.has(id));
  };
  return {
    muscle: present(MUSCLES, (e) => e.data.muscles.primary),
    equipment: present(EQUIPMENT, (e) => e.data.equipment),
    pattern: present(PATTERNS, (e) => [e.data.pattern]),
    level: present(LEVELS, (e) => [e.data.level]),
  };
}

/** The ladders an exercise sits on, with its rung index, for the "where this fits" panel. */
export function laddersFor(slug: string, ladders: readonly Ladder[]) {
  return ladders
    .map((ladder) => ({ ladder, index: ladder.rungs.indexOf(slug) }))
    .filter((found) => found.index >= 0);
}

/**
 * The exercises an exercise's page names: its modification links and every rung of its ladders
 * (itself included, as the ladder marks it). The page gets only these titles, so what it is
 * given stays the same size however large the library grows.
 */
export function linkedSlugs(exercise: ExerciseRecord, ladders: readonly Ladder[]): string[] {
  const slugs = new Set<string>();
  for (const side of ['easier', 'harder'] as const) {
    for (const mod of exercise.data.modifications[side]) if (mod.exercise) slugs.add(mod.exercise);
  }
  for (const { ladder } of laddersFor(exercise.slug, ladders)) ladder.rungs.forEach((rung) => slugs.add(rung));
  return [...slugs];
}
