// `npm run bench [-- N] [--both] [--keep] [--no-browser] [--no-record] [--seed S]`: how the site
// scales. Copies the project into a temporary folder (node_modules linked), adds N synthetic
// exercises (default 1,000; --both runs 1,000 and 2,000 and compares) beside the real ones, runs
// what `npm run build` runs, and reports build time (wall and CPU, per step), page count, output
// size, Pagefind index size and the bytes a first search downloads, measured in Chromium through
// a byte-counting proxy. The figures go to BENCHMARKS.md (between its bench markers).
// Targets (issue 6): 1,000 exercises build in ≤ 15 s, doubling the library costs ≤ 2.1× the time,
// a first search downloads ≤ 100 KB; the exit code is 1 when one is missed.
// Not part of `npm test`: it takes minutes. On a shared machine the wall times follow the other
// load (recorded with the figures); the CPU times hardly move.
import { spawn } from 'node:child_process';
import {
  cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync,
} from 'node:fs';
import net from 'node:net';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { chromiumArgs, chromiumPath } from './browser.mjs';

const root = resolve(import.meta.dirname, '..');
const TARGETS = { buildSeconds: 15, doublingRatio: 2.1, firstSearchBytes: 100 * 1024 };
const QUERY = 'squat';
/** Exercise files, as the collection's loader picks them up (src/content.config.ts). */
const EXERCISE_FILE = /\.mdx?$/;

const argv = process.argv.slice(2);
const flag = (name) => argv.includes(name);
const option = (name, fallback) => {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : fallback;
};
const seed = Number(option('--seed', '6'));
const sizes = flag('--both') ? [1000, 2000] : [Number(argv.find((a, i) => /^\d+$/.test(a) && argv[i - 1] !== '--seed') ?? 1000)];
const command = `npm run bench${argv.length ? ` -- ${argv.join(' ')}` : ''}`;

const started = new Date();
const machine = {
  cores: cpus().length,
  cpu: cpus()[0]?.model.trim() ?? 'unknown',
  load: loadavg().map((l) => l.toFixed(1)).join(' '),
  node: process.version,
};
console.log(`bench: ${sizes.join(' and ')} synthetic exercises, seed ${seed}; ${machine.cores} cores (${machine.cpu}), load ${machine.load}`);

// ---------------------------------------------------------------------------------------------

async function benchOne(n) {
  const dir = mkdtempSync(join(tmpdir(), `strongstride-bench-${n}-`));
  console.log(`\n::: ${n} synthetic exercises in ${dir}`);
  try {
    copyProject(dir);
    const realCount = readdirSync(join(dir, 'content/exercises')).filter((f) => EXERCISE_FILE.test(f)).length;
    writeSyntheticExercises(dir, n, seed);

    const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', PATH: `${join(root, 'node_modules/.bin')}:${process.env.PATH}` };
    // What `npm run build` runs, step by step so each is timed: astro build, then the postbuild
    // commands (Pagefind first, then whatever else the project adds after it).
    const scripts = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')).scripts ?? {};
    const post = (scripts.postbuild ?? 'pagefind --site dist').split('&&').map((c) => c.trim()).filter(Boolean);
    const steps = [];
    for (const cmd of ['astro build', ...post]) {
      const { value: output, ...step } = await timed(() => run('sh', ['-c', cmd], { cwd: dir, env }));
      steps.push({ cmd, output, ...step });
      console.log(`${step.seconds.toFixed(1).padStart(6)} s wall ${step.cpu === null ? '' : `${step.cpu.toFixed(1).padStart(6)} s CPU`}  ${cmd}`);
    }
    const astro = steps[0];
    const total = { seconds: sum(steps.map((x) => ({ size: x.seconds }))), cpu: steps.every((x) => x.cpu !== null) ? sum(steps.map((x) => ({ size: x.cpu }))) : null };

    const dist = join(dir, 'dist');
    const files = walk(dist);
    const exercisePages = files.filter((f) => /\/exercises\/[^/]+\/index\.html$/.test(f.path)).map((f) => f.size).sort((a, b) => a - b);
    const result = {
      n,
      exercises: realCount + n,
      pages: files.filter((f) => f.path.endsWith('.html')).length,
      steps,
      astroSeconds: astro.seconds,
      totalSeconds: total.seconds,
      totalCpu: total.cpu,
      distBytes: sum(files),
      pagefindBytes: sum(files.filter((f) => f.path.startsWith(join(dist, 'pagefind') + '/'))),
      // The median exercise page: if it grew with N, some page would carry a list of the library.
      exercisePageBytes: exercisePages[Math.floor(exercisePages.length / 2)],
      routes: routeTimes(astro.output),
      folders: topFolders(dist, files),
      ...(flag('--no-browser') ? { search: null, visit: null } : await measureBrowser(dir, env)),
    };
    console.log(`${result.pages} pages, ${mb(result.distBytes)}: ${result.folders.map((f) => `${f.name} ${mb(f.bytes)}`).join(', ')}`);
    console.log(`astro's per-page times, summed: ${result.routes.slice(0, 6).map((g) => `${g.key} ${(g.ms / 1000).toFixed(1)} s (${g.pages})`).join(', ')}`);
    if (result.search) {
      console.log(`first visit to /: ${kb(result.visit.bytes)} in ${result.visit.responses} responses`);
      console.log(`first search for "${QUERY}": ${kb(result.search.bytes)} in ${result.search.requests.length} responses, ${result.search.results} results`);
      for (const r of result.search.requests) console.log(`  ${String(r.bytes).padStart(7)}  ${r.path}`);
      console.log(`  = ${byKind(result.search.requests).map((k) => `${k.kind} ${kb(k.bytes)}`).join(', ')}`);
    }
    return result;
  } finally {
    if (flag('--keep')) console.log(`kept ${dir}`);
    else rmSync(dir, { recursive: true, force: true });
  }
}

