import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  BACK_AGAIN_MS,
  checkPlan,
  current,
  initialState,
  intervals,
  remainingMs,
  step,
  totalSeconds,
  upNext,
  type TimerEvent,
  type TimerPlan,
  type TimerState,
} from '../../src/lib/timer/machine';
import { formatLength } from '../../src/lib/timer/view';
import { back, done, pause, resume, run, skip, start, tick } from './timer-events';

// The shape of the nine-move circuit (DOMAIN.md §4.2), cut to three moves to keep cases short.
const circuit: TimerPlan = {
  rounds: 2,
  items: [
    { title: 'Front squat', href: '/exercises/front-squat/', seconds: 40, rest: 20 },
    { title: 'Single-leg Romanian deadlift', href: '/exercises/single-leg-romanian-deadlift/', seconds: 40, rest: 20 },
    { title: 'Side plank with abduction', href: '/exercises/side-plank-abduction/', seconds: 40, rest: 20 },
  ],
};

// A sets-and-reps routine: two sets of reps, then a timed hold on each side, with a rest between sets.
const sets: TimerPlan = {
  rounds: 1,
  items: [
    { title: 'Split squat', href: '/exercises/split-squat/', reps: '8–12 each leg', sets: 2, rest: 75 },
    { title: 'Side plank', href: '/exercises/side-plank/', seconds: 20, sets: 2, rest: 75, sides: { limb: 'side', by: 'set' } },
  ],
};

/** Where a state is, in the plan's words. */
const where = (plan: TimerPlan, s: TimerState) => {
  const { item, round, set, side } = current(plan, s);
  return { phase: s.phase, item, round, set, ...(side && { side: side.which }) };
};
/** Where, plus the time left and whether the clock runs. */
const full = (plan: TimerPlan, s: TimerState) => ({ ...where(plan, s), remainingMs: remainingMs(plan, s), running: s.running });
const at = (phase: TimerState['phase'], item: number, round: number, set = 1) => ({ phase, item, round, set });

describe('before starting', () => {
  it('shows the first exercise with its full time, round 1, not running', () => {
    expect(full(circuit, initialState(circuit))).toEqual({ ...at('idle', 0, 1), remainingMs: 40_000, running: false });
  });

  it('ignores the clock until Start is pressed', () => {
    expect(run(circuit, [tick(100)])).toEqual(initialState(circuit));
  });

  it('ignores pause, resume, skip, done and back while idle', () => {
    expect(run(circuit, [pause, resume, skip, done, back])).toEqual(initialState(circuit));
  });

  it('starts the first exercise of round 1 on Start', () => {
    expect(full(circuit, run(circuit, [start]))).toEqual({ ...at('work', 0, 1), remainingMs: 40_000, running: true });
  });
});

