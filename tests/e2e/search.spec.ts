import { expect, test, type Page } from '@playwright/test';

async function search(page: Page, query: string) {
  await page.goto(`/search/?q=${encodeURIComponent(query)}`);
  const results = page.locator('.pagefind-ui__result-link');
  await expect(results.first()).toBeVisible();
  return results;
}

test.describe('search', () => {
  test('finds an exercise by its title', async ({ page }) => {
    const results = await search(page, 'goblet squat');
    await expect(results.first()).toHaveText('Goblet squat');
  });

  for (const [query, title] of [
    ['RDL', 'Romanian deadlift'],
    ['paloff', 'Pallof press'],
    ['clamshell', 'Clamshell'],
    ['clam shell', 'Clamshell'],
    ['calf', 'Calf raise'],
    ['static lunge', 'Split squat'],
    ['plank', 'Plank'],
    ['lunge', 'Forward lunge'],
    ['SL RDL', 'Single-leg Romanian deadlift'],
  ]) {
    test(`puts ${title} first for “${query}”`, async ({ page }) => {
      const results = await search(page, query);
      await expect(results.first()).toHaveText(title);
    });
  }

  test('finds an exercise by a word that only its body text uses', async ({ page }) => {
    const results = await search(page, 'spill');
    await expect(results.first()).toHaveText('Bird dog');
  });

  test('finds guides as well as exercises', async ({ page }) => {
    const results = await search(page, 'Trendelenburg');
    await expect(results.first()).toHaveText(/single-leg, sideways/i);
  });

  test('typing in the box searches, and a result opens its page', async ({ page }) => {
    await page.goto('/search/');
    await page.getByRole('textbox', { name: 'Search exercises and guides' }).fill('pallof');
    const first = page.locator('.pagefind-ui__result-link').first();
    await expect(first).toHaveText('Pallof press');
    await first.click();
    await expect(page).toHaveURL(/\/exercises\/pallof-press\/$/);
  });

  test('a filter narrows the results', async ({ page }) => {
    const results = await search(page, 'squat');
    const message = page.locator('.pagefind-ui__message');
    await expect(message).toContainText(/\d+ results?/);
    const before = Number((await message.textContent())!.match(/(\d+) result/)![1]);
    await page.locator('.pagefind-ui__filter-name', { hasText: 'equipment' }).click();
    await page.getByRole('checkbox', { name: /^Barbell/ }).check();
    await expect(message).not.toHaveText(new RegExp(`^${before} result`));
    const after = Number((await message.textContent())!.match(/(\d+) result/)![1]);
    expect(after).toBeLessThan(before);
    expect(after).toBeGreaterThan(0);
    await expect(results.filter({ hasText: 'Back squat' })).toHaveCount(1);
    await expect(results.filter({ hasText: 'Goblet squat' })).toHaveCount(0);
  });

  test('offers muscle, equipment, pattern and level filters', async ({ page }) => {
    await page.goto('/search/');
    const filters = await page.evaluate(async () => {
      const pagefind = await import(/* @vite-ignore */ '/pagefind/pagefind.js' as string);
      return pagefind.filters();
    });
    expect(Object.keys(filters).sort()).toEqual(['equipment', 'level', 'muscle', 'pattern']);
    expect(filters.muscle['Calves']).toBeGreaterThan(0);
  });

  test('the header search box on any page opens search with the query', async ({ page }) => {
    await page.goto('/exercises/');
    await page.getByRole('searchbox', { name: 'Search exercises and guides' }).first().fill('pallof');
    await page.getByRole('button', { name: 'Go' }).click();
    await expect(page).toHaveURL(/\/search\/\?q=pallof/);
    await expect(page.locator('.pagefind-ui__result-link').first()).toHaveText('Pallof press');
  });
});
