import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';

/** Links in the format used before the block planner, each with the settings it opened with. */
const oldLinks: { links: { link: string; settings: { sessions: number; minutes: number; phase: string; week: string[] } }[] } = JSON.parse(
  readFileSync('tests/fixtures/plan-links-2026.json', 'utf8'),
);

/** The plan catalogue's file, which the builder fetches with the engine. */
const CATALOGUE = '**/plan/catalogue.*.json';
const planRegion = (page: Page) => page.getByRole('region', { name: 'Your plan' });
const sessions = (page: Page) => planRegion(page).getByRole('article');
/** The island marks the plan region ready once the plan it shows matches the form (and the reader's own plan is saved). */
async function ready(page: Page) {
  await expect(page.getByLabel('Sessions per week')).toBeEnabled();
  await expect(planRegion(page)).toHaveAttribute('data-state', 'ready');
}
/** Opens the form folded under the week's summary: a plan from a link or a saved plan shows first. */
async function openForm(page: Page) {
  await page.getByRole('button', { name: 'Edit your week and goals' }).click();
  await expect(page.getByLabel('Sessions per week')).toBeVisible();
}
/** The plan itself (the week table and the sessions), read once it is current. */
async function planText(page: Page) {
  await expect(planRegion(page)).toHaveAttribute('data-state', 'ready');
  const table = await planRegion(page).getByRole('table', { name: 'This week: runs and strength sessions' }).innerText();
  return [table, ...(await sessions(page).allInnerTexts())].join('\n');
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

  test('a reload keeps the plan, and a bare visit brings back the saved one', async ({ page }) => {
    await page.goto('/plan/');
    await ready(page);
    await page.getByLabel('Sessions per week').selectOption('4');
    await page.getByRole('checkbox', { name: 'Calves and feet' }).check();
    await expect(page).toHaveURL(/em=calves/);
    const plan = await planText(page);
    await page.reload();
    await ready(page);
    await openForm(page);
    await expect(page.getByLabel('Sessions per week')).toHaveValue('4');
    await expect(page.getByRole('checkbox', { name: 'Calves and feet' })).toBeChecked();
    expect(await planText(page)).toBe(plan);

    // A link with only unknown parameters is not a plan link: the saved plan comes back.
    await page.goto('/plan/?utm_source=newsletter');
    await ready(page);
    await expect(page.getByLabel('Sessions per week')).toHaveValue('4');
  });

  test('a shared link shows its plan without overwriting the saved one', async ({ page }) => {
    await page.goto('/plan/');
    await ready(page);
    await page.getByLabel('Sessions per week').selectOption('3');
    await expect(page).toHaveURL(/s=3/);
    await ready(page); // the reader's own plan is saved by the time it is shown

    await page.goto('/plan/?s=1&m=20&eq=bodyweight&ph=marathon&xp=new&wk=r-h-e-h-r-e-l&pl=hard');
    await ready(page);
    await expect(page.getByLabel('Sessions per week')).toHaveValue('1');
    await expect(page.getByText('A plan from a link: your own saved plan is kept.')).toBeVisible();
    await page.getByRole('button', { name: 'Back to my plan' }).click();
    await expect(page.getByLabel('Sessions per week')).toHaveValue('3');
    await expect(sessions(page)).toHaveCount(3);

    await page.goto('/plan/?s=1&m=20&eq=bodyweight&ph=marathon&xp=new&wk=r-h-e-h-r-e-l&pl=hard');
    await ready(page);
    await page.getByRole('button', { name: 'Save as my plan' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Saved: this is now your plan' })).toBeVisible();
    await page.goto('/plan/');
    await ready(page);
    await expect(page.getByLabel('Sessions per week')).toHaveValue('1');
  });

  test('old links open with their settings intact', async ({ page }) => {
    for (const { link, settings } of oldLinks.links.slice(0, 6)) {
      await page.goto(`/plan/${link}`);
      await ready(page);
      await openForm(page);
      await expect(page.getByLabel('Sessions per week'), link).toHaveValue(String(settings.sessions));
      await expect(page.getByLabel('Minutes per session (15–60)'), link).toHaveValue(String(settings.minutes));
      await expect(page.getByRole('radio', { name: { base: 'Off-season / base', season: 'In-season / race build', marathon: 'Marathon block', 'race-week': 'Race week' }[settings.phase]! }), link).toBeChecked();
      await expect(page.getByLabel('Tuesday', { exact: true }), link).toHaveValue({ rest: 'r', easy: 'e', moderate: 'm', hard: 'h', long: 'l', race: 'race' }[settings.week[1]!]!);
      await expect(page.getByRole('status').filter({ hasText: 'could not be used' })).toHaveCount(0);
      await expect(sessions(page)).toHaveCount(Math.min(settings.sessions, settings.phase === 'race-week' ? 2 : 5));
    }
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

  test('a bad link names what was ignored or clipped, and plans from the rest', async ({ page }) => {
    await page.goto('/plan/?s=9&m=90&xp=wizard&eq=dumbbell,rocket&colour=red');
    await ready(page);
    const notice = page.getByRole('status').filter({ hasText: 'could not be used' });
    await expect(notice).toBeVisible();
    await expect(notice).toContainText('sessions per week "9" (more than 5: planned as 5)');
    await expect(notice).toContainText('minutes per session "90" (more than 60: planned as 60)');
    await expect(notice).toContainText('experience "wizard"');
    await expect(notice).toContainText('equipment "rocket"');
    await expect(notice).toContainText('unknown setting "colour"');
    await expect(page.getByLabel('Sessions per week')).toHaveValue('5');
    await expect(page.getByLabel('Minutes per session (15–60)')).toHaveValue('60');
    await expect(sessions(page)).toHaveCount(5);
  });

  test('minutes typed out of range are clipped with a notice, and Reset starts over', async ({ page }) => {
    await page.goto('/plan/');
    await ready(page);
    await page.getByLabel('Minutes per session (15–60)').fill('10');
    await page.getByLabel('Minutes per session (15–60)').blur();
    await expect(page.getByRole('status').filter({ hasText: 'minutes per session "10" (fewer than 15: planned as 15)' })).toBeVisible();
    await expect(page.getByLabel('Minutes per session (15–60)')).toHaveValue('15');
    await page.getByLabel('Sessions per week').selectOption('4');
    await page.getByRole('button', { name: 'Reset to the starting plan' }).click();
    await ready(page);
    await expect(page.getByLabel('Sessions per week')).toHaveValue('2');
    await expect(page.getByLabel('Minutes per session (15–60)')).toHaveValue('30');
    await expect(page).toHaveURL(/s=2&m=30&/);
  });

  test('saved state with a bad field keeps the other fields and names the bad one', async ({ page }) => {
    await page.addInitScript(() => localStorage.setItem('ss-plan', '{"v":1,"input":{"sessions":"lots","minutes":45}}'));
    await page.goto('/plan/');
    await ready(page);
    await expect(page.getByRole('status').filter({ hasText: 'saved sessions per week "lots"' })).toBeVisible();
    await expect(page.getByLabel('Sessions per week')).toHaveValue('2');
    await expect(page.getByLabel('Minutes per session (15–60)')).toHaveValue('45');
  });

  test('blocked storage still plans and says it cannot remember', async ({ page }) => {
    await page.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', { get() { throw new Error('blocked'); } });
    });
    await page.goto('/plan/');
    await ready(page);
    await expect(page.getByRole('status').filter({ hasText: 'will not be remembered on this device' })).toBeVisible();
    await page.getByLabel('Sessions per week').selectOption('3');
    await expect(sessions(page)).toHaveCount(3);
  });

  test('a race date counts down and counts the block back from the race', async ({ page }) => {
    await page.clock.setFixedTime(new Date('2026-12-09T10:00:00'));
    await page.goto('/plan/?s=2&m=45&eq=barbell,plate,dumbbell&ph=base&xp=experienced&wk=r-h-e-h-r-e-l&pl=hard&rd=2027-03-14');
    await ready(page);
    await expect(planRegion(page).getByText('Race in 13 weeks and 4 days: Sunday 14 March 2027.')).toBeVisible();
    await planRegion(page).getByText('The whole block: 14 weeks').click();
    const block = planRegion(page).getByRole('table', { name: 'The block, week by week' });
    await expect(block.getByRole('row')).toHaveCount(15);
    await expect(block.getByRole('row').last()).toContainText('Race week');
    await expect(block.getByRole('row').nth(10)).toContainText('In-season');
    await openForm(page);

    await page.getByLabel('Race date').fill('2026-12-20');
    await expect(planRegion(page).getByText('Race in 1 week and 4 days: Sunday 20 December 2026.')).toBeVisible();
  });

  test('the first screen is dated without downloading the engine or the exercise list', async ({ page }) => {
    await page.clock.setFixedTime(new Date('2026-12-09T10:00:00'));
    const engine: string[] = [];
    page.on('request', (request) => {
      if (/\/_astro\/(engine|block)\.|\/plan\/catalogue\.\w+\.json$/.test(request.url())) engine.push(request.url());
    });
    await page.goto('/plan/');
    await ready(page);
    const week = planRegion(page).getByRole('table', { name: 'This week: runs and strength sessions' });
    await expect(week.getByRole('rowheader', { name: 'Wednesday 9' })).toBeVisible();
    await planRegion(page).getByText('The whole block: 12 weeks').click();
    await expect(planRegion(page).getByRole('table', { name: 'The block, week by week' }).getByRole('rowheader', { name: /^Week 2/ })).toContainText('from 14 December 2026');
    expect(engine).toEqual([]);
    // Both come once the reader turns to the form.
    await page.getByLabel('Sessions per week').focus();
    await expect.poll(() => engine.some((url) => url.includes('/_astro/')) && engine.some((url) => url.includes('/plan/catalogue.'))).toBe(true);
  });

  test('when the exercise list cannot load, the plan shown stays, a change is undone with a notice, and the next change tries again', async ({ page }) => {
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.route(CATALOGUE, (route) => route.abort('internetdisconnected'));
    await page.goto('/plan/');
    await ready(page);
    const plan = await planText(page);

    await page.getByLabel('Sessions per week').selectOption('3');
    const notice = page.getByRole('status').filter({ hasText: 'The plan cannot change right now' });
    await expect(notice).toHaveText('The plan cannot change right now: the list of exercises the plan is built from did not load (the site could not be reached). The plan shown stays as it is.');
    await expect(page.getByLabel('Sessions per week')).toHaveValue('2');
    await expect(page).toHaveURL(/[?&]s=2(&|$)/);
    expect(await planText(page)).toBe(plan);

    await page.unroute(CATALOGUE);
    await page.getByLabel('Sessions per week').selectOption('3');
    await expect(sessions(page)).toHaveCount(3);
    await expect(notice).toHaveCount(0);
    expect(errors).toEqual([]);
  });

  test('a saved plan or a plan link that cannot be drawn leaves the starting plan and says so, and the saved plan is kept', async ({ page }) => {
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto('/plan/');
    await ready(page);
    await page.getByLabel('Sessions per week').selectOption('4');
    await expect(sessions(page)).toHaveCount(4);
    await ready(page);

    await page.route(CATALOGUE, (route) => route.fulfill({ status: 503, body: 'Service Unavailable' }));
    await page.reload();
    const notice = page.getByRole('status').filter({ hasText: 'This is the starting plan' });
    await expect(notice).toHaveText(/^This is the starting plan: your saved plan could not be drawn, because the list of exercises the plan is built from did not load \(\/plan\/catalogue\.\w+\.json answered 503\)\. Your saved plan is kept\. Reload the page to try again\.$/);
    await expect(sessions(page)).toHaveCount(2);
    await expect(page.getByRole('button', { name: 'Edit your week and goals' })).toBeDisabled();
    await expect(page.getByRole('button', { name: 'Print' })).toBeEnabled();

    await page.goto('/plan/?s=3&m=30&eq=bodyweight&ph=base&xp=new&wk=r-h-e-h-r-e-l&pl=hard');
    await expect(notice).toContainText('the plan from your link could not be drawn');
    await expect(sessions(page)).toHaveCount(2);
    // The address keeps the link, so a reload tries it again.
    await expect(page).toHaveURL(/[?&]s=3&/);

    await page.unroute(CATALOGUE);
    await page.goto('/plan/');
    await ready(page);
    await expect(sessions(page)).toHaveCount(4);
    await expect(notice).toHaveCount(0);
    expect(errors).toEqual([]);
  });

  test('a start date: a block begun earlier opens on the week the runner is in', async ({ page }) => {
    await page.clock.setFixedTime(new Date('2026-12-09T10:00:00'));
    await page.goto('/plan/?s=2&m=30&eq=dumbbell,band&ph=base&xp=returning&wk=r-h-e-h-r-e-l&pl=hard&sd=2026-11-16');
    await ready(page);
    await openForm(page);
    await expect(page.getByLabel('Block starts')).toHaveValue('2026-11-16');
    await expect(planRegion(page).getByRole('heading', { name: /^This week: week 4 of 12/ })).toBeVisible();

    await page.getByLabel('Block starts').fill('2027-01-06');
    await expect(planRegion(page).getByRole('heading', { name: /^Week 1 of 12, starting Monday 4 January 2027/ })).toBeVisible();
    await expect(page).toHaveURL(/sd=2027-01-06/);
  });

  test('two runs a day: the week shows both and the card says when to lift', async ({ page }) => {
    await page.goto('/plan/?s=2&m=30&eq=dumbbell,band&ph=base&xp=returning&wk=r-h-e-h-e-r-l&pl=hard');
    await ready(page);
    await openForm(page);
    await page.getByText('Second runs and run times (optional)').click();
    await page.getByLabel('Wednesday', { exact: true }).selectOption('e');
    await page.getByLabel('Second run on Wednesday', { exact: true }).selectOption('e');
    await page.getByLabel('First run at on Wednesday').fill('07:00');
    await page.getByLabel('Second run at on Wednesday').fill('18:00');
    await page.getByLabel('First run at on Tuesday').fill('06:30');
    await expect(page).toHaveURL(/wk=r-h0630-e0700\.e1800-h-e-r-l/);
    await ready(page);
    await expect(planRegion(page).getByRole('table', { name: 'This week: runs and strength sessions' })).toContainText('Easy run + Easy run');
    const tuesday = sessions(page).filter({ has: page.getByRole('heading', { name: /^Tuesday:/ }) });
    await expect(tuesday).toContainText('Lift straight after your run at 06:30, or after 12:30 to leave 6 hours.');
  });

  test('print gives one page per session with the week on top and columns for each set', async ({ page }) => {
    await page.goto('/plan/?s=3&m=30&eq=dumbbell,band&ph=base&xp=returning&wk=r-h-e-h-r-e-l&pl=hard');
    await ready(page);
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
    await expect(page.getByLabel('Sessions per week')).toBeHidden();
    const pages = page.locator('.print-session');
    await expect(pages).toHaveCount(3);
    await expect(pages.first().getByRole('table', { name: 'Where this session sits in the week' })).toBeVisible();
    await expect(pages.first().getByRole('columnheader', { name: 'Set 1' })).toBeVisible();
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)).toHaveLength(3);
  });

  test('the calendar download parses and holds one event per session of the block', async ({ page }) => {
    await page.clock.setFixedTime(new Date('2026-12-07T08:00:00'));
    await page.goto('/plan/?s=3&m=30&eq=dumbbell&ph=base&xp=new&wk=r-h-e-h-r-e-l&pl=hard');
    await ready(page);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download calendar (.ics)' }).click()]);
    expect(download.suggestedFilename()).toBe('strongstride-plan.ics');
    let text = '';
    for await (const chunk of await download.createReadStream()) text += chunk;
    // Unfold continuation lines (RFC 5545 §3.1), then read the calendar's structure.
    const lines = text.replace(/\r\n[ \t]/g, '').split(/\r\n/).filter(Boolean);
    expect(lines[0]).toBe('BEGIN:VCALENDAR');
    expect(lines.at(-1)).toBe('END:VCALENDAR');
    expect(lines.filter((l) => l === 'BEGIN:VEVENT')).toHaveLength(3 * 12);
    expect(lines.filter((l) => l.startsWith('DTSTART')).at(0)).toMatch(/20261207T180000|20261208T180000/);
    await expect(page.getByRole('status').filter({ hasText: 'Calendar file downloaded' })).toBeVisible();
  });

  for (const theme of ['light', 'dark'] as const) {
    test(`has no axe violations in the ${theme} theme`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: theme });
      await page.setViewportSize({ width: 390, height: 844 });
      await page.goto('/plan/?s=3&m=30&eq=dumbbell,band&ph=base&xp=returning&wk=r-h-e0700.e1800-h-r-e-l&pl=hard&rd=2027-03-14');
      await ready(page);
      await openForm(page);
      await page.getByText('Second runs and run times (optional)').click();
      await planRegion(page).getByText(/The whole block/).click();
      const results = await new AxeBuilder({ page }).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    });
  }

  test('without JavaScript the sample plan is there and the controls are disabled', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/plan/');
    await expect(sessions(page)).toHaveCount(2);
    await expect(page.getByLabel('Sessions per week')).toBeDisabled();
    await expect(page.getByRole('button', { name: 'Copy link for your athlete' })).toBeDisabled();
    await expect(planRegion(page).getByRole('link', { name: 'Goblet squat' }).first()).toHaveAttribute('href', '/exercises/goblet-squat/');
    // The printed sessions are in the HTML too, so printing works without JavaScript.
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.print-session')).toHaveCount(2);
    await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
    await context.close();
  });
});
