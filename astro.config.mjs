// @ts-check
import { defineConfig } from 'astro/config';
import { satteri, satteriHeadingIdsPlugin } from '@astrojs/markdown-satteri';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import { sectionLinks } from './src/lib/section-links.ts';

export default defineConfig({
  site: 'https://strongstride.example',
  output: 'static',
  // Kept inside the project (not node_modules) so copies of the tree that share node_modules don't share caches.
  cacheDir: './.astro/cache',
  trailingSlash: 'always',
  integrations: [mdx(), sitemap({ filter: (page) => !page.endsWith('/404/') })],
  build: { inlineStylesheets: 'never' },
  markdown: {
    // Markdown `##` headings get the copy link that MDX gets from ProseH2. Astro sets heading ids
    // only after these plugins, so they are set here first for the links to point at.
    processor: satteri({ hastPlugins: [satteriHeadingIdsPlugin(), sectionLinks] }),
  },
  vite: {
    // Scripts, like stylesheets, always go in their own files: cached across pages, and allowed by the CSP's 'self'.
    build: { assetsInlineLimit: (file) => (file.endsWith('.js') ? false : undefined) },
    plugins: [tailwindcss()],
  },
});
