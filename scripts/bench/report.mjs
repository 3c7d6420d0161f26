// What the benchmark says about its measurements: the targets, a table for the terminal, and the
// block it writes into BENCHMARKS.md (between the bench markers, keeping the prose around them).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './generate.mjs';
import { KEY_INTERVAL_MS, NEXT_QUERIES, QUERY } from './measure.mjs';

/**
 * Targets (issue 6, issue 11, issue 15, issue 16): 1,000 exercises build in ≤ 15 s, doubling the library
 * costs ≤ 2.1× the time, a first search downloads ≤ 100 KB, a first visit to / transfers ≤ 100 KB
 * with the service worker and the shell it saves, a word changed in one exercise renames
 * at most 1% of the search index's bytes (with numbered names every file was renamed), and after
 * the first search every new query has its results on screen in ≤ 50 ms. Adding words moves
 * the positions Pagefind stores for the rest of the page, so that edit changes every chunk holding
 * one of the page's later words; it is reported, with no target.
 */
export const TARGETS = { buildSeconds: 15, doublingRatio: 2.1, firstSearchBytes: 100 * 1024, firstVisitBytes: 100 * 1024, wordEditRenamedShare: 0.01, nextSearchMs: 50 };

/** The middle value (the lower of the two middle ones for an even count). */
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) / 2)];

/** The quick-search times of a run (`field` 'ms', results on screen, or 'complete'): median and slowest, in ms. */
export function nextSearch(times, field = 'ms') {
  const ms = times.map((t) => t[field]);
  return { median: median(ms), slowest: Math.max(...ms) };
}

/**
 * Where quick searches' time went: the median ms of each step, over the searches that fetched
 * both an index chunk and result fragments (`searches` of them): to the chunk request, the
 * chunk's round trip, the page's work between the chunk and the fragment requests (loading the
 * chunk into Pagefind, its search in WebAssembly), the fragments' round trip (five in parallel),
 * and the whole list and the next frame after them.
 */
export function quickSearchSteps(times) {
  const full = times.filter((t) => t.chunks && t.fragments);
  return {
    searches: full.length,
    toChunk: median(full.map((t) => t.chunks[0])),
    chunk: median(full.map((t) => t.chunks[1] - t.chunks[0])),
    search: median(full.map((t) => t.fragments[0] - t.chunks[1])),
    fragments: median(full.map((t) => t.fragments[1] - t.fragments[0])),
    list: median(full.map((t) => t.complete - t.fragments[1])),
  };
}
const describeNext = (times, field = 'ms') => {
  const { median, slowest } = nextSearch(times, field);
  return `median ${median.toFixed(0)} ms, slowest ${slowest.toFixed(0)} ms (${times.find((t) => t[field] === slowest).query})`;
};
/** Each query's time to its results on screen, and to the whole list when that came later. */
const eachNext = (times) => times.map((t) => `${t.query} ${t.ms.toFixed(0)}${t.complete > t.ms + 0.5 ? `/${t.complete.toFixed(0)}` : ''} ms`).join(', ');

/** Where a run's quick searches spent their time (quickSearchSteps), in one line. */
export function describeSteps(times) {
  const s = quickSearchSteps(times);
  if (s.searches === 0) return 'no search fetched both an index chunk and fragments';
  const ms = (x) => `${x.toFixed(0)} ms`;
  return `to the index chunk's request ${ms(s.toChunk)}, its round trip ${ms(s.chunk)}, the page loading it and searching ${ms(s.search)}, the five fragments' round trip ${ms(s.fragments)}, the list and next frame ${ms(s.list)} (medians of the ${s.searches} searches that fetched both)`;
}

const EDITS = { word: 'one word changed in a cue', words: 'three words added to a cue' };
const describeEdit = (e) => `${e.renamed} of ${e.files} files, ${kb(e.renamedBytes)} of ${kb(e.bytes)} (${((e.renamedBytes / e.bytes) * 100).toFixed(1)}%)`;

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const mb = (bytes) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const s1 = (x) => (x === null || x === undefined ? '–' : x.toFixed(1));

