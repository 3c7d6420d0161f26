import { expect, test, type Page } from '@playwright/test';
import { pageReady } from '../helpers/page-ready';
import { sitemapPaths } from '../helpers/sitemap';
import { templatePages } from '../helpers/templates';

// Targets for gym hands: on a phone (390x844) every control a finger can hit is at least 44 by 44
// CSS px, on one page of every template (tests/helpers/templates.ts), the 404 and the offline page.
// A checkbox or radio counts with its label (a tap on either ticks it); a card whose link is
// stretched over it (ExerciseCard.astro) counts as the card.
//
// One exception, WCAG 2.5.8's "inline" one: a link inside running prose, a paragraph or list item
// whose own words (outside its links) make a sentence around it. Its height is the line's; making
// it taller would space the text apart. A row of links joined only by "·" or "/" (the footer, a
// breadcrumb) is not prose, and is measured.
const { pages } = templatePages(sitemapPaths());
const all = [...pages, { name: 'page not found', path: '/404.html' }, { name: 'offline page', path: '/offline/' }];

const MIN = 44;

/** What each page shows once its scripts have run, plus what a reader opens: the search filters. */
const opened: Record<string, (page: Page) => Promise<void>> = {
  search: async (page) => {
    await page.getByText('Filters', { exact: true }).click();
    await expect(page.getByRole('checkbox').first()).toBeVisible();
  },
};

/**
 * Every control on the page a finger could hit that is under `min` CSS px either way, as
 * "what it is "its name" in where: width×height". Runs in the page.
 */
function undersized(min: number): string[] {
  const CONTROLS = 'a[href], button, input:not([type="hidden"]), select, textarea, summary, [role="button"], [tabindex]:not([tabindex="-1"])';
  const inline = (el: Element) => getComputedStyle(el).display.startsWith('inline') || getComputedStyle(el).display === 'contents';
  /** The nearest ancestor that lays out its own lines (a p, li, div…). */
  const blockOf = (el: Element) => {
    let block = el.parentElement!;
    while (inline(block) && block.parentElement) block = block.parentElement;
    return block;
  };
  /** A link inside running prose: its paragraph or list item has words of its own around it. */
  const inProse = (link: Element) => {
    const block = blockOf(link);
    if (!block.matches('p, li')) return false;
    const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
    let own = '';
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement!;
      if (parent.closest('a') || blockOf(node as unknown as Element) !== block) continue;
      own += node.textContent;
    }
    return /\p{L}{2,}.*\p{L}{2,}/su.test(own);
  };
  /** What a finger hits for this control. */
  const targetOf = (el: Element): DOMRect => {
    const input = el as HTMLInputElement;
    if ((input.type === 'checkbox' || input.type === 'radio') && input.labels?.length) {
      const boxes = [el, ...input.labels].map((e) => e.getBoundingClientRect());
      const left = Math.min(...boxes.map((b) => b.left));
      const top = Math.min(...boxes.map((b) => b.top));
      return new DOMRect(left, top, Math.max(...boxes.map((b) => b.right)) - left, Math.max(...boxes.map((b) => b.bottom)) - top);
    }
    const after = getComputedStyle(el, '::after');
    if (after.content !== 'none' && after.position === 'absolute' && after.inset === '0px') {
      const holder = (el as HTMLElement).offsetParent;
      if (holder) return holder.getBoundingClientRect();
    }
    return el.getBoundingClientRect();
  };
  const nameOf = (el: Element) =>
    (el.getAttribute('aria-label') ?? (el as HTMLInputElement).labels?.[0]?.textContent ?? el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 50);
  const whereOf = (el: Element) => {
    const place = el.closest('header, footer, nav, form, [role="search"], section[aria-labelledby], main');
    if (!place) return 'page';
    const id = place.getAttribute('aria-labelledby');
    return id ? `section “${document.getElementById(id)?.textContent?.trim()}”` : place.tagName.toLowerCase();
  };
  const small: string[] = [];
  for (const el of document.querySelectorAll(CONTROLS)) {
    const own = el.getBoundingClientRect();
    // Not drawn (hidden, in a closed panel) or drawn as a 1px clip (a screen-reader-only label).
    if (el.getClientRects().length === 0 || getComputedStyle(el).visibility === 'hidden' || (own.width <= 1 && own.height <= 1)) continue;
    if (el.matches('a') && inProse(el)) continue;
    const box = targetOf(el);
    if (Math.round(box.width) >= min && Math.round(box.height) >= min) continue;
    const kind = el.matches('input') ? `input[type=${(el as HTMLInputElement).type}]` : el.tagName.toLowerCase();
    small.push(`${kind} “${nameOf(el)}” in ${whereOf(el)}: ${Math.round(box.width)}×${Math.round(box.height)}`);
  }
  return small;
}

test.use({ viewport: { width: 390, height: 844 } });

for (const { name, path } of all) {
  test(`${name}: every control on ${path} is at least ${MIN}×${MIN} px on a phone`, async ({ page }) => {
    await page.goto(path);
    await pageReady[name]?.(page);
    await opened[name]?.(page);
    // The footer's offer to save the library shows once the service worker runs, which the suite
    // blocks (playwright.config.ts); its controls are drawn as they would be.
    await page.evaluate(() => {
      for (const id of ['offline-save', 'offline-saving']) document.getElementById(id)!.hidden = false;
    });
    // The skip link shows when a keyboard reaches it.
    const skip = page.getByRole('link', { name: 'Skip to content' });
    await skip.focus();
    await expect(skip).toBeInViewport();
    expect(await page.evaluate(undersized, MIN)).toEqual([]);
  });
}
