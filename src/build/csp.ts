/**
 * A strict Content Security Policy on every built page, as a <meta http-equiv> tag, so it travels
 * with the files to any static host. The site's own inline scripts (src/lib/inline-scripts.ts) are
 * allowed by their SHA-256 hashes, never by 'unsafe-inline'; any other inline script stops the
 * build. Runs while Pagefind reads the pages (the policy is nothing Pagefind indexes) and before
 * the service worker is generated (its precache revisions hash the final HTML). Why not Astro's
 * own `security.csp`: README, "Security headers".
 */
import { createHash } from 'node:crypto';
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
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

/** The page (`page` names it in errors) with its policy first in <head>, replacing any earlier one. */
export function withPolicy(html: string, page: string): string {
  const clean = html.replace(/<meta http-equiv="content-security-policy"[^>]*>/i, '');
  const tag = `<meta http-equiv="content-security-policy" content="${policyFor(clean, page)}">`;
  return clean.replace(/<head>/i, `<head>${tag}`);
}

/**
 * Pages handled between two turns of the event loop: each page's reading, hashing and writing is
 * done in one go (asynchronous file calls cost a third more CPU here), and the turns in between
 * let Pagefind's answers through (./integration.ts runs the search index meanwhile).
 */
const PAGES_PER_TURN = 16;

/** `work` on every item, giving the event loop a turn after every PAGES_PER_TURN items. */
async function inTurns<T>(items: readonly T[], work: (item: T) => void): Promise<void> {
  for (const [i, item] of items.entries()) {
    if (i % PAGES_PER_TURN === 0) await new Promise((resolve) => setImmediate(resolve));
    work(item);
  }
}

/**
 * Adds the policy to every page in `dist`; returns what it did, for the build log. Pages with an
 * inline script the site does not write are all named in one error, and no page is changed.
 *
 * The search index reads the same pages meanwhile, so each page is replaced whole: written beside
 * itself, then renamed over itself, which a reader sees either before or after, never half written.
 */
export async function addPolicies(dist: string): Promise<string> {
  const files = htmlFiles(dist);
  const pages = new Map<string, string>();
  const problems: string[] = [];
  await inTurns(files, (file) => {
    try {
      pages.set(file, withPolicy(readFileSync(file, 'utf8'), relative(dist, file)));
    } catch (error) {
      problems.push((error as Error).message);
    }
  });
  if (problems.length > 0) {
    throw new Error(`scripts the site does not write would run on ${problems.length} page(s); remove them from the content:\n${problems.join('\n')}`);
  }
  await inTurns(files, (file) => {
    const whole = `${file}.policy`;
    writeFileSync(whole, pages.get(file)!);
    renameSync(whole, file);
  });
  return `policy added to ${files.length} pages`;
}
