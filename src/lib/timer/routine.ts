/**
 * A routine's timer plan, from its frontmatter (src/schemas/routine.ts): every routine gets the
 * timer that fits it.
 * - `timed` routines are circuits: each line's work and rest seconds, for the routine's rounds.
 * - `sets` routines count sets and rest between them: a line with `seconds` is a timed hold, any
 *   other a set of reps that lasts until the reader taps Done. The rest is the line's own `rest`
 *   when it has one, otherwise the routine's `restBetweenSets`, the site's estimate (no source gives
 *   a rest time, DOMAIN.md §6.22; the seconds are the plan builder's, src/lib/plan/guidance.ts).
 * A one-sided line (`side`) changes side by round in a circuit of an even number of rounds (one
 * leg in round 1, the other in round 2, as the nine-move circuit suggests); otherwise every set
 * works both sides, a timed one once per side.
 */
import type { LimbId, RestKind } from '../../data/timer';
import { formatSeconds } from '../format';
import { REST_ESTIMATE_SECONDS } from '../plan/guidance';
import { checkPlan, type TimerItem, type TimerPlan } from './machine';

/** The parts of a routine the timer reads; src/schemas/routine.ts documents each. */
export interface RoutineForTimer {
  format: 'sets' | 'timed';
  rounds: number;
  restBetweenSets?: RestKind;
  exercises: readonly {
    exercise: string;
    sets?: string;
    reps?: string;
    seconds?: number;
    rest?: number;
    side?: LimbId;
  }[];
}

/**
 * How many sets a line asks for, from the words the routine uses: "3" → 3; "2–3" → up to 3;
 * "Build up to 5" → up to 5. The timer counts the most, and the reader can skip the rest.
 */
export function parseSets(text: string | undefined): { sets: number; upTo: boolean } {
  if (text === undefined) return { sets: 1, upTo: false };
  const numbers = (text.match(/\d+/g) ?? []).map(Number);
  if (!numbers.length || numbers.some((n) => n < 1)) throw new RangeError(`sets "${text}" needs a number of at least 1, as in "3" or "2–3"`);
  return { sets: Math.max(...numbers), upTo: numbers.length > 1 || /\bup to\b/i.test(text) };
}

/** The rest between sets for a kind of work, in seconds (0 for `none`). */
export const restSeconds = (kind: RestKind): number => (kind === 'none' ? 0 : REST_ESTIMATE_SECONDS[kind].value);

/** The timer plan for a routine; `titles` maps exercise slugs to names. Throws on data it cannot time. */
export function routineTimerPlan(routine: RoutineForTimer, titles: Record<string, string>): TimerPlan {
  const byRound = routine.format === 'timed' && routine.rounds % 2 === 0;
  const fallbackRest = routine.format === 'sets' ? restSeconds(routine.restBetweenSets ?? 'moderate') : 0;
  const items = routine.exercises.map((line, i): TimerItem => {
    const where = `exercises[${i}] (${line.exercise})`;
    if (routine.format === 'timed' && line.seconds === undefined) throw new RangeError(`${where}: a timed routine needs seconds on every line`);
    let sets;
    try {
      sets = parseSets(line.sets);
    } catch (error) {
      throw new RangeError(`${where}: ${(error as Error).message}`);
    }
    return {
      title: titles[line.exercise] ?? line.exercise,
      href: `/exercises/${line.exercise}/`,
      exercise: line.exercise,
      ...(line.seconds !== undefined ? { seconds: line.seconds } : { reps: line.reps ?? '' }),
      rest: line.rest ?? fallbackRest,
      ...(sets.sets > 1 && { sets: sets.sets, setsUpTo: sets.upTo }),
      ...(line.side && { sides: { limb: line.side, by: byRound ? 'round' : 'set' } }),
    };
  });
  return checkPlan({ items, rounds: routine.rounds });
}

/** What the rest between sets is and where it comes from, for the panel; empty for a circuit. */
export function restNote(routine: RoutineForTimer): string {
  if (routine.format !== 'sets') return '';
  const kind = routine.restBetweenSets ?? 'moderate';
  if (kind === 'none') return 'No rest between moves.';
  return `Rest between sets: ${formatSeconds(restSeconds(kind))}, our estimate, as no source gives a figure. Skip it or pause as you need.`;
}
