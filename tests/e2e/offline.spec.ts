import { expect, test, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { countingProxy, quiet } from '../../scripts/byte-proxy.mjs';
import { LIBRARY_URL, parseLibrary, type Library } from '../../src/lib/offline-files';
import { nextDeploy } from '../helpers/next-deploy';
import { axeViolations } from '../helpers/page-health';

// Offline by choice (issue 16). One reader, in one browser, through a proxy that counts the bytes
// the server sends: a first visit saves only the shell; pages opened are kept; offline, what is not
// saved gets the offline page; "Save everything for the gym" then makes the pages and search work
// offline (the save is of a fixed part of the library: see journeyLibrary()). The steps run in order on the one visit and a failure stops the rest. Save-Data, a
// broken deploy, an update and a search tab left open across a deploy each get a browser of their own.
test.describe.configure({ timeout: 60_000 });

/**
 * The pages the journey below opens, online or offline (the results of its search aside), as it
 * opens them (a plan link loads the plan's catalogue file), and the two the worker answers with
 * offline: the offline page and the 404 page.
 */
const JOURNEY_PAGES = [
  '/',
  '/offline/',
  '/404.html',
  '/exercises/plank/',
  '/search/',
  '/plan/?s=3',
  '/exercises/single-leg-romanian-deadlift/',
  '/routines/nine-move-dumbbell-circuit/',
];
/** What the journey searches for offline. */
const QUERY = 'pallof';

/**
 * The library the journey saves: the build's own list (/offline/library.json, entries as it gives
 * them: address, bytes and revision) cut down to what the journey uses, so that the save takes as
 * long with 1,100 exercises as with 100 (the whole list is 3,785 files, 77 MB at 1,100; the save
 * itself does not depend on the list's length). Kept: the pages above and the results of the
 * search; every file those pages fetch, figure files included, learnt by opening them online in a
 * browser without the service worker; every file in /_astro/ (19 files, about 200 KB at either
 * size), so the code pages load only when used (the routine's timer, the plan's calendar) is there
 * too; and the search engine, its entry file and metadata, and the index chunks and result
 * fragments that search fetched online for the same words (their names are hashes of their
 * content, so this is the honest way to learn them). Left out: every other page, figure file,
 * index chunk and fragment. That the real list holds every page, all they load and the whole index
 * is held by the unit tests of libraryList() (tests/unit/service-worker.test.ts), without a browser.
 * The list keeps the build's version, as the real one would: after the save the worker counts the
 * library as saved, so offline the 404 page answers for an address the site does not have.
 */
async function journeyLibrary(browser: Browser, baseURL: string): Promise<Library> {
  const context = await browser.newContext({ baseURL, serviceWorkers: 'block' });
  const fetched = new Set<string>();
  context.on('request', (request) => {
    const url = new URL(request.url());
    if (url.origin === new URL(baseURL).origin) fetched.add(url.pathname);
  });
  // Each in a tab of its own, until the network is quiet: what a page fetches after it has loaded
  // (a plan card's figure) counts too.
  await Promise.all(JOURNEY_PAGES.map(async (path) => (await context.newPage()).goto(path, { waitUntil: 'networkidle' })));
  const page = await context.newPage();
  await page.goto('/search/');
  await page.getByRole('searchbox', { name: 'Search exercises and guides' }).fill(QUERY);
  const results = page.getByRole('list', { name: 'Search results' }).getByRole('heading', { level: 2 }).getByRole('link');
  await expect(results.first()).toHaveText('Pallof press');
  for (const href of await results.evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).pathname))) fetched.add(href);

  const real = parseLibrary(await (await context.request.get(LIBRARY_URL)).text());
  await context.close();
  expect(real, `${LIBRARY_URL} is a library list`).not.toBeNull();
  const listed = new Set(real!.files.map(([url]) => url));
  expect([...fetched].filter((url) => !listed.has(url)), `files the journey loads that ${LIBRARY_URL} does not list`).toEqual([]);
  return { version: real!.version, files: real!.files.filter(([url]) => fetched.has(url) || url.startsWith('/_astro/')) };
}