/** Each target with the measured value and whether it is met. */
export function verdicts(runs) {
  const out = [];
  for (const r of runs) {
    if (r.n === 1000) out.push({ what: `1,000 exercises build in ≤ ${TARGETS.buildSeconds} s (the whole npm run build)`, value: `${r.build.seconds.toFixed(1)} s`, ok: r.build.seconds <= TARGETS.buildSeconds });
    if (r.search) out.push({ what: `a first search (${r.n}) downloads ≤ ${kb(TARGETS.firstSearchBytes)}`, value: `${kb(r.search.bytes)} (then, once its results are drawn, the titles file for later searches: ${kb(r.search.titlesBytes)})`, ok: r.search.bytes <= TARGETS.firstSearchBytes });
    if (r.visit) out.push({ what: `a first visit to / (${r.n}) transfers ≤ ${kb(TARGETS.firstVisitBytes)}, service worker and shell included`, value: kb(r.visit.bytes), ok: r.visit.bytes <= TARGETS.firstVisitBytes });
    if (r.search?.next) {
      out.push({
        what: `after the first search (${r.n}), a new query's results are on screen in ≤ ${TARGETS.nextSearchMs} ms, every one of ${r.search.next.length}`,
        value: `${describeNext(r.search.next)}; the whole list, figures and text in: ${describeNext(r.search.next, 'complete')}`,
        ok: nextSearch(r.search.next).slowest <= TARGETS.nextSearchMs,
      });
    }
    if (r.edits) {
      out.push({
        what: `${EDITS.word} (${r.n}) renames ≤ ${TARGETS.wordEditRenamedShare * 100}% of the search index`,
        value: describeEdit(r.edits.word),
        ok: r.edits.word.renamedBytes / r.edits.word.bytes <= TARGETS.wordEditRenamedShare,
      });
    }
  }
  const [a, b] = [runs.find((r) => r.n === 1000), runs.find((r) => r.n === 2000)];
  if (a && b) {
    const ratio = b.build.seconds / a.build.seconds;
    const cpu = a.build.cpu && b.build.cpu ? `, CPU time ${(b.build.cpu / a.build.cpu).toFixed(2)}×` : '';
    out.push({ what: `doubling the synthetic exercises costs ≤ ${TARGETS.doublingRatio}× the time`, value: `${ratio.toFixed(2)}×${cpu}`, ok: ratio <= TARGETS.doublingRatio });
  }
  return out;
}

const HEAD = ['synthetic', 'exercises', 'pages', 'build s', 'build CPU s', 'dist/', 'pagefind/', 'exercise page (median)', 'first search (responses)', 'first visit to / (responses)'];
function rows(runs) {
  return runs.map((r) => [
    r.n.toLocaleString('en'), r.exercises.toLocaleString('en'), String(r.output.pages),
    s1(r.build.seconds), s1(r.build.cpu), mb(r.output.distBytes), mb(r.output.pagefindBytes),
    kb(r.output.exercisePageBytes),
    r.search ? `${kb(r.search.bytes)} (${r.search.requests.length})` : '–',
    r.visit ? `${kb(r.visit.bytes)} (${r.visit.responses})` : '–',
  ]);
}

/** Responses summed by the kind `kindOf` gives their path: bytes and count per kind, in first-seen order. */
function groupBy(requests, kindOf) {
  const kinds = new Map();
  for (const r of requests) {
    const k = kinds.get(kindOf(r.path)) ?? { kind: kindOf(r.path), bytes: 0, count: 0 };
    k.bytes += r.bytes;
    k.count++;
    kinds.set(k.kind, k);
  }
  return [...kinds.values()];
}

