/**
 * A strict Content Security Policy on every built page, as a <meta http-equiv> tag, so it travels
 * with the files to any static host. Inline scripts are allowed by their SHA-256 hashes, never by
 * 'unsafe-inline'. Runs after the search index is written and before the service worker is
 * generated (its precache revisions hash the final HTML). Why not Astro's own `security.csp`:
 * README, "Security headers".
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { htmlFiles } from './files';

/** Hashes of the executable inline scripts in a page (JSON and JSON-LD blocks don't execute). */
export function inlineScriptHashes(html: string): string[] {
  const hashes = new Set<string>();
  for (const [, attrs = '', body = ''] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
    if (/\bsrc=/.test(attrs)) continue;
    const type = /\btype="([^"]+)"/.exec(attrs)?.[1];
    if (type && type !== 'module' && type !== 'text/javascript') continue;
    hashes.add(`'sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}'`);
  }
  return [...hashes];
}

export function policyFor(html: string): string {
  return [
    "default-src 'self'",
    // Pagefind's search runs as WebAssembly, which needs 'wasm-unsafe-eval' (not 'unsafe-eval').
    `script-src 'self' 'wasm-unsafe-eval' ${inlineScriptHashes(html).join(' ')}`.trim(),
    // Style attributes (the body map's legend, the search UI) need inline styles; no script can.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "worker-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
}

/** The page with its policy as the first element of <head>, replacing any earlier one. */
export function withPolicy(html: string): string {
  const clean = html.replace(/<meta http-equiv="content-security-policy"[^>]*>/i, '');
  const tag = `<meta http-equiv="content-security-policy" content="${policyFor(clean)}">`;
  return clean.replace(/<head>/i, `<head>${tag}`);
}

/** Adds the policy to every page in `dist`; returns what it did, for the build log. */
export function addPolicies(dist: string): string {
  const files = htmlFiles(dist);
  for (const file of files) writeFileSync(file, withPolicy(readFileSync(file, 'utf8')));
  return `policy added to ${files.length} pages`;
}
