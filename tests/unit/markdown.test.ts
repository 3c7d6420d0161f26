import { pathToFileURL } from 'node:url';
import { createSatteriMarkdownProcessor } from '@astrojs/markdown-satteri';
import { mdxToJs } from 'satteri';
import { describe, expect, it } from 'vitest';
import { markdownPlugins } from '../../src/build/markdown';

/** A content file rendered as the build renders it, with the plugins of astro.config.mjs. */
async function renderMarkdown(markdown: string, file = 'content/exercises/goblet-squat.md') {
  const processor = await createSatteriMarkdownProcessor({ hastPlugins: markdownPlugins() });
  return (await processor.render(markdown, { fileURL: pathToFileURL(file) })).code;
}
const renderMdx = async (mdx: string, file = 'content/guides/why-lift.mdx') =>
  (await mdxToJs(mdx, { hastPlugins: markdownPlugins(), fileURL: pathToFileURL(file) })).code;

describe('scripts in content files', () => {
  it('stop the build when written as raw HTML in Markdown, naming the file and the script', async () => {
    await expect(renderMarkdown('Squat low.\n\n<script>fetch("/steal")</script>\n')).rejects.toThrow(
      'content/exercises/goblet-squat.md: a <script> in the text would run on the page (<script>fetch("/steal")</script>)',
    );
  });

  it('stop the build inside a paragraph or another element, in any letter case', async () => {
    await expect(renderMarkdown('Text <script>a()</script> more.')).rejects.toThrow('goblet-squat.md: a <script>');
    await expect(renderMarkdown('<div>\n<SCRIPT src="https://cdn.example/x.js"></SCRIPT>\n</div>')).rejects.toThrow('goblet-squat.md: a <script>');
  });

  it('stop the build when written as a tag in MDX', async () => {
    await expect(renderMdx('# Why lift\n\n<script>{"a()"}</script>\n')).rejects.toThrow('content/guides/why-lift.mdx: a <script>');
    await expect(renderMdx('Some <script>{"a()"}</script> text.')).rejects.toThrow('why-lift.mdx: a <script>');
  });

  it('leave a script shown as code alone', async () => {
    expect(await renderMarkdown('Write `<script>` tags in code:\n\n```html\n<script>a()</script>\n```\n')).toContain('&lt;script&gt;');
  });
});
