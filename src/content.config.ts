import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { exerciseSchema } from './schemas/exercise';
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

export const collections = { exercises, guides, routines };
