/**
 * The compact exercise record the plan engine needs, derived from an exercise file's data. The
 * page ships these records to the browser as JSON, so they hold only what the engine reads.
 */
import type { ExerciseData } from '../../schemas/exercise';
import type { PlanExercise } from './types';

const FREE_WEIGHTS = ['dumbbell', 'kettlebell', 'sandbag', 'plate'] as const;

/**
 * Heavy bilateral squats and deadlifts are what one source (003_d645da0e53dcb1e5.txt) rules out
 * of a marathon block. We count as such: a squat or hinge on both legs that uses a barbell, any
 * deadlift done with a weight, or a loaded free-weight version beyond beginner level (front squat,
 * say). Goblet and sumo squats with one dumbbell stay out: they cannot be loaded heavily enough to
 * matter; so does a deadlift-shaped move with no weight, which no session can dose heavy.
 */
export function isHeavyBilateral(slug: string, data: Pick<ExerciseData, 'pattern' | 'unilateral' | 'equipment' | 'level' | 'dosage'>): boolean {
  if (data.unilateral || (data.pattern !== 'squat' && data.pattern !== 'hinge') || isFast(data)) return false;
  const freeWeight = data.equipment.some((e) => (FREE_WEIGHTS as readonly string[]).includes(e));
  if (data.equipment.includes('barbell') || (freeWeight && /(^|-)deadlift$/.test(slug))) return true;
  return data.level !== 'beginner' && freeWeight;
}

/**
 * A timed hold rather than reps: every dose the page gives is in seconds (a plank, a wall sit, an
 * isometric split squat).
 */
export function isHold(data: Pick<ExerciseData, 'dosage'>): boolean {
  const doses = Object.values(data.dosage ?? {}).filter((text): text is string => !!text);
  return doses.length > 0 && doses.every((text) => /\d\s*(s|sec|seconds)\b/.test(text) && !/\breps?\b/.test(text));
}

/** Dosed for speed and not for heavy sets (a kettlebell swing): its page gives a power dose and no heavy one. */
export function isFast(data: Pick<ExerciseData, 'pattern' | 'dosage'>): boolean {
  return data.pattern !== 'plyometric' && !!data.dosage?.power && !data.dosage.strength;
}

export function toPlanExercise(slug: string, data: ExerciseData): PlanExercise {
  // A version in words needs no kit, so the plan never looks past the first one: the page ships
  // the easier versions only up to it.
  const options = data.modifications.easier;
  const plain = options.findIndex((m) => !m.exercise);
  return {
    slug,
    title: data.title,
    pattern: data.pattern,
    equipment: [...data.equipment],
    level: data.level,
    unilateral: data.unilateral,
    planes: [...data.planes],
    primary: [...data.muscles.primary],
    heavyBilateral: isHeavyBilateral(slug, data),
    cue: data.cues[0] ?? '',
    hold: isHold(data),
    fast: isFast(data),
    easier: (plain < 0 ? options : options.slice(0, plain + 1)).map((m) => (m.exercise ? { slug: m.exercise, text: m.text } : { text: m.text })),
  };
}

/** The whole catalogue, sorted by slug so that every consumer sees the same order. */
export function toPlanCatalogue(entries: readonly { id: string; data: ExerciseData }[]): PlanExercise[] {
  return entries.map((e) => toPlanExercise(e.id, e.data)).sort((a, b) => (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0));
}
