// Checks every page in dist/ against scripts/page-rules.mjs, without a browser, so it stays fast
// however large the library grows. Prints each problem with its file, writes reports/pages.json
// and exits 1 when any page has a problem. Run after `npm run build`: `npm run check:pages`.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { builtPages } from './built-pages.mjs';
import { checkPage, sharedTitles } from './page-rules.mjs';

const started = Date.now();
const files = builtPages();
const problems = [];
const pages = files.map((file) => {
  const { title, problems: found } = checkPage(readFileSync(file, 'utf8'));
  for (const problem of found) problems.push(`${file}: ${problem}`);
  return { file, title };
});
problems.push(...sharedTitles(pages));
if (!files.length) problems.push('dist/ has no pages: run `npm run build` first');

mkdirSync('reports', { recursive: true });
writeFileSync('reports/pages.json', `${JSON.stringify({ pages: files.length, problems }, null, 2)}\n`);
for (const problem of problems) console.error(problem);
console.log(`pages: ${files.length} pages checked in ${((Date.now() - started) / 1000).toFixed(1)} s, ${problems.length} problem${problems.length === 1 ? '' : 's'}`);
process.exit(problems.length ? 1 : 0);
