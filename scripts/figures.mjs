// Exercise figures, for whoever poses them (README "Posing a new exercise"):
//   npm run figures
//     Contact sheet: writes reports/figures.html and reports/figures.png (Chromium via Playwright)
//     with every posed exercise's key positions side by side, the frame the browser draws halfway
//     through each move, and any rule a pose breaks. Open the HTML to see the loops run. Exits 1
//     when a pose breaks a rule (the build would fail on it too).
//   npm run figures -- only <slug>…
//     The same contact sheet with just those exercises, for checking the ones you are posing.
//   npm run figures -- points <slug> <point>…
//     Where those points are in the room (cm; x from the anchor, y up from the floor, and for a
//     figure seen from above, z toward you) at each key position and halfway through each move,
//     e.g. `points plank near.toe pelvis`.
//   npm run figures -- solve <slug> <position> <point> <x|-> <y|-> <joint> [<joint>]
//     The whole-degree angles of one or two joints that put the point there ("-" leaves that
//     coordinate free), e.g. `solve bulgarian-split-squat Start far.toe - 47.5 far.knee`.
import { build } from 'esbuild';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from '@playwright/test';
import { chromiumArgs, chromiumPath } from './browser.mjs';

const root = process.cwd();
const dir = mkdtempSync(join(tmpdir(), 'figures-'));
const lib = (path) => JSON.stringify(resolve(root, path));
const entry = `
  import { readFileSync, readdirSync } from 'node:fs';
  import { load } from 'js-yaml';
  import { figureSchema } from ${lib('src/schemas/figure.ts')};
  import { describeIssues } from ${lib('src/lib/validate.ts')};
  import { checkFigure, formatProblems } from ${lib('src/lib/figure/validate.ts')};
  import { renderFigure } from ${lib('src/lib/figure/render.ts')};
  import { buildScene, roomAt } from ${lib('src/lib/figure/scene.ts')};
  import { solveAngles } from ${lib('src/lib/figure/solve.ts')};
  export { halfwayLabels, halfwayTimes } from ${lib('src/lib/figure/timing.ts')};
  const read = (slug) => figureSchema.parse(load(readFileSync('content/figures/' + slug + '.yaml', 'utf8')));
  const xy = (p) => '(' + p.map((v) => v.toFixed(1)).join(', ') + ')';
  export function points(slug, ids) {
    const figure = read(slug);
    const scene = buildScene(figure);
    const line = (name, { points, depth }) =>
      name.padEnd(24) + ids.map((id) => id + ' ' + xy(figure.tilt ? [...points[id], depth[id]] : points[id])).join('  ');
    return scene.keys.flatMap((_, k) => {
      const rows = [line(figure.positions[k].label, roomAt(scene, k, 0))];
      if (k + 1 < scene.keys.length) rows.push(line('  halfway to ' + figure.positions[k + 1].label, roomAt(scene, k, 0.5)));
      return rows;
    }).join('\\n');
  }
  export function solve(slug, label, point, x, y, joints) {
    const { angles, at, miss } = solveAngles(read(slug), label, point, { x, y }, joints);
    return Object.entries(angles).map(([j, v]) => j + ': ' + v).join(', ') + ' puts ' + point + ' at ' + xy(at) + ', ' + miss.toFixed(1) + ' cm from the target';
  }
  export function sheet() {
    return readdirSync('content/figures').filter((f) => /\\.ya?ml$/.test(f)).sort().map((name) => {
      const slug = name.replace(/\\.ya?ml$/, '');
      const file = 'content/figures/' + name;
      const md = readFileSync('content/exercises/' + slug + '.md', 'utf8');
      const title = /^title:\\s*(.+)$/m.exec(md)?.[1] ?? slug;
      const parsed = figureSchema.safeParse(load(readFileSync(file, 'utf8')));
      if (!parsed.success) return { slug, title, problems: describeIssues(file, parsed.error) };
      const problems = checkFigure(parsed.data);
      return {
        slug, title, loop: parsed.data.loop, positions: parsed.data.positions.map(({ label, passing }) => ({ label, passing })),
        problems: problems.length ? formatProblems(file, problems).split('\\n') : [],
        html: renderFigure(parsed.data, title).html,
      };
    });
  }
`;
const out = join(dir, 'figures.mjs');
await build({ stdin: { contents: entry, resolveDir: root, loader: 'ts' }, bundle: true, platform: 'node', format: 'esm', outfile: out, logLevel: 'error' });
const { sheet, points, solve, halfwayLabels, halfwayTimes } = await import(pathToFileURL(out).href);
rmSync(dir, { recursive: true, force: true });

