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
