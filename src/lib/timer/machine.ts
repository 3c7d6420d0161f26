/**
 * The routine timer as a pure state machine: a state and an event in, the next state out. No DOM
 * and no clock of its own; the <ss-routine-timer> element feeds it `tick` events with the
 * milliseconds that passed, so tests (and Playwright's clock) can drive it to any moment without
 * waiting.
 *
 * A plan is a list of exercises done for a number of rounds; each exercise is done for a number of
 * sets, each set either timed (a countdown) or a set of reps that lasts until the reader taps Done,
 * with a rest after every set. The machine flattens that into one list of intervals (work, rest,
 * work…) and walks it. Two shapes cover every routine on the site:
 * - a timed circuit: one timed set of each exercise, rounds of the whole list. The only one in
 *   the sources is 40 s work, 20 s rest, 2 rounds (DOMAIN.md §4.2);
 * - sets and reps: one round, several sets of each exercise with a rest between them. No source
 *   gives a rest time (DOMAIN.md §6.22), so that rest is the site's estimate (./routine.ts).
 * The plan builder's session cards can drive the same machine with a plan of their own
 * (`TimerItem`s with `sets`, `reps` or `seconds`, and `rest`).
 *
 * The rest after the very last set is dropped, because nothing follows it; a rest of 0 means the
 * next set starts straight away. Everything else is our design, and the panel's help text
 * (./view.ts, `helpText`) says it in words:
 * - Skip ends a countdown as if its time had run out; on a set of reps, it passes over the set and
 *   the rest after it (there is nothing to recover from).
 * - Done ends a set of reps and starts its rest.
 * - Back restarts the set on screen, or during a rest the set just finished; pressed again within
 *   BACK_AGAIN_MS of a start, it goes to the set before. (Music players do the same with a track.)
 */
import type { LimbId } from '../../data/timer';

/** How one-sided work shares out the sides. */
export interface TimerSides {
  /** What changes side: "Left leg", "Right arm", "Left side". */
  limb: LimbId;
  /**
   * `round`: the first side in odd rounds, the other in even ones (needs an even number of rounds).
   * `set`: both sides in every set, one after the other; a timed set runs once per side.
   */
  by: 'round' | 'set';
}

export interface TimerItem {
  /** Exercise name as shown on the page. */
  title: string;
  /** Link to the exercise page. */
  href: string;
  /** The exercise's slug, written on the timer as `data-exercise` while it is on screen. */
  exercise?: string;
  /** Work time of a set (of each side, when sides go by set), in seconds; absent for a set of reps. */
  seconds?: number;
  /** What a set of reps asks for, as the routine writes it ("8–12 each leg"); shown instead of a clock. */
  reps?: string;
  /** Rest after each set, in seconds; 0 for none. */
  rest: number;
  /** Sets of this exercise in a row; 1 when absent. */
  sets?: number;
  /** True when `sets` is the top of a range ("2–3", "Build up to 5"), so fewer is fine. */
  setsUpTo?: boolean;
  /** For a one-sided move: which side works when. Absent when both work, or sides alternate within a set. */
  sides?: TimerSides;
}

export interface TimerPlan {
  items: readonly TimerItem[];
  /** How many times the whole list is done. */
  rounds: number;
}

/** One stretch of the routine: a set (or one side of it), or a rest. */
export interface Interval {
  kind: 'work' | 'rest';
  /** Index into the plan's items: the exercise worked, or during rest the one just done. */
  item: number;
  /** Round, counted from 1. */
  round: number;
  /** Set of this exercise, counted from 1. */
  set: number;
  /** The side working, when the move is one-sided; `each` for a set of reps done on both sides. */
  side?: { limb: LimbId; which: 'left' | 'right' | 'each' };
  /** Length in milliseconds; null for a set of reps, which ends when the reader says so. */
  ms: number | null;
}

export type TimerPhase = 'idle' | 'work' | 'rest' | 'done';

