/**
 * The link-preview image every page gets (og:image): where it lives, its size, and what its card
 * says. 1200 × 630 is the size Open Graph consumers (chat apps, Slack, X's summary_large_image)
 * crop the least. The build draws the cards (src/build/og-card.ts lays them out, og-render.ts
 * draws them); pages only need to know where each page's image is.
 */

import { MUSCLES, type MuscleId } from '../data/muscles';
import { listWords } from './format';

export const OG_WIDTH = 1200;
export const OG_HEIGHT = 630;

/** What one page's card says. */
export interface OgCard {
  /** The page's path, as in its URL: "/exercises/goblet-squat/", "/" for home. */
  path: string;
  title: string;
  /** The kind of page, shown small above the title ("Exercise", "Guide"); optional. */
  kicker?: string;
  /** One line under the title, e.g. "Primary muscles: Quadriceps, Glutes". */
  detail?: string;
}

/**
 * The image's route parameter for a page path: "/exercises/goblet-squat/" → "exercises/goblet-squat",
 * "/" → "index" (the home page has no segment of its own), "/404.html" → "404".
 */
export function ogImageParam(pagePath: string): string {
  const trimmed = pagePath.replace(/\.html$/, '').replace(/^\/+|\/+$/g, '');
  return trimmed === '' ? 'index' : trimmed;
}

/** The site-relative URL of a page's preview image: "/exercises/goblet-squat/" → "/og/exercises/goblet-squat.png". */
export function ogImagePath(pagePath: string): string {
  return `/og/${ogImageParam(pagePath)}.png`;
}

/** The detail line of an exercise's card: "Primary muscles: Quadriceps and Glutes". */
export function primaryMusclesLine(primary: readonly MuscleId[]): string {
  const label = primary.length === 1 ? 'Primary muscle' : 'Primary muscles';
  return `${label}: ${listWords(primary.map((id) => MUSCLES[id].label))}`;
}

/**
 * A page's absolute URL and its preview image's, as SeoTags and the JSON-LD builders need them.
 * The 404 page renders at "/404/" but is written to, and served from, "/404.html"; "/404/" itself
 * answers 404, so that is not its address.
 */
export function pageUrls(pagePath: string, site: URL): { url: string; image: string } {
  const address = pagePath === '/404/' ? '/404.html' : pagePath;
  return { url: new URL(address, site).href, image: new URL(ogImagePath(pagePath), site).href };
}
