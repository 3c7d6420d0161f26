/**
 * The follow-along timer for timed routines, as a pure state machine: a state and an event in,
 * the next state out. No DOM and no clock of its own; the <ss-routine-timer> element feeds it
 * `tick` events with the milliseconds that passed, so tests (and Playwright's clock) can drive it
 * to any moment without waiting.
 *
 * Where the rules come from: the only timed routine in the sources is a circuit of work and rest
 * intervals repeated for a number of rounds (DOMAIN.md §4.2: 40 s work, 20 s rest, 2 rounds).
 * The rest after the very last interval is dropped, because nothing follows it. A rest of 0 means
 * the next exercise starts straight away. Everything else (what Skip and Back do) is our design:
 * Skip ends the current interval as if its time had run out; Back returns to the start of the
 * exercise being rested after, or during work to the exercise before it.
 */

export interface TimerItem {
  /** Exercise name as shown on the page. */
  title: string;
  /** Link to the exercise page. */
  href: string;
  /** Work time in seconds. */
  seconds: number;
  /** Rest after the work, in seconds; 0 for none. */
  rest: number;
}

export interface TimerPlan {
  items: readonly TimerItem[];
  /** How many times the whole list is done. */
  rounds: number;
}

export type TimerPhase = 'idle' | 'work' | 'rest' | 'done';

export interface TimerState {
  phase: TimerPhase;
  /** Index into `items`: the exercise being worked, or the one just finished during rest. */
  item: number;
  /** Round, counted from 1. */
  round: number;
  /** Time left in the current interval, in milliseconds. */
  remainingMs: number;
  /** True while the clock runs; false when idle, paused or done. */
  running: boolean;
}

export type TimerEvent =
  | { type: 'start' }
  | { type: 'pause' }
  | { type: 'resume' }
  | { type: 'tick'; elapsedMs: number }
  | { type: 'skip' }
  | { type: 'back' }
  | { type: 'reset' };

/** Throws on a plan the timer cannot follow, so bad routine data fails the build, not the page. */
export function checkPlan(plan: TimerPlan): TimerPlan {
  const problem =
    plan.items.length === 0
      ? 'needs at least one exercise'
      : !Number.isInteger(plan.rounds) || plan.rounds < 1
        ? `rounds must be a whole number of at least 1, not ${plan.rounds}`
        : plan.items
            .map((it, i) =>
              !(it.seconds > 0) || !Number.isFinite(it.seconds)
                ? `items[${i}] (${it.title}): seconds must be more than 0`
                : !(it.rest >= 0) || !Number.isFinite(it.rest)
                  ? `items[${i}] (${it.title}): rest must be 0 or more`
                  : '',
            )
            .find(Boolean);
  if (problem) throw new RangeError(`Routine timer: ${problem}`);
  return plan;
}

const work = (plan: TimerPlan, item: number, round: number, running: boolean): TimerState => ({
  phase: 'work',
  item,
  round,
  remainingMs: plan.items[item]!.seconds * 1000,
  running,
});

const isLast = (plan: TimerPlan, s: TimerState) =>
  s.item === plan.items.length - 1 && s.round === plan.rounds;

/** Before Start: the first exercise, full time, not running. */
export const initialState = (plan: TimerPlan): TimerState => ({
  ...work(checkPlan(plan), 0, 1, false),
  phase: 'idle',
});

/** The interval after the current one, as if its time had run out. */
function advance(plan: TimerPlan, s: TimerState): TimerState {
  if (s.phase === 'work') {
    if (isLast(plan, s)) return { ...s, phase: 'done', remainingMs: 0, running: false };
    const rest = plan.items[s.item]!.rest;
    if (rest > 0) return { ...s, phase: 'rest', remainingMs: rest * 1000 };
  }
  const wrap = s.item === plan.items.length - 1;
  return work(plan, wrap ? 0 : s.item + 1, wrap ? s.round + 1 : s.round, s.running);
}

function back(plan: TimerPlan, s: TimerState): TimerState {
  switch (s.phase) {
    case 'idle':
      return s;
    case 'rest':
      return work(plan, s.item, s.round, s.running);
    case 'done':
      // Nothing is running after the end; come back paused so the reader chooses when to go.
      return work(plan, plan.items.length - 1, plan.rounds, false);
    case 'work':
      if (s.item > 0) return work(plan, s.item - 1, s.round, s.running);
      if (s.round > 1) return work(plan, plan.items.length - 1, s.round - 1, s.running);
      return work(plan, 0, 1, s.running);
  }
}

/** The next state. Events that make no sense in a state (pause when idle) change nothing. */
export function step(plan: TimerPlan, s: TimerState, event: TimerEvent): TimerState {
  const active = s.phase === 'work' || s.phase === 'rest';
  switch (event.type) {
    case 'start':
      return s.phase === 'idle' || s.phase === 'done' ? work(plan, 0, 1, true) : s;
    case 'pause':
      return active && s.running ? { ...s, running: false } : s;
    case 'resume':
      return active && !s.running ? { ...s, running: true } : s;
    case 'skip':
      return active ? advance(plan, s) : s;
    case 'back':
      return back(plan, s);
    case 'reset':
      return initialState(plan);
    case 'tick': {
      const { elapsedMs } = event;
      if (!s.running || !(elapsedMs > 0) || !Number.isFinite(elapsedMs)) return s;
      // A long tick (a background tab, a fast-forwarded clock) carries over into later intervals.
      let next: TimerState = { ...s, remainingMs: s.remainingMs - elapsedMs };
      while (next.phase !== 'done' && next.remainingMs <= 0) {
        const overrun = -next.remainingMs;
        next = advance(plan, next);
        if (next.phase !== 'done') next = { ...next, remainingMs: next.remainingMs - overrun };
      }
      return next;
    }
  }
}

