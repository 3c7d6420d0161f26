import { expect, test } from '@playwright/test';
import { EXERCISE_KINDS, SEARCH_QUERIES } from '../search-queries';

// Every query of tests/search-queries.ts, typed into one search page in turn, so Pagefind loads
// once and each query is answered as a reader would see it (including the offer for an exercise
// the library lacks). Misses are printed, so a change to the ranking shows what it lost.
test('runners’ and coaches’ queries find a right page in the first three results', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto('/search/');
  const box = page.getByRole('searchbox', { name: 'Search exercises and guides' });
  const results = page.getByRole('list', { name: 'Search results' });

  const misses: string[] = [];
  const wrongFirst: string[] = [];
  for (const { query, kind, right } of SEARCH_QUERIES) {
    await box.fill(query);
    await box.press('Enter');
    await expect(results).toHaveAttribute('aria-busy', 'false');
    const top = (await results.getByRole('heading', { level: 2 }).getByRole('link').evaluateAll((links) =>
      links.slice(0, 3).map((link) => new URL((link as HTMLAnchorElement).href).pathname),
    ));
    if (!top.some((path) => right.includes(path))) misses.push(`${kind} “${query}”: ${top.join(', ') || 'no results'}`);
    const first = top[0];
    if (EXERCISE_KINDS.includes(kind) && first?.startsWith('/exercises/') && !right.includes(first)) {
      wrongFirst.push(`${kind} “${query}” is answered first by ${first}`);
    }
  }

  const hitRate = 1 - misses.length / SEARCH_QUERIES.length;
  console.log(`${SEARCH_QUERIES.length} queries, ${misses.length} misses (${(hitRate * 100).toFixed(0)}% hit)${misses.map((m) => `\n  miss: ${m}`).join('')}`);
  expect(SEARCH_QUERIES.length).toBeGreaterThanOrEqual(60);
  expect(hitRate, misses.join('\n')).toBeGreaterThanOrEqual(0.9);
  expect(wrongFirst).toEqual([]);
});
