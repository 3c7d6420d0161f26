// The routine timer as a runner uses it on a phone (390×844): on every routine, with the phone's
// sound, vibration and wake lock replaced by recorders (page.addInitScript) so the cues can be
// counted, and Playwright's clock driving the countdown.
import { expect, test, type Locator, type Page } from '@playwright/test';
import { axeViolations } from '../helpers/page-health';
import { readCollection } from '../helpers/content-files';

declare global {
  interface Window {
    /** The pitch of every note started, in order. */
    __tones: number[];
    /** Every navigator.vibrate pattern, in order. */
    __buzzes: number[][];
    /** How many screen wake locks were asked for. */
    __locks: number;
  }
}

const CIRCUIT = '/routines/nine-move-dumbbell-circuit/';
const SETS = '/routines/bodyweight-starter/';
// The cues as src/lib/timer/cues.ts writes them: notes (Hz) and vibration patterns.
const WORK = { tones: [1320], buzz: [400] };
const COUNT = { tones: [880], buzz: [80] };
const REST = { tones: [660, 440], buzz: [200, 120, 200] };
const heard = (...cues: { tones: number[]; buzz: number[] }[]) => ({ tones: cues.flatMap((c) => c.tones), buzzes: cues.map((c) => c.buzz) });

test.use({ viewport: { width: 390, height: 844 } });

/** Errors the page logged or threw during the test: there must be none. */
let errors: string[] = [];

test.beforeEach(async ({ page }) => {
  errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  await page.addInitScript(() => {
    window.__tones = [];
    window.__buzzes = [];
    window.__locks = 0;
    const param = () => ({ value: 0, setValueAtTime() {}, linearRampToValueAtTime() {} });
    const node = () => ({ connect: (next: unknown) => next });
    class RecordingAudioContext {
      state = 'running';
      currentTime = 0;
      destination = node();
      createOscillator() {
        const frequency = param();
        return { ...node(), type: 'sine', frequency, start: () => window.__tones.push(frequency.value), stop() {} };
      }
      createGain() {
        return { ...node(), gain: param() };
      }
      resume() {
        return Promise.resolve();
      }
    }
    Object.assign(window, { AudioContext: RecordingAudioContext });
    Object.defineProperty(navigator, 'vibrate', { configurable: true, value: (pattern: number[]) => (window.__buzzes.push(pattern), true) });
    Object.defineProperty(navigator, 'wakeLock', {
      configurable: true,
      value: { request: () => (window.__locks++, Promise.resolve({ release: () => Promise.resolve() })) },
    });
  });
  await page.clock.install();
});

test.afterEach(() => {
  expect(errors).toEqual([]);
});

const timerOf = (page: Page) => page.getByRole('region', { name: 'Routine timer' });
const button = (timer: Locator, name: string) => timer.getByRole('button', { name, exact: true });
const cues = (page: Page) => page.evaluate(() => ({ tones: window.__tones, buzzes: window.__buzzes }));

/** Opens a routine and presses Start; resolves once the first interval is under way. */
async function start(page: Page, path: string) {
  await page.goto(path);
  const timer = timerOf(page);
  await button(timer, 'Start').click();
  await expect(timer.locator('[data-phase]')).toHaveText('Work');
  return timer;
}

test('every routine has the timer, its Start button in the first screen', async ({ page }) => {
  const routines = readCollection('routines');
  expect(routines.length).toBeGreaterThanOrEqual(6);
  for (const { slug } of routines) {
    await page.goto(`/routines/${slug}/`);
    const startButton = button(timerOf(page), 'Start');
    await expect(startButton, slug).toBeEnabled();
    await expect(startButton, slug).toBeInViewport({ ratio: 1 });
  }
});

test('loads the timer code only when Start is pressed', async ({ page }) => {
  const loaded: string[] = [];
  page.on('request', (request) => {
    if (/routine-timer\.[\w-]+\.js$/.test(request.url())) loaded.push(request.url());
  });
  await page.goto(CIRCUIT);
  await expect(button(timerOf(page), 'Start')).toBeEnabled();
  expect(loaded).toEqual([]);
  await start(page, CIRCUIT);
  expect(loaded).toHaveLength(1);
});

test('tones and vibration mark Start, the 3-2-1 before each change, and each change of phase', async ({ page }) => {
  const timer = await start(page, CIRCUIT);
  await expect.poll(() => cues(page)).toEqual(heard(WORK));
  await page.clock.runFor(40_500);
  await expect(timer.locator('[data-phase]')).toHaveText('Rest');
  await expect.poll(() => cues(page)).toEqual(heard(WORK, COUNT, COUNT, COUNT, REST));
  await page.clock.runFor(20_000);
  await expect(timer.locator('[data-phase]')).toHaveText('Work');
  await expect.poll(() => cues(page)).toEqual(heard(WORK, COUNT, COUNT, COUNT, REST, COUNT, COUNT, COUNT, WORK));
});

