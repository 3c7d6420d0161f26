/**
 * The numbers the plan builder takes from the guidance, in one place, each with the source article
 * it comes from (the file names in ../shared/DOMAIN.md §0; the guides cite the same articles).
 * The guides state these same figures in words; tests/unit/plan-guidance.test.ts checks that the
 * guides and this module still agree. Where the sources give no figure, the value here is the
 * site's own and says so in `ours`, so every card can label it as our estimate.
 */

/** A figure the builder uses, with where it comes from. */
export interface Figure<T> {
  value: T;
  /** The source article, or undefined when the figure is the site's own. */
  source?: string;
  /** Why the site chose it, when the sources give none. */
  ours?: string;
}

/**
 * Heavy sets in the off-season: build up to 5 sets of 4–6 reps with long rests, as an 8–12-week
 * block in a lower-mileage period (003_d645da0e53dcb1e5.txt; DOMAIN §1.5, §4.3, R12).
 */
export const HEAVY = {
  sets: { value: 5, source: '003_d645da0e53dcb1e5.txt' },
  reps: { value: [4, 6] as [number, number], source: '003_d645da0e53dcb1e5.txt' },
  blockWeeks: { value: [8, 12] as [number, number], source: '003_d645da0e53dcb1e5.txt' },
  /** The sets a heavy block starts from before building to 5: the site's own ramp. */
  firstSets: { value: 3, ours: 'the source says to build up to 5 sets without saying from where' },
} as const satisfies Record<string, Figure<unknown>>;

/**
 * The general scheme: a load you can lift cleanly 8–12 times, heavier once 15 come easily
 * (000_5b4806289219b645.txt; R13, R14); 2–3 sets, starting at 6 reps (001_b9fa631abd2b8a2f.txt).
 */
export const GENERAL = {
  reps: { value: [8, 12] as [number, number], source: '000_5b4806289219b645.txt' },
  progressAt: { value: 15, source: '000_5b4806289219b645.txt' },
  sets: { value: [2, 3] as [number, number], source: '001_b9fa631abd2b8a2f.txt' },
  startReps: { value: 6, source: '001_b9fa631abd2b8a2f.txt' },
} as const satisfies Record<string, Figure<unknown>>;

/** Rhythm: progress or change a routine every 3–4 weeks; judge after 3 months (001_b9fa631abd2b8a2f.txt; R15). */
export const RHYTHM = {
  stepWeeks: { value: 4, source: '001_b9fa631abd2b8a2f.txt' },
  judgeAfterMonths: { value: 3, source: '001_b9fa631abd2b8a2f.txt' },
} as const satisfies Record<string, Figure<unknown>>;

/** Same-day spacing: 6 hours or more between run and lift (002_5ead5ffcbdf72614.txt; R17). */
export const SAME_DAY_GAP_HOURS: Figure<number> = { value: 6, source: '002_5ead5ffcbdf72614.txt' };

/**
 * Short sessions: a whole session needs only 20–30 minutes, and some runners prefer 3–5 shorter
 * sessions (both 000_5b4806289219b645.txt); a marathon block uses 25-minute blocks
 * (003_d645da0e53dcb1e5.txt). With 4 or 5 sessions a week the builder keeps each to this length,
 * the top of that 20–30.
 */
export const SHORT_SESSION_MINUTES: Figure<number> = { value: 30, source: '000_5b4806289219b645.txt' };

/** No source gives a rest time between sets (DOMAIN §1.5, §6.22): these only time the session. */
export const REST_ESTIMATE_SECONDS = {
  heavy: { value: 150, ours: 'the sources ask for long rests after heavy sets but give no figure' },
  moderate: { value: 75, ours: 'no source gives a rest time' },
  light: { value: 45, ours: 'no source gives a rest time' },
  power: { value: 90, ours: 'no source gives power numbers' },
} as const satisfies Record<string, Figure<number>>;

/**
 * Choices the site makes where the sources are silent (DOMAIN §6.25–27: no sourced race-week,
 * in-season or day-by-day plan). Each card that uses one says it is our default.
 */
export const OUR_DEFAULTS = {
  raceWeekMaxSessions: { value: 2, ours: 'race week is for arriving fresh; no source gives a number' },
  raceWeekMinutes: { value: 20, ours: 'race week keeps sessions short; no source gives a length' },
  daysOffAfterRace: { value: 3, ours: 'no source says how long to wait after a race' },
  raceBuildWeeks: { value: 4, ours: 'heavy work ends this many weeks before race week; no source gives a number' },
  lighterWeekEvery: { value: 4, ours: 'no source mentions lighter weeks; we ease off at the end of each 4-week step of a heavy block' },
  blockWeeks: { value: 12, ours: 'three 4-week steps, the long end of the 8–12-week heavy block' },
  maxBlockWeeks: { value: 26, ours: 'a race further away than this is planned for once it comes closer' },
  latestLift: { value: '21:00', ours: 'a 6-hour gap that ends later than this is not offered' },
} as const satisfies Record<string, Figure<unknown>>;
