import { expect, test, type Page } from '@playwright/test';
import { CARDS_AFTER_THE_THIRD, expectHealthyPage } from '../helpers/page-health';
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

/** The routine timer's loader enables Start once the page has run its scripts. */
async function timerReady(page: Page) {
  await expect(page.getByRole('region', { name: 'Routine timer' }).getByRole('button', { name: 'Start' })).toBeEnabled();
}

/** What a page shows only once its scripts have run, so axe sees it. */
const ready: Record<string, (page: Page) => Promise<void>> = {
  search: async (page) => {
    await expect(page.getByRole('list', { name: 'Search results' }).getByRole('heading', { level: 2 }).first()).toBeVisible();
  },
  plan: async (page) => {
    await expect(page.getByLabel('Sessions per week')).toBeEnabled();
  },
  routine: timerReady,
  'routine with an interval timer': timerReady,
};

test('every page in the sitemap is of a known template, and every template has a page', () => {
  expect({ unmatched, ambiguous, missing }).toEqual({ unmatched: [], ambiguous: [], missing: [] });
});

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`${colorScheme} theme`, () => {
    test.use({ colorScheme });
    for (const { name, path } of all) {
      test(`${name}: ${path} is accessible, quiet and self-contained`, async ({ page, baseURL }) => {
        await expectHealthyPage(page, baseURL!, path, { ready: ready[name], sample: CARDS_AFTER_THE_THIRD });
      });
    }
  });
}
