import { expect, test } from '@playwright/test';
import { readCollection } from '../helpers/content-files';

const exerciseCount = readCollection('exercises').length;

test.describe('the exercise index', () => {
  test('lists every exercise grouped by pattern', async ({ page }) => {
    await page.goto('/exercises/');
    await expect(page.getByRole('heading', { level: 2, name: /^Squat/ })).toBeVisible();
    await expect(page.getByRole('heading', { level: 2, name: /^Hinge/ })).toBeVisible();
    await expect(page.locator('.ss-card')).toHaveCount(exerciseCount);
  });

  test('filters by muscle and equipment, says how many match, and keeps the choice in the URL', async ({ page }) => {
    await page.goto('/exercises/');
    const count = page.getByRole('status').filter({ hasText: /exercise/ });
    const visible = page.locator('.ss-card:visible');
    /** The number the status line shows, once it shows one, after checking the cards agree. */
    const shown = async () => {
      await expect(count).toContainText(new RegExp(`Showing \\d+ of ${exerciseCount} exercises`));
      const n = Number(/Showing (\d+)/.exec((await count.textContent())!)![1]);
      await expect(visible).toHaveCount(n);
      return n;
    };
    await page.getByLabel('Muscle', { exact: true }).selectOption({ label: 'Calves' });
    await expect(visible.filter({ hasText: 'Calf raise' }).first()).toBeVisible();
    await expect(visible.filter({ hasText: 'Goblet squat' })).toHaveCount(0);
    const calves = await shown();
    expect(calves).toBeLessThan(exerciseCount);
    await expect(page).toHaveURL(/\?muscle=calves$/);

    await page.getByLabel('Equipment', { exact: true }).selectOption({ label: 'Dumbbell' });
    await expect(page).toHaveURL(/muscle=calves&equipment=dumbbell/);
    expect(await shown()).toBeLessThanOrEqual(calves);
    // Groups with nothing left in them disappear.
    await expect(page.getByRole('heading', { level: 2, name: /^Push/ })).toBeHidden();

    await page.getByRole('button', { name: 'Clear filters' }).click();
    await expect(count).toHaveText(`Showing all ${exerciseCount} exercises`);
  });

  test('opens with the filters from a shared link', async ({ page }) => {
    await page.goto('/exercises/?pattern=lateral-hip');
    await expect(page.getByLabel('Pattern', { exact: true })).toHaveValue('lateral-hip');
    await expect(page.locator('.ss-card:visible').filter({ hasText: 'Clamshell' })).toBeVisible();
    await expect(page.locator('.ss-card:visible').filter({ hasText: 'Goblet squat' })).toHaveCount(0);
  });

  test('without JavaScript shows the full list and the browse links', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/exercises/?muscle=calves');
    await expect(page.locator('.ss-card:visible')).toHaveCount(exerciseCount);
    await expect(page.getByRole('link', { name: 'muscle', exact: true })).toBeVisible();
    await context.close();
  });
});
