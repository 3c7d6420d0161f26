import { describe, expect, it } from 'vitest';
import { initialState, step, type TimerPlan } from '../../src/lib/timer/machine';
import {
  announcement,
  countLabel,
  formatClock,
  formatLength,
  helpText,
  panelHelp,
  planSummary,
  primaryAction,
  repsLabel,
  statusLine,
  timerKind,
  timerView,
} from '../../src/lib/timer/view';
import { back, done, pause, run, skip, start, tick } from './timer-events';

const circuit: TimerPlan = {
  rounds: 2,
  items: [
    { title: 'Front squat', href: '/exercises/front-squat/', exercise: 'front-squat', seconds: 40, rest: 20 },
    {
      title: 'Single-leg Romanian deadlift',
      href: '/exercises/single-leg-romanian-deadlift/',
      seconds: 40,
      rest: 20,
      sides: { limb: 'leg', by: 'round' },
    },
    { title: 'Side plank with abduction', href: '/exercises/side-plank-abduction/', seconds: 40, rest: 20 },
  ],
};

const sets: TimerPlan = {
  rounds: 1,
  items: [
    { title: 'Bodyweight squat', href: '/exercises/bodyweight-squat/', reps: '8–12', sets: 3, setsUpTo: true, rest: 75 },
    { title: 'Side plank', href: '/exercises/side-plank/', seconds: 20, sets: 2, rest: 75, sides: { limb: 'side', by: 'set' } },
  ],
};


describe('the clock and lengths', () => {
  it('rounds the countdown up, so 0:00 only shows at the end', () => {
    expect(formatClock(40_000)).toBe('0:40');
    expect(formatClock(39_001)).toBe('0:40');
    expect(formatClock(39_000)).toBe('0:39');
    expect(formatClock(1)).toBe('0:01');
    expect(formatClock(0)).toBe('0:00');
    expect(formatClock(-300)).toBe('0:00');
    expect(formatClock(90_000)).toBe('1:30');
  });

  it('writes short lengths in seconds and longer ones in minutes', () => {
    expect(formatLength(45)).toBe('45 s');
    expect(formatLength(17 * 60 + 40)).toBe('18 min');
  });

  it('adds "reps" to a bare number or range, and leaves words as the routine wrote them', () => {
    expect(repsLabel('8–12')).toBe('8–12 reps');
    expect(repsLabel('6')).toBe('6 reps');
    expect(repsLabel('8–12 each leg')).toBe('8–12 each leg');
    expect(repsLabel('10–12 steps each way')).toBe('10–12 steps each way');
  });
});

describe('the main button', () => {
  it('says Start, Pause, Resume and Start again', () => {
    expect(primaryAction(circuit, initialState(circuit))).toEqual({ event: 'start', label: 'Start' });
    expect(primaryAction(circuit, run(circuit, [start]))).toEqual({ event: 'pause', label: 'Pause' });
    expect(primaryAction(circuit, run(circuit, [start, pause]))).toEqual({ event: 'resume', label: 'Resume' });
    expect(primaryAction(circuit, run(circuit, [start, tick(1000)]))).toEqual({ event: 'start', label: 'Start again' });
  });

  it('says Done on a set of reps, which has no clock to pause', () => {
    expect(primaryAction(sets, run(sets, [start]))).toEqual({ event: 'done', label: 'Done' });
    expect(primaryAction(sets, run(sets, [start, done]))).toEqual({ event: 'pause', label: 'Pause' });
  });
});

