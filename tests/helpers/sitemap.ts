// Every page the site publishes, read from the built sitemap so new pages are checked automatically.
import { readdirSync, readFileSync } from 'node:fs';

export function sitemapPaths(): string[] {
  const files = readdirSync('dist').filter((name) => /^sitemap-\d+\.xml$/.test(name));
  if (!files.length) throw new Error('dist/ has no sitemap: run `npm run build` first');
  const paths = files
    .flatMap((name) => [...readFileSync(`dist/${name}`, 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)])
    .map((match) => new URL(match[1]).pathname)
    .sort();
  if (!paths.length) throw new Error(`dist/${files.join(', dist/')} lists no pages`);
  return paths;
}
