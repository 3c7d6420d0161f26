import { expect, test, type Page } from '@playwright/test';
import { expectHealthyPage } from '../helpers/page-health';
import { sitemapPaths } from '../helpers/sitemap';
import { templatePages } from '../helpers/templates';

// One page of every template (tests/helpers/templates.ts), in both themes, in a real browser:
// axe (WCAG 2.2 AA), no console errors, a Content Security Policy, no request to another origin.
// Every page is checked without a browser by scripts/page-check.mjs; `npm run test:a11y-all`
// runs this browser check on every page in the sitemap.
const { pages, unmatched, ambiguous, missing } = templatePages(sitemapPaths());
// axe on a page that lists the whole library (the exercise index) takes 20–40 s at 1,000
// exercises on a busy 2-core machine; the default 30 s would fail it for being slow, not wrong.
test.describe.configure({ timeout: 90_000 });
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
        await expectHealthyPage(page, baseURL!, path, ready[name]);
      });
    }
  });
}
