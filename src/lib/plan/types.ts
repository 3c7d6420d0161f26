/**
 * The plan builder's input and output. Every input field has a default, so a half-filled form, an
 * old link or an empty saved state still gives a plan. Ids here are the ones the URL and the
 * saved state use, so renaming one breaks links: add new ids, never rename old ones.
 */
import type { EquipmentId } from '../../data/equipment';
import type { LevelId, PlaneId } from '../../data/levels';
import type { MuscleId } from '../../data/muscles';
import type { PatternId } from '../../data/patterns';

export const RUN_TYPES = ['rest', 'easy', 'moderate', 'hard', 'long', 'race'] as const;
export type RunType = (typeof RUN_TYPES)[number];

export const RUN_LABELS: Record<RunType, string> = {
  rest: 'Rest',
  easy: 'Easy run',
  moderate: 'Moderate run',
  hard: 'Hard run',
  long: 'Long run',
  race: 'Race',
};

/** The same, as words inside a sentence ("after your hard session"). */
export const RUN_WORDS: Record<RunType, string> = {
  rest: 'rest day',
  easy: 'easy run',
  moderate: 'moderate run',
  hard: 'hard session',
  long: 'long run',
  race: 'race',
};

/** Hard runs, long runs and races: the sessions the strength plan protects. */
export const KEY_RUNS: readonly RunType[] = ['hard', 'long', 'race'];

/** A second run on the same day; `none` for a single run. */
export const SECOND_RUNS = ['none', 'easy', 'moderate', 'hard'] as const;
export type SecondRun = (typeof SECOND_RUNS)[number];

/**
 * What comes first when a run and a lift share a day (R18: run first when running is the
 * priority, 000_5b4806289219b645.txt, 002_5ead5ffcbdf72614.txt; lift first only when strength
 * is the stated priority, 002_5ead5ffcbdf72614.txt).
 */
export const PRIORITIES = ['running', 'strength'] as const;
export type Priority = (typeof PRIORITIES)[number];
export const PRIORITY_LABELS: Record<Priority, string> = {
  running: 'Running comes first',
  strength: 'Strength comes first for now',
};

export const PHASES = ['base', 'season', 'marathon', 'race-week'] as const;
export type Phase = (typeof PHASES)[number];
export const PHASE_LABELS: Record<Phase, string> = {
  base: 'Off-season / base',
  season: 'In-season / race build',
  marathon: 'Marathon block',
  'race-week': 'Race week',
};

export const EXPERIENCES = ['new', 'returning', 'experienced'] as const;
export type Experience = (typeof EXPERIENCES)[number];
export const EXPERIENCE_LABELS: Record<Experience, string> = {
  new: 'New to lifting',
  returning: 'Returning to lifting',
  experienced: 'Experienced lifter',
};

export const EMPHASES = ['calves', 'hips', 'upper', 'core'] as const;
export type Emphasis = (typeof EMPHASES)[number];
export const EMPHASIS_LABELS: Record<Emphasis, string> = {
  calves: 'Calves and feet',
  hips: 'Hips',
  upper: 'Upper body and posture',
  core: 'Core',
};

/** Where strength sessions go relative to runs: the sources disagree (DOMAIN.md R17), so the runner picks. */
export const PLACEMENTS = ['hard', 'moderate', 'separate'] as const;
export type Placement = (typeof PLACEMENTS)[number];
export const PLACEMENT_LABELS: Record<Placement, string> = {
  hard: 'On hard-run days, after the run',
  moderate: 'On easy or moderate run days, after the run',
  separate: 'On days without a run',
};

/** Where the last plan input is kept in localStorage (shape and versions: storage.ts). */
export const STORAGE_KEY = 'ss-plan';

export const DAY_NAMES = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'] as const;

export const SESSIONS_MIN = 1;
export const SESSIONS_MAX = 5;
export const MINUTES_MIN = 15;
export const MINUTES_MAX = 60;

/** A time of day as "HH:MM" (24-hour), or "" when not given. */
export type TimeOfDay = string;

