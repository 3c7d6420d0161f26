/**
 * The search page's rules, without a browser: which filters exist, how a search is written in the
 * address (so a coach can send one), and what the page says about the results. The page itself
 * (src/components/search/) reads the form, asks Pagefind and writes the results.
 *
 * The address is the state: /search/?q=squat&equipment=Barbell&muscle=Glutes. `q` is the query;
 * each filter is repeated once per chosen value, written as the label the exercise pages give
 * Pagefind (data-pagefind-filter), which is also what the no-JavaScript form submits. Values the
 * library does not have are dropped with a notice, never an error.
 */
import { EQUIPMENT } from '../data/equipment';
import { LEVELS } from '../data/levels';
import { MUSCLES } from '../data/muscles';
import { PATTERNS } from '../data/patterns';
import { facets, type ExerciseRecord } from './library';

/**
 * How Pagefind ranks, shared by the search page and the tests that hold the ranking to the
 * queries in tests/search-queries.ts:
 * - exact words over prefixes, and less reward for repeating a word, so "SL RDL" finds the
 *   single-leg page before the Romanian deadlift, whose text says "RDL" many times;
 * - a match in a page's title counts five times (Pagefind's default), and so does a match in an
 *   exercise's other names ("Also called", its `names` field), so "press up" finds the push-up
 *   before the presses;
 * - an exercise's hidden searchBoost words (`boost`) count like its title, its hidden searchTerms
 *   (`terms`: misspellings, plurals, variants) three times; both are search fields rather than
 *   hidden text, so they never show in a result's excerpt;
 * - a match in the body areas an exercise page lists as "Good for" (its `areas` field) counts
 *   three times, so "IT band" or "posture" finds the exercises those pages recommend, not every
 *   page with "band" in its name.
 * Then exactFirst puts a result named exactly as the query first, and one whose name holds every
 * word of the query next.
 */
export const RANKING = {
  termSimilarity: 10,
  termSaturation: 2,
  metaWeights: { title: 5, names: 5, boost: 5, terms: 3, areas: 3 },
} as const;

/**
 * The page fields that only rank (RANKING.metaWeights): the search page never shows them, so the
 * build leaves them out of each result's excerpt file, which a search downloads.
 */
export const RANKING_ONLY_META = ['boost', 'terms', 'areas'] as const;

export const FILTER_KEYS = ['muscle', 'equipment', 'pattern', 'level'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];

/** Chosen filter values, by filter. */
export type Filters = Partial<Record<FilterKey, string[]>>;

export interface SearchFilter {
  key: FilterKey;
  /** The fieldset's legend. */
  legend: string;
  /** Values some exercise has, in the catalogue's order. */
  values: string[];
}

/**
 * The filters the search page offers, built from the library so that no choice can give nothing
 * for every query. `muscle` means a primary muscle, as on the exercise pages.
 */
export function searchFilters(exercises: readonly ExerciseRecord[]): SearchFilter[] {
  const offered = facets(exercises);
  const labels = <Id extends string>(list: Record<Id, { label: string }>, ids: readonly Id[]) => ids.map((id) => list[id].label);
  return [
    { key: 'muscle', legend: 'Main muscle', values: labels(MUSCLES, offered.muscle) },
    { key: 'equipment', legend: 'Equipment', values: labels(EQUIPMENT, offered.equipment) },
    { key: 'pattern', legend: 'Movement pattern', values: labels(PATTERNS, offered.pattern) },
    { key: 'level', legend: 'Level', values: labels(LEVELS, offered.level) },
  ];
}

export interface SearchState {
  query: string;
  filters: Filters;
}

/** What an address asks for, keeping only filter values the site offers; `dropped` lists the rest. */
export function readSearchParams(
  params: URLSearchParams,
  offered: readonly SearchFilter[],
): SearchState & { dropped: string[] } {
  const query = (params.get('q') ?? '').trim().slice(0, 200);
  const filters: Filters = {};
  const dropped: string[] = [];
  for (const { key, values } of offered) {
    for (const value of params.getAll(key)) {
      if (!values.includes(value)) dropped.push(`${key} “${value.slice(0, 40)}”`);
      else if (!filters[key]?.includes(value)) (filters[key] ??= []).push(value);
    }
  }
  return { query, filters, dropped };
}

/** The address of a search, in a stable order so the same search always has the same link. */
export function searchParams({ query, filters }: SearchState): URLSearchParams {
  const params = new URLSearchParams();
  if (query) params.set('q', query);
  for (const key of FILTER_KEYS) for (const value of filters[key] ?? []) params.append(key, value);
  return params;
}

