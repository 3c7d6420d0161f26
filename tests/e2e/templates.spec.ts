import { expect, test } from '@playwright/test';
import { CARDS_AFTER_THE_THIRD, expectHealthyPage } from '../helpers/page-health';
import { pageReady } from '../helpers/page-ready';
import { sitemapPaths } from '../helpers/sitemap';
import { templatePages } from '../helpers/templates';

// One page of every template (tests/helpers/templates.ts), in both themes, in a real browser:
// axe (WCAG 2.2 AA), no console errors, a Content Security Policy, no request to another origin.
// Of a list of exercise cards axe reads the first three (the rest are removed before it runs), so
// its time does not grow with the library; every page, every card on it included, is checked
// without a browser by scripts/page-check.mjs, and `npm run test:a11y-all` runs this browser
// check, every card included, on every page in the sitemap.
const { pages, unmatched, ambiguous, missing } = templatePages(sitemapPaths());
// Two pages outside the sitemap: the 404 page, and the offline page the service worker answers with.
const all = [...pages, { name: 'page not found', path: '/404.html' }, { name: 'offline page', path: '/offline/' }];

test('every page in the sitemap is of a known template, and every template has a page', () => {
  expect({ unmatched, ambiguous, missing }).toEqual({ unmatched: [], ambiguous: [], missing: [] });
});

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`${colorScheme} theme`, () => {
    test.use({ colorScheme });
    for (const { name, path } of all) {
      test(`${name}: ${path} is accessible, quiet and self-contained`, async ({ page, baseURL }) => {
        await expectHealthyPage(page, baseURL!, path, { ready: pageReady[name], sample: CARDS_AFTER_THE_THIRD });
      });
    }
  });
}
