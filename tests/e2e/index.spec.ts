import { expect, test } from '@playwright/test';
import { readCollection } from '../helpers/content-files';

const exerciseCount = readCollection('exercises').length;
/** The total as the status line writes it: 1,100. */
const total = exerciseCount.toLocaleString('en-GB');

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
      await expect(count).toContainText(new RegExp(`Showing [\\d,]+ of ${total} exercises`));
      const n = Number(/Showing ([\d,]+)/.exec((await count.textContent())!)![1].replaceAll(',', ''));
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
    await expect(count).toHaveText(`Showing all ${total} exercises`);
  });

  test('opens with the filters from a shared link', async ({ page }) => {
    await page.goto('/exercises/?pattern=lateral-hip');
    await expect(page.getByLabel('Pattern', { exact: true })).toHaveValue('lateral-hip');
    await expect(page.locator('.ss-card:visible').getByRole('link', { name: 'Clamshell', exact: true })).toBeVisible();
    await expect(page.locator('.ss-card:visible').filter({ hasText: 'Goblet squat' })).toHaveCount(0);
  });

  test('without JavaScript shows the full list and the browse links', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/exercises/?muscle=calves');
    // Every card but those in the closed folds of long groups (none in today's library), unfiltered.
    const folded = await page.locator('details:not([open]) .ss-card').count();
    await expect(page.locator('.ss-card:visible')).toHaveCount(exerciseCount - folded);
    await expect(page.getByRole('link', { name: 'muscle', exact: true })).toBeVisible();
    await context.close();
  });
});

test.describe('an exercise card in a list', () => {
  test.use({ viewport: { width: 390, height: 844 }, colorScheme: 'light' });

  test('is one link a thumb can land anywhere on, and says the kit and the level', async ({ page }) => {
    await page.goto('/equipment/dumbbell/');
    const card = page.getByRole('listitem').filter({ has: page.getByRole('link', { name: 'Goblet squat', exact: true }) });
    await expect(card.getByRole('link')).toHaveCount(1);
    await expect(card).toContainText('Dumbbell · Beginner');
    // Keyboard focus outlines the whole card, not just its name.
    await card.getByRole('link').focus();
    await expect(card).toHaveCSS('outline-style', 'solid');
    // A tap on the card's far corner, away from the name, opens the exercise.
    const box = (await card.boundingBox())!;
    await card.click({ position: { x: box.width - 6, y: box.height - 6 } });
    await expect(page).toHaveURL(/\/exercises\/goblet-squat\/$/);
  });

  test('shows a still of the movement in the theme’s colours, following the theme toggle', async ({ page }) => {
    await page.goto('/equipment/dumbbell/');
    const card = page.getByRole('listitem').filter({ has: page.getByRole('link', { name: 'Goblet squat', exact: true }) });
    const thumb = card.locator('svg.ss-thumb');
    await expect(thumb).toBeVisible();
    const inkOf = () => thumb.evaluate((svg) => ({
      ink: getComputedStyle(svg.querySelector('circle')!).fill,
      text: getComputedStyle(document.body).color,
    }));
    const light = await inkOf();
    expect(light.ink).toBe(light.text);
    await page.getByRole('button', { name: 'Dark theme' }).click();
    await expect.poll(async () => (await inkOf()).ink).not.toBe(light.ink);
    const dark = await inkOf();
    expect(dark.ink).toBe(dark.text);
  });
});
