import { describe, expect, it } from 'vitest';
import { describeCount, matches, readFilters, writeFilters } from '../../src/lib/exercise-filter';

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
});
