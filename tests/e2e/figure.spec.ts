import { readdirSync } from 'node:fs';
import { expect, test, type Locator } from '@playwright/test';

test.describe('the movement figure on an exercise page', () => {
  test('shows the movement as an image beside the cues, looping with CSS', async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'no-preference' });
    await page.goto('/exercises/goblet-squat/');
    const figure = page.getByRole('img', { name: /^Animated figure of the goblet squat, seen from the side: .*Key positions: Start, then Bottom\.$/ });
    await expect(figure).toBeVisible();
    // It sits within the technique cues section, above or beside the first cue, and the cues stay.
    const cues = page.getByRole('region', { name: /Technique cues/ });
    await expect(cues.getByRole('img', { name: /^Animated figure of the goblet squat/ })).toBeVisible();
    const firstCue = cues.getByRole('listitem').first();
    await expect(firstCue).toBeVisible();
    const [figureBox, cueBox] = [await figure.boundingBox(), await firstCue.boundingBox()];
    expect(figureBox!.y).toBeLessThanOrEqual(cueBox!.y + cueBox!.height);
    // The loop runs: moving parts carry the shared keyframes; the labelled stills are hidden.
    const moving = figure.locator('.fig-anim .m').first();
    await expect(moving).toHaveCSS('animation-name', 'fig-k2');
    await expect(figure.locator('.fig-stills')).toBeHidden();
  });

  test('with reduced motion, the key positions stand still side by side, labelled', async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto('/exercises/romanian-deadlift/');
    const figure = page.getByRole('img', { name: /^Animated figure of the romanian deadlift/ });
    await expect(figure.locator('.fig-anim')).toBeHidden();
    const stills = figure.locator('.fig-still');
    await expect(stills).toHaveCount(2);
    await expect(stills).toHaveText(['Start', 'Bottom']);
    await expect(figure.locator('.fig-still .m').first()).toHaveCSS('animation-name', 'none');
    const [start, bottom] = [await stills.nth(0).boundingBox(), await stills.nth(1).boundingBox()];
    expect(bottom!.x).toBeGreaterThan(start!.x + start!.width - 1);
    expect(Math.abs(bottom!.y + bottom!.height - (start!.y + start!.height))).toBeLessThan(2);
  });

  test('plays a jump forward only, from the dip through the air to the landing, then again', async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'no-preference' });
    await page.goto('/exercises/jump-squat/');
    const figure = page.getByRole('img', { name: /^Animated figure of the jump squat, seen from the side: .*Key positions: Start, then Dip, then Jump, then Land\.$/ });
    const moving = figure.locator('.fig-anim .m').first();
    await expect(moving).toHaveCSS('animation-name', 'fig-r4');
    await expect(moving).toHaveCSS('animation-direction', 'normal');
    // With reduced motion the flight is one of the labelled stills.
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await expect(figure.locator('.fig-still')).toHaveText(['Start', 'Dip', 'Jump', 'Land']);
  });

  test('is drawn in the theme’s colours, far limbs lighter than near ones, in light and dark', async ({ page }) => {
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto('/exercises/bulgarian-split-squat/');
      const figure = page.getByRole('img', { name: /^Animated figure of the bulgarian split squat/ });
      const colours = await figure.evaluate((el) => ({
        text: getComputedStyle(document.body).color,
        near: getComputedStyle(el.querySelector('.fig-anim .fig-near')!).stroke,
        far: getComputedStyle(el.querySelector('.fig-anim .fig-far')!).stroke,
      }));
      expect(colours.near).toBe(colours.text);
      expect(colours.far).not.toBe(colours.near);
    }
  });

  // That every exercise page has its figure, named, beside its cues is read from the built pages
  // (scripts/page-rules.mjs, `npm run check:pages`); here, one seen from the front and from above.
  test('the 90/90 hip switch shows its movement from the front and from above, with its three key positions', async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto('/exercises/90-90-hip-switch/');
    const figure = page
      .getByRole('region', { name: /Technique cues/ })
      .getByRole('img', { name: /^Animated figure of the 90\/90 hip switch, seen from the front and from above: .*Key positions: One side, then Middle, then Other side\.$/ });
    await expect(figure).toBeVisible();
    await expect(figure.locator('.fig-still > span')).toHaveText(['One side', 'Middle', 'Other side']);
  });
});

/** A picture's pixels with a transparent page behind it: what changes when only its own colours do. */
const drawnPixels = (picture: Locator) => picture.screenshot({ omitBackground: true, animations: 'disabled' });

