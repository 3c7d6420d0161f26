// The plan page on a phone (390×844): the plan first once the runner has one, the form folded into
// a summary behind Edit, a session timer on each card, and every control big enough for a thumb.
import { expect, test, type Page } from '@playwright/test';
import { axeViolations } from '../helpers/page-health';

const LINK = '/plan/?s=3&m=30&eq=dumbbell,band&ph=base&xp=returning&wk=r-h-e-h-r-e-l&pl=hard';

const planRegion = (page: Page) => page.getByRole('region', { name: 'Your plan' });
const sessions = (page: Page) => planRegion(page).getByRole('article');
const edit = (page: Page) => page.getByRole('button', { name: 'Edit your week and goals' });
const summary = (page: Page) => page.locator('[data-week-summary]');
/** The island marks the plan region ready once the plan it shows matches the form. */
const ready = (page: Page) => expect(planRegion(page)).toHaveAttribute('data-state', 'ready');

/** Errors the page logged or threw during the test: there must be none. */
let errors: string[] = [];

test.use({ viewport: { width: 390, height: 844 } });

test.beforeEach(({ page }) => {
  errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
});

test.afterEach(() => {
  expect(errors).toEqual([]);
});

/** The plan reads first: the first session's title whole within the first screen, the form folded away. */
async function expectPlanFirst(page: Page) {
  await ready(page);
  await expect(sessions(page).first().getByRole('heading', { level: 3 })).toBeInViewport({ ratio: 1 });
  await expect(edit(page)).toHaveAttribute('aria-expanded', 'false');
  await expect(page.getByLabel('Sessions per week')).toBeHidden();
}

test('a first visit shows the explanation and the form first', async ({ page }) => {
  await page.goto('/plan/');
  await ready(page);
  await expect(page.getByText('Set out your running week, how often and how long you can lift')).toBeInViewport();
  await expect(page.getByRole('heading', { name: 'Your running and your goals' })).toBeInViewport();
  await expect(page.getByLabel('Monday', { exact: true })).toBeEnabled();
  await expect(edit(page)).toBeHidden();
});

test('a saved plan opens plan first, with the week summed up in one line', async ({ page }) => {
  await page.goto('/plan/');
  await ready(page);
  await page.getByLabel('Sessions per week').selectOption('3');
  await ready(page);

  await page.goto('/plan/');
  await expectPlanFirst(page);
  await expect(sessions(page)).toHaveCount(3);
  await expect(summary(page)).toHaveText('5 runs: Tue hard run, Thu hard run, Sun long run · 3 strength sessions × 30 min');
  await expect(page.getByText('Set out your running week')).toBeHidden();
});

test('a plan link opens plan first, and the linked-plan bar keeps the summary true', async ({ page }) => {
  await page.goto(LINK);
  await expectPlanFirst(page);
  await expect(summary(page)).toContainText('3 strength sessions × 30 min');

  // With a saved plan of their own, the reader sees the linked one first and can go back to theirs.
  await edit(page).click();
  await page.getByLabel('Sessions per week').selectOption('1');
  await ready(page);
  await page.goto('/plan/?s=2&m=45&eq=bodyweight&ph=marathon&xp=new&wk=r-h-e-h-r-e-l&pl=hard');
  await expectPlanFirst(page);
  await expect(page.getByText('A plan from a link: your own saved plan is kept.')).toBeVisible();
  await expect(summary(page)).toContainText('2 strength sessions × 45 min');
  await page.getByRole('button', { name: 'Back to my plan' }).click();
  await ready(page);
  await expect(summary(page)).toContainText('1 strength session × 30 min');
  await expect(sessions(page)).toHaveCount(1);
});

test('Edit opens the form under the summary with focus on it, and Show the plan folds it again', async ({ page }) => {
  await page.goto(LINK);
  await expectPlanFirst(page);
  const before = (await edit(page).boundingBox())!;
  await edit(page).focus();
  await page.keyboard.press('Enter');
  await expect(edit(page)).toHaveAttribute('aria-expanded', 'true');
  await expect(page.getByLabel('Monday', { exact: true })).toBeFocused();
  await expect(page.getByLabel('Sessions per week')).toHaveValue('3');
  // The form opens below the control pressed: the reader's place does not move.
  expect((await edit(page).boundingBox())!.y).toBe(before.y);

  await page.getByLabel('Sessions per week').selectOption('2');
  await ready(page);
  await expect(summary(page)).toContainText('2 strength sessions');
  await page.getByRole('button', { name: 'Show the plan' }).click();
  await expect(page.getByRole('heading', { name: 'Your plan' })).toBeFocused();
  await expect(page.getByLabel('Sessions per week')).toBeHidden();
  await expect(edit(page)).toHaveAttribute('aria-expanded', 'false');
  await expect(sessions(page).first().getByRole('heading', { level: 3 })).toBeInViewport();

  // Edit again, then Edit once more closes it and keeps focus where it was.
  await edit(page).click();
  await expect(page.getByLabel('Sessions per week')).toBeVisible();
  await edit(page).click();
  await expect(page.getByLabel('Sessions per week')).toBeHidden();
  await expect(edit(page)).toBeFocused();
});

