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
  /** Other names people type into search ("RDL", "static lunge"); may be empty. */
  aliases: z.array(z.string().min(1)).default([]),
  /**
   * Hidden search words for which this page should come first, when a reader types a family word
   * ("calf") that several titles share. Not shown; weighted highest in the search index.
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
  /** How to dose it for each goal; a goal that does not suit the exercise is left out. */
  dosage: z
    .strictObject({
      strength: prescription.optional(),
      power: prescription.optional(),
      endurance: prescription.optional(),
    })
    .optional(),
});

export type ExerciseInput = z.input<typeof exerciseSchema>;
export type ExerciseData = z.output<typeof exerciseSchema>;
export type Modification = ExerciseData['modifications']['easier'][number];
