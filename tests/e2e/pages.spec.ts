import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { sitemapPaths } from './sitemap';

// Every page in the sitemap (plus the 404 page), in both themes: WCAG 2.2 AA clean with axe,
// nothing logged as an error (a Content Security Policy violation logs one), a policy in place,
// and no request leaving the site's own origin.
const paths = [...sitemapPaths(), '/404.html'];

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`${scheme} theme`, () => {
    test.use({ colorScheme: scheme });
    for (const path of paths) {
      test(`${path} is accessible, quiet and self-contained`, async ({ page, baseURL }) => {
        const errors: string[] = [];
        const foreign: string[] = [];
        page.on('console', (msg) => msg.type() === 'error' && errors.push(msg.text()));
        page.on('pageerror', (error) => errors.push(error.message));
        page.on('request', (request) => {
          const url = request.url();
          if (!url.startsWith(baseURL!) && !url.startsWith('data:') && !url.startsWith('blob:')) foreign.push(url);
        });
        await page.goto(path);
        await expect(page.locator('meta[http-equiv="content-security-policy"]')).toHaveCount(1);
                const results = await new AxeBuilder({ page })
          .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
          .analyze();
        expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
        expect(errors).toEqual([]);
        expect(foreign).toEqual([]);
      });
    }
  });
}
