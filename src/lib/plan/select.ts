/**
 * Choosing exercises so that the week covers what a runner needs. The coverage list follows the
 * guidance digest (DOMAIN.md §5): a knee-dominant move (squat or lunge), a hinge or bridge, a
 * single-leg move, an upper-body pull and push, core, calves, and lateral hip when time allows
 * (R4 full body: 001_b9fa631abd2b8a2f.txt, 002_5ead5ffcbdf72614.txt, 004_749804ad59120ee2.txt;
 * R5 single-leg work: 000_5b4806289219b645.txt, 003_d645da0e53dcb1e5.txt; R7 calves:
 * 002_5ead5ffcbdf72614.txt; R8 posterior chain: 001_b9fa631abd2b8a2f.txt; R9 side-to-side hip
 * work: 003_d645da0e53dcb1e5.txt; R10 core that resists extension, rotation and side bending:
 * 000_5b4806289219b645.txt, 002_5ead5ffcbdf72614.txt, 004_749804ad59120ee2.txt).
 */
import type { MuscleId } from '../../data/muscles';
import type { PatternId } from '../../data/patterns';
import { heavyBilateralAllowed, isLowerBody, usesOnlyAvailableEquipment } from './rules';
import type { Emphasis, Experience, LowerLoad, Phase, PlanExercise, PlanInput, Slot } from './types';

export const SLOT_LABELS: Record<Slot, string> = {
  knee: 'squat or lunge',
  hinge: 'hinge or bridge',
  'single-leg': 'single-leg',
  pull: 'upper-body pull',
  push: 'upper-body push',
  core: 'core (anti-rotation or anti-extension)',
  calves: 'calf',
  'lateral-hip': 'lateral hip',
  power: 'power (jumps)',
  extra: 'extra',
};

const LOWER_STRENGTH: readonly PatternId[] = ['squat', 'lunge', 'hinge', 'hip-extension'];
const CORE: readonly PatternId[] = ['core-anti-extension', 'core-anti-rotation', 'core-anti-lateral-flexion'];

/**
 * Whether the builder picks exercises of a pattern at all. Keyed by every pattern, so a pattern
 * added to src/data/patterns.ts fails the type check until it is placed here.
 * - core flexion and rotation (crunches, V-ups, twists): the core work the sources ask for resists
 *   movement (R10); crunches, twists and jackknives come from a reader's comment, not an author;
 * - knee flexion (hamstring curls): the hinge-or-bridge slot asks for hip extension, which the
 *   sources name for the posterior chain (R8); a curl trains the hamstrings only at the knee;
 * - conditioning (burpees, mountain climbers): a strength session is not heart-rate work
 *   (002_5ead5ffcbdf72614.txt, R23);
 * - carries: no source gives a carry type or a dose (DOMAIN.md §6.23);
 * - mobility: drills belong to the warm-up.
 */
const PICKED: Readonly<Record<PatternId, boolean>> = {
  squat: true,
  lunge: true,
  hinge: true,
  'hip-extension': true,
  'calf-foot': true,
  'lateral-hip': true,
  push: true,
  pull: true,
  'core-anti-extension': true,
  'core-anti-rotation': true,
  'core-anti-lateral-flexion': true,
  plyometric: true,
  'knee-flexion': false,
  'core-flexion-rotation': false,
  conditioning: false,
  carry: false,
  mobility: false,
};

/** Which exercises count for which slot. A single exercise can cover several (a single-leg RDL is a hinge and a single-leg move). */
export function covers(ex: PlanExercise, slot: Slot): boolean {
  switch (slot) {
    case 'knee':
      return ex.pattern === 'squat' || ex.pattern === 'lunge';
    case 'hinge':
      return ex.pattern === 'hinge' || ex.pattern === 'hip-extension';
    case 'single-leg':
      return ex.unilateral && LOWER_STRENGTH.includes(ex.pattern);
    case 'pull':
    case 'push':
      return ex.pattern === slot;
    case 'core':
      return CORE.includes(ex.pattern);
    case 'calves':
      // Calf and foot work that loads the calves: a tibialis raise trains the shin, not this slot.
      return ex.pattern === 'calf-foot' && ex.primary.includes('calves');
    case 'lateral-hip':
      return ex.pattern === 'lateral-hip' || (ex.planes.includes('frontal') && LOWER_STRENGTH.includes(ex.pattern));
    case 'power':
      return ex.pattern === 'plyometric';
    case 'extra':
      return false;
  }
}

