import { expect, test } from '@playwright/test';
import { REFERENCES } from '../../src/data/references';
import { readCollection } from '../helpers/content-files';

test.describe('routines', () => {
  test('a routine page links every exercise in its table', async ({ page, request }) => {
    await page.goto('/routines/full-body-dumbbell-and-band/');
    const links = page.getByRole('table').getByRole('link');
    await expect(links).toHaveCount(7);
    for (const href of await links.evaluateAll((els) => els.map((a) => a.getAttribute('href')!))) {
      expect((await request.get(href)).status(), href).toBe(200);
    }
  });

  test('prints as one clean page: no navigation, white background, the table in full', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto('/routines/full-body-dumbbell-and-band/');
    await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
    await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
    await expect(page.locator('footer')).toBeHidden();
    await expect(page.getByRole('table')).toBeVisible();
    const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(background).toBe('rgb(255, 255, 255)');
    // A4 minus margins at 96 dpi is about 1046 px tall; the printed card must fit on one sheet.
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    expect(height).toBeLessThan(1046);
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)?.length).toBe(1);
  });

  test('the follow-along timer moves from work to rest to the next exercise', async ({ page }) => {
    await page.clock.install();
    await page.goto('/routines/nine-move-dumbbell-circuit/');
    const timer = page.locator('ss-routine-timer');
    await expect(timer.getByRole('button', { name: /start/i })).toBeEnabled();
    const firstTitle = await timer.locator('[data-title]').textContent();
    await timer.getByRole('button', { name: /start/i }).click();
    await expect(timer.locator('[data-phase]')).toHaveText(/work/i);
    await page.clock.runFor(41_000);
    await expect(timer.locator('[data-phase]')).toHaveText(/rest/i);
    await page.clock.runFor(20_000);
    await expect(timer.locator('[data-phase]')).toHaveText(/work/i);
    await expect(timer.locator('[data-title]')).not.toHaveText(firstTitle!);
    await timer.getByRole('button', { name: /pause/i }).click();
    await expect(timer.getByRole('button', { name: /resume/i })).toBeVisible();
  });

  test('without JavaScript the timed routine still shows the whole session', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/routines/nine-move-dumbbell-circuit/');
    await expect(page.getByRole('table').getByRole('row')).toHaveCount(10);
    await context.close();
  });
});

test.describe('guides', () => {
  test('every exercise link in every guide resolves', async ({ page, request }) => {
    await page.goto('/guides/');
    // Every guide, and the references page after them.
    const list = page.locator('main ol a');
    await expect(list).toHaveCount(readCollection('guides').length + 1);
    const guides = await list.evaluateAll((els) => els.map((a) => a.getAttribute('href')!));
    const checked = new Set<string>();
    for (const guide of guides) {
      await page.goto(guide);
      const hrefs = await page.locator('.prose a[href^="/exercises/"]').evaluateAll((els) => els.map((a) => a.getAttribute('href')!));
      for (const href of hrefs.filter((h) => !checked.has(h))) {
        checked.add(href);
        expect((await request.get(href)).status(), `${guide} → ${href}`).toBe(200);
      }
    }
    expect(checked.size).toBeGreaterThan(10);
  });

  test('the references page lists every study with a DOI or PubMed link', async ({ page }) => {
    await page.goto('/guides/references/');
    const studies = page.getByRole('region', { name: 'Studies' }).getByRole('listitem');
    await expect(studies).toHaveCount(REFERENCES.filter((r) => r.kind === 'study').length);
    for (const study of await studies.all()) {
      const hrefs = await study.getByRole('link').evaluateAll((els) => els.map((a) => a.getAttribute('href')!));
      expect(hrefs.some((h) => /^https:\/\/doi\.org\/10\.\d{4,9}\/\S+$|^https:\/\/pubmed\.ncbi\.nlm\.nih\.gov\/\d+\/$/.test(h))).toBe(true);
    }
  });

  test('a citation in a guide leads to its entry on the references page', async ({ page }) => {
    await page.goto('/guides/why-runners-strength-train/');
    const cite = page.locator('.prose a[href^="/guides/references/#"]').first();
    const target = (await cite.getAttribute('href'))!.split('#')[1];
    await cite.click();
    await expect(page.locator(`[id="${target}"]`)).toBeInViewport();
  });
});
