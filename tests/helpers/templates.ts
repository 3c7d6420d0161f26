// The site's page templates, each as the pattern of the addresses it serves. The browser suite
// checks one page of each (the first in the sitemap) instead of every page, so its time does not
// grow with the library; a sitemap address that fits no template fails the suite, so a new route
// cannot go unchecked. Every page is still checked without a browser (scripts/page-check.mjs).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface Template {
  /** What the page is, as the test names it. */
  name: string;
  /** The addresses (sitemap paths) this template serves. */
  route: RegExp;
  /** Where to open it, when that differs from its path (the search page with a search in it). */
  visit?: (path: string) => string;
  /** A variant worth its own check: the first page of this template whose HTML contains `marker`. */
  variant?: { name: string; marker: string };
}

export const TEMPLATES: Template[] = [
  { name: 'home', route: /^\/$/ },
  { name: 'exercise index', route: /^\/exercises\/$/ },
  { name: 'exercise', route: /^\/exercises\/[^/]+\/$/ },
  { name: 'muscle index', route: /^\/muscles\/$/ },
  { name: 'muscle', route: /^\/muscles\/[^/]+\/$/ },
  { name: 'equipment index', route: /^\/equipment\/$/ },
  { name: 'equipment item', route: /^\/equipment\/[^/]+\/$/ },
  { name: 'pattern index', route: /^\/patterns\/$/ },
  { name: 'pattern', route: /^\/patterns\/[^/]+\/$/ },
  { name: 'body area index', route: /^\/areas\/$/ },
  { name: 'body area', route: /^\/areas\/[^/]+\/$/ },
  { name: 'guide index', route: /^\/guides\/$/ },
  { name: 'references', route: /^\/guides\/references\/$/ },
  { name: 'guide', route: /^\/guides\/(?!references\/)[^/]+\/$/ },
  { name: 'routine index', route: /^\/routines\/$/ },
  {
    name: 'routine',
    route: /^\/routines\/[^/]+\/$/,
    variant: { name: 'routine with an interval timer', marker: 'data-kind="intervals"' },
  },
  { name: 'plan', route: /^\/plan\/$/ },
  { name: 'search', route: /^\/search\/$/, visit: (path) => `${path}?q=squat` },
];

/** A page to open: the template it stands for and the address to open. */
export interface TemplatePage {
  name: string;
  path: string;
}

/**
 * One page per template (and per variant) from the sitemap's paths, plus what does not fit:
 * `unmatched` are paths no template serves, `ambiguous` paths more than one does, `missing`
 * templates (or variants) with no page. `html` reads a path's built page (for variants).
 */
export function templatePages(paths: string[], templates = TEMPLATES, html = builtPage) {
  const pages: TemplatePage[] = [];
  const unmatched: string[] = [];
  const ambiguous: string[] = [];
  const missing: string[] = [];
  for (const path of paths) {
    const serving = templates.filter((t) => t.route.test(path));
    if (!serving.length) unmatched.push(path);
    if (serving.length > 1) ambiguous.push(`${path} (${serving.map((t) => t.name).join(', ')})`);
  }
  for (const template of templates) {
    const own = paths.filter((p) => template.route.test(p));
    const open = (path: string) => template.visit?.(path) ?? path;
    if (own[0]) pages.push({ name: template.name, path: open(own[0]) });
    else missing.push(template.name);
    if (template.variant) {
      const { name, marker } = template.variant;
      const found = own.find((p) => html(p).includes(marker));
      if (found) pages.push({ name, path: open(found) });
      else missing.push(name);
    }
  }
  return { pages, unmatched, ambiguous, missing };
}

/** The built HTML of a sitemap path. */
function builtPage(path: string): string {
  const file = join('dist', path, 'index.html');
  if (!existsSync(file)) throw new Error(`${file} is in the sitemap but was not built`);
  return readFileSync(file, 'utf8');
}

/**
 * How far down a phone's screen (390 px wide, 358 px of text) an exercise page's first cue starts,
 * estimated from its built HTML, in CSS pixels from the top of <main>: the lines its text above
 * the figure takes (src/pages/exercises/[slug].astro: breadcrumb, title, other names, summary,
 * at their font sizes) and its figure's height (src/styles/figure.css: the moving figure at most
 * 10rem tall, each still at most 7.5rem, side by side, when motion is reduced).
 */
export interface CueDepth {
  path: string;
  /** With the moving figure. */
  moving: number;
  /** With the figure's key positions side by side (prefers-reduced-motion). */
  still: number;
}

const TEXT_WIDTH = 358;
/** Characters per line and line height (px) of each line above the figure, at its font size. */
const LINES = {
  breadcrumb: [48, 20],
  title: [20, 36],
  names: [40, 24],
  summary: [34, 28],
} as const;

/** The estimate for one page (see `CueDepth`). */
export function cueDepth(path: string, html: string): CueDepth {
  const main = html.indexOf('<main');
  const cue = html.indexOf('id="cue-1"', main);
  if (main < 0 || cue < 0) throw new Error(`${path} has no <main> with a first cue in it`);
  // An exercise not yet posed has no figure: its text alone comes before the cues.
  const found = html.indexOf('class="exercise-figure"', main);
  const figure = found >= 0 && found < cue ? found : cue;
  const top = html.slice(main, figure);
  const words = (pattern: RegExp) => (pattern.exec(top)?.[1] ?? '').replace(/<[^>]+>/g, '').replace(/\s+/g, ' ').trim();
  const lines = (text: string, [perLine, height]: readonly [number, number]) => (text ? Math.ceil(text.length / perLine) * height : 0);
  const text =
    lines(words(/<p class="no-print[^"]*"[^>]*>(.*?)<\/p>/), LINES.breadcrumb) +
    lines(words(/<h1[^>]*>(.*?)<\/h1>/), LINES.title) +
    lines(words(/<p class="text-muted"[^>]*>(.*?)<\/p>/), LINES.names) +
    lines(words(/<p class="max-w-prose text-lg">(.*?)<\/p>/), LINES.summary);
  if (figure === cue) return { path, moving: text, still: text };
  const drawing = html.slice(figure, cue);
  const viewBox = /viewBox="[-\d.]+ [-\d.]+ ([\d.]+) ([\d.]+)"/.exec(drawing);
  const keys = /class="fig fig-k(\d)\b/.exec(drawing);
  if (!viewBox || !keys) throw new Error(`${path}: its figure has no viewBox or no key-position count`);
  const [width, height] = [Number(viewBox[1]), Number(viewBox[2])];
  const eachWidth = Math.min(152, TEXT_WIDTH / Number(keys[1]));
  return {
    path,
    moving: text + Math.min(160, height, (TEXT_WIDTH * height) / width),
    still: text + Math.min(120, height, (eachWidth * height) / width),
  };
}

/**
 * The exercise pages whose first cue starts lowest on a phone by the estimate above: the `each`
 * deepest with the figure moving and the `each` deepest with it still. A browser measures these
 * instead of every exercise page, so the check costs the same at 100 exercises as at 1,000; the
 * margin of `each` covers where the estimate's line breaks differ from the browser's.
 */
export function deepestCuePages(paths: string[], each = 12, html = builtPage): string[] {
  const pages = paths.filter((p) => /^\/exercises\/[^/]+\/$/.test(p)).map((p) => cueDepth(p, html(p)));
  const deepest = (depth: (page: CueDepth) => number) => [...pages].sort((a, b) => depth(b) - depth(a) || a.path.localeCompare(b.path)).slice(0, each);
  return [...new Set([...deepest((p) => p.moving), ...deepest((p) => p.still)].map((p) => p.path))].sort();
}
