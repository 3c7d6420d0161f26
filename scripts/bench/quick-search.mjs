// `node scripts/bench/quick-search.mjs [--rounds N] [--typed] NAME=DIR[+SCRIPT] ...`: quick search
// only, on copies already built (generate.mjs, then `npx astro build` in each), compared in turns.
// Each round measures every variant once, in a rotating order, in a fresh browser context: the
// first search, then NEXT_QUERIES pasted (and with --typed, typed a key at a time), as `npm run
// bench` measures them (./measure.mjs). On a shared machine one run says little; turns let every
// variant see the same load, and the medians over rounds are the figures to compare.
// `+SCRIPT` serves that file instead of DIR's search page script (/_astro/SearchPanel.*.js), to
// compare a change to the page's script on the same index without building the copy again.
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { chromium } from '@playwright/test';
import { chromiumArgs, chromiumPath } from '../browser.mjs';
import { firstSearch, quickSearches, serve, typedSearches } from './measure.mjs';
import { describeSteps, nextSearch } from './report.mjs';

const argv = process.argv.slice(2);
const rounds = Number(argv.includes('--rounds') ? argv[argv.indexOf('--rounds') + 1] : 5);
const typed = argv.includes('--typed');
const variants = argv
  .filter((a, i) => a.includes('=') && argv[i - 1] !== '--rounds')
  .map((spec) => {
    const [name, rest] = spec.split(/=(.*)/s);
    const [dir, script] = rest.split('+');
    return { name, dir, script: script && readFileSync(script, 'utf8'), pasted: [], typed: [], rounds: [] };
  });
if (variants.length === 0) throw new Error('Name at least one built copy: NAME=DIR or NAME=DIR+SCRIPT');

const sites = new Map();
for (const dir of new Set(variants.map((v) => v.dir))) sites.set(dir, await serve(dir));
const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
const ms = (x) => `${x.toFixed(0)} ms`;
try {
  for (let round = 0; round < rounds; round++) {
    const line = [];
    for (const v of variants.map((_, i) => variants[(i + round) % variants.length])) {
      const context = await browser.newContext({ serviceWorkers: 'block' });
      if (v.script) await context.route(/\/_astro\/SearchPanel\.[^/]*\.js$/, (route) => route.fulfill({ body: v.script, contentType: 'text/javascript' }));
      const page = await context.newPage();
      await page.goto(`${sites.get(v.dir).origin}/search/`, { waitUntil: 'load' });
      await firstSearch(page);
      await page.waitForTimeout(1000);
      const load = loadavg()[0];
      const times = await quickSearches(page);
      v.pasted.push(...times);
      v.rounds.push(nextSearch(times).median);
      line.push(`${v.name} ${ms(nextSearch(times).median)} (load ${load.toFixed(1)})`);
      if (typed) v.typed.push(...(await typedSearches(page)));
      await context.close();
    }
    console.log(`round ${round + 1}: ${line.join(', ')}`);
  }
  for (const v of variants) {
    const all = nextSearch(v.pasted);
    const whole = nextSearch(v.pasted, 'complete');
    console.log(`\n${v.name}: pasted, median ${ms(all.median)} of ${v.pasted.length}, slowest ${ms(all.slowest)}; rounds' medians ${v.rounds.map(ms).join(', ')}`);
    console.log(`  the whole list (figures and text in): median ${ms(whole.median)}, slowest ${ms(whole.slowest)}`);
    console.log(`  where it went: ${describeSteps(v.pasted)}`);
    const queries = [...new Set(v.pasted.map((t) => t.query))];
    const byQuery = queries.map((query) => ({ query, ...nextSearch(v.pasted.filter((t) => t.query === query)) }));
    console.log(`  by query, median / slowest: ${byQuery.map(({ query, median, slowest }) => `${query} ${median.toFixed(0)}/${ms(slowest)}`).join(', ')}`);
    if (typed) console.log(`  typed, from the last key: median ${ms(nextSearch(v.typed).median)}, slowest ${ms(nextSearch(v.typed).slowest)}`);
  }
} finally {
  await browser.close();
  for (const site of sites.values()) site.close();
}
