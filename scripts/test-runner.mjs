// How `npm test` runs one runner (Vitest, Playwright, a validator…) and decides whether it passed.
//
// A runner's own report is not trusted on its own: a runner fails when it exits non-zero, dies of a
// signal, outlives its time limit or leaves no report, whatever the report says. Its reported
// failures always count; when the runner failed in one of those ways but reported no failure, it
// counts as one failure of its own, so the closing line and the exit status always agree.
import { spawn } from 'node:child_process';
import { closeSync, openSync, rmSync } from 'node:fs';

/**
 * What a runner reports: how many checks passed and failed, and a line per problem worth printing.
 * @typedef {{ passed: number, failed: number, problems?: string[] }} Counts
 */

/**
 * One runner.
 * @typedef {object} Step
 * @property {string} name short name, used in the log and the timing table
 * @property {string} command program to start
 * @property {string[]} args its arguments
 * @property {Record<string, string>} [env] extra environment variables
 * @property {number} timeoutMs how long it may run before it is stopped and counted as failed
 * @property {string} [reportFile] the file the runner writes its report to; deleted before it starts,
 *   so a report left by an earlier run can never stand in for this one
 * @property {string} [stdoutFile] send the runner's standard output to this file instead of the
 *   console (for runners that print a machine-readable report)
 * @property {(output: string) => Counts} readReport reads the report (from `reportFile`, or from
 *   the output the runner printed); throws when there is none or it cannot be read
 */

/**
 * How a runner ended.
 * @typedef {object} Outcome
 * @property {string} name
 * @property {number} ms wall time
 * @property {number | null} code exit status (null when it died of a signal)
 * @property {string | null} signal the signal that ended it
 * @property {boolean} timedOut it outlived its time limit and was stopped
 * @property {number} timeoutMs
 * @property {Counts | null} counts its report, or null when there was none
 * @property {string} [reportError] why the report could not be read
 */

/** Grace between asking a runner to stop (SIGTERM) and forcing it (SIGKILL). */
const KILL_GRACE_MS = 5_000;

/**
 * Starts a runner in its own process group, echoes its output, stops the whole group when the time
 * limit passes, then reads its report.
 * @param {Step} step
 * @param {{ echo?: boolean, killGraceMs?: number }} [options] echo: copy output to this console (default true)
 * @returns {Promise<Outcome>}
 */
export async function runStep(step, { echo = true, killGraceMs = KILL_GRACE_MS } = {}) {
  if (step.reportFile) rmSync(step.reportFile, { force: true });
  const started = Date.now();
  const stdoutFd = step.stdoutFile ? openSync(step.stdoutFile, 'w') : undefined;
  let output = '';
  const { code, signal, timedOut } = await new Promise((resolve) => {
    let child;
    try {
      child = spawn(step.command, step.args, {
        env: { ...process.env, ...step.env },
        stdio: ['ignore', stdoutFd ?? 'pipe', 'pipe'],
        // Its own process group, so a timeout stops everything it started (servers, browsers, workers).
        detached: true,
      });
    } catch (error) {
      output += String(error);
      resolve({ code: null, signal: null, timedOut: false });
      return;
    }
    const collect = (stream, sink) =>
      stream?.on('data', (chunk) => {
        output += chunk;
        if (echo) sink.write(chunk);
      });
    collect(child.stdout, process.stdout);
    collect(child.stderr, process.stderr);
    current.add(child);

    let timedOut = false;
    let exit = { code: null, signal: null };
    let settled = false;
    /** @type {NodeJS.Timeout[]} */
    const timers = [];
    const finish = () => {
      if (settled) return;
      settled = true;
      for (const timer of timers) clearTimeout(timer);
      current.delete(child);
      resolve({ ...exit, timedOut });
    };
    timers.push(
      setTimeout(() => {
        timedOut = true;
        killGroup(child.pid, 'SIGTERM');
        timers.push(
          setTimeout(() => {
            killGroup(child.pid, 'SIGKILL');
            // Output pipes held open by a process outside the group must not keep us waiting.
            timers.push(setTimeout(finish, killGraceMs));
          }, killGraceMs),
        );
      }, step.timeoutMs),
    );
    child.on('error', (error) => {
      output += `\n${error.message}\n`;
      finish();
    });
    child.on('exit', (code, signal) => {
      exit = { code, signal };
      // Whatever it left running in its group (a server, a browser) would hold the output open.
      killGroup(child.pid, 'SIGTERM');
      timers.push(setTimeout(finish, killGraceMs));
    });
    child.on('close', finish);
  });
  if (stdoutFd !== undefined) closeSync(stdoutFd);
  const ms = Date.now() - started;

  let counts = null;
  let reportError;
  try {
    counts = step.readReport(output);
  } catch (error) {
    reportError = error instanceof Error ? error.message : String(error);
  }
  return { name: step.name, ms, code, signal, timedOut, timeoutMs: step.timeoutMs, counts, reportError };
}

