/**
 * Long card lists fold. A group of the exercise index with more than FOLD_AFTER cards shows its
 * first SHOWN cards and keeps the rest in a closed <details> right after them. The browser does
 * not lay out a closed fold's cards, most of the cost of opening a long list (BENCHMARKS.md, "The
 * exercise index folds long groups"), while they still work without JavaScript and are found by
 * the browser's find-in-page.
 *
 * FOLD_AFTER sits above the largest group of today's library (13 lunges), so nothing folds there;
 * it is higher than SHOWN so that a fold never hides only a card or two behind a click.
 */
import { formatCount } from './format';

export const FOLD_AFTER = 16;
export const SHOWN = 12;

export interface Folded<T> {
  /** The cards shown at once, in the list's order. */
  shown: T[];
  /** The cards behind the fold, in the list's order; empty when the list is short enough. */
  folded: T[];
}

export function foldCards<T>(items: readonly T[]): Folded<T> {
  if (items.length <= FOLD_AFTER) return { shown: [...items], folded: [] };
  return { shown: items.slice(0, SHOWN), folded: items.slice(SHOWN) };
}

/** The fold's summary, closed and open: "Show all 85 Squat exercises". */
export function foldSummary(total: number, groupLabel: string): { closed: string; open: string } {
  return {
    closed: `Show all ${formatCount(total)} ${groupLabel} exercises`,
    open: `Show only the first ${SHOWN}`,
  };
}
