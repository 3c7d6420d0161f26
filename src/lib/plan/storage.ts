/**
 * The runner's own plan, remembered in localStorage under "ss-plan".
 *
 * Stored shape (version 2), as JSON:
 *   { "v": 2, "input": { sessions, minutes, equipment[], phase, experience, week[7], second[7],
 *     times[7][2], emphasis[], placement, priority, raceDate, startDate, liftTime } }
 * with the same ids as PlanInput (types.ts). Older shapes: version 1 is the same envelope without
 * second, times, priority, raceDate and liftTime (they take their defaults); a version 2 plan
 * saved before startDate existed simply has none (this week); a value without "v" is version 0,
 * the bare input.
 * Reading salvages field by field through normalizeInput (input.ts), the same validator links
 * use, so one bad or unknown field costs only itself. A plan saved by a newer version is read as
 * far as this version understands it and is never overwritten (`writable` is false). Fields this
 * version does not know are kept when the plan is saved again. Nothing here throws, even when
 * storage itself is blocked.
 */
import { normalizeInput } from './input';
import { STORAGE_KEY, defaultInput, type PlanInput } from './types';

export { STORAGE_KEY };
export const STORAGE_VERSION = 2;

export interface Restored {
  /** The input to use: the saved one, salvaged, or the defaults. */
  input: PlanInput;
  /** True when a saved plan was found and at least its envelope read. */
  found: boolean;
  /** What could not be used from the saved plan, for a visible notice; empty when all was well. */
  ignored: string[];
  /** False when saving would overwrite a plan from a newer version of the builder. */
  writable: boolean;
  /** Fields of the saved input this version does not know, kept for the next save. */
  extra: Record<string, unknown>;
}

const KNOWN_FIELDS = new Set(Object.keys(defaultInput()));
const isObject = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);

/** Reads a stored string (null when nothing is saved). */
export function parseStored(text: string | null): Restored {
  const none: Restored = { input: defaultInput(), found: false, ignored: [], writable: true, extra: {} };
  if (text === null) return none;
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ...none, ignored: ['your saved plan (it was not valid data)'] };
  }
  if (!isObject(json)) return { ...none, ignored: ['your saved plan (it was not a set of settings)'] };
  // Version 0 is the bare input; later versions wrap it.
  const version = 'v' in json ? json.v : 0;
  const raw = 'v' in json ? json.input : json;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 0) {
    return { ...none, ignored: [`your saved plan (unknown version "${String(version).slice(0, 20)}")`] };
  }
  if (!isObject(raw)) return { ...none, ignored: ['your saved plan (it held no settings)'] };
  const { input, ignored } = normalizeInput(raw);
  const extra = Object.fromEntries(Object.entries(raw).filter(([key]) => !KNOWN_FIELDS.has(key)));
  const newer = version > STORAGE_VERSION;
  return {
    input,
    found: true,
    ignored: [
      ...ignored.map((i) => `saved ${i}`),
      ...(newer ? ['your saved plan comes from a newer version of this page: it is shown as far as this page understands it, and left as it is'] : []),
    ],
    writable: !newer,
    extra,
  };
}

export function serialize(input: PlanInput, extra: Record<string, unknown> = {}): string {
  return JSON.stringify({ v: STORAGE_VERSION, input: { ...extra, ...input } });
}

type Store = Pick<Storage, 'getItem' | 'setItem'>;

/** Reads the saved plan; `available` is false when storage is missing or throws. */
export function loadInput(store: Store | undefined): Restored & { available: boolean } {
  if (!store) return { ...parseStored(null), available: false };
  try {
    return { ...parseStored(store.getItem(STORAGE_KEY)), available: true };
  } catch {
    return { ...parseStored(null), available: false };
  }
}

/** Saves; false when storage is missing, full or blocked, so the page can say it cannot remember. */
export function saveInput(store: Store | undefined, input: PlanInput, extra: Record<string, unknown> = {}): boolean {
  try {
    if (!store) return false;
    store.setItem(STORAGE_KEY, serialize(input, extra));
    return true;
  } catch {
    return false;
  }
}
