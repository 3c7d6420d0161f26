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
 * deadlift, or a loaded free-weight version beyond beginner level (front squat, say). Goblet and
 * sumo squats with one dumbbell stay out: they cannot be loaded heavily enough to matter.
 */
export function isHeavyBilateral(slug: string, data: Pick<ExerciseData, 'pattern' | 'unilateral' | 'equipment' | 'level'>): boolean {
  if (data.unilateral || (data.pattern !== 'squat' && data.pattern !== 'hinge')) return false;
  if (data.equipment.includes('barbell') || /(^|-)deadlift$/.test(slug)) return true;
  return data.level !== 'beginner' && data.equipment.some((e) => (FREE_WEIGHTS as readonly string[]).includes(e));
}

/** A timed hold rather than reps: a core move whose endurance dose is given in seconds. */
function isHold(data: ExerciseData): boolean {
  if (!data.pattern.startsWith('core-')) return false;
  const text = data.dosage?.endurance ?? data.dosage?.strength ?? '';
  return /\d\s*(s|sec|seconds)\b/.test(text) && !/\breps?\b/.test(text);
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
    easier: (plain < 0 ? options : options.slice(0, plain + 1)).map((m) => (m.exercise ? { slug: m.exercise, text: m.text } : { text: m.text })),
  };
}

/** The whole catalogue, sorted by slug so that every consumer sees the same order. */
export function toPlanCatalogue(entries: readonly { id: string; data: ExerciseData }[]): PlanExercise[] {
  return entries.map((e) => toPlanExercise(e.id, e.data)).sort((a, b) => (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0));
}
