/**
 * The whole plan input as a short, readable query string, so a coach can send a link:
 *   ?s=2&m=30&eq=dumbbell,band&ph=base&xp=new&wk=r-h-e-h-r-e-l&em=calves&pl=hard
 * s sessions · m minutes · eq equipment (`bodyweight` alone when none) · ph phase (base, season,
 * marathon, race) · xp experience (new, returning, experienced) · wk Monday-first running week
 * (r rest, e easy, m moderate, h hard, l long, race) · em emphasis (optional) · pl placement (hard,
 * moderate, separate).
 * Added later, all optional with defaults, so every older link keeps its meaning: a day in `wk`
 * may carry a run time and a second run, `h0700.e1800` (a hard run at 07:00, an easy one at
 * 18:00) · pr=strength (lift first) · rd race date YYYY-MM-DD · sd the day the block starts,
 * YYYY-MM-DD · lt lifting time HHMM for the calendar. The required parameters are always
 * written, so a link means the same thing even if defaults change. Decoding never throws:
 * anything unknown, malformed or out of range is named in `ignored` and replaced by its default
 * or clipped (normalizeInput does the checking).
 */
import { normalizeInput } from './input';
import { DEFAULT_LIFT_TIME, PHASES, RUN_TYPES, type Phase, type PlanInput, type RunType, type SecondRun } from './types';

export const RUN_CODES: Record<RunType, string> = { rest: 'r', easy: 'e', moderate: 'm', hard: 'h', long: 'l', race: 'race' };
/** The form's codes for a second run; `none` is never written into a link. */
export const SECOND_CODES: Record<SecondRun, string> = { none: 'none', easy: RUN_CODES.easy, moderate: RUN_CODES.moderate, hard: RUN_CODES.hard };
export const PHASE_CODES: Record<Phase, string> = { base: 'base', season: 'season', marathon: 'marathon', 'race-week': 'race' };
/** Every parameter a plan link can hold; a link with none of them is not a plan link. */
export const PLAN_PARAMS = ['s', 'm', 'eq', 'ph', 'xp', 'wk', 'em', 'pl', 'pr', 'rd', 'sd', 'lt'] as const;
const MAX_QUERY = 1000;

const compactTime = (time: string) => time.replace(':', '');

/** One day of `wk`: "h", "h0700", "h0700.e1800". */
function dayCode(input: PlanInput, day: number): string {
  const [first, second] = input.times[day] ?? ['', ''];
  let code = RUN_CODES[input.week[day]!] + compactTime(first);
  if (input.second[day] !== 'none') code += `.${SECOND_CODES[input.second[day]!]}${compactTime(second)}`;
  return code;
}

export function encodeInput(input: PlanInput): string {
  const parts = [
    `s=${input.sessions}`,
    `m=${input.minutes}`,
    `eq=${input.equipment.length ? input.equipment.join(',') : 'bodyweight'}`,
    `ph=${PHASE_CODES[input.phase]}`,
    `xp=${input.experience}`,
    `wk=${input.week.map((_, day) => dayCode(input, day)).join('-')}`,
  ];
  if (input.emphasis.length) parts.push(`em=${input.emphasis.join(',')}`);
  parts.push(`pl=${input.placement}`);
  if (input.priority !== 'running') parts.push(`pr=${input.priority}`);
  if (input.raceDate) parts.push(`rd=${input.raceDate}`);
  if (input.startDate) parts.push(`sd=${input.startDate}`);
  if (input.liftTime !== DEFAULT_LIFT_TIME) parts.push(`lt=${compactTime(input.liftTime)}`);
  return `?${parts.join('&')}`;
}

const clip = (text: string) => (text.length > 30 ? `${text.slice(0, 27)}…` : text);
const list = (value: string) => value.split(',').map((v) => v.trim()).filter(Boolean);
const runOf = (code: string) => RUN_TYPES.find((t) => RUN_CODES[t] === code) ?? code;

/** Reads `wk` into the week, the second runs and the run times; unknown codes pass through to fail normalizeInput. */
function readWeek(value: string, raw: Record<string, unknown>) {
  const week: string[] = [];
  const second: string[] = [];
  const times: [string, string][] = [];
  for (const day of value.split('-')) {
    const [a = '', b] = day.split('.');
    const first = /^([a-z]+)(\d{4})?$/.exec(a);
    const next = b === undefined ? undefined : /^([a-z]+)(\d{4})?$/.exec(b);
    week.push(first ? runOf(first[1]!) : a);
    second.push(b === undefined ? 'none' : next ? runOf(next[1]!) : b);
    times.push([first?.[2] ?? '', next?.[2] ?? '']);
  }
  raw.week = week;
  // Second runs and times only mean something on a week that reads.
  if (week.length === 7 && week.every((w) => (RUN_TYPES as readonly string[]).includes(w))) {
    raw.second = second;
    raw.times = times;
  }
}

/** True when the query holds at least one plan parameter (others, like utm_source, do not count). */
export function isPlanLink(search: string): boolean {
  try {
    const params = new URLSearchParams(String(search ?? '').replace(/^\?/, ''));
    return PLAN_PARAMS.some((key) => params.has(key));
  } catch {
    return false;
  }
}

/** Reads a query string (with or without the leading "?"). */
export function decodeInput(search: string): { input: PlanInput; ignored: string[] } {
  const ignored: string[] = [];
  let params: URLSearchParams;
  try {
    const text = String(search ?? '');
    if (text.length > MAX_QUERY) {
      const { input } = normalizeInput(undefined);
      return { input, ignored: ['the whole link (too long to be a plan link)'] };
    }
    params = new URLSearchParams(text.startsWith('?') ? text.slice(1) : text);
  } catch {
    const { input } = normalizeInput(undefined);
    return { input, ignored: ['the whole link (it could not be read)'] };
  }

  const raw: Record<string, unknown> = {};
  const seen = new Set<string>();
  for (const [key, value] of params) {
    if (!(PLAN_PARAMS as readonly string[]).includes(key)) {
      ignored.push(`unknown setting "${clip(key)}"`);
      continue;
    }
    if (seen.has(key)) {
      ignored.push(`a second "${key}" value "${clip(value)}"`);
      continue;
    }
    seen.add(key);
    switch (key) {
      case 's':
        raw.sessions = value;
        break;
      case 'm':
        raw.minutes = value;
        break;
      case 'eq':
        raw.equipment = list(value);
        break;
      case 'ph':
        raw.phase = PHASES.find((p) => PHASE_CODES[p] === value) ?? value;
        break;
      case 'xp':
        raw.experience = value;
        break;
      case 'pl':
        raw.placement = value;
        break;
      case 'pr':
        raw.priority = value;
        break;
      case 'em':
        raw.emphasis = list(value);
        break;
      case 'rd':
        raw.raceDate = value;
        break;
      case 'sd':
        raw.startDate = value;
        break;
      case 'lt':
        raw.liftTime = value;
        break;
      case 'wk':
        readWeek(value, raw);
        break;
    }
  }
  const result = normalizeInput(raw);
  return { input: result.input, ignored: [...ignored, ...result.ignored] };
}