/** The project without its build output, caches and history; node_modules is linked, not copied. */
function copyProject(dir) {
  const skip = new Set(['node_modules', 'dist', '.git', '.astro', '.bench', 'reports', 'test-results', 'playwright-report']);
  for (const name of readdirSync(root)) {
    if (skip.has(name)) continue;
    cpSync(join(root, name), join(dir, name), { recursive: true });
  }
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
}

/**
 * Serves the build with `astro preview` behind a proxy that counts every byte the server sends,
 * per request (Chromium does not pipeline HTTP/1.1, so each response follows its request on its
 * connection). The proxy sees what the page and Pagefind fetch alike; the bytes are what crosses
 * the wire: headers, gzip-compressed bodies and chunk framing. Two fresh browser contexts:
 * - first search: /search/ with service workers blocked (an offline precache would otherwise
 *   download the site in the same moments), then the query, counting what follows the page load
 *   plus every Pagefind file fetched before it (the page may start loading Pagefind when its box
 *   takes focus; those bytes belong to the first search all the same);
 * - first visit: / with service workers allowed, counting everything until the network is quiet,
 *   which includes any offline precache the page starts.
 */
async function measureBrowser(dir, env) {
  const port = await freePort();
  const server = spawn('astro', ['preview', '--host', '127.0.0.1', '--port', String(port)], {
    cwd: dir, env, stdio: 'ignore', detached: true,
  });
  const exchanges = []; // { path, at, bytes }
  const proxy = net.createServer((client) => {
    const upstream = net.connect(port, '127.0.0.1');
    let current;
    client.on('data', (chunk) => {
      const line = /^(GET|HEAD|POST) (\S+) HTTP/.exec(chunk.toString('latin1', 0, 2048));
      if (line) exchanges.push((current = { path: line[2], at: performance.now(), bytes: 0 }));
      upstream.write(chunk);
    });
    upstream.on('data', (chunk) => {
      if (current) current.bytes += chunk.length;
      client.write(chunk);
    });
    upstream.on('end', () => client.end());
    client.on('close', () => upstream.destroy());
    upstream.on('error', () => client.destroy());
    client.on('error', () => upstream.destroy());
  });
  await new Promise((done) => proxy.listen(0, '127.0.0.1', done));
  const base = `http://127.0.0.1:${proxy.address().port}`;
  const since = (mark) => exchanges.filter((e) => e.at >= mark).map(({ path, bytes }) => ({ path, bytes }));
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
  try {
    await waitForServer(`http://127.0.0.1:${port}/`);

    const searching = await browser.newContext({ serviceWorkers: 'block' });
    const page = await searching.newPage();
    const opened = performance.now();
    await page.goto(`${base}/search/`, { waitUntil: 'load' });
    await quiet(exchanges, 750);
    const mark = performance.now();
    // One input event, as a paste or a quick typist makes: typed slowly, each prefix ("s", "sq"…)
    // would run its own search, and the figure would depend on typing speed.
    await page.getByRole('searchbox', { name: 'Search exercises and guides' }).fill(QUERY);
    const links = page.getByRole('list', { name: 'Search results' }).getByRole('heading', { level: 2 });
    await links.first().waitFor({ timeout: 30_000 });
    await quiet(exchanges, 1000);
    const early = exchanges.filter((e) => e.at >= opened && e.at < mark && e.path.startsWith('/pagefind/'));
    const requests = [...early.map(({ path, bytes }) => ({ path, bytes })), ...since(mark)];
    const search = { bytes: sum(requests.map((r) => ({ size: r.bytes }))), requests, results: await links.count() };
    await searching.close();

    const visiting = await browser.newContext();
    const start = performance.now();
    await (await visiting.newPage()).goto(`${base}/`, { waitUntil: 'load' });
    await quiet(exchanges, 3000);
    const visit = since(start);
    await visiting.close();
    return { search, visit: { bytes: sum(visit.map((r) => ({ size: r.bytes }))), responses: visit.length } };
  } finally {
    await browser.close();
    proxy.close();
    try {
      process.kill(-server.pid);
    } catch {
      // already gone
    }
  }
}

