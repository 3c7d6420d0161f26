/**
 * Turns anything (a decoded link, a saved state, a form, a test's hostile value) into a valid
 * PlanInput, naming each value it had to drop. Hand-written rather than zod so the page's
 * script stays small; storage.ts adds a zod check of the stored envelope on top.
 */
import { equipmentIds, type EquipmentId } from '../../data/equipment';
import {
  EMPHASES,
  EXPERIENCES,
  MINUTES_MAX,
  MINUTES_MIN,
  PHASES,
  PLACEMENTS,
  RUN_TYPES,
  SESSIONS_MAX,
  SESSIONS_MIN,
  defaultInput,
  type PlanInput,
} from './types';

const oneOf = <T extends string>(list: readonly T[], value: unknown): value is T =>
  typeof value === 'string' && (list as readonly string[]).includes(value);

const show = (value: unknown): string => {
  let text: string;
  try {
    text = typeof value === 'string' ? value : JSON.stringify(value) ?? String(value);
  } catch {
    text = String(typeof value);
  }
  return text.length > 40 ? `${text.slice(0, 37)}…` : text;
};

/** A whole number inside [min, max], or undefined. Accepts numeric strings ("30"). */
export function wholeNumberIn(value: unknown, min: number, max: number): number | undefined {
  const n = typeof value === 'string' && /^\s*\d{1,3}\s*$/.test(value) ? Number(value) : value;
  return typeof n === 'number' && Number.isInteger(n) && n >= min && n <= max ? n : undefined;
}

/** Keeps known ids in first-seen order without repeats; reports the rest. */
function idList<T extends string>(list: readonly T[], value: unknown, field: string, ignored: string[]): T[] | undefined {
  if (!Array.isArray(value)) {
    ignored.push(`${field} "${show(value)}" (not a list)`);
    return undefined;
  }
  const out: T[] = [];
  for (const item of value.slice(0, 50)) {
    if (oneOf(list, item)) {
      if (!out.includes(item)) out.push(item);
    } else ignored.push(`${field} "${show(item)}" (unknown)`);
  }
  return out;
}

/**
 * Reads a plan input from an unknown value. Missing fields take their defaults silently; fields
 * present with bad values take defaults and are listed in `ignored`. Never throws.
 */
export function normalizeInput(raw: unknown): { input: PlanInput; ignored: string[] } {
  const input = defaultInput();
  const ignored: string[] = [];
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    if (raw !== undefined) ignored.push(`plan settings "${show(raw)}" (not an object)`);
    return { input, ignored };
  }
  const r = raw as Record<string, unknown>;
  const has = (key: string) => Object.prototype.hasOwnProperty.call(r, key) && r[key] !== undefined;

  if (has('sessions')) {
    const n = wholeNumberIn(r.sessions, SESSIONS_MIN, SESSIONS_MAX);
    if (n === undefined) ignored.push(`sessions per week "${show(r.sessions)}" (must be ${SESSIONS_MIN}–${SESSIONS_MAX})`);
    else input.sessions = n;
  }
  if (has('minutes')) {
    const n = wholeNumberIn(r.minutes, MINUTES_MIN, MINUTES_MAX);
    if (n === undefined) ignored.push(`minutes per session "${show(r.minutes)}" (must be ${MINUTES_MIN}–${MINUTES_MAX})`);
    else input.minutes = n;
  }
  if (has('equipment')) {
    const list = idList<EquipmentId>(equipmentIds, r.equipment, 'equipment', ignored);
    if (list) input.equipment = list.filter((id) => id !== 'bodyweight');
  }
  for (const [key, list, label] of [
    ['phase', PHASES, 'season phase'],
    ['experience', EXPERIENCES, 'experience'],
    ['placement', PLACEMENTS, 'session placement'],
  ] as const) {
    if (!has(key)) continue;
    if (oneOf<string>(list, r[key])) (input as unknown as Record<string, unknown>)[key] = r[key];
    else ignored.push(`${label} "${show(r[key])}" (unknown)`);
  }
  if (has('week')) {
    const week = r.week;
    if (Array.isArray(week) && week.length === 7 && week.every((d) => oneOf(RUN_TYPES, d))) {
      input.week = [...week];
    } else {
      ignored.push(`running week "${show(week)}" (needs seven days of rest, easy, hard, long or race)`);
    }
  }
  if (has('emphasis')) {
    const list = idList(EMPHASES, r.emphasis, 'emphasis', ignored);
    if (list) input.emphasis = list;
  }
  return { input, ignored };
}
