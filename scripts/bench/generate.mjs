// The synthetic library for benchmarks: N exercise files that pass src/schemas/exercise.ts, written
// beside the real ones in a copy of the project, shaped like the real library (every pattern,
// equipment and muscle mix, 5 cues, ~250 words of body from a word-pair chain over the real
// exercise prose, a real pose of the same pattern, and ladders of four: each synthetic exercise
// sits on one, and its easier and harder links point down and up it, as the build requires).
// Seeded: the same seed and tree give the same files.
//
//   node scripts/bench/generate.mjs --n 1000 --out <dir> [--seed 6]
//
// copies the project (without build output, caches and history; node_modules linked) into <dir>
// and adds the exercises; when <dir> is already a copy (it has content/exercises/), only adds them.
// `npm run bench` (scripts/bench/run.mjs) uses the same functions.
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(import.meta.dirname, '../..');
/** Exercise files, as the collection's loader picks them up (src/content.config.ts). */
export const EXERCISE_FILE = /\.mdx?$/;

/** The project without its build output, caches and history; node_modules is linked, not copied. */
export function copyProject(dir) {
  mkdirSync(dir, { recursive: true });
  const skip = new Set(['node_modules', 'dist', '.git', '.astro', '.bench', 'reports', 'test-results', 'playwright-report']);
  for (const name of readdirSync(ROOT)) {
    if (skip.has(name)) continue;
    cpSync(join(ROOT, name), join(dir, name), { recursive: true });
  }
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
}

/**
 * Each pattern's movements, with the muscles, planes and equipment they plausibly take, so that
 * browse pages, filters and search see a library shaped like the real one. No base is a name of
 * src/data/missing-exercises.ts (exercises the library has no page for), which the build refuses
 * as a page's name.
 */