/**
 * Astro logs each page it writes with the time it took ("├─ /og/exercises/x.png (+31ms)"); summed
 * by section they show where the build's time goes.
 */
function routeTimes(log) {
  const groups = new Map();
  for (const [, path, ms] of log.matchAll(/[├└]─ (\S+) \(\+(\d+)ms\)/g)) {
    // Pages by their section (/exercises/…/index.html → /exercises), other files by folder (/og/exercises).
    const folders = path.split('/').filter(Boolean).slice(0, -1);
    const key = `/${folders.slice(0, path.endsWith('.html') ? 1 : 2).join('/')}`;
    const group = groups.get(key) ?? { key, pages: 0, ms: 0 };
    group.pages++;
    group.ms += Number(ms);
    groups.set(key, group);
  }
  return [...groups.values()].sort((a, b) => b.ms - a.ms);
}

/** Resolves once nothing has crossed the proxy for `ms` milliseconds (or after five minutes). */
async function quiet(exchanges, ms) {
  let last = -1;
  let since = performance.now();
  for (const until = since + 300_000; performance.now() < until; ) {
    const total = exchanges.reduce((a, e) => a + e.bytes, 0) + exchanges.length;
    if (total !== last) {
      last = total;
      since = performance.now();
    } else if (performance.now() - since >= ms) return;
    await new Promise((r) => setTimeout(r, 50));
  }
}

// --- synthetic exercises -----------------------------------------------------------------------

/**
 * Each pattern's movements, with the muscles, planes and equipment they plausibly take, so that
 * browse pages, filters and search see a library shaped like the real one.
 */
