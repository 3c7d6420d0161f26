// The exercise index with 1,000 more exercises (BENCHMARKS.md, "npm test": how to make the copy):
// long pattern groups fold (src/lib/card-fold.ts) and the filters still find every match.
import { expect, test, type Page } from '@playwright/test';
import { FOLD_AFTER, SHOWN } from '../../src/lib/card-fold';
import { formatCount } from '../../src/lib/format';
import { readCollection } from '../helpers/content-files';

const total = readCollection('exercises').length;
const status = (page: Page) => page.getByRole('status').filter({ hasText: /exercise/ });

test.describe('the exercise index of a large library', () => {
  test('folds exactly the groups longer than FOLD_AFTER, after their first SHOWN cards', async ({ page }) => {
    await page.goto('/exercises/');
    const groups = await page.locator('section[data-group]').evaluateAll((sections) =>
      sections.map((section) => ({ cards: section.querySelectorAll('.ss-card').length, folded: !!section.querySelector('details') })),
    );
    expect(groups.filter((group) => group.folded).length).toBeGreaterThan(0);
    expect(groups.map((group) => group.folded)).toEqual(groups.map((group) => group.cards > FOLD_AFTER));
    await expect(page.locator('section[data-group]:not(:has(details)) .ss-card:visible')).toHaveCount(
      groups.filter((group) => !group.folded).reduce((sum, group) => sum + group.cards, 0),
    );
    await expect(page.locator('section[data-group]:has(details) > ul > .ss-card:visible')).toHaveCount(
      groups.filter((group) => group.folded).length * SHOWN,
    );
    await expect(page.locator('details .ss-card:visible')).toHaveCount(0);
    await expect(status(page)).toHaveText(`Showing all ${formatCount(total)} exercises`);
  });

  test('a fold names its whole group, is a 44 px target with visible focus, and opens from the keyboard', async ({ page }) => {
    await page.goto('/exercises/');
    const group = page.getByRole('region', { name: /^Lunge and step/ });
    const cards = await group.locator('.ss-card').count();
    const summary = group.locator('summary');
    await expect(summary).toHaveAccessibleName(`Show all ${cards} Lunge and step exercises`);
    expect((await summary.boundingBox())!.height).toBeGreaterThanOrEqual(44);
    await summary.focus();
    await expect(summary).toHaveCSS('outline-style', 'solid');
    await page.keyboard.press('Enter');
    await expect(group.locator('.ss-card:visible')).toHaveCount(cards);
    await expect(summary).toHaveAccessibleName(`Show only the first ${SHOWN}`);
  });

  test('every match shows while a filter is chosen, and clearing gives each fold back as it was', async ({ page }) => {
    await page.goto('/exercises/');
    const folds = page.locator('details[data-fold]');
    const foldCount = await folds.count();
    // The reader opens one fold before filtering.
    const hinge = page.getByRole('region', { name: /^Hinge/ });
    await hinge.locator('summary').click();
    await page.getByLabel('Muscle', { exact: true }).selectOption({ label: 'Glutes' });
    const matching = await page.locator('.ss-card[data-muscle~="glutes"]').count();
    expect(matching).toBeGreaterThan(FOLD_AFTER * 2);
    await expect(status(page)).toHaveText(`Showing ${matching} of ${formatCount(total)} exercises`);
    await expect(page.locator('.ss-card:visible')).toHaveCount(matching);
    await expect(page.locator('summary:visible')).toHaveCount(0);

    await page.getByRole('button', { name: 'Clear filters' }).click();
    await expect(page.locator('summary:visible')).toHaveCount(foldCount);
    await expect(page.locator('details[data-fold][open]')).toHaveCount(1);
    await expect(hinge.locator('details')).toHaveAttribute('open', '');
  });

  test('a shared link with filters opens with every match showing', async ({ page }) => {
    await page.goto('/exercises/?pattern=lunge&muscle=quadriceps');
    const matching = await page.locator('.ss-card[data-pattern="lunge"][data-muscle~="quadriceps"]').count();
    expect(matching).toBeGreaterThan(SHOWN);
    await expect(page.locator('.ss-card:visible')).toHaveCount(matching);
    await expect(status(page)).toHaveText(`Showing ${matching} of ${formatCount(total)} exercises`);
  });

  test('without JavaScript a fold opens on a tap', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/exercises/');
    const group = page.getByRole('region', { name: /^Squat/ });
    await expect(group.locator('.ss-card:visible')).toHaveCount(SHOWN);
    await group.locator('summary').click();
    await expect(group.locator('.ss-card:visible')).toHaveCount(await group.locator('.ss-card').count());
    await context.close();
  });

  test('the browser opens a fold to show text found in it (a link to a text fragment, as find-in-page)', async ({ page }) => {
    await page.goto('/exercises/');
    const card = page.getByRole('region', { name: /^Lunge and step/ }).locator('details .ss-card').nth(30);
    const name = (await card.locator('a').textContent())!;
    await expect(card).toBeHidden();
    await page.goto('/');
    await page.goto(`/exercises/#:~:text=${encodeURIComponent(name)}`);
    await expect(page.getByRole('link', { name, exact: true })).toBeVisible();
    await expect(page.getByRole('region', { name: /^Lunge and step/ }).locator('details')).toHaveAttribute('open', '');
  });
});
