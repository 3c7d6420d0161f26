import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { brokenLinks, servedAt } from '../../scripts/link-rules.mjs';
import { checkPage } from '../../scripts/page-rules.mjs';

const site = 'https://strongstride.example';
/** A built page; its preview image is /og.png unless `inHead` names one. */
const page = (main: string, inHead = '') =>
  `<!DOCTYPE html><html lang="en"><head><meta http-equiv="content-security-policy" content="default-src 'self'"><title>t</title>` +
  `${inHead.includes('og:image') ? '' : `<meta property="og:image" content="${site}/og.png">`}${inHead}</head>` +
  `<body><header><nav><a href="#main">Skip</a></nav></header><main id="main">${main}</main><footer></footer></body></html>`;

/** Builds a dist/ of the given pages (path under dist → HTML) and other files, and checks its links. */
function check(pages: Record<string, string>, otherFiles: string[] = []) {
  const read = Object.entries(pages).map(([file, html]) => ({ file, ...checkPage(html) }));
  return brokenLinks(read, new Set([...Object.keys(pages), 'dist/og.png', ...otherFiles]), { site });
}

const plankFigure = '<div role="img" aria-label="Animated figure of the plank, seen from the side: Holds. Key positions: Start, then Hold."></div>';
const plank = page(`<h1 id="top-of-page">Plank</h1><section aria-labelledby="cues"><h2 id="cues">Cues</h2>${plankFigure}</section><svg><defs><pattern id="hatch"></pattern></defs><use href="#hatch"></use></svg>`);

