// Checks dist/ against budgets.json: per exercise page (and each page budgets.json names, such as
// /plan/), HTML + CSS gzipped; the bytes a movement figure adds to its page (the page gzipped with
// and without the figure); per page, the JavaScript it loads before the reader opens search
// (inline scripts plus module scripts and their static imports). Prints the largest pages, writes
// reports/budget.json (pages checked and every page over budget) and exits 1 when any budget is
// exceeded.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { builtPages } from './built-pages.mjs';
import { figureBytes as measureFigure } from './figure-bytes.mjs';

const budgets = JSON.parse(readFileSync('budgets.json', 'utf8'));
const gz = (text) => gzipSync(text, { level: 9 }).length;
const distFile = (url) => join('dist', url.split('?')[0]);

/** A module and everything it statically imports, each counted once. */
function moduleGraph(url, seen = new Set()) {
  if (seen.has(url) || !existsSync(distFile(url))) return seen;
  seen.add(url);
  const code = readFileSync(distFile(url), 'utf8');
  for (const [, spec] of code.matchAll(/(?:^|[;\s}])import\s*(?:[\w${},\s*]+from\s*)?["']([^"']+)["']/g)) {
    moduleGraph(new URL(spec, `http://x${url}`).pathname, seen);
  }
  return seen;
}

const problems = [];
const rows = [];
for (const file of builtPages()) {
  const path = '/' + file.slice('dist/'.length).replace(/index\.html$/, '').replace(/\.html$/, '.html');
  const html = readFileSync(file, 'utf8');
  const css = [...html.matchAll(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g)]
    .map((m) => m[1])
    .filter((href) => href.startsWith('/'))
    .map((href) => readFileSync(distFile(href), 'utf8'))
    .join('');
  const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)(?![^>]*type="application\/(?:ld\+)?json")[^>]*>([\s\S]*?)<\/script>/g)]
    .map((m) => m[1])
    .join('\n');
  const modules = new Set();
  for (const [, src] of html.matchAll(/<script[^>]+src="(\/[^"]+)"/g)) moduleGraph(src, modules);
  const js = (inline ? gz(inline) : 0) + [...modules].reduce((sum, url) => sum + gz(readFileSync(distFile(url))), 0);
  const htmlCss = gz(html) + (css ? gz(css) : 0);
  const figureBytes = measureFigure(html);
  rows.push({ path, htmlCss, js, figureBytes });
  if (figureBytes > budgets.figure) problems.push(`${path}: its figure adds ${figureBytes} B gzipped > ${budgets.figure} B`);

  if (path.startsWith('/exercises/') && path !== '/exercises/' && htmlCss > budgets.exercisePageHtmlCss) {
    problems.push(`${path}: HTML + CSS ${htmlCss} B gzipped > ${budgets.exercisePageHtmlCss} B`);
  }
  const htmlCssLimit = budgets.pageHtmlCss.byPath[path];
  if (htmlCssLimit !== undefined && htmlCss > htmlCssLimit) problems.push(`${path}: HTML + CSS ${htmlCss} B gzipped > ${htmlCssLimit} B`);
  if (!budgets.pageJs.excluded.includes(path)) {
    const routine = /^\/routines\/[^/]+\/$/.test(path) ? budgets.pageJs.routinePage : 0;
    const limit = budgets.pageJs.byPath[path] ?? budgets.pageJs.default + routine;
    if (js > limit) problems.push(`${path}: JavaScript ${js} B gzipped > ${limit} B`);
  }
}

const top = (key) => [...rows].sort((a, b) => b[key] - a[key]).slice(0, 3).map((r) => `${r.path} ${r[key]} B`).join(', ');
console.log(`budget: ${rows.length} pages; largest HTML+CSS: ${top('htmlCss')}`);
console.log(`budget: most JavaScript: ${top('js')}`);
console.log(`budget: ${rows.filter((r) => r.figureBytes).length} pages with movement figures; largest figure bytes: ${top('figureBytes')}`);
if (!rows.length) problems.push('dist/ has no pages: run `npm run build` first');
mkdirSync('reports', { recursive: true });
writeFileSync('reports/budget.json', `${JSON.stringify({ pages: rows.length, problems }, null, 2)}\n`);
if (problems.length) {
  console.error(problems.join('\n'));
  process.exit(1);
}
console.log('budget: every page within budget');
