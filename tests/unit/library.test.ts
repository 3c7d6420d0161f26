import { describe, expect, it } from 'vitest';
import { LADDERS } from '../../src/data/ladders';
import { exerciseSchema } from '../../src/schemas/exercise';
import { guideSchema } from '../../src/schemas/guide';
import { routineSchema } from '../../src/schemas/routine';
import type { EquipmentId } from '../../src/data/equipment';
import {
  findBrokenReferences,
  findFigureGaps,
  findLadderDisagreements,
  findRoutineEquipmentGaps,
  findRoutineSideErrors,
  linkedSlugs,
  type ExerciseRecord,
} from '../../src/lib/library';
import { validate } from '../../src/lib/validate';
import { readdirSync } from 'node:fs';
import { readCollection } from '../helpers/content-files';

// One slug per exercise in the catalogue (DOMAIN.md §2), and per runner staple the library adds
// beyond it. Generic rows (squat, lunge, row, rotational core, plyometrics) are served by their
// pattern pages, not by thin pages of their own.
const CATALOGUE = [
  // squat
  'bodyweight-squat', 'goblet-squat', 'front-squat', 'back-squat', 'sumo-squat', 'box-squat',
  'bulgarian-split-squat', 'split-squat', 'single-leg-squat', 'pistol-squat', 'jump-squat',
  // isometric leg holds
  'wall-sit', 'isometric-split-squat', 'spanish-squat',
  // lunge and step
  'forward-lunge', 'reverse-lunge', 'walking-lunge', 'walking-lunge-knee-drive', 'lateral-lunge',
  'curtsy-lunge', 'deficit-lunge', 'jump-lunge', 'step-up', 'step-down', 'lateral-step-down',
  // hinge and hip extension
  'deadlift', 'romanian-deadlift', 'single-leg-romanian-deadlift', 'staggered-stance-deadlift',
  'single-leg-deadlift-row', 'glute-bridge', 'single-leg-glute-bridge', 'staggered-stance-glute-bridge',
  'glute-bridge-chest-press', 'hip-thrust', 'single-leg-hip-thrust', 'hamstring-curl', 'nordic-hamstring-curl',
  'good-morning', 'kettlebell-swing',
  // calf and shin
  'calf-raise', 'single-leg-calf-raise', 'heel-drop-calf-raise', 'bent-knee-calf-raise', 'tibialis-raise',
  // lateral hip
  'clamshell', 'banded-lateral-walk', 'side-plank-abduction', 'fire-hydrant', 'standing-banded-hip-abduction',
  'monster-walk', 'hip-airplane',
  // push
  'push-up', 'one-arm-push-up', 'incline-push-up', 'bench-press', 'overhead-press',
  'single-arm-shoulder-press', 'kneeling-clean-press',
  // pull
  'bent-over-row', 'supported-single-arm-row', 'pull-up', 'reverse-fly', 'upright-row', 'band-pull-apart',
  // core
  'plank', 'side-plank', 'dead-bug', 'bird-dog', 'pallof-press', 'v-up', 'crunch', 'russian-twist',
  'jackknife-sit-up', 'mountain-climber', 'hollow-hold', 'stir-the-pot', 'body-saw', 'suitcase-carry',
  // adductors
  'short-lever-copenhagen-plank', 'copenhagen-plank',
  // plyometric: jumps, hops and bounds
  'box-jump', 'pogo-hops', 'single-leg-hop', 'skater-hops', 'straight-leg-bound', 'bounding',
  // conditioning, carry, warm-up
  'burpee', 'farmers-carry', 'cat-cow', 'banded-knee-raise', 'heel-and-toe-walk',
  // running drills
  'a-skip', 'b-skip', 'high-knees', 'butt-kicks',
  // mobility
  'hip-flexor-stretch', '90-90-hip-switch', 'worlds-greatest-stretch', 'ankle-dorsiflexion-rock',
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

// A tiny library for the checks below: a squat ladder of three rungs.
function record(slug: string, level: ExerciseRecord['data']['level'], links: { easier?: string[]; harder?: string[] } = {}): ExerciseRecord {
  const data = validate(exerciseSchema, `content/exercises/${slug}.md`, {
    title: slug,
    summary: 'A test exercise.',
    pattern: 'squat',
    equipment: ['bodyweight'],
    level,
    unilateral: false,
    planes: ['sagittal'],
    muscles: { primary: ['quadriceps'] },
    cues: ['One.', 'Two.', 'Three.'],
    modifications: {
      easier: (links.easier ?? []).map((exercise) => ({ text: 'Easier.', exercise })),
      harder: (links.harder ?? []).map((exercise) => ({ text: 'Harder.', exercise })),
    },
  });
  return { slug, data, file: `content/exercises/${slug}.md` };
}
const ladder = { id: 'squat', title: 'Squat', rungs: ['air-squat', 'box-squat', 'goblet-squat'] };

describe('figures', () => {
  it('has a figure for every exercise, and an exercise for every figure', () => {
    const posed = readdirSync('content/figures').filter((name) => name.endsWith('.yaml')).map((name) => name.replace(/\.yaml$/, ''));
    expect(findFigureGaps(exercises, posed)).toEqual([]);
    expect(posed).toHaveLength(exercises.length);
  });

  it('names the exercise without a figure and the pose file to add, and a pose file that is no exercise', () => {
    const library = [record('air-squat', 'beginner'), record('box-squat', 'beginner'), { ...record('goblet-squat', 'beginner'), file: 'content/exercises/goblet-squat.mdx' }];
    expect(findFigureGaps(library, ['air-squat', 'box-squat', 'goblet-squat'])).toEqual([]);
    expect(findFigureGaps(library, ['air-squat', 'box-squat', 'goblet-squats'])).toEqual([
      'content/exercises/goblet-squat.mdx: no figure: add content/figures/goblet-squat.yaml with its key positions (README "Posing a new exercise")',
      'content/figures/goblet-squats.yaml: no exercise "goblet-squats" (expected content/exercises/goblet-squats.md): name the pose file after its exercise\'s slug',
    ]);
  });
});

describe('ladder agreement', () => {
  it('finds no page whose easier or harder links disagree with the ladders', () => {
    expect(findLadderDisagreements(exercises, LADDERS)).toEqual([]);
  });

  it('accepts links that climb the ladder they share', () => {
    const library = [
      record('air-squat', 'beginner', { harder: ['box-squat'] }),
      record('box-squat', 'beginner', { easier: ['air-squat'], harder: ['goblet-squat'] }),
      record('goblet-squat', 'intermediate', { easier: ['box-squat', 'air-squat'] }),
    ];
    expect(findLadderDisagreements(library, [ladder])).toEqual([]);
  });

  it('names the file when an easier link sits higher on the ladder', () => {
    const library = [record('air-squat', 'beginner', { easier: ['box-squat'] }), record('box-squat', 'beginner'), record('goblet-squat', 'beginner')];
    expect(findLadderDisagreements(library, [ladder])).toEqual([
      'content/exercises/air-squat.md: modifications.easier[0].exercise "box-squat": sits above "air-squat" on ladder "squat" (src/data/ladders.ts), so it cannot be easier',
    ]);
  });

  it('names the file when a harder link sits lower on the ladder', () => {
    const library = [record('air-squat', 'beginner'), record('box-squat', 'beginner', { harder: ['air-squat'] }), record('goblet-squat', 'beginner')];
    expect(findLadderDisagreements(library, [ladder])).toEqual([
      'content/exercises/box-squat.md: modifications.harder[0].exercise "air-squat": sits below "box-squat" on ladder "squat" (src/data/ladders.ts), so it cannot be harder',
    ]);
  });

  it('rejects a link between exercises that share no ladder', () => {
    const library = [record('air-squat', 'beginner'), record('box-squat', 'beginner'), record('goblet-squat', 'beginner'), record('burpee', 'beginner', { easier: ['air-squat'] })];
    expect(findLadderDisagreements(library, [ladder])).toEqual([
      'content/exercises/burpee.md: modifications.easier[0].exercise "air-squat": shares no ladder with "burpee"; put both on one ladder in src/data/ladders.ts, or keep the option as text without a link',
    ]);
  });

  it('rejects a ladder whose levels fall as it climbs', () => {
    const library = [record('air-squat', 'beginner'), record('box-squat', 'advanced'), record('goblet-squat', 'intermediate')];
    expect(findLadderDisagreements(library, [ladder])).toEqual([
      'src/data/ladders.ts: ladder "squat" rungs[2]: "goblet-squat" (intermediate) comes after "box-squat" (advanced); reorder the rungs or fix the level in content/exercises/goblet-squat.md',
    ]);
  });

  it('rejects two ladders that order the same pair both ways', () => {
    const library = [record('air-squat', 'beginner'), record('box-squat', 'beginner'), record('goblet-squat', 'beginner')];
    const other = { id: 'depth', title: 'Depth', rungs: ['box-squat', 'air-squat'] };
    expect(findLadderDisagreements(library, [ladder, other])).toEqual([
      'src/data/ladders.ts: ladder "depth" puts "box-squat" below "air-squat", ladder "squat" the other way round',
    ]);
  });
});

// Words in an exercise's summary and cues that mean it is done with a piece of kit. The loads are
// matched strictly, as their names are never used for anything else; supports loosely, as a cue
// may say "step" or "chair" for the box or bench the page lists.
const LOAD_WORDS = { dumbbell: /\bdumbbells?\b/i, kettlebell: /\bkettlebells?\b/i, barbell: /\bbarbells?\b/i, band: /\bbands?\b/i } as const;
const KIT_WORDS: Partial<Record<EquipmentId, RegExp>> = {
  ...LOAD_WORDS,
  barbell: /\bbar(bell)?s?\b/i,
  box: /\b(box|step|stair)\b/i,
  bench: /\b(bench|chair|counter|table)\b/i,
  plate: /\bplates?\b/i,
  'stability-ball': /\bball\b/i,
  'pull-up-bar': /\bbar\b/i,
};
const asWritten = (e: ExerciseRecord) => [e.data.summary, ...e.data.cues].join(' ');

describe('equipment agreement', () => {
  it('lists every load that an exercise’s own cues call for', () => {
    const missing = exercises.flatMap((e) =>
      Object.entries(LOAD_WORDS)
        .filter(([kit, words]) => words.test(asWritten(e)) && !e.data.equipment.includes(kit as EquipmentId))
        .map(([kit]) => `${e.file}: cues use a ${kit}, equipment does not list it`),
    );
    expect(missing).toEqual([]);
  });

  it('lists only kit that an exercise’s own cues use', () => {
    const unused = exercises.flatMap((e) =>
      e.data.equipment
        .filter((kit) => KIT_WORDS[kit] && !KIT_WORDS[kit]!.test(asWritten(e)))
        .map((kit) => `${e.file}: equipment lists ${kit}, the cues never use it`),
    );
    expect(unused).toEqual([]);
  });

  it('keeps the calf raise a bodyweight move, with dumbbells as a harder option', () => {
    const calfRaise = exercises.find((e) => e.slug === 'calf-raise')!;
    expect(calfRaise.data.equipment).toEqual(['bodyweight']);
    expect(calfRaise.data.modifications.harder.some((m) => /dumbbell/i.test(m.text))).toBe(true);
  });

  const routines = readCollection('routines').map((f) => ({ slug: f.slug, data: validate(routineSchema, f.path, f.frontmatter) }));

  it('gives every routine exactly the equipment its exercises need', () => {
    expect(findRoutineEquipmentGaps(routines, exercises)).toEqual([]);
  });

  it('names a side only on exercises that work one side at a time', () => {
    expect(findRoutineSideErrors(routines, exercises)).toEqual([]);
    const squat = { slug: 'starter', data: { equipment: ['bodyweight'] as EquipmentId[], exercises: [{ exercise: 'bodyweight-squat', reps: '8', side: 'leg' as const }] } };
    expect(findRoutineSideErrors([squat], exercises)).toEqual([
      'content/routines/starter.mdx: exercises[0].side: "leg" on "bodyweight-squat", which is not unilateral (both sides work at once)',
    ]);
  });

  it('names the routine and the exercise when a routine leaves out kit, or lists kit nothing uses', () => {
    const starter = { slug: 'starter', data: { equipment: ['bodyweight', 'mat', 'kettlebell'] as EquipmentId[], exercises: [{ exercise: 'goblet-squat', reps: '8' }] } };
    expect(findRoutineEquipmentGaps([starter], exercises)).toEqual([
      'content/routines/starter.mdx: exercises[0] "goblet-squat" needs dumbbell, which the routine\'s equipment does not list',
      'content/routines/starter.mdx: equipment lists kettlebell, but none of its exercises uses it',
    ]);
  });
});

// Folds the differences that make two spellings one name: case, spaces, hyphens, a plural "s".
const fold = (name: string) => name.toLowerCase().replace(/[^a-z0-9]/g, '').replace(/e?s$/, '');

describe('alternative names', () => {
  it('shows as "Also called" only names that differ from the title and from each other by more than spelling', () => {
    const repeats = exercises.flatMap((e) => {
      const seen = new Set([fold(e.data.title)]);
      return e.data.aliases.filter((alias) => {
        const folded = fold(alias);
        const repeat = seen.has(folded);
        seen.add(folded);
        return repeat;
      }).map((alias) => `${e.file}: alias "${alias}" only respells another name; move it to searchTerms`);
    });
    expect(repeats).toEqual([]);
  });

  it('never lists a search term as an alias as well', () => {
    const both = exercises.flatMap((e) =>
      e.data.searchTerms.filter((t) => e.data.aliases.some((a) => a.toLowerCase() === t.toLowerCase())).map((t) => `${e.file}: ${t}`),
    );
    expect(both).toEqual([]);
  });
});