test('a sets-and-reps routine times the rest between sets, with the same cues', async ({ page }) => {
  const timer = await start(page, SETS);
  await expect(timer.getByText('8–12 reps', { exact: true })).toBeVisible();
  await expect(timer.getByRole('timer')).toBeHidden();
  await button(timer, 'Done').click();
  await expect(timer.locator('[data-phase]')).toHaveText('Rest');
  await expect(timer.getByRole('timer')).toHaveText('1:15');
  await expect(timer.getByText('Set 2 of up to 3', { exact: true })).toBeVisible();
  await page.clock.runFor(75_500);
  await expect(timer.locator('[data-phase]')).toHaveText('Work');
  await expect.poll(() => cues(page)).toEqual(heard(WORK, REST, COUNT, COUNT, COUNT, WORK));
});

test('Mute silences tones and vibration, and stays muted on the next visit', async ({ page }) => {
  await page.goto(CIRCUIT);
  const timer = timerOf(page);
  await button(timer, 'Mute').click();
  await expect(button(timer, 'Mute')).toHaveAttribute('aria-pressed', 'true');
  await button(timer, 'Start').click();
  await expect(timer.locator('[data-phase]')).toHaveText('Work');
  await page.clock.runFor(61_000);
  await expect(timer.locator('[data-phase]')).toHaveText('Work');
  expect(await cues(page)).toEqual({ tones: [], buzzes: [] });

  // Another routine: the switch shows muted before the timer's code has even loaded, and stays silent.
  await page.goto(SETS);
  const next = timerOf(page);
  await expect(button(next, 'Mute')).toHaveAttribute('aria-pressed', 'true');
  await button(next, 'Start').click();
  await expect(next.locator('[data-phase]')).toHaveText('Work');
  await button(next, 'Done').click();
  await page.clock.runFor(76_000);
  await expect(next.locator('[data-phase]')).toHaveText('Work');
  expect(await cues(page)).toEqual({ tones: [], buzzes: [] });

  await button(next, 'Mute').click();
  await expect(button(next, 'Mute')).toHaveAttribute('aria-pressed', 'false');
  await button(next, 'Done').click();
  await expect.poll(() => cues(page)).toEqual(heard(REST));
});

test('a reload mid-workout picks up where it was, paused, and carries on from there', async ({ page }) => {
  const timer = await start(page, CIRCUIT);
  await page.clock.runFor(70_000);
  await expect(timer.getByRole('link', { name: 'Single-leg Romanian deadlift' })).toBeVisible();
  await page.reload();
  const again = timerOf(page);
  await expect(again.getByRole('status').filter({ hasText: 'Picked up where you left off' })).toBeVisible();
  await expect(again.locator('[data-phase]')).toHaveText('Work');
  await expect(again.getByText('Paused', { exact: true })).toBeVisible();
  await expect(again.getByRole('link', { name: 'Single-leg Romanian deadlift' })).toBeVisible();
  await expect(again.getByRole('timer')).toHaveText('0:30');
  await button(again, 'Resume').click();
  await page.clock.runFor(30_500);
  await expect(again.locator('[data-phase]')).toHaveText('Rest');
});

test('a saved place that cannot be read gives a notice and a clean start', async ({ page }) => {
  await page.addInitScript((key) => sessionStorage.setItem(key, '{"v":1,"plan":'), `ss-timer:${CIRCUIT}`);
  await page.goto(CIRCUIT);
  const timer = timerOf(page);
  await expect(timer.getByRole('status').filter({ hasText: 'could not be read, so the timer starts from the beginning' })).toBeVisible();
  await expect(timer.locator('[data-phase]')).toHaveText('Ready');
  await expect(button(timer, 'Start')).toBeEnabled();
});

test('Back and Skip on a circuit do what the help text says', async ({ page }) => {
  const timer = await start(page, CIRCUIT);
  const help = timer.getByText(/Skip ends the current interval now\. Back restarts the exercise you are on, or during a rest the one you just did; press it again within 3 seconds to go to the one before\./);
  await expect(help).toBeVisible();
  const title = timer.locator('[data-title]');
  const phase = timer.locator('[data-phase]');
  const clock = timer.getByRole('timer');

  // Skip ends the current interval now: work → its rest → the next exercise.
  await page.clock.runFor(10_000);
  await button(timer, 'Skip').click();
  await expect(phase).toHaveText('Rest');
  await expect(clock).toHaveText('0:20');
  await button(timer, 'Skip').click();
  await expect(phase).toHaveText('Work');
  await expect(title).toHaveText('Single-leg Romanian deadlift');

  // Back restarts the exercise you are on…
  await page.clock.runFor(10_000);
  await button(timer, 'Back').click();
  await expect(title).toHaveText('Single-leg Romanian deadlift');
  await expect(clock).toHaveText('0:40');
  // …and pressed again within 3 seconds goes to the one before.
  await button(timer, 'Back').click();
  await expect(title).toHaveText('Front squat');
  await expect(clock).toHaveText('0:40');

  // During a rest, Back restarts the one you just did.
  await page.clock.runFor(41_000);
  await expect(phase).toHaveText('Rest');
  await button(timer, 'Back').click();
  await expect(phase).toHaveText('Work');
  await expect(title).toHaveText('Front squat');
});

