import { z } from 'astro/zod';
import { equipmentIds } from '../data/equipment';
import { levelIds, planeIds } from '../data/levels';
import { muscleIds } from '../data/muscles';
import { patternIds } from '../data/patterns';
import { shown, showValue } from './messages';

/** A slug of another exercise file (its file name without the extension); checked against the library at build. */
export const exerciseSlug = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: (issue) => `${shown(issue.input)} is not an exercise slug such as "goblet-squat"` });

/**
 * One rung up or down from this exercise. Frontmatter may give a plain string as shorthand
 * for `{ text }` when the option has no page of its own.
 */
const modification = z.union([
  z.string().min(1).transform((text) => ({ text, exercise: undefined })),
  z.object({
    /** What to change, in a few words ("Hold the dumbbells by your hips"). */
    text: z.string().min(1),
    /** The exercise page this option links to, when it has one. */
    exercise: exerciseSlug.optional(),
  }),
]);

/** A prescription for one training goal, e.g. "3 × 5 heavy, 2–3 min rest". */
const prescription = z.string().min(1);

export const exerciseSchema = z.strictObject({
  /** The name most runners know it by. */
  title: z.string().min(1),
  /** One sentence for cards, search results and the meta description. */
  summary: z.string().min(1).max(160, 'must be one sentence of at most 160 characters'),
  /**
   * Other names of this exercise as the page describes it, as a coach would say or write them
   * ("RDL", "static lunge"). Shown as "Also called" and weighted high in search; may be empty.
   */
  aliases: z
    .array(z.string().min(1).refine((name) => !name.includes(','), 'must not contain a comma (search lists the names separated by commas)'))
    .default([]),
  /**
   * What people type that should find this page but is not a name of it: misspellings
   * ("romainian deadlift"), plurals and spacing or hyphen variants ("pushups"), and close variants
   * done with other kit or another grip ("barbell row", "chin-up"). Not shown; a search field
   * (`terms`) ranked a little below the names, so those searches still land here.
   */
  searchTerms: z.array(z.string().min(1)).default([]),
  /**
   * Hidden search words for which this page should come first, when a reader types a family word
   * ("calf") that several titles share. Not shown; a search field (`boost`) ranked like the title.
   */
  searchBoost: z.array(z.string().min(1)).default([]),
  /** The movement pattern it trains; exactly one, from src/data/patterns.ts. */
  pattern: z.enum(patternIds, showValue),
  /** Everything needed to do it as written; `bodyweight` when nothing is. */
  equipment: z.array(z.enum(equipmentIds, showValue)).min(1, 'must list at least one item (use "bodyweight")'),
  /** The experience it assumes. */
  level: z.enum(levelIds, showValue),
  /** True when one side works at a time (single leg, single arm, split stance). */
  unilateral: z.boolean(showValue),
  /** The planes of motion it works in; at least one. */
  planes: z.array(z.enum(planeIds, showValue)).min(1),
  muscles: z.strictObject({
    /** The muscles doing most of the work; at least one. */
    primary: z.array(z.enum(muscleIds, showValue)).min(1, 'must name at least one primary muscle'),
    /** Muscles that assist or stabilise. */
    secondary: z.array(z.enum(muscleIds, showValue)).default([]),
  }),
  /** Short technique cues in the order you would think of them; at least three. */
  cues: z.array(z.string().min(1)).min(3, 'must have at least three cues'),
  /** Ways to make it easier and harder, each ordered nearest first. */
  modifications: z.strictObject({
    easier: z.array(modification).default([]),
    harder: z.array(modification).default([]),
  }),
  /** Faults to watch for, each with its fix. */
  mistakes: z.array(z.string().min(1)).default([]),
  /**
   * How to dose it, by kind of set; a kind that does not suit the exercise is left out. These are
   * the site's suggestions, in line with the rep schemes the guides report.
   */
  dosage: z
    .strictObject({
      /** Heavy, low-rep sets ("Build up to 5 sets of 4–6 reps"); shown as "Heavy sets". */
      strength: prescription.optional(),
      /** Fast, explosive reps with full recovery; shown as "Power". */
      power: prescription.optional(),
      /** Lighter sets of more reps, holds, warm-up sets or timed intervals; shown as "Lighter sets". */
      endurance: prescription.optional(),
    })
    .optional(),
});

export type ExerciseInput = z.input<typeof exerciseSchema>;
export type ExerciseData = z.output<typeof exerciseSchema>;
export type Modification = ExerciseData['modifications']['easier'][number];
