// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';

export default defineConfig({
  site: 'https://strongstride.example',
  output: 'static',
  // Kept inside the project (not node_modules) so copies of the tree that share node_modules don't share caches.
  cacheDir: './.astro/cache',
  trailingSlash: 'always',
  integrations: [mdx(), sitemap({ filter: (page) => !page.endsWith('/404/') })],
  build: { inlineStylesheets: 'never' },
  vite: {
    // Scripts, like stylesheets, always go in their own files: cached across pages, and allowed by the CSP's 'self'.
    build: { assetsInlineLimit: (file) => (file.endsWith('.js') ? false : undefined) },
    plugins: [tailwindcss()],
  },
});