/** The first visit to / may transfer no more than this, the service worker and its shell included. */
const FIRST_VISIT_BYTES = 100 * 1024;

const footer = (page: Page) => page.getByRole('contentinfo');
const offlineStatus = (page: Page) => footer(page).getByRole('status');
const saveOffer = (page: Page) => footer(page).getByRole('button', { name: /^Save everything for the gym \(\d+\.\d MB\)$/ });

/** A new tab, and the requests that fail in it and the errors it logs (so a test can show nothing it needed was missing). */
async function newTab(context: BrowserContext): Promise<{ page: Page; failed: string[] }> {
  const page = await context.newPage();
  const failed: string[] = [];
  page.on('requestfailed', (request) => failed.push(`${request.url()} ${request.failure()?.errorText}`));
  page.on('console', (message) => message.type() === 'error' && failed.push(`console: ${message.text()}`));
  return { page, failed };
}

/** axe's WCAG 2.2 AA violations on the page as it is now, in the light theme and then the dark one. */
async function axeInBothThemes(page: Page) {
  const found = await axeViolations(page);
  const toggle = page.getByRole('button', { name: 'Dark theme' });
  await toggle.click();
  found.push(...(await axeViolations(page)));
  await toggle.click();
  return found;
}

/** Opens a page with the network off; the service worker answers with `status`. */
async function openOffline(page: Page, path: string, status = 200) {
  const response = await page.goto(path);
  expect(response?.status()).toBe(status);
  expect(response?.fromServiceWorker()).toBe(true);
}