export interface PlanInput {
  /** Strength sessions per week, 1–5. */
  sessions: number;
  /** Minutes available per session, 15–60, warm-up included. */
  minutes: number;
  /** Equipment to hand; bodyweight (and a floor or mat) is always assumed. */
  equipment: EquipmentId[];
  /** The phase of the season now (with a race date, the block moves on from it). */
  phase: Phase;
  experience: Experience;
  /** The running week, Monday first: seven entries, each day's (first) run. */
  week: RunType[];
  /** A second run on each day, Monday first: seven entries, `none` for most days. */
  second: SecondRun[];
  /** Each day's run times, Monday first: seven [first run, second run] pairs, "" when not given. */
  times: [TimeOfDay, TimeOfDay][];
  /** Areas to give extra work; may be empty. */
  emphasis: Emphasis[];
  placement: Placement;
  /** Run first (running) or lift first (strength) on a shared day. */
  priority: Priority;
  /** The goal race as "YYYY-MM-DD", or "" for none: the block counts back from it. */
  raceDate: string;
  /** The day the block starts, "YYYY-MM-DD" (its week's Monday is week 1), or "" for this week. */
  startDate: string;
  /** When to lift on a day without a run time, for the calendar: "HH:MM". */
  liftTime: TimeOfDay;
}

export const DEFAULT_LIFT_TIME = '18:00';

export const DEFAULT_INPUT: Readonly<PlanInput> = Object.freeze({
  sessions: 2,
  minutes: 30,
  equipment: ['dumbbell', 'band'],
  phase: 'base',
  experience: 'returning',
  week: ['rest', 'hard', 'easy', 'hard', 'rest', 'easy', 'long'],
  second: ['none', 'none', 'none', 'none', 'none', 'none', 'none'],
  times: [['', ''], ['', ''], ['', ''], ['', ''], ['', ''], ['', ''], ['', '']],
  emphasis: [],
  placement: 'hard',
  priority: 'running',
  raceDate: '',
  startDate: '',
  liftTime: DEFAULT_LIFT_TIME,
} satisfies PlanInput);

export const defaultInput = (): PlanInput => ({
  ...DEFAULT_INPUT,
  equipment: [...DEFAULT_INPUT.equipment],
  week: [...DEFAULT_INPUT.week],
  second: [...DEFAULT_INPUT.second],
  times: DEFAULT_INPUT.times.map(([a, b]) => [a, b]),
  emphasis: [...DEFAULT_INPUT.emphasis],
});

/** The compact exercise record the engine works from (built by catalogue.ts, shipped to the page as JSON). */
export interface PlanExercise {
  slug: string;
  title: string;
  pattern: PatternId;
  equipment: EquipmentId[];
  level: LevelId;
  unilateral: boolean;
  planes: PlaneId[];
  primary: MuscleId[];
  /** A squat or hinge on both legs that is usually loaded heavy (barbell, deadlifts, front/back squat). */
  heavyBilateral: boolean;
  /**
   * Easier versions in the exercise file's order, nearest first, up to the first given only in
   * words: each in words, with the slug of the exercise it names when that has a page. The plan
   * starts a new lifter on the first one their equipment allows.
   */
  easier: { slug?: string; text: string }[];
  /** The first technique cue, for print. */
  cue: string;
  /** Dosed in seconds (a plank-style hold) rather than reps. */
  hold: boolean;
  /** Dosed for speed (a kettlebell swing): never given heavy sets. */
  fast: boolean;
}

/** How hard the lower-body work of a session is; heavy and moderate are the demanding ones. */
export type LowerLoad = 'heavy' | 'moderate' | 'light';
export const isDemanding = (load: LowerLoad | undefined) => load === 'heavy' || load === 'moderate';

export type Slot =
  | 'knee'
  | 'hinge'
  | 'single-leg'
  | 'pull'
  | 'push'
  | 'core'
  | 'calves'
  | 'lateral-hip'
  | 'power'
  | 'extra';

export interface Dose {
  sets: number;
  /** Reps per set (per side when `perSide`), as a range; absent for timed holds. */
  reps?: [number, number];
  /** Seconds per set for holds and timed work. */
  seconds?: number;
  perSide: boolean;
  /** Rest between sets in seconds, used to time the session: always our estimate (no source gives one). */
  restSeconds: number;
  /** Load in words, e.g. "bodyweight", "heavy: a load you could lift 6 times, no more". */
  load: string;
  /** The load class, used by the rules. */
  loadClass: 'bodyweight' | 'light' | 'moderate' | 'heavy' | 'power';
}