/** Runners still running, so an interrupted `npm test` can stop them. */
const current = new Set();

/** Stops every runner still running (on Ctrl-C or when `npm test` itself is stopped). */
export function stopAll() {
  for (const child of current) {
    killGroup(child.pid, 'SIGTERM');
    setTimeout(() => killGroup(child.pid, 'SIGKILL'), KILL_GRACE_MS).unref();
  }
}

function killGroup(pid, signal) {
  if (!pid) return;
  try {
    process.kill(-pid, signal);
  } catch {
    // the group is already gone
  }
}

/**
 * Passed and failed counts for one runner, and why it failed when its report alone does not say.
 * @param {Outcome} outcome
 * @returns {{ passed: number, failed: number, reasons: string[], problems: string[] }}
 */
export function verdict(outcome) {
  const { counts, code, signal, timedOut } = outcome;
  const reported = counts?.failed ?? 0;
  const reasons = [];
  if (timedOut) reasons.push(`stopped after ${formatDuration(outcome.timeoutMs)} without finishing`);
  else if (signal) reasons.push(`crashed (${signal})`);
  else if (code === null) reasons.push('could not be started');
  else if (code !== 0) reasons.push(`exited with status ${code}${counts && !reported ? ' though its report lists no failure' : ''}`);
  if (!counts) reasons.push(`left no report${outcome.reportError ? ` (${outcome.reportError})` : ''}`);
  else if (counts.passed + counts.failed === 0) reasons.push('reported no checks at all');
  // Failed in a way its report does not count: one failure more for the runner itself.
  const broken = timedOut || !!signal || code === null || !counts || counts.passed + counts.failed === 0 || (code !== 0 && !reported);
  return { passed: counts?.passed ?? 0, failed: reported + (broken ? 1 : 0), reasons, problems: counts?.problems ?? [] };
}

/**
 * The closing line of `npm test`.
 * @param {{ passed: number, failed: number }[]} verdicts
 */
export function closingLine(verdicts) {
  const passed = verdicts.reduce((sum, v) => sum + v.passed, 0);
  const failed = verdicts.reduce((sum, v) => sum + v.failed, 0);
  return { passed, failed, line: `tests: ${passed} passed, ${failed} failed` };
}

/** "8.2 s", "3 min 05 s". */
export function formatDuration(ms) {
  const s = ms / 1000;
  if (s < 60) return `${s.toFixed(1)} s`;
  const whole = Math.round(s);
  return `${Math.floor(whole / 60)} min ${String(whole % 60).padStart(2, '0')} s`;
}

// Report readers for the runners `npm test` uses. Each throws when the report is missing or is not
// the shape it expects, which `verdict` turns into a failure.

/**
 * Vitest's JSON report. Skipped and todo tests count as failures: a test that does not run cannot
 * fail. A test file that fails before any test runs (an import that throws) counts once.
 * @param {any} report
 * @returns {Counts}
 */