export interface TimerState {
  phase: TimerPhase;
  /** Index into `intervals(plan)`: the interval under way (idle: the first; done: the last). */
  at: number;
  /** Time spent in this interval, in milliseconds. */
  elapsedMs: number;
  /** True while the clock runs; false when idle, paused or done. */
  running: boolean;
}

export type TimerEvent =
  | { type: 'start' }
  | { type: 'pause' }
  | { type: 'resume' }
  | { type: 'tick'; elapsedMs: number }
  | { type: 'skip' }
  | { type: 'done' }
  | { type: 'back' }
  | { type: 'reset' };

/** Back within this long of an interval's start goes to the set before instead of restarting. */
export const BACK_AGAIN_MS = 3000;

const isCount = (n: number | undefined, min: number) => n === undefined || (Number.isInteger(n) && n >= min);

function itemProblem(it: TimerItem, plan: TimerPlan): string {
  if (it.seconds !== undefined && !(it.seconds > 0 && Number.isFinite(it.seconds))) return 'seconds must be more than 0';
  if (it.seconds === undefined && !it.reps?.trim()) return 'needs seconds or reps';
  if (!(it.rest >= 0) || !Number.isFinite(it.rest)) return 'rest must be 0 or more';
  if (!isCount(it.sets, 1)) return `sets must be a whole number of at least 1, not ${it.sets}`;
  if (it.sides?.by === 'round' && plan.rounds % 2) {
    return `sides that change by round need an even number of rounds, not ${plan.rounds}`;
  }
  return '';
}

/** Throws on a plan the timer cannot follow, so bad routine data fails the build, not the page. */
export function checkPlan(plan: TimerPlan): TimerPlan {
  const problem =
    plan.items.length === 0
      ? 'needs at least one exercise'
      : !isCount(plan.rounds, 1)
        ? `rounds must be a whole number of at least 1, not ${plan.rounds}`
        : plan.items.map((it, i) => itemProblem(it, plan) && `items[${i}] (${it.title}): ${itemProblem(it, plan)}`).find(Boolean);
  if (problem) throw new RangeError(`Routine timer: ${problem}`);
  return plan;
}

function sidesOf(it: TimerItem, round: number): Interval['side'][] {
  if (!it.sides) return [undefined];
  const { limb, by } = it.sides;
  if (by === 'round') return [{ limb, which: round % 2 ? 'left' : 'right' }];
  if (it.seconds === undefined) return [{ limb, which: 'each' }];
  return [
    { limb, which: 'left' },
    { limb, which: 'right' },
  ];
}

function compile(plan: TimerPlan): Interval[] {
  checkPlan(plan);
  const list: Interval[] = [];
  for (let round = 1; round <= plan.rounds; round++) {
    plan.items.forEach((it, item) => {
      for (let set = 1; set <= (it.sets ?? 1); set++) {
        for (const side of sidesOf(it, round)) {
          list.push({ kind: 'work', item, round, set, ...(side && { side }), ms: it.seconds === undefined ? null : it.seconds * 1000 });
        }
        if (it.rest > 0) list.push({ kind: 'rest', item, round, set, ms: it.rest * 1000 });
      }
    });
  }
  if (list[list.length - 1]!.kind === 'rest') list.pop();
  return list;
}

const compiled = new WeakMap<TimerPlan, Interval[]>();

/** The plan as the list of intervals the timer walks through (checked, and worked out once per plan). */
export function intervals(plan: TimerPlan): readonly Interval[] {
  let list = compiled.get(plan);
  if (!list) compiled.set(plan, (list = compile(plan)));
  return list;
}

/** The interval a state is in. */
export const current = (plan: TimerPlan, s: TimerState): Interval => intervals(plan)[s.at]!;

/** Time left in a countdown, in milliseconds; undefined during a set of reps. */
export function remainingMs(plan: TimerPlan, s: TimerState): number | undefined {
  if (s.phase === 'done') return 0;
  const { ms } = current(plan, s);
  return ms === null ? undefined : ms - s.elapsedMs;
}

const enter = (plan: TimerPlan, at: number, running: boolean, elapsedMs = 0): TimerState => {
  const list = intervals(plan);
  if (at >= list.length) return { phase: 'done', at: list.length - 1, elapsedMs: 0, running: false };
  return { phase: list[at]!.kind, at, elapsedMs, running };
};

