// `npm run bench [-- N] [--both] [--edit] [--keep] [--no-browser] [--no-record] [--seed S]`: how
// the site scales. For each size, copies the project into a temporary folder with N synthetic
// exercises beside the real ones (./generate.mjs; default 1,000, --both runs 1,000 and 2,000),
// runs `astro build` (what `npm run build` runs) and reports its time (wall and CPU, and the build
// integration's steps from its log), page count, output size, search index size and the bytes a
// first search downloads, measured in Chromium through a byte-counting proxy (./measure.mjs).
// --edit (on by default with --both) then edits one cue of one exercise, twice (a word changed,
// then three words added), building after each, and counts the search files each edit renamed. The figures go to BENCHMARKS.md (./report.mjs); the exit code
// is 1 when a target is missed. Not part of `npm test`: it takes minutes. On a shared machine the
// wall times follow the other load (recorded with the figures); the CPU times hardly move.
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { copyProject, EXERCISE_FILE, writeSyntheticExercises } from './generate.mjs';
import { build, CUE_EDITS, editOneCue, measureBrowser, measureOutput, renamedSearchFiles, searchFiles } from './measure.mjs';
import { printRun, printTable, record, verdicts } from './report.mjs';

const argv = process.argv.slice(2);
const flag = (name) => argv.includes(name);
const option = (name, fallback) => {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : fallback;
};
const seed = Number(option('--seed', '6'));
const sizes = flag('--both') ? [1000, 2000] : [Number(argv.find((a, i) => /^\d+$/.test(a) && argv[i - 1] !== '--seed') ?? 1000)];
const edit = flag('--edit') || flag('--both');
const command = `npm run bench${argv.length ? ` -- ${argv.join(' ')}` : ''}`;

const started = new Date();
const machine = {
  cores: cpus().length,
  cpu: cpus()[0]?.model.trim() ?? 'unknown',
  load: loadavg().map((l) => l.toFixed(1)).join(' '),
  node: process.version,
};
console.log(`bench: ${sizes.join(' and ')} synthetic exercises, seed ${seed}; ${machine.cores} cores (${machine.cpu}), load ${machine.load}`);

async function benchOne(n) {
  const dir = mkdtempSync(join(tmpdir(), `strongstride-bench-${n}-`));
  console.log(`\n::: ${n} synthetic exercises in ${dir}`);
  try {
    copyProject(dir);
    const realCount = readdirSync(join(dir, 'content/exercises')).filter((f) => EXERCISE_FILE.test(f)).length;
    const synthetic = writeSyntheticExercises(dir, n, seed);
    const dist = join(dir, 'dist');
    const result = { n, exercises: realCount + n, build: await build(dir), output: measureOutput(dist) };
    Object.assign(result, flag('--no-browser') ? { search: null, visit: null } : await measureBrowser(dir));
    if (edit) {
      result.edits = {};
      for (const kind of Object.keys(CUE_EDITS)) {
        const before = searchFiles(dist);
        editOneCue(dir, synthetic[Math.floor(synthetic.length / 2)], kind);
        await build(dir);
        result.edits[kind] = renamedSearchFiles(before, searchFiles(dist));
      }
    }
    printRun(result);
    return result;
  } finally {
    if (flag('--keep')) console.log(`kept ${dir}`);
    else rmSync(dir, { recursive: true, force: true });
  }
}

const runs = [];
for (const n of sizes) runs.push(await benchOne(n));
printTable(runs);
if (!flag('--no-record')) record(runs, { started, command, seed, machine });
process.exit(verdicts(runs).some((v) => !v.ok) ? 1 : 0);