export const hasFilters = (filters: Filters) => FILTER_KEYS.some((key) => (filters[key]?.length ?? 0) > 0);

/** A body area's label and the one word the index holds for it (src/data/body-areas.ts searchWord). */
export interface SearchWord {
  label: string;
  word: string;
}

/**
 * The query as Pagefind is asked it: each area label it names, in any case, with a space or hyphen
 * between its words and in the plural ("IT band", "it-band", "IT bands"), replaced by the area's
 * one word ("itband").
 * Everything else, and what the page shows and highlights, stays the reader's query.
 */
export function engineQuery(query: string, words: readonly SearchWord[]): string {
  return words.reduce((text, { label, word }) => {
    const phrase = label.split(/\s+/).map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('[\\s-]+');
    return text.replace(new RegExp(`(?<![\\p{L}\\p{N}])${phrase}s?(?![\\p{L}\\p{N}])`, 'giu'), word);
  }, query);
}

/** The filters for Pagefind: only the ones with a value, so no filter index loads for nothing. */
export function pagefindFilters(filters: Filters): Record<string, string[]> {
  return Object.fromEntries(FILTER_KEYS.filter((key) => filters[key]?.length).map((key) => [key, filters[key]!]));
}

/**
 * How long the search page waits after a keystroke before it searches. Until Pagefind has loaded,
 * and for one or two letters, it waits for a pause in the typing: a search for each letter would
 * download index files for words nobody meant. Once Pagefind is loaded and the query has three
 * letters or more, it searches at once, so results keep up with the typing (a newer search
 * replaces an older one's results, never the other way round).
 */
export function searchDelay(query: string, engineLoaded: boolean): number {
  return engineLoaded && query.trim().length >= 3 ? 0 : 150;
}

/**
 * A name as search compares names: lower case, accents, apostrophes and punctuation dropped,
 * words single-spaced and each made singular ("Leg Presses" and "leg-press" are "leg press",
 * "biceps curls" is "bicep curl").
 */
export function normalizeName(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f'’]/g, '')
    .split(/[^a-z0-9]+/)
    .filter(Boolean)
    .map(singular)
    .join(' ');
}

