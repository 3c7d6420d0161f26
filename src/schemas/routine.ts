import { z } from 'astro/zod';
import { equipmentIds } from '../data/equipment';
import { limbIds, restKindIds } from '../data/timer';
import { exerciseSlug } from './exercise';
import { shown, showValue } from './messages';

/** One line of a routine: an exercise with either reps or a time. */
const routineItem = z
  .strictObject({
    /** Slug of the exercise page. */
    exercise: exerciseSlug,
    /** Working sets (rounds for circuits are set on the routine). */
    sets: z.string().optional(),
    /** Reps per set, as a number or range ("6", "4–6", "8 each side"). */
    reps: z.string().optional(),
    /** Work time in seconds, for timed formats. */
    seconds: z.number(showValue).int().positive().optional(),
    /** Rest after each set or interval, in seconds; omit when the sources give no figure. */
    rest: z.number(showValue).int().nonnegative().optional(),
    /** A short note shown beside the line ("one side per round"). */
    note: z.string().optional(),
    /**
     * For a one-sided move, what the timer names as it changes sides ("Left leg"): in a circuit of
     * an even number of rounds, one side in odd rounds and the other in even ones; otherwise both
     * sides in every set, a timed set once per side. Leave it out where sides alternate within a
     * set (a walking lunge). The exercise must be `unilateral`.
     */
    side: z.enum(limbIds, showValue).optional(),
  })
  .refine((item) => item.reps !== undefined || item.seconds !== undefined, {
    message: 'needs reps or seconds',
  });

export const routineSchema = z.strictObject({
  title: z.string().min(1),
  /** One sentence for the routines index and the meta description. */
  summary: z.string().min(1).max(160),
  /** Position on /routines/ (1 first). */
  order: z.number(showValue).int().positive(),
  /** Who it suits, in one phrase. */
  audience: z.string().min(1),
  /** What you need to do it. */
  equipment: z.array(z.enum(equipmentIds, showValue)).min(1),
  /** Typical session length in minutes, warm-up included. */
  minutes: z.number(showValue).int().positive(),
  /** How often, in words ("1–2 times a week for 3–4 weeks"). */
  frequency: z.string().min(1),
  /** `sets` for straight sets, `timed` for work/rest intervals that the timer can follow. */
  format: z.enum(['sets', 'timed'], showValue),
  /** Rounds of the whole list, for timed circuits. */
  rounds: z.number(showValue).int().positive().default(1),
  /**
   * For `sets` routines: the rest the timer counts between sets, by the kind of work (`none`,
   * `light`, `moderate`, `heavy`). No source gives a rest time, so the seconds are the site's
   * estimate (src/lib/timer/routine.ts) and the timer says so; a line's own `rest` wins.
   */
  restBetweenSets: z.enum(restKindIds, showValue).optional(),
  /** The exercises in order. */
  exercises: z.array(routineItem).min(1),
}).superRefine((routine, ctx) => {
  const sets = routine.format === 'sets';
  if (sets === (routine.restBetweenSets === undefined)) {
    ctx.addIssue({
      code: 'custom',
      path: ['restBetweenSets'],
      message: sets
        ? `a sets routine needs one of ${restKindIds.map((k) => `"${k}"`).join('|')}, for its timer's rest between sets`
        : `a timed routine takes its rest from each line's "rest"; remove restBetweenSets (${shown(routine.restBetweenSets)})`,
    });
  }
});

export type RoutineData = z.output<typeof routineSchema>;
