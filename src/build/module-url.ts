/**
 * `import url from './part.ts?module-url'` gives a page script the address of `part.ts` built as a
 * module of its own, without loading it; the script adds `<script type="module" src={url}>` when
 * the reader first needs it.
 *
 * Why not `import('./part.ts')`: Vite wraps every dynamic import in its preload helper and imports
 * that helper up front, even when there is nothing to preload, and it weighs 0.9 KB gzipped, as
 * much as a whole content page may carry before interaction (budgets.json). Measured on the routine
 * page's timer loader: 0.45 KB gzipped this way, 1.35 KB with `import()` (BENCHMARKS.md).
 *
 * Build code imports it the same way for a worker thread's entry (src/pages/og/[...path].png.ts,
 * src/content.ts): in a server build the address is a file: URL beside the importing chunk, which
 * Node can load, where Vite would give an address under the site's root.
 */
import type { Plugin } from 'vite';

const QUERY = '?module-url';
const PREFIX = '\0module-url:';

export function moduleUrl(): Plugin {
  let serving = false;
  const emitted = new Set<string>();
  return {
    name: 'strongstride:module-url',
    // Before Vite's own resolver, which would take the query for a plain file import.
    enforce: 'pre',
    configResolved(config) {
      serving = config.command === 'serve';
    },
    async resolveId(source, importer) {
      if (!source.endsWith(QUERY)) return null;
      const resolved = await this.resolve(source.slice(0, -QUERY.length), importer);
      if (!resolved) throw new Error(`${source}: no such module (imported by ${importer})`);
      return PREFIX + resolved.id;
    },
    load(id) {
      if (!id.startsWith(PREFIX)) return null;
      const file = id.slice(PREFIX.length);
      // The dev server serves every source file at its own path.
      if (serving) return `export default ${JSON.stringify(`/@fs${file}`)};`;
      const reference = this.emitFile({ type: 'chunk', id: file });
      emitted.add(reference);
      return `export default import.meta.ROLLUP_FILE_URL_${reference};`;
    },
    resolveFileUrl({ referenceId, relativePath }) {
      if (!emitted.has(referenceId) || this.environment.config.consumer !== 'server') return null;
      return `new URL(${JSON.stringify(relativePath)}, import.meta.url).href`;
    },
  };
}
