import { createSatteriMarkdownProcessor, satteri, satteriHeadingIdsPlugin } from '@astrojs/markdown-satteri';
import { describe, expect, it } from 'vitest';
import { sectionLinks } from '../../src/build/markdown';
import { COPY_LINK_CLASS, SECTION_HEADING_CLASS, headingText } from '../../src/lib/section-links';

/** Markdown rendered as Astro renders content files, with the plugins of astro.config.mjs. */
async function render(markdown: string, hastPlugins = [satteriHeadingIdsPlugin(), sectionLinks]) {
  const processor = await createSatteriMarkdownProcessor({ hastPlugins });
  return (await processor.render(markdown)).code.trim();
}

/** What SectionHeading.astro renders for a level-2 heading, attributes in the plugin's order. */
const sectionHeading = (id: string, html: string, copy: string) =>
  `<h2 id="${id}" class="${SECTION_HEADING_CLASS}"><span>${html}</span>` +
  `<a href="#${id}" data-copy="${copy}" data-pagefind-ignore aria-label="Copy link to “${copy}”" ` +
  `class="${COPY_LINK_CLASS.replaceAll("'", '&#x27;')}"></a></h2>`;

describe('section links in Markdown', () => {
  it('give a ## heading the copy link that points at its id', async () => {
    expect(await render('## How it should feel')).toBe(
      sectionHeading('how-it-should-feel', 'How it should feel', 'How it should feel'),
    );
  });

  it('keep inline code and emphasis in the heading and copy only its text', async () => {
    expect(await render('## Brace with `core` and *breath*')).toBe(
      sectionHeading(
        'brace-with-core-and-breath',
        'Brace with <code>core</code> and <em>breath</em>',
        'Brace with core and breath',
      ),
    );
  });

  it('escape ampersands and quotes once', async () => {
    const html = await render('## Sets & "reps"');
    expect(html).toBe(sectionHeading('sets--reps', 'Sets &amp; “reps”', 'Sets &amp; “reps”'));
    expect(html).not.toContain('&amp;amp;');
    // Inside code, quotes stay straight and are escaped in the attributes.
    expect(await render('## Say `"go"`')).toBe(sectionHeading('say-go', 'Say <code>"go"</code>', 'Say &quot;go&quot;'));
  });

  it('leave other heading levels alone', async () => {
    expect(await render('### Cues\n\n#### Detail')).toBe('<h3 id="cues">Cues</h3>\n<h4 id="detail">Detail</h4>');
  });

  it('leave a ## heading without an id alone', async () => {
    // Without the id pass first, Astro's own pass adds the id only after this plugin has run.
    expect(await render('## Notes', [sectionLinks])).toBe('<h2 id="notes">Notes</h2>');
  });

  it('leave MDX alone, where ProseH2 renders the heading', async () => {
    const mdx = await satteri({ hastPlugins: [satteriHeadingIdsPlugin(), sectionLinks] }).createMdxRenderer!(
      {},
      { optimize: false },
    );
    const { code } = await mdx.process('## Notes', '/content/guides/test.mdx', {});
    expect(code).toContain('"notes"');
    expect(code).not.toContain('copy-link');
  });
});

describe('headingText', () => {
  it('drops tags and decodes what rendering escaped', () => {
    expect(headingText(' Sets &amp; <code>reps</code> &quot;x&quot; &#39;y&#39; &#x2019; ')).toBe(`Sets & reps "x" 'y' ’`);
  });

  it('decodes once, so escaped entities stay text', () => {
    expect(headingText('&amp;lt;tag&amp;gt;')).toBe('&lt;tag&gt;');
  });
});
