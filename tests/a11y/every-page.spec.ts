import { test } from '@playwright/test';
import { expectHealthyPage } from '../helpers/page-health';
import { sitemapPaths } from '../helpers/sitemap';

// Every page in the sitemap (plus the 404 page), in both themes: the browser check that `npm test`
// runs on one page per template (tests/e2e/templates.spec.ts). It grows with the library, so it is
// its own command: `npm run test:a11y-all` (after `npm run build`).
const paths = [...sitemapPaths(), '/404.html'];

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`${colorScheme} theme`, () => {
    test.use({ colorScheme });
    for (const path of paths) {
      test(`${path} is accessible, quiet and self-contained`, async ({ page, baseURL }) => {
        await expectHealthyPage(page, baseURL!, path);
      });
    }
  });
}
