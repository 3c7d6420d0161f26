// Runs Lighthouse (mobile, its default) against a running preview with the local Chromium and
// fails when a category scores below LH_MIN_SCORE (default 0.95).
// Run through npm (`npm run lighthouse`) so the Node 24 and lighthouse bins are on PATH.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { chromiumArgs, chromiumPath } from './browser.mjs';

const base = process.env.LH_BASE_URL ?? 'http://127.0.0.1:4321';
const paths = process.argv.slice(2).length ? process.argv.slice(2) : ['/', '/exercises/goblet-squat/', '/search/'];
const min = Number(process.env.LH_MIN_SCORE ?? '0.95');
const categories = ['performance', 'accessibility', 'best-practices', 'seo'];

mkdirSync('reports', { recursive: true });
let failed = false;
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
  for (const k of categories) {
    if (report.categories[k].score < min) {
      failed = true;
      const audits = Object.values(report.audits)
        .filter((a) => a.score !== null && a.score < 1 && report.categories[k].auditRefs.some((r) => r.id === a.id && r.weight > 0))
        .map((a) => a.id);
      console.error(`  ${k} below ${min * 100}: ${audits.join(', ')}`);
    }
  }
}
process.exit(failed ? 1 : 0);