const UPPER_MUSCLES: readonly MuscleId[] = ['chest', 'shoulders', 'triceps', 'biceps', 'lats', 'middle-back', 'traps'];
const LEG_MUSCLES: readonly MuscleId[] = ['glutes', 'gluteus-medius', 'hamstrings', 'quadriceps', 'calves', 'adductors', 'abductors'];
/** Two lifts in one (a bridge with a chest press, a clean with a press): a circuit move, picked after the plain lifts. */
const isCombination = (ex: PlanExercise) => ex.primary.some((m) => UPPER_MUSCLES.includes(m)) && ex.primary.some((m) => LEG_MUSCLES.includes(m));

export interface PickContext {
  input: PlanInput;
  /** The phase of this week (a block moves through phases). */
  phase: Phase;
  lowerLoad: LowerLoad;
  /** Slugs already in this session. */
  inSession: ReadonlySet<string>;
  /** How often each slug was used earlier this week. */
  usedThisWeek: ReadonlyMap<string, number>;
  /** Core patterns used earlier this week, to rotate anti-extension and anti-rotation. */
  corePatternsThisWeek: ReadonlyMap<string, number>;
  /** Exercises of the block's previous step, changed where the library has another (R15). */
  previous: ReadonlySet<string>;
}

const LEVEL_FIT: Record<Experience, Record<PlanExercise['level'], number>> = {
  new: { beginner: 4, intermediate: -2, advanced: -20 },
  returning: { beginner: 2, intermediate: 2, advanced: -4 },
  experienced: { beginner: 0, intermediate: 2, advanced: 1 },
};

/** Whether an exercise may appear at all in this session. */
export function allowedIn(ex: PlanExercise, input: PlanInput, lowerLoad: LowerLoad, phase: Phase): boolean {
  if (!PICKED[ex.pattern] || !usesOnlyAvailableEquipment(ex, input)) return false;
  // Leg holds (a wall sit, an isometric split squat) stay on their pages: the leg slots take moving
  // lifts, dosed from the guides' rep schemes, and no source gives hold times for them.
  if (ex.hold && !CORE.includes(ex.pattern)) return false;
  if (ex.heavyBilateral && (!heavyBilateralAllowed(phase) || lowerLoad !== 'heavy')) return false;
  if (ex.pattern === 'plyometric' && (input.experience !== 'experienced' || phase !== 'season' || lowerLoad === 'light')) return false;
  if (input.experience === 'new' && ex.level === 'advanced') return false;
  return true;
}

