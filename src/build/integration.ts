/**
 * The site's build as one Astro integration (registered in astro.config.mjs), so `astro build`
 * alone gives the whole site. Before Astro reads content/ (`astro:config:setup`), every file there
 * must become a page (./content-files.ts). After the pages are written (`astro:build:done`):
 * 1. the search index: Pagefind through its Node API (./pagefind.ts);
 * 2. the index trim, once the index is written: smaller chunks, files named by their content,
 *    harder compression, a minified pagefind.js (./pagefind.ts);
 * 3. the Content Security Policy (./csp.ts): Astro's pages get theirs as they are rendered
 *    (./csp-middleware.ts, registered for builds only); this step gives it to any other HTML file
 *    and checks every page has one, while Pagefind indexes in a process of its own;
 * 4. the service worker, last, because it saves the search index and hashes the final HTML
 *    (./service-worker.ts).
 * Each step logs what it did and how long it took ("search index: 79 of 135 pages indexed (1.0 s)"),
 * which `npm run bench` reads; a step that fails stops the build with its name and the reason.
 * Page scripts can load a module on demand by its address (./module-url.ts).
 * For `astro preview` it registers ./preview.ts, which serves the site's 404 page for any address
 * that names no file.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroAdapter, AstroIntegration, AstroIntegrationLogger } from 'astro';
import { contentFileProblems, listContentFiles } from './content-files';
import { addPolicies } from './csp';
import { moduleUrl } from './module-url';
import { indexSite, trimSearchIndex } from './pagefind';
import { writeServiceWorker } from './service-worker';

/** What a build step works on. */
export interface BuildContext {
  /** The built site (dist/). */
  dist: string;
  /** A folder kept between builds (Astro's cache), for work whose result depends only on its input. */
  cache: string;
  /** Passes a warning to the build log. */
  warn: (message: string) => void;
}

/** One step of the build: its name in the log and in errors, and what it does to dist/. */
export interface BuildStep {
  name: string;
  /** The steps (earlier in the list) that must have finished before this one starts; none: at once. */
  after: readonly string[];
  run: (context: BuildContext) => Promise<string> | string;
}

export const BUILD_STEPS: readonly BuildStep[] = [
  { name: 'search index', after: [], run: ({ dist }) => indexSite(dist) },
  { name: 'index trim', after: ['search index'], run: ({ dist, cache }) => trimSearchIndex(dist, cache) },
  { name: 'content security policy', after: [], run: ({ dist }) => addPolicies(dist) },
  { name: 'service worker', after: ['index trim', 'content security policy'], run: ({ dist }) => writeServiceWorker(dist) },
];

/** Runs one step, logging what it did with its time; a failure is thrown again as "<step> failed: <reason>". */
async function runStep(step: BuildStep, context: BuildContext, logger: Pick<AstroIntegrationLogger, 'info'>): Promise<void> {
  const started = performance.now();
  let summary: string;
  try {
    summary = await step.run(context);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`${step.name} failed: ${reason}`, { cause: error });
  }
  logger.info(`${step.name}: ${summary} (${((performance.now() - started) / 1000).toFixed(2)} s)`);
}

/**
 * Runs the steps on the built site, each as soon as the steps it comes after have finished, so
 * steps that need nothing of each other overlap. A failed step's followers never start; once the
 * steps still running have finished, the first failure in list order is thrown, as
 * "<step> failed: <reason>" with the original error as its cause.
 */
export async function runBuildSteps(
  steps: readonly BuildStep[],
  { dist, cache }: Omit<BuildContext, 'warn'>,
  logger: Pick<AstroIntegrationLogger, 'info' | 'warn'>,
): Promise<void> {
  const context = { dist, cache, warn: (message: string) => logger.warn(message) };
  const finished = new Map<string, Promise<void>>();
  for (const step of steps) {
    const unknown = step.after.filter((name) => !finished.has(name));
    if (unknown.length > 0) throw new Error(`the build step "${step.name}" comes after ${unknown.map((name) => `"${name}"`).join(', ')}, which no step before it is`);
    const before = Promise.all(step.after.map((name) => finished.get(name)));
    finished.set(step.name, before.then(() => runStep(step, context, logger)));
  }
  const failed = (await Promise.allSettled(finished.values())).find((result) => result.status === 'rejected');
  if (failed) throw failed.reason;
}

/**
 * Astro's one way to change what `astro preview` serves is an adapter's preview entrypoint; this
 * adapter has only that, and is set for `astro preview` alone, so builds stay plain static builds.
 */
const previewAdapter: AstroAdapter = {
  name: 'strongstride-preview',
  previewEntrypoint: fileURLToPath(new URL('./preview.ts', import.meta.url)),
  entrypointResolution: 'auto',
  adapterFeatures: { buildOutput: 'static' },
  supportedAstroFeatures: { staticOutput: 'stable', sharpImageService: 'stable' },
};

export default function strongStrideBuild(): AstroIntegration {
  let cache = '';
  let previewing = false;
  return {
    name: 'strongstride',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig, addMiddleware }) => {
        previewing = command === 'preview';
        if (previewing) return;
        updateConfig({ vite: { plugins: [moduleUrl()] } });
        if (command === 'build') addMiddleware({ entrypoint: new URL('./csp-middleware.ts', import.meta.url), order: 'post' });
        const problems = contentFileProblems(listContentFiles(fileURLToPath(config.root)));
        if (problems.length > 0) throw new Error(`Content files that would not become pages:\n${problems.join('\n')}`);
      },
      'astro:config:done': ({ config, setAdapter }) => {
        cache = join(fileURLToPath(config.cacheDir), 'strongstride');
        if (previewing) setAdapter(previewAdapter);
      },
      'astro:build:done': async ({ dir, logger }) => {
        await runBuildSteps(BUILD_STEPS, { dist: fileURLToPath(dir), cache }, logger);
      },
    },
  };
}