test('Done, Skip and Back on a sets routine do what the help text says', async ({ page }) => {
  const timer = await start(page, SETS);
  await expect(
    timer.getByText(/Done ends a set and starts the rest\. Skip ends a countdown now, or passes over a set and its rest\. Back restarts the set you are on, or during a rest the one you just did/),
  ).toBeVisible();
  const phase = timer.locator('[data-phase]');
  const count = timer.getByText(/^Set \d of up to 3$/);

  await button(timer, 'Done').click();
  await expect(phase).toHaveText('Rest');
  // Skip ends a countdown now.
  await button(timer, 'Skip').click();
  await expect(phase).toHaveText('Work');
  await expect(count).toHaveText('Set 2 of up to 3');
  // Skip passes over a set and its rest.
  await button(timer, 'Skip').click();
  await expect(phase).toHaveText('Work');
  await expect(count).toHaveText('Set 3 of up to 3');
  // Done, then Back during the rest restarts the set just done.
  await button(timer, 'Done').click();
  await expect(phase).toHaveText('Rest');
  await button(timer, 'Back').click();
  await expect(phase).toHaveText('Work');
  await expect(count).toHaveText('Set 3 of up to 3');
  await expect(timer.locator('[data-title]')).toHaveText('Bodyweight squat');
});

test('names the side on one-sided moves', async ({ page }) => {
  let timer = await start(page, CIRCUIT);
  await page.clock.runFor(45_000);
  await expect(timer.getByText('Left leg', { exact: true })).toBeVisible();

  timer = await start(page, '/routines/marathon-block-maintenance/');
  for (let i = 0; i < 5 * 2; i++) await button(timer, 'Skip').click();
  await expect(timer.locator('[data-title]')).toHaveText('Side plank');
  await expect(timer.getByText('Left side', { exact: true })).toBeVisible();
  await page.clock.runFor(30_500);
  await expect(timer.getByText('Right side', { exact: true })).toBeVisible();
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`work and rest fill the screen in colours of their own and say so in words, accessibly (${colorScheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    const timer = await start(page, CIRCUIT);
    const panel = timer;
    const fill = () => panel.evaluate((el) => getComputedStyle(el).backgroundColor);
    await expect(timer.locator('[data-phase]')).toHaveText('Work');
    await expect(panel).toBeInViewport({ ratio: 0.95 });
    expect((await panel.boundingBox())!.height).toBeGreaterThanOrEqual(844);
    const work = await fill();
    expect(await axeViolations(page)).toEqual([]);

    await page.clock.runFor(40_500);
    await expect(timer.locator('[data-phase]')).toHaveText('Rest');
    const rest = await fill();
    expect(await axeViolations(page)).toEqual([]);
    const page_ = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(new Set([work, rest, page_]).size).toBe(3);
  });
}

test('with reduced motion the countdown stands alone, without a moving bar', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  const timer = await start(page, CIRCUIT);
  const bar = timer.locator('[data-bar]').locator('..');
  await expect(timer.getByRole('timer')).toBeVisible();
  await expect(bar).toBeHidden();
  await page.emulateMedia({ reducedMotion: 'no-preference' });
  await expect(bar).toBeVisible();
});

test('runs from the keyboard alone, with every control at least 44 px', async ({ page }) => {
  await page.goto(CIRCUIT);
  const timer = timerOf(page);
  await button(timer, 'Start').focus();
  await page.keyboard.press('Enter');
  await expect(timer.locator('[data-phase]')).toHaveText('Work');
  await expect(button(timer, 'Pause')).toBeFocused();
  await page.keyboard.press('Space');
  await expect(button(timer, 'Resume')).toBeVisible();
  await page.keyboard.press('Shift+Tab');
  await expect(button(timer, 'Back')).toBeFocused();
  for (const control of await timer.locator('button, a').all()) {
    const box = (await control.boundingBox())!;
    expect(Math.min(box.width, box.height), (await control.textContent()) ?? '').toBeGreaterThanOrEqual(44);
  }
});

test('tells a screen reader each change, and keeps the screen awake while it runs', async ({ page }) => {
  const timer = await start(page, CIRCUIT);
  const live = timer.locator('[aria-live="polite"]');
  await expect(live).toHaveText('Front squat, 40 seconds. Round 1 of 2.');
  await page.clock.runFor(40_500);
  await expect(live).toHaveText('Rest, 20 seconds. Next: Single-leg Romanian deadlift, left leg, round 1 of 2.');
  expect(await page.evaluate(() => window.__locks)).toBe(1);
});
