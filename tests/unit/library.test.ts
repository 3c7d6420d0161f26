import { describe, expect, it } from 'vitest';
import { LADDERS } from '../../src/data/ladders';
import { exerciseSchema } from '../../src/schemas/exercise';
import { guideSchema } from '../../src/schemas/guide';
import { routineSchema } from '../../src/schemas/routine';
import { findBrokenReferences, linkedSlugs, type ExerciseRecord } from '../../src/lib/library';
import { validate } from '../../src/lib/validate';
import { readCollection } from '../helpers/content-files';

// One slug per exercise in the catalogue (DOMAIN.md §2). Generic rows (squat, lunge, row,
// rotational core, plyometrics) are served by their pattern pages, not by thin pages of their own.
const CATALOGUE = [
  // squat
  'bodyweight-squat', 'goblet-squat', 'front-squat', 'back-squat', 'sumo-squat', 'box-squat',
  'bulgarian-split-squat', 'split-squat', 'single-leg-squat', 'pistol-squat', 'jump-squat',
  // lunge and step
  'forward-lunge', 'reverse-lunge', 'walking-lunge', 'walking-lunge-knee-drive', 'lateral-lunge',
  'curtsy-lunge', 'deficit-lunge', 'jump-lunge', 'step-up',
  // hinge and hip extension
  'deadlift', 'romanian-deadlift', 'single-leg-romanian-deadlift', 'staggered-stance-deadlift',
  'single-leg-deadlift-row', 'glute-bridge', 'single-leg-glute-bridge', 'staggered-stance-glute-bridge',
  'glute-bridge-chest-press', 'hip-thrust', 'hamstring-curl',
  // calf
  'calf-raise', 'heel-drop-calf-raise',
  // lateral hip
  'clamshell', 'banded-lateral-walk', 'side-plank-abduction',
  // push
  'push-up', 'one-arm-push-up', 'incline-push-up', 'bench-press', 'overhead-press',
  'single-arm-shoulder-press', 'kneeling-clean-press',
  // pull
  'bent-over-row', 'supported-single-arm-row', 'pull-up', 'reverse-fly', 'upright-row', 'band-pull-apart',
  // core
  'plank', 'side-plank', 'dead-bug', 'bird-dog', 'pallof-press', 'v-up', 'crunch', 'russian-twist',
  'jackknife-sit-up', 'mountain-climber',
  // conditioning, carry, warm-up
  'burpee', 'farmers-carry', 'cat-cow', 'banded-knee-raise',
];

const exerciseFiles = readCollection('exercises');
const exercises: ExerciseRecord[] = exerciseFiles.map((f) => ({
  slug: f.slug,
  data: validate(exerciseSchema, f.path, f.frontmatter),
  file: f.path,
}));

describe('the exercise library', () => {
  it('has a page for every catalogue exercise', () => {
    const slugs = new Set(exercises.map((e) => e.slug));
    expect(CATALOGUE.filter((slug) => !slugs.has(slug))).toEqual([]);
  });

  it('has no cross-reference or ladder rung that points nowhere', () => {
    expect(findBrokenReferences(exercises, LADDERS)).toEqual([]);
  });

  it('gives every exercise four cues, secondary muscles, easier and harder options, mistakes and dosage', () => {
    const thin = exercises
      .filter(
        ({ data }) =>
          data.cues.length < 4 ||
          data.muscles.secondary.length === 0 ||
          data.modifications.easier.length === 0 ||
          data.modifications.harder.length === 0 ||
          data.mistakes.length === 0 ||
          !data.dosage,
      )
      .map((e) => e.slug);
    expect(thin).toEqual([]);
  });

  it('puts every exercise on the ladders it is linked from at most once', () => {
    for (const ladder of LADDERS) expect(new Set(ladder.rungs).size).toBe(ladder.rungs.length);
  });

  it('gives an exercise page the titles of what it links to, not of the whole library', () => {
    const goblet = exercises.find((e) => e.slug === 'goblet-squat')!;
    const linked = linkedSlugs(goblet, LADDERS);
    const squatLadder = LADDERS.find((l) => l.id === 'squat')!;
    const modLinks = [...goblet.data.modifications.easier, ...goblet.data.modifications.harder].flatMap((m) => m.exercise ?? []);
    expect(new Set(linked)).toEqual(new Set([...modLinks, ...squatLadder.rungs]));
    expect(linked.length).toBeLessThan(exercises.length / 4);
  });
});

describe('guides and routines', () => {
  it('match their schemas', () => {
    for (const f of readCollection('guides')) validate(guideSchema, f.path, f.frontmatter);
    for (const f of readCollection('routines')) validate(routineSchema, f.path, f.frontmatter);
  });
});