export const PATTERN_MOVES = {
  squat: { bases: ['squat', 'box squat', 'heel-elevated squat', 'wall sit', 'cyclist squat', 'belt squat'], primary: ['quadriceps', 'glutes'], secondary: ['adductors', 'abdominals', 'lower-back', 'calves'], planes: ['sagittal'], equipment: ['bodyweight', 'dumbbell', 'kettlebell', 'barbell', 'sandbag', 'plate', 'box'], unilateral: 0 },
  lunge: { bases: ['reverse lunge', 'split squat', 'step-up', 'lateral lunge', 'curtsy lunge', 'walking lunge', 'step-down'], primary: ['quadriceps', 'glutes'], secondary: ['adductors', 'hamstrings', 'gluteus-medius', 'calves'], planes: ['sagittal', 'frontal'], equipment: ['bodyweight', 'dumbbell', 'kettlebell', 'barbell', 'box', 'bench', 'band'], unilateral: 1 },
  hinge: { bases: ['Romanian deadlift', 'good morning', 'single-leg deadlift', 'swing', 'hip hinge', 'rack pull', 'stiff-leg deadlift'], primary: ['hamstrings', 'glutes'], secondary: ['lower-back', 'forearms', 'traps', 'adductors'], planes: ['sagittal'], equipment: ['dumbbell', 'kettlebell', 'barbell', 'band', 'bodyweight'], unilateral: 0.3 },
  'hip-extension': { bases: ['glute bridge', 'hip thrust', 'frog pump', 'hamstring bridge', 'prone hip lift', 'bridge walkout'], primary: ['glutes', 'hamstrings'], secondary: ['abdominals', 'adductors', 'lower-back'], planes: ['sagittal'], equipment: ['bodyweight', 'barbell', 'dumbbell', 'band', 'bench', 'stability-ball', 'mat'], unilateral: 0.4 },
  'calf-foot': { bases: ['calf raise', 'bent-knee calf raise', 'toe walk', 'tibialis raise', 'short-foot hold', 'heel walk'], primary: ['calves', 'tibialis-anterior'], secondary: ['quadriceps', 'hamstrings'], planes: ['sagittal'], equipment: ['bodyweight', 'dumbbell', 'box', 'machine', 'plate', 'band'], unilateral: 0.5 },
  'lateral-hip': { bases: ['lateral band walk', 'clamshell', 'side-lying leg raise', 'hip hike', 'fire hydrant', 'Copenhagen plank'], primary: ['gluteus-medius', 'abductors', 'adductors'], secondary: ['glutes', 'obliques', 'quadriceps'], planes: ['frontal', 'transverse'], equipment: ['band', 'bodyweight', 'cable', 'box', 'mat'], unilateral: 0.8 },
  push: { bases: ['push-up', 'floor press', 'overhead press', 'incline press', 'close-grip press', 'chest press', 'pike push-up'], primary: ['chest', 'shoulders', 'triceps'], secondary: ['abdominals', 'triceps', 'shoulders'], planes: ['sagittal'], equipment: ['bodyweight', 'dumbbell', 'barbell', 'kettlebell', 'cable', 'bench', 'band', 'suspension-trainer'], unilateral: 0.3 },
  pull: { bases: ['bent row', 'straight-arm pull', 'rear-delt row', 'table row', 'pull-over', 'band pull-apart', 'chin-up'], primary: ['lats', 'middle-back', 'biceps'], secondary: ['traps', 'forearms', 'shoulders'], planes: ['sagittal', 'transverse'], equipment: ['dumbbell', 'cable', 'band', 'barbell', 'pull-up-bar', 'suspension-trainer', 'bench'], unilateral: 0.4 },
  'core-anti-extension': { bases: ['plank', 'dead bug', 'plank reach', 'hollow hold', 'body saw', 'stir the pot'], primary: ['abdominals'], secondary: ['hip-flexors', 'shoulders', 'obliques'], planes: ['sagittal'], equipment: ['bodyweight', 'mat', 'stability-ball', 'band', 'other'], unilateral: 0.2 },
  'core-anti-rotation': { bases: ['Pallof press', 'bird dog', 'cable chop', 'half-kneeling lift', 'plank pull-through', 'shoulder-tap plank'], primary: ['obliques', 'abdominals'], secondary: ['glutes', 'shoulders', 'lower-back'], planes: ['transverse'], equipment: ['band', 'cable', 'bodyweight', 'dumbbell', 'mat'], unilateral: 0.5 },
  'core-anti-lateral-flexion': { bases: ['side plank', 'suitcase hold', 'suitcase march', 'side-bend hold', 'Copenhagen side plank'], primary: ['obliques', 'gluteus-medius'], secondary: ['abdominals', 'adductors', 'shoulders'], planes: ['frontal'], equipment: ['bodyweight', 'kettlebell', 'dumbbell', 'mat', 'bench'], unilateral: 0.9 },
  carry: { bases: ['farmer carry', 'suitcase carry', 'front-rack carry', 'overhead carry', 'waiter walk', 'bear-hug carry'], primary: ['forearms', 'traps', 'abdominals'], secondary: ['obliques', 'glutes', 'calves', 'shoulders'], planes: ['sagittal', 'frontal'], equipment: ['dumbbell', 'kettlebell', 'sandbag', 'plate'], unilateral: 0.5 },
  plyometric: { bases: ['box jump', 'pogo hop', 'skater bound', 'jump squat', 'split jump', 'hurdle hop', 'lateral hop', 'drop landing'], primary: ['quadriceps', 'calves', 'glutes'], secondary: ['hamstrings', 'hip-flexors', 'abdominals'], planes: ['sagittal', 'frontal'], equipment: ['bodyweight', 'box', 'medicine-ball'], unilateral: 0.3 },
  mobility: { bases: ['hip airplane', 'lunge stretch', 'ankle rock', 'hip opener', 'thoracic rotation', 'couch stretch', 'knee hug'], primary: ['hip-flexors', 'glutes', 'calves', 'middle-back'], secondary: ['hamstrings', 'adductors', 'obliques'], planes: ['sagittal', 'frontal', 'transverse'], equipment: ['bodyweight', 'mat', 'foam-roller', 'band', 'stability-ball'], unilateral: 0.5 },
};

/** How a variation is done, by kind; a title takes at most one word of a kind, as real names do. */
const STYLES = [
  ['tempo', 'paused', 'eccentric', 'isometric', 'one-and-a-quarter', 'slow', 'pulse'],
  ['half-kneeling', 'tall-kneeling', 'staggered-stance', 'wide-stance', 'narrow-stance', 'supported', 'elevated', 'deficit'],
  ['single-arm', 'alternating', 'offset', 'cross-body', 'contralateral'],
  ['reaching', 'marching', 'rotational', 'long-lever'],
];
export const EQUIPMENT_WORDS = { dumbbell: 'dumbbell', kettlebell: 'kettlebell', barbell: 'barbell', band: 'banded', cable: 'cable', sandbag: 'sandbag', plate: 'plate-loaded', 'medicine-ball': 'medicine-ball', 'stability-ball': 'stability-ball', 'suspension-trainer': 'suspension', machine: 'machine', 'foam-roller': 'foam-roller' };
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

