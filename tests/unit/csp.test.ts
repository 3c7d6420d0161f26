import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { inlineScriptHashes, policyFor, withPolicy } from '../../src/build/csp';

const sha = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
const page = (head: string) => `<!doctype html><html><head>${head}</head><body></body></html>`;

describe('the content security policy', () => {
  it('allows each inline script by its hash and never by unsafe-inline', () => {
    const html = page('<script>a()</script><script type="module">b()</script>');
    const policy: string = policyFor(html);
    const scriptSrc = policy.split('; ').find((d) => d.startsWith('script-src'))!;
    expect(scriptSrc).toContain(sha('a()'));
    expect(scriptSrc).toContain(sha('b()'));
    expect(scriptSrc).not.toContain('unsafe-inline');
  });

  it('leaves out external scripts and data blocks, which need no hash', () => {
    const html = page('<script src="/x.js"></script><script type="application/ld+json">{"a":1}</script><script type="application/json">[]</script>');
    expect(inlineScriptHashes(html)).toEqual([]);
  });

  it('names no origin but the site itself', () => {
    const policy: string = policyFor(page('<script>a()</script>'));
    expect(policy).not.toMatch(/https?:|\*/);
    expect(policy).toContain("default-src 'self'");
    expect(policy).toContain("object-src 'none'");
  });

  it('goes first in <head> and replaces an earlier policy instead of adding a second', () => {
    const once: string = withPolicy(page('<title>t</title><script>a()</script>'));
    expect(once).toMatch(/^<!doctype html><html><head><meta http-equiv="content-security-policy"/);
    const twice: string = withPolicy(once);
    expect(twice.match(/content-security-policy/g)).toHaveLength(1);
    expect(twice).toBe(once);
  });
});