const PATTERN_MOVES = {
  squat: { bases: ['squat', 'box squat', 'heel-elevated squat', 'wall sit', 'cyclist squat', 'belt squat'], primary: ['quadriceps', 'glutes'], secondary: ['adductors', 'abdominals', 'lower-back', 'calves'], planes: ['sagittal'], equipment: ['bodyweight', 'dumbbell', 'kettlebell', 'barbell', 'sandbag', 'plate', 'box'], unilateral: 0 },
  lunge: { bases: ['reverse lunge', 'split squat', 'step-up', 'lateral lunge', 'curtsy lunge', 'walking lunge', 'step-down'], primary: ['quadriceps', 'glutes'], secondary: ['adductors', 'hamstrings', 'gluteus-medius', 'calves'], planes: ['sagittal', 'frontal'], equipment: ['bodyweight', 'dumbbell', 'kettlebell', 'barbell', 'box', 'bench', 'band'], unilateral: 1 },
  hinge: { bases: ['Romanian deadlift', 'good morning', 'single-leg deadlift', 'swing', 'hip hinge', 'rack pull', 'stiff-leg deadlift'], primary: ['hamstrings', 'glutes'], secondary: ['lower-back', 'forearms', 'traps', 'adductors'], planes: ['sagittal'], equipment: ['dumbbell', 'kettlebell', 'barbell', 'band', 'bodyweight'], unilateral: 0.3 },
  'hip-extension': { bases: ['glute bridge', 'hip thrust', 'frog pump', 'hamstring bridge', 'reverse hyperextension', 'bridge walkout'], primary: ['glutes', 'hamstrings'], secondary: ['abdominals', 'adductors', 'lower-back'], planes: ['sagittal'], equipment: ['bodyweight', 'barbell', 'dumbbell', 'band', 'bench', 'stability-ball', 'mat'], unilateral: 0.4 },
  'calf-foot': { bases: ['calf raise', 'bent-knee calf raise', 'toe walk', 'tibialis raise', 'short-foot hold', 'heel walk'], primary: ['calves', 'tibialis-anterior'], secondary: ['quadriceps', 'hamstrings'], planes: ['sagittal'], equipment: ['bodyweight', 'dumbbell', 'box', 'machine', 'plate', 'band'], unilateral: 0.5 },
  'lateral-hip': { bases: ['lateral band walk', 'clamshell', 'side-lying leg raise', 'hip hike', 'fire hydrant', 'Copenhagen plank'], primary: ['gluteus-medius', 'abductors', 'adductors'], secondary: ['glutes', 'obliques', 'quadriceps'], planes: ['frontal', 'transverse'], equipment: ['band', 'bodyweight', 'cable', 'box', 'mat'], unilateral: 0.8 },
  push: { bases: ['push-up', 'floor press', 'overhead press', 'landmine press', 'dip', 'chest press', 'pike push-up'], primary: ['chest', 'shoulders', 'triceps'], secondary: ['abdominals', 'triceps', 'shoulders'], planes: ['sagittal'], equipment: ['bodyweight', 'dumbbell', 'barbell', 'kettlebell', 'cable', 'bench', 'band', 'suspension-trainer'], unilateral: 0.3 },
  pull: { bases: ['row', 'pull-down', 'face pull', 'inverted row', 'pull-over', 'band pull-apart', 'chin-up'], primary: ['lats', 'middle-back', 'biceps'], secondary: ['traps', 'forearms', 'shoulders'], planes: ['sagittal', 'transverse'], equipment: ['dumbbell', 'cable', 'band', 'barbell', 'pull-up-bar', 'suspension-trainer', 'bench'], unilateral: 0.4 },
  'core-anti-extension': { bases: ['plank', 'dead bug', 'ab rollout', 'hollow hold', 'body saw', 'stir the pot'], primary: ['abdominals'], secondary: ['hip-flexors', 'shoulders', 'obliques'], planes: ['sagittal'], equipment: ['bodyweight', 'mat', 'stability-ball', 'band', 'other'], unilateral: 0.2 },
  'core-anti-rotation': { bases: ['Pallof press', 'bird dog', 'cable chop', 'half-kneeling lift', 'renegade row', 'shoulder-tap plank'], primary: ['obliques', 'abdominals'], secondary: ['glutes', 'shoulders', 'lower-back'], planes: ['transverse'], equipment: ['band', 'cable', 'bodyweight', 'dumbbell', 'mat'], unilateral: 0.5 },
  'core-anti-lateral-flexion': { bases: ['side plank', 'suitcase hold', 'suitcase march', 'side-bend hold', 'Copenhagen side plank'], primary: ['obliques', 'gluteus-medius'], secondary: ['abdominals', 'adductors', 'shoulders'], planes: ['frontal'], equipment: ['bodyweight', 'kettlebell', 'dumbbell', 'mat', 'bench'], unilateral: 0.9 },
  carry: { bases: ['farmer carry', 'suitcase carry', 'front-rack carry', 'overhead carry', 'waiter walk', 'bear-hug carry'], primary: ['forearms', 'traps', 'abdominals'], secondary: ['obliques', 'glutes', 'calves', 'shoulders'], planes: ['sagittal', 'frontal'], equipment: ['dumbbell', 'kettlebell', 'sandbag', 'plate'], unilateral: 0.5 },
  plyometric: { bases: ['box jump', 'pogo hop', 'skater bound', 'jump squat', 'split jump', 'broad jump', 'lateral hop', 'depth drop'], primary: ['quadriceps', 'calves', 'glutes'], secondary: ['hamstrings', 'hip-flexors', 'abdominals'], planes: ['sagittal', 'frontal'], equipment: ['bodyweight', 'box', 'medicine-ball'], unilateral: 0.3 },
  mobility: { bases: ['hip airplane', 'lunge stretch', 'ankle rock', 'leg swing', 'thoracic rotation', 'couch stretch', 'hip circle'], primary: ['hip-flexors', 'glutes', 'calves', 'middle-back'], secondary: ['hamstrings', 'adductors', 'obliques'], planes: ['sagittal', 'frontal', 'transverse'], equipment: ['bodyweight', 'mat', 'foam-roller', 'band', 'stability-ball'], unilateral: 0.5 },
};

