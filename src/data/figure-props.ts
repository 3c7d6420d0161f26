/**
 * Equipment a movement figure can show (src/lib/figure/props.ts draws each at real size), named
 * in pose files (content/figures/*.yaml). Held weights hang from a hand; placed props stand in
 * the room.
 */
export const HELD_PROPS = ['dumbbell', 'kettlebell', 'barbell'] as const;
export const PLACED_PROPS = ['bench', 'box', 'step', 'mat', 'wall', 'pull-up-bar', 'post', 'ball', 'slider', 'pad'] as const;

/** Placed props that may stand somewhere else at each key position: a stability ball rolls, sliders slide with the feet. */
export const MOVING_PROPS = ['ball', 'slider'] as const;

/** Placed props a band can be tied to: a post (or a rack upright or door anchor) at its `height`, a pull-up bar. */
export const TIE_PROPS = ['post', 'pull-up-bar'] as const;

/**
 * How a held weight sits: `across` with its handle pointing at the viewer (seen end-on),
 * `upright` with its handle vertical (a goblet hold), `level` with its handle across the picture;
 * `inline`, a kettlebell only, in line with the forearm, turning with it (a swing's bell floating
 * out on straight arms) instead of hanging straight down.
 */
export const HOLDS = ['across', 'upright', 'level', 'inline'] as const;

/**
 * How the loop plays: `alternate` runs the key positions forward, then back (a squat goes down
 * and comes up); `restart` runs them forward only, holds the last, then starts again (a jump or a
 * bound, which would look wrong played backwards).
 */
export const LOOPS = ['alternate', 'restart'] as const;

export type HeldKind = (typeof HELD_PROPS)[number];
export type PlacedKind = (typeof PLACED_PROPS)[number];
export type Hold = (typeof HOLDS)[number];
export type Loop = (typeof LOOPS)[number];