describe('where the reader is', () => {
  it('counts rounds in a circuit, sets in a sets routine, and exercises when there is neither', () => {
    expect(countLabel(circuit, { kind: 'work', item: 0, round: 1, set: 1, ms: 1 })).toBe('Round 1 of 2');
    expect(countLabel(sets, { kind: 'work', item: 0, round: 1, set: 2, ms: null })).toBe('Set 2 of up to 3');
    expect(countLabel(sets, { kind: 'work', item: 1, round: 1, set: 1, ms: 1 })).toBe('Set 1 of 2');
    const warmUp: TimerPlan = { rounds: 1, items: [{ title: 'Cat-cow', href: '/x/', reps: '8', rest: 0 }, { title: 'B', href: '/b/', reps: '8', rest: 0 }] };
    expect(countLabel(warmUp, { kind: 'work', item: 1, round: 1, set: 1, ms: null })).toBe('Exercise 2 of 2');
  });

  it('describes work with the exercise, side, time and round', () => {
    expect(statusLine(circuit, run(circuit, [start]))).toBe('Front squat, 40 seconds. Round 1 of 2.');
    expect(statusLine(circuit, run(circuit, [start, tick(60)]))).toBe(
      'Single-leg Romanian deadlift, left leg, 40 seconds. Round 1 of 2.',
    );
  });

  it('describes rest with what comes next', () => {
    expect(statusLine(circuit, run(circuit, [start, tick(40)]))).toBe(
      'Rest, 20 seconds. Next: Single-leg Romanian deadlift, left leg, round 1 of 2.',
    );
  });

  it('describes a set of reps and how to end it', () => {
    expect(statusLine(sets, run(sets, [start]))).toBe(
      'Bodyweight squat, 8–12 reps; press Done when the set is over. Set 1 of up to 3.',
    );
  });

  it('describes a pause with the time left', () => {
    expect(statusLine(circuit, run(circuit, [start, tick(10.5), pause]))).toBe(
      'Paused: Front squat, 30 seconds left. Round 1 of 2.',
    );
  });

  it('describes the end', () => {
    expect(statusLine(circuit, run(circuit, [start, tick(1000)]))).toBe('Done: all 2 rounds finished.');
    expect(statusLine(sets, run(sets, [start, skip, skip, skip, tick(200)]))).toBe('Done: all exercises finished.');
  });

  it('announces each change of interval or pause, but not every second', () => {
    const s0 = run(circuit, [start]);
    const s1 = step(circuit, s0, tick(1));
    expect(announcement(circuit, s0, s1)).toBeUndefined();
    expect(announcement(circuit, s1, step(circuit, s1, tick(39)))).toMatch(/^Rest, 20 seconds/);
    expect(announcement(circuit, s1, step(circuit, s1, pause))).toMatch(/^Paused/);
    expect(announcement(circuit, initialState(circuit), s0)).toBe('Front squat, 40 seconds. Round 1 of 2.');
  });

  it('announces Back when it restarts the same exercise', () => {
    const s = run(circuit, [start, tick(25)]);
    expect(announcement(circuit, s, step(circuit, s, back))).toBe('Front squat, 40 seconds. Round 1 of 2.');
  });
});

describe('the help text says what the buttons do', () => {
  it('for a circuit: Skip ends the interval; Back restarts, or goes back one when pressed again quickly', () => {
    expect(helpText(circuit)).toBe(
      'Skip ends the current interval now. Back restarts the exercise you are on, or during a rest the one you just did; press it again within 3 seconds to go to the one before.',
    );
  });

  it('for sets: Done, Skip over a set, and Back by sets', () => {
    expect(helpText(sets)).toBe(
      'Done ends a set and starts the rest. Skip ends a countdown now, or passes over a set and its rest. Back restarts the set you are on, or during a rest the one you just did; press it again within 3 seconds to go to the one before.',
    );
  });

  it('for a list of single moves without rests: no rest and no countdown in the words', () => {
    const warmUp: TimerPlan = { rounds: 1, items: [{ title: 'Cat-cow', href: '/a/', reps: '8–10', rest: 0 }, { title: 'Band pull-apart', href: '/b/', reps: '8–10', rest: 0 }] };
    expect(helpText(warmUp)).toBe(
      'Done ends an exercise and moves on to the next. Skip passes over an exercise. Back restarts the exercise you are on; press it again within 3 seconds to go to the one before.',
    );
  });

  it('sums the routine up, with its length only when it is all timed', () => {
    expect(planSummary(circuit)).toBe('3 exercises × 2 rounds, about 6 min in all.');
    expect(planSummary(sets)).toBe('2 exercises.');
  });

  it('says what kind of timer a plan makes, and joins the summary, a rest note and the help in one line', () => {
    expect([timerKind(circuit), timerKind(sets)]).toEqual(['intervals', 'sets']);
    expect(panelHelp(sets, 'Rests are the site’s estimate.')).toBe(`2 exercises. Rests are the site’s estimate. ${helpText(sets)}`);
    expect(panelHelp(circuit)).toBe(`3 exercises × 2 rounds, about 6 min in all. ${helpText(circuit)}`);
  });
});

