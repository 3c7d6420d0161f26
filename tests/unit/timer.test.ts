import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  announcement,
  checkPlan,
  statusLine,
  formatClock,
  formatLength,
  initialState,
  phaseLabel,
  primaryAction,
  step,
  totalSeconds,
  upNext,
  timerView,
  type TimerEvent,
  type TimerPlan,
  type TimerState,
} from '../../src/lib/timer';

// The shape of the nine-move circuit (DOMAIN.md §4.2), cut to three moves to keep cases short.
const circuit: TimerPlan = {
  rounds: 2,
  items: [
    { title: 'Front squat', href: '/exercises/front-squat/', seconds: 40, rest: 20 },
    { title: 'Single-leg Romanian deadlift', href: '/exercises/single-leg-romanian-deadlift/', seconds: 40, rest: 20 },
    { title: 'Side plank with abduction', href: '/exercises/side-plank-abduction/', seconds: 40, rest: 20 },
  ],
};

const run = (plan: TimerPlan, events: TimerEvent[], from = initialState(plan)) =>
  events.reduce((s, e) => step(plan, s, e), from);
const start: TimerEvent = { type: 'start' };
const tick = (seconds: number): TimerEvent => ({ type: 'tick', elapsedMs: seconds * 1000 });
const skip: TimerEvent = { type: 'skip' };
const back: TimerEvent = { type: 'back' };
const pause: TimerEvent = { type: 'pause' };
const resume: TimerEvent = { type: 'resume' };
const where = (s: TimerState) => ({ phase: s.phase, item: s.item, round: s.round });

describe('before starting', () => {
  it('shows the first exercise with its full time, round 1, not running', () => {
    expect(initialState(circuit)).toEqual({ phase: 'idle', item: 0, round: 1, remainingMs: 40_000, running: false });
  });

  it('ignores the clock until Start is pressed', () => {
    expect(run(circuit, [tick(100)])).toEqual(initialState(circuit));
  });

  it('ignores pause, resume, skip and back while idle', () => {
    expect(run(circuit, [pause, resume, skip, back])).toEqual(initialState(circuit));
  });

  it('starts the first exercise of round 1 on Start', () => {
    expect(run(circuit, [start])).toEqual({ phase: 'work', item: 0, round: 1, remainingMs: 40_000, running: true });
  });
});