test.describe('a reader who saves the site for the gym', () => {
  test.describe.configure({ mode: 'serial' });
  let proxy: Awaited<ReturnType<typeof countingProxy>>;
  let context: BrowserContext;
  let home: Page;

  test.beforeAll(async ({ browser, baseURL }) => {
    proxy = await countingProxy(Number(new URL(baseURL!).port));
    context = await browser.newContext({ serviceWorkers: 'allow', baseURL: proxy.origin });
    home = await context.newPage();
  });

  test.afterAll(async () => {
    await context?.close();
    proxy?.close();
  });

  test('a first visit transfers at most 100 KB, the service worker and what it saves included, and saves no page but the offline one', async () => {
    await home.goto('/');
    await expect(offlineStatus(home)).toHaveText('Pages you open are saved for offline use.', { timeout: 30_000 });
    await quiet(proxy.exchanges, 1000);
    const bytes = proxy.exchanges.reduce((sum, exchange) => sum + exchange.bytes, 0);
    expect(bytes, proxy.exchanges.map((e) => `${e.bytes} ${e.path}`).join('\n')).toBeLessThanOrEqual(FIRST_VISIT_BYTES);
    const pages = proxy.exchanges.map((e) => e.path).filter((path) => path.endsWith('/'));
    expect(new Set(pages)).toEqual(new Set(['/', '/offline/']));
    await expect(saveOffer(home)).toBeVisible();
    expect(await axeInBothThemes(home)).toEqual([]);
  });

  test('pages opened online are kept, and open offline, without their trailing slash too', async () => {
    const { page } = await newTab(context);
    await page.goto('/exercises/plank/');
    await expect(page.getByRole('heading', { level: 1, name: 'Plank' })).toBeVisible();
    await page.goto('/search/');
    await expect(page.getByRole('searchbox', { name: 'Search exercises and guides' })).toBeVisible();
    await page.goto('/plan/');
    await expect(page.getByLabel('Sessions per week')).toBeEnabled();
    // The code the plan loads only when used (its calendar file) is kept in the background.
    await expect
      .poll(() => page.evaluate(async () => (await (await caches.open('strongstride-saved')).keys()).some((r) => /\/_astro\/ics\./.test(r.url))))
      .toBe(true);
    await context.setOffline(true);
    await expect(offlineStatus(home)).toHaveText('You’re offline — showing saved pages.');

    const { page: offline, failed } = await newTab(context);
    await openOffline(offline, '/exercises/plank/');
    await expect(offline.getByRole('heading', { level: 1, name: 'Plank' })).toBeVisible();
    await expect(offlineStatus(offline)).toHaveText('You’re offline — showing saved pages.');
    expect(failed).toEqual([]);

    await offline.goto('/exercises/plank');
    await expect(offline).toHaveURL(/\/exercises\/plank\/$/);
    await expect(offline.getByRole('heading', { level: 1, name: 'Plank' })).toBeVisible();

    // A page opened once works offline with the code it loads only when used.
    await openOffline(offline, '/plan/');
    await expect(offline.getByLabel('Sessions per week')).toBeEnabled();
    const [download] = await Promise.all([offline.waitForEvent('download'), offline.getByRole('button', { name: 'Download calendar (.ics)' }).click()]);
    expect(download.suggestedFilename()).toBe('strongstride-plan.ics');
    expect(failed).toEqual([]);
  });

  test('offline, a page never opened gets the offline page, and search says it is not saved', async () => {
    const { page } = await newTab(context);
    await openOffline(page, '/exercises/pallof-press/', 503);
    await expect(page.getByRole('heading', { level: 1, name: 'You’re offline' })).toBeVisible();
    await expect(page).toHaveURL(/\/exercises\/pallof-press\/$/);

    await openOffline(page, '/search/');
    await page.getByRole('searchbox', { name: 'Search exercises and guides' }).fill(QUERY);
    await expect(page.locator('ss-search').getByRole('status')).toHaveText(/search isn’t saved on this device/);
  });

  test('“Save everything for the gym” shows its progress, can stop and carry on, then says everything is saved', async ({ browser, baseURL }) => {
    const library = await journeyLibrary(browser, baseURL!);
    let listsServed = 0;
    // In Chromium, Playwright routes the requests a service worker makes itself, unless
    // PLAYWRIGHT_DISABLE_SERVICE_WORKER_NETWORK is set (the held page below and the broken deploy
    // rely on it too); the count at the end shows the worker got this list.
    await context.route(`**${LIBRARY_URL}`, (route) => {
      listsServed++;
      return route.fulfill({ json: library });
    });
    await context.setOffline(false);
    // One page held back on the wire, so the save is still going when the test looks at it.
    const held = '**/exercises/plank/';
    await context.route(held, () => undefined);
    await saveOffer(home).click();
    await expect(offlineStatus(home)).toHaveText('Saving everything for offline use…');
    await expect(footer(home).getByRole('progressbar', { name: 'Saving for offline use' })).toBeVisible();
    await expect(footer(home).getByText(/^\d+\.\d MB of \d+\.\d MB$/)).toBeVisible();
    expect(await axeInBothThemes(home)).toEqual([]);
    await footer(home).getByRole('button', { name: 'Stop saving' }).click();
    await expect(offlineStatus(home)).toHaveText(/^Saving stopped with \d+\.\d MB of \d+\.\d MB saved; saving again carries on from there\.$/);
    await expect(footer(home).getByRole('progressbar')).toBeHidden();

    await context.unroute(held);
    await saveOffer(home).click();
    await expect(offlineStatus(home)).toHaveText('Everything is saved for offline use.', { timeout: 30_000 });
    await expect(footer(home).getByRole('progressbar')).toBeHidden();
    await expect(footer(home).getByRole('button', { name: /Save everything/ })).toBeHidden();
    // Each save asked for the list, and got the journey's.
    expect(listsServed).toBe(2);
    await context.setOffline(true);
  });

  test('after saving everything, an exercise never opened works offline', async () => {
    const { page, failed } = await newTab(context);
    await openOffline(page, '/exercises/single-leg-romanian-deadlift/');
    await expect(page.getByRole('heading', { level: 1, name: 'Single-leg Romanian deadlift' })).toBeVisible();
    await expect(page.getByRole('heading', { name: /cues/i }).first()).toBeVisible();
    expect(failed).toEqual([]);
  });

  test('after saving everything, an address the site does not have gets the 404 page with a 404', async () => {
    const { page } = await newTab(context);
    await openOffline(page, '/no-such-page/', 404);
    await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
  });

  test('after saving everything, a routine works offline, its follow-along timer included', async () => {
    const { page, failed } = await newTab(context);
    await openOffline(page, '/routines/nine-move-dumbbell-circuit/');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    const timer = page.locator('ss-routine-timer');
    await timer.getByRole('button', { name: /start/i }).click();
    await expect(timer.locator('[data-phase]')).toHaveText(/work/i);
    expect(failed).toEqual([]);
  });

  test('after saving everything, the plan builder works offline, from a shared link too', async () => {
    const { page, failed } = await newTab(context);
    // The query string is the plan; the saved /plan/ page answers for any of them.
    await openOffline(page, '/plan/?s=3');
    await expect(page.getByLabel('Sessions per week')).toBeEnabled();
    await expect(page.getByLabel('Sessions per week')).toHaveValue('3');
    const sessions = page.getByRole('region', { name: 'Your plan' }).getByRole('article');
    await expect(sessions).toHaveCount(3);
    // A plan link shows the plan first, the form folded under its summary.
    await page.getByRole('button', { name: 'Edit your week and goals' }).click();
    await page.getByLabel('Sessions per week').selectOption('2');
    await expect(sessions).toHaveCount(2);
    expect(failed).toEqual([]);
  });

  test('after saving everything, search finds exercises offline and opens the result', async () => {
    const { page, failed } = await newTab(context);
    await openOffline(page, '/search/');
    await page.getByRole('searchbox', { name: 'Search exercises and guides' }).fill(QUERY);
    const first = page.getByRole('list', { name: 'Search results' }).getByRole('heading', { level: 2 }).getByRole('link').first();
    await expect(first).toHaveText('Pallof press');
    await first.click();
    await expect(page).toHaveURL(/\/exercises\/pallof-press\/$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Pallof press' })).toBeVisible();
    expect(failed).toEqual([]);
  });

  test('offline search says which results are not saved on this device yet', async () => {
    const { page } = await newTab(context);
    await openOffline(page, '/search/');
    // As after a save that stopped half-way: the index is saved, one page is not.
    await page.evaluate(async () => (await caches.open('strongstride-saved')).delete('/exercises/pallof-press/'));
    await page.getByRole('searchbox', { name: 'Search exercises and guides' }).fill(QUERY);
    const results = page.getByRole('list', { name: 'Search results' }).getByRole('listitem');
    const pallof = results.filter({ has: page.getByRole('link', { name: 'Pallof press', exact: true }) });
    await expect(pallof.getByText('Not saved on this device yet')).toBeVisible();
    await expect(results.getByText('Not saved on this device yet')).toHaveCount(1);
  });
});

test.describe('offline use, each in a browser of its own', () => {
  test('Save-Data: the site is still kept as it is opened, and nothing large is offered', async ({ browser }) => {
    const context = await browser.newContext({ serviceWorkers: 'allow' });
    await context.addInitScript(() => Object.defineProperty(Navigator.prototype, 'connection', { get: () => ({ saveData: true }) }));
    const page = await context.newPage();
    await page.goto('/');
    await expect(offlineStatus(page)).toHaveText('Pages you open are saved for offline use.', { timeout: 30_000 });
    await expect(footer(page).getByRole('button', { name: /Save everything/ })).toBeHidden();
    await context.close();
  });

  test('a broken deploy: the install is reported and tried again, and the site works online meanwhile', async ({ browser }) => {
    const context = await browser.newContext({ serviceWorkers: 'allow' });
    // A deploy that lost a file of the shell: every try to install fails until it is back.
    const missing = '**/pagefind/wasm.en.pagefind';
    await context.route(missing, (route) => route.fulfill({ status: 404, body: 'Not found' }));
    const page = await context.newPage();
    await page.clock.install();
    await page.goto('/');
    await expect(offlineStatus(page)).toHaveText('Couldn’t save StrongStride for offline use; trying again. Pages still load online.', {
      timeout: 30_000,
    });
    await expect(footer(page).getByRole('button', { name: /Save everything/ })).toBeHidden();

    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Exercises' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Exercises' })).toBeVisible();
    await expect(offlineStatus(page)).toHaveText(/^Couldn’t save StrongStride for offline use/, { timeout: 30_000 });

    // The file is back: the next try, 15 s on, installs.
    await context.unroute(missing);
    await page.clock.fastForward(15_000);
    await expect(offlineStatus(page)).toHaveText('Pages you open are saved for offline use.', { timeout: 30_000 });
    await context.close();
  });

  test('an update: a failed one is reported while pages load new from the network; one that installs says “updated — reload”', async ({
    browser,
    baseURL,
  }) => {
    const site = await nextDeploy(Number(new URL(baseURL!).port));
    const context = await browser.newContext({ serviceWorkers: 'allow', baseURL: site.origin });
    const page = await context.newPage();
    await page.goto('/guides/');
    await expect(offlineStatus(page)).toHaveText('Pages you open are saved for offline use.', { timeout: 30_000 });

    // The next version changes its guides and its offline page, and its deploy lost the offline page.
    site.changes.set('/sw.js', { rewrite: (sw) => sw.replace(/(url:"\/offline\/",rev:")\w+/, '$1next') });
    site.changes.set('/offline/', { status: 404 });
    site.changes.set('/guides/', { rewrite: (html) => html.replace('<h1', '<p>The next version.</p><h1') });
    await page.evaluate(async () => (await navigator.serviceWorker.ready).update());
    await expect(offlineStatus(page)).toHaveText('Couldn’t save the latest version for offline use; trying again. Pages still load online.');
    await page.reload();
    await expect(page.getByText('The next version.')).toBeVisible();

    // The offline page is back: the update installs and takes over.
    site.changes.delete('/offline/');
    await page.evaluate(async () => (await navigator.serviceWorker.ready).update());
    await expect(offlineStatus(page)).toHaveText('StrongStride has been updated — reload for the latest version.');
    await context.close();
    site.close();
  });

  test('a search tab left open across a deploy says the index changed and offers a reload, not “No results”', async ({ page, context }) => {
    await page.goto('/search/?q=squat');
    const results = page.getByRole('list', { name: 'Search results' }).getByRole('heading', { level: 2 });
    await expect(results.first()).toBeVisible();

    // The deploy: the index has a new name, and the files of the old one are gone.
    const entry = '**/pagefind/pagefind-entry.json*';
    await context.route(entry, async (route) => {
      const current = await (await route.fetch()).json();
      for (const language of Object.values<{ hash: string }>(current.languages)) language.hash = `${language.hash}x`;
      await route.fulfill({ json: current });
    });
    await context.route('**/pagefind/index/**', (route) => route.fulfill({ status: 404, body: 'Not found' }));
    await page.getByRole('searchbox', { name: 'Search exercises and guides' }).fill('pallof');
    const status = page.locator('ss-search').getByRole('status');
    await expect(status).toHaveText('The search index has changed since this page was opened. Reload to search the latest version.');
    await expect(status).not.toHaveText(/No results/);

    await context.unroute(entry);
    await context.unroute('**/pagefind/index/**');
    await page.getByRole('button', { name: 'Reload search' }).click();
    await expect(results.first()).toHaveText('Pallof press');
  });
});
