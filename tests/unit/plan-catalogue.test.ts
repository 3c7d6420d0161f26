import { describe, expect, it } from 'vitest';
import { toPlanExercise } from '../../src/lib/plan/catalogue';
import { exerciseSchema } from '../../src/schemas/exercise';
import { bySlug, catalogue, exercise } from './plan-catalogue';

const base = exerciseSchema.parse({
  title: 'Test squat',
  summary: 'A squat for tests.',
  pattern: 'squat',
  equipment: ['barbell'],
  level: 'intermediate',
  unilateral: false,
  planes: ['sagittal'],
  muscles: { primary: ['quadriceps'] },
  cues: ['First cue.', 'Second cue.', 'Third cue.'],
  modifications: { easier: [{ text: 'Hold a dumbbell at your chest.', exercise: 'goblet-squat' }, 'Use less weight.', 'Squat to a chair.'] },
  dosage: { strength: '3–5 sets of 4–6 reps' },
});

describe('plan catalogue', () => {
  // Easier versions stop at the first one in words: it needs no kit, so the plan never looks further.
  it('keeps what the engine needs from an exercise file', () => {
    expect(toPlanExercise('test-squat', base)).toEqual({
      slug: 'test-squat', title: 'Test squat', pattern: 'squat', equipment: ['barbell'], level: 'intermediate',
      unilateral: false, planes: ['sagittal'], primary: ['quadriceps'], heavyBilateral: true, cue: 'First cue.', hold: false, fast: false,
      easier: [{ slug: 'goblet-squat', text: 'Hold a dumbbell at your chest.' }, { text: 'Use less weight.' }],
    });
  });

  it('marks plank-style holds and leaves rep-based core moves alone', () => {
    for (const slug of ['plank', 'side-plank']) expect(exercise(slug).hold, slug).toBe(true);
    for (const slug of ['dead-bug', 'pallof-press']) expect(exercise(slug).hold, slug).toBe(false);
  });

  it('marks leg holds dosed only in seconds as holds, so they are never given reps', () => {
    for (const slug of ['wall-sit', 'isometric-split-squat', 'spanish-squat']) expect(exercise(slug).hold, slug).toBe(true);
    for (const slug of ['goblet-squat', 'split-squat', 'calf-raise']) expect(exercise(slug).hold, slug).toBe(false);
  });

  it('treats a swing dosed for speed as fast, never as a heavy two-legged lift', () => {
    expect(exercise('kettlebell-swing')).toMatchObject({ fast: true, heavyBilateral: false });
    expect(exercise('deadlift')).toMatchObject({ fast: false, heavyBilateral: true });
  });

  it('is sorted by slug and every easier link names a real exercise', () => {
    expect(catalogue.map((e) => e.slug)).toEqual([...catalogue.map((e) => e.slug)].sort());
    const links = catalogue.flatMap((e) => e.easier.flatMap((x) => (x.slug ? [`${e.slug} → ${x.slug}`] : [])));
    expect(links.length).toBeGreaterThan(0);
    for (const link of links) expect(bySlug.has(link.split(' → ')[1]!), link).toBe(true);
  });
});
