/**
 * The whole plan input as a short, readable query string, so a coach can send a link:
 *   ?s=2&m=30&eq=dumbbell,band&ph=base&xp=new&wk=r-h-e-h-r-e-l&em=calves&pl=hard
 * s sessions · m minutes · eq equipment (`bodyweight` alone when none) · ph phase (base, season,
 * marathon, race) · xp experience (new, returning, experienced) · wk Monday-first running week
 * (r rest, e easy, h hard, l long, race) · em emphasis (optional) · pl placement (hard, moderate,
 * separate). Every parameter is written, so a link means the same thing even if defaults change.
 * Decoding never throws: anything unknown, malformed or out of range is named in `ignored` and
 * replaced by its default.
 */
import { normalizeInput } from './input';
import { PHASES, RUN_TYPES, type Phase, type PlanInput, type RunType } from './types';

export const RUN_CODES: Record<RunType, string> = { rest: 'r', easy: 'e', hard: 'h', long: 'l', race: 'race' };
export const PHASE_CODES: Record<Phase, string> = { base: 'base', season: 'season', marathon: 'marathon', 'race-week': 'race' };
const KNOWN = ['s', 'm', 'eq', 'ph', 'xp', 'wk', 'em', 'pl'] as const;
const MAX_QUERY = 1000;

export function encodeInput(input: PlanInput): string {
  const parts = [
    `s=${input.sessions}`,
    `m=${input.minutes}`,
    `eq=${input.equipment.length ? input.equipment.join(',') : 'bodyweight'}`,
    `ph=${PHASE_CODES[input.phase]}`,
    `xp=${input.experience}`,
    `wk=${input.week.map((d) => RUN_CODES[d]).join('-')}`,
  ];
  if (input.emphasis.length) parts.push(`em=${input.emphasis.join(',')}`);
  parts.push(`pl=${input.placement}`);
  return `?${parts.join('&')}`;
}

const clip = (text: string) => (text.length > 30 ? `${text.slice(0, 27)}…` : text);
const list = (value: string) => value.split(',').map((v) => v.trim()).filter(Boolean);

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
    if (!(KNOWN as readonly string[]).includes(key)) {
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
      case 'ph': {
        const phase = PHASES.find((p) => PHASE_CODES[p] === value);
        raw.phase = phase ?? value;
        break;
      }
      case 'xp':
        raw.experience = value;
        break;
      case 'pl':
        raw.placement = value;
        break;
      case 'em':
        raw.emphasis = list(value);
        break;
      case 'wk': {
        const codes = value.split('-');
        const week = codes.map((c) => RUN_TYPES.find((t) => RUN_CODES[t] === c) ?? c);
        raw.week = week;
        break;
      }
    }
  }
  const result = normalizeInput(raw);
  return { input: result.input, ignored: [...ignored, ...result.ignored] };
}
