import { describe, expect, it } from 'vitest';
import { TEMPLATES, templatePages } from '../helpers/templates';

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
