// @ts-check
import { defineConfig } from 'astro/config';
import { satteri } from '@astrojs/markdown-satteri';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import strongStrideBuild from './src/build/integration.ts';
import { inSitemap } from './src/lib/site-pages.ts';
import { markdownPlugins } from './src/build/markdown.ts';

export default defineConfig({
  site: 'https://strongstride.example',
  output: 'static',
  // Kept inside the project (not node_modules) so copies of the tree that share node_modules don't share caches.
  cacheDir: './.astro/cache',
  trailingSlash: 'always',
  // strongStrideBuild last: its steps (search index, CSP, service worker) need every page written,
  // the sitemap included.
  integrations: [mdx(), sitemap({ filter: inSitemap }), strongStrideBuild()],
  // Eight pages at a time: while pages wait for their files to be written, or a link-preview image
  // for the worker thread that draws it (src/build/og-images.ts), the next pages render; the output
  // is the same (BENCHMARKS.md, "Build time at 1,000").
  build: { inlineStylesheets: 'never', concurrency: 8 },
  markdown: {
    // Content files (Markdown and MDX): no <script> in them, and Markdown `##` headings get the
    // copy link that MDX gets from ProseH2 (src/build/markdown.ts).
    processor: satteri({ hastPlugins: markdownPlugins() }),
  },
  vite: {
    // Scripts, like stylesheets, always go in their own files: cached across pages, and allowed by the CSP's 'self'.
    build: {
      assetsInlineLimit: (file) => (file.endsWith('.js') ? false : undefined),
      rolldownOptions: {
        // Astro marks each MDX module "use astro:head-inject"; the bundler warns, once per MDX file,
        // that it may not keep the directive. Astro has read it by then: dist/ is byte-for-byte the
        // same with the warning shown or not, so it is only noise in the build log.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('astro:head-inject')) return;
          warn(warning);
        },
      },
    },
    plugins: [tailwindcss()],
  },
});