test("a card's Start session runs the timer for that session, loading its code only then", async ({ page }) => {
  const timerCode: string[] = [];
  page.on('request', (request) => /\/_astro\/(routine-timer|session-timer)\./.test(request.url()) && timerCode.push(request.url()));
  await page.clock.install();
  await page.goto(LINK);
  await ready(page);
  expect(timerCode).toEqual([]);

  const card = sessions(page).nth(1);
  const first = card.locator('li[data-exercise]').first();
  const name = (await first.getByRole('link').first().textContent())!;
  await expect(first).toContainText('rest about 75 s (our estimate)');
  const sets = /(\d+) × /.exec((await first.textContent())!)![1];
  await card.getByRole('button', { name: /^Start session/ }).click();

  const timer = card.getByRole('region', { name: 'Session timer' });
  await expect(timer.locator('[data-phase]')).toHaveText('Work');
  await expect(timer.locator('[data-title]')).toHaveText(name);
  await expect(timer.getByRole('button', { name: 'Done', exact: true })).toBeFocused();
  await expect(timer).toContainText('The rests are the ones on the card');
  expect(timerCode.length).toBeGreaterThan(0);

  // Done starts the card's rest; when it runs out, the next set of the same exercise follows.
  await timer.getByRole('button', { name: 'Done', exact: true }).click();
  await expect(timer.locator('[data-phase]')).toHaveText('Rest');
  await expect(timer.getByRole('timer')).toHaveText('1:15');
  await page.clock.runFor(76_000);
  await expect(timer.locator('[data-phase]')).toHaveText('Work');
  await expect(timer.locator('[data-count]')).toHaveText(`Set 2 of ${sets}`);
  await expect(timer.locator('[data-title]')).toHaveText(name);

  // Another card's Start takes the timer there, starting that session from its first exercise.
  const other = sessions(page).first();
  const otherName = (await other.locator('li[data-exercise]').first().getByRole('link').first().textContent())!;
  await other.getByRole('button', { name: /^Start session/ }).click();
  const moved = other.getByRole('region', { name: 'Session timer' });
  await expect(moved.locator('[data-title]')).toHaveText(otherName);
  await expect(moved.locator('[data-count]')).toHaveText(/^Set 1 of \d$/);
  await expect(card.getByRole('region', { name: 'Session timer' })).toHaveCount(0);
});

test('after a reload, Start session picks the session up where the runner left it', async ({ page }) => {
  await page.clock.install();
  await page.goto(LINK);
  await ready(page);
  const card = sessions(page).first();
  await card.getByRole('button', { name: /^Start session/ }).click();
  const timer = card.getByRole('region', { name: 'Session timer' });
  await timer.getByRole('button', { name: 'Done', exact: true }).click();
  await expect(timer.locator('[data-phase]')).toHaveText('Rest');
  const count = (await timer.locator('[data-count]').textContent())!;

  await page.reload();
  await ready(page);
  await expect(page.getByRole('region', { name: 'Session timer' })).toBeHidden();
  await card.getByRole('button', { name: /^Start session/ }).click();
  await expect(timer.locator('[data-phase]')).toHaveText('Rest');
  await expect(timer.locator('[data-count]')).toHaveText(count);
  await expect(timer.getByRole('button', { name: 'Pause', exact: true })).toBeFocused();
});

test('every plan control is at least 44 px', async ({ page }) => {
  await page.goto('/plan/?s=3&m=30&eq=dumbbell,band&ph=base&xp=returning&wk=r-h-e0700.e1800-h-r-e-l&pl=hard&rd=2027-03-14');
  await expectPlanFirst(page);
  await edit(page).click();
  await page.getByText('Second runs and run times (optional)').click();
  await planRegion(page).getByText(/The whole block/).click();
  const island = page.locator('ss-plan-builder');
  // Buttons, fields and disclosures; a checkbox or radio counts with its label, as it is tapped.
  const controls = island.locator('button:visible, select:visible, input:visible:not([type=checkbox]):not([type=radio]), summary:visible, label:has(input[type=checkbox], input[type=radio]), [data-plan] article a');
  await expect(controls.first()).toBeVisible();
  const small: string[] = [];
  for (const control of await controls.all()) {
    const box = (await control.boundingBox())!;
    if (box.height < 44 || box.width < 44) small.push(`${(await control.textContent())?.trim().slice(0, 40) || (await control.getAttribute('name'))}: ${Math.round(box.width)}×${Math.round(box.height)}`);
  }
  expect(small).toEqual([]);
});

for (const theme of ['light', 'dark'] as const) {
  test(`plan first and a running session timer have no axe violations in the ${theme} theme`, async ({ page }) => {
    test.slow(); // three axe passes over a long page
    await page.emulateMedia({ colorScheme: theme });
    await page.goto(LINK);
    await expectPlanFirst(page);
    expect(await axeViolations(page)).toEqual([]);
    const card = sessions(page).first();
    await card.getByRole('button', { name: /^Start session/ }).click();
    const timer = card.getByRole('region', { name: 'Session timer' });
    await expect(timer.locator('[data-phase]')).toHaveText('Work');
    expect(await axeViolations(page)).toEqual([]);
    await timer.getByRole('button', { name: 'Done', exact: true }).click();
    await expect(timer.locator('[data-phase]')).toHaveText('Rest');
    expect(await axeViolations(page)).toEqual([]);
  });
}