const [mode, ...args] = process.argv.slice(2);
if (mode === 'points') {
  console.log(points(args[0], args.slice(1)));
  process.exit(0);
}
if (mode === 'solve') {
  const [slug, label, point, x, y, ...joints] = args;
  const coordinate = (v) => (v === '-' ? undefined : Number(v));
  console.log(solve(slug, label, point, coordinate(x), coordinate(y), joints));
  process.exit(0);
}

// The colour tokens are the site's own (the first :root block of global.css), light theme.
const tokens = /:root\s*{[\s\S]*?}/.exec(readFileSync('src/styles/global.css', 'utf8'))[0];
const figureCss = readFileSync('src/styles/figure.css', 'utf8');
const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

const only = mode === 'only' ? new Set(args) : undefined;
const figures = sheet().filter((f) => !only || only.has(f.slug));
if (only && figures.length < only.size) {
  console.error(`figures: no pose file for ${[...only].filter((slug) => !figures.some((f) => f.slug === slug)).join(', ')}`);
  process.exit(1);
}
const cards = figures.map((f) => {
  // Each loop stopped halfway through each move (src/lib/figure/timing.ts, figure.css keyframe
  // stops), named by the key positions the page shows on either side.
  const labels = f.positions ? halfwayLabels(f.positions) : [];
  const mids = (f.positions ? halfwayTimes(f.loop, f.positions.length) : []).map((t, i) =>
    `<div class="mid" style="--d:-${t.toFixed(3)}s">${f.html}<span>${esc(labels[i])}</span></div>`).join('');
  return `<section><h2>${esc(f.title)} <small>${f.slug}</small></h2>
    ${f.problems.length ? `<ul class="bad">${f.problems.map((p) => `<li>${esc(p)}</li>`).join('')}</ul>` : ''}
    ${f.html ? `<div class="row"><div class="keys">${f.html}</div><div class="mids">${mids}</div></div>` : ''}
  </section>`;
}).join('\n');
const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Exercise figures</title>
<style>${tokens}
:root { color-scheme: light; }
body { font: 14px system-ui, sans-serif; background: var(--ss-bg); color: var(--ss-fg); margin: 16px; }
h1 { font-size: 20px; margin: 0 0 12px; }
main { display: grid; grid-template-columns: repeat(auto-fill, minmax(640px, 1fr)); gap: 12px; }
section { border: 1px solid var(--ss-line); border-radius: 6px; padding: 8px 12px; }
h2 { font-size: 16px; margin: 0 0 6px; } small { color: var(--ss-muted); font-weight: normal; }
.bad { color: #b91c1c; margin: 0 0 6px; padding-left: 18px; }
.row { display: flex; gap: 18px; align-items: flex-end; flex-wrap: wrap; }
.keys .fig-anim { display: none; } .keys .fig-stills { display: flex; } .keys .fig-still svg { max-width: none; }
.mids { display: flex; gap: 12px; align-items: flex-end; border-left: 1px dashed var(--ss-line); padding-left: 12px; }
.mid { display: flex; flex-direction: column; align-items: center; gap: 4px; }
.mid > span { font-size: 12px; color: var(--ss-muted); }
.mid .m { animation-play-state: paused !important; animation-delay: var(--d) !important; }
.fig svg { max-height: 220px; width: auto; }
${figureCss}</style></head><body><h1>Exercise figures: key positions, and the frame halfway through each move</h1><main>${cards}</main></body></html>`;

mkdirSync('reports', { recursive: true });
writeFileSync('reports/figures.html', html);
const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
const page = await browser.newPage({ viewport: { width: 1360, height: 900 }, reducedMotion: 'no-preference' });
await page.goto(pathToFileURL(resolve('reports/figures.html')).href);
await page.screenshot({ path: 'reports/figures.png', fullPage: true });
await browser.close();

const broken = figures.filter((f) => f.problems.length);
console.log(`figures: ${figures.length} posed, reports/figures.html and reports/figures.png written`);
for (const f of broken) console.error(f.problems.join('\n'));
process.exit(broken.length ? 1 : 0);
