import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { exerciseSchema } from './schemas/exercise';
import { figureSchema } from './schemas/figure';
import { guideSchema } from './schemas/guide';
import { routineSchema } from './schemas/routine';

// The words live in the top-level content/ folder; glob bases are relative to the project root.
// Exercise bodies are plain Markdown; an exercise that needs a component may still be MDX.
const exercises = defineCollection({
  loader: glob({ pattern: '*.{md,mdx}', base: './content/exercises' }),
  schema: exerciseSchema,
});

const guides = defineCollection({
  loader: glob({ pattern: '*.mdx', base: './content/guides' }),
  schema: guideSchema,
});

const routines = defineCollection({
  loader: glob({ pattern: '*.mdx', base: './content/routines' }),
  schema: routineSchema,
});

// Pose files for the exercise figures, one per exercise slug (README "Posing a new exercise").
const figures = defineCollection({
  loader: glob({ pattern: '*.yaml', base: './content/figures' }),
  schema: figureSchema,
});

export const collections = { exercises, guides, routines, figures };
