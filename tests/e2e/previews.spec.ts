import { existsSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { readCollection } from '../helpers/content-files';

// What a coach's chat app sees when a link is pasted (Open Graph / Twitter tags and the preview
// image), what a search engine reads (JSON-LD), and what an exercise page looks like on paper.

/** The head's meta content by property or name. */
const meta = (page: Page, key: string) =>
  page.locator(`meta[property="${key}"], meta[name="${key}"]`).getAttribute('content');

/** Width and height from a PNG's IHDR chunk (bytes 16–23, big-endian). */
function pngSize(bytes: Buffer) {
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

async function jsonLd(page: Page): Promise<Record<string, any>> {
  const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
  expect(blocks).toHaveLength(1);
  return JSON.parse(blocks[0]);
}

const pages = [
  { kind: 'an exercise', path: '/exercises/goblet-squat/', title: 'Goblet squat', type: 'HowTo' },
  { kind: 'a guide', path: '/guides/why-runners-strength-train/', title: 'Why should runners strength train?', type: 'Article' },
  { kind: 'a routine', path: '/routines/full-body-dumbbell-and-band/', title: 'Full-body dumbbell and band routine', type: 'HowTo' },
] as const;

for (const { kind, path, title, type } of pages) {
  test(`${kind}'s link preview names the page and shows its own 1200 × 630 image`, async ({ page, request }) => {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
    expect(await meta(page, 'og:title')).toBe(title);
    expect(await meta(page, 'og:description')).toBe(await meta(page, 'description'));
    expect((await meta(page, 'og:description'))!.length).toBeGreaterThan(20);
    expect(await meta(page, 'twitter:card')).toBe('summary_large_image');

    // Absolute, on the site's own origin (the one the canonical URL names), under /og/.
    const canonical = new URL((await page.locator('link[rel="canonical"]').getAttribute('href'))!);
    expect(canonical.pathname).toBe(path);
    const image = new URL((await meta(page, 'og:image'))!);
    expect(image.origin).toBe(canonical.origin);
    expect(image.pathname).toBe(`/og${path.replace(/\/$/, '')}.png`);

    const response = await request.get(image.pathname);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toBe('image/png');
    expect(pngSize(await response.body())).toEqual({ width: 1200, height: 630 });
  });

  test(`${kind} carries schema.org JSON-LD of type ${type} that matches the page`, async ({ page }) => {
    await page.goto(path);
    const data = await jsonLd(page);
    expect(data['@context']).toBe('https://schema.org');
    expect(data['@type']).toBe(type);
    const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
    expect(data.url).toBe(canonical);
    expect(data.image).toBe(await meta(page, 'og:image'));
    expect(data.description).toBe(await meta(page, 'description'));
    expect(data[type === 'Article' ? 'headline' : 'name']).toBe(title);
  });
}

for (const { kind, path } of pages.filter((p) => p.type === 'HowTo')) {
  test(`${kind}'s HowTo lists at least three steps, each linking to a page of the site, and its equipment`, async ({ page }) => {
    await page.goto(path);
    const data = await jsonLd(page);
    const origin = new URL((await page.locator('link[rel="canonical"]').getAttribute('href'))!).origin;
    expect(data.step.length).toBeGreaterThanOrEqual(3);
    expect(data.step).toEqual(data.step.map(() => expect.objectContaining({ '@type': 'HowToStep', text: expect.any(String), url: expect.any(String) })));
    expect(data.step.map((step: { url: string }) => new URL(step.url).origin)).toEqual(data.step.map(() => origin));
    expect(data.tool.length).toBeGreaterThan(0);
    expect(data.tool).toEqual(data.tool.map(() => ({ '@type': 'HowToTool', name: expect.any(String) })));
  });
}

test('a guide’s Article is the page itself, published by StrongStride, with its citations', async ({ page }) => {
  await page.goto('/guides/why-runners-strength-train/');
  const data = await jsonLd(page);
  expect(data.mainEntityOfPage).toBe(await page.locator('link[rel="canonical"]').getAttribute('href'));
  expect(data.author).toMatchObject({ '@type': 'Organization', name: 'StrongStride' });
  expect(data.citation.length).toBeGreaterThan(0);
});

test('an exercise’s JSON-LD steps are its cues, each linking to the cue on the page', async ({ page }) => {
  await page.goto('/exercises/goblet-squat/');
  const data = await jsonLd(page);
  const cues = page.getByRole('region', { name: /Technique cues/ }).getByRole('listitem');
  const steps: { text: string; url: string }[] = data.step;
  expect(steps.length).toBeGreaterThanOrEqual(3);
  // Each cue reads "<number> <text>"; the step is the text.
  const literal = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  await expect(cues).toHaveText(steps.map((s) => new RegExp(`^\\s*\\d+\\s*${literal(s.text)}\\s*$`)));
  for (const step of steps) await expect(page.locator(new URL(step.url).hash)).toHaveCount(1);
  expect(data.tool).toEqual([{ '@type': 'HowToTool', name: 'Dumbbell' }]);
});

test('the home page describes the site, with a search action that the search page answers', async ({ page }) => {
  await page.goto('/');
  const data = await jsonLd(page);
  expect(data).toMatchObject({ '@type': 'WebSite', name: 'StrongStride' });
  const template: string = data.potentialAction.target.urlTemplate;
  expect(data.potentialAction['query-input']).toBe('required name=search_term_string');
  const search = new URL(template.replace('{search_term_string}', 'plank'));
  expect(search.pathname).toBe('/search/');
  await page.goto(search.pathname + search.search);
  await expect(page.getByRole('list', { name: 'Search results' }).getByRole('heading', { level: 2 }).first()).toBeVisible();
});

// That every built page names a preview image the build wrote is read from dist/ by the static
// page check (scripts/page-rules.mjs and link-rules.mjs, `npm run check:pages`).

/**
 * The exercises whose printed card has the most to say: cues and modifications, by length, of
 * those with a figure (its key positions print beside the cues; the rest are being posed).
 */
function longestCards(count: number): string[] {
  const size = (items: unknown[] = []) =>
    items.reduce<number>((sum, item) => sum + 80 + JSON.stringify(item).length, 0);
  return readCollection('exercises')
    .filter(({ slug }) => existsSync(`content/figures/${slug}.yaml`))
    .map(({ slug, frontmatter }) => {
      const data = frontmatter as { cues: unknown[]; summary: string; modifications?: { easier?: unknown[]; harder?: unknown[] } };
      return { slug, size: data.summary.length + size(data.cues) + size(data.modifications?.easier) + size(data.modifications?.harder) };
    })
    .sort((a, b) => b.size - a.size)
    .slice(0, count)
    .map((e) => e.slug);
}

for (const slug of longestCards(2)) {
  test(`the exercise ${slug}, one of the longest, prints as a one-page card without navigation`, async ({ page }) => {
    await page.goto(`/exercises/${slug}/`);
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
    await expect(page.locator('footer')).toBeHidden();
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Primary muscles' })).toBeVisible();
    await expect(page.getByRole('region', { name: /Technique cues/ })).toBeVisible();
    await expect(page.getByRole('region', { name: /Make it easier or harder/ })).toBeVisible();
    // The figure's key positions print small and labelled, black on white, instead of its loop.
    const figure = page.getByRole('img', { name: /^Animated figure of/ });
    const stills = figure.locator('.fig-still');
    await expect(stills.first()).toBeVisible();
    await expect(figure.locator('.fig-anim')).toBeHidden();
    await expect(figure.locator('.fig-still svg .fig-near').first()).toHaveCSS('stroke', 'rgb(0, 0, 0)');
    expect((await stills.first().locator('svg').boundingBox())!.height).toBeLessThan(100);
    // The prose body and the body map stay on screen only.
    await expect(page.locator('article .prose')).toBeHidden();
    await expect(page.getByRole('img', { name: /Body map/ })).toBeHidden();
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)?.length).toBe(1);
  });
}

for (const { slug, frontmatter } of readCollection('routines')) {
  const { title, exercises } = frontmatter as { title: string; exercises: { exercise: string }[] };
  const posed = exercises.map((item) => item.exercise).filter((exercise) => existsSync(`content/figures/${exercise}.yaml`));
  test(`the routine ${slug} prints on one page, with the key positions of its ${posed.length} posed exercises`, async ({ page }) => {
    await page.goto(`/routines/${slug}/`);
    const table = page.getByRole('table');
    // On screen the table has no pictures; on paper every posed exercise shows its key positions, labelled.
    await expect(table.getByRole('columnheader', { name: 'Key positions' })).toBeHidden();
    await page.emulateMedia({ media: 'print' });
    await expect(table.getByRole('columnheader', { name: 'Key positions' })).toBeVisible();
    for (const exercise of posed) {
      const row = table.getByRole('row').filter({ has: page.locator(`a[href="/exercises/${exercise}/"]`) });
      await expect(row.locator('.routine-stills figure').first()).toBeVisible();
      await expect(row.locator('.routine-stills figcaption').first()).not.toBeEmpty();
    }
    await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)?.length).toBe(1);
  });
}
