// What every page must be in a real browser: WCAG 2.2 AA clean by axe, nothing logged as an error
// (a Content Security Policy violation logs one), a policy in place, and no request leaving the
// site's own origin. Shared by the per-template check in `npm test` (tests/e2e/templates.spec.ts)
// and the every-page sweep (`npm run test:a11y-all`).
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/** The axe rule tags for WCAG 2.2 level AA. */
export const WCAG_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * Exercise cards after the first three of each list. One card is the next one with other words
 * (src/components/ExerciseCard.astro), but a list is as long as the library: axe took 33 s for the
 * exercise index at 1,000 exercises, and still 19 s when told to exclude these cards (it reads
 * the whole document either way), against 3 s once they are removed. Every card's name, alt
 * text, ids and links are checked on every page without a browser (scripts/page-check.mjs).
 */
export const CARDS_AFTER_THE_THIRD = '.ss-card:nth-child(n+4)';

/** axe's WCAG 2.2 AA violations on the page as it is now, one line each: the rule and the elements. */
export async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(WCAG_AA).analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/**
 * Opens `path` on the site at `baseURL` and checks it as above. `ready` waits for what the page
 * shows once its scripts have run (search results, an upgraded form), so axe sees that too;
 * `sample` names elements to remove, once the page has loaded and logged what it logs, before
 * axe reads it (see `CARDS_AFTER_THE_THIRD`).
 */
export async function expectHealthyPage(
  page: Page,
  baseURL: string,
  path: string,
  { ready, sample }: { ready?: (page: Page) => Promise<void>; sample?: string } = {},
) {
  const origin = new URL(baseURL).origin;
  const errors: string[] = [];
  const foreign: string[] = [];
  page.on('console', (msg) => msg.type() === 'error' && errors.push(msg.text()));
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.protocol !== 'data:' && url.protocol !== 'blob:' && url.origin !== origin) foreign.push(request.url());
  });
  await page.goto(path);
  await ready?.(page);
  await expect(page.locator('meta[http-equiv="content-security-policy"]')).toHaveCount(1);
  if (sample) await page.locator(sample).evaluateAll((elements) => elements.forEach((e) => e.remove()));
  expect(await axeViolations(page)).toEqual([]);
  expect(errors).toEqual([]);
  expect(foreign).toEqual([]);
}