/** How a variation is done, by kind; a title takes at most one word of a kind, as real names do. */
const STYLES = [
  ['tempo', 'paused', 'eccentric', 'isometric', 'one-and-a-quarter', 'slow', 'pulse'],
  ['half-kneeling', 'tall-kneeling', 'staggered-stance', 'wide-stance', 'narrow-stance', 'supported', 'elevated', 'deficit'],
  ['single-arm', 'alternating', 'offset', 'cross-body', 'contralateral'],
  ['reaching', 'marching', 'rotational', 'long-lever'],
];
const EQUIPMENT_WORDS = { dumbbell: 'dumbbell', kettlebell: 'kettlebell', barbell: 'barbell', band: 'banded', cable: 'cable', sandbag: 'sandbag', plate: 'plate-loaded', 'medicine-ball': 'medicine-ball', 'stability-ball': 'stability-ball', 'suspension-trainer': 'suspension', machine: 'machine', 'foam-roller': 'foam-roller' };
const ABBREVIATIONS = { dumbbell: 'DB', kettlebell: 'KB', barbell: 'BB', 'Romanian deadlift': 'RDL', 'single-leg': 'SL' };
const CUES = {
  lower: ['Lower under control for a slow count of three.', 'Keep the weight over the middle of your foot.', 'Let your knees travel forward over your toes.', 'Sit the hips down and back at the same time.'],
  brace: ['Brace your trunk as if about to be nudged, then breathe behind the brace.', 'Keep your ribs stacked over your pelvis.', 'Hold a long spine from the back of your head to your tailbone.', 'Squeeze the glutes to lock the position at the top.'],
  drive: ['Drive the floor away to come back up.', 'Finish tall, with the hips fully open.', 'Exhale as you pass the hardest part of the rep.', 'Move the same speed on every rep of the set.'],
  set: ['Set your feet hip-width apart with the toes slightly out.', 'Start with the load close to your body.', 'Grip firmly so the wrists stay straight.', 'Keep your shoulders down and away from your ears.'],
  finish: ['Stop the set when the position slips.', 'Pause for a breath between reps if you need to reset.', 'Keep the knee in line with the second toe.', 'Look ahead rather than down at your feet.'],
};
const EASIER = ['Use a lighter load, or none, until every rep looks the same.', 'Shorten the range to a depth you can control.', 'Hold a support for balance.', 'Slow the tempo and take out the pause.', 'Work both sides together instead of one at a time.'];
const HARDER = ['Add a three-second pause at the hardest point.', 'Hold a heavier load.', 'Work one side at a time.', 'Lengthen the lowering phase to four seconds.', 'Add a small jump or a faster lift once the form is steady.'];
const MISTAKES = ['Rushing the lowering: count to three on the way down.', 'The trunk collapses: use less load and brace first.', 'Holding your breath for the whole set: breathe between reps.', 'Knees fall inward: press them out over the little toes.', 'Shrugging: keep the shoulders away from your ears.'];
const BENEFITS = ['for steadier late-race form', 'to absorb landing forces', 'for a stronger push-off', 'to hold posture when tired', 'for control on hills and trails', 'to even out left and right'];

