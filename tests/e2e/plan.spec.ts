import { expect, test, type Page } from '@playwright/test';

const planRegion = (page: Page) => page.getByRole('region', { name: 'Your plan' });
const sessions = (page: Page) => planRegion(page).getByRole('article');
/** The plan itself (the week table and the sessions), without the status line above it. */
async function planText(page: Page) {
  const table = await planRegion(page).getByRole('table').innerText();
  return [table, ...(await sessions(page).allInnerTexts())].join('\n');
}
/** The island has loaded once its controls are enabled. */
async function ready(page: Page) {
  await expect(page.getByLabel('Sessions per week')).toBeEnabled();
}

test.describe('plan builder', () => {
  test('changing the inputs changes the plan and the link', async ({ page }) => {
    await page.goto('/plan/');
    await ready(page);
    await expect(sessions(page)).toHaveCount(2);
    const before = await planText(page);

    await page.getByLabel('Sessions per week').selectOption('3');
    await expect(sessions(page)).toHaveCount(3);
    await expect(page).toHaveURL(/[?&]s=3(&|$)/);
    await expect(page.getByRole('status').filter({ hasText: 'Plan updated: 3 sessions' })).toBeVisible();

    await page.getByLabel('Saturday', { exact: true }).selectOption('race');
    await expect(page).toHaveURL(/wk=r-h-e-h-r-race-l/);
    await page.getByRole('radio', { name: 'Experienced lifter' }).check();
    await expect(page).toHaveURL(/xp=experienced/);
    expect(await planText(page)).not.toBe(before);
  });

  test('a reload keeps the plan', async ({ page }) => {
    await page.goto('/plan/');
    await ready(page);
    await page.getByLabel('Sessions per week').selectOption('4');
    await page.getByRole('checkbox', { name: 'Calves and feet' }).check();
    await expect(page).toHaveURL(/em=calves/);
    const plan = await planText(page);
    await page.reload();
    await ready(page);
    await expect(page.getByLabel('Sessions per week')).toHaveValue('4');
    await expect(page.getByRole('checkbox', { name: 'Calves and feet' })).toBeChecked();
    expect(await planText(page)).toBe(plan);

    // Without the query string, the plan remembered on this device comes back.
    await page.goto('/plan/');
    await ready(page);
    await expect(page.getByLabel('Sessions per week')).toHaveValue('4');
  });

  test('the copied link opened in a fresh context gives the same plan', async ({ page, browser, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto('/plan/');
    await ready(page);
    await page.getByLabel('Minutes per session (15–60)').fill('45');
    await page.getByRole('radio', { name: 'Marathon block' }).check();
    await page.getByRole('checkbox', { name: 'Barbell' }).check();
    await page.getByRole('button', { name: 'Copy link for your athlete' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toBeVisible();
    const link = await page.evaluate(() => navigator.clipboard.readText());
    expect(link).toContain('m=45');
    expect(link).toContain('ph=marathon');
    const plan = await planText(page);

    const fresh = await browser.newContext();
    const other = await fresh.newPage();
    await other.goto(link);
    await ready(other);
    expect(await planText(other)).toBe(plan);
    await fresh.close();
  });

  test('a bad link shows a notice naming what was ignored, and a plan from the defaults', async ({ page }) => {
    await page.goto('/plan/?s=9&xp=wizard&eq=dumbbell,rocket&colour=red');
    await ready(page);
    const notice = page.getByRole('status').filter({ hasText: 'replaced by defaults' });
    await expect(notice).toBeVisible();
    await expect(notice).toContainText('sessions per week "9"');
    await expect(notice).toContainText('experience "wizard"');
    await expect(notice).toContainText('equipment "rocket"');
    await expect(notice).toContainText('unknown setting "colour"');
    await expect(sessions(page)).toHaveCount(2);
    await expect(page).toHaveURL(/eq=dumbbell&/);
  });

  test('corrupted saved state shows a notice and the defaults', async ({ page }) => {
    await page.addInitScript(() => localStorage.setItem('ss-plan', '{"v":1,"input":{"sessions":"lots"}'));
    await page.goto('/plan/');
    await ready(page);
    await expect(page.getByRole('status').filter({ hasText: 'your saved plan' })).toBeVisible();
    await expect(page.getByLabel('Sessions per week')).toHaveValue('2');
  });

  test('the printed plan has no navigation and one page per week with cues', async ({ page }) => {
    await page.goto('/plan/');
    await ready(page);
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
    await expect(page.getByLabel('Sessions per week')).toBeHidden();
    await expect(page.getByRole('button', { name: 'Print' })).toBeHidden();
    for (const week of ['Week 1', 'Week 2', 'Week 3', 'Week 4']) {
      await expect(page.getByRole('heading', { name: week, exact: true })).toBeVisible();
    }
    const breaks = await page.locator('.print-week').first().evaluate((el) => getComputedStyle(el).breakAfter);
    expect(breaks).toBe('page');
    await expect(page.locator('.print-week').first().getByText('First cue:').first()).toBeVisible();
  });

  test('the calendar download parses and holds one event per session per week', async ({ page }) => {
    await page.goto('/plan/?s=3&m=30&eq=dumbbell&ph=base&xp=new&wk=r-h-e-h-r-e-l&pl=hard');
    await ready(page);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download calendar (.ics)' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('strongstride-plan.ics');
    const stream = await download.createReadStream();
    let text = '';
    for await (const chunk of stream) text += chunk;
    // Unfold continuation lines (RFC 5545 §3.1), then read the calendar's structure.
    const lines = text.replace(/\r\n[ \t]/g, '').split(/\r\n/).filter(Boolean);
    expect(lines[0]).toBe('BEGIN:VCALENDAR');
    expect(lines.at(-1)).toBe('END:VCALENDAR');
    const events = lines.filter((l) => l === 'BEGIN:VEVENT').length;
    expect(events).toBe(3 * 4);
    expect(lines.filter((l) => l === 'END:VEVENT').length).toBe(events);
    expect(lines.filter((l) => l.startsWith('DTSTART')).length).toBe(events);
    await expect(page.getByRole('status').filter({ hasText: 'Calendar file downloaded' })).toBeVisible();
  });

  test('without JavaScript the sample plan is there and the controls are disabled', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/plan/');
    await expect(sessions(page)).toHaveCount(2);
    await expect(page.getByLabel('Sessions per week')).toBeDisabled();
    await expect(page.getByRole('button', { name: 'Copy link for your athlete' })).toBeDisabled();
    await expect(planRegion(page).getByRole('link', { name: 'Goblet squat' }).first()).toHaveAttribute('href', '/exercises/goblet-squat/');
    // The printed weeks are in the HTML too, so printing works without JavaScript.
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('heading', { name: 'Week 1', exact: true })).toBeVisible();
    await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
    await context.close();
  });
});
