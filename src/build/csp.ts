/**
 * A strict Content Security Policy on every built page, as a <meta http-equiv> tag, so it travels
 * with the files to any static host. The site's own inline scripts (src/lib/inline-scripts.ts) are
 * allowed by their SHA-256 hashes, never by 'unsafe-inline'; any other inline script stops the
 * build. Astro's pages get theirs as they are rendered (./csp-middleware.ts); after the pages are
 * written, addPolicies gives it to any other HTML file in dist/ and checks that every page has
 * one, before the service worker is generated (its precache revisions hash the final HTML). Why
 * not Astro's own `security.csp`: README, "Security headers".
 */
import { createHash } from 'node:crypto';
import { closeSync, openSync, readFileSync, readSync, renameSync, writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import { INLINE_SCRIPTS } from '../lib/inline-scripts';
import { htmlFiles } from './files';

/** The executable inline scripts of a page, each whole (JSON and JSON-LD blocks don't execute). */
export function inlineScripts(html: string): string[] {
  const scripts: string[] = [];
  for (const [script, attrs = ''] of html.matchAll(/<script\b([^>]*)>[\s\S]*?<\/script>/gi)) {
    if (/\bsrc=/i.test(attrs)) continue;
    const type = /\btype="([^"]+)"/i.exec(attrs)?.[1];
    if (type && type !== 'module' && type !== 'text/javascript') continue;
    scripts.push(script);
  }
  return scripts;
}

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
const ALLOWED = new Set(INLINE_SCRIPTS.map((script) => `<script>${script}</script>`));

/**
 * The hashes that allow a page's inline scripts: each must be one the site writes
 * (src/lib/inline-scripts.ts). Any other, such as raw HTML in a content file, is an error naming
 * the page, since a hash would let it run.
 */
function inlineScriptHashes(html: string, page: string): string[] {
  const hashes = new Set<string>();
  for (const script of inlineScripts(html)) {
    if (!ALLOWED.has(script)) {
      const shown = script.length > 160 ? `${script.slice(0, 157)}…` : script;
      throw new Error(`${page}: an inline script the site does not write: ${shown}`);
    }
    hashes.add(sha256(script.slice('<script>'.length, -'</script>'.length)));
  }
  return [...hashes];
}

export function policyFor(html: string, page: string): string {
  return [
    "default-src 'self'",
    // Pagefind's search runs as WebAssembly, which needs 'wasm-unsafe-eval' (not 'unsafe-eval').
    `script-src 'self' 'wasm-unsafe-eval' ${inlineScriptHashes(html, page).join(' ')}`.trim(),
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

const POLICY_TAG = '<meta http-equiv="content-security-policy"';
/** A page's policy tag, wherever it is; and one first in <head>, where withPolicy puts it. */
const ANY_POLICY = new RegExp(`${POLICY_TAG}[^>]*>`, 'i');
const POLICY_FIRST = new RegExp(`<head>\\s*${POLICY_TAG}`, 'i');

/** The page (`page` names it in errors) with its policy first in <head>, replacing any earlier one. */
export function withPolicy(html: string, page: string): string {
  const clean = html.replace(ANY_POLICY, '');
  const tag = `${POLICY_TAG} content="${policyFor(clean, page)}">`;
  return clean.replace(/<head>/i, `<head>${tag}`);
}

/** The file in dist/ that the page at `pathname` is written to, to name it in errors (/404/ is 404.html). */
export function pageFile(pathname: string): string {
  const path = decodeURI(pathname).replace(/^\//, '');
  const status = /^(404|500)\/?$/.exec(path)?.[1];
  if (status) return `${status}.html`;
  return path === '' || path.endsWith('/') ? `${path}index.html` : `${path}.html`;
}

/** How much of a page is read to find its policy: the tag is the first thing in <head>. */
const HEAD_BYTES = 512;

/** Whether the file at `path` starts with a policy, read from its first bytes alone. */
function hasPolicy(path: string): boolean {
  const start = Buffer.alloc(HEAD_BYTES);
  const fd = openSync(path, 'r');
  try {
    const read = readSync(fd, start, 0, HEAD_BYTES, 0);
    return POLICY_FIRST.test(start.toString('utf8', 0, read));
  } finally {
    closeSync(fd);
  }
}

/**
 * Adds the policy to every page in `dist` that has none yet; returns what it did, for the build
 * log. Astro's pages have theirs already (./csp-middleware.ts), so for them only the first bytes
 * are read. Pages with an inline script the site does not write are all named in one error, and
 * no page is changed.
 *
 * The search index may read the same pages meanwhile, so a page is replaced whole: written beside
 * itself, then renamed over itself, which a reader sees either before or after, never half written.
 */
export function addPolicies(dist: string): string {
  const files = htmlFiles(dist);
  const missing = files.filter((file) => !hasPolicy(file));
  const pages = new Map<string, string>();
  const problems: string[] = [];
  for (const file of missing) {
    try {
      pages.set(file, withPolicy(readFileSync(file, 'utf8'), relative(dist, file)));
    } catch (error) {
      problems.push((error as Error).message);
    }
  }
  if (problems.length > 0) {
    throw new Error(`scripts the site does not write would run on ${problems.length} page(s); remove them from the content:\n${problems.join('\n')}`);
  }
  for (const [file, html] of pages) {
    const whole = `${file}.policy`;
    writeFileSync(whole, html);
    renameSync(whole, file);
  }
  const rendered = files.length - missing.length;
  return `${files.length} pages with a policy: ${rendered} as rendered, ${missing.length} added`;
}
