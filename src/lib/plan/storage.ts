/**
 * The last plan input, remembered in localStorage under "ss-plan".
 *
 * Stored shape (version 1), as JSON:
 *   { "v": 1, "input": { sessions, minutes, equipment[], phase, experience, week[7], emphasis[],
 *     placement } }
 * with the same ids as PlanInput (types.ts). Migration: a value without "v" is read as version 0,
 * a bare PlanInput object, and lifted into version 1 on load. A future version 2 adds a step
 * from 1 to 2 here and keeps reading older versions, so a saved plan is never lost to an upgrade.
 * Anything that fails the schema gives a notice naming the bad fields and the defaults; reading
 * never throws, even when storage itself is blocked.
 */
// zod's tree-shakable build: the same parsing as the content schemas, at a fraction of the bytes
// the island would otherwise download on the reader's first change.
import * as z from 'zod/mini';
import { equipmentIds } from '../../data/equipment';
import { EMPHASES, EXPERIENCES, MINUTES_MAX, MINUTES_MIN, PHASES, PLACEMENTS, RUN_TYPES, SESSIONS_MAX, SESSIONS_MIN, STORAGE_KEY, defaultInput, type PlanInput } from './types';

export { STORAGE_KEY };
export const STORAGE_VERSION = 1;

export const storedInputSchema = z.strictObject({
  sessions: z.int().check(z.gte(SESSIONS_MIN), z.lte(SESSIONS_MAX)),
  minutes: z.int().check(z.gte(MINUTES_MIN), z.lte(MINUTES_MAX)),
  equipment: z.array(z.enum(equipmentIds)).check(z.maxLength(equipmentIds.length)),
  phase: z.enum(PHASES),
  experience: z.enum(EXPERIENCES),
  week: z.array(z.enum(RUN_TYPES)).check(z.length(7)),
  emphasis: z.array(z.enum(EMPHASES)).check(z.maxLength(EMPHASES.length)),
  placement: z.enum(PLACEMENTS),
});

export const storedPlanSchema = z.strictObject({
  v: z.literal(STORAGE_VERSION),
  input: storedInputSchema,
});
export type StoredPlan = z.output<typeof storedPlanSchema>;

/** Lifts older shapes to the current one; unknown shapes pass through to fail validation. */
function migrate(value: unknown): unknown {
  if (value && typeof value === 'object' && !Array.isArray(value) && !('v' in value)) {
    return { v: 1, input: value }; // version 0: the bare input
  }
  return value;
}

export interface Restored {
  /** The input to use: the saved one, or the defaults. */
  input: PlanInput;
  /** True when a saved plan was found and read. */
  found: boolean;
  /** What was wrong with the saved state, for a visible notice; empty when all was well. */
  ignored: string[];
}

/** Reads a stored string (null when nothing is saved). */
export function parseStored(text: string | null): Restored {
  if (text === null) return { input: defaultInput(), found: false, ignored: [] };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { input: defaultInput(), found: false, ignored: ['your saved plan (it was not valid data)'] };
  }
  const result = storedPlanSchema.safeParse(migrate(json));
  if (!result.success) {
    const fields = [...new Set(result.error.issues.map((i) => i.path.filter((p) => p !== 'input').join('.') || 'the saved data'))];
    return { input: defaultInput(), found: false, ignored: fields.slice(0, 5).map((f) => `saved setting "${f}"`) };
  }
  const input = result.data.input as PlanInput;
  input.equipment = input.equipment.filter((e) => e !== 'bodyweight');
  return { input, found: true, ignored: [] };
}

export function serialize(input: PlanInput): string {
  const stored: StoredPlan = { v: STORAGE_VERSION, input };
  return JSON.stringify(stored);
}

type Store = Pick<Storage, 'getItem' | 'setItem'>;

export function loadInput(store: Store | undefined): Restored {
  try {
    return parseStored(store ? store.getItem(STORAGE_KEY) : null);
  } catch {
    return { input: defaultInput(), found: false, ignored: [] };
  }
}

/** Saves quietly: a full or blocked storage just means the plan is not remembered. */
export function saveInput(store: Store | undefined, input: PlanInput): boolean {
  try {
    store?.setItem(STORAGE_KEY, serialize(input));
    return !!store;
  } catch {
    return false;
  }
}
