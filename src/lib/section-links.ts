/**
 * Section headings with a "copy link" control, written once for both ways a heading reaches a
 * page: SectionHeading.astro (pages and MDX, through ProseH2) and the `sectionLinks` hast plugin
 * (plain Markdown, which has no components; src/build/markdown.ts). Both take their classes and
 * label from here, so the two kinds of page cannot drift apart; the plugin builds the same
 * elements SectionHeading renders. Tailwind finds the class names in this file like in any other
 * source file.
 */

/** Classes on every section heading (SectionHeading callers may add their own). */
export const SECTION_HEADING_CLASS = 'group flex items-baseline gap-2';

/** Its link icon is drawn by CSS (global.css, .copy-link), so the link adds no text to the heading or to search results. */
export const COPY_LINK_CLASS = 'copy-link no-print no-underline';

/** The copy link's accessible name, since it has no text of its own. */
export const copyLinkLabel = (text: string) => `Copy link to “${text}”`;

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/**
 * The text of a rendered heading: tags dropped and character references decoded, so it can be
 * set as an attribute value (which escapes it again) without `&` turning into `&amp;amp;`.
 */
export function headingText(html: string): string {
  return html
    .replace(/<[^>]+>/g, '')
    .replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (ref: string, name: string) => {
      if (name[0] !== '#') return ENTITIES[name.toLowerCase()] ?? ref;
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return code <= 0x10ffff ? String.fromCodePoint(code) : ref;
    })
    .trim();
}