/** The exercise after the current one, for "Next: …"; undefined when nothing follows. */
export function upNext(plan: TimerPlan, s: TimerState): { item: TimerItem; round: number } | undefined {
  if (s.phase === 'done' || isLast(plan, s)) return undefined;
  const wrap = s.item === plan.items.length - 1;
  return { item: plan.items[wrap ? 0 : s.item + 1]!, round: wrap ? s.round + 1 : s.round };
}

/** Whole routine from the first interval to the last, in seconds (the final rest is not run). */
export function totalSeconds(plan: TimerPlan): number {
  const perRound = plan.items.reduce((sum, it) => sum + it.seconds + it.rest, 0);
  return perRound * plan.rounds - plan.items[plan.items.length - 1]!.rest;
}

/** Countdown text: whole seconds rounded up, so "0:01" shows until the interval really ends. */
export function formatClock(ms: number): string {
  const secs = Math.max(0, Math.ceil(ms / 1000));
  return `${Math.floor(secs / 60)}:${String(secs % 60).padStart(2, '0')}`;
}

/** "18 min" or "45 s" for a total length. */
export const formatLength = (seconds: number) =>
  seconds >= 60 ? `${Math.round(seconds / 60)} min` : `${seconds} s`;

/** The main button: what it does and what it says. */
export function primaryAction(s: TimerState): { event: 'start' | 'pause' | 'resume'; label: string } {
  if (s.phase === 'idle') return { event: 'start', label: 'Start' };
  if (s.phase === 'done') return { event: 'start', label: 'Start again' };
  return s.running ? { event: 'pause', label: 'Pause' } : { event: 'resume', label: 'Resume' };
}

/** Short name of the phase for the panel's heading. */
export function phaseLabel(s: TimerState): string {
  if (s.phase === 'idle') return 'Ready';
  if (s.phase === 'done') return 'Done';
  if (!s.running) return 'Paused';
  return s.phase === 'work' ? 'Work' : 'Rest';
}

/** One line describing where the reader is, for screen readers. */
export function statusLine(plan: TimerPlan, s: TimerState): string {
  const round = ` Round ${s.round} of ${plan.rounds}.`;
  const item = plan.items[s.item]!;
  const next = upNext(plan, s);
  const secs = `${Math.ceil(s.remainingMs / 1000)} seconds${s.running ? '' : ' left'}`;
  switch (s.phase) {
    case 'idle':
      return `Ready: ${item.title}, ${item.seconds} seconds.${round}`;
    case 'work':
      return `${s.running ? '' : 'Paused: '}${item.title}, ${secs}.${round}`;
    case 'rest':
      return `${s.running ? 'Rest' : 'Paused in rest'}, ${secs}.${next ? ` Next: ${next.item.title}.` : ''}`;
    case 'done':
      return `Done: ${plan.rounds === 1 ? 'all exercises' : `all ${plan.rounds} rounds`} finished.`;
  }
}

/**
 * What a screen reader should hear after an event: a line when the phase, exercise, round or
 * running state changed, and nothing when only the seconds went down.
 */
export function announcement(plan: TimerPlan, before: TimerState, after: TimerState): string | undefined {
  const changed =
    before.phase !== after.phase ||
    before.item !== after.item ||
    before.round !== after.round ||
    before.running !== after.running ||
    // Back to the start of the same exercise (Back on the first one) is a change worth hearing.
    after.remainingMs > before.remainingMs;
  return changed ? statusLine(plan, after) : undefined;
}

/** Everything the timer panel shows, so the server render and the element draw the same thing. */
export interface TimerView {
  /** Small heading: "Ready", "Work", "Rest · get ready for", "Paused", "Done". */
  phase: string;
  /** The exercise in focus: the one being worked, or during rest the one coming up. */
  title: string;
  /** Its page; empty when done. */
  href: string;
  clock: string;
  round: string;
  /** "Next: …" after the exercise in focus, "Last exercise" or empty when done. */
  next: string;
  /** The main button. */
  action: ReturnType<typeof primaryAction>;
  /** Share of the current interval already gone, 0 to 1. */
  progress: number;
  canBack: boolean;
  canSkip: boolean;
}

export function timerView(plan: TimerPlan, s: TimerState): TimerView {
  // During rest the reader is getting ready for the next exercise, so that one takes the stage.
  const focus = s.phase === 'rest' ? advance(plan, s) : s;
  const item = plan.items[focus.item]!;
  const after = upNext(plan, focus);
  const length = (s.phase === 'rest' ? plan.items[s.item]!.rest : item.seconds) * 1000;
  const done = s.phase === 'done';
  return {
    phase: phaseLabel(s) + (s.phase === 'rest' ? ' · get ready for' : ''),
    title: done ? 'Routine complete' : item.title,
    href: done ? '' : item.href,
    clock: formatClock(s.remainingMs),
    round: `Round ${focus.round} of ${plan.rounds}`,
    next: done ? '' : after ? `Next: ${after.item.title}` : 'Last exercise',
    action: primaryAction(s),
    progress: done ? 1 : s.phase === 'idle' ? 0 : 1 - s.remainingMs / length,
    canBack: s.phase !== 'idle',
    canSkip: s.phase === 'work' || s.phase === 'rest',
  };
}
