import { describe, expect, it } from 'vitest';
import { loadInput, parseStored, saveInput, serialize, STORAGE_KEY } from '../../src/lib/plan/storage';
import { defaultInput, type PlanInput } from '../../src/lib/plan/types';

const input: PlanInput = { ...defaultInput(), sessions: 3, minutes: 45, emphasis: ['hips'], experience: 'experienced', raceDate: '2027-04-11' };
const v1 = { sessions: 3, minutes: 45, equipment: ['dumbbell', 'band'], phase: 'base', experience: 'experienced', week: defaultInput().week, emphasis: ['hips'], placement: 'hard' };

function memoryStore(initial: Record<string, string> = {}) {
  const data = new Map(Object.entries(initial));
  return { getItem: (k: string) => data.get(k) ?? null, setItem: (k: string, v: string) => void data.set(k, v), data };
}

describe('plan storage', () => {
  it('remembers the plan and reads it back', () => {
    const store = memoryStore();
    expect(saveInput(store, input)).toBe(true);
    expect(JSON.parse(store.data.get(STORAGE_KEY)!)).toEqual({ v: 2, input });
    expect(loadInput(store)).toEqual({ input, found: true, ignored: [], writable: true, extra: {}, available: true });
  });

  it('gives the defaults quietly when nothing is saved', () => {
    expect(loadInput(memoryStore())).toMatchObject({ input: defaultInput(), found: false, ignored: [], available: true });
  });

  it('reads version 0 (the bare input) and version 1, new settings taking their defaults', () => {
    const expected = { ...defaultInput(), ...v1 };
    expect(parseStored(JSON.stringify(v1))).toMatchObject({ input: expected, found: true, ignored: [] });
    expect(parseStored(JSON.stringify({ v: 1, input: v1 }))).toMatchObject({ input: expected, found: true, ignored: [], writable: true });
  });

  it('salvages a saved plan field by field: one bad field costs only itself', () => {
    const bad = parseStored(JSON.stringify({ v: 2, input: { ...input, sessions: 'lots', phase: 'winter' } }));
    expect(bad.input).toEqual({ ...input, sessions: defaultInput().sessions, phase: defaultInput().phase });
    expect(bad.found).toBe(true);
    expect(bad.ignored).toEqual([
      'saved sessions per week "lots" (not a whole number 1–5: the default is used)',
      'saved season phase "winter" (unknown)',
    ]);
  });

  it('keeps a field it does not know and writes it back on the next save', () => {
    const store = memoryStore({ [STORAGE_KEY]: JSON.stringify({ v: 2, input: { ...input, coachNote: 'easy on the hills' } }) });
    const restored = loadInput(store);
    expect(restored.input).toEqual(input);
    expect(restored.extra).toEqual({ coachNote: 'easy on the hills' });
    saveInput(store, { ...input, sessions: 2 }, restored.extra);
    expect(JSON.parse(store.data.get(STORAGE_KEY)!).input).toMatchObject({ sessions: 2, coachNote: 'easy on the hills' });
  });

  it('reads a plan from a newer version as far as it can and never overwrites it', () => {
    const newer = parseStored(JSON.stringify({ v: 3, input: { ...input, sessions: 4 } }));
    expect(newer.input.sessions).toBe(4);
    expect(newer.writable).toBe(false);
    expect(newer.ignored.join()).toMatch(/newer version/);
  });

  it('names what was wrong with unreadable state', () => {
    expect(parseStored('{not json').ignored).toEqual(['your saved plan (it was not valid data)']);
    expect(parseStored('null').ignored).toEqual(['your saved plan (it was not a set of settings)']);
    expect(parseStored('[1,2]').ignored).toEqual(['your saved plan (it was not a set of settings)']);
    expect(parseStored('{"v":"x","input":{}}').ignored).toEqual(['your saved plan (unknown version "x")']);
  });

  it('says when storage itself is blocked, and never throws', () => {
    const blocked = { getItem: () => { throw new Error('denied'); }, setItem: () => { throw new Error('full'); } };
    expect(loadInput(blocked)).toMatchObject({ input: defaultInput(), available: false });
    expect(saveInput(blocked, input)).toBe(false);
    expect(loadInput(undefined).available).toBe(false);
    expect(saveInput(undefined, input)).toBe(false);
  });

  it('stores a versioned envelope', () => {
    expect(serialize(input).startsWith('{"v":2,')).toBe(true);
  });
});
