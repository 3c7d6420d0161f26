import { expect, test, type BrowserContext, type Page } from '@playwright/test';

// Offline use (issue 6): after one visit to the home page, pages the reader never opened, the
// routines, the plan builder and search all work with the network off. One reader makes that one
// visit (it saves the whole library, so it grows with it) and then, offline, tries each of them
// in a new tab; the checks run in order and a failure stops the rest.
test.describe.configure({ mode: 'serial', timeout: 120_000 });

const offlineStatus = (page: Page) => page.getByRole('contentinfo').getByRole('status');

let context: BrowserContext;
let home: Page;

/**
 * Opens the home page once, waits until the service worker is active (it only activates after
 * saving every file), then cuts the network.
 */
test.beforeAll(async ({ browser }) => {
  // The first visit downloads the whole site in the background; allow for a busy machine.
  test.setTimeout(180_000);
  context = await browser.newContext({ serviceWorkers: 'allow' });
  home = await context.newPage();
  await home.goto('/');
  await expect(offlineStatus(home)).toHaveText('Saved for offline use.', { timeout: 150_000 });
  // `ready` resolves while the worker may still be "activating"; wait for it to finish.
  await expect
    .poll(() => home.evaluate(async () => (await navigator.serviceWorker.ready).active?.state), { timeout: 30_000 })
    .toBe('activated');
  await context.setOffline(true);
});

test.afterAll(async () => {
  await context?.close();
});

/** A new tab, and the requests that fail in it (so a test can show nothing it needed was missing). */
async function newTab(): Promise<{ page: Page; failed: string[] }> {
  const page = await context.newPage();
  const failed: string[] = [];
  page.on('requestfailed', (request) => failed.push(`${request.url()} ${request.failure()?.errorText}`));
  page.on('console', (message) => message.type() === 'error' && failed.push(`console: ${message.text()}`));
  return { page, failed };
}

/** Opens a page with the network off and checks the service worker answered. */
async function openOffline(page: Page, path: string) {
  const response = await page.goto(path);
  expect(response?.status()).toBe(200);
  expect(response?.fromServiceWorker()).toBe(true);
}

test.describe('offline use', () => {
  test('the open page says the reader is offline', async () => {
    await expect(offlineStatus(home)).toHaveText('You’re offline — showing saved pages.');
  });

  test('an exercise page never opened before works offline, and says so', async () => {
    const { page, failed } = await newTab();
    await openOffline(page, '/exercises/single-leg-romanian-deadlift/');
    await expect(page.getByRole('heading', { level: 1, name: 'Single-leg Romanian deadlift' })).toBeVisible();
    await expect(page.getByRole('heading', { name: /cues/i }).first()).toBeVisible();
    await expect(offlineStatus(page)).toHaveText('You’re offline — showing saved pages.');
    expect(failed).toEqual([]);
  });

  test('an address that was never saved gets the saved “page not found” page, not a browser error', async () => {
    // Also shows the network really is off for the service worker: online, the server would answer.
    const { page } = await newTab();
    await openOffline(page, '/no-such-page/');
    await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
  });

  test('a routine works offline, its follow-along timer included', async () => {
    const { page, failed } = await newTab();
    await openOffline(page, '/routines/nine-move-dumbbell-circuit/');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    const timer = page.locator('ss-routine-timer');
    await timer.getByRole('button', { name: /start/i }).click();
    await expect(timer.locator('[data-phase]')).toHaveText(/work/i);
    expect(failed).toEqual([]);
  });

  test('the plan builder works offline, from a shared link too', async () => {
    const { page, failed } = await newTab();
    // The query string is the plan; the saved /plan/ page answers for any of them.
    await openOffline(page, '/plan/?s=3');
    await expect(page.getByLabel('Sessions per week')).toBeEnabled();
    await expect(page.getByLabel('Sessions per week')).toHaveValue('3');
    const sessions = page.getByRole('region', { name: 'Your plan' }).getByRole('article');
    await expect(sessions).toHaveCount(3);
    await page.getByLabel('Sessions per week').selectOption('2');
    await expect(sessions).toHaveCount(2);
    expect(failed).toEqual([]);
  });

  test('search finds exercises offline and opens the result', async () => {
    const { page, failed } = await newTab();
    await openOffline(page, '/search/');
    await page.getByRole('searchbox', { name: 'Search exercises and guides' }).fill('pallof');
    const first = page.getByRole('list', { name: 'Search results' }).getByRole('heading', { level: 2 }).getByRole('link').first();
    await expect(first).toHaveText('Pallof press');
    await first.click();
    await expect(page).toHaveURL(/\/exercises\/pallof-press\/$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Pallof press' })).toBeVisible();
    expect(failed).toEqual([]);
  });
});
