// The timer's events as a reader makes them, for the timer tests: `run(plan, [start, tick(40), skip])`.
import { initialState, step, type TimerEvent, type TimerPlan } from '../../src/lib/timer/machine';

/** The state after `events`, from `from` (the idle timer unless given). */
export const run = (plan: TimerPlan, events: TimerEvent[], from = initialState(plan)) => events.reduce((s, e) => step(plan, s, e), from);

export const start: TimerEvent = { type: 'start' };
export const pause: TimerEvent = { type: 'pause' };
export const resume: TimerEvent = { type: 'resume' };
export const skip: TimerEvent = { type: 'skip' };
export const back: TimerEvent = { type: 'back' };
export const done: TimerEvent = { type: 'done' };
/** `seconds` of the clock going by (fractions allowed). */
export const tick = (seconds: number): TimerEvent => ({ type: 'tick', elapsedMs: seconds * 1000 });