/** A first search's responses by what they are: Pagefind's code, its metadata, index, filters, results. */
export const byKind = (requests) =>
  groupBy(requests, (path) =>
    /pagefind(-worker)?\.js|wasm\.|pagefind-entry/.test(path) ? 'engine (pagefind.js, wasm, entry)'
      : /\.pf_meta/.test(path) ? 'metadata'
        : /\.pf_index/.test(path) ? 'index chunks'
          : /\.pf_filter/.test(path) ? 'filter chunks'
            : /\.pf_fragment/.test(path) ? 'result fragments' : 'other');

/** A first visit's responses by what they are: the page, its styles and scripts, the worker, the shell. */
export const visitByKind = (requests) =>
  groupBy(requests, (path) =>
    path === '/' ? 'the page'
      : path === '/sw.js' ? 'service worker'
        : path.startsWith('/offline/') ? 'offline page'
          : path.startsWith('/pagefind/') ? 'search engine'
            : path.startsWith('/_astro/') || path === '/favicon.svg' ? 'styles, scripts and icon' : `other (${path})`);

/** One run's progress lines, as it finishes. */
export function printRun(r) {
  console.log(`${r.build.seconds.toFixed(1).padStart(6)} s wall ${s1(r.build.cpu).padStart(6)} s CPU  astro build`);
  for (const step of r.build.steps) console.log(`${step.seconds.toFixed(1).padStart(6)} s       in it: ${step.name}`);
  console.log(`${r.output.pages} pages, ${mb(r.output.distBytes)}: ${r.output.folders.map((f) => `${f.name} ${mb(f.bytes)}`).join(', ')}`);
  console.log(`astro's per-page times, summed: ${r.build.routes.slice(0, 6).map((g) => `${g.key} ${(g.ms / 1000).toFixed(1)} s (${g.pages})`).join(', ')}`);
  if (r.search) {
    console.log(`first visit to /: ${kb(r.visit.bytes)} in ${r.visit.responses} responses`);
    for (const q of r.visit.requests) console.log(`  ${String(q.bytes).padStart(7)}  ${q.path}`);
    console.log(`first search for "${QUERY}": ${kb(r.search.bytes)} in ${r.search.requests.length} responses, ${r.search.results} results`);
    for (const q of r.search.requests) console.log(`  ${String(q.bytes).padStart(7)}  ${q.path}`);
    console.log(`  = ${byKind(r.search.requests).map((k) => `${k.kind} ${kb(k.bytes)}`).join(', ')}`);
    console.log(`then, once the results are drawn, the titles file for later searches: ${kb(r.search.titlesBytes)}`);
    if (r.search.next) console.log(`next queries (results on screen/whole list): ${eachNext(r.search.next)}`);
    if (r.search.next) console.log(`  where it went: ${describeSteps(r.search.next)}`);
    if (r.search.typed) console.log(`typed, from the last key: ${describeNext(r.search.typed)}: ${r.search.typed.map((t) => `${t.query} ${t.ms.toFixed(0)} ms`).join(', ')}`);
  }
  for (const [kind, e] of Object.entries(r.edits ?? {})) console.log(`${EDITS[kind]}: search files renamed: ${describeEdit(e)}`);
}

export function printTable(runs) {
  const table = [HEAD, ...rows(runs)];
  const widths = HEAD.map((_, i) => Math.max(...table.map((row) => row[i].length)));
  console.log('');
  for (const row of table) console.log(row.map((c, i) => c.padStart(widths[i])).join('  '));
  for (const v of verdicts(runs)) console.log(`${v.ok ? 'ok  ' : 'MISS'}  ${v.what}: ${v.value}`);
}

