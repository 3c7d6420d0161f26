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
 * (src/components/ExerciseCard.astro); a list's length is the library's size, and axe's time grows
 * with it (40 s per theme for the exercise index at 1,000 exercises). Every card's name, alt text,
 * ids and links are checked on every page without a browser (scripts/page-check.mjs).
 */
export const CARDS_AFTER_THE_THIRD = '.ss-card:nth-child(n+4)';

/**
 * axe's WCAG 2.2 AA violations on the page as it is now, one line each: the rule and the elements;
 * `exclude` leaves out the elements a selector matches.
 */
export async function axeViolations(page: Page, { exclude }: { exclude?: string } = {}): Promise<string[]> {
  const axe = new AxeBuilder({ page }).withTags(WCAG_AA);
  const results = await (exclude ? axe.exclude(exclude) : axe).analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/**
 * Opens `path` on the site at `baseURL` and checks it as above. `ready` waits for what the page
 * shows once its scripts have run (search results, an upgraded form), so axe sees that too;
 * `exclude` is what axe leaves out (see `CARDS_AFTER_THE_THIRD`).
 */
export async function expectHealthyPage(
  page: Page,
  baseURL: string,
  path: string,
  { ready, exclude }: { ready?: (page: Page) => Promise<void>; exclude?: string } = {},
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
  expect(await axeViolations(page, { exclude })).toEqual([]);
  expect(errors).toEqual([]);
  expect(foreign).toEqual([]);
}
