/**
 * Equipment a movement figure can show (src/lib/figure/props.ts draws each at real size), named
 * in pose files (content/figures/*.yaml). Held weights hang from a hand; placed props stand in
 * the room.
 */
export const HELD_PROPS = ['dumbbell', 'kettlebell', 'barbell'] as const;
export const PLACED_PROPS = ['bench', 'box', 'step', 'mat', 'wall', 'pull-up-bar'] as const;

/**
 * How a held weight sits: `across` with its handle pointing at the viewer (seen end-on),
 * `upright` with its handle vertical (a goblet hold), `level` with its handle across the picture.
 */
export const HOLDS = ['across', 'upright', 'level'] as const;

export type HeldKind = (typeof HELD_PROPS)[number];
export type PlacedKind = (typeof PLACED_PROPS)[number];
export type Hold = (typeof HOLDS)[number];