/** Writes N exercise files that pass src/schemas/exercise.ts beside the real ones in `dir`; returns their slugs. */
export function writeSyntheticExercises(dir, n, seedValue) {
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
    items.push({ slug, title, pattern, base, gear, styles, level: pick(LEVEL_DRAW) });
  }
  const ladders = syntheticLadders(items);

  for (const item of items) {
    const moves = PATTERN_MOVES[item.pattern];
    const equipment = [...new Set([item.gear, ...(random() < 0.25 ? [pick(['bench', 'box', 'mat'])] : [])])];
    const primary = pickSome(moves.primary, 1, 2);
    const secondary = pickSome(moves.secondary.filter((m) => !primary.includes(m)), 0, 3);
    const unilateral = random() < moves.unilateral || item.styles.some((s) => /single|alternating|offset|staggered/.test(s));
    const planes = pickSome(moves.planes, 1, moves.planes.length);
    // The first option of each side links one rung down or up the exercise's ladder, when it has one.
    const link = (neighbour) => (text, i) => (i === 0 && neighbour && random() < 0.6 ? { text, exercise: neighbour } : text);
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
      level: item.level,
      unilateral,
      planes,
      muscles: { primary, secondary },
      cues,
      modifications: {
        easier: pickSome(EASIER, 1, 2).map(link(item.below)),
        harder: pickSome(HARDER, 1, 2).map(link(item.above)),
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
  const laddersFile = join(dir, 'src/data/ladders.ts');
  const source = readFileSync(laddersFile, 'utf8');
  const end = source.lastIndexOf('\n];');
  if (end < 0) throw new Error(`${laddersFile}: no end of the LADDERS list to add the synthetic ladders to`);
  const entries = ladders.map((l) => `  { id: '${l.id}', title: '${l.id}', rungs: [${l.rungs.map((r) => `'${r}'`).join(', ')}] },`);
  writeFileSync(laddersFile, `${source.slice(0, end)}\n${entries.join('\n')}${source.slice(end)}`);
  writeSyntheticFigures(dir, items, real);
  return items.map((item) => item.slug);
}

/**
 * A movement figure for every synthetic exercise, as the real library will have: the pose file of
 * a real exercise of the same pattern (taken in turn; any posed one when the pattern has none), so
 * the build draws, checks and publishes figures at the library's size.
 */
function writeSyntheticFigures(dir, items, real) {
  const figures = join(dir, 'content/figures');
  const posed = real.filter((r) => existsSync(join(figures, `${r.slug}.yaml`)));
  if (!posed.length) return;
  const byPattern = Object.groupBy(posed, (r) => r.pattern);
  items.forEach((item, i) => {
    const from = byPattern[item.pattern] ?? posed;
    cpSync(join(figures, `${from[i % from.length].slug}.yaml`), join(figures, `${item.slug}.yaml`));
  });
}

const LEVEL_DRAW = ['beginner', 'beginner', 'intermediate', 'intermediate', 'advanced'];
const LEVEL_RANK = { beginner: 0, intermediate: 1, advanced: 2 };

/**
 * Each pattern's synthetic exercises, easiest first, cut into ladders of four; every item learns
 * the rungs below and above it (`below`, `above`), which its easier and harder links use.
 */
function syntheticLadders(items) {
  const ladders = [];
  for (const [pattern, group] of Object.entries(Object.groupBy(items, (item) => item.pattern))) {
    const sorted = group.toSorted((a, b) => LEVEL_RANK[a.level] - LEVEL_RANK[b.level] || a.slug.localeCompare(b.slug));
    for (let i = 0; i < sorted.length; i += 4) {
      const rungs = sorted.slice(i, i + 4);
      rungs.forEach((item, k) => Object.assign(item, { below: rungs[k - 1]?.slug, above: rungs[k + 1]?.slug }));
      ladders.push({ id: `synthetic-${pattern}-${i / 4 + 1}`, rungs: rungs.map((item) => item.slug) });
    }
  }
  return ladders;
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

// --- command line ------------------------------------------------------------------------------

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const argv = process.argv.slice(2);
  const option = (name) => {
    const i = argv.indexOf(name);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const n = Number(option('--n'));
  const out = option('--out');
  const seed = Number(option('--seed') ?? '6');
  if (!Number.isInteger(n) || n < 1 || !out || !Number.isInteger(seed)) {
    console.error('usage: node scripts/bench/generate.mjs --n <count> --out <dir> [--seed <integer>]');
    process.exit(2);
  }
  const dir = resolve(out);
  if (!existsSync(join(dir, 'content/exercises'))) copyProject(dir);
  const slugs = writeSyntheticExercises(dir, n, seed);
  console.log(`${slugs.length} synthetic exercises written to ${join(dir, 'content/exercises')} (seed ${seed})`);
}
