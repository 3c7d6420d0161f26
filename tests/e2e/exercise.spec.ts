import { expect, test } from '@playwright/test';
import { readCollection } from '../helpers/content-files';
import { sitemapPaths } from '../helpers/sitemap';
import { deepestCuePages } from '../helpers/templates';

/** The technique cues an exercise file lists. */
function cuesOf(slug: string): string[] {
  const file = readCollection('exercises').find((f) => f.slug === slug);
  if (!file) throw new Error(`content/exercises has no ${slug}`);
  return (file.frontmatter as { cues: string[] }).cues;
}

test.describe('an exercise page', () => {
  test('shows every cue as a numbered list, the muscles and both kinds of modification', async ({ page }) => {
    await page.goto('/exercises/goblet-squat/');
    await expect(page.getByRole('heading', { level: 1, name: 'Goblet squat' })).toBeVisible();
    const cues = page.getByRole('region', { name: /Technique cues/ }).getByRole('listitem');
    await expect(cues).toHaveCount(cuesOf('goblet-squat').length);
    await expect(page.getByRole('link', { name: 'Quadriceps' }).first()).toBeVisible();
    const easier = page.locator('#easier + ul');
    await expect(easier.getByRole('link', { name: /Box squat/ })).toHaveAttribute('href', '/exercises/box-squat/');
    await expect(page.locator('#harder + ul').getByRole('link', { name: /Front squat/ })).toBeVisible();
  });

  test('says its sets and reps are the site’s own suggestions, and where the sources’ numbers are', async ({ page }) => {
    await page.goto('/exercises/goblet-squat/');
    const dosage = page.getByRole('region', { name: /Sets and reps/ });
    await expect(dosage).toContainText("StrongStride's own suggestions");
    await expect(dosage.getByRole('link', { name: 'sets, reps and load' })).toHaveAttribute('href', '/guides/sets-reps-and-load/');
  });

  test('shows real alternative names, while misspellings only help search', async ({ page }) => {
    await page.goto('/exercises/romanian-deadlift/');
    const alsoCalled = page.getByText(/^Also called/);
    await expect(alsoCalled).toContainText('RDL');
    await expect(alsoCalled).not.toContainText('romainian');
    await expect(page.getByText('romainian deadlift')).toBeHidden();
  });

  test('marks the current rung on its progression ladder', async ({ page }) => {
    await page.goto('/exercises/goblet-squat/');
    const current = page.locator('[aria-current="step"]');
    await expect(current).toContainText('Goblet squat');
    await expect(page.getByRole('link', { name: 'Back squat' }).first()).toBeVisible();
  });

  test('lands on a cue from a coach’s link and highlights it', async ({ page }) => {
    await page.goto('/exercises/goblet-squat/#cue-2');
    const cue = page.locator('#cue-2');
    await expect(cue).toBeInViewport();
    const background = await cue.evaluate((el) => getComputedStyle(el).backgroundColor);
    const other = await page.locator('#cue-3').evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(background).not.toBe(other);
  });

  test('a coach’s link to a late cue on a phone lands with the exercise’s name in view above it', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    // A two-line title and six cues: the last cue is far below the title.
    await page.goto('/exercises/single-leg-romanian-deadlift/#cue-6');
    const title = page.getByRole('heading', { level: 1, name: 'Single-leg Romanian deadlift' });
    const cue = page.locator('#cue-6');
    await expect(cue).toBeInViewport({ ratio: 1 });
    await expect(title).toBeInViewport({ ratio: 1 });
    const [titleBox, cueBox] = [await title.boundingBox(), await cue.boundingBox()];
    expect(titleBox!.y + titleBox!.height).toBeLessThanOrEqual(cueBox!.y);
    const background = (id: string) => page.locator(id).evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(await background('#cue-6')).not.toBe(await background('#cue-5'));
  });

  test('on a phone, a coach copies a cue’s link by tapping its number, and the link lands on it under the name', async ({ page, context, baseURL }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto('/exercises/goblet-squat/');
    // Every cue's number and every section heading carries a link that shows without hovering.
    const cues = page.getByRole('region', { name: /Technique cues/ }).getByRole('listitem');
    await expect(page.getByRole('link', { name: /^Cue \d+: copy link$/ })).toHaveCount(await cues.count());
    for (const link of await page.getByRole('link', { name: /^Copy link to “/ }).all()) {
      await link.scrollIntoViewIfNeeded();
      await expect(link).toBeVisible();
    }
    await page.getByRole('link', { name: 'Cue 3: copy link' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Link copied: cue 3' })).toBeVisible();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(`${baseURL}/exercises/goblet-squat/#cue-3`);

    // The coach's link, opened on another phone: the exercise's name in view above the cue, the cue marked.
    const other = await context.newPage();
    await other.setViewportSize({ width: 390, height: 844 });
    await other.goto(copied);
    const title = other.getByRole('heading', { level: 1, name: 'Goblet squat' });
    const cue = other.locator('#cue-3');
    await expect(cue).toBeInViewport({ ratio: 1 });
    await expect(title).toBeInViewport({ ratio: 1 });
    expect((await title.boundingBox())!.y).toBeLessThan((await cue.boundingBox())!.y);
    const background = (id: string) => other.locator(id).evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(await background('#cue-3')).not.toBe(await background('#cue-2'));
  });

  test('a copy link shows where keyboard focus is', async ({ page }) => {
    await page.goto('/exercises/goblet-squat/');
    const link = page.getByRole('link', { name: 'Copy link to “Technique cues”' });
    // Tab from the breadcrumb above the title to the first copy link.
    await page.getByRole('link', { name: 'Exercises', exact: true }).last().focus();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await expect(link).toBeFocused();
    await expect(link).toHaveCSS('outline-style', 'solid');
  });

  test('the muscle map marks primary and secondary muscles', async ({ page }) => {
    await page.goto('/exercises/glute-bridge/');
    const map = page.getByRole('img', { name: /glute bridge/i });
    await expect(map.locator('[data-muscle="glutes"]').first()).toHaveAttribute('data-emphasis', 'primary');
    await expect(map.locator('[data-muscle="hamstrings"]').first()).toHaveAttribute('data-emphasis', 'secondary');
    await expect(map.locator('[data-muscle="chest"]').first()).toHaveAttribute('data-emphasis', 'none');

    await page.goto('/exercises/calf-raise/');
    await expect(page.locator('[data-muscle="calves"]').first()).toHaveAttribute('data-emphasis', 'primary');
    await expect(page.locator('[data-muscle="quadriceps"]').first()).toHaveAttribute('data-emphasis', 'none');
  });

  test('copy link puts the section’s URL on the clipboard and says so', async ({ page, context, baseURL }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto('/exercises/goblet-squat/');
    await page.getByRole('link', { name: /Copy link to “Make it easier or harder”/ }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toBeVisible();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(`${baseURL}/exercises/goblet-squat/#modifications`);
  });

  test('headings written in the exercise’s own text have the same copy link', async ({ page, context, baseURL }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto('/exercises/goblet-squat/');
    await page.getByRole('link', { name: 'Copy link to “How it should feel”' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toBeVisible();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(`${baseURL}/exercises/goblet-squat/#how-it-should-feel`);
  });

  test('works without JavaScript', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/exercises/pallof-press/');
    await expect(page.getByRole('heading', { level: 1, name: 'Pallof press' })).toBeVisible();
    await expect(page.locator('#cue-1')).toBeVisible();
    await context.close();
  });
});

test('a muscle page lists an exercise whose primary muscle it is', async ({ page }) => {
  await page.goto('/muscles/calves/');
  const main = page.getByRole('region', { name: 'Main muscle' });
  await expect(main.getByRole('link', { name: 'Calf raise', exact: true })).toBeVisible();
  await main.getByRole('link', { name: 'Calf raise', exact: true }).click();
  await expect(page).toHaveURL(/\/exercises\/calf-raise\/$/);
});

test('an exercise’s equipment chip leads to everything that uses it', async ({ page }) => {
  await page.goto('/exercises/goblet-squat/');
  await page.getByRole('link', { name: 'Dumbbell', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Dumbbell' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Goblet squat' })).toBeVisible();
});

test('every exercise page shows its first cue on the first screen of a phone, moving or still', async ({ page }) => {
  // The pages differ in title, names, summary and figure; a browser measures those where these
  // push the cue furthest down by an estimate from their HTML (tests/helpers/templates.ts), as many
  // at 1,000 exercises as today, one page opening them in turn.
  await page.setViewportSize({ width: 390, height: 844 });
  const exercises = deepestCuePages(sitemapPaths());
  expect(exercises.length).toBeGreaterThanOrEqual(8);
  const below: string[] = [];
  for (const path of exercises) {
    await page.goto(path);
    for (const reducedMotion of ['no-preference', 'reduce'] as const) {
      await page.emulateMedia({ reducedMotion });
      // The cue's number is its first line: the whole of it must be on screen.
      const bottom = await page.locator('#cue-1 a').evaluate((el) => el.getBoundingClientRect().bottom);
      if (bottom > 844) below.push(`${path} (${reducedMotion}): first cue ends ${Math.round(bottom)} px down`);
    }
  }
  expect(below).toEqual([]);
});

