// What a movement figure adds to its page, for the budget check (scripts/budget.mjs). The figure
// is the element marked `data-figure` (src/lib/figure/render.ts); it is found by parsing the page,
// so its nested <div>s and <svg>s, however many, are measured whole.
import { gzipSync } from 'node:zlib';
import { DomUtils, parseDocument } from 'htmlparser2';

const gz = (text) => gzipSync(text, { level: 9 }).length;

/**
 * The figure's markup in a page, or undefined when the page has none.
 * @param {string} html a built page
 * @returns {string | undefined}
 */
export function figureMarkup(html) {
  const document = parseDocument(html, { withStartIndices: true, withEndIndices: true });
  const figure = DomUtils.findOne((element) => element.attribs['data-figure'] !== undefined, document.children);
  return figure ? html.slice(figure.startIndex ?? 0, (figure.endIndex ?? 0) + 1) : undefined;
}

/**
 * The bytes the figure adds to its page, gzipped: the page with it less the page without it.
 * @param {string} html a built page
 * @returns {number} 0 when the page has no figure
 */
export function figureBytes(html) {
  const figure = figureMarkup(html);
  return figure ? gz(html) - gz(html.replace(figure, '')) : 0;
}
