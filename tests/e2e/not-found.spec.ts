import { expect, test } from '@playwright/test';

// The preview server (`npm start`, src/build/preview.ts) answers as a static host does.
test.describe('addresses with no page', () => {
  for (const path of ['/exercises/..%2f..%2fpackage.json', '/exercises/%ff/', '/exercises/no-such-exercise/']) {
    test(`${path} gets the site’s 404 page, and nothing about the server`, async ({ page }) => {
      const response = await page.goto(path);
      expect(response?.status()).toBe(404);
      await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
      await expect(page.getByRole('main').getByRole('link', { name: 'search', exact: true })).toHaveAttribute('href', '/search/');
      await expect(page.locator('body')).not.toContainText(/node_modules|Error|at \w+ \(/);
    });
  }

  test('a page typed without its trailing slash opens', async ({ page }) => {
    await page.goto('/exercises/plank');
    await expect(page).toHaveURL(/\/exercises\/plank\/$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Plank' })).toBeVisible();
  });
});
