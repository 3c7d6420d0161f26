/**
 * The timer's sounds and buzzes, and when each plays, for a phone lying on the floor a couple of
 * metres away: 3-2-1 beeps before a countdown runs out, then a cue of its own for the start of
 * work, a change of side, the start of a rest and the end of the routine. Pure data and one
 * function; the <ss-routine-timer> element plays them with Web Audio (tones generated on the spot,
 * no sound files) and navigator.vibrate, and only after the reader has pressed Start, because
 * browsers let a page make sound only after a tap.
 *
 * The notes are our choice: the count a short mid beep, work a long high one, a side change two
 * quick high ones, rest two falling notes, and the end a rising run of three, so each can be told
 * apart without looking. Vibration follows the same rhythm.
 */
import { current, intervals, remainingMs, type TimerPlan, type TimerState } from './machine';

export type CueName = 'count' | 'work' | 'switch' | 'rest' | 'done';

/** One note: its pitch, when it starts after the cue begins and how long it lasts. */
export interface Tone {
  hz: number;
  atMs: number;
  ms: number;
}

export interface Cue {
  tones: readonly Tone[];
  /** A navigator.vibrate pattern: buzz, pause, buzz… in milliseconds. */
  vibrate: readonly number[];
}

export const CUES: Record<CueName, Cue> = {
  count: { tones: [{ hz: 880, atMs: 0, ms: 120 }], vibrate: [80] },
  work: { tones: [{ hz: 1320, atMs: 0, ms: 450 }], vibrate: [400] },
  switch: {
    tones: [
      { hz: 1320, atMs: 0, ms: 120 },
      { hz: 1320, atMs: 220, ms: 120 },
    ],
    vibrate: [120, 100, 120],
  },
  rest: {
    tones: [
      { hz: 660, atMs: 0, ms: 220 },
      { hz: 440, atMs: 260, ms: 380 },
    ],
    vibrate: [200, 120, 200],
  },
  done: {
    tones: [
      { hz: 660, atMs: 0, ms: 160 },
      { hz: 880, atMs: 190, ms: 160 },
      { hz: 1320, atMs: 380, ms: 600 },
    ],
    vibrate: [200, 100, 200, 100, 600],
  },
};

/** The beeps before a countdown ends, at these many seconds left (as the clock shows them). */
export const COUNT_FROM = [3, 2, 1] as const;

/**
 * The cue to play for a change of state, or undefined for none. At most one: a tick that jumps
 * several seconds (a tab coming back from the background) plays only where it lands, never a
 * burst of everything it passed. Pausing and resuming are silent; Back and Skip sound like the
 * interval they lead to.
 */
export function cueFor(plan: TimerPlan, before: TimerState, after: TimerState): CueName | undefined {
  if (after.phase === 'done') return before.phase === 'done' ? undefined : 'done';
  if (after.phase === 'idle') return undefined;
  const moved = before.phase !== after.phase || before.at !== after.at;
  const restarted = !moved && after.elapsedMs < before.elapsedMs;
  if (moved || restarted) {
    if (after.phase === 'rest') return 'rest';
    const previous = intervals(plan)[after.at - 1];
    const now = current(plan, after);
    const sameSet = previous?.kind === 'work' && previous.item === now.item && previous.set === now.set && previous.round === now.round;
    return moved && sameSet && after.at === before.at + 1 ? 'switch' : 'work';
  }
  if (!after.running) return undefined;
  const was = remainingMs(plan, before);
  const left = remainingMs(plan, after);
  if (was === undefined || left === undefined) return undefined;
  return COUNT_FROM.some((n) => was > n * 1000 && left <= n * 1000) ? 'count' : undefined;
}
