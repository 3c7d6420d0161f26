import { describe, expect, it } from 'vitest';
import { loadInput, parseStored, saveInput, serialize, STORAGE_KEY } from '../../src/lib/plan/storage';
import { defaultInput, type PlanInput } from '../../src/lib/plan/types';

const input: PlanInput = { ...defaultInput(), sessions: 3, minutes: 45, emphasis: ['hips'], experience: 'experienced' };

function memoryStore(initial: Record<string, string> = {}) {
  const data = new Map(Object.entries(initial));
  return { getItem: (k: string) => data.get(k) ?? null, setItem: (k: string, v: string) => void data.set(k, v), data };
}

describe('plan storage', () => {
  it('remembers the last input and reads it back', () => {
    const store = memoryStore();
    expect(saveInput(store, input)).toBe(true);
    expect(JSON.parse(store.data.get(STORAGE_KEY)!)).toEqual({ v: 1, input });
    expect(loadInput(store)).toEqual({ input, found: true, ignored: [] });
  });

  it('gives the defaults quietly when nothing is saved', () => {
    expect(loadInput(memoryStore())).toEqual({ input: defaultInput(), found: false, ignored: [] });
  });

  it('migrates a version-0 value (the bare input) to version 1', () => {
    expect(parseStored(JSON.stringify(input))).toEqual({ input, found: true, ignored: [] });
  });

  it('turns corrupted state into defaults and a notice naming what was wrong', () => {
    expect(parseStored('{not json').ignored).toEqual(['your saved plan (it was not valid data)']);
    const bad = parseStored(JSON.stringify({ v: 1, input: { ...input, sessions: 12, phase: 'winter' } }));
    expect(bad.input).toEqual(defaultInput());
    expect(bad.ignored).toEqual(['saved setting "sessions"', 'saved setting "phase"']);
    expect(parseStored(JSON.stringify({ v: 7, input })).ignored).toEqual(['saved setting "v"']);
    expect(parseStored('null').ignored.length).toBe(1);
    expect(parseStored('[1,2]').ignored.length).toBe(1);
  });

  it('never throws when storage itself is blocked', () => {
    const blocked = { getItem: () => { throw new Error('denied'); }, setItem: () => { throw new Error('full'); } };
    expect(loadInput(blocked).input).toEqual(defaultInput());
    expect(saveInput(blocked, input)).toBe(false);
    expect(loadInput(undefined).found).toBe(false);
  });

  it('stores a versioned envelope', () => {
    expect(serialize(input).startsWith('{"v":1,')).toBe(true);
  });
});