/** Rewrites the generated part of BENCHMARKS.md (between the markers), keeping the prose around it. */
export function record(runs, { started, command, seed, machine }) {
  const file = join(ROOT, 'BENCHMARKS.md');
  const start = '<!-- bench:start (written by npm run bench) -->';
  const end = '<!-- bench:end -->';
  const block = [
    start,
    `Run ${started.toISOString().slice(0, 16).replace('T', ' ')} UTC with \`${command}\`, seed ${seed}, query “${QUERY}”;`,
    `machine: \`nproc\` ${machine.cores} (${machine.cpu}), load average ${machine.load} at the start, Node ${machine.node}.`,
    '',
    `| ${HEAD.join(' | ')} |`,
    `| ${HEAD.map(() => '---:').join(' | ')} |`,
    ...rows(runs).map((row) => `| ${row.join(' | ')} |`),
    '',
    ...verdicts(runs).map((v) => `- ${v.ok ? '✅' : '❌'} ${v.what}: **${v.value}**`),
    '',
    'Steps of the build integration (wall s, from its log; `astro build` above includes them):',
    '',
    ...runs.map((r) => `- ${r.n}: ${r.build.steps.map((x) => `${x.name} ${s1(x.seconds)}`).join(', ')}`),
    '',
    "Where `astro build` spends its page-writing time (Astro's own per-page times, summed by route; pages in brackets):",
    '',
    ...runs.map((r) => `- ${r.n}: ${r.build.routes.slice(0, 6).map((g) => `\`${g.key}\` ${(g.ms / 1000).toFixed(1)} s (${g.pages})`).join(', ')}`),
    '',
    'Largest folders of dist/:',
    '',
    ...runs.map((r) => `- ${r.n}: ${r.output.folders.map((f) => `\`${f.name}\` ${mb(f.bytes)}`).join(', ')}`),
    '',
    'What the first visit to / transferred (bytes on the wire, headers included; responses in brackets):',
    '',
    ...runs.filter((r) => r.visit).map((r) => `- ${r.n}: ${visitByKind(r.visit.requests).map((k) => `${k.kind} ${kb(k.bytes)} (${k.count})`).join(', ')}`),
    '',
    'What the first search downloaded (bytes on the wire, headers included; responses in brackets):',
    '',
    ...runs.filter((r) => r.search).map((r) => `- ${r.n}: ${byKind(r.search.requests).map((k) => `${k.kind} ${kb(k.bytes)} (${k.count})`).join(', ')}`),
    ...(runs.some((r) => r.search?.next)
      ? ['', `After the first search, each new query from its input event to its results on screen, named, and after the slash to the whole list with figures and text, when later (in this order; ${NEXT_QUERIES.length} queries):`, '', ...runs.filter((r) => r.search?.next).flatMap((r) => [`- ${r.n}: ${eachNext(r.search.next)}`, `  (where it went: ${describeSteps(r.search.next)})`])]
      : []),
    ...(runs.some((r) => r.search?.typed)
      ? ['', `The same queries typed a key every ${KEY_INTERVAL_MS} ms, from the last key to its results on screen (a figure of its own, no target):`, '', ...runs.filter((r) => r.search?.typed).map((r) => `- ${r.n}: ${describeNext(r.search.typed)}; ${r.search.typed.map((t) => `${t.query} ${t.ms.toFixed(0)} ms`).join(', ')}`)]
      : []),
    ...(runs.some((r) => r.edits)
      ? ['', 'Search files an edit renames (a reader who saved everything fetches these again on updating):', '', ...runs.filter((r) => r.edits).flatMap((r) => Object.entries(r.edits).map(([kind, e]) => `- ${r.n}, ${EDITS[kind]}: ${describeEdit(e)}`))]
      : []),
    end,
  ].join('\n');
  const old = existsSync(file) ? readFileSync(file, 'utf8') : `# Benchmarks\n\n${start}\n${end}\n`;
  const i = old.indexOf(start);
  const j = old.indexOf(end);
  const next = i >= 0 && j > i ? old.slice(0, i) + block + old.slice(j + end.length) : `${old.trimEnd()}\n\n${block}\n`;
  writeFileSync(file, next);
  console.log(`\nrecorded in ${file}`);
}
