import { describe, expect, it } from 'vitest';
import { exerciseSchema, type ExerciseInput } from '../../src/schemas/exercise';
import { findBrokenReferences } from '../../src/lib/library';
import { validate } from '../../src/lib/validate';

const FILE = 'content/exercises/test-squat.md';

const good: ExerciseInput = {
  title: 'Test squat',
  summary: 'A squat used to test the schema.',
  aliases: ['TS'],
  pattern: 'squat',
  equipment: ['dumbbell'],
  level: 'beginner',
  unilateral: false,
  planes: ['sagittal'],
  muscles: { primary: ['quadriceps', 'glutes'], secondary: ['adductors'] },
  cues: ['Feet shoulder-width apart.', 'Sit down between your heels.', 'Stand tall.'],
  modifications: {
    easier: ['Squat to a box.'],
    harder: [{ text: 'Hold a heavier dumbbell.', exercise: 'goblet-squat' }],
  },
  mistakes: ['Heels lift: sit back more.'],
  dosage: { strength: '3 × 5' },
};

/** The error message for `data`, or '' when it is valid. */
function errorFor(data: unknown): string {
  try {
    validate(exerciseSchema, FILE, data);
    return '';
  } catch (error) {
    return (error as Error).message;
  }
}

const without = (key: keyof ExerciseInput) => Object.fromEntries(Object.entries(good).filter(([k]) => k !== key));

describe('the exercise schema', () => {
  it('accepts a complete exercise', () => {
    expect(errorFor(good)).toBe('');
  });

  it('accepts a plain string as shorthand for a modification with no page', () => {
    const data = validate(exerciseSchema, FILE, good);
    expect(data.modifications.easier).toEqual([{ text: 'Squat to a box.', exercise: undefined }]);
  });

  it('fills the optional lists with empty ones', () => {
    const data = validate(exerciseSchema, FILE, { ...without('aliases'), mistakes: undefined, muscles: { primary: ['calves'] } });
    expect(data.aliases).toEqual([]);
    expect(data.searchTerms).toEqual([]);
    expect(data.mistakes).toEqual([]);
    expect(data.muscles.secondary).toEqual([]);
  });

  const mistakes: [string, unknown, string][] = [
    ['a missing title', without('title'), 'title'],
    ['a summary longer than 160 characters', { ...good, summary: 'x'.repeat(161) }, 'summary'],
    ['a pattern outside the closed list', { ...good, pattern: 'squats' }, 'pattern'],
    ['a misspelt piece of equipment', { ...good, equipment: ['dumbell'] }, 'equipment[0]'],
    ['no equipment at all', { ...good, equipment: [] }, 'equipment'],
    ['an unknown level', { ...good, level: 'expert' }, 'level'],
    ['unilateral given as text', { ...good, unilateral: 'yes' }, 'unilateral'],
    ['an unknown plane', { ...good, planes: ['vertical'] }, 'planes[0]'],
    ['a muscle outside the closed list', { ...good, muscles: { primary: ['quads'] } }, 'muscles.primary[0]'],
    ['no primary muscle', { ...good, muscles: { primary: [] } }, 'muscles.primary'],
    ['fewer than three cues', { ...good, cues: ['One', 'Two'] }, 'cues'],
    ['an empty cue', { ...good, cues: ['One', '', 'Three'] }, 'cues[1]'],
    ['a modification link that is not a slug', { ...good, modifications: { easier: [{ text: 'x', exercise: 'Goblet Squat' }] } }, 'modifications.easier[0]'],
    ['a dosage for an unknown goal', { ...good, dosage: { speed: '3 × 5' } }, 'dosage'],
    ['a field the schema does not know', { ...good, musles: {} }, '(frontmatter)'],
    ['two names in one alias', { ...good, aliases: ['TS, test squat'] }, 'aliases[0]'],
  ];

  for (const [what, data, field] of mistakes) {
    it(`rejects ${what}, naming the file and the field`, () => {
      const message = errorFor(data);
      expect(message).toContain(`${FILE}: ${field}`);
    });
  }
});

describe('cross-references', () => {
  it('name the file and field of a link to an exercise that does not exist', () => {
    const data = validate(exerciseSchema, FILE, good);
    expect(findBrokenReferences([{ slug: 'test-squat', data }], [])).toEqual([
      `${FILE}: modifications.harder[0].exercise: no exercise "goblet-squat"`,
    ]);
  });

  it('name an MDX exercise by its own file name', () => {
    const data = validate(exerciseSchema, FILE, good);
    const file = 'content/exercises/test-squat.mdx';
    expect(findBrokenReferences([{ slug: 'test-squat', data, file }], [])).toEqual([
      `${file}: modifications.harder[0].exercise: no exercise "goblet-squat"`,
    ]);
  });

  it('name the ladder and rung that points nowhere', () => {
    const data = validate(exerciseSchema, FILE, good);
    const ladders = [{ id: 'squat', title: 'Squat', rungs: ['test-squat', 'missing-squat'] }];
    expect(findBrokenReferences([{ slug: 'test-squat', data: { ...data, modifications: { easier: [], harder: [] } } }], ladders)).toEqual([
      'src/data/ladders.ts: ladder "squat" rungs[1]: no exercise "missing-squat"',
    ]);
  });

  it('catch an exercise that links to itself', () => {
    const data = validate(exerciseSchema, FILE, {
      ...good,
      modifications: { easier: [{ text: 'x', exercise: 'test-squat' }], harder: [] },
    });
    expect(findBrokenReferences([{ slug: 'test-squat', data }], [])).toEqual([
      `${FILE}: modifications.easier[0].exercise: links to itself`,
    ]);
  });
});

describe('schema errors', () => {
  const cases: [string, unknown, string][] = [
    ['a pattern outside the closed list', { ...good, pattern: 'squatt' }, 'pattern: "squatt" is not one of "squat"|"lunge"|'],
    ['a misspelt piece of equipment', { ...good, equipment: ['dumbell'] }, 'equipment[0]: "dumbell" is not one of "bodyweight"|'],
    ['an unknown level', { ...good, level: 'expert' }, 'level: "expert" is not one of "beginner"|"intermediate"|"advanced"'],
    ['unilateral given as text', { ...good, unilateral: 'sometimes' }, 'unilateral: expected boolean, got "sometimes"'],
    ['a muscle outside the closed list', { ...good, muscles: { primary: ['quads'] } }, 'muscles.primary[0]: "quads" is not one of '],
    ['a link that is not a slug', { ...good, modifications: { easier: [{ text: 'x', exercise: 'Goblet Squat' }] } }, '"Goblet Squat" is not an exercise slug such as "goblet-squat"'],
  ];
  for (const [what, data, message] of cases) {
    it(`show the value the file gave for ${what}`, () => {
      expect(errorFor(data)).toContain(message);
    });
  }
});