/** Writes N exercise files that pass src/schemas/exercise.ts, beside the real ones. */
function writeSyntheticExercises(dir, n, seedValue) {
  const random = mulberry32(seedValue);
  const pick = (list) => list[Math.floor(random() * list.length)];
  const pickSome = (list, min, max) => shuffle(list, random).slice(0, min + Math.floor(random() * (max - min + 1)));
  const folder = join(dir, 'content/exercises');
  const real = readdirSync(folder).filter((f) => EXERCISE_FILE.test(f)).sort().map((f) => {
    const source = readFileSync(join(folder, f), 'utf8');
    return { slug: f.replace(EXERCISE_FILE, ''), pattern: /^pattern:\s*(\S+)/m.exec(source)?.[1], body: source.split(/^---$/m).slice(2).join('---') };
  });
  const chain = markovChain(real.map((r) => r.body).join('\n'));
  const taken = new Set(real.map((r) => r.slug));
  const patterns = Object.keys(PATTERN_MOVES);

  // First the names, so modifications can link to exercises written later.
  const items = [];
  for (let i = 0; i < n; i++) {
    const pattern = patterns[i % patterns.length];
    const moves = PATTERN_MOVES[pattern];
    const base = pick(moves.bases);
    const gear = pick(moves.equipment);
    const styles = pickSome(STYLES, 0, 2).map(pick);
    let title = [...styles, EQUIPMENT_WORDS[gear] ?? '', base].filter(Boolean).join(' ');
    title = title[0].toUpperCase() + title.slice(1);
    let slug = slugify(title);
    for (let k = 2; taken.has(slug); k++) slug = `${slugify(title)}-${k}`;
    if (slug !== slugify(title)) title = `${title} (variation ${slug.split('-').at(-1)})`;
    taken.add(slug);
    items.push({ slug, title, pattern, base, gear, styles });
  }
  const byPattern = Object.groupBy([...real.filter((r) => r.pattern), ...items], (e) => e.pattern);

  for (const item of items) {
    const moves = PATTERN_MOVES[item.pattern];
    const equipment = [...new Set([item.gear, ...(random() < 0.25 ? [pick(['bench', 'box', 'mat'])] : [])])];
    const primary = pickSome(moves.primary, 1, 2);
    const secondary = pickSome(moves.secondary.filter((m) => !primary.includes(m)), 0, 3);
    const level = pick(['beginner', 'beginner', 'intermediate', 'intermediate', 'advanced']);
    const unilateral = random() < moves.unilateral || item.styles.some((s) => /single|alternating|offset|staggered/.test(s));
    const planes = pickSome(moves.planes, 1, moves.planes.length);
    const link = (text) => {
      if (random() < 0.4) return text;
      const others = byPattern[item.pattern].filter((e) => e.slug !== item.slug);
      return { text, exercise: pick(others).slug };
    };
    const aliases = [];
    for (const [long, short] of Object.entries(ABBREVIATIONS)) {
      if (item.title.toLowerCase().includes(long.toLowerCase())) aliases.push(item.title.replace(new RegExp(long, 'i'), short));
    }
    if (item.styles.length) aliases.push(`${item.base}s`);
    const muscleWords = primary.map((m) => m.replace(/-/g, ' ')).join(' and ');
    let summary = `A ${item.pattern.replace(/-/g, ' ')} variation that loads the ${muscleWords} ${pick(BENEFITS)}, kept simple enough to learn in one session.`;
    if (summary.length > 160) summary = summary.slice(0, 157).replace(/\s+\S*$/, '') + '.';
    const cues = [pick(CUES.set), pick(CUES.lower), pick(CUES.brace), pick(CUES.drive), pick(CUES.finish)];
    const frontmatter = {
      title: item.title,
      summary,
      aliases,
      pattern: item.pattern,
      equipment,
      level,
      unilateral,
      planes,
      muscles: { primary, secondary },
      cues,
      modifications: {
        easier: pickSome(EASIER, 1, 2).map(link),
        harder: pickSome(HARDER, 1, 2).map(link),
      },
      mistakes: pickSome(MISTAKES, 2, 3),
      dosage: item.pattern === 'plyometric'
        ? { power: '3–4 sets of 5 quick reps, resting two minutes.' }
        : { strength: '3–4 sets of 5–8 reps, resting two minutes.', endurance: '2–3 sets of 12–15 reps.' },
    };
    const body = [
      '## Why it matters for runners',
      `The ${item.title.toLowerCase()} works the ${muscleWords} ${pick(BENEFITS)}. ${paragraph(chain, random, 80)}`,
      '## How it should feel',
      paragraph(chain, random, 70),
      '## Notes',
      [0, 1, 2].map(() => `- ${paragraph(chain, random, 18)}`).join('\n'),
    ].join('\n\n');
    writeFileSync(join(folder, `${item.slug}.md`), `---\n${yaml(frontmatter)}---\n\n${body}\n`);
  }
}

