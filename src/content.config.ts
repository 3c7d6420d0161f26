import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { filePattern } from './build/content-files';
import { exerciseSchema } from './schemas/exercise';
import { guideSchema } from './schemas/guide';
import { routineSchema } from './schemas/routine';

// The words live in the top-level content/ folder; glob bases are relative to the project root.
// Which files each folder holds (exercises: Markdown, or MDX when one needs a component) is
// src/build/content-files.ts, which also stops the build on any file that would not become a page.
const exercises = defineCollection({
  loader: glob({ pattern: filePattern('exercises'), base: './content/exercises' }),
  schema: exerciseSchema,
});

const guides = defineCollection({
  loader: glob({ pattern: filePattern('guides'), base: './content/guides' }),
  schema: guideSchema,
});

const routines = defineCollection({
  loader: glob({ pattern: filePattern('routines'), base: './content/routines' }),
  schema: routineSchema,
});

export const collections = { exercises, guides, routines };
