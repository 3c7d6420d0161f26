// What a page of each template shows only once its scripts have run (search results, an upgraded
// form, an enabled timer), so a check sees the page a reader sees. Keyed by template name
// (tests/helpers/templates.ts); a template missing here needs no waiting.
import { expect, type Page } from '@playwright/test';

/** The routine timer's loader enables Start once the page has run its scripts. */
async function timerReady(page: Page) {
  await expect(page.getByRole('region', { name: 'Routine timer' }).getByRole('button', { name: 'Start' })).toBeEnabled();
}

export const pageReady: Record<string, (page: Page) => Promise<void>> = {
  search: async (page) => {
    await expect(page.getByRole('list', { name: 'Search results' }).getByRole('heading', { level: 2 }).first()).toBeVisible();
  },
  plan: async (page) => {
    await expect(page.getByLabel('Sessions per week')).toBeEnabled();
  },
  routine: timerReady,
  'routine with an interval timer': timerReady,
};
