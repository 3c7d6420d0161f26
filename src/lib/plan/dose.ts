/**
 * Sets, reps or seconds, rest and load for each planned exercise, by phase, experience and the
 * session's lower-body load. Where the numbers come from:
 * - heavy 4–6 reps, up to 5 sets, long rests, off-season only: 003_d645da0e53dcb1e5.txt (R12),
 *   with 001_b9fa631abd2b8a2f.txt's case for 2–6 heavy reps;
 * - 8–12 reps, going heavier once 15 clean reps are possible: 000_5b4806289219b645.txt (R13, R14);
 * - 2–3 sets, starting at 6 reps, bodyweight before load: 001_b9fa631abd2b8a2f.txt (R13, R16);
 * - marathon block: bodyweight often enough, no heavy squats or deadlifts: 003_d645da0e53dcb1e5.txt.
 * No source gives rest times, power (plyometric) doses, or race-week doses; the figures used for
 * those are StrongStride's own suggestions and the load text says so.
 */
import { isLowerBody } from './rules';
import type { Dose, Experience, LowerLoad, Phase, PlanExercise, Slot } from './types';

export interface DoseContext {
  phase: Phase;
  experience: Experience;
  lowerLoad: LowerLoad;
  /** Cap on sets, used to fit short sessions. */
  maxSets: number;
  /** The session follows a long run or race: everything stays light. */
  allLight?: boolean;
}

const bodyweightOnly = (ex: PlanExercise) => ex.equipment.every((e) => e === 'bodyweight' || e === 'mat');

const MAIN_LIFT_SLOTS: readonly Slot[] = ['knee', 'hinge'];

export function doseFor(ex: PlanExercise, slot: Slot, ctx: DoseContext): Dose {
  const perSide = ex.unilateral;
  const lower = isLowerBody(ex);
  const bw = bodyweightOnly(ex);
  const light = (): Dose['loadClass'] => (bw ? 'bodyweight' : 'light');
  let dose: Dose;

  if (ex.pattern === 'plyometric' || slot === 'power') {
    dose = {
      sets: 3, reps: [3, 5], perSide, restSeconds: 90, loadClass: 'power',
      load: 'Power: a few fast, springy reps, full recovery, stop when they slow. (StrongStride suggestion: the guidance gives no power numbers.)',
    };
  } else if (ex.hold) {
    const seconds = ctx.experience === 'new' || ctx.phase === 'race-week' ? 20 : ctx.experience === 'experienced' ? 40 : 30;
    dose = { sets: 2, seconds, perSide, restSeconds: 30, loadClass: light(), load: 'Breathe steadily; stop when your position slips.' };
  } else if (ctx.allLight) {
    dose = {
      sets: 2, reps: [8, 10], perSide, restSeconds: 45, loadClass: light(),
      load: 'Light and easy: this follows a big effort.',
    };
  } else if (ctx.phase === 'race-week') {
    dose = {
      sets: 1, reps: [6, 8], perSide, restSeconds: 45, loadClass: light(),
      load: 'Very little: one easy set to stay loose. (StrongStride suggestion for race week.)',
    };
  } else if (ctx.experience === 'new') {
    dose = {
      sets: 2, reps: [6, 10], perSide, restSeconds: 60, loadClass: light(),
      load: bw
        ? 'Bodyweight: learn the move; start at about 6 good reps, build to 10.'
        : 'Light: the easier version or your lightest weight; about 6 good reps, build to 10.',
    };
  } else if (lower && ctx.lowerLoad === 'heavy' && MAIN_LIFT_SLOTS.includes(slot) && !bw) {
    dose = {
      sets: 4, reps: [4, 6], perSide, restSeconds: 150, loadClass: 'heavy',
      load: 'Heavy: a load you could lift cleanly about 6 times, no more. Build up over the first weeks; get your form checked if you can.',
    };
  } else if (lower && ctx.lowerLoad === 'light') {
    dose = {
      sets: 2, reps: [8, 10], perSide, restSeconds: 45, loadClass: light(),
      load: 'Light: easy reps, so tomorrow\'s run is unaffected.',
    };
  } else if (ctx.phase === 'marathon') {
    dose = {
      sets: 2, reps: [8, 12], perSide, restSeconds: 60, loadClass: bw ? 'bodyweight' : 'moderate',
      load: bw
        ? 'Bodyweight is often enough in a marathon block: slow, controlled reps.'
        : 'Maintenance: a load you can move cleanly 8–12 times; no grinding while mileage is high.',
    };
  } else if (ctx.phase === 'season' && ctx.experience === 'experienced' && lower && MAIN_LIFT_SLOTS.includes(slot) && !bw) {
    dose = {
      sets: 3, reps: [5, 6], perSide, restSeconds: 120, loadClass: 'moderate',
      load: 'Moderate, lifted with intent, well short of failure: strength holds without fatigue. (StrongStride suggestion for in-season.)',
    };
  } else {
    dose = {
      sets: 3, reps: [8, 12], perSide, restSeconds: 75, loadClass: bw ? 'bodyweight' : 'moderate',
      load: bw
        ? 'Bodyweight: controlled reps; once 15 come easily, take the harder version.'
        : 'Moderate: a weight you can move cleanly 8–12 times; once 15 come easily, go heavier.',
    };
  }
  dose.sets = Math.max(1, Math.min(dose.sets, ctx.maxSets));
  return dose;
}

/** Seconds of work in one set, for the time estimate: about 3 s a rep, both sides counted. */
export function workSeconds(dose: Dose): number {
  const sides = dose.perSide ? 2 : 1;
  if (dose.seconds) return dose.seconds * sides;
  const [lo, hi] = dose.reps ?? [8, 10];
  return Math.ceil((lo + hi) / 2) * 3 * sides;
}

/** Estimated minutes for one exercise: every set and rest, plus half a minute to set up. */
export function itemMinutes(dose: Dose): number {
  const seconds = 30 + dose.sets * workSeconds(dose) + Math.max(0, dose.sets - 1) * dose.restSeconds;
  return Math.round((seconds / 60) * 10) / 10;
}

/** The dose in a few characters: "3 × 8–12", "2 × 30 s", "3 × 4–6 each side". */
export function formatDose(dose: Dose): string {
  const amount = dose.seconds ? `${dose.seconds} s` : dose.reps ? (dose.reps[0] === dose.reps[1] ? `${dose.reps[0]}` : `${dose.reps[0]}–${dose.reps[1]}`) : '';
  return `${dose.sets} × ${amount}${dose.perSide ? ' each side' : ''}`;
}

export function formatRest(dose: Dose): string {
  if (dose.restSeconds >= 120) return `rest fully (we allow about ${Math.round(dose.restSeconds / 30) / 2} min)`;
  return `rest about ${dose.restSeconds} s`;
}