test.describe('the movement figure away from its exercise page', () => {
  test('a search result for an exercise shows its still figure, in the theme’s colours, without a request of its own', async ({ page }) => {
    const figureFiles: string[] = [];
    page.on('request', (request) => {
      if (new URL(request.url()).pathname.startsWith('/figures/')) figureFiles.push(request.url());
    });
    await page.goto('/search/?q=goblet+squat');
    const result = page.getByRole('list', { name: 'Search results' }).getByRole('listitem').filter({ has: page.getByRole('link', { name: 'Goblet squat', exact: true }) });
    const figure = result.locator('svg.result-figure');
    await expect(figure).toHaveAttribute('aria-hidden', 'true');
    // The drawing comes with the result: it has a size as soon as the result is there.
    expect(await figure.evaluate((svg: SVGSVGElement) => svg.getBBox().height)).toBeGreaterThan(20);
    const light = await drawnPixels(figure);
    await page.getByRole('button', { name: 'Dark theme' }).click();
    await expect.poll(async () => (await drawnPixels(figure)).equals(light)).toBe(false);
    expect(figureFiles).toEqual([]);
  });
});

test.describe('the movement figure in the routine timer', () => {
  test('shows the exercise in focus, and during rest the one coming up', async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'no-preference' });
    await page.clock.install();
    await page.goto('/routines/nine-move-dumbbell-circuit/');
    const timer = page.locator('ss-routine-timer');
    const shown = timer.getByRole('img', { name: /^Animated figure of/ });
    await expect(shown).toHaveCount(1);
    await expect(shown).toHaveAccessibleName(/^Animated figure of the front squat/);
    await expect(shown.locator('.fig-anim')).toBeVisible();
    await timer.getByRole('button', { name: /start/i }).click();
    // The timer's code loads on Start; the clock runs once the first interval is under way.
    await expect(timer.locator('[data-phase]')).toHaveText('Work');
    await page.clock.runFor(41_000);
    await expect(timer.locator('[data-phase]')).toHaveText(/rest/i);
    await expect(shown).toHaveCount(1);
    await expect(shown).toHaveAccessibleName(/^Animated figure of the single-leg romanian deadlift/);
  });

  test('stands still, its key positions labelled, when the reader prefers less motion', async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto('/routines/nine-move-dumbbell-circuit/');
    const shown = page.locator('ss-routine-timer').getByRole('img', { name: /^Animated figure of the front squat/ });
    await expect(shown.locator('.fig-anim')).toBeHidden();
    await expect(shown.locator('.fig-still')).toHaveText(['Start', 'Bottom']);
  });
});

test.describe('the movement figure on the plan’s session cards', () => {
  test('each posed exercise shows its still figure, in the theme’s colours, and keeps it when the plan changes', async ({ page }) => {
    await page.goto('/plan/');
    await expect(page.getByLabel('Sessions per week')).toBeEnabled();
    const session = page.getByRole('article').first();
    const goblet = session.getByRole('listitem').filter({ has: page.getByRole('link', { name: 'Goblet squat', exact: true }) });
    const figure = goblet.locator('svg.slot-figure');
    await expect(figure.locator('use')).toHaveAttribute('href', '/figures/goblet-squat.svg#still');
    await expect.poll(() => figure.locator('use').evaluate((use: SVGUseElement) => use.getBBox().height)).toBeGreaterThan(30);
    const light = await drawnPixels(figure);
    await page.getByRole('button', { name: 'Dark theme' }).click();
    await expect.poll(async () => (await drawnPixels(figure)).equals(light)).toBe(false);
    // Drawn again by the plan engine after a change, each exercise still has its figure.
    await page.getByLabel('Sessions per week').selectOption('3');
    await expect(page.locator('[data-plan-region]')).toHaveAttribute('data-state', 'ready');
    await expect(page.getByRole('article')).toHaveCount(3);
    const posed = new Set(readdirSync('content/figures').map((name) => name.replace(/\.yaml$/, '')));
    const slots = page.locator('[data-plan] li[data-exercise]');
    const shown = await slots.evaluateAll((items) => items.map((li) => ({ slug: (li as HTMLElement).dataset.exercise!, figure: !!li.querySelector('svg.slot-figure') })));
    expect(shown.length).toBeGreaterThan(5);
    expect(shown.filter((s) => s.figure !== posed.has(s.slug))).toEqual([]);
  });
});
