import { describe, expect, it } from 'vitest';
import { AREA_KINDS, BODY_AREAS, type BodyArea } from '../../src/data/body-areas';
import { areaGroups, areasFor, areasSearchField, findAreaProblems, searchWords } from '../../src/lib/areas';
import { readCollection } from '../helpers/content-files';

const area = (overrides: Partial<BodyArea>): BodyArea => ({
  label: 'Test area',
  kind: 'body',
  names: [],
  searchTerms: [],
  summary: 'A test area.',
  about: ['What it is.'],
  muscles: ['calves'],
  exercises: [{ slug: 'calf-raise', why: 'Works the calves.' }],
  guides: [{ guide: 'why-lift', section: 'bones', why: 'Bones.' }],
  ...overrides,
});
const guides = new Map([['why-lift', ['economy', 'bones']]]);

describe('the check of what body areas name', () => {
  it('passes an area whose exercises and guide sections exist', () => {
    expect(findAreaProblems({ calves: area({}) }, new Set(['calf-raise']), guides)).toEqual([]);
  });

  it('names the area, the field and the page that is missing', () => {
    const problems = findAreaProblems(
      {
        shins: area({
          exercises: [{ slug: 'tib-raise', why: 'Shins.' }],
          guides: [
            { guide: 'why-lift', section: 'shins', why: 'Shins.' },
            { guide: 'myths', section: 'bulk', why: 'Bulk.' },
          ],
        }),
      },
      new Set(['calf-raise']),
      guides,
    );
    expect(problems).toEqual([
      'src/data/body-areas.ts: area "shins" exercises[0]: no exercise "tib-raise" (expected content/exercises/tib-raise.md)',
      'src/data/body-areas.ts: area "shins" guides[0]: guide "why-lift" has no section "shins"; its sections are economy, bones',
      'src/data/body-areas.ts: area "shins" guides[1]: no guide "myths" (expected content/guides/myths.mdx)',
    ]);
  });

  it('catches an exercise listed twice', () => {
    const twice = area({ exercises: [{ slug: 'calf-raise', why: 'One.' }, { slug: 'calf-raise', why: 'Two.' }] });
    expect(findAreaProblems({ calves: twice }, new Set(['calf-raise']), guides)).toEqual([
      'src/data/body-areas.ts: area "calves" exercises[1]: "calf-raise" is listed twice',
    ]);
  });
});

describe('the body areas', () => {
  const areas = Object.entries(BODY_AREAS) as [string, BodyArea][];

  it('name only exercises the library has', () => {
    const slugs = new Set(readCollection('exercises').map((file) => file.slug));
    const named = areas.flatMap(([, a]) => a.exercises.map((e) => e.slug));
    expect(named.filter((slug) => !slugs.has(slug))).toEqual([]);
  });

  it('cover what runners ask about most, each with a few exercises and a guide section', () => {
    const labels = areas.map(([, a]) => a.label);
    for (const label of ['IT band', 'Runner’s knee', 'Shin splints', 'Achilles', 'Plantar fascia', 'Hamstrings', 'Hip flexors', 'Glute med', 'Lower back', 'Ankle stability', 'Uphill running', 'Downhill running', 'Posture', 'Late-race form']) {
      expect(labels).toContain(label);
    }
    for (const [id, a] of areas) {
      expect(a.exercises.length, id).toBeGreaterThanOrEqual(4);
      expect(a.guides.length, id).toBeGreaterThanOrEqual(1);
      expect(a.summary.length, id).toBeLessThanOrEqual(160);
    }
  });

  it('give every exercise and guide section a reason of one short sentence', () => {
    const reasons = areas.flatMap(([id, a]) => [...a.exercises, ...a.guides].map((item) => [id, item.why] as const));
    for (const [id, why] of reasons) expect(why, id).toMatch(/^[A-Z].{10,100}\.$/);
  });

  it('promise no cure: no reason or summary says an exercise fixes, heals, cures or prevents', () => {
    const text = areas.flatMap(([, a]) => [a.summary, ...a.about, ...a.exercises.map((e) => e.why), ...a.guides.map((g) => g.why)]);
    expect(text.filter((line) => /\b(cures?|heals?|fix(es)?|prevents?|guarantees?)\b/i.test(line))).toEqual([]);
  });
});

describe('the areas an exercise page links', () => {
  it('are those that list it, in the list’s order', () => {
    expect(areasFor('banded-lateral-walk').map((a) => a.label)).toEqual(['IT band', 'Runner’s knee', 'Glute med', 'Late-race form']);
    expect(areasFor('banded-lateral-walk')[0]!.href).toBe('/areas/it-band/');
    expect(areasFor('no-such-exercise')).toEqual([]);
  });

  it('gives each listing page the one word its area is searched by, where it has one', () => {
    expect(areasFor('banded-lateral-walk').map((a) => a.searchWord)).toEqual(['itband', undefined, undefined, undefined]);
  });

  it('writes the areas as a search field, each area’s word after its label', () => {
    expect(areasSearchField(areasFor('banded-lateral-walk'))).toBe('IT band itband, Runner’s knee, Glute med, Late-race form');
  });
});

describe('the words areas are searched by', () => {
  it('lists the areas whose label is searched as one word', () => {
    expect(searchWords()).toEqual([{ label: 'IT band', word: 'itband' }]);
  });

  it('are single words that no area names or search terms already use', () => {
    const taken = Object.values(BODY_AREAS).flatMap((a) => [a.label, ...a.names, ...a.searchTerms]).flatMap((text) => text.toLowerCase().split(/[^a-z0-9]+/));
    for (const { word } of searchWords()) {
      expect(word).toMatch(/^[a-z0-9]+$/);
      expect(taken).not.toContain(word);
    }
  });
});

describe('the body-area index', () => {
  it('groups every area under its kind, body areas first', () => {
    const groups = areaGroups();
    expect(groups.map((g) => g.label)).toEqual(Object.values(AREA_KINDS).map((k) => k.label));
    expect(groups.flatMap((g) => g.areas).length).toBe(Object.keys(BODY_AREAS).length);
    expect(groups[1]!.areas.map((a) => a.label)).toContain('Uphill running');
    expect(groups[0]!.areas.find((a) => a.id === 'it-band')).toMatchObject({ href: '/areas/it-band/', count: 6 });
  });
});