function score(ex: PlanExercise, slot: Slot, ctx: PickContext): number {
  const { input } = ctx;
  let s = LEVEL_FIT[input.experience][ex.level];
  const heavy = ctx.lowerLoad === 'heavy';
  if (heavy && (slot === 'knee' || slot === 'hinge') && ex.heavyBilateral) s += 6;
  // Split-stance and single-leg work suits run-heavy phases best (003_d645da0e53dcb1e5.txt).
  if ((ctx.phase === 'marathon' || ctx.phase === 'season') && slot === 'knee' && ex.unilateral) s += 2;
  // Posterior-chain bias (R8, 001_b9fa631abd2b8a2f.txt): glutes and calves are the weak links.
  if (slot === 'hinge' && ex.primary.includes('glutes')) s += 1;
  if (slot === 'single-leg' && (ex.pattern === 'hinge' || ex.pattern === 'hip-extension')) s += 1;
  if (isCombination(ex)) s -= 2;
  if (slot === 'core') {
    if (ex.pattern === 'core-anti-lateral-flexion') s -= 1;
    s -= 2 * (ctx.corePatternsThisWeek.get(ex.pattern) ?? 0);
  }
  if (slot === 'lateral-hip' && ex.pattern === 'lateral-hip') s += 1;
  // With weights to hand, a loaded leg move beats a bodyweight one for anyone past the basics.
  const loaded = ex.equipment.some((e) => e === 'dumbbell' || e === 'kettlebell' || e === 'barbell' || e === 'sandbag');
  if (input.experience !== 'new' && ctx.lowerLoad !== 'light' && isLowerBody(ex) && loaded) s += 1;
  // Free weights and bands over machines (000_5b4806289219b645.txt).
  if (ex.equipment.includes('machine') || ex.equipment.includes('cable')) s -= 1;
  // Already in the warm-up, and too light to be the session's pull.
  if (ex.slug === 'band-pull-apart') s -= 5;
  // Variety across the week (R24, 000_5b4806289219b645.txt) and a change every 3–4 weeks
  // (R15, 001_b9fa631abd2b8a2f.txt).
  s -= 3 * (ctx.usedThisWeek.get(ex.slug) ?? 0);
  if (ctx.previous.has(ex.slug)) s -= 2;
  return s;
}

/** The best exercise for a slot, or undefined when none fits. Ties go to the alphabetically first slug. */
export function pickExercise(slot: Slot, catalogue: readonly PlanExercise[], ctx: PickContext): PlanExercise | undefined {
  let best: PlanExercise | undefined;
  let bestScore = -Infinity;
  for (const ex of catalogue) {
    if (ctx.inSession.has(ex.slug) || !covers(ex, slot) || !allowedIn(ex, ctx.input, ctx.lowerLoad, ctx.phase)) continue;
    const s = score(ex, slot, ctx);
    if (s > bestScore || (s === bestScore && best && ex.slug < best.slug)) {
      best = ex;
      bestScore = s;
    }
  }
  return best;
}

/** Slots an emphasis adds to every session. */
export const EMPHASIS_SLOTS: Record<Emphasis, Slot[]> = {
  calves: ['calves'],
  hips: ['lateral-hip', 'single-leg'],
  upper: ['pull', 'push'],
  core: ['core'],
};

/** The full-body base every session aims for (R4), then the week's wider coverage. */
export const TIER_A: readonly Slot[] = ['knee', 'hinge', 'pull', 'core', 'push'];
export const TIER_B: readonly Slot[] = ['single-leg', 'calves', 'lateral-hip'];
/** Slots the week must cover if time and equipment allow; `unmet` names any that did not fit. */
export const WEEKLY_SLOTS: readonly Slot[] = [...TIER_A, ...TIER_B];

/**
 * The warm-up (R11, 002_5ead5ffcbdf72614.txt): whole-body drills for the usual tight or sleepy
 * spots, from what the runner has. Falls back to words when none of the drills is in the library.
 */
const WARM_UP_DRILLS = ['cat-cow', 'band-pull-apart', 'banded-knee-raise', 'banded-lateral-walk'];

export function warmUp(catalogue: readonly PlanExercise[], input: PlanInput, phase: Phase): { slug?: string; title: string; text: string }[] {
  const drills = WARM_UP_DRILLS.map((slug) => catalogue.find((e) => e.slug === slug)).filter(
    (e): e is PlanExercise => !!e && usesOnlyAvailableEquipment(e, input),
  );
  const out: { slug?: string; title: string; text: string }[] = [
    { title: 'Easy movement', text: phase === 'race-week' ? '2 minutes of brisk walking or easy jogging.' : '2 minutes of brisk walking, easy jogging or skipping to get warm.' },
  ];
  for (const d of drills) out.push({ slug: d.slug, title: d.title, text: '1 set of 8–10 slow reps.' });
  if (!drills.length) out.push({ title: 'Mobility', text: 'A few slow leg swings, hip circles and arm circles.' });
  return out;
}

