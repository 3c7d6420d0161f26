// Runs Lighthouse (mobile, its default) against a running preview with the local Chromium and
// fails when a category scores below LH_MIN_SCORE (default 0.95). The preview is the one on
// 127.0.0.1:$PORT (default 4321) unless LH_BASE_URL names another. Writes reports/lighthouse.json
// (the scores per page and every score below the minimum).
// Run through npm (`npm run lighthouse`) so the Node 24 and lighthouse bins are on PATH.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { chromiumArgs, chromiumPath } from './browser.mjs';

const base = process.env.LH_BASE_URL ?? `http://127.0.0.1:${process.env.PORT ?? 4321}`;
// The page kinds a runner opens in the gym: home, an exercise, a routine with its timer, the plan, search.
const paths = process.argv.slice(2).length
  ? process.argv.slice(2)
  : ['/', '/exercises/goblet-squat/', '/routines/nine-move-dumbbell-circuit/', '/plan/', '/search/'];
const min = Number(process.env.LH_MIN_SCORE ?? '0.95');
const categories = ['performance', 'accessibility', 'best-practices', 'seo'];

mkdirSync('reports', { recursive: true });
const problems = [];
const pages = [];
for (const [i, path] of paths.entries()) {
  const out = `reports/lighthouse-${i}.json`;
  execFileSync(
    'lighthouse',
    [base + path, `--chrome-flags=${chromiumArgs.join(' ')}`, '--output=json', `--output-path=${out}`, '--quiet',
      `--only-categories=${categories.join(',')}`],
    { stdio: 'inherit', env: { ...process.env, CHROME_PATH: chromiumPath() } },
  );
  const report = JSON.parse(readFileSync(out, 'utf8'));
  if (report.runtimeError) throw new Error(`${path}: ${report.runtimeError.message}`);
  const scores = Object.fromEntries(categories.map((k) => [k, Math.round(report.categories[k].score * 100)]));
  console.log(`lighthouse ${report.configSettings.formFactor} ${path}`, scores);
  pages.push({ path, scores });
  for (const k of categories) {
    if (report.categories[k].score < min) {
      const audits = Object.values(report.audits)
        .filter((a) => a.score !== null && a.score < 1 && report.categories[k].auditRefs.some((r) => r.id === a.id && r.weight > 0))
        .map((a) => a.id);
      problems.push(`${path}: ${k} ${scores[k]} < ${min * 100} (${audits.join(', ')})`);
      console.error(`  ${k} below ${min * 100}: ${audits.join(', ')}`);
    }
  }
}
writeFileSync('reports/lighthouse.json', `${JSON.stringify({ base, pages, problems }, null, 2)}\n`);
process.exit(problems.length ? 1 : 0);
