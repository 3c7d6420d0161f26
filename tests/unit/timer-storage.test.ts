import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { initialState, type TimerEvent, type TimerPlan } from '../../src/lib/timer/machine';
import {
  CHANGED,
  fingerprint,
  parseSound,
  parseState,
  readStored,
  RESUMED,
  serializeSound,
  serializeState,
  stateKey,
  UNREADABLE,
  writeStored,
} from '../../src/lib/timer/storage';
import { run } from './timer-events';

const circuit: TimerPlan = {
  rounds: 2,
  items: [
    { title: 'Front squat', href: '/a/', seconds: 40, rest: 20 },
    { title: 'Side plank', href: '/b/', seconds: 40, rest: 20 },
  ],
};
const sets: TimerPlan = { rounds: 1, items: [{ title: 'Split squat', href: '/c/', reps: '8', sets: 3, rest: 75 }] };

const midRest = run(circuit, [{ type: 'start' }, { type: 'tick', elapsedMs: 52_500 }]);
const saved = serializeState(circuit, midRest)!;
const edit = (changes: Record<string, unknown>) => JSON.stringify({ ...JSON.parse(saved), ...changes });

describe('the place in a routine', () => {
  it('comes back where it was, paused, with a notice saying so', () => {
    expect(parseState(circuit, saved)).toEqual({ state: { ...midRest, running: false }, notice: RESUMED });
  });

  it('keeps the time gone in a set of reps too', () => {
    const inSet = run(sets, [{ type: 'start' }, { type: 'tick', elapsedMs: 90_000 }]);
    expect(parseState(sets, serializeState(sets, inSet))).toEqual({ state: { ...inSet, running: false }, notice: RESUMED });
  });

  it('stores nothing before Start or after the end', () => {
    expect(serializeState(circuit, initialState(circuit))).toBeNull();
    expect(serializeState(circuit, run(circuit, [{ type: 'start' }, { type: 'tick', elapsedMs: 10 ** 6 }]))).toBeNull();
  });

  it('says nothing when nothing was saved', () => {
    expect(parseState(circuit, null)).toEqual({ notice: '' });
  });

  it('starts clean, with a notice, on anything it cannot use', () => {
    for (const text of [
      '',
      '{',
      'null',
      '[1]',
      '"work"',
      edit({ v: 2 }),
      edit({ v: '1' }),
      edit({ plan: 42 }),
      edit({ at: -1 }),
      edit({ at: 1.5 }),
      edit({ at: 99 }),
      edit({ at: '1' }),
      edit({ phase: 'work' }),
      edit({ phase: 'done' }),
      edit({ elapsedMs: -1 }),
      edit({ elapsedMs: 20_000 }),
      edit({ elapsedMs: 'soon' }),
      edit({ elapsedMs: null }),
    ]) {
      expect(parseState(circuit, text), text).toEqual({ notice: UNREADABLE });
    }
  });

  it('starts clean when the routine changed since the place was saved', () => {
    const longer: TimerPlan = { ...circuit, rounds: 3 };
    expect(parseState(longer, saved)).toEqual({ notice: CHANGED });
    const renamed: TimerPlan = { ...circuit, items: [{ ...circuit.items[0]!, title: 'Goblet squat' }, circuit.items[1]!] };
    expect(fingerprint(renamed)).not.toBe(fingerprint(circuit));
  });

  it('reads back every state it writes, whatever the reader did', () => {
    const events = fc.array(
      fc.oneof(
        fc.constantFrom<TimerEvent>({ type: 'start' }, { type: 'pause' }, { type: 'skip' }, { type: 'back' }, { type: 'done' }),
        fc.integer({ min: 1, max: 100_000 }).map((ms): TimerEvent => ({ type: 'tick', elapsedMs: ms })),
      ),
      { maxLength: 30 },
    );
    fc.assert(
      fc.property(fc.constantFrom(circuit, sets), events, (plan, evs) => {
        const s = run(plan, evs);
        const text = serializeState(plan, s);
        if (text === null) expect(['idle', 'done']).toContain(s.phase);
        else expect(parseState(plan, text).state).toEqual({ ...s, elapsedMs: Math.floor(s.elapsedMs), running: false });
      }),
    );
  });

  it('never saves a time that would read back as past the end of its interval', () => {
    const almost = run(circuit, [{ type: 'start' }, { type: 'tick', elapsedMs: 39_999.7 }]);
    expect(parseState(circuit, serializeState(circuit, almost)).notice).toBe(RESUMED);
  });

  it('keeps one place per page', () => {
    expect(stateKey('/routines/warm-up/')).toBe('ss-timer:/routines/warm-up/');
  });
});

describe('sound on or off', () => {
  it('is on until the reader mutes it, and remembered both ways', () => {
    expect(parseSound(null)).toEqual({ muted: false, notice: '' });
    expect(parseSound(serializeSound(true))).toEqual({ muted: true, notice: '' });
    expect(parseSound(serializeSound(false))).toEqual({ muted: false, notice: '' });
  });

  it('falls back to on, with a notice, for a value it does not know', () => {
    expect(parseSound('muted')).toEqual({ muted: false, notice: 'Your sound setting could not be read, so sound and vibration are on.' });
  });
});

describe('storage that is missing or blocked', () => {
  const blocked = {
    getItem: () => {
      throw new Error('SecurityError');
    },
    setItem: () => {
      throw new Error('QuotaExceededError');
    },
    removeItem: () => {
      throw new Error('SecurityError');
    },
  };

  it('reads as nothing saved and writes as not saved, never throwing', () => {
    expect(readStored(blocked, 'k')).toBeNull();
    expect(readStored(undefined, 'k')).toBeNull();
    expect(writeStored(blocked, 'k', 'v')).toBe(false);
    expect(writeStored(undefined, 'k', 'v')).toBe(false);
  });

  it('writes, and removes for null', () => {
    const map = new Map<string, string>();
    const store = { getItem: (k: string) => map.get(k) ?? null, setItem: (k: string, v: string) => void map.set(k, v), removeItem: (k: string) => void map.delete(k) };
    expect(writeStored(store, 'k', 'v')).toBe(true);
    expect(readStored(store, 'k')).toBe('v');
    expect(writeStored(store, 'k', null)).toBe(true);
    expect(readStored(store, 'k')).toBeNull();
  });
});
