import { expect, test } from '@playwright/test';

test.describe('the exercise index', () => {
  test('lists every exercise grouped by pattern', async ({ page }) => {
    await page.goto('/exercises/');
    await expect(page.getByRole('heading', { level: 2, name: /^Squat/ })).toBeVisible();
    await expect(page.getByRole('heading', { level: 2, name: /^Hinge/ })).toBeVisible();
    expect(await page.locator('.ss-card').count()).toBeGreaterThanOrEqual(60);
  });

  test('filters by muscle and equipment, says how many match, and keeps the choice in the URL', async ({ page }) => {
    await page.goto('/exercises/');
    const total = await page.locator('.ss-card').count();
    const count = page.getByRole('status').filter({ hasText: /exercise/ });
    await page.getByLabel('Muscle', { exact: true }).selectOption({ label: 'Calves' });
    await expect(count).toContainText(/Showing \d+ of \d+ exercises/);
    const visible = page.locator('.ss-card:visible');
    await expect(visible.filter({ hasText: 'Calf raise' }).first()).toBeVisible();
    await expect(visible.filter({ hasText: 'Goblet squat' })).toHaveCount(0);
    const calves = await visible.count();
    expect(calves).toBeLessThan(total);
    await expect(page).toHaveURL(/\?muscle=calves$/);

    await page.getByLabel('Equipment', { exact: true }).selectOption({ label: 'Dumbbell' });
    await expect(page).toHaveURL(/muscle=calves&equipment=dumbbell/);
    expect(await visible.count()).toBeLessThanOrEqual(calves);
    // Groups with nothing left in them disappear.
    await expect(page.getByRole('heading', { level: 2, name: /^Push/ })).toBeHidden();

    await page.getByRole('button', { name: 'Clear filters' }).click();
    await expect(count).toHaveText(`Showing all ${total} exercises`);
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
    expect(await page.locator('.ss-card:visible').count()).toBeGreaterThanOrEqual(60);
    await expect(page.getByRole('link', { name: 'muscle', exact: true })).toBeVisible();
    await context.close();
  });
});
