import { defineCollection } from 'astro:content';
import { contentLoader } from './build/content-loader';
import { exerciseSchema } from './schemas/exercise';
import { guideSchema } from './schemas/guide';
import { routineSchema } from './schemas/routine';

// The words live in the top-level content/ folder. Which files each folder holds (exercises:
// Markdown, or MDX when one needs a component) is src/build/content-files.ts, which also stops the
// build on any file that would not become a page.
const exercises = defineCollection({
  loader: contentLoader('exercises'),
  schema: exerciseSchema,
});

const guides = defineCollection({
  loader: contentLoader('guides'),
  schema: guideSchema,
});

const routines = defineCollection({
  loader: contentLoader('routines'),
  schema: routineSchema,
});

// Pose files for the exercise figures, one per exercise slug (README "Posing a new exercise").
// Loaded as written and parsed with src/schemas/figure.ts in src/content.ts: that schema works out
// the pose from the figure model, and Astro keeps what a collection's schema returned until the
// file itself changes, so a change to the model would otherwise be drawn from stale data.
const figures = defineCollection({
  loader: contentLoader('figures'),
});

export const collections = { exercises, guides, routines, figures };
