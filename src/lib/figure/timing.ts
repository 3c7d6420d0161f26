/**
 * When each loop reaches each key position, as src/styles/figure.css plays it (a unit test holds
 * the two together): per loop and number of positions, the loop's length and the keyframe stops,
 * in % of one run, where it leaves the first position, passes the middle ones and reaches the
 * last. An `alternate` loop runs forward then back, pausing at both ends; a `restart` loop runs
 * forward, holds the last position longer (a landing to read), then starts again.
 */
import type { Loop } from '../../data/figure-props';

export interface Timing {
  /** One run through the positions, in seconds (an `alternate` loop takes two: forward and back). */
  seconds: number;
  /** Keyframe stops in % of a run: one per position. */
  stops: readonly number[];
}

export const TIMING: Readonly<Record<Loop, Readonly<Record<number, Timing>>>> = {
  alternate: {
    2: { seconds: 3.2, stops: [15, 85] },
    3: { seconds: 4, stops: [12, 50, 88] },
    4: { seconds: 5, stops: [10, 37, 63, 90] },
    5: { seconds: 5.5, stops: [9, 30, 50, 70, 91] },
    6: { seconds: 6, stops: [8, 25, 42, 58, 75, 92] },
  },
  restart: {
    2: { seconds: 3, stops: [10, 75] },
    3: { seconds: 3.4, stops: [8, 43, 78] },
    4: { seconds: 3.8, stops: [8, 31, 55, 78] },
    5: { seconds: 4.2, stops: [8, 26, 44, 62, 80] },
    6: { seconds: 4.6, stops: [8, 22, 37, 51, 66, 80] },
  },
};

/** Seconds into the loop at which it is halfway through each move: where the contact sheet stops it. */
export function halfwayTimes(loop: Loop, positions: number): number[] {
  const { seconds, stops } = TIMING[loop][positions];
  return stops.slice(1).map((stop, i) => (((stops[i] + stop) / 2) * seconds) / 100);
}

/**
 * What the contact sheet writes under each halfway frame: the key positions the page shows on
 * either side of it ("Start → Step"), never a passing frame's label; where passing frames split
 * one move into parts, which part ("Start → Step, 1 of 2").
 */
export function halfwayLabels(positions: readonly { label: string; passing: boolean }[]): string[] {
  const labels: string[] = [];
  let from = 0;
  positions.forEach((p, i) => {
    if (i === 0 || p.passing) return;
    const move = `${positions[from].label} → ${p.label}`;
    const parts = i - from;
    for (let part = 1; part <= parts; part++) labels.push(parts === 1 ? move : `${move}, ${part} of ${parts}`);
    from = i;
  });
  return labels;
}
