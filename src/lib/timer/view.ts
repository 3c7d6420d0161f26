/**
 * What the timer panel shows and says for a state: the words, the clock, the buttons, the help
 * text and the lines a screen reader hears. The server render and the <ss-routine-timer> element
 * both draw from `timerView`, so the page before Start and the running panel never disagree.
 */
import { LIMBS } from '../../data/timer';
import {
  BACK_AGAIN_MS,
  current,
  inFocus,
  intervals,
  remainingMs,
  totalSeconds,
  upNext,
  type Interval,
  type TimerPlan,
  type TimerState,
} from './machine';

/** Countdown text: whole seconds rounded up, so "0:01" shows until the interval really ends. */
export function formatClock(ms: number): string {
  const secs = Math.max(0, Math.ceil(ms / 1000));
  return `${Math.floor(secs / 60)}:${String(secs % 60).padStart(2, '0')}`;
}

/** "18 min" or "45 s" for a total length. */
export const formatLength = (seconds: number) => (seconds >= 60 ? `${Math.round(seconds / 60)} min` : `${seconds} s`);

/** "Left leg", "Right arm", "Each side"; empty for a two-sided move. */
export function sideLabel(interval: Interval | undefined): string {
  const side = interval?.side;
  if (!side) return '';
  const which = side.which[0]!.toUpperCase() + side.which.slice(1);
  return `${which} ${LIMBS[side.limb].label}`;
}

/** A set of reps as the panel shows it: "8–12 reps", "8–12 each leg", "10–12 steps each way". */
export function repsLabel(reps: string): string {
  return /^[\d\s–-]+$/.test(reps) ? `${reps.trim()} reps` : reps;
}

/** Where the interval sits: "Round 1 of 2", "Set 2 of up to 3", or "Exercise 3 of 4" when neither applies. */
export function countLabel(plan: TimerPlan, interval: Interval): string {
  const item = plan.items[interval.item]!;
  const sets = item.sets ?? 1;
  const parts = [
    plan.rounds > 1 ? `Round ${interval.round} of ${plan.rounds}` : '',
    sets > 1 ? `Set ${interval.set} of ${item.setsUpTo ? 'up to ' : ''}${sets}` : '',
  ].filter(Boolean);
  return parts.join(' · ') || `Exercise ${interval.item + 1} of ${plan.items.length}`;
}

/** The exercise and side of a work interval, for a sentence: "Side plank, left side". */
function named(plan: TimerPlan, interval: Interval): string {
  const side = sideLabel(interval).toLowerCase();
  return `${plan.items[interval.item]!.title}${side ? `, ${side}` : ''}`;
}

/** The main button: what it does and what it says. */
export function primaryAction(plan: TimerPlan, s: TimerState): { event: 'start' | 'pause' | 'resume' | 'done'; label: string } {
  if (s.phase === 'idle') return { event: 'start', label: 'Start' };
  if (s.phase === 'done') return { event: 'start', label: 'Start again' };
  if (!s.running) return { event: 'resume', label: 'Resume' };
  return current(plan, s).ms === null ? { event: 'done', label: 'Done' } : { event: 'pause', label: 'Pause' };
}

/** One line describing where the reader is, for screen readers. */
export function statusLine(plan: TimerPlan, s: TimerState): string {
  if (s.phase === 'done') {
    return `Done: ${plan.rounds === 1 ? 'all exercises' : `all ${plan.rounds} rounds`} finished.`;
  }
  const interval = current(plan, s);
  const left = remainingMs(plan, s);
  const secs = left === undefined ? '' : `${Math.ceil(left / 1000)} seconds${s.running || s.phase === 'idle' ? '' : ' left'}`;
  const where = ` ${countLabel(plan, interval)}.`;
  const item = plan.items[interval.item]!;
  const dose = interval.ms === null ? `${repsLabel(item.reps!)}; press Done when the set is over` : secs;
  switch (s.phase) {
    case 'idle':
      return `Ready: ${named(plan, interval)}, ${dose}.${where}`;
    case 'work':
      return `${s.running ? '' : 'Paused: '}${named(plan, interval)}, ${dose}.${where}`;
    case 'rest': {
      const next = inFocus(plan, s);
      const count = next && countLabel(plan, next);
      return `${s.running ? 'Rest' : 'Paused in rest'}, ${secs}.${next ? ` Next: ${named(plan, next)}, ${count![0]!.toLowerCase()}${count!.slice(1)}.` : ''}`;
    }
  }
}

/**
 * What a screen reader should hear after an event: a line when the interval or the running state
 * changed, and nothing when only the seconds went down.
 */
export function announcement(plan: TimerPlan, before: TimerState, after: TimerState): string | undefined {
  const changed =
    before.phase !== after.phase ||
    before.at !== after.at ||
    before.running !== after.running ||
    // Back to the start of the same interval is a change worth hearing.
    after.elapsedMs < before.elapsedMs;
  return changed ? statusLine(plan, after) : undefined;
}

/**
 * The panel's help: what the buttons do, in the words of the machine's rules (./machine.ts), naming
 * only what this plan has (sets of reps, countdowns, rests).
 */
