// Benchmark for the plan builder (not a timed test): the median time to build one week's plan and
// a 12-week block from the real exercise files, and, when a build exists in dist/, the plan page's
// JavaScript gzipped.
// Run: node scripts/bench-plan.mjs [runs]   (node 24, from the repo root)
import { build } from 'esbuild';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';

const runs = Number(process.argv[2] ?? 2000);
const root = process.cwd();
const dir = mkdtempSync(join(tmpdir(), 'bench-plan-'));
const entry = `
  import { readContentFolder } from ${JSON.stringify(resolve(root, 'src/build/content-files.ts'))};
  import { exerciseSchema } from ${JSON.stringify(resolve(root, 'src/schemas/exercise.ts'))};
  import { validate } from ${JSON.stringify(resolve(root, 'src/lib/validate.ts'))};
  import { toPlanCatalogue } from ${JSON.stringify(resolve(root, 'src/lib/plan/catalogue.ts'))};
  export { buildBlock, buildPlan } from ${JSON.stringify(resolve(root, 'src/lib/plan/block.ts'))};
  export { defaultInput } from ${JSON.stringify(resolve(root, 'src/lib/plan/types.ts'))};
  // Every exercise file, as the build reads it; one that fails its schema stops the benchmark.
  export const catalogue = toPlanCatalogue(
    readContentFolder('exercises', ${JSON.stringify(root)}).map((f) => ({ id: f.slug, data: validate(exerciseSchema, f.path, f.frontmatter) })),
  );
`;
const out = join(dir, 'bench.mjs');
await build({
  stdin: { contents: entry, resolveDir: root, loader: 'ts' },
  bundle: true, platform: 'node', format: 'esm', outfile: out, logLevel: 'error',
});
const { buildBlock, buildPlan, catalogue, defaultInput } = await import(pathToFileURL(out).href);

const weeks = [
  ['rest', 'hard', 'easy', 'hard', 'rest', 'easy', 'long'],
  ['easy', 'easy', 'hard', 'rest', 'easy', 'long', 'rest'],
  ['race', 'race', 'race', 'race', 'race', 'race', 'race'],
];
const inputs = [];
for (const week of weeks)
  for (const sessions of [1, 2, 3, 5])
    for (const phase of ['base', 'season', 'marathon', 'race-week'])
      for (const experience of ['new', 'returning', 'experienced'])
        inputs.push({ ...defaultInput(), sessions, minutes: 15 + ((sessions * 11) % 46), equipment: ['dumbbell', 'band', 'bench'], phase, experience, week, placement: 'hard' });

function measure(label, count, fn, target) {
  for (let i = 0; i < 50; i++) fn(inputs[i % inputs.length]); // warm up
  const times = [];
  for (let i = 0; i < count; i++) {
    const input = inputs[i % inputs.length];
    const t = performance.now();
    fn(input);
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  const pct = (p) => times[Math.min(times.length - 1, Math.floor(times.length * p))].toFixed(3);
  console.log(`${label} over ${count} runs, ${catalogue.length} exercises: median ${pct(0.5)} ms, p95 ${pct(0.95)} ms (target < ${target} ms)`);
}
measure('plan build (one week)', runs, (input) => buildPlan(input, catalogue), 5);
// A block with no race date is 12 weeks; a far race date makes it longer, so both are measured.
measure('12-week block build', Math.ceil(runs / 10), (input) => buildBlock(input, catalogue, '2026-12-09'), 20);
rmSync(dir, { recursive: true, force: true });

// The island's JavaScript: the chunk that defines <ss-plan-builder> and what it imports up
// front (what the page budget counts), then each chunk it loads on demand with import().
const assets = join(root, 'dist', '_astro');
if (existsSync(assets)) {
  const files = readdirSync(assets).filter((f) => f.endsWith('.js'));
  const read = (f) => readFileSync(join(assets, f), 'utf8');
  const kb = (f) => (gzipSync(readFileSync(join(assets, f)), { level: 9 }).length / 1024).toFixed(2);
  const graph = (entry, seen = new Set()) => {
    if (seen.has(entry)) return seen;
    seen.add(entry);
    for (const m of read(entry).matchAll(/(?:^|[;\s}])import\s*(?:[\w${},\s*]+from\s*)?["'`]\.\/([^"'`]+\.js)["'`]/g)) graph(m[1], seen);
    return seen;
  };
  const island = files.filter((f) => read(f).includes('ss-plan-builder'));
  const upFront = new Set(island.flatMap((f) => [...graph(f)]));
  const total = [...upFront].reduce((sum, f) => sum + Number(kb(f)), 0);
  console.log(`island JavaScript loaded up front: ${total.toFixed(2)} KB gzipped (target ≤ 10 KB): ${[...upFront].join(', ')}`);
  const lazy = new Set(island.flatMap((f) => [...read(f).matchAll(/import\(\s*["'`]\.\/([^"'`]+\.js)["'`]\s*\)/g)].map((m) => m[1])));
  for (const f of lazy) {
    const chunk = [...graph(f)].filter((c) => !upFront.has(c));
    console.log(`  on demand: ${f.replace(/\.[\w-]+\.js$/, '')} ${chunk.reduce((sum, c) => sum + Number(kb(c)), 0).toFixed(2)} KB gzipped`);
  }
} else {
  console.log('no dist/ build: run astro build to measure the island JavaScript');
}
