/**
 * The library's nearest pages to an exercise it has no page for (src/data/missing-exercises.ts),
 * worked out at build time so the search page can offer them without downloading the library.
 * The list it writes has a fixed size, whatever the size of the library.
 *
 * Nearest means: the same movement pattern first, then the most of the same main muscles, then the
 * fewest main muscles it does not share, then the closest level. Only exercises that work at least
 * one of its muscles are offered, so "these work the same muscles" is always true.
 */
import { LEVELS, type LevelId } from '../data/levels';
import type { MissingExercise } from '../data/missing-exercises';
import { MUSCLES } from '../data/muscles';
import { PATTERNS } from '../data/patterns';
import { stillHref } from './figure/file';
import { exerciseFile, facets, type ExerciseRecord } from './library';
import { normalizeName, type MissingOffer } from './search';

/** How many exercises an offer lists, before the pattern and muscle pages. */
export const NEAREST_COUNT = 3;

const LEVEL_RANK = Object.fromEntries(Object.keys(LEVELS).map((id, i) => [id, i])) as Record<LevelId, number>;

/** How near an exercise is to a missing one; undefined when it works none of its muscles. */
export function nearness(missing: MissingExercise, { data }: ExerciseRecord): number | undefined {
  const primary = new Set<string>(data.muscles.primary);
  const secondary = new Set<string>(data.muscles.secondary);
  const wanted = new Set<string>(missing.muscles);
  const shared = missing.muscles.filter((m) => primary.has(m)).length;
  const helping = missing.muscles.filter((m) => secondary.has(m)).length;
  if (shared + helping === 0) return undefined;
  const extra = [...primary].filter((m) => !wanted.has(m)).length;
  const samePattern = missing.pattern === data.pattern ? 4 : 0;
  return samePattern + 2 * shared + helping - extra - 0.5 * Math.abs(LEVEL_RANK[data.level] - LEVEL_RANK[missing.level]);
}

const listed = (words: readonly string[]) =>
  words.length <= 1 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} and ${words.at(-1)}`;

/** What the offer says under a nearest exercise: its pattern and the muscles it shares. */
function note(missing: MissingExercise, { data }: ExerciseRecord): string {
  const worked = missing.muscles.filter((m) => data.muscles.primary.includes(m) || data.muscles.secondary.includes(m));
  return `${PATTERNS[data.pattern].label}; works the ${listed(worked.map((m) => MUSCLES[m].label.toLowerCase()))}.`;
}

/** The exercises nearest to a missing one, nearest first, at most `count`. */
export function nearestExercises(missing: MissingExercise, records: readonly ExerciseRecord[], count = NEAREST_COUNT): ExerciseRecord[] {
  return records
    .map((record) => ({ record, score: nearness(missing, record) }))
    .filter((scored): scored is { record: ExerciseRecord; score: number } => scored.score !== undefined)
    .sort((a, b) => b.score - a.score || a.record.data.title.localeCompare(b.record.data.title))
    .slice(0, count)
    .map(({ record }) => record);
}

/** What the search page offers for each missing exercise: its names and its nearest pages. */
export function missingOffers(list: Readonly<Record<string, MissingExercise>>, records: readonly ExerciseRecord[]): MissingOffer[] {
  const offered = facets(records);
  return Object.values(list).map((missing) => {
    const exercises = nearestExercises(missing, records).map((record) => ({
      href: `/exercises/${record.slug}/`,
      title: record.data.title,
      kind: 'Exercise',
      note: note(missing, record),
      figure: stillHref(record.slug),
    }));
    const pattern = missing.pattern && offered.pattern.includes(missing.pattern)
      ? [{ href: `/patterns/${missing.pattern}/`, title: PATTERNS[missing.pattern].label, kind: 'Movement pattern', note: 'Every exercise of this pattern, easiest first.' }]
      : [];
    const muscles = missing.muscles
      .filter((m) => offered.muscle.includes(m))
      .slice(0, 2)
      .map((m) => ({ href: `/muscles/${m}/`, title: MUSCLES[m].label, kind: 'Muscle', note: `Every exercise that works the ${MUSCLES[m].label.toLowerCase()}.` }));
    const keys = [...new Set([missing.name, ...missing.names].map(normalizeName))];
    return { name: missing.name, keys, pages: [...exercises, ...pattern, ...muscles] };
  });
}

/**
 * Names on the list that an exercise page answers to (its title, an alias or a search term), each
 * naming both files: such an exercise has a page, so it must leave the list.
 */
export function findMissingConflicts(list: Readonly<Record<string, MissingExercise>>, records: readonly ExerciseRecord[]): string[] {
  const pages = new Map<string, ExerciseRecord>();
  for (const record of records) {
    for (const name of [record.data.title, ...record.data.aliases, ...record.data.searchTerms]) pages.set(normalizeName(name), record);
  }
  const problems: string[] = [];
  for (const [id, missing] of Object.entries(list)) {
    for (const name of [missing.name, ...missing.names]) {
      const page = pages.get(normalizeName(name));
      if (page) problems.push(`src/data/missing-exercises.ts: "${id}" lists "${name}", which ${exerciseFile(page)} answers to; take it off the list`);
    }
  }
  return problems;
}
