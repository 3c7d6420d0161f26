import { expect, test, type Page } from '@playwright/test';
import { readCollection } from '../helpers/content-files';
import { axeViolations } from '../helpers/page-health';

const resultTitles = (page: Page) =>
  page.getByRole('list', { name: 'Search results' }).getByRole('heading', { level: 2 });
const status = (page: Page) => page.locator('ss-search [role="status"]');
const box = (page: Page) => page.getByRole('searchbox', { name: 'Search exercises and guides' });

async function search(page: Page, query: string) {
  await page.goto(`/search/?q=${encodeURIComponent(query)}`);
  const results = resultTitles(page);
  await expect(results.first()).toBeVisible();
  return results;
}

async function resultCount(page: Page): Promise<number> {
  await expect(status(page)).toContainText(/\d+ results?/);
  return Number((await status(page).textContent())!.match(/(\d+) results?/)![1]);
}

test.describe('search', () => {
  test('finds an exercise by its title', async ({ page }) => {
    const results = await search(page, 'goblet squat');
    await expect(results.first()).toHaveText('Goblet squat');
    await expect(box(page)).toHaveValue('goblet squat');
  });

  for (const [query, title] of [
    ['RDL', 'Romanian deadlift'],
    ['paloff', 'Pallof press'],
    ['clamshell', 'Clamshell'],
    ['clam shell', 'Clamshell'],
    ['calf', 'Calf raise'],
    ['static lunge', 'Split squat'],
    ['plank', 'Plank'],
    ['lunge', 'Forward lunge'],
    ['SL RDL', 'Single-leg Romanian deadlift'],
    ['romainian deadlift', 'Romanian deadlift'],
  ]) {
    test(`puts ${title} first for “${query}”`, async ({ page }) => {
      const results = await search(page, query);
      await expect(results.first()).toHaveText(title);
    });
  }

  test('finds an exercise by a word that only its body text uses', async ({ page }) => {
    const results = await search(page, 'spill');
    await expect(results.first()).toHaveText('Bird dog');
    // Its description does not have the word, so a line of the page shows where it is.
    const first = page.getByRole('list', { name: 'Search results' }).getByRole('listitem').first();
    await expect(first.locator('mark')).toHaveText([/^spill/i]);
  });

  test('finds guides and body areas as well as exercises, and says which is which', async ({ page }) => {
    await search(page, 'Trendelenburg');
    const item = (title: RegExp) =>
      page.getByRole('list', { name: 'Search results' }).getByRole('listitem').filter({ has: page.getByRole('heading', { name: title }) });
    await expect(item(/single-leg, sideways/i).getByText('Guide', { exact: true })).toBeVisible();
    await expect(item(/^Glute med$/).getByText('Body area', { exact: true })).toBeVisible();
  });

  test('says when the library has no page for an exercise, and offers the nearest pages by pattern and muscle', async ({ page }) => {
    const results = await search(page, 'leg press');
    await expect(status(page)).toHaveText('No page for leg press yet — these work the same muscles:');
    const items = page.getByRole('list', { name: 'Search results' }).getByRole('listitem');
    // The nearest exercises first, each saying what it shares; then the pattern and the muscles.
    await expect(items.first().getByText('Exercise', { exact: true })).toBeVisible();
    await expect(items.first()).toContainText('works the quadriceps and glutes');
    // Each offered exercise shows its still, drawn from its figure file, as a search result does.
    const still = items.first().locator('svg.result-figure use');
    await expect.poll(() => still.evaluate((use: SVGUseElement) => use.getBBox().width)).toBeGreaterThan(0);
    await expect(items.filter({ hasText: 'Movement pattern' }).locator('svg')).toHaveCount(0);
    await expect(items.filter({ hasText: 'Movement pattern' }).getByRole('link')).toHaveText('Squat');
    await expect(items.filter({ hasText: 'Muscle' }).getByRole('link').first()).toHaveText('Quadriceps');
    // Not the pages that only share a word with it.
    await expect(results.filter({ hasText: /press/i })).toHaveCount(0);
    await results.first().getByRole('link').click();
    await expect(page.getByRole('link', { name: 'Quadriceps' }).first()).toBeVisible();
  });

  test('a body area leads to its page: the reason for each exercise, and pain sent to a physio', async ({ page }) => {
    const results = await search(page, 'IT band');
    await expect(results.first()).toHaveText('IT band');
    await results.first().getByRole('link').click();
    await expect(page.getByRole('heading', { level: 1, name: 'IT band' })).toBeVisible();
    const note = page.getByRole('note');
    await expect(note).toContainText('Pain means stop');
    await expect(note.getByRole('link', { name: 'the pain rule' })).toHaveAttribute('href', '/guides/technique-and-safety/#the-pain-rule');
    const walk = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'Banded lateral walk' }) });
    await expect(walk).toContainText('Works the side hip that steadies the knee');
    // Each exercise shows a still of its movement, as on every other list.
    await expect(walk.locator('svg.ss-thumb')).toBeVisible();
    // The exercise's own page links back to the areas it is good for.
    await walk.getByRole('link').click();
    await expect(page.getByRole('link', { name: 'IT band' })).toHaveAttribute('href', '/areas/it-band/');
  });

  test('highlights the words in each excerpt and links the sections where they appear', async ({ page }) => {
    await search(page, 'pallof');
    const first = page.getByRole('list', { name: 'Search results' }).getByRole('listitem').first();
    await expect(first.locator('mark').first()).toHaveText(/pallof/i);
    const sections = first.getByRole('list', { name: 'Sections of Pallof press' }).getByRole('link');
    await expect(sections.first()).toHaveAttribute('href', /^\/exercises\/pallof-press\/#[\w-]+$/);
    // A section is named by its heading alone, without the heading's copy-link control.
    for (const name of await sections.allTextContents()) expect(name).not.toMatch(/copy link|#/i);
  });

  test('typing in the box searches, keeps the search in the address, and a result opens its page', async ({ page }) => {
    await page.goto('/search/');
    await expect(box(page)).toBeFocused();
    // A query replaced before its results arrive: the address follows the search on screen.
    await box(page).fill('plank');
    await box(page).fill('pallof');
    const first = resultTitles(page).first();
    await expect(first).toHaveText('Pallof press');
    await expect(page).toHaveURL(/\/search\/\?q=pallof$/);
    await first.getByRole('link').click();
    await expect(page).toHaveURL(/\/exercises\/pallof-press\/$/);
    await page.goBack();
    await expect(box(page)).toHaveValue('pallof');
    await expect(resultTitles(page).first()).toHaveText('Pallof press');
  });

  test('after the first search, a new query’s results are named before their excerpts arrive, then filled in', async ({ page }) => {
    const titlesLoaded = page.waitForResponse(/\/pagefind\/titles\/[\w-]+\.pf_titles$/);
    await search(page, 'squat');
    await titlesLoaded;
    // Hold every excerpt file: what shows meanwhile comes from the titles file alone.
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/pagefind/fragment/*.pf_fragment', async (route) => {
      await held;
      await route.continue();
    });
    await box(page).fill('pallof');
    const list = page.getByRole('list', { name: 'Search results' });
    const first = list.getByRole('listitem').first();
    await expect(resultTitles(page).first()).toHaveText('Pallof press');
    await expect(resultTitles(page)).toHaveCount(5);
    await expect(list).toHaveAttribute('aria-busy', 'true');
    await expect(first.locator('mark')).toHaveCount(0);
    await expect(status(page)).toContainText(/\d+ results? for “pallof”/);
    release();
    await expect(list).toHaveAttribute('aria-busy', 'false');
    await expect(first.locator('mark').first()).toHaveText(/pallof/i);
    await expect(first.locator('svg.result-figure path').first()).toBeAttached();
  });

  test('on a phone, four or more whole results fit one screen below the search box, each opening with its description', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await search(page, 'squat');
    const items = page.getByRole('list', { name: 'Search results' }).getByRole('listitem').filter({ has: page.getByRole('heading', { level: 2 }) });
    await expect(items).toHaveCount(5);
    // A screen's height from the end of the search box and its filters (the status line counts against it).
    const top = await page.getByRole('search').evaluate((form) => form.getBoundingClientRect().bottom);
    const bottoms = await items.evaluateAll((lis) => lis.map((li) => li.getBoundingClientRect().bottom));
    const whole = bottoms.filter((bottom) => bottom <= top + 844);
    expect(whole.length, `result bottoms ${bottoms.map(Math.round).join(', ')} px, search box ends at ${Math.round(top)} px`).toBeGreaterThanOrEqual(4);
    // The first result is the plain squat: its description, not its list of other names, comes first.
    const squat = readCollection('exercises').find((file) => file.slug === 'bodyweight-squat');
    const { summary } = squat!.frontmatter as { summary: string };
    const first = items.first();
    await expect(first).toHaveText(new RegExp(`^Exercise\\s*Bodyweight squat\\s*${summary.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
    await expect(first).not.toContainText('Also called');
    // The searched word is highlighted in the description too.
    await expect(first.locator('mark').first()).toHaveText(/^squat/i);
  });

  test('shows five results at a time, and more on request with focus on the first new one', async ({ page }) => {
    const results = await search(page, 'squat');
    expect(await resultCount(page)).toBeGreaterThan(5);
    await expect(results).toHaveCount(5);
    await page.getByRole('button', { name: 'Show more results' }).click();
    await expect(results).toHaveCount(10);
    await expect(results.nth(5).getByRole('link')).toBeFocused();
  });

  test('a filter narrows the results, and the address keeps it', async ({ page }) => {
    const results = await search(page, 'squat');
    const before = await resultCount(page);
    await page.getByText('Filters', { exact: true }).click();
    const barbell = page.getByRole('group', { name: 'Equipment' }).getByRole('checkbox', { name: /^Barbell/ });
    // Once the panel is open, each value says how many of these results it would leave.
    await expect(page.getByRole('group', { name: 'Equipment' }).getByText(/^\(\d+\)$/).first()).toBeVisible();
    await barbell.check();
    await expect(status(page)).toContainText('filtered by Barbell');
    const after = await resultCount(page);
    expect(after).toBeLessThan(before);
    expect(after).toBeGreaterThan(0);
    await expect(results.filter({ hasText: 'Back squat' })).toHaveCount(1);
    await expect(results.filter({ hasText: 'Goblet squat' })).toHaveCount(0);
    await expect(page).toHaveURL(/\?q=squat&equipment=Barbell$/);

    // The same address, opened by someone else, shows the same filtered search.
    await page.goto('/search/?q=squat&equipment=Barbell');
    await expect(page.getByRole('checkbox', { name: /^Barbell/ })).toBeChecked();
    await expect(status(page)).toContainText(`${after} result`);
  });

  test('filters work without words, and an unknown filter in a link is left out with a notice', async ({ page }) => {
    await page.goto('/search/?muscle=Calves&muscle=Wings');
    await expect(status(page)).toContainText('muscle “Wings”');
    await expect(status(page)).toContainText(/\d+ results? \(filtered by Calves\)/);
    await expect(resultTitles(page).filter({ hasText: 'Calf raise' }).first()).toBeVisible();
  });

  test('offers muscle, equipment, pattern and level filters from the library', async ({ page }) => {
    await page.goto('/search/');
    await page.getByText('Filters', { exact: true }).click();
    const groups = page.locator('ss-search fieldset legend');
    await expect(groups).toHaveText(['Main muscle', 'Equipment', 'Movement pattern', 'Level']);
    await expect(page.getByRole('group', { name: 'Main muscle' }).getByRole('checkbox', { name: 'Calves' })).toHaveCount(1);
    // Every value offered is one Pagefind knows, so no checkbox can silently match nothing.
    const known = await page.evaluate(async () => {
      const pagefind = await import(/* @vite-ignore */ '/pagefind/pagefind.js' as string);
      return pagefind.filters();
    });
    const offered = await page.locator('ss-search input[type="checkbox"]').evaluateAll((boxes) =>
      boxes.map((b) => [(b as HTMLInputElement).name, (b as HTMLInputElement).value]),
    );
    for (const [key, value] of offered) expect(known[key!]?.[value!], `${key} ${value}`).toBeGreaterThan(0);
  });

  test('a first search does not load the filter data', async ({ page }) => {
    const filterRequests: string[] = [];
    page.on('request', (request) => request.url().includes('/pagefind/filter/') && filterRequests.push(request.url()));
    await search(page, 'plank');
    await page.waitForLoadState('networkidle');
    expect(filterRequests).toEqual([]);
  });

  test('the header search box on any page opens search with the query', async ({ page }) => {
    await page.goto('/exercises/');
    await page.getByRole('searchbox', { name: 'Search exercises and guides' }).first().fill('pallof');
    await page.getByRole('button', { name: 'Go' }).click();
    await expect(page).toHaveURL(/\/search\/\?q=pallof/);
    await expect(resultTitles(page).first()).toHaveText('Pallof press');
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    test(`results and open filters pass axe in the ${colorScheme} theme`, async ({ browser }) => {
      const context = await browser.newContext({ colorScheme });
      const page = await context.newPage();
      await search(page, 'squat');
      await page.getByText('Filters', { exact: true }).click();
      await expect(page.getByRole('group', { name: 'Level' }).getByText(/^\(\d+\)$/).first()).toBeVisible();
      expect(await axeViolations(page)).toEqual([]);
      await context.close();
    });
  }
});
