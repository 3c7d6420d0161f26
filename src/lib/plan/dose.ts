/**
 * Sets, reps or seconds, rest and load for each planned exercise, by phase, experience, the
 * session's lower-body load and the week of the block. The sourced numbers live in guidance.ts:
 * - heavy: build up to 5 sets of 4–6 reps with long rests, off-season only (003_d645da0e53dcb1e5.txt,
 *   R12), with 001_b9fa631abd2b8a2f.txt's case for 2–6 heavy reps;
 * - 8–12 reps, going heavier once 15 clean reps are possible (000_5b4806289219b645.txt, R13, R14);
 * - 2–3 sets, starting at 6 reps, bodyweight before load (001_b9fa631abd2b8a2f.txt, R13, R16);
 * - marathon block: bodyweight often enough, no heavy squats or deadlifts (003_d645da0e53dcb1e5.txt).
 * No source gives rest times, hold times, power (plyometric) doses, in-season numbers or race-week
 * doses: the load text says so wherever one of those applies, and rest is always our estimate.
 */
import { GENERAL, HEAVY, REST_ESTIMATE_SECONDS } from './guidance';
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
  /** Sets for heavy lifts this week (the block builds them up to 5). */
  heavySets?: number;
  /** A lighter week of the block: one set fewer. */
  lighter?: boolean;
}

const bodyweightOnly = (ex: PlanExercise) => ex.equipment.every((e) => e === 'bodyweight' || e === 'mat');
/** A band gives the resistance (a Pallof press, a lateral walk): the dose talks of the band, not a weight. */
const bandOnly = (ex: PlanExercise) => ex.equipment.includes('band') && ex.equipment.every((e) => e === 'band' || e === 'bodyweight' || e === 'mat');

const MAIN_LIFT_SLOTS: readonly Slot[] = ['knee', 'hinge'];
const [GEN_LO, GEN_HI] = GENERAL.reps.value;
const [HEAVY_LO, HEAVY_HI] = HEAVY.reps.value;

export function doseFor(ex: PlanExercise, slot: Slot, ctx: DoseContext): Dose {
  const perSide = ex.unilateral;
  const lower = isLowerBody(ex);
  const bw = bodyweightOnly(ex);
  const light = (): Dose['loadClass'] => (bw ? 'bodyweight' : 'light');
  const rest = REST_ESTIMATE_SECONDS;
  let dose: Dose;

  if (ex.pattern === 'plyometric' || slot === 'power') {
    dose = {
      sets: 3, reps: [3, 5], perSide, restSeconds: rest.power.value, loadClass: 'power',
      load: 'Power: a few fast, springy reps, full recovery, stop when they slow. (Our suggestion: the sources give no numbers for jumps.)',
    };
  } else if (ex.hold) {
    const seconds = ctx.experience === 'new' || ctx.phase === 'race-week' ? 20 : ctx.experience === 'experienced' ? 40 : 30;
    dose = { sets: 2, seconds, perSide, restSeconds: rest.light.value, loadClass: light(), load: 'Breathe steadily; stop when your position slips. (Hold times are our suggestion.)' };
  } else if (ctx.allLight) {
    dose = { sets: 2, reps: [8, 10], perSide, restSeconds: rest.light.value, loadClass: light(), load: 'Light and easy: this follows a big effort.' };
  } else if (ctx.phase === 'race-week') {
    dose = {
      sets: 1, reps: [6, 8], perSide, restSeconds: rest.light.value, loadClass: light(),
      load: 'Very little: one easy set to stay loose. (Our suggestion: the sources give no race-week numbers.)',
    };
  } else if (ctx.experience === 'new') {
    dose = {
      sets: 2, reps: [GENERAL.startReps.value, 10], perSide, restSeconds: rest.light.value, loadClass: light(),
      load: bw
        ? `Bodyweight: learn the move; start at about ${GENERAL.startReps.value} good reps, build to 10.`
        : `Light: the easier version or your lightest weight; about ${GENERAL.startReps.value} good reps, build to 10.`,
    };
  } else if (lower && ctx.lowerLoad === 'heavy' && MAIN_LIFT_SLOTS.includes(slot) && !bw && !ex.fast) {
    const sets = ctx.heavySets ?? HEAVY.sets.value;
    dose = {
      sets, reps: [HEAVY_LO, HEAVY_HI], perSide, restSeconds: rest.heavy.value, loadClass: 'heavy',
      load: `Heavy: a load you could lift cleanly about ${HEAVY_HI} times, no more, building to ${HEAVY.sets.value} sets of ${HEAVY_LO}–${HEAVY_HI} over the block. Get your form checked if you can.`,
    };
  } else if (lower && ctx.lowerLoad === 'light') {
    dose = { sets: 2, reps: [8, 10], perSide, restSeconds: rest.light.value, loadClass: light(), load: 'Light: easy reps, well short of tiring your legs.' };
  } else if (ctx.phase === 'marathon') {
    dose = {
      sets: 2, reps: [GEN_LO, GEN_HI], perSide, restSeconds: rest.moderate.value, loadClass: bw ? 'bodyweight' : 'moderate',
      load: bw
        ? 'Bodyweight is often enough in a marathon block: slow, controlled reps.'
        : `Maintenance: a load you can move cleanly ${GEN_LO}–${GEN_HI} times; no grinding while mileage is high.`,
    };
  } else {
    // In-season the sources give no numbers (one gym shifts the focus to power and endurance): the
    // everyday scheme is our choice, moved with intent rather than pushed heavier (R12, 002_5ead5ffcbdf72614.txt).
    const season = ctx.phase === 'season';
    const next = (harder: string) => (season ? 'move every rep with intent, never to failure' : `once ${GENERAL.progressAt.value} come easily, ${harder}`);
    const load = bw
      ? `Bodyweight: controlled reps; ${next('take the harder version')}.`
      : bandOnly(ex)
        ? `Moderate: a band that lets you do ${GEN_LO}–${GEN_HI} clean reps; ${next('take a stronger one')}.`
        : `Moderate: a weight you can move cleanly ${GEN_LO}–${GEN_HI} times; ${next('go heavier')}.`;
    dose = {
      sets: GENERAL.sets.value[1], reps: [GEN_LO, GEN_HI], perSide, restSeconds: rest.moderate.value, loadClass: bw ? 'bodyweight' : 'moderate',
      load: season ? `${load} In-season the sources give no numbers (one gym shifts the focus to power and endurance), so these are our choice.` : load,
    };
  }
  if (ctx.lighter && dose.loadClass !== 'power') {
    dose.sets = Math.max(1, dose.sets - 1);
    dose.load = `Lighter week: one set fewer, same weights. ${dose.load}`;
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

/** Rest in words: no source gives a figure, so the time is always labelled as our estimate. */
export function formatRest(dose: Dose): string {
  if (dose.sets < 2) return 'one set';
  if (dose.restSeconds >= 120) return `rest fully, about ${Math.round(dose.restSeconds / 30) / 2} min (our estimate)`;
  return `rest about ${dose.restSeconds} s (our estimate)`;
}
