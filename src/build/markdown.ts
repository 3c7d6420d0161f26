/**
 * Plugins for Astro's Markdown processor (satteri), registered in astro.config.mjs. They run in
 * the build only, on content files written as plain Markdown.
 */
import type { Element, ElementContent } from 'hast';
import type { HastPluginDefinition } from 'satteri';
import { COPY_LINK_CLASS, copyLinkLabel, SECTION_HEADING_CLASS } from '../lib/section-links';

/**
 * Markdown `##` headings that have an id become section headings: the heading's content moves
 * into a `<span>` and the copy link follows it, as in SectionHeading.astro. Headings without an
 * id, other levels and MDX (which maps `h2` to ProseH2 instead) are left alone.
 *
 * Astro gives headings their ids after the configured plugins have run, so put Astro's own
 * `satteriHeadingIdsPlugin()` before this one (Astro's later pass keeps ids that are set).
 */
export const sectionLinks: HastPluginDefinition = {
  name: 'section-links',
  element: {
    filter: ['h2'],
    visit(node, ctx) {
      const id = node.properties?.id;
      if (typeof id !== 'string' || ctx.sourceFormat !== 'markdown') return;
      const text = ctx.textContent(node).trim();
      const link: Element = {
        type: 'element',
        tagName: 'a',
        properties: {
          href: `#${id}`,
          dataCopy: text,
          dataPagefindIgnore: true,
          ariaLabel: copyLinkLabel(text),
          className: COPY_LINK_CLASS.split(' '),
        },
        children: [],
      };
      const content: Element = { type: 'element', tagName: 'span', properties: {}, children: node.children as ElementContent[] };
      return {
        type: 'element',
        tagName: 'h2',
        properties: { ...node.properties, className: SECTION_HEADING_CLASS.split(' ') },
        children: [content, link],
      };
    },
  },
};
