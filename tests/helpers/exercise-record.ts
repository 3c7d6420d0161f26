// A small exercise for unit tests: a beginner's dumbbell squat that passes the schema, with the
// fields a test cares about given as overrides.
import type { ExerciseRecord } from '../../src/lib/library';
import { exerciseSchema, type ExerciseInput } from '../../src/schemas/exercise';

export const testExercise = (slug: string, overrides: Partial<ExerciseInput> = {}): ExerciseRecord => ({
  slug,
  data: exerciseSchema.parse({
    title: slug.replace(/-/g, ' '),
    summary: 'An exercise for these tests.',
    pattern: 'squat',
    equipment: ['dumbbell'],
    level: 'beginner',
    unilateral: false,
    planes: ['sagittal'],
    muscles: { primary: ['quadriceps'], secondary: [] },
    cues: ['One.', 'Two.', 'Three.'],
    modifications: {},
    ...overrides,
  }),
});
