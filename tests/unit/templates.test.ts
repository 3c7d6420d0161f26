import { describe, expect, it } from 'vitest';
import { TEMPLATES, cueDepth, deepestCuePages, templatePages } from '../helpers/templates';

// The browser suite opens one page per template; these show it cannot silently skip a route.
const html = (path: string) => (path === '/routines/timed/' ? '<ss-routine-timer data-kind="intervals">' : '<p>');
const site = [
  '/', '/exercises/', '/exercises/box-squat/', '/exercises/plank/', '/muscles/', '/muscles/calves/', '/equipment/',
  '/equipment/band/', '/patterns/', '/patterns/squat/', '/guides/', '/guides/myths/', '/guides/references/',
  '/routines/', '/routines/starter/', '/routines/timed/', '/plan/', '/search/', '/areas/', '/areas/it-band/',
];

describe('one page per template', () => {
  it('picks the first page of each template, the timed routine and a search with results', () => {
    const { pages, unmatched, ambiguous, missing } = templatePages(site, TEMPLATES, html);
    expect({ unmatched, ambiguous, missing }).toEqual({ unmatched: [], ambiguous: [], missing: [] });
    expect(pages).toContainEqual({ name: 'exercise', path: '/exercises/box-squat/' });
    expect(pages).toContainEqual({ name: 'guide', path: '/guides/myths/' });
    expect(pages).toContainEqual({ name: 'references', path: '/guides/references/' });
    expect(pages).toContainEqual({ name: 'routine', path: '/routines/starter/' });
    expect(pages).toContainEqual({ name: 'routine with an interval timer', path: '/routines/timed/' });
    expect(pages).toContainEqual({ name: 'search', path: '/search/?q=squat' });
    expect(pages).toHaveLength(TEMPLATES.length + 1);
  });

  it('reports a page of a route no template knows', () => {
    expect(templatePages([...site, '/tools/pace/', '/exercises/plank/print/'], TEMPLATES, html).unmatched).toEqual([
      '/tools/pace/',
      '/exercises/plank/print/',
    ]);
  });

  it('reports a template, or a variant, that has no page left', () => {
    const withoutGuides = site.filter((p) => p !== '/guides/myths/' && p !== '/routines/timed/');
    expect(templatePages(withoutGuides, TEMPLATES, html).missing).toEqual(['guide', 'routine with an interval timer']);
  });

  it('reports a page that two templates claim', () => {
    const overlapping = [...TEMPLATES, { name: 'any guide', route: /^\/guides\/.+/ }];
    expect(templatePages(site, overlapping, html).ambiguous).toEqual([
      '/guides/myths/ (guide, any guide)',
      '/guides/references/ (references, any guide)',
    ]);
  });
});

describe('the exercise pages whose first cue starts lowest on a phone', () => {
  const exercise = ({ title = 'Plank', summary = 'A still hold.', viewBox = '0 0 200 80', keys = 2 } = {}) =>
    `<main><p class="no-print mb-2 text-sm"><a href="/exercises/">Exercises</a></p><h1 class="exercise-title">${title}</h1>` +
    `<div><p class="max-w-prose text-lg">${summary}</p></div><div class="exercise-figure"><div class="fig fig-k${keys} fig-restart"><svg viewBox="${viewBox}"></svg></div></div>` +
    `<ol><li id="cue-1">Cue</li></ol></main>`;
  const pages: Record<string, string> = {
    '/exercises/plank/': exercise(),
    '/exercises/long-name/': exercise({ title: 'Half-kneeling single-arm landmine press to rotation' }),
    '/exercises/tall-figure/': exercise({ viewBox: '0 -200 80 200' }),
    '/exercises/long-summary/': exercise({ summary: 'A sentence '.repeat(30) }),
    '/exercises/four-stills/': exercise({ viewBox: '0 0 100 100', keys: 4 }),
  };
  const html = (path: string) => pages[path] ?? '<p>';

  it('estimates more depth for more lines of title and summary and for a taller figure', () => {
    const plank = cueDepth('/exercises/plank/', pages['/exercises/plank/']);
    for (const deeper of ['/exercises/long-name/', '/exercises/tall-figure/', '/exercises/long-summary/']) {
      expect(cueDepth(deeper, pages[deeper]).moving).toBeGreaterThan(plank.moving);
    }
  });

  it('picks the deepest with the figure moving and with it still, and only exercise pages', () => {
    expect(deepestCuePages([...Object.keys(pages), '/exercises/', '/muscles/calves/'], 1, html)).toEqual(['/exercises/long-summary/']);
    // Moving, the tall figure (160 px) outweighs two more lines of title; as stills (120 px) it does not.
    expect(deepestCuePages(Object.keys(pages), 2, html)).toEqual(['/exercises/long-name/', '/exercises/long-summary/', '/exercises/tall-figure/']);
  });

  it('fails loudly on an exercise page without a first cue', () => {
    expect(() => deepestCuePages(['/exercises/plank/'], 1, () => '<main><h1>Plank</h1></main>')).toThrow('/exercises/plank/ has no <main> with a first cue in it');
  });
});
