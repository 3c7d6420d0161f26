/**
 * Closed lists for the routine timer: what changes sides in a one-sided move, and how long to
 * rest between sets when a routine's sources give no figure.
 */

/** What a one-sided move switches, as the timer names it: "Left leg", "Right arm", "Left side". */
export const LIMBS = {
  leg: { label: 'leg' },
  arm: { label: 'arm' },
  side: { label: 'side' },
} as const;
export type LimbId = keyof typeof LIMBS;
export const limbIds = Object.keys(LIMBS) as [LimbId, ...LimbId[]];

/**
 * The rest a sets-and-reps routine's timer counts between sets, by the kind of work. No source
 * gives a rest time (DOMAIN.md §6.22), so every kind but `none` takes the site's own estimate that
 * the plan builder also uses (src/lib/plan/guidance.ts, REST_ESTIMATE_SECONDS), and the timer says so.
 */
export const restKindIds = ['none', 'light', 'moderate', 'heavy'] as const;
export type RestKind = (typeof restKindIds)[number];