describe('links between built pages', () => {
  it('passes links to built pages and files, and fragments that name an element there', () => {
    const home = page(
      '<h1>Home</h1><a href="/exercises/plank/">Plank</a> <a href="/exercises/plank/#cues">cues</a> <a href="exercises/plank/?from=home#top-of-page">top</a>' +
        '<a href="#main">skip</a> <a href="#">top</a> <a href="#top">top</a> <img src="/og/index.png" srcset="/og/index.png 1x, /og/index@2x.png 2x" alt="">' +
        '<a href="https://example.org/missing/">elsewhere</a> <a href="mailto:coach@example.org">mail</a> <img src="data:image/png;base64,AA" alt="">' +
        '<form action="/search/"></form>',
      `<link rel="canonical" href="${site}/"><meta property="og:image" content="${site}/og/index.png"><link rel="stylesheet" href="/_astro/a.css"><script src="/_astro/a.js"></script>`,
    );
    expect(
      check({ 'dist/index.html': home, 'dist/exercises/plank/index.html': plank, 'dist/search/index.html': page('<h1>Search</h1>') }, [
        'dist/og/index.png',
        'dist/og/index@2x.png',
        'dist/_astro/a.css',
        'dist/_astro/a.js',
      ]),
    ).toEqual([]);
  });

  it('fails a link to a page the build did not write, naming the page, the place and the link', () => {
    expect(check({ 'dist/index.html': page('<h1>Home</h1><a href="/exercises/plonk/">Plonk</a>') })).toEqual([
      expect.stringMatching(/^dist\/index\.html: line 1:\d+: <a href="\/exercises\/plonk\/"> points to \/exercises\/plonk\/, which the build did not write$/),
    ]);
  });

  it('fails a fragment the page it points to does not have, on another page or its own', () => {
    expect(check({ 'dist/index.html': page('<h1>Home</h1><a href="/exercises/plank/#cue">cues</a>'), 'dist/exercises/plank/index.html': plank })).toEqual([
      expect.stringMatching(/<a href="\/exercises\/plank\/#cue"> points to #cue, but \/exercises\/plank\/ has no element with that id$/),
    ]);
    expect(check({ 'dist/exercises/plank/index.html': plank.replace('<use href="#hatch">', '<use href="#hatched">') })).toEqual([
      expect.stringMatching(/<use href="#hatched"> points to #hatched, but \/exercises\/plank\/ has no element with that id$/),
    ]);
  });

  it('fails images, stylesheets, scripts and preview images on the site that were not written', () => {
    const home = page('<h1>Home</h1><img src="/a.png" srcset="/a.png 1x, /b.png 2x" alt="">', `<meta property="og:image" content="${site}/og/index.png"><script src="/_astro/a.js"></script>`);
    expect(check({ 'dist/index.html': home }, ['dist/a.png'])).toEqual([
      expect.stringMatching(/<meta content="https:\/\/strongstride\.example\/og\/index\.png"> points to \/og\/index\.png, which the build did not write$/),
      expect.stringMatching(/<script src="\/_astro\/a\.js"> points to \/_astro\/a\.js, which the build did not write$/),
      expect.stringMatching(/<img srcset="\/b\.png"> points to \/b\.png, which the build did not write$/),
    ]);
  });

  it('fails a link that leaves off the trailing slash every address of the site ends in', () => {
    expect(check({ 'dist/index.html': page('<h1>Home</h1><a href="/exercises/plank">Plank</a>'), 'dist/exercises/plank/index.html': plank })).toEqual([
      expect.stringMatching(/points to \/exercises\/plank without the trailing slash the site's addresses end in$/),
    ]);
  });

  it('reads escaped addresses as the server does, and fails malformed ones', () => {
    const pages = { 'dist/index.html': page('<h1>Home</h1><a href="/files/a%20b.pdf">pdf</a> <a href="/files/%ff/">bad</a>') };
    expect(check(pages, ['dist/files/a b.pdf'])).toEqual([expect.stringMatching(/<a href="\/files\/%ff\/"> has a malformed escape in its path/)]);
  });

  it('knows where each built file is served', () => {
    expect(servedAt('dist/index.html')).toBe('/');
    expect(servedAt('dist/exercises/plank/index.html')).toBe('/exercises/plank/');
    expect(servedAt('dist/404.html')).toBe('/404.html');
  });
});

describe('the static page check on a build folder', () => {
  const root = mkdtempSync(join(tmpdir(), 'strongstride-links-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  const script = resolve('scripts/page-check.mjs');

  function build(name: string, files: Record<string, string>) {
    for (const [file, text] of Object.entries(files)) {
      mkdirSync(dirname(join(root, name, file)), { recursive: true });
      writeFileSync(join(root, name, file), text);
    }
    writeFileSync(join(root, name, 'og.png'), '');
    return spawnSync(process.execPath, [script, name], { cwd: root, encoding: 'utf8' });
  }
  const sitemap = `<sitemapindex><sitemap><loc>${site}/sitemap-0.xml</loc></sitemap></sitemapindex>`;
  const home = (link: string) => page(`<h1>Home</h1><a href="${link}">Plank</a>`).replace('<title>t</title>', '<title>Home</title>');
  const plankPage = plank.replace('<title>t</title>', '<title>Plank</title>');

  it('passes a build whose links all arrive', () => {
    const result = build('good', { 'sitemap-index.xml': sitemap, 'index.html': home('/exercises/plank/#cues'), 'exercises/plank/index.html': plankPage });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });

  it('exits 1 on a broken link and on a broken fragment, and says which', () => {
    const link = build('link', { 'sitemap-index.xml': sitemap, 'index.html': home('/exercises/plonk/'), 'exercises/plank/index.html': plankPage });
    expect(link.status).toBe(1);
    expect(link.stderr).toContain('points to /exercises/plonk/, which the build did not write');
    const fragment = build('fragment', { 'sitemap-index.xml': sitemap, 'index.html': home('/exercises/plank/#cue-9'), 'exercises/plank/index.html': plankPage });
    expect(fragment.status).toBe(1);
    expect(fragment.stderr).toContain('points to #cue-9, but /exercises/plank/ has no element with that id');
  });
});