describe('running through the intervals', () => {
  it('counts down the work time', () => {
    expect(remainingMs(circuit, run(circuit, [start, tick(15)]))).toBe(25_000);
  });

  it('moves from work to rest when the 40 s run out', () => {
    const s = run(circuit, [start, tick(40)]);
    expect(where(circuit, s)).toEqual(at('rest', 0, 1));
    expect(remainingMs(circuit, s)).toBe(20_000);
  });

  it('stays in work until the very last millisecond is gone', () => {
    expect(run(circuit, [start, { type: 'tick', elapsedMs: 39_999 }]).phase).toBe('work');
  });

  it('moves from rest to the next exercise when the rest runs out', () => {
    const s = run(circuit, [start, tick(40), tick(20)]);
    expect(where(circuit, s)).toEqual(at('work', 1, 1));
    expect(remainingMs(circuit, s)).toBe(40_000);
  });

  it('begins round 2 with the first exercise after the last rest of round 1', () => {
    expect(where(circuit, run(circuit, [start, tick(3 * 60)]))).toEqual(at('work', 0, 2));
  });

  it('skips the rest after the last exercise of the last round', () => {
    const lastWork = run(circuit, [start, tick(60 * 5)]);
    expect(where(circuit, lastWork)).toEqual(at('work', 2, 2));
    const s = run(circuit, [tick(40)], lastWork);
    expect(full(circuit, s)).toEqual({ ...at('done', 2, 2), remainingMs: 0, running: false });
  });

  it('keeps the rest after the last exercise of an earlier round', () => {
    expect(where(circuit, run(circuit, [start, tick(60 * 2 + 40)]))).toEqual(at('rest', 2, 1));
  });

  it('goes straight to the next exercise when an exercise has no rest', () => {
    const plan: TimerPlan = {
      rounds: 1,
      items: [
        { title: 'A', href: '/a/', seconds: 30, rest: 0 },
        { title: 'B', href: '/b/', seconds: 30, rest: 10 },
      ],
    };
    expect(where(plan, run(plan, [start, tick(30)]))).toEqual(at('work', 1, 1));
  });

  it('carries time left over from a long tick into the following intervals', () => {
    const s = run(circuit, [start, tick(40 + 20 + 5)]);
    expect(where(circuit, s)).toEqual(at('work', 1, 1));
    expect(remainingMs(circuit, s)).toBe(35_000);
  });

  it('finishes after exactly the total time, however the ticks are cut', () => {
    const total = totalSeconds(circuit)!;
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
    expect(full(circuit, s)).toEqual({ ...at('work', 0, 1), remainingMs: 30_000, running: false });
  });

  it('carries on from the same moment on resume', () => {
    const s = run(circuit, [start, tick(10), pause, tick(30), resume, tick(5)]);
    expect(remainingMs(circuit, s)).toBe(25_000);
    expect(s.running).toBe(true);
  });

  it('can pause during rest too', () => {
    const s = run(circuit, [start, tick(45), pause, tick(60)]);
    expect(where(circuit, s)).toEqual(at('rest', 0, 1));
    expect(remainingMs(circuit, s)).toBe(15_000);
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
    expect(where(circuit, s)).toEqual(at('rest', 0, 1));
    expect(remainingMs(circuit, s)).toBe(20_000);
  });

  it('ends the rest early and starts the next exercise', () => {
    const s = run(circuit, [start, tick(45), skip]);
    expect(where(circuit, s)).toEqual(at('work', 1, 1));
    expect(remainingMs(circuit, s)).toBe(40_000);
  });

  it('finishes the routine from the last exercise of the last round', () => {
    expect(run(circuit, [start, tick(60 * 5), skip]).phase).toBe('done');
  });

  it('keeps a paused timer paused', () => {
    const s = run(circuit, [start, pause, skip]);
    expect(s.phase).toBe('rest');
    expect(s.running).toBe(false);
  });

  it('does nothing once the routine is done', () => {
    const finished = run(circuit, [start, tick(1000)]);
    expect(step(circuit, finished, skip)).toBe(finished);
  });
});

describe('back', () => {
  it('during work, restarts the exercise once it has run a few seconds', () => {
    const s = run(circuit, [start, tick(60 + 10), back]);
    expect(full(circuit, s)).toEqual({ ...at('work', 1, 1), remainingMs: 40_000, running: true });
  });

  it(`pressed again within ${BACK_AGAIN_MS / 1000} s, goes to the start of the exercise before`, () => {
    const s = run(circuit, [start, tick(60 + 10), back, tick(1), back]);
    expect(full(circuit, s)).toEqual({ ...at('work', 0, 1), remainingMs: 40_000, running: true });
  });

  it('just after a rest, goes to the exercise before the rest', () => {
    expect(where(circuit, run(circuit, [start, tick(60 + 2), back]))).toEqual(at('work', 0, 1));
  });

  it('during rest, returns to the start of the exercise just done', () => {
    const s = run(circuit, [start, tick(50), back]);
    expect(full(circuit, s)).toEqual({ ...at('work', 0, 1), remainingMs: 40_000, running: true });
  });

  it('early in the first exercise of a later round, returns to the last exercise of the round before', () => {
    expect(where(circuit, run(circuit, [start, tick(3 * 60 + 1), back]))).toEqual(at('work', 2, 1));
  });

  it('on the very first exercise restarts it, however early', () => {
    const s = run(circuit, [start, tick(1), back]);
    expect(full(circuit, s)).toEqual({ ...at('work', 0, 1), remainingMs: 40_000, running: true });
  });

  it('after the end returns, paused, to the last exercise', () => {
    const s = run(circuit, [start, tick(1000), back]);
    expect(full(circuit, s)).toEqual({ ...at('work', 2, 2), remainingMs: 40_000, running: false });
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
    expect(full(circuit, s)).toEqual({ ...at('work', 0, 1), remainingMs: 40_000, running: true });
  });

  it('Start in the middle of the routine changes nothing', () => {
    const s = run(circuit, [start, tick(70)]);
    expect(step(circuit, s, start)).toBe(s);
  });
});

