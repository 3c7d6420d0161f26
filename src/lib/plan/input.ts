/**
 * Turns anything (a decoded link, a saved state, a form, a test's hostile value) into a valid
 * PlanInput, naming each value it had to drop or clip. This is the one validator of plan settings:
 * links (url.ts) and the saved plan (storage.ts) both end here, field by field, so one bad field
 * never costs the others. Hand-written rather than zod so the page's script stays small.
 */
import { equipmentIds, type EquipmentId } from '../../data/equipment';
import { calendarDate } from './dates';
import {
  EMPHASES,
  EXPERIENCES,
  MINUTES_MAX,
  MINUTES_MIN,
  PHASES,
  PLACEMENTS,
  PRIORITIES,
  RUN_TYPES,
  SECOND_RUNS,
  DAY_NAMES,
  type TimeOfDay,
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

/** A whole number, or undefined. Accepts numeric strings ("30", "-5"). */
function wholeNumber(value: unknown): number | undefined {
  const n = typeof value === 'string' && /^\s*-?\d{1,4}\s*$/.test(value) ? Number(value) : value;
  return typeof n === 'number' && Number.isInteger(n) ? n : undefined;
}

/**
 * A whole number clipped into [min, max], with a note when it had to be clipped or could not be
 * read: 90 minutes becomes 60 and says so, rather than quietly falling back to the default.
 */
function clippedNumber(value: unknown, min: number, max: number, label: string, ignored: string[]): number | undefined {
  const n = wholeNumber(value);
  if (n === undefined) {
    ignored.push(`${label} "${show(value)}" (not a whole number ${min}–${max}: the default is used)`);
    return undefined;
  }
  if (n < min || n > max) {
    const clipped = Math.min(max, Math.max(min, n));
    ignored.push(`${label} "${n}" (${n < min ? `fewer than ${min}` : `more than ${max}`}: planned as ${clipped})`);
    return clipped;
  }
  return n;
}

/** "HH:MM" from "HH:MM", "H:MM" or "HHMM"; undefined when it is not a time of day. */
export function timeOfDay(value: unknown): TimeOfDay | undefined {
  if (typeof value !== 'string') return undefined;
  const m = /^\s*(\d{1,2}):?(\d{2})\s*$/.exec(value);
  if (!m) return undefined;
  const h = Number(m[1]);
  const min = Number(m[2]);
  return h < 24 && min < 60 ? `${String(h).padStart(2, '0')}:${m[2]}` : undefined;
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
    const n = clippedNumber(r.sessions, SESSIONS_MIN, SESSIONS_MAX, 'sessions per week', ignored);
    if (n !== undefined) input.sessions = n;
  }
  if (has('minutes')) {
    const n = clippedNumber(r.minutes, MINUTES_MIN, MINUTES_MAX, 'minutes per session', ignored);
    if (n !== undefined) input.minutes = n;
  }
  if (has('equipment')) {
    const list = idList<EquipmentId>(equipmentIds, r.equipment, 'equipment', ignored);
    if (list) input.equipment = list.filter((id) => id !== 'bodyweight');
  }
  for (const [key, list, label] of [
    ['phase', PHASES, 'season phase'],
    ['experience', EXPERIENCES, 'experience'],
    ['placement', PLACEMENTS, 'session placement'],
    ['priority', PRIORITIES, 'priority'],
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
      ignored.push(`running week "${show(week)}" (needs seven days of rest, easy, moderate, hard, long or race)`);
    }
  }
  if (has('second')) {
    const second = r.second;
    if (Array.isArray(second) && second.length === 7 && second.every((d) => oneOf(SECOND_RUNS, d))) {
      input.second = [...second];
    } else {
      ignored.push(`second runs "${show(second)}" (needs seven days of none, easy, moderate or hard)`);
    }
  }
  input.second.forEach((run, day) => {
    if (run !== 'none' && input.week[day] === 'rest') {
      ignored.push(`second run on ${DAY_NAMES[day]} (a rest day: set its first run instead)`);
      input.second[day] = 'none';
    }
  });
  if (has('times')) {
    const times = r.times;
    if (Array.isArray(times) && times.length === 7 && times.every((t) => Array.isArray(t) && t.length === 2)) {
      input.times = (times as unknown[][]).map((pair, day) =>
        pair.map((t) => {
          if (t === '' || t === undefined || t === null) return '';
          const time = timeOfDay(t);
          if (time === undefined) ignored.push(`run time "${show(t)}" on ${DAY_NAMES[day]} (not a time of day)`);
          return time ?? '';
        }) as [TimeOfDay, TimeOfDay],
      );
    } else {
      ignored.push(`run times "${show(times)}" (needs seven days of two times)`);
    }
  }
  // A time for a run that is not there would place the lift around nothing.
  input.times = input.times.map(([a, b], day) => [input.week[day] === 'rest' ? '' : a, input.second[day] === 'none' ? '' : b]);
  for (const [key, label] of [
    ['raceDate', 'race date'],
    ['startDate', 'block start'],
  ] as const) {
    if (!has(key) || r[key] === '') continue;
    const date = calendarDate(r[key]);
    if (date === undefined) ignored.push(`${label} "${show(r[key])}" (not a date written YYYY-MM-DD)`);
    else input[key] = date;
  }
  if (has('liftTime')) {
    const time = timeOfDay(r.liftTime);
    if (time === undefined) ignored.push(`lifting time "${show(r.liftTime)}" (not a time of day)`);
    else input.liftTime = time;
  }
  if (has('emphasis')) {
    const list = idList(EMPHASES, r.emphasis, 'emphasis', ignored);
    if (list) input.emphasis = list;
  }
  return { input, ignored };
}
