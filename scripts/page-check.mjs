// Checks every page in dist/ against scripts/page-rules.mjs, and every link between them against
// scripts/link-rules.mjs, without a browser or a server, so it stays fast however large the library
// grows. Prints each problem with its file, writes reports/pages.json and exits 1 when any page has
// a problem. Run after `npm run build`: `npm run check:pages` (or `node scripts/page-check.mjs <dir>`
// for a build folder other than dist/).
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { builtFiles, builtPages } from './built-pages.mjs';
import { brokenLinks } from './link-rules.mjs';
import { checkPage, EXERCISE_PAGE, sharedTitles } from './page-rules.mjs';

const started = Date.now();
const dist = process.argv[2] ?? 'dist';
const problems = [];
const files = existsSync(dist) ? builtPages(dist) : [];
/** A page's address from its file: dist/exercises/plank/index.html is /exercises/plank/. */
const address = (file) => `/${relative(dist, file).split(sep).join('/')}`.replace(/index\.html$/, '');
const pages = files.map((file) => {
  const { title, problems: found, ids, links } = checkPage(readFileSync(file, 'utf8'), address(file));
  for (const problem of found) problems.push(`${file}: ${problem}`);
  return { file, title, ids, links };
});
problems.push(...sharedTitles(pages));
if (!files.length) problems.push(`${dist}/ has no pages: run \`npm run build\` first`);
else if (!files.some((file) => EXERCISE_PAGE.test(address(file)))) problems.push(`${dist}/ has no exercise page at /exercises/<slug>/, so no exercise figure was checked`);
else {
  // The site's origin, as the build wrote it: links to it are links within the site.
  const sitemap = join(dist, 'sitemap-index.xml');
  const site = existsSync(sitemap) ? /<loc>([^<]+)<\/loc>/.exec(readFileSync(sitemap, 'utf8'))?.[1] : undefined;
  if (site) problems.push(...brokenLinks(pages, new Set(builtFiles(dist)), { site, dist }));
  else problems.push(`${sitemap} is missing or lists no sitemap, so the site's origin is unknown and its links were not checked`);
}
const links = pages.reduce((sum, page) => sum + page.links.length, 0);
if (files.length && !links) problems.push(`${dist}/ has pages but not one link: the links were not read`);

mkdirSync('reports', { recursive: true });
writeFileSync('reports/pages.json', `${JSON.stringify({ pages: files.length, links, problems }, null, 2)}\n`);
for (const problem of problems) console.error(problem);
console.log(
  `pages: ${files.length} pages and ${links} links checked in ${((Date.now() - started) / 1000).toFixed(1)} s, ${problems.length} problem${problems.length === 1 ? '' : 's'}`,
);
process.exit(problems.length ? 1 : 0);
