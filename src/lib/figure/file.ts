/**
 * Where an exercise's still figure is published for pictures drawn in the browser (the plan's
 * session cards; search results carry the same drawing in their index entry, read from this
 * file at build time): one small SVG file per exercise, its telltale key position as a
 * <symbol>. A page shows it with <svg><use href="/figures/<slug>.svg#still"/></svg>,
 * which, unlike an <img>, takes the page's theme colours (the symbol paints with the site's CSS
 * variables, which the <use> passes down) and so follows the theme toggle; the file is cached
 * once for every page that shows it. Small and free of the drawing code, so browser code can
 * import it.
 */

/** The id of the symbol inside every figure file. */
export const STILL_ID = 'still';

/** The site path of an exercise's figure file. */
export const figureFilePath = (slug: string) => `/figures/${slug}.svg`;

/** The address a <use> element takes to show an exercise's still figure. */
export const stillHref = (slug: string) => `${figureFilePath(slug)}#${STILL_ID}`;

/** An <svg> that shows the still at `href` (stillHref) with <use>, in the page's theme colours. */
export const stillUse = (href: string, attributes = ''): string => `<svg${attributes}><use href="${href}"/></svg>`;

/**
 * A figure file's still as an <svg> element of its own, for a page to draw in without fetching the
 * file (search results carry it in their index entry); undefined when `file` holds no still symbol.
 * The file is written by figureFile (still.ts): `<svg …><symbol id="still" viewBox="…">…</symbol>…`.
 */
export function stillSvg(file: string): string | undefined {
  const symbol = new RegExp(`<symbol id="${STILL_ID}" viewBox="([^"]+)">(.*?)</symbol>`, 's').exec(file);
  return symbol ? `<svg viewBox="${symbol[1]}">${symbol[2]}</svg>` : undefined;
}

/**
 * HTML with each slot filled with its exercise's still figure: a slot is an
 * `<li data-exercise="<slug>">`, as the plan draws each exercise of a session (src/lib/plan/render.ts).
 * Every exercise has a figure file (the build fails without its pose).
 */
export function fillFigureSlots(html: string): string {
  return html.replace(
    /<li data-exercise="([^"]+)">/g,
    (slot, slug: string) => `${slot}${stillUse(stillHref(slug), ' class="slot-figure" aria-hidden="true"')}`,
  );
}
