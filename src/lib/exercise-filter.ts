/**
 * The exercise index's filters: which exercises match a muscle / equipment / pattern choice, and
 * how that choice is read from and written to the query string (?muscle=glutes&equipment=band),
 * so a filtered list can be shared. Unknown values are dropped, never thrown on.
 *
 * Long groups fold (src/lib/card-fold.ts). While a filter is chosen every fold opens, so each
 * match shows where it belongs in its group; clearing the filters gives each fold back the state
 * the reader left it in.
 */
import { formatCount } from './format';

export const FILTER_KEYS = ['muscle', 'equipment', 'pattern'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];
export type Filters = Partial<Record<FilterKey, string>>;

/** What an index item carries: its ids for each key. */
export type FilterableItem = Record<FilterKey, readonly string[]>;

export function matches(item: FilterableItem, filters: Filters): boolean {
  return FILTER_KEYS.every((key) => !filters[key] || item[key].includes(filters[key]!));
}

/** Reads filters from a query string, keeping only values the page offers. */
export function readFilters(search: string, allowed: Record<FilterKey, readonly string[]>): Filters {
  const params = new URLSearchParams(search);
  const filters: Filters = {};
  for (const key of FILTER_KEYS) {
    const value = params.get(key);
    if (value && allowed[key].includes(value)) filters[key] = value;
  }
  return filters;
}

export function writeFilters(filters: Filters): string {
  const params = new URLSearchParams();
  for (const key of FILTER_KEYS) if (filters[key]) params.set(key, filters[key]!);
  const query = params.toString();
  return query ? `?${query}` : '';
}

export function describeCount(shown: number, total: number): string {
  if (shown === total) return `Showing all ${formatCount(total)} exercises`;
  if (shown === 0) return 'No exercise matches these filters';
  return `Showing ${formatCount(shown)} of ${formatCount(total)} exercises`;
}

export const isFiltering = (filters: Filters): boolean => FILTER_KEYS.some((key) => !!filters[key]);

/** A fold of long groups as the filters leave it. */
export interface FoldState {
  /** Whether the fold is open, its cards laid out. */
  open: boolean;
  /** Whether the reader had it open before a filter opened it; null while no filter holds it. */
  openBefore: boolean | null;
}

/** Opens a fold while filtering; once the filters are cleared, gives back the reader's choice. */
export function foldForFilters(fold: FoldState, filtering: boolean): FoldState {
  if (filtering) return { open: true, openBefore: fold.openBefore ?? fold.open };
  return { open: fold.openBefore ?? fold.open, openBefore: null };
}
