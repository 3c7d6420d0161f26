// `npm test`: builds the site and runs every check, then prints the time each step took and one
// closing line, "tests: N passed, N failed", as the last line (also written to reports/summary.txt).
// It counts each unit and browser test, plus one each for the type check, the static page check
// (links included), HTML validation, size budgets and Lighthouse. How a runner's result is judged (exit
// status, crash, time limit, missing report) is in scripts/test-runner.mjs.
//
// It finds a browser (scripts/browser.mjs) and Java for the HTML validator, installing Debian's
// packages when it runs as root and they are missing, or says exactly what to install.
//
//   npm test                          everything
//   npm test -- vitest playwright     only the named steps (on the dist/ already built)
//
// $PORT (default 4321) is where the browser tests and Lighthouse serve dist/, so two checkouts can
// run `npm test` side by side.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { findChromium } from './browser.mjs';
import {
  astroCheckCounts,
  closingLine,
  formatDuration,
  oneCheck,
  playwrightCounts,
  runStep,
  stopAll,
  verdict,
  vitestCounts,
  vnuCounts,
} from './test-runner.mjs';

const PORT = Number(process.env.PORT ?? 4321);
const MINUTE = 60_000;
const color = process.stdout.isTTY && !process.env.NO_COLOR;
const paint = (code, text) => (color ? `\x1b[${code}m${text}\x1b[0m` : text);
const readJson = (path) => JSON.parse(readFileSync(path, 'utf8'));
const has = (cmd) => spawnSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' }).status === 0;
const npx = (...args) => ['npx', ['--no', '--', ...args]];

/** @type {{ name: string, passed: number, failed: number, reasons: string[], problems: string[], ms: number }[]} */
const results = [];

/** Prints the timing table, what failed and the closing line, writes the reports, and exits. */
function finish() {
  const closing = closingLine(results);
  const total = results.reduce((sum, r) => sum + r.ms, 0);
  mkdirSync('reports', { recursive: true });
  writeFileSync(
    'reports/timings.json',
    `${JSON.stringify({ steps: results.map((r) => ({ step: r.name, seconds: r.ms / 1000, passed: r.passed, failed: r.failed })), seconds: total / 1000, wallSeconds: process.uptime(), port: PORT }, null, 2)}\n`,
  );
  console.log('\n::: summary');
  const width = Math.max(...results.map((r) => r.name.length), 5);
  for (const r of results) {
    const status = r.failed ? paint(31, `${r.failed} failed`) : 'ok';
    console.log(`${r.name.padEnd(width)}  ${formatDuration(r.ms).padStart(10)}  ${r.passed} passed, ${status}`);
  }
  console.log(`${'total'.padEnd(width)}  ${formatDuration(total).padStart(10)}  (npm test ran ${formatDuration(process.uptime() * 1000)} in all)`);
  for (const r of results.filter((r) => r.failed)) {
    console.log(paint(31, `\n${r.name} failed:`));
    for (const reason of r.reasons) console.log(`  ${r.name} ${reason}`);
    for (const problem of r.problems.slice(0, 40)) console.log(`  ${problem}`);
    if (r.problems.length > 40) console.log(`  … and ${r.problems.length - 40} more (see reports/)`);
  }
  writeFileSync('reports/summary.txt', `${closing.line}\n`);
  console.log(paint(closing.failed ? 31 : 32, closing.line));
  process.exit(closing.failed ? 1 : 0);
}

/** Records a failure that happened outside any runner (a missing tool, an error in this script). */
function failOutside(name, reason) {
  results.push({ name, passed: 0, failed: 1, reasons: [reason], problems: [], ms: 0 });
}

/** Runs one step, prints how it went, and records it. */
async function step(definition, around = (run) => run()) {
  console.log(`\n::: ${definition.name}`);
  const started = Date.now();
  const outcome = await around(() => runStep(definition));
  const ms = Date.now() - started; // with whatever `around` does (starting a server)
  const v = verdict(outcome);
  results.push({ name: definition.name, ...v, ms });
  const status = v.failed ? paint(31, `${v.failed} failed`) : `${v.failed} failed`;
  console.log(`::: ${definition.name}: ${formatDuration(ms)}, ${v.passed} passed, ${status}${v.reasons.length ? ` (${v.reasons.join('; ')})` : ''}`);
  return v.failed === 0;
}

function aptInstall(packages) {
  const root = process.getuid?.() === 0;
  if (!root || !has('apt-get')) return false;
  console.log(`Installing ${packages.join(' ')} with apt-get…`);
  const run = (cmd, args, env = {}) => spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } }).status === 0;
  return (
    run('apt-get', ['update', '-qq']) &&
    run('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...packages], { DEBIAN_FRONTEND: 'noninteractive' })
  );
}

/** True when the tool is there or could be installed; otherwise records why not. */
function requireTool(found, packages, message) {
  if (found() || (aptInstall(packages) && found())) return true;
  console.error(`\n${message}\n`);
  failOutside('setup', message);
  return false;
}

