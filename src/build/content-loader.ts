import type { Loader } from 'astro/loaders';
import { glob } from 'astro/loaders';
import { filePattern, type ContentFolder } from './content-files';

/**
 * A collection's loader: Astro's glob loader over content/<folder>/ with the folder's pattern, then
 * a check that every Markdown file's text rendered. Astro renders Markdown while it loads content
 * and, when that fails (a <script> in the text, src/build/markdown.ts), only logs the error and
 * keeps the entry without its text, which later builds would reuse from the cache: the page would
 * be published empty.
 */
export function contentLoader(folder: ContentFolder): Loader {
  const files = glob({ pattern: filePattern(folder), base: `./content/${folder}` });
  return {
    name: 'content-files',
    async load(context) {
      await files.load(context);
      const failed = [...context.store.values()].filter(
        (entry) => entry.filePath?.endsWith('.md') && entry.body?.trim() && entry.rendered === undefined,
      );
      if (failed.length > 0) {
        throw new Error(
          failed
            .map((entry) => `${entry.filePath}: its text did not render (the reason is logged just above), so its page would have no text`)
            .join('\n'),
        );
      }
    },
  };
}