describe('running through the intervals', () => {
  it('counts down the work time', () => {
    expect(run(circuit, [start, tick(15)]).remainingMs).toBe(25_000);
  });

  it('moves from work to rest when the 40 s run out', () => {
    const s = run(circuit, [start, tick(40)]);
    expect(where(s)).toEqual({ phase: 'rest', item: 0, round: 1 });
    expect(s.remainingMs).toBe(20_000);
  });

  it('stays in work until the very last millisecond is gone', () => {
    expect(run(circuit, [start, { type: 'tick', elapsedMs: 39_999 }]).phase).toBe('work');
  });

  it('moves from rest to the next exercise when the rest runs out', () => {
    const s = run(circuit, [start, tick(40), tick(20)]);
    expect(where(s)).toEqual({ phase: 'work', item: 1, round: 1 });
    expect(s.remainingMs).toBe(40_000);
  });

  it('begins round 2 with the first exercise after the last rest of round 1', () => {
    const s = run(circuit, [start, tick(3 * 60)]);
    expect(where(s)).toEqual({ phase: 'work', item: 0, round: 2 });
  });

  it('skips the rest after the last exercise of the last round', () => {
    const lastWork = run(circuit, [start, tick(60 * 5)]);
    expect(where(lastWork)).toEqual({ phase: 'work', item: 2, round: 2 });
    const s = run(circuit, [tick(40)], lastWork);
    expect(s).toEqual({ phase: 'done', item: 2, round: 2, remainingMs: 0, running: false });
  });

  it('keeps the rest after the last exercise of an earlier round', () => {
    const s = run(circuit, [start, tick(60 * 2 + 40)]);
    expect(where(s)).toEqual({ phase: 'rest', item: 2, round: 1 });
  });

  it('goes straight to the next exercise when an exercise has no rest', () => {
    const plan: TimerPlan = {
      rounds: 1,
      items: [
        { title: 'A', href: '/a/', seconds: 30, rest: 0 },
        { title: 'B', href: '/b/', seconds: 30, rest: 10 },
      ],
    };
    expect(where(run(plan, [start, tick(30)]))).toEqual({ phase: 'work', item: 1, round: 1 });
  });

  it('carries time left over from a long tick into the following intervals', () => {
    const s = run(circuit, [start, tick(40 + 20 + 5)]);
    expect(where(s)).toEqual({ phase: 'work', item: 1, round: 1 });
    expect(s.remainingMs).toBe(35_000);
  });

  it('finishes after exactly the total time, however the ticks are cut', () => {
    const total = totalSeconds(circuit);
    expect(run(circuit, [start, tick(total - 1)]).phase).toBe('work');
    expect(run(circuit, [start, tick(total)]).phase).toBe('done');
    expect(run(circuit, [start, tick(total * 10)]).phase).toBe('done');
  });

  it('ignores negative, zero and non-numeric ticks', () => {
    const s = run(circuit, [start]);
    for (const elapsedMs of [-5000, 0, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(step(circuit, s, { type: 'tick', elapsedMs })).toEqual(s);
    }
  });
});

describe('pause and resume', () => {
  it('freezes the countdown while paused', () => {
    const s = run(circuit, [start, tick(10), pause, tick(30)]);
    expect(s).toEqual({ phase: 'work', item: 0, round: 1, remainingMs: 30_000, running: false });
  });

  it('carries on from the same moment on resume', () => {
    const s = run(circuit, [start, tick(10), pause, tick(30), resume, tick(5)]);
    expect(s.remainingMs).toBe(25_000);
    expect(s.running).toBe(true);
  });

  it('can pause during rest too', () => {
    const s = run(circuit, [start, tick(45), pause, tick(60)]);
    expect(where(s)).toEqual({ phase: 'rest', item: 0, round: 1 });
    expect(s.remainingMs).toBe(15_000);
  });

  it('treats a second pause or a resume while running as nothing', () => {
    const paused = run(circuit, [start, pause]);
    expect(step(circuit, paused, pause)).toBe(paused);
    const running = run(circuit, [start]);
    expect(step(circuit, running, resume)).toBe(running);
  });
});

describe('skip', () => {
  it('ends the work early and starts its rest', () => {
    const s = run(circuit, [start, tick(12), skip]);
    expect(where(s)).toEqual({ phase: 'rest', item: 0, round: 1 });
    expect(s.remainingMs).toBe(20_000);
  });

  it('ends the rest early and starts the next exercise', () => {
    const s = run(circuit, [start, tick(45), skip]);
    expect(where(s)).toEqual({ phase: 'work', item: 1, round: 1 });
    expect(s.remainingMs).toBe(40_000);
  });

  it('finishes the routine from the last exercise of the last round', () => {
    const s = run(circuit, [start, tick(60 * 5), skip]);
    expect(s.phase).toBe('done');
  });

  it('keeps a paused timer paused', () => {
    const s = run(circuit, [start, pause, skip]);
    expect(s.phase).toBe('rest');
    expect(s.running).toBe(false);
  });

  it('does nothing once the routine is done', () => {
    const done = run(circuit, [start, tick(1000)]);
    expect(step(circuit, done, skip)).toBe(done);
  });
});

describe('back', () => {
  it('back during rest returns to that exercise', () => {
    const s = run(circuit, [start, tick(50), back]);
    expect(where(s)).toEqual({ phase: 'work', item: 0, round: 1 });
    expect(s.remainingMs).toBe(40_000);
    expect(s.running).toBe(true);
  });

  it('back during work returns to the exercise before it, from its start', () => {
    const s = run(circuit, [start, tick(60 + 10), back]);
    expect(where(s)).toEqual({ phase: 'work', item: 0, round: 1 });
    expect(s.remainingMs).toBe(40_000);
  });

  it('back on the first exercise of a later round returns to the last exercise of the round before', () => {
    const s = run(circuit, [start, tick(3 * 60 + 5), back]);
    expect(where(s)).toEqual({ phase: 'work', item: 2, round: 1 });
  });

  it('back on the very first exercise restarts it', () => {
    const s = run(circuit, [start, tick(25), back]);
    expect(s).toEqual({ phase: 'work', item: 0, round: 1, remainingMs: 40_000, running: true });
  });

  it('back after the end returns, paused, to the last exercise', () => {
    const s = run(circuit, [start, tick(1000), back]);
    expect(s).toEqual({ phase: 'work', item: 2, round: 2, remainingMs: 40_000, running: false });
  });

  it('keeps a paused timer paused', () => {
    expect(run(circuit, [start, tick(50), pause, back]).running).toBe(false);
  });
});

describe('reset and starting again', () => {
  it('reset returns to the idle first exercise from anywhere', () => {
    expect(run(circuit, [start, tick(100), pause, { type: 'reset' }])).toEqual(initialState(circuit));
  });

  it('Start after the end runs the routine again from the top', () => {
    const s = run(circuit, [start, tick(1000), start]);
    expect(s).toEqual({ phase: 'work', item: 0, round: 1, remainingMs: 40_000, running: true });
  });

  it('Start in the middle of the routine changes nothing', () => {
    const s = run(circuit, [start, tick(70)]);
    expect(step(circuit, s, start)).toBe(s);
  });
});

describe('what comes next', () => {
  it('previews the next exercise during work', () => {
    expect(upNext(circuit, run(circuit, [start]))?.item.title).toBe('Single-leg Romanian deadlift');
  });

  it('previews the next exercise during rest, not the one just finished', () => {
    expect(upNext(circuit, run(circuit, [start, tick(45)]))?.item.title).toBe('Single-leg Romanian deadlift');
  });

  it('previews the first exercise of the next round at the end of a round', () => {
    expect(upNext(circuit, run(circuit, [start, tick(2 * 60 + 5)]))).toEqual({ item: circuit.items[0], round: 2 });
  });

  it('has nothing next on the last exercise of the last round, or once done', () => {
    expect(upNext(circuit, run(circuit, [start, tick(5 * 60 + 1)]))).toBeUndefined();
    expect(upNext(circuit, run(circuit, [start, tick(1000)]))).toBeUndefined();
  });
});

describe('total time', () => {
  it('adds every work and rest interval over all rounds, less the final rest', () => {
    expect(totalSeconds(circuit)).toBe((40 + 20) * 3 * 2 - 20);
  });

  it('comes to just under 18 minutes for the nine-move circuit of 40 s work and 20 s rest, twice', () => {
    const nine = { rounds: 2, items: Array.from({ length: 9 }, () => ({ ...circuit.items[0]! })) };
    expect(totalSeconds(nine)).toBe(17 * 60 + 40);
    expect(formatLength(totalSeconds(nine))).toBe('18 min');
  });

  it('writes short lengths in seconds', () => {
    expect(formatLength(45)).toBe('45 s');
  });
});

describe('what the reader sees and hears', () => {
  it('rounds the countdown up, so 0:00 only shows at the end', () => {
    expect(formatClock(40_000)).toBe('0:40');
    expect(formatClock(39_001)).toBe('0:40');
    expect(formatClock(39_000)).toBe('0:39');
    expect(formatClock(1)).toBe('0:01');
    expect(formatClock(0)).toBe('0:00');
    expect(formatClock(-300)).toBe('0:00');
    expect(formatClock(90_000)).toBe('1:30');
  });

  it('labels the main button Start, Pause, Resume and Start again', () => {
    expect(primaryAction(initialState(circuit))).toEqual({ event: 'start', label: 'Start' });
    expect(primaryAction(run(circuit, [start]))).toEqual({ event: 'pause', label: 'Pause' });
    expect(primaryAction(run(circuit, [start, pause]))).toEqual({ event: 'resume', label: 'Resume' });
    expect(primaryAction(run(circuit, [start, tick(1000)]))).toEqual({ event: 'start', label: 'Start again' });
  });

  it('names the phase: Ready, Work, Rest, Paused, Done', () => {
    expect(phaseLabel(initialState(circuit))).toBe('Ready');
    expect(phaseLabel(run(circuit, [start]))).toBe('Work');
    expect(phaseLabel(run(circuit, [start, tick(41)]))).toBe('Rest');
    expect(phaseLabel(run(circuit, [start, tick(41), pause]))).toBe('Paused');
    expect(phaseLabel(run(circuit, [start, tick(1000)]))).toBe('Done');
  });

  it('describes work with the exercise, time and round', () => {
    expect(statusLine(circuit, run(circuit, [start]))).toBe('Front squat, 40 seconds. Round 1 of 2.');
  });

  it('describes rest with what comes next', () => {
    expect(statusLine(circuit, run(circuit, [start, tick(40)]))).toBe(
      'Rest, 20 seconds. Next: Single-leg Romanian deadlift.',
    );
  });

  it('describes a pause with the time left', () => {
    expect(statusLine(circuit, run(circuit, [start, tick(10.5), pause]))).toBe(
      'Paused: Front squat, 30 seconds left. Round 1 of 2.',
    );
  });

  it('describes the end', () => {
    expect(statusLine(circuit, run(circuit, [start, tick(1000)]))).toBe('Done: all 2 rounds finished.');
  });

  it('announces each change of exercise, phase or pause, but not every second', () => {
    const s0 = run(circuit, [start]);
    const s1 = step(circuit, s0, tick(1));
    expect(announcement(circuit, s0, s1)).toBeUndefined();
    expect(announcement(circuit, s1, step(circuit, s1, tick(39)))).toBe(
      'Rest, 20 seconds. Next: Single-leg Romanian deadlift.',
    );
    expect(announcement(circuit, s1, step(circuit, s1, pause))).toMatch(/^Paused/);
    expect(announcement(circuit, initialState(circuit), s0)).toBe('Front squat, 40 seconds. Round 1 of 2.');
  });

  it('announces Back on the first exercise, which restarts it without changing exercise', () => {
    const s = run(circuit, [start, tick(25)]);
    expect(announcement(circuit, s, step(circuit, s, back))).toBe('Front squat, 40 seconds. Round 1 of 2.');
  });
});

describe('the timer panel', () => {
  it('shows the first exercise, its full time and round 1 before starting, with Back and Skip unavailable', () => {
    expect(timerView(circuit, initialState(circuit))).toEqual({
      phase: 'Ready',
      title: 'Front squat',
      href: '/exercises/front-squat/',
      clock: '0:40',
      round: 'Round 1 of 2',
      next: 'Next: Single-leg Romanian deadlift',
      action: { event: 'start', label: 'Start' },
      progress: 0,
      canBack: false,
      canSkip: false,
    });
  });

  it('puts the coming exercise centre stage during rest, with the one after it as next', () => {
    const v = timerView(circuit, run(circuit, [start, tick(45)]));
    expect(v).toMatchObject({
      phase: 'Rest · get ready for',
      title: 'Single-leg Romanian deadlift',
      clock: '0:15',
      next: 'Next: Side plank with abduction',
      canBack: true,
      canSkip: true,
    });
    expect(v.progress).toBeCloseTo(0.25);
  });

  it('shows the coming round during the rest that ends a round', () => {
    expect(timerView(circuit, run(circuit, [start, tick(2 * 60 + 45)]))).toMatchObject({
      title: 'Front squat',
      round: 'Round 2 of 2',
    });
  });

  it('says when the exercise in focus is the last one', () => {
    expect(timerView(circuit, run(circuit, [start, tick(5 * 60 + 1)])).next).toBe('Last exercise');
  });

  it('shows the end with no link, no next, a full bar and Start again', () => {
    expect(timerView(circuit, run(circuit, [start, tick(1000)]))).toMatchObject({
      phase: 'Done',
      title: 'Routine complete',
      href: '',
      clock: '0:00',
      next: '',
      progress: 1,
      action: { event: 'start', label: 'Start again' },
      canBack: true,
      canSkip: false,
    });
  });
});

describe('plans the timer refuses', () => {
  it('refuses an empty list, zero rounds and non-positive work time', () => {
    expect(() => checkPlan({ rounds: 1, items: [] })).toThrow(/at least one exercise/);
    expect(() => checkPlan({ ...circuit, rounds: 0 })).toThrow(/rounds/);
    expect(() => checkPlan({ ...circuit, rounds: 1.5 })).toThrow(/rounds/);
    expect(() => initialState({ rounds: 1, items: [{ title: 'X', href: '/x/', seconds: 0, rest: 0 }] })).toThrow(
      /items\[0\] \(X\): seconds/,
    );
    expect(() => checkPlan({ rounds: 1, items: [{ title: 'X', href: '/x/', seconds: 10, rest: -1 }] })).toThrow(/rest/);
  });
});

describe('invariants', () => {
  const plans = fc.record({
    rounds: fc.integer({ min: 1, max: 4 }),
    items: fc.array(
      fc.record({
        title: fc.string({ minLength: 1 }),
        href: fc.constant('/x/'),
        seconds: fc.integer({ min: 1, max: 90 }),
        rest: fc.integer({ min: 0, max: 60 }),
      }),
      { minLength: 1, maxLength: 6 },
    ),
  });
  const events = fc.array(
    fc.oneof(
      fc.constantFrom<TimerEvent>(start, pause, resume, skip, back, { type: 'reset' }),
      fc.integer({ min: 0, max: 120_000 }).map((ms): TimerEvent => ({ type: 'tick', elapsedMs: ms })),
    ),
    { maxLength: 40 },
  );

  it('ticking in pieces lands where one tick of the same length does', () => {
    fc.assert(
      fc.property(plans, fc.array(fc.integer({ min: 1, max: 50_000 }), { maxLength: 30 }), (plan, pieces) => {
        const started = run(plan, [start]);
        const piecewise = run(plan, pieces.map((ms) => ({ type: 'tick', elapsedMs: ms })), started);
        const sum = pieces.reduce((a, b) => a + b, 0);
        const once = sum > 0 ? step(plan, started, { type: 'tick', elapsedMs: sum }) : started;
        expect(piecewise).toEqual(once);
      }),
    );
  });

  it('always stays inside the plan, with time left between 0 and the interval length', () => {
    fc.assert(
      fc.property(plans, events, (plan, evs) => {
        let s = initialState(plan);
        for (const e of evs) {
          s = step(plan, s, e);
          expect(s.item).toBeGreaterThanOrEqual(0);
          expect(s.item).toBeLessThan(plan.items.length);
          expect(s.round).toBeGreaterThanOrEqual(1);
          expect(s.round).toBeLessThanOrEqual(plan.rounds);
          const it = plan.items[s.item]!;
          const max = s.phase === 'rest' ? it.rest * 1000 : s.phase === 'done' ? 0 : it.seconds * 1000;
          expect(s.remainingMs).toBeGreaterThan(s.phase === 'done' ? -1 : 0);
          expect(s.remainingMs).toBeLessThanOrEqual(max);
          // Nothing runs before the start or after the end.
          expect(s.running && (s.phase === 'idle' || s.phase === 'done'), `running while ${s.phase}`).toBe(false);
        }
      }),
    );
  });

  it('ends after exactly the total time, or after one Skip per interval', () => {
    fc.assert(
      fc.property(plans, (plan) => {
        const started = run(plan, [start]);
        expect(step(plan, started, { type: 'tick', elapsedMs: totalSeconds(plan) * 1000 }).phase).toBe('done');
        expect(step(plan, started, { type: 'tick', elapsedMs: totalSeconds(plan) * 1000 - 1 }).phase).toBe('work');
        const intervals =
          plan.rounds * plan.items.length + plan.rounds * plan.items.filter((i) => i.rest > 0).length -
          (plan.items[plan.items.length - 1]!.rest > 0 ? 1 : 0);
        let s = started;
        for (let i = 0; i < intervals; i++) {
          expect(s.phase).not.toBe('done');
          s = step(plan, s, skip);
        }
        expect(s.phase).toBe('done');
      }),
    );
  });
});