function singular(word: string): string {
  // "ups" as in push ups, sit ups and step ups; other short words ("abs") stay as they are.
  if (word === 'ups') return 'up';
  if (word.length <= 3 || word.endsWith('ss') || word.endsWith('us')) return word;
  if (word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (/(ss|sh|ch|x)es$/.test(word)) return word.slice(0, -2);
  return word.endsWith('s') ? word.slice(0, -1) : word;
}

/** Words around a name that still ask for that exercise: "leg press machine", "how to do a hack squat". */
const AROUND = /^(?:how to (?:do )?(?:a |an |the )?|alternative to (?:a |the )?)?(.*?)(?: (?:alternative|substitute|replacement|exercise|machine|instead|for runner|at home))?$/;

/**
 * A common exercise the library has no page for, with the nearest pages the build found for it
 * (src/lib/nearest.ts): what the search page offers when a search names it.
 */
export interface MissingOffer {
  /** Its usual name: "leg press". */
  name: string;
  /** Every name that asks for it, normalised (normalizeName). */
  keys: string[];
  /** The nearest pages: exercises first, then the pattern and muscle pages. */
  /** `figure`, for an exercise: where its still is published (src/lib/figure/file.ts stillHref). */
  pages: { href: string; title: string; kind: string; note: string; figure?: string }[];
}

/** The missing exercise a search asks for, if it names one (alone, or with words like "alternative"). */
export function findMissing(query: string, offers: readonly MissingOffer[]): MissingOffer | undefined {
  const normal = normalizeName(query);
  const bare = AROUND.exec(normal)?.[1] ?? normal;
  return offers.find((offer) => offer.keys.includes(normal) || offer.keys.includes(bare));
}

/** What the search page knows of a result once its excerpt is loaded: its title and other names. */
export interface ResultNames {
  meta: { title?: string; names?: string };
}

/**
 * What the result list shows of a page before its excerpt file arrives, from the titles file the
 * build writes beside each index's metadata (src/build/pagefind.ts): after the first search the
 * page loads it once, and a new query's results are then named a round trip sooner, with the
 * figure and the text filled in when each excerpt file arrives (BENCHMARKS.md "Quick search").
 */
export interface ResultTitle extends ResultNames {
  /** Pagefind's name for the page: its excerpt file's, which a search result carries as `id`. */
  id: string;
  /** The page's address. */
  url: string;
  /** The page's own word for what it is ("Body area"), when it declares one (resultKind). */
  kind?: string;
  /** Whether the page's result draws a still figure (an exercise), so its place is kept. */
  figure: boolean;
}

/** The titles file: one row per page, [id, url, title, other names, declared kind, 1 if it has a figure]. */
export type TitleRow = [id: string, url: string, title: string, names: string, kind: string, figure: 0 | 1];

/** A titles file's rows from its JSON, or null when it is not one (the page then waits for excerpts, as before). */
export function parseTitles(json: unknown): Map<string, ResultTitle> | null {
  if (!Array.isArray(json)) return null;
  const titles = new Map<string, ResultTitle>();
  for (const row of json) {
    if (!Array.isArray(row) || row.length !== 6 || !row.slice(0, 5).every((field) => typeof field === 'string') || (row[5] !== 0 && row[5] !== 1)) return null;
    const [id, url, title, names, kind, figure] = row as TitleRow;
    titles.set(id, { id, url, meta: { title, names }, kind: kind || undefined, figure: figure === 1 });
  }
  return titles;
}

/**
 * Results whose title or one of whose other names is the query itself first; then those with a
 * name that holds every word of the query as a whole word; the rest in Pagefind's order. "glute
 * bridge" opens on the glute bridge, not on a longer name that contains it, and "plan" on the plan
 * builder before the plank, which Pagefind ranks higher for the word "plank" that starts with
 * "plan". Pagefind ranks words, not whole names, so this runs on the results already loaded.
 */
export function exactFirst<R extends ResultNames>(query: string, results: readonly R[]): R[] {
  const names = (result: R) => [result.meta.title ?? '', ...(result.meta.names ?? '').split(/,\s*/)].filter(Boolean).map(normalizeName);
  // Spaces aside, so "pushups" names the push-up as "push ups" does.
  const wanted = normalizeName(query);
  const exact = (result: R) => names(result).some((name) => name.replace(/ /g, '') === wanted.replace(/ /g, ''));
  const words = wanted.split(' ').filter(Boolean);
  const whole = (result: R) => words.length > 0 && names(result).some((name) => words.every((word) => name.split(' ').includes(word)));
  const tiers = results.map((result) => ({ result, tier: exact(result) ? 0 : whole(result) ? 1 : 2 }));
  // Array.prototype.sort is stable: within a tier, Pagefind's order.
  return tiers.sort((a, b) => a.tier - b.tier).map(({ result }) => result);
}

/** A stretch of a result's text, and whether it is one of the searched words. */
export interface TextPart {
  text: string;
  marked: boolean;
}

/**
 * A result's description cut where a word starts with a searched word ("squat" marks "squats"
 * and "squatting", as Pagefind's excerpts mark them), so the words can be highlighted there too.
 * Searched words shorter than two letters mark nothing.
 */
export function markQueryWords(text: string, query: string): TextPart[] {
  const words = normalizeName(query).split(' ').filter((word) => word.length >= 2);
  if (words.length === 0) return text ? [{ text, marked: false }] : [];
  // normalizeName leaves only letters a–z and digits: nothing in a word needs escaping.
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${words.join('|')})[\\p{L}\\p{N}]*`, 'giu');
  const parts: TextPart[] = [];
  let at = 0;
  for (const match of text.matchAll(pattern)) {
    if (match.index > at) parts.push({ text: text.slice(at, match.index), marked: false });
    parts.push({ text: match[0], marked: true });
    at = match.index + match[0].length;
  }
  if (at < text.length) parts.push({ text: text.slice(at), marked: false });
  return parts;
}

/** What the status line says when a search names an exercise the library has no page for. */
export const missingMessage = ({ name }: MissingOffer) => `No page for ${name} yet — these work the same muscles:`;

/** What the status line says once a search has its results. */
export function resultsMessage(count: number, { query, filters }: SearchState): string {
  const chosen = FILTER_KEYS.flatMap((key) => filters[key] ?? []);
  const what = query ? ` for “${query}”` : '';
  const narrowed = chosen.length > 0 ? ` (filtered by ${chosen.join(', ')})` : '';
  if (count === 0) return `No results${what}${narrowed}. Try fewer words, another spelling, or fewer filters.`;
  return `${count} ${count === 1 ? 'result' : 'results'}${what}${narrowed}`;
}

/**
 * What a result is, shown beside its title: the kind a page declares to Pagefind
 * (data-pagefind-meta "kind", on the browse and body-area pages), else read from its address.
 */
export function resultKind(url: string, declared?: string): string {
  if (declared) return declared;
  if (url.startsWith('/exercises/') && url !== '/exercises/') return 'Exercise';
  if (url.startsWith('/guides/') && url !== '/guides/') return 'Guide';
  if (url.startsWith('/routines/') && url !== '/routines/') return 'Routine';
  return 'Page';
}