export function vitestCounts(report) {
  if (typeof report?.numTotalTests !== 'number' || !Array.isArray(report.testResults)) {
    throw new Error('not a Vitest JSON report');
  }
  const problems = [];
  let fileErrors = 0;
  for (const file of report.testResults) {
    for (const test of file.assertionResults ?? []) {
      if (test.status === 'failed') problems.push(`${file.name}: ${test.fullName}`);
      if (test.status === 'skipped' || test.status === 'pending' || test.status === 'todo') {
        problems.push(`${file.name}: ${test.fullName} (skipped)`);
      }
    }
    if (file.status === 'failed' && !(file.assertionResults ?? []).some((t) => t.status === 'failed')) {
      fileErrors++;
      problems.push(`${file.name}: ${file.message || 'failed outside any test'}`);
    }
  }
  return {
    passed: report.numPassedTests,
    failed: report.numFailedTests + report.numPendingTests + report.numTodoTests + fileErrors,
    problems,
  };
}

/**
 * Playwright's JSON report. Skipped tests count as failures; so does each error outside a test
 * (a web server that did not start, a spec file that does not load).
 * @param {any} report
 * @returns {Counts}
 */
export function playwrightCounts(report) {
  const stats = report?.stats;
  if (typeof stats?.expected !== 'number' || typeof stats?.unexpected !== 'number') {
    throw new Error('not a Playwright JSON report');
  }
  const problems = [];
  const walk = (suite, titles) => {
    for (const spec of suite.specs ?? []) {
      for (const test of spec.tests ?? []) {
        if (test.status === 'unexpected' || test.status === 'skipped') {
          problems.push(`${spec.file}: ${[...titles, spec.title].join(' › ')}${test.status === 'skipped' ? ' (skipped)' : ''}`);
        }
      }
    }
    for (const child of suite.suites ?? []) walk(child, [...titles, child.title]);
  };
  for (const suite of report.suites ?? []) walk(suite, []);
  const errors = report.errors ?? [];
  for (const error of errors) problems.push(firstLine(error.message ?? String(error)));
  return {
    passed: stats.expected + (stats.flaky ?? 0),
    failed: stats.unexpected + (stats.skipped ?? 0) + errors.length,
    problems,
  };
}

/**
 * A check that counts as one test: passed when it found no problem.
 * @param {string[]} problems
 * @returns {Counts}
 */
export function oneCheck(problems) {
  return { passed: problems.length ? 0 : 1, failed: problems.length ? 1 : 0, problems };
}

const firstLine = (text) => String(text).split('\n').find((line) => line.trim()) ?? '';

/**
 * `astro check` prints "Result (N files):" and then "- N errors"; it is one check.
 * @param {string} output
 * @returns {Counts}
 */
export function astroCheckCounts(output) {
  const plain = output.replace(/\x1b\[[0-9;]*m/g, '');
  const match = /Result \((\d+) files?\):\s*\n\s*- (\d+) errors?/.exec(plain);
  if (!match) throw new Error('no "Result (N files): - N errors" line in its output');
  if (Number(match[1]) === 0) return oneCheck(['checked no files']);
  const errors = Number(match[2]);
  return oneCheck(errors ? [`${errors} type error${errors === 1 ? '' : 's'} (listed above)`] : []);
}

/**
 * The Nu HTML Checker's JSON report (`--format json`); errors fail it, warnings do not. One check.
 * @param {any} report
 * @returns {Counts}
 */
export function vnuCounts(report) {
  if (!Array.isArray(report?.messages)) throw new Error('not a vnu JSON report');
  const errors = report.messages.filter((m) => m.type === 'error' || m.type === 'non-document-error');
  return oneCheck(
    errors.map((m) => `${String(m.url ?? '').replace(/^file:.*?\/dist\//, 'dist/')}${m.lastLine ? `:${m.lastLine}` : ''}: ${m.message}`),
  );
}
