/**
 * Plugins for Astro's Markdown processor (satteri), which renders content files, Markdown and MDX
 * alike; astro.config.mjs registers markdownPlugins (below). They run in the build only.
 */
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Element, ElementContent } from 'hast';
import type { HastPluginDefinition, HastVisitorContext } from 'satteri';
import { satteriHeadingIdsPlugin } from '@astrojs/markdown-satteri';
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

/** The content file being rendered, from the project root, for error messages. */
const fileOf = (ctx: HastVisitorContext) => (ctx.fileURL ? relative(process.cwd(), fileURLToPath(ctx.fileURL)) : 'a content file');

function refuseScript(ctx: HastVisitorContext, what: string): never {
  const shown = what.length > 120 ? `${what.slice(0, 117)}…` : what;
  throw new Error(
    `${fileOf(ctx)}: a <script> in the text would run on the page (${shown}); content cannot carry scripts. Remove it; what a page does belongs in src/components/.`,
  );
}

/**
 * A <script> written in a content file, as raw HTML in Markdown or as a tag in MDX, stops the build
 * naming the file: only the site's own code runs on its pages (the CSP step refuses any inline
 * script it does not know, too; src/build/csp.ts).
 */
export const noContentScripts: HastPluginDefinition = {
  name: 'no-content-scripts',
  raw(node, ctx) {
    if (/<script\b/i.test(node.value)) refuseScript(ctx, node.value.trim());
  },
  element: { filter: ['script'], visit: (_, ctx) => refuseScript(ctx, '<script>') },
  mdxJsxFlowElement: { filter: ['script'], visit: (_, ctx) => refuseScript(ctx, '<script>') },
  mdxJsxTextElement: { filter: ['script'], visit: (_, ctx) => refuseScript(ctx, '<script>') },
};

/**
 * The hast plugins content files are rendered with, in order. Astro sets heading ids only after
 * these run, so its own heading-id plugin comes first for sectionLinks to point at them.
 */
export const markdownPlugins = () => [noContentScripts, satteriHeadingIdsPlugin(), sectionLinks];