/** A word-pair (order 1) Markov chain over the real exercise prose: realistic words, new sentences. */
function markovChain(text) {
  const prose = text
    .replace(/^#+ .*$/gm, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[*_`{}<>|#]/g, ' ')
    .replace(/^\s*[-\d.]+\s/gm, ' ');
  const words = prose.split(/\s+/).filter(Boolean);
  const next = new Map();
  const starts = [];
  for (let i = 0; i < words.length - 1; i++) {
    if (!next.has(words[i])) next.set(words[i], []);
    next.get(words[i]).push(words[i + 1]);
    if ((i === 0 || /[.!?]$/.test(words[i - 1])) && /^[A-Z]/.test(words[i])) starts.push(words[i]);
  }
  return { next, starts };
}

function paragraph({ next, starts }, random, minWords) {
  const out = [];
  while (out.length < minWords) {
    let word = starts[Math.floor(random() * starts.length)];
    for (let len = 1; ; len++) {
      out.push(word);
      if (/[.!?]$/.test(word) && len >= 6) break;
      const options = next.get(word);
      if (!options || len >= 30) {
        out[out.length - 1] = word.replace(/[,;:]$/, '') + '.';
        break;
      }
      word = options[Math.floor(random() * options.length)];
    }
  }
  return out.join(' ');
}

/** JSON scalars are valid YAML, so every string is written quoted and nothing needs escaping. */
function yaml(value, indent = '') {
  let out = '';
  for (const [key, v] of Object.entries(value)) {
    if (Array.isArray(v)) {
      out += `${indent}${key}:${v.length ? '\n' : ' []\n'}`;
      for (const item of v) {
        out += typeof item === 'object'
          ? `${indent}  - ${yaml(item, `${indent}    `).trimStart()}`
          : `${indent}  - ${JSON.stringify(item)}\n`;
      }
    } else if (v && typeof v === 'object') out += `${indent}${key}:\n${yaml(v, `${indent}  `)}`;
    else out += `${indent}${key}: ${JSON.stringify(v)}\n`;
  }
  return out;
}

const slugify = (title) => title.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

function mulberry32(a) {
  return () => {
    a |= 0;
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffle(list, random) {
  const copy = [...list];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [copy[i], copy[j]] = [copy[j], copy[i]];
  }
  return copy;
}

// --- reporting ---------------------------------------------------------------------------------

function verdicts(list) {
  const out = [];
  for (const r of list) {
    if (r.n === 1000) out.push({ what: `1,000 exercises build in ≤ ${TARGETS.buildSeconds} s (the whole npm run build)`, value: `${r.totalSeconds.toFixed(1)} s`, ok: r.totalSeconds <= TARGETS.buildSeconds });
    if (r.search) out.push({ what: `a first search (${r.n}) downloads ≤ ${kb(TARGETS.firstSearchBytes)}`, value: kb(r.search.bytes), ok: r.search.bytes <= TARGETS.firstSearchBytes });
  }
  const [a, b] = [list.find((r) => r.n === 1000), list.find((r) => r.n === 2000)];
  if (a && b) {
    const ratio = b.totalSeconds / a.totalSeconds;
    const cpu = a.totalCpu && b.totalCpu ? `, CPU time ${(b.totalCpu / a.totalCpu).toFixed(2)}×` : '';
    out.push({ what: `doubling the synthetic exercises costs ≤ ${TARGETS.doublingRatio}× the time`, value: `${ratio.toFixed(2)}×${cpu}`, ok: ratio <= TARGETS.doublingRatio });
  }
  return out;
}

const s1 = (x) => (x === null || x === undefined ? '–' : x.toFixed(1));
const HEAD = ['synthetic', 'exercises', 'pages', 'astro build s', 'whole build s', 'whole build CPU s', 'dist/', 'pagefind/', 'exercise page (median)', 'first search (responses)', 'first visit to / (responses)'];
function rows(list) {
  return list.map((r) => [
    r.n.toLocaleString('en'), r.exercises.toLocaleString('en'), String(r.pages),
    s1(r.astroSeconds), s1(r.totalSeconds), s1(r.totalCpu), mb(r.distBytes), mb(r.pagefindBytes),
    kb(r.exercisePageBytes),
    r.search ? `${kb(r.search.bytes)} (${r.search.requests.length})` : '–',
    r.visit ? `${mb(r.visit.bytes)} (${r.visit.responses})` : '–',
  ]);
}

function printTable(list) {
  const table = [HEAD, ...rows(list)];
  const widths = HEAD.map((_, i) => Math.max(...table.map((row) => row[i].length)));
  console.log('');
  for (const row of table) console.log(row.map((c, i) => c.padStart(widths[i])).join('  '));
  for (const v of verdicts(list)) console.log(`${v.ok ? 'ok  ' : 'MISS'}  ${v.what}: ${v.value}`);
}

/** Rewrites the generated part of BENCHMARKS.md (between the markers), keeping the prose around it. */
function record(list) {
  const file = join(root, 'BENCHMARKS.md');
  const start = '<!-- bench:start (written by npm run bench) -->';
  const end = '<!-- bench:end -->';
  const block = [
    start,
    `Run ${started.toISOString().slice(0, 16).replace('T', ' ')} UTC with \`${command}\`, seed ${seed}, query “${QUERY}”;`,
    `machine: \`nproc\` ${machine.cores} (${machine.cpu}), load average ${machine.load} at the start, Node ${machine.node}.`,
    '',
    `| ${HEAD.join(' | ')} |`,
    `| ${HEAD.map(() => '---:').join(' | ')} |`,
    ...rows(list).map((row) => `| ${row.join(' | ')} |`),
    '',
    ...verdicts(list).map((v) => `- ${v.ok ? '✅' : '❌'} ${v.what}: **${v.value}**`),
    '',
    'Build steps (wall s / CPU s):',
    '',
    ...list.map((r) => `- ${r.n}: ${r.steps.map((x) => `\`${x.cmd}\` ${s1(x.seconds)} / ${s1(x.cpu)}`).join(', ')}`),
    '',
    "Where `astro build` spends its time (Astro's own per-page times, summed by route; pages in brackets):",
    '',
    ...list.map((r) => `- ${r.n}: ${r.routes.slice(0, 6).map((g) => `\`${g.key}\` ${(g.ms / 1000).toFixed(1)} s (${g.pages})`).join(', ')}`),
    '',
    'Largest folders of dist/:',
    '',
    ...list.map((r) => `- ${r.n}: ${r.folders.map((f) => `\`${f.name}\` ${mb(f.bytes)}`).join(', ')}`),
    '',
    'What the first search downloaded (bytes on the wire, headers included; responses in brackets):',
    '',
    ...list.filter((r) => r.search).map((r) => `- ${r.n}: ${byKind(r.search.requests).map((k) => `${k.kind} ${kb(k.bytes)} (${k.count})`).join(', ')}`),
    end,
  ].join('\n');
  const old = existsSync(file) ? readFileSync(file, 'utf8') : `# Benchmarks\n\n${start}\n${end}\n`;
  const i = old.indexOf(start);
  const j = old.indexOf(end);
  const next = i >= 0 && j > i ? old.slice(0, i) + block + old.slice(j + end.length) : `${old.trimEnd()}\n\n${block}\n`;
  writeFileSync(file, next);
  console.log(`\nrecorded in ${file}`);
}

// --- helpers -----------------------------------------------------------------------------------

function run(cmd, args, options) {
  return new Promise((done, fail) => {
    const child = spawn(cmd, args, { ...options, stdio: ['ignore', 'pipe', 'pipe'] });
    let log = '';
    child.stdout.on('data', (d) => (log += d));
    child.stderr.on('data', (d) => (log += d));
    child.on('error', fail);
    child.on('close', (code) => (code === 0 ? done(log) : fail(new Error(`${cmd} ${args.join(' ')} failed (${code}):\n${log.slice(-4000)}`))));
  });
}

/**
 * Wall-clock seconds, and CPU seconds (user + system) of the child processes, which Linux reports
 * in /proc/self/stat once they have exited. On a shared machine the wall time swings with the
 * other load; the CPU time barely moves, so it is the figure to compare between runs.
 */
async function timed(task) {
  const cpu0 = childCpuSeconds();
  const t0 = performance.now();
  const value = await task();
  const cpu1 = childCpuSeconds();
  return { value, seconds: (performance.now() - t0) / 1000, cpu: cpu0 === null || cpu1 === null ? null : cpu1 - cpu0 };
}

function childCpuSeconds() {
  try {
    const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1].split(' ');
    return (Number(fields[13]) + Number(fields[14])) / 100; // cutime + cstime, in USER_HZ (100 on Linux)
  } catch {
    return null;
  }
}

/** A first search's responses by what they are: Pagefind's code, its metadata, index, filters, results. */
function byKind(requests) {
  const kindOf = (path) =>
    /pagefind(-worker)?\.js|wasm\.|pagefind-entry/.test(path) ? 'engine (pagefind.js, wasm, entry)'
      : /\.pf_meta/.test(path) ? 'metadata'
        : /\.pf_index/.test(path) ? 'index chunks'
          : /\.pf_filter/.test(path) ? 'filter chunks'
            : /\.pf_fragment/.test(path) ? 'result fragments' : 'other';
  const kinds = new Map();
  for (const r of requests) {
    const k = kinds.get(kindOf(r.path)) ?? { kind: kindOf(r.path), bytes: 0, count: 0 };
    k.bytes += r.bytes;
    k.count++;
    kinds.set(k.kind, k);
  }
  return [...kinds.values()];
}

/** The largest top-level folders of dist/, to see what the output is made of. */
function topFolders(dist, files) {
  const by = new Map();
  for (const f of files) {
    const name = f.path.slice(dist.length + 1).split('/')[0];
    if (!f.path.slice(dist.length + 1).includes('/')) continue;
    by.set(name, (by.get(name) ?? 0) + f.size);
  }
  return [...by].map(([name, bytes]) => ({ name: `${name}/`, bytes })).sort((a, b) => b.bytes - a.bytes).slice(0, 4);
}

function walk(dir) {
  const out = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...walk(path));
    else out.push({ path, size: statSync(path).size });
  }
  return out;
}

const sum = (files) => files.reduce((a, f) => a + f.size, 0);
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const mb = (bytes) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

function freePort() {
  return new Promise((done) => {
    const s = net.createServer();
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => done(port));
    });
  });
}

async function waitForServer(url) {
  const until = Date.now() + 30_000;
  for (;;) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    if (Date.now() > until) throw new Error(`astro preview did not start at ${url}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

// Last, so that every constant above is initialised before the run starts.
const runs = [];
for (const n of sizes) runs.push(await benchOne(n));
printTable(runs);
if (!flag('--no-record')) record(runs);
process.exit(verdicts(runs).some((v) => !v.ok) ? 1 : 0);
