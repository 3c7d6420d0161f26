/**
 * What the timer remembers, and how it reads it back.
 *
 * - The reader's place in a routine, in sessionStorage under "ss-timer:<page path>", so a reload
 *   (a pull-to-refresh on a sweaty phone, a look at an exercise page and back) resumes mid-workout.
 *   Stored shape (version 1), as JSON:
 *     { "v": 1, "plan": "<fingerprint>", "phase": "work" | "rest", "at": 3, "elapsedMs": 12000 }
 *   `at` indexes the plan's intervals (machine.ts) and `plan` is a fingerprint of them, so a place
 *   saved against an older version of the routine is not applied to a changed one. Nothing is
 *   stored before Start or after the end. A later version that changes the shape bumps `v`;
 *   this version reads only `v: 1` and starts clean on anything else.
 * - Sound and vibration on or off, in localStorage under "ss-timer-sound": "on" or "off",
 *   for every routine and visit. Nothing saved means on.
 * A place comes back paused: the browser will not play the cues again until the reader taps, and
 * a paused clock is where they left it. Reading never throws; a value it cannot use gives a notice
 * for the panel and the defaults.
 */
import { intervals, type TimerPlan, type TimerState } from './machine';

export const SOUND_KEY = 'ss-timer-sound';
export const STATE_VERSION = 1;

/** The sessionStorage key for the timer on a page. */
export const stateKey = (path: string) => `ss-timer:${path}`;

/** A short, stable name for a plan's intervals (a 32-bit FNV-1a hash of them, in base 36). */
export function fingerprint(plan: TimerPlan): string {
  const text = JSON.stringify([intervals(plan), plan.items.map((it) => it.title)]);
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return (hash >>> 0).toString(36);
}

/** The stored text for a state; null when there is nothing worth keeping (before Start, after the end). */
export function serializeState(plan: TimerPlan, s: TimerState): string | null {
  if (s.phase !== 'work' && s.phase !== 'rest') return null;
  return JSON.stringify({ v: STATE_VERSION, plan: fingerprint(plan), phase: s.phase, at: s.at, elapsedMs: Math.floor(s.elapsedMs) });
}

export interface RestoredState {
  /** The place to show: the saved one, paused, or undefined to start clean. */
  state?: TimerState;
  /** What to tell the reader; empty when nothing was saved. */
  notice: string;
}

export const RESUMED = 'Picked up where you left off, paused. Press Resume to carry on.';
export const UNREADABLE = 'Your saved place in this routine could not be read, so the timer starts from the beginning.';
export const CHANGED = 'This routine has changed since your place was saved, so the timer starts from the beginning.';

const isObject = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);

/** Reads a stored place (null when none is saved) against the plan it must fit. */
export function parseState(plan: TimerPlan, text: string | null): RestoredState {
  if (text === null) return { notice: '' };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { notice: UNREADABLE };
  }
  if (!isObject(json) || json.v !== STATE_VERSION) return { notice: UNREADABLE };
  if (json.plan !== fingerprint(plan)) return { notice: typeof json.plan === 'string' ? CHANGED : UNREADABLE };
  const list = intervals(plan);
  const { phase, at, elapsedMs } = json;
  if (typeof at !== 'number' || !Number.isInteger(at) || at < 0 || at >= list.length) return { notice: UNREADABLE };
  const interval = list[at]!;
  const fits =
    phase === interval.kind &&
    typeof elapsedMs === 'number' &&
    Number.isFinite(elapsedMs) &&
    elapsedMs >= 0 &&
    (interval.ms === null || elapsedMs < interval.ms);
  if (!fits) return { notice: UNREADABLE };
  return { state: { phase: interval.kind, at, elapsedMs, running: false }, notice: RESUMED };
}

/** Reads the sound setting: muted or not, and a notice when the stored value made no sense. */
export function parseSound(text: string | null): { muted: boolean; notice: string } {
  if (text === null || text === 'on') return { muted: false, notice: '' };
  if (text === 'off') return { muted: true, notice: '' };
  return { muted: false, notice: 'Your sound setting could not be read, so sound and vibration are on.' };
}

export const serializeSound = (muted: boolean) => (muted ? 'off' : 'on');

type Store = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** Reads a key; null when nothing is saved or the storage is missing or blocked. */
export function readStored(store: Store | undefined, key: string): string | null {
  try {
    return store?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

/** Writes a key, or removes it for null; false when the storage is missing, full or blocked. */
export function writeStored(store: Store | undefined, key: string, value: string | null): boolean {
  try {
    if (!store) return false;
    if (value === null) store.removeItem(key);
    else store.setItem(key, value);
    return true;
  } catch {
    return false;
  }
}
