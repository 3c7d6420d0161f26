import { describe, expect, it } from 'vitest';
import { BUILD_STEPS, runBuildSteps, type BuildStep } from '../../src/build/integration';

function recorder() {
  const lines: string[] = [];
  return { lines, logger: { info: (m: string) => lines.push(`info ${m}`), warn: (m: string) => lines.push(`warn ${m}`) } };
}

describe('the build steps after the pages are written', () => {
  it('run in order, each logged with what it did and its time', async () => {
    const ran: string[] = [];
    const steps: BuildStep[] = ['one', 'two'].map((name) => ({ name, run: ({ dist }) => (ran.push(`${name} ${dist}`), `${name} done`) }));
    const { lines, logger } = recorder();
    await runBuildSteps(steps, { dist: '/tmp/dist', cache: '/tmp/cache' }, logger);
    expect(ran).toEqual(['one /tmp/dist', 'two /tmp/dist']);
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^info one: one done \(\d+\.\d\d s\)$/);
  });

  it('stop the build at the first failure, naming the step and the reason', async () => {
    const ran: string[] = [];
    const steps: BuildStep[] = [
      { name: 'search index', run: () => Promise.reject(new Error('Pagefind found no pages in dist')) },
      { name: 'service worker', run: () => (ran.push('service worker'), '') },
    ];
    const { logger } = recorder();
    await expect(runBuildSteps(steps, { dist: 'dist', cache: 'cache' }, logger)).rejects.toThrow('search index failed: Pagefind found no pages in dist');
    expect(ran).toEqual([]);
  });

  it('pass a step’s warnings to the build log', async () => {
    const { lines, logger } = recorder();
    await runBuildSteps([{ name: 'sw', run: ({ warn }) => (warn('big file skipped'), 'ok') }], { dist: 'dist', cache: 'cache' }, logger);
    expect(lines[0]).toBe('warn big file skipped');
  });

  it('write the service worker last, after everything it saves and hashes', () => {
    expect(BUILD_STEPS.map((step) => step.name)).toEqual(['search index', 'index trim', 'content security policy', 'service worker']);
  });
});
