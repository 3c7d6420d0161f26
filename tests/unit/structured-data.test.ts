import { describe, expect, it } from 'vitest';
import type { Reference } from '../../src/data/references';
import {
  exerciseJsonLd,
  guideJsonLd,
  jsonLdScriptText,
  routineJsonLd,
  routineStepText,
  websiteJsonLd,
} from '../../src/lib/structured-data';

const site = new URL('https://strongstride.example');
const page = (path: string) => ({
  url: new URL(path, site).href,
  image: new URL(`/og${path.replace(/\/$/, '')}.png`, site).href,
});

describe('an exercise as a HowTo', () => {
  const howTo = exerciseJsonLd({
    ...page('/exercises/goblet-squat/'),
    title: 'Goblet squat',
    description: 'A squat holding one dumbbell at your chest.',
    cues: ['Hold the dumbbell upright.', 'Sit between your heels.', 'Stand tall.'],
    equipment: ['dumbbell'],
    level: 'beginner',
  });

  it('names the page, describes it and points at its URL and preview image', () => {
    expect(howTo).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'HowTo',
      name: 'Goblet squat',
      description: 'A squat holding one dumbbell at your chest.',
      url: 'https://strongstride.example/exercises/goblet-squat/',
      image: 'https://strongstride.example/og/exercises/goblet-squat.png',
    });
  });

  it('turns the cues, in order, into steps that link to each cue on the page', () => {
    expect(howTo.step).toEqual([
      { '@type': 'HowToStep', text: 'Hold the dumbbell upright.', url: 'https://strongstride.example/exercises/goblet-squat/#cue-1' },
      { '@type': 'HowToStep', text: 'Sit between your heels.', url: 'https://strongstride.example/exercises/goblet-squat/#cue-2' },
      { '@type': 'HowToStep', text: 'Stand tall.', url: 'https://strongstride.example/exercises/goblet-squat/#cue-3' },
    ]);
  });

  it('lists the equipment as tools by its readable name, and the level', () => {
    expect(howTo.tool).toEqual([{ '@type': 'HowToTool', name: 'Dumbbell' }]);
    expect(howTo.educationalLevel).toBe('Beginner');
  });

  it('gives a bodyweight exercise no tool at all rather than an empty list', () => {
    const plank = exerciseJsonLd({
      ...page('/exercises/plank/'),
      title: 'Plank',
      description: 'Hold a straight line.',
      cues: ['a', 'b', 'c'],
      equipment: ['bodyweight'],
      level: 'beginner',
    });
    expect(plank).not.toHaveProperty('tool');
  });
});

describe('a routine as a HowTo', () => {
  const titles = { 'box-squat': 'Box squat', 'side-plank': 'Side plank' };
  const base = {
    ...page('/routines/starter/'),
    site,
    title: 'Starter',
    description: 'Two moves.',
    minutes: 25,
    rounds: 1,
    equipment: ['dumbbell', 'bodyweight'] as const,
    titles,
  };

  it('has one step per exercise, named and linked to the exercise page, with the dose as text', () => {
    const howTo = routineJsonLd({
      ...base,
      exercises: [
        { exercise: 'box-squat', sets: '2–3', reps: '6', rest: 90, note: 'A dumbbell on each shoulder.' },
        { exercise: 'side-plank', seconds: 30 },
      ],
    });
    expect(howTo['@type']).toBe('HowTo');
    expect(howTo.totalTime).toBe('PT25M');
    expect(howTo.tool).toEqual([{ '@type': 'HowToTool', name: 'Dumbbell' }]);
    expect(howTo.step).toEqual([
      {
        '@type': 'HowToStep',
        name: 'Box squat',
        text: '2–3 sets of 6 reps, rest 1 min 30 s. A dumbbell on each shoulder.',
        url: 'https://strongstride.example/exercises/box-squat/',
      },
      {
        '@type': 'HowToStep',
        name: 'Side plank',
        text: '30 s work.',
        url: 'https://strongstride.example/exercises/side-plank/',
      },
    ]);
  });

  it('says how many rounds a circuit takes', () => {
    const howTo = routineJsonLd({ ...base, rounds: 3, exercises: [{ exercise: 'side-plank', seconds: 40, rest: 20 }] });
    expect(howTo.description).toBe('Two moves. Go through the list 3 times.');
  });

  it('words a step without sets as reps alone', () => {
    expect(routineStepText({ exercise: 'x', reps: '8 each side' })).toBe('8 each side reps.');
  });
});

describe('a guide as an Article', () => {
  const references: Reference[] = [
    { id: 'a-2017', kind: 'study', authors: 'A, B.', short: 'A', year: 2017, title: 'A trial', doi: '10.1000/xyz', pmid: '12345678', note: '' },
    { id: 'b-2020', kind: 'article', authors: 'C', short: 'C', title: 'A coach writes', note: '' },
  ];
  const article = guideJsonLd({
    ...page('/guides/why-lift/'),
    site,
    title: 'Why runners lift',
    description: 'The short answer.',
    references,
  });

  it('has a headline, the site as author and publisher, and the page as its main entity', () => {
    expect(article).toMatchObject({
      '@type': 'Article',
      headline: 'Why runners lift',
      mainEntityOfPage: 'https://strongstride.example/guides/why-lift/',
      author: { '@type': 'Organization', name: 'StrongStride', url: 'https://strongstride.example/' },
      publisher: { '@type': 'Organization', name: 'StrongStride' },
    });
  });

  it('cites studies as scholarly articles, linked by DOI when there is one', () => {
    expect(article.citation).toEqual([
      { '@type': 'ScholarlyArticle', name: 'A trial', url: 'https://doi.org/10.1000/xyz' },
      { '@type': 'Article', name: 'A coach writes' },
    ]);
  });

  it('keeps headlines within the 110 characters Google reads', () => {
    // Guide titles are questions of a few words; this guards the assumption.
    expect(String(article.headline).length).toBeLessThanOrEqual(110);
  });
});

describe('the site as a WebSite', () => {
  it('offers a search action on the site’s own search page', () => {
    const site_ = websiteJsonLd(site, 'Strength training for runners.');
    expect(site_).toMatchObject({ '@type': 'WebSite', name: 'StrongStride', url: 'https://strongstride.example/' });
    expect(site_.potentialAction).toEqual({
      '@type': 'SearchAction',
      target: { '@type': 'EntryPoint', urlTemplate: 'https://strongstride.example/search/?q={search_term_string}' },
      'query-input': 'required name=search_term_string',
    });
  });
});

describe('the JSON-LD script text', () => {
  it('cannot be closed early by text in the data, and parses back to the same object', () => {
    const data = { '@type': 'HowTo', name: 'Evil </script><script>alert(1)</script> <!-- squat' };
    const text = jsonLdScriptText(data);
    expect(text).not.toMatch(/<\/script|<!--/i);
    expect(JSON.parse(text)).toEqual(data);
  });
});
