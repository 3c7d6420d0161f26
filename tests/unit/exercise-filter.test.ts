import { describe, expect, it } from 'vitest';
import { describeCount, foldForFilters, isFiltering, matches, readFilters, writeFilters } from '../../src/lib/exercise-filter';

const gobletSquat = { muscle: ['quadriceps', 'glutes'], equipment: ['dumbbell'], pattern: ['squat'] };
const allowed = { muscle: ['quadriceps', 'glutes', 'calves'], equipment: ['dumbbell', 'band'], pattern: ['squat'] };

describe('exercise filters', () => {
  it('keeps an exercise when every chosen filter matches it', () => {
    expect(matches(gobletSquat, {})).toBe(true);
    expect(matches(gobletSquat, { muscle: 'glutes', equipment: 'dumbbell' })).toBe(true);
  });

  it('drops an exercise when any chosen filter misses it', () => {
    expect(matches(gobletSquat, { muscle: 'glutes', equipment: 'band' })).toBe(false);
    expect(matches(gobletSquat, { muscle: 'calves' })).toBe(false);
  });

  it('reads a shared link and ignores values the page does not offer', () => {
    expect(readFilters('?muscle=glutes&equipment=hammer&pattern=', allowed)).toEqual({ muscle: 'glutes' });
  });

  it('writes filters back to a query string that reads the same', () => {
    const filters = { muscle: 'calves', equipment: 'band' };
    expect(readFilters(writeFilters(filters), allowed)).toEqual(filters);
    expect(writeFilters({})).toBe('');
  });

  it('says how many exercises are showing', () => {
    expect(describeCount(63, 63)).toBe('Showing all 63 exercises');
    expect(describeCount(7, 63)).toBe('Showing 7 of 63 exercises');
    expect(describeCount(0, 63)).toBe('No exercise matches these filters');
  });

  it('writes large counts with a thousands separator', () => {
    expect(describeCount(1125, 1125)).toBe('Showing all 1,125 exercises');
    expect(describeCount(40, 1125)).toBe('Showing 40 of 1,125 exercises');
  });

  it('counts a choice as filtering only when some filter has a value', () => {
    expect(isFiltering({})).toBe(false);
    expect(isFiltering(readFilters('?muscle=', allowed))).toBe(false);
    expect(isFiltering({ equipment: 'band' })).toBe(true);
  });
});

describe('the folds of long groups under the filters', () => {
  const closed = { open: false, openBefore: null };

  it('open while a filter is chosen, so every match in them shows', () => {
    expect(foldForFilters(closed, true).open).toBe(true);
    expect(foldForFilters(foldForFilters(closed, true), true).open).toBe(true);
  });

  it('close again when the filters are cleared, if the reader had left them closed', () => {
    const filtered = foldForFilters(foldForFilters(closed, true), true);
    expect(foldForFilters(filtered, false)).toEqual(closed);
  });

  it('stay open after the filters are cleared, if the reader had opened them', () => {
    const opened = { open: true, openBefore: null };
    expect(foldForFilters(foldForFilters(opened, true), false)).toEqual(opened);
  });

  it('are left as the reader has them while no filter is chosen', () => {
    expect(foldForFilters(closed, false)).toEqual(closed);
    expect(foldForFilters({ open: true, openBefore: null }, false)).toEqual({ open: true, openBefore: null });
  });
});
