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
  // Two pages at a time: while one link-preview image waits for its figure to be rasterised (sharp
  // works off the main thread), the next page renders; the output is the same (BENCHMARKS.md).
  build: { inlineStylesheets: 'never', concurrency: 2 },
  markdown: {
    // Content files (Markdown and MDX): no <script> in them, and Markdown `##` headings get the
    // copy link that MDX gets from ProseH2 (src/build/markdown.ts).
    processor: satteri({ hastPlugins: markdownPlugins() }),
  },
  vite: {
    // Scripts, like stylesheets, always go in their own files: cached across pages, and allowed by the CSP's 'self'.
    build: { assetsInlineLimit: (file) => (file.endsWith('.js') ? false : undefined) },
    plugins: [tailwindcss()],
  },
});
