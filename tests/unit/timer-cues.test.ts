import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { CUES, cueFor, type CueName } from '../../src/lib/timer/cues';
import { initialState, step, type TimerEvent, type TimerPlan, type TimerState } from '../../src/lib/timer/machine';

const circuit: TimerPlan = {
  rounds: 2,
  items: [
    { title: 'Front squat', href: '/a/', seconds: 40, rest: 20 },
    { title: 'Single-leg glute bridge', href: '/b/', seconds: 40, rest: 20, sides: { limb: 'leg', by: 'round' } },
  ],
};
const sets: TimerPlan = {
  rounds: 1,
  items: [
    { title: 'Split squat', href: '/c/', reps: '8', sets: 2, rest: 60 },
    { title: 'Side plank', href: '/d/', seconds: 20, rest: 60, sides: { limb: 'side', by: 'set' } },
  ],
};

const tick = (ms: number): TimerEvent => ({ type: 'tick', elapsedMs: ms });

/** Every cue heard on the way through `events`, with the second it came at. */
function heard(plan: TimerPlan, events: TimerEvent[], from = initialState(plan)) {
  let s: TimerState = from;
  let clock = 0;
  const cues: string[] = [];
  for (const event of events) {
    const next = step(plan, s, event);
    if (event.type === 'tick') clock += event.elapsedMs;
    const cue = cueFor(plan, s, next);
    if (cue) cues.push(`${cue}@${clock / 1000}`);
    s = next;
  }
  return cues;
}
/** The same events every 250 ms for `seconds`, as the element ticks. */
const ticks = (seconds: number) => Array.from({ length: seconds * 4 }, () => tick(250));

describe('when the cues play', () => {
  it('plays the work cue on Start, so the first sound comes from the tap that allows it', () => {
    expect(heard(circuit, [{ type: 'start' }])).toEqual(['work@0']);
  });

  it('counts 3-2-1 before work ends, then plays rest, counts again and plays work', () => {
    expect(heard(circuit, [{ type: 'start' }, ...ticks(60)])).toEqual([
      'work@0',
      'count@37',
      'count@38',
      'count@39',
      'rest@40',
      'count@57',
      'count@58',
      'count@59',
      'work@60',
    ]);
  });

  it('ends with the done cue, and nothing after it', () => {
    const cues = heard(circuit, [{ type: 'start' }, ...ticks(240)]);
    expect(cues.at(-1)).toBe('done@220');
    expect(cues.filter((c) => c.startsWith('done'))).toHaveLength(1);
  });

  it('plays one cue where a long tick lands, never a burst of everything it passed', () => {
    expect(heard(circuit, [{ type: 'start' }, tick(65_000)])).toEqual(['work@0', 'work@65']);
    expect(heard(circuit, [{ type: 'start' }, tick(38_500)])).toEqual(['work@0', 'count@38.5']);
  });

  it('keeps quiet while paused and on pause and resume', () => {
    expect(heard(circuit, [{ type: 'start' }, tick(36_000), { type: 'pause' }, tick(10_000), { type: 'resume' }])).toEqual(['work@0']);
  });

  it('sounds like the interval that Skip or Back leads to', () => {
    const started = step(circuit, initialState(circuit), { type: 'start' });
    expect(heard(circuit, [{ type: 'skip' }, { type: 'skip' }], started)).toEqual(['rest@0', 'work@0']);
    expect(heard(circuit, [tick(10_000), { type: 'back' }], started)).toEqual(['work@10']);
  });

  it('plays the side change between the two sides of a timed hold, and no count on a set of reps', () => {
    const hold = [{ type: 'start' }, { type: 'done' }, { type: 'skip' }, { type: 'done' }, tick(60_000)] as TimerEvent[];
    expect(heard(sets, [...hold, ...ticks(41)])).toEqual([
      'work@0',
      'rest@0',
      'work@0',
      'rest@0',
      'work@60',
      'count@77',
      'count@78',
      'count@79',
      'switch@80',
      'count@97',
      'count@98',
      'count@99',
      'done@100',
    ]);
  });

  it('marks every change of interval with a cue of its own, and never counts across one', () => {
    const events = fc.array(
      fc.oneof(
        fc.constantFrom<TimerEvent>({ type: 'start' }, { type: 'pause' }, { type: 'resume' }, { type: 'skip' }, { type: 'back' }, { type: 'done' }),
        fc.integer({ min: 1, max: 90_000 }).map(tick),
      ),
      { maxLength: 40 },
    );
    fc.assert(
      fc.property(events, (evs) => {
        let s = initialState(sets);
        for (const e of evs) {
          const next = step(sets, s, e);
          const moved = next.phase !== 'idle' && (next.phase !== s.phase || next.at !== s.at);
          if (moved) expect(['work', 'switch', 'rest', 'done']).toContain(cueFor(sets, s, next));
          s = next;
        }
      }),
    );
  });
});

describe('what the cues sound like', () => {
  it('gives every cue a different rhythm or pitch, so each can be told apart without looking', () => {
    const signature = (name: CueName) => JSON.stringify(CUES[name].tones.map((t) => [t.hz, t.ms]));
    const names = Object.keys(CUES) as CueName[];
    expect(new Set(names.map(signature)).size).toBe(names.length);
    expect(new Set(names.map((n) => JSON.stringify(CUES[n].vibrate))).size).toBe(names.length);
  });

  it('keeps every note short enough to finish before the next second', () => {
    for (const cue of Object.values(CUES)) {
      const end = Math.max(...cue.tones.map((t) => t.atMs + t.ms));
      expect(end).toBeLessThan(1000);
    }
  });
});