describe('sets and reps', () => {
  it('lays out every set, one side after the other for a timed one-sided hold, with a rest after each set but the last', () => {
    expect(intervals(sets).map((i) => `${i.kind} ${i.item}.${i.set}${i.side ? ` ${i.side.which}` : ''} ${i.ms ?? 'open'}`)).toEqual([
      'work 0.1 open',
      'rest 0.1 75000',
      'work 0.2 open',
      'rest 0.2 75000',
      'work 1.1 left 20000',
      'work 1.1 right 20000',
      'rest 1.1 75000',
      'work 1.2 left 20000',
      'work 1.2 right 20000',
    ]);
  });

  it('waits on a set of reps however long it takes, until Done', () => {
    const s = run(sets, [start, tick(600)]);
    expect(where(sets, s)).toEqual(at('work', 0, 1, 1));
    expect(remainingMs(sets, s)).toBeUndefined();
    expect(where(sets, step(sets, s, done))).toEqual(at('rest', 0, 1, 1));
  });

  it('counts the rest, then waits on the next set', () => {
    const s = run(sets, [start, done, tick(75 + 30)]);
    expect(where(sets, s)).toEqual(at('work', 0, 1, 2));
  });

  it('stops a long tick at a set of reps instead of running past it', () => {
    expect(where(sets, run(sets, [start, done, tick(10_000)]))).toEqual(at('work', 0, 1, 2));
  });

  it('runs a timed hold on the left, then the right, then rests', () => {
    const hold = run(sets, [start, done, skip, done, skip]);
    expect(where(sets, hold)).toEqual({ ...at('work', 1, 1, 1), side: 'left' });
    expect(where(sets, run(sets, [tick(20)], hold))).toEqual({ ...at('work', 1, 1, 1), side: 'right' });
    expect(where(sets, run(sets, [tick(40)], hold))).toEqual(at('rest', 1, 1, 1));
  });

  it('Skip on a set of reps passes over it and its rest, so a set the reader does not need costs two taps', () => {
    const secondSet = run(sets, [start, done, skip]);
    expect(where(sets, secondSet)).toEqual(at('work', 0, 1, 2));
    expect(where(sets, step(sets, secondSet, skip))).toEqual({ ...at('work', 1, 1, 1), side: 'left' });
  });

  it('Done does nothing during a countdown', () => {
    const hold = run(sets, [start, done, skip, done, skip, tick(5)]);
    expect(step(sets, hold, done)).toBe(hold);
  });

  it('Back during a rest returns to the set just done, and again to the set before', () => {
    const rest = run(sets, [start, done, skip, done]);
    expect(where(sets, rest)).toEqual(at('rest', 0, 1, 2));
    expect(where(sets, step(sets, rest, back))).toEqual(at('work', 0, 1, 2));
    expect(where(sets, run(sets, [back, back], rest))).toEqual(at('work', 0, 1, 1));
  });

  it('has no total time when sets of reps take as long as they take', () => {
    expect(totalSeconds(sets)).toBeUndefined();
  });
});

describe('one side at a time in a circuit', () => {
  const plan: TimerPlan = {
    rounds: 2,
    items: [{ title: 'Single-leg glute bridge', href: '/x/', seconds: 40, rest: 20, sides: { limb: 'leg', by: 'round' } }],
  };

  it('works the left side in round 1 and the right in round 2', () => {
    expect(intervals(plan).filter((i) => i.kind === 'work').map((i) => `${i.round} ${i.side!.which}`)).toEqual(['1 left', '2 right']);
  });

  it('refuses sides by round when the rounds are odd, as one side would get more work', () => {
    expect(() => checkPlan({ ...plan, rounds: 3 })).toThrow(/even number of rounds, not 3/);
  });
});

describe('what comes next', () => {
  it('previews the next exercise during work', () => {
    expect(upNext(circuit, run(circuit, [start]))?.item).toBe(1);
  });

  it('previews the exercise after the coming one during rest, since the coming one is on screen', () => {
    expect(upNext(circuit, run(circuit, [start, tick(45)]))?.item).toBe(2);
  });

  it('previews the first exercise of the next round at the end of a round', () => {
    expect(upNext(circuit, run(circuit, [start, tick(2 * 60 + 5)]))).toMatchObject({ item: 0, round: 2 });
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
    expect(formatLength(totalSeconds(nine)!)).toBe('18 min');
  });
});