export function helpText(plan: TimerPlan): string {
  const list = intervals(plan);
  const reps = list.some((i) => i.ms === null);
  const countdowns = list.some((i) => i.ms !== null);
  const rests = list.some((i) => i.kind === 'rest');
  const unit = plan.items.some((it) => (it.sets ?? 1) > 1) ? 'set' : 'exercise';
  const a = unit === 'set' ? 'a set' : 'an exercise';
  const skip = [
    countdowns ? (reps ? 'ends a countdown now' : 'ends the current interval now') : '',
    reps ? `passes over ${a}${rests ? ' and its rest' : ''}` : '',
  ].filter(Boolean);
  return [
    reps ? `Done ends ${a} and ${rests ? 'starts the rest' : 'moves on to the next'}.` : '',
    `Skip ${skip.join(', or ')}.`,
    `Back restarts the ${unit} you are on${rests ? ', or during a rest the one you just did' : ''}; press it again within ${BACK_AGAIN_MS / 1000} seconds to go to the one before.`,
  ]
    .filter(Boolean)
    .join(' ');
}

/** The routine in one line: "9 exercises × 2 rounds, about 18 min in all." */
export function planSummary(plan: TimerPlan): string {
  const total = totalSeconds(plan);
  const n = plan.items.length;
  const what = `${n} ${n === 1 ? 'exercise' : 'exercises'}${plan.rounds > 1 ? ` × ${plan.rounds} rounds` : ''}`;
  return total === undefined ? `${what}.` : `${what}, about ${formatLength(total)} in all.`;
}

/**
 * What kind of timer the plan makes, written on <ss-routine-timer> as `data-kind`: `intervals` when
 * every interval is timed, `sets` when sets of reps wait for Done.
 */
export const timerKind = (plan: TimerPlan): 'intervals' | 'sets' => (totalSeconds(plan) === undefined ? 'sets' : 'intervals');

/** The panel's help line: the plan in one line, a note about its rests, what the buttons do. */
export const panelHelp = (plan: TimerPlan, note = ''): string => [planSummary(plan), note, helpText(plan)].filter(Boolean).join(' ');

/** Everything the timer panel shows, so the server render and the element draw the same thing. */
export interface TimerView {
  /** What the colours follow: idle and done are the page's own; work and rest fill the panel. */
  stage: TimerState['phase'];
  /** The big word: "Ready", "Work", "Rest", "Done". Never colour alone. */
  word: string;
  /** The small line under it: "Paused", "Get ready for", "Paused · get ready for", or empty. */
  status: string;
  /** The exercise in focus: the one being worked, or during rest the one coming up. */
  title: string;
  /** Its page; empty when done. */
  href: string;
  /** Its slug, when the plan gives one. */
  exercise: string;
  /** "Left leg" when one side works; empty otherwise. */
  side: string;
  /** The countdown; empty during a set of reps and once done. */
  clock: string;
  /** A set of reps ("8–12 reps"); empty during a countdown. */
  reps: string;
  /** "Round 1 of 2", "Set 2 of up to 3". */
  count: string;
  /** "Next: …" after the exercise in focus, "Last one" or empty when done. */
  next: string;
  /** The main button. */
  action: ReturnType<typeof primaryAction>;
  /** Share of the current countdown already gone, 0 to 1 (0 during a set of reps). */
  progress: number;
  canBack: boolean;
  canSkip: boolean;
}

export function timerView(plan: TimerPlan, s: TimerState): TimerView {
  const done = s.phase === 'done';
  const focus = inFocus(plan, s);
  const item = focus ? plan.items[focus.item]! : undefined;
  const after = upNext(plan, s);
  const interval = current(plan, s);
  const left = remainingMs(plan, s);
  // During rest the reader is getting ready for what comes next, and the clock counts the rest.
  const open = !done && interval.ms === null;
  const status = [!s.running && !done && s.phase !== 'idle' ? 'Paused' : '', s.phase === 'rest' ? 'get ready for' : '']
    .filter(Boolean)
    .join(' · ');
  return {
    stage: s.phase,
    word: { idle: 'Ready', work: 'Work', rest: 'Rest', done: 'Done' }[s.phase],
    status: status && status[0]!.toUpperCase() + status.slice(1),
    title: item?.title ?? 'Routine complete',
    href: item?.href ?? '',
    exercise: item?.exercise ?? '',
    side: sideLabel(focus),
    clock: open || done ? '' : formatClock(left ?? 0),
    reps: open ? repsLabel(item!.reps!) : '',
    count: focus ? countLabel(plan, focus) : '',
    next: done ? '' : after ? `Next: ${named(plan, after)}${after.item === focus!.item && after.set !== focus!.set ? `, set ${after.set}` : ''}` : 'Last one',
    action: primaryAction(plan, s),
    progress: done ? 1 : s.phase === 'idle' || open ? 0 : s.elapsedMs / interval.ms!,
    canBack: s.phase !== 'idle',
    canSkip: s.phase === 'work' || s.phase === 'rest',
  };
}
