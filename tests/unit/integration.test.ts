import { describe, expect, it } from 'vitest';
import { BUILD_STEPS, runBuildSteps, type BuildStep } from '../../src/build/integration';

function recorder() {
  const lines: string[] = [];
  return { lines, logger: { info: (m: string) => lines.push(`info ${m}`), warn: (m: string) => lines.push(`warn ${m}`) } };
}

describe('the build steps after the pages are written', () => {
  it('run in order, each logged with what it did and its time', async () => {
    const ran: string[] = [];
    const steps: BuildStep[] = ['one', 'two'].map((name, i) => ({
      name,
      after: i === 0 ? [] : ['one'],
      run: async ({ dist }) => {
        await new Promise((resolve) => setTimeout(resolve, name === 'one' ? 20 : 0));
        ran.push(`${name} ${dist}`);
        return `${name} done`;
      },
    }));
    const { lines, logger } = recorder();
    await runBuildSteps(steps, { dist: '/tmp/dist', cache: '/tmp/cache' }, logger);
    expect(ran).toEqual(['one /tmp/dist', 'two /tmp/dist']);
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^info one: one done \(\d+\.\d\d s\)$/);
  });

  it('stop the build at the first failure, naming the step and the reason', async () => {
    const ran: string[] = [];
    const steps: BuildStep[] = [
      { name: 'search index', after: [], run: () => Promise.reject(new Error('Pagefind found no pages in dist')) },
      { name: 'service worker', after: ['search index'], run: () => (ran.push('service worker'), '') },
    ];
    const { logger } = recorder();
    await expect(runBuildSteps(steps, { dist: 'dist', cache: 'cache' }, logger)).rejects.toThrow('search index failed: Pagefind found no pages in dist');
    expect(ran).toEqual([]);
  });

  it('run a step that needs nothing of the one before it meanwhile, and let it finish before a failure stops the build', async () => {
    const events: string[] = [];
    let finishIndex!: () => void;
    const steps: BuildStep[] = [
      {
        name: 'search index',
        after: [],
        run: async () => {
          events.push('index started');
          await new Promise<void>((resolve) => (finishIndex = resolve));
          throw new Error('Pagefind could not write its files');
        },
      },
      {
        name: 'content security policy',
        after: [],
        run: async () => {
          events.push('policy started');
          finishIndex();
          await new Promise((resolve) => setTimeout(resolve, 20));
          events.push('policy written');
          return 'policy added to 2 pages';
        },
      },
      { name: 'service worker', after: ['search index', 'content security policy'], run: () => (events.push('service worker'), '') },
    ];
    const { lines, logger } = recorder();
    await expect(runBuildSteps(steps, { dist: 'dist', cache: 'cache' }, logger)).rejects.toThrow('search index failed: Pagefind could not write its files');
    expect(events).toEqual(['index started', 'policy started', 'policy written']);
    expect(lines).toEqual([expect.stringMatching(/^info content security policy: policy added to 2 pages \(/)]);
  });

  it('refuse a step that comes after one not listed before it', async () => {
    const steps: BuildStep[] = [{ name: 'service worker', after: ['index trim'], run: () => '' }];
    await expect(runBuildSteps(steps, { dist: 'dist', cache: 'cache' }, recorder().logger)).rejects.toThrow(
      'the build step "service worker" comes after "index trim", which no step before it is',
    );
  });

  it('pass a step’s warnings to the build log', async () => {
    const { lines, logger } = recorder();
    await runBuildSteps([{ name: 'sw', after: [], run: ({ warn }) => (warn('big file skipped'), 'ok') }], { dist: 'dist', cache: 'cache' }, logger);
    expect(lines[0]).toBe('warn big file skipped');
  });

  it('write the service worker last, after everything it saves and hashes', () => {
    expect(BUILD_STEPS.map((step) => step.name)).toEqual(['search index', 'index trim', 'content security policy', 'service worker']);
    expect(BUILD_STEPS.find((step) => step.name === 'index trim')?.after).toEqual(['search index']);
    expect(BUILD_STEPS.at(-1)?.after).toEqual(['index trim', 'content security policy']);
  });
});
