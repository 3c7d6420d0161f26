/**
 * The plan builder's input and output. Every input field has a default, so a half-filled form, an
 * old link or an empty saved state still gives a plan. Ids here are the ones the URL and the
 * saved state use, so renaming one breaks links: add new ids, never rename old ones.
 */
import type { EquipmentId } from '../../data/equipment';
import type { LevelId, PlaneId } from '../../data/levels';
import type { MuscleId } from '../../data/muscles';
import type { PatternId } from '../../data/patterns';

export const RUN_TYPES = ['rest', 'easy', 'hard', 'long', 'race'] as const;
export type RunType = (typeof RUN_TYPES)[number];

export const RUN_LABELS: Record<RunType, string> = {
  rest: 'Rest',
  easy: 'Easy run',
  hard: 'Hard run',
  long: 'Long run',
  race: 'Race',
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
  moderate: 'On easy-run days, after the run',
  separate: 'On days without a run',
};

/** Where the last plan input is kept in localStorage (shape and versions: storage.ts). */
export const STORAGE_KEY = 'ss-plan';

export const DAY_NAMES = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'] as const;

export const SESSIONS_MIN = 1;
export const SESSIONS_MAX = 5;
export const MINUTES_MIN = 15;
export const MINUTES_MAX = 60;

export interface PlanInput {
  /** Strength sessions per week, 1–5. */
  sessions: number;
  /** Minutes available per session, 15–60, warm-up included. */
  minutes: number;
  /** Equipment to hand; bodyweight (and a floor or mat) is always assumed. */
  equipment: EquipmentId[];
  phase: Phase;
  experience: Experience;
  /** The running week, Monday first: seven entries. */
  week: RunType[];
  /** Areas to give extra work; may be empty. */
  emphasis: Emphasis[];
  placement: Placement;
}

export const DEFAULT_INPUT: Readonly<PlanInput> = Object.freeze({
  sessions: 2,
  minutes: 30,
  equipment: ['dumbbell', 'band'],
  phase: 'base',
  experience: 'returning',
  week: ['rest', 'hard', 'easy', 'hard', 'rest', 'easy', 'long'],
  emphasis: [],
  placement: 'hard',
} satisfies PlanInput);

export const defaultInput = (): PlanInput => ({
  ...DEFAULT_INPUT,
  equipment: [...DEFAULT_INPUT.equipment],
  week: [...DEFAULT_INPUT.week],
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
  /** The nearest easier version: another exercise's slug, when it has a page. */
  easier?: string;
  /** The nearest easier version in words. */
  easierText?: string;
  /** The first technique cue, for print. */
  cue: string;
  /** Dosed in seconds (a plank-style hold) rather than reps. */
  hold: boolean;
}

/** How hard the lower-body work of a session is. */
export type LowerLoad = 'heavy' | 'moderate' | 'light';

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
  /** Rest between sets, in seconds, as StrongStride's estimate (the sources give no figure). */
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

export interface Session {
  day: number;
  dayName: string;
  run: RunType;
  /** The plain-words reason for this day. */
  reason: string;
  /** Set when the session shares the day with a run: order and spacing. */
  sameDay?: string;
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

export interface Plan {
  /** The input actually used (clamped and defaulted). */
  input: PlanInput;
  sessions: Session[];
  /** What to change in the coming weeks. */
  progression: string[];
  /** Notes on the choices made (placement trade-off, load approach). */
  notes: string[];
  unmet: Unmet[];
}
