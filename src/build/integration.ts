/**
 * The site's build as one Astro integration (registered in astro.config.mjs), so `astro build`
 * alone gives the whole site. Before Astro reads content/ (`astro:config:setup`), every file there
 * must become a page (./content-files.ts). After the pages are written (`astro:build:done`), in order:
 * 1. the search index: Pagefind through its Node API (./pagefind.ts);
 * 2. the index trim: smaller chunks, files named by their content, harder compression, a minified
 *    pagefind.js (./pagefind.ts);
 * 3. the Content Security Policy on every page (./csp.ts);
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
  run: (context: BuildContext) => Promise<string> | string;
}

export const BUILD_STEPS: readonly BuildStep[] = [
  { name: 'search index', run: ({ dist }) => indexSite(dist) },
  { name: 'index trim', run: ({ dist, cache }) => trimSearchIndex(dist, cache) },
  { name: 'content security policy', run: ({ dist }) => addPolicies(dist) },
  { name: 'service worker', run: ({ dist }) => writeServiceWorker(dist) },
];

/**
 * Runs the steps in order on the built site, logging each with its time. The first failure stops
 * the rest and is thrown again as "<step> failed: <reason>", with the original error as its cause.
 */
export async function runBuildSteps(
  steps: readonly BuildStep[],
  { dist, cache }: Omit<BuildContext, 'warn'>,
  logger: Pick<AstroIntegrationLogger, 'info' | 'warn'>,
): Promise<void> {
  const context = { dist, cache, warn: (message: string) => logger.warn(message) };
  for (const step of steps) {
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
      'astro:config:setup': ({ command, config, updateConfig }) => {
        previewing = command === 'preview';
        if (previewing) return;
        updateConfig({ vite: { plugins: [moduleUrl()] } });
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