/** Serves dist/ on 127.0.0.1:$PORT while `task` runs. */
async function withPreview(task) {
  const server = spawn('npx', ['--no', '--', 'astro', 'preview', '--ignore-lock', '--host', '127.0.0.1', '--port', String(PORT)], {
    stdio: 'ignore',
    detached: true,
  });
  try {
    const until = Date.now() + 60_000;
    for (;;) {
      try {
        if ((await fetch(`http://127.0.0.1:${PORT}/`)).ok) break;
      } catch {
        // not up yet
      }
      if (Date.now() > until) {
        return { name: 'lighthouse', ms: 60_000, code: null, signal: null, timedOut: false, timeoutMs: 0, counts: null, reportError: `no preview server answered on port ${PORT}` };
      }
      await new Promise((r) => setTimeout(r, 250));
    }
    return await task();
  } finally {
    try {
      process.kill(-server.pid, 'SIGTERM');
    } catch {
      // already gone
    }
  }
}

function steps(chromium) {
  const browserEnv = { CHROMIUM_PATH: chromium, PORT: String(PORT) };
  return [
    {
      name: 'build',
      command: 'npm',
      args: ['run', '-s', 'build'],
      timeoutMs: 20 * MINUTE,
      // Deleted before the build starts: if it is there afterwards, this build wrote it.
      reportFile: 'dist/index.html',
      readReport: () => {
        const missing = ['dist/index.html', 'dist/404.html', 'dist/sitemap-index.xml', 'dist/pagefind/pagefind.js'].filter((f) => !existsSync(f));
        return oneCheck(missing.map((f) => `${f} was not written`));
      },
    },
    {
      name: 'check',
      ...cmd(npx('astro', 'check')),
      timeoutMs: 15 * MINUTE,
      readReport: astroCheckCounts,
    },
    {
      name: 'vitest',
      ...cmd(npx('vitest', 'run', '--reporter=default', '--reporter=json', '--outputFile.json=reports/vitest.json')),
      timeoutMs: 20 * MINUTE,
      reportFile: 'reports/vitest.json',
      readReport: () => vitestCounts(readJson('reports/vitest.json')),
    },
    {
      name: 'pages',
      command: process.execPath,
      args: ['scripts/page-check.mjs'],
      timeoutMs: 10 * MINUTE,
      reportFile: 'reports/pages.json',
      readReport: () => oneCheck(readJson('reports/pages.json').problems),
    },
    {
      name: 'playwright',
      ...cmd(npx('playwright', 'test', '--reporter=list,json')),
      env: { ...browserEnv, PLAYWRIGHT_JSON_OUTPUT_NAME: 'reports/playwright.json' },
      timeoutMs: 45 * MINUTE,
      reportFile: 'reports/playwright.json',
      readReport: () => playwrightCounts(readJson('reports/playwright.json')),
    },
    {
      name: 'vnu',
      // `npm run validate:html` with a JSON report (vnu takes no options after the folder).
      command: 'java',
      args: ['-jar', 'node_modules/vnu-jar/build/dist/vnu.jar', '--skip-non-html', '--format', 'json', '--stdout', 'dist/'],
      timeoutMs: 15 * MINUTE,
      stdoutFile: 'reports/vnu.json',
      reportFile: 'reports/vnu.json',
      readReport: () => vnuCounts(readJson('reports/vnu.json')),
    },
    {
      name: 'budgets',
      command: process.execPath,
      args: ['scripts/budget.mjs'],
      timeoutMs: 10 * MINUTE,
      reportFile: 'reports/budget.json',
      readReport: () => oneCheck(readJson('reports/budget.json').problems),
    },
    {
      name: 'lighthouse',
      command: process.execPath,
      args: ['scripts/lighthouse.mjs'],
      env: browserEnv,
      timeoutMs: 15 * MINUTE,
      reportFile: 'reports/lighthouse.json',
      readReport: () => oneCheck(readJson('reports/lighthouse.json').problems),
      around: withPreview,
    },
  ];
}

function cmd([command, args]) {
  return { command, args };
}

async function main() {
  mkdirSync('reports', { recursive: true });
  for (const name of ['vitest.json', 'playwright.json', 'vnu.json', 'pages.json', 'budget.json', 'lighthouse.json', 'summary.txt', 'timings.json']) {
    rmSync(`reports/${name}`, { force: true });
  }

  console.log('::: browser and Java');
  const browser = requireTool(
    () => findChromium(),
    ['chromium', 'fonts-liberation'],
    'No Chromium found for the browser tests. Install it (Debian/Ubuntu: sudo apt-get install chromium) or set CHROMIUM_PATH to a Chromium or Chrome binary.',
  );
  const java = requireTool(
    () => has('java'),
    ['default-jre-headless'],
    'No Java found for the HTML validator (vnu). Install a Java runtime 11+ (Debian/Ubuntu: sudo apt-get install default-jre-headless).',
  );
  if (!browser || !java) return finish();
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

  const all = steps(chromium);
  const wanted = process.argv.slice(2);
  const unknown = wanted.filter((name) => !all.some((s) => s.name === name));
  if (unknown.length) {
    failOutside('setup', `unknown step ${unknown.join(', ')}; the steps are ${all.map((s) => s.name).join(', ')}`);
    return finish();
  }
  for (const definition of wanted.length ? all.filter((s) => wanted.includes(s.name)) : all) {
    const ok = await step(definition, definition.around);
    if (!ok && definition.name === 'build') {
      console.log('The build failed, so nothing else can be checked.');
      break;
    }
  }
  finish();
}

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    stopAll();
    failOutside('interrupted', `npm test was stopped (${signal})`);
    finish();
  });
}

main().catch((error) => {
  console.error(error);
  failOutside('npm test', `stopped by an error in scripts/test.mjs: ${error instanceof Error ? error.message : error}`);
  finish();
});
