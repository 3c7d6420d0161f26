import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  astroCheckCounts,
  closingLine,
  playwrightCounts,
  runStep,
  verdict,
  vitestCounts,
  vnuCounts,
} from '../../scripts/test-runner.mjs';

// The fixture runners (tests/fixtures/runners/) each misbehave in one way a real runner can.
const dir = mkdtempSync(join(tmpdir(), 'strongstride-runner-'));
/** Whether a process still runs (a zombie, ended but not yet reaped, does not). */
const alive = (pid: number) => {
  try {
    if (existsSync('/proc/self/stat')) return !/^\d+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};
const started: number[] = [];
afterAll(() => {
  for (const pid of started) if (alive(pid)) process.kill(pid, 'SIGKILL');
  rmSync(dir, { recursive: true, force: true });
});

/** Runs a fixture runner the way `npm test` runs a real one, and judges it. */
async function run(fixture: string, timeoutMs = 30_000) {
  const report = join(dir, `${fixture}.json`);
  const childPid = join(dir, `${fixture}.pid`);
  writeFileSync(report, JSON.stringify({ passed: 99, failed: 0 })); // a stale report from an earlier run
  const outcome = await runStep(
    {
      name: fixture,
      command: process.execPath,
      args: [`tests/fixtures/runners/${fixture}.mjs`],
      env: { REPORT: report, CHILD_PID: childPid },
      timeoutMs,
      reportFile: report,
      readReport: () => JSON.parse(readFileSync(report, 'utf8')),
    },
    { echo: false, killGraceMs: 200 },
  );
  const pid = existsSync(childPid) ? Number(readFileSync(childPid, 'utf8')) : undefined;
  if (pid) started.push(pid);
  return { outcome, verdict: verdict(outcome), childPid: pid };
}

describe('a runner', () => {
  it('that exits 0 with a clean report passes with its own counts', async () => {
    const { verdict: v } = await run('healthy');
    expect(v).toEqual({ passed: 3, failed: 0, reasons: [], problems: [] });
  });

  it('that exits 1 fails even though its report lists no failure', async () => {
    const { verdict: v } = await run('clean-report-exit-1');
    expect(v.passed).toBe(3);
    expect(v.failed).toBe(1);
    expect(v.reasons).toEqual(['exited with status 1 though its report lists no failure']);
  });

  it('that reports a failure but exits 0 still fails', async () => {
    const { verdict: v } = await run('failures-exit-0');
    expect([v.passed, v.failed]).toEqual([2, 1]);
  });

  it('that dies of a signal fails, whatever its report says', async () => {
    const { outcome, verdict: v } = await run('crash');
    expect(outcome.signal).toBe('SIGKILL');
    expect(v.failed).toBe(1);
    expect(v.reasons).toEqual(['crashed (SIGKILL)']);
  });

  it('that writes no report fails, and a report left by an earlier run does not count', async () => {
    const { verdict: v } = await run('no-report');
    expect(v.passed).toBe(0);
    expect(v.failed).toBe(1);
    expect(v.reasons[0]).toMatch(/^left no report \(ENOENT/);
  });

  it('that hangs is stopped at its time limit with everything it started, and fails', async () => {
    const { outcome, verdict: v, childPid } = await run('hang', 1_000);
    expect(outcome.timedOut).toBe(true);
    expect(outcome.ms).toBeGreaterThanOrEqual(1_000);
    expect(v.failed).toBe(1);
    expect(v.reasons).toEqual(['stopped after 1.0 s without finishing']);
    expect(childPid).toBeDefined();
    await expect.poll(() => alive(childPid!)).toBe(false);
  });

  it('that exits but leaves a process holding its output does not keep npm test waiting', async () => {
    const { outcome, verdict: v, childPid } = await run('leaves-server');
    expect(outcome.timedOut).toBe(false);
    expect(v).toMatchObject({ passed: 3, failed: 0 });
    await expect.poll(() => alive(childPid!)).toBe(false);
  });

  it('that cannot be started fails', async () => {
    const outcome = await runStep(
      { name: 'missing', command: join(dir, 'no-such-program'), args: [], timeoutMs: 5_000, readReport: () => ({ passed: 1, failed: 0 }) },
      { echo: false },
    );
    expect(verdict(outcome)).toMatchObject({ passed: 1, failed: 1, reasons: ['could not be started'] });
  });

  it('that exits 1 over the failures it reports counts each of them once', () => {
    const v = verdict({ name: 'x', ms: 1, code: 1, signal: null, timedOut: false, timeoutMs: 1, counts: { passed: 5, failed: 2 } });
    expect(v).toMatchObject({ passed: 5, failed: 2, reasons: ['exited with status 1'] });
  });

  it('that reports no checks at all fails', () => {
    const v = verdict({ name: 'x', ms: 1, code: 0, signal: null, timedOut: false, timeoutMs: 1, counts: { passed: 0, failed: 0 } });
    expect(v.failed).toBe(1);
    expect(v.reasons).toEqual(['reported no checks at all']);
  });
});

describe('the closing line', () => {
  it('adds up every runner, so one failed runner makes it fail', () => {
    const healthy = { passed: 10, failed: 0 };
    expect(closingLine([healthy, healthy])).toEqual({ passed: 20, failed: 0, line: 'tests: 20 passed, 0 failed' });
    expect(closingLine([healthy, { passed: 3, failed: 1 }]).line).toBe('tests: 13 passed, 1 failed');
  });
});

describe('reading reports', () => {
  const vitest = (overrides: object, testResults: object[]) => ({
    numTotalTests: 3,
    numPassedTests: 2,
    numFailedTests: 1,
    numPendingTests: 0,
    numTodoTests: 0,
    testResults,
    ...overrides,
  });

  it('Vitest: failed, skipped and files that fail before any test all count', () => {
    const counts = vitestCounts(
      vitest({ numPendingTests: 1 }, [
        { name: 'a.test.ts', status: 'failed', message: '', assertionResults: [{ status: 'failed', fullName: 'x breaks' }, { status: 'passed', fullName: 'y' }, { status: 'skipped', fullName: 'z' }] },
        { name: 'b.test.ts', status: 'failed', message: 'Cannot find module', assertionResults: [] },
      ]),
    );
    expect(counts).toEqual({
      passed: 2,
      failed: 3,
      problems: ['a.test.ts: x breaks', 'a.test.ts: z (skipped)', 'b.test.ts: Cannot find module'],
    });
    expect(() => vitestCounts({ success: true })).toThrow('not a Vitest JSON report');
  });

  it('Playwright: failed and skipped tests and errors outside tests count', () => {
    const counts = playwrightCounts({
      stats: { expected: 4, unexpected: 1, flaky: 0, skipped: 1 },
      errors: [{ message: 'Error: Timed out waiting 60000ms from config.webServer.\nmore' }],
      suites: [
        {
          title: 'a.spec.ts',
          specs: [],
          suites: [{ title: 'search', specs: [{ title: 'finds', file: 'a.spec.ts', tests: [{ status: 'unexpected' }] }, { title: 'later', file: 'a.spec.ts', tests: [{ status: 'skipped' }] }] }],
        },
      ],
    });
    expect(counts).toEqual({
      passed: 4,
      failed: 3,
      problems: ['a.spec.ts: search › finds', 'a.spec.ts: search › later (skipped)', 'Error: Timed out waiting 60000ms from config.webServer.'],
    });
    expect(() => playwrightCounts({})).toThrow('not a Playwright JSON report');
  });

  it('astro check: its result line, and no result line is no report', () => {
    expect(astroCheckCounts('Result (139 files): \n- 0 errors\n- 0 warnings')).toEqual({ passed: 1, failed: 0, problems: [] });
    expect(astroCheckCounts('\x1b[1mResult (139 files):\x1b[22m \n- \x1b[31m2 errors\x1b[39m')).toMatchObject({ passed: 0, failed: 1 });
    expect(() => astroCheckCounts('Getting diagnostics…')).toThrow(/no "Result/);
  });

  it('vnu: errors fail it, warnings do not', () => {
    const info = { type: 'info', subType: 'warning', message: 'Consider adding a lang attribute' };
    expect(vnuCounts({ messages: [info] })).toEqual({ passed: 1, failed: 0, problems: [] });
    expect(vnuCounts({ messages: [info, { type: 'error', url: 'file:/work/x/dist/a/index.html', lastLine: 1, message: 'Stray end tag “div”.' }] })).toEqual({
      passed: 0,
      failed: 1,
      problems: ['dist/a/index.html:1: Stray end tag “div”.'],
    });
  });
});
