/**
 * The plan catalogue as a file of its own, /plan/catalogue.<hash>.json (written by
 * src/pages/plan/catalogue.[hash].json.ts), which the plan builder fetches with the engine. The
 * name is a hash of the content: the file can be kept as long as anyone likes (by the browser, by
 * the service worker), and an edit to any exercise gives a new name, which the next /plan/ page
 * names. Carried in the page's HTML before, it weighed on every visit to /plan/, at 1,000 exercises
 * 420 KB of the page's 528 (BENCHMARKS.md).
 */
import type { PlanExercise } from './types';

/** The address of a catalogue file: /plan/catalogue.<12 hex digits>.json. */
export const CATALOGUE_FILE = /^\/plan\/catalogue\.[0-9a-f]{12}\.json$/;

/** A catalogue's file. */
export interface CatalogueFile {
  /** The hash in the file's name: the first 12 hex digits of the content's SHA-256. */
  hash: string;
  /** The file's address, /plan/catalogue.<hash>.json. */
  url: string;
  /** The file's content. */
  text: string;
}

/** The catalogue's file: its text, and the hash and address that name it. */
export async function catalogueFile(catalogue: readonly PlanExercise[]): Promise<CatalogueFile> {
  const text = JSON.stringify(catalogue);
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)));
  const hash = [...digest.slice(0, 6)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
  return { hash, url: `/plan/catalogue.${hash}.json`, text };
}

/** What each field of a record must be (PlanExercise in ./types.ts): checked on every record read. */
const FIELDS: Record<keyof PlanExercise, 'string' | 'boolean' | 'strings' | 'easier'> = {
  slug: 'string',
  title: 'string',
  pattern: 'string',
  equipment: 'strings',
  level: 'string',
  unilateral: 'boolean',
  planes: 'strings',
  primary: 'strings',
  heavyBilateral: 'boolean',
  easier: 'easier',
  cue: 'string',
  hold: 'boolean',
  fast: 'boolean',
};

const isEasier = (value: unknown) =>
  typeof value === 'object' && value !== null && typeof (value as { text?: unknown }).text === 'string' && ['string', 'undefined'].includes(typeof (value as { slug?: unknown }).slug);

function fits(value: unknown, kind: (typeof FIELDS)[keyof PlanExercise]): boolean {
  if (kind === 'string' || kind === 'boolean') return typeof value === kind;
  if (!Array.isArray(value)) return false;
  return kind === 'strings' ? value.every((item) => typeof item === 'string') : value.every(isEasier);
}

/**
 * The catalogue from the text of its file; throws an Error naming the file and, for a record that
 * is not one, its place, its slug when it has one, and the field, with the value found. (Checked by
 * hand rather than with zod: this runs in the browser, loaded with the engine, and zod would add
 * kilobytes to it.)
 */
export function parseCatalogue(text: string, url: string): PlanExercise[] {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new Error(`${url} is damaged: it is not JSON (${(error as Error).message})`);
  }
  if (!Array.isArray(json)) throw new Error(`${url} is damaged: it holds ${json === null ? 'null' : typeof json}, not a list of exercises`);
  if (json.length === 0) throw new Error(`${url} is damaged: it lists no exercises`);
  json.forEach((record: unknown, i) => {
    const where = `${url} is damaged: exercise ${i + 1}`;
    if (typeof record !== 'object' || record === null || Array.isArray(record)) throw new Error(`${where} is ${JSON.stringify(record)}, not a record`);
    const fields = record as Record<string, unknown>;
    const named = typeof fields.slug === 'string' ? `${where} ("${fields.slug}")` : where;
    for (const [field, kind] of Object.entries(FIELDS)) {
      if (!fits(fields[field], kind)) throw new Error(`${named} has ${field} = ${JSON.stringify(fields[field]) ?? 'nothing'}, where ${KIND_WORDS[kind]} belongs`);
    }
  });
  return json as PlanExercise[];
}

const KIND_WORDS = { string: 'text', boolean: 'true or false', strings: 'a list of texts', easier: 'a list of easier versions ({ text, slug? })' } as const;