describe('plans the timer refuses', () => {
  it('refuses an empty list, zero rounds, non-positive work time, a set with neither time nor reps, and broken set counts', () => {
    expect(() => checkPlan({ rounds: 1, items: [] })).toThrow(/at least one exercise/);
    expect(() => checkPlan({ ...circuit, rounds: 0 })).toThrow(/rounds/);
    expect(() => checkPlan({ ...circuit, rounds: 1.5 })).toThrow(/rounds/);
    expect(() => initialState({ rounds: 1, items: [{ title: 'X', href: '/x/', seconds: 0, rest: 0 }] })).toThrow(
      /items\[0\] \(X\): seconds/,
    );
    expect(() => checkPlan({ rounds: 1, items: [{ title: 'X', href: '/x/', seconds: 10, rest: -1 }] })).toThrow(/rest/);
    expect(() => checkPlan({ rounds: 1, items: [{ title: 'X', href: '/x/', rest: 0 }] })).toThrow(/X\): needs seconds or reps/);
    expect(() => checkPlan({ rounds: 1, items: [{ title: 'X', href: '/x/', reps: '8', sets: 0, rest: 0 }] })).toThrow(/sets must be/);
  });
});

describe('invariants', () => {
  const plans = fc.record({
    rounds: fc.integer({ min: 1, max: 4 }),
    items: fc.array(
      fc.record(
        {
          title: fc.string({ minLength: 1 }),
          href: fc.constant('/x/'),
          seconds: fc.option(fc.integer({ min: 1, max: 90 }), { nil: undefined }),
          reps: fc.constant('8'),
          rest: fc.integer({ min: 0, max: 60 }),
          sets: fc.integer({ min: 1, max: 3 }),
          sides: fc.option(fc.constant({ limb: 'leg' as const, by: 'set' as const }), { nil: undefined }),
        },
        { requiredKeys: ['title', 'href', 'rest', 'reps'] },
      ),
      { minLength: 1, maxLength: 5 },
    ),
  });
  const timed = plans.map((plan) => ({ ...plan, items: plan.items.map((it) => ({ ...it, seconds: it.seconds ?? 30 })) }));
  const events = fc.array(
    fc.oneof(
      fc.constantFrom<TimerEvent>(start, pause, resume, skip, done, back, { type: 'reset' }),
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

  it('always stays inside the plan, with time gone between 0 and the interval length', () => {
    fc.assert(
      fc.property(plans, events, (plan, evs) => {
        const list = intervals(plan);
        let s = initialState(plan);
        for (const e of evs) {
          s = step(plan, s, e);
          expect(s.at).toBeGreaterThanOrEqual(0);
          expect(s.at).toBeLessThan(list.length);
          expect(s.elapsedMs).toBeGreaterThanOrEqual(0);
          const { kind, ms } = list[s.at]!;
          if (s.phase === 'work' || s.phase === 'rest') expect(kind).toBe(s.phase);
          expect(s.elapsedMs).toBeLessThan(ms ?? Number.POSITIVE_INFINITY);
          // Nothing runs before the start or after the end.
          expect(s.running && (s.phase === 'idle' || s.phase === 'done'), `running while ${s.phase}`).toBe(false);
        }
      }),
    );
  });

  it('ends after exactly the total time, or after one Skip per interval', () => {
    fc.assert(
      fc.property(timed, (plan) => {
        const started = run(plan, [start]);
        expect(step(plan, started, { type: 'tick', elapsedMs: totalSeconds(plan)! * 1000 }).phase).toBe('done');
        expect(step(plan, started, { type: 'tick', elapsedMs: totalSeconds(plan)! * 1000 - 1 }).phase).toBe('work');
        let s = started;
        for (let i = 0; i < intervals(plan).length; i++) {
          expect(s.phase).not.toBe('done');
          s = step(plan, s, skip);
        }
        expect(s.phase).toBe('done');
      }),
    );
  });

  it('reaches the end from any plan with Done on every set of reps and Skip on every countdown', () => {
    fc.assert(
      fc.property(plans, (plan) => {
        let s = run(plan, [start]);
        for (let i = 0; i < intervals(plan).length && s.phase !== 'done'; i++) {
          s = step(plan, s, current(plan, s).ms === null ? done : skip);
        }
        expect(s.phase).toBe('done');
      }),
    );
  });
});