describe('the timer panel', () => {
  it('before starting shows the first exercise, its full time and round 1, with Back and Skip unavailable', () => {
    expect(timerView(circuit, initialState(circuit))).toEqual({
      stage: 'idle',
      word: 'Ready',
      status: '',
      title: 'Front squat',
      href: '/exercises/front-squat/',
      exercise: 'front-squat',
      side: '',
      clock: '0:40',
      reps: '',
      count: 'Round 1 of 2',
      next: 'Next: Single-leg Romanian deadlift, left leg',
      action: { event: 'start', label: 'Start' },
      progress: 0,
      canBack: false,
      canSkip: false,
    });
  });

  it('says WORK and names the side on a one-sided move', () => {
    expect(timerView(circuit, run(circuit, [start, tick(60)]))).toMatchObject({
      stage: 'work',
      word: 'Work',
      title: 'Single-leg Romanian deadlift',
      side: 'Left leg',
    });
    expect(timerView(circuit, run(circuit, [start, tick(4 * 60)]))).toMatchObject({ side: 'Right leg', count: 'Round 2 of 2' });
  });

  it('says REST and puts the coming exercise centre stage, with the one after it as next', () => {
    const v = timerView(circuit, run(circuit, [start, tick(45)]));
    expect(v).toMatchObject({
      stage: 'rest',
      word: 'Rest',
      status: 'Get ready for',
      title: 'Single-leg Romanian deadlift',
      side: 'Left leg',
      clock: '0:15',
      next: 'Next: Side plank with abduction',
      canBack: true,
      canSkip: true,
    });
    expect(v.progress).toBeCloseTo(0.25);
  });

  it('says Paused beside the phase when the clock is stopped', () => {
    expect(timerView(circuit, run(circuit, [start, pause])).status).toBe('Paused');
    expect(timerView(circuit, run(circuit, [start, tick(45), pause])).status).toBe('Paused · get ready for');
  });

  it('shows the coming round during the rest that ends a round', () => {
    expect(timerView(circuit, run(circuit, [start, tick(2 * 60 + 45)]))).toMatchObject({
      title: 'Front squat',
      count: 'Round 2 of 2',
    });
  });

  it('shows a set of reps instead of a clock, and the next set of the same exercise as next', () => {
    expect(timerView(sets, run(sets, [start]))).toMatchObject({
      word: 'Work',
      clock: '',
      reps: '8–12 reps',
      count: 'Set 1 of up to 3',
      next: 'Next: Bodyweight squat, set 2',
      action: { event: 'done', label: 'Done' },
      progress: 0,
    });
  });

  it('shows each side of a timed hold', () => {
    const left = run(sets, [start, done, skip, done, skip, done, skip]);
    expect(timerView(sets, left)).toMatchObject({ title: 'Side plank', side: 'Left side', clock: '0:20', next: 'Next: Side plank, right side' });
  });

  it('says when the exercise in focus is the last one', () => {
    expect(timerView(circuit, run(circuit, [start, tick(5 * 60 + 1)])).next).toBe('Last one');
  });

  it('shows the end with no link, no clock, no next, a full bar and Start again', () => {
    expect(timerView(circuit, run(circuit, [start, tick(1000)]))).toMatchObject({
      stage: 'done',
      word: 'Done',
      status: '',
      title: 'Routine complete',
      href: '',
      clock: '',
      next: '',
      progress: 1,
      action: { event: 'start', label: 'Start again' },
      canBack: true,
      canSkip: false,
    });
  });
});