export interface PlanItem {
  slug: string;
  title: string;
  slot: Slot;
  dose: Dose;
  /** The easier version to start from (new lifters), when the exercise has one. */
  regression?: { slug?: string; text: string };
  cue: string;
  /** Estimated minutes for all its sets and rests. */
  minutes: number;
}

/**
 * A sentence a session says about the next day, kept as data so the engine can check it against
 * the plan (rules.ts `tomorrowClaimHolds`): `key` means this session keeps legs light because the
 * next day holds a key run; `calm` means this demanding session is followed by a day with no key
 * run and no demanding leg work.
 */
export type TomorrowClaim = { kind: 'key'; day: number; run: RunType } | { kind: 'calm'; day: number };

export interface Session {
  day: number;
  dayName: string;
  /** The day's first run (`rest` for none). */
  run: RunType;
  /** Every run that day, first run first; empty on a rest day. */
  runs: RunType[];
  /** The plain-words reason for this day. */
  reason: string;
  /** What the reason says about tomorrow, as data (its sentence ends the reason). */
  tomorrow?: TomorrowClaim;
  /** Set when the session shares the day with a run: order and spacing. */
  sameDay?: string;
  /** When to lift, "HH:MM", for the calendar: from the run times, else the chosen time. */
  liftAt: TimeOfDay;
  lowerLoad: LowerLoad;
  warmUp: { slug?: string; title: string; text: string }[];
  items: PlanItem[];
  /** Estimated minutes: warm-up, work, rests and a short cool-down. */
  minutes: number;
  coolDown: string;
}

export interface Unmet {
  /** The wish that could not be honoured, in the runner's terms. */
  wish: string;
  reason: string;
}

/** What a week of the block looks like, as the engine is told it. */
export interface WeekContext {
  /** The phase this week runs in. */
  phase: Phase;
  /** 1-based step of 3–4 weeks; exercises change between steps. */
  step: number;
  /** 1-based week within the step. */
  weekInStep: number;
  /** A lighter week: fewer sets, no new loads. */
  lighter: boolean;
  /** Sets for heavy lifts this week: builds up to 5 over a heavy block. */
  heavySets: number;
  /** The day of the goal race when it falls in this week. */
  raceDay?: number;
  /** Days with no lifting at all (the days after a race). */
  noLift: number[];
  /** Exercises of the previous step, to change them where the library allows. */
  previous: string[];
  /** The previous week's Sunday loaded the legs, so this Monday must not. */
  afterDemandingSunday?: boolean;
  /** The runs of the day after Sunday (next week's Monday), when it differs from this week's. */
  nextMonday?: { runs: RunType[]; demanding: boolean };
}

export interface Plan {
  /** The input actually used (clamped and defaulted). */
  input: PlanInput;
  /** The phase this week was planned for (the input's, or the block's for this week). */
  phase: Phase;
  /** Each day's runs as planned (a race date puts a race on its day). */
  runs: RunType[][];
  sessions: Session[];
  /** What to change in the coming weeks. */
  progression: string[];
  /** Notes on the choices made (placement trade-off, load approach). */
  notes: string[];
  unmet: Unmet[];
}

export interface BlockWeek {
  /** 0-based. */
  index: number;
  /** The Monday of the week, "YYYY-MM-DD", when the block has dates. */
  start?: string;
  context: WeekContext;
  /** One line on what this week is for. */
  focus: string;
  raceWeek: boolean;
  plan: Plan;
}

export interface Block {
  input: PlanInput;
  weeks: BlockWeek[];
  /** The week that holds today, 0-based (the week view shows it); 0 when the block starts later or has no dates. */
  now: number;
  /** The block starts after this week, on a start date ahead. */
  upcoming: boolean;
  /** The goal race, when a date was given and it lies within the block. */
  race?: { date: string; week: number; day: number; daysToGo: number };
  /** How the block is built and where each choice comes from. */
  notes: string[];
  /** Inputs the block could not use (a race date in the past or too far away, a block already over). */
  notices: string[];
}
