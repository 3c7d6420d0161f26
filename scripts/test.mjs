// `npm test`: builds the site and runs every check, then prints one closing line,
// "tests: N passed, N failed", counting each unit and browser test, plus one each for the
// type check, HTML validation, link check, size budgets and Lighthouse.
// It finds a browser (scripts/browser.mjs) and Java for the HTML validator, installing Debian's
// packages when it runs as root and they are missing, or says exactly what to install.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { findChromium } from './browser.mjs';

const checks = []; // { name, ok }
const run = (cmd, args, env = {}) =>
  spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } }).status === 0;
const step = (name) => console.log(`\n::: ${name}`);
const has = (cmd) => spawnSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' }).status === 0;

function aptInstall(packages) {
  const root = process.getuid?.() === 0;
  if (!root || !has('apt-get')) return false;
  console.log(`Installing ${packages.join(' ')} with apt-get…`);
  return (
    run('apt-get', ['update', '-qq']) &&
    run('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...packages], { DEBIAN_FRONTEND: 'noninteractive' })
  );
}

function requireTool(found, packages, message) {
  if (found()) return;
  if (aptInstall(packages) && found()) return;
  console.error(`\n${message}\n`);
  process.exit(1);
}

step('browser and Java');
requireTool(
  () => findChromium(),
  ['chromium', 'fonts-liberation'],
  'No Chromium found for the browser tests. Install it (Debian/Ubuntu: sudo apt-get install chromium) or set CHROMIUM_PATH to a Chromium or Chrome binary.',
);
requireTool(
  () => has('java'),
  ['default-jre-headless'],
  'No Java found for the HTML validator (vnu). Install a Java runtime 11+ (Debian/Ubuntu: sudo apt-get install default-jre-headless).',
);
const chromium = findChromium();
console.log(`chromium: ${chromium}`);
// The link-preview images (src/lib/og-render.ts) are set in DejaVu Sans via fontconfig. Without it
// fontconfig substitutes another font, so this installs it where it can and otherwise only warns.
const hasDejaVu = () =>
  has('fc-list')
    ? spawnSync('fc-list', ['DejaVu Sans'], { encoding: 'utf8' }).stdout.trim() !== ''
    : existsSync('/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf');
if (!hasDejaVu() && !aptInstall(['fonts-dejavu-core'])) {
  console.warn('DejaVu Sans not found: preview images will use a substitute font (Debian/Ubuntu: apt-get install fonts-dejavu-core).');
}

rmSync('reports', { recursive: true, force: true });
mkdirSync('reports', { recursive: true });

step('build (astro + pagefind)');
if (!run('npm', ['run', '-s', 'build'])) {
  console.log('tests: 0 passed, 1 failed');
  writeFileSync('reports/summary.txt', 'tests: 0 passed, 1 failed\n');
  process.exit(1);
}

step('type check (astro check)');
checks.push({ name: 'astro check', ok: run('npm', ['run', '-s', 'check']) });

step('unit tests (vitest)');
run('npx', ['vitest', 'run', '--reporter=default', '--reporter=json', '--outputFile.json=reports/vitest.json']);

step('browser tests (playwright)');
run('npx', ['playwright', 'test', '--reporter=list,json'], { PLAYWRIGHT_JSON_OUTPUT_NAME: 'reports/playwright.json', CHROMIUM_PATH: chromium });

step('HTML validation (vnu)');
checks.push({ name: 'vnu', ok: run('npm', ['run', '-s', 'validate:html']) });

step('links and fragments (linkinator)');
checks.push({ name: 'linkinator', ok: run('npm', ['run', '-s', 'validate:links']) });

step('size budgets');
checks.push({ name: 'budget', ok: run('npm', ['run', '-s', 'budget']) });

step('lighthouse');
checks.push({ name: 'lighthouse', ok: await withPreview(() => run('npm', ['run', '-s', 'lighthouse'], { CHROMIUM_PATH: chromium })) });

// The closing line.
let passed = 0;
let failed = 0;
if (existsSync('reports/vitest.json')) {
  const v = JSON.parse(readFileSync('reports/vitest.json', 'utf8'));
  passed += v.numPassedTests;
  failed += v.numFailedTests + (v.numRuntimeErrorTestSuites ?? 0);
  if (!v.numTotalTests) failed += 1;
} else failed += 1;
if (existsSync('reports/playwright.json')) {
  const s = JSON.parse(readFileSync('reports/playwright.json', 'utf8')).stats;
  passed += s.expected + s.flaky;
  failed += s.unexpected;
  if (!s.expected && !s.unexpected) failed += 1;
  if (s.skipped) console.log(`playwright skipped ${s.skipped} test(s)`);
} else failed += 1;
for (const check of checks) check.ok ? passed++ : failed++;
const bad = checks.filter((c) => !c.ok).map((c) => c.name);
if (bad.length) console.log(`failed checks: ${bad.join(', ')}`);
const line = `tests: ${passed} passed, ${failed} failed`;
writeFileSync('reports/summary.txt', `${line}\n`);
console.log(line);
process.exit(failed ? 1 : 0);

/** Serves dist/ on 127.0.0.1:4321 while `task` runs. */
async function withPreview(task) {
  const server = spawn('npx', ['--no', '--', 'astro', 'preview', '--ignore-lock', '--host', '127.0.0.1', '--port', '4321'], {
    stdio: 'ignore',
    detached: true,
  });
  try {
    const until = Date.now() + 30_000;
    for (;;) {
      try {
        if ((await fetch('http://127.0.0.1:4321/')).ok) break;
      } catch {
        // not up yet
      }
      if (Date.now() > until) {
        console.error('preview server did not start');
        return false;
      }
      await new Promise((r) => setTimeout(r, 250));
    }
    return task();
  } finally {
    try {
      process.kill(-server.pid);
    } catch {
      // already gone
    }
  }
}