/** Before Start: the first interval, no time gone, not running. */
export const initialState = (plan: TimerPlan): TimerState => ({ ...enter(plan, 0, false), phase: 'idle' });

/** The index of the next work interval after `at`, or the list's length when none follows. */
function nextWork(plan: TimerPlan, at: number): number {
  const list = intervals(plan);
  let i = at + 1;
  while (i < list.length && list[i]!.kind !== 'work') i++;
  return i;
}

/** The index of the last work interval before `at`, or undefined when none comes before. */
function previousWork(plan: TimerPlan, at: number): number | undefined {
  const list = intervals(plan);
  for (let i = at - 1; i >= 0; i--) if (list[i]!.kind === 'work') return i;
  return undefined;
}

function back(plan: TimerPlan, s: TimerState): TimerState {
  switch (s.phase) {
    case 'idle':
      return s;
    case 'done':
      // Nothing is running after the end; come back paused so the reader chooses when to go.
      return enter(plan, previousWork(plan, intervals(plan).length)!, false);
    case 'rest':
      return enter(plan, previousWork(plan, s.at)!, s.running);
    case 'work':
      if (s.elapsedMs >= BACK_AGAIN_MS) return enter(plan, s.at, s.running);
      return enter(plan, previousWork(plan, s.at) ?? s.at, s.running);
  }
}

/** The next state. Events that make no sense in a state (pause when idle) change nothing. */
export function step(plan: TimerPlan, s: TimerState, event: TimerEvent): TimerState {
  const active = s.phase === 'work' || s.phase === 'rest';
  const open = active && current(plan, s).ms === null;
  switch (event.type) {
    case 'start':
      return s.phase === 'idle' || s.phase === 'done' ? enter(plan, 0, true) : s;
    case 'pause':
      return active && s.running ? { ...s, running: false } : s;
    case 'resume':
      return active && !s.running ? { ...s, running: true } : s;
    case 'skip':
      if (!active) return s;
      return enter(plan, open ? nextWork(plan, s.at) : s.at + 1, s.running);
    case 'done':
      return open ? enter(plan, s.at + 1, s.running) : s;
    case 'back':
      return back(plan, s);
    case 'reset':
      return initialState(plan);
    case 'tick': {
      const { elapsedMs } = event;
      if (!s.running || !(elapsedMs > 0) || !Number.isFinite(elapsedMs)) return s;
      // A long tick (a background tab, a fast-forwarded clock) carries over into later intervals,
      // up to a set of reps, which waits for the reader.
      let next: TimerState = { ...s, elapsedMs: s.elapsedMs + elapsedMs };
      let ms = current(plan, next).ms;
      while (next.phase !== 'done' && ms !== null && next.elapsedMs >= ms) {
        next = enter(plan, next.at + 1, true, next.elapsedMs - ms);
        ms = next.phase === 'done' ? null : current(plan, next).ms;
      }
      return next;
    }
  }
}

/** The work interval after the one in focus (during rest: after the one coming up); undefined at the end. */
export function upNext(plan: TimerPlan, s: TimerState): Interval | undefined {
  if (s.phase === 'done') return undefined;
  const focus = s.phase === 'rest' ? nextWork(plan, s.at) : s.at;
  return intervals(plan)[nextWork(plan, focus)];
}

/**
 * The work interval the reader should look at: the one under way, or during rest the one coming
 * up; undefined once done.
 */
export function inFocus(plan: TimerPlan, s: TimerState): Interval | undefined {
  if (s.phase === 'done') return undefined;
  return intervals(plan)[s.phase === 'rest' ? nextWork(plan, s.at) : s.at];
}

/** The whole routine from the first interval to the last, in seconds; undefined when it has sets of reps. */
export function totalSeconds(plan: TimerPlan): number | undefined {
  const list = intervals(plan);
  if (list.some((i) => i.ms === null)) return undefined;
  return list.reduce((sum, i) => sum + i.ms!, 0) / 1000;
}
