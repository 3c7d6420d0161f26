/**
 * The files under content/ and what each becomes. A file's name is its page's address
 * (content/exercises/goblet-squat.md → /exercises/goblet-squat/), so every file must be a page of
 * its folder's collection, or the build stops and names it: Astro's loaders would otherwise skip
 * it without a word (a `.MD`, `.markdown` or a guide saved as `.md`, a file in a subfolder) or keep
 * one of two files that map to the same address (`goblet-squat.md` beside `goblet-squat.mdx` or
 * `Goblet-Squat.md`), whichever its cache saw last.
 *
 * The build integration checks the folder before Astro reads it (contentFileProblems), and each
 * collection loads its folder with contentLoader() (./content-loader.ts), which also refuses a
 * Markdown file whose text did not render. Files and folders whose names start with "." (.DS_Store, editor swap files) are
 * not content and are left out.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';

/** The folders of content/, each one collection: the extensions its files may have, lowercase. */
export const CONTENT_FOLDERS = {
  // Plain Markdown, or MDX when an exercise needs a component.
  exercises: { extensions: ['md', 'mdx'] },
  guides: { extensions: ['mdx'] },
  routines: { extensions: ['mdx'] },
  // One pose file per exercise, named by its slug: its movement figure (README "Posing a new exercise").
  figures: { extensions: ['yaml'] },
} as const satisfies Record<string, { extensions: readonly string[] }>;

export type ContentFolder = keyof typeof CONTENT_FOLDERS;

/** The glob loader's pattern for a folder's files: "*.{md,mdx}", "*.mdx". */
export function filePattern(folder: ContentFolder): string {
  const extensions: readonly string[] = CONTENT_FOLDERS[folder].extensions;
  return extensions.length === 1 ? `*.${extensions[0]}` : `*.{${extensions.join(',')}}`;
}

/** A page's slug: lowercase letters and digits in words joined by hyphens. */
const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

const describeExtensions = (extensions: readonly string[]) => extensions.map((e) => `.${e}`).join(' or ');

/**
 * What is wrong with a set of content files (paths from the project root, "/"-separated, as
 * listContentFiles gives them): one message per file that would not become a page, naming it and
 * the fix, and one per address that two files would share, naming both.
 */
export function contentFileProblems(files: readonly string[]): string[] {
  const problems: string[] = [];
  const byAddress = new Map<string, string[]>();
  const folders = Object.keys(CONTENT_FOLDERS).map((f) => `${f}/`).join(', ');
  for (const file of files) {
    const [top, folder, ...rest] = file.split('/');
    if (top !== 'content') throw new Error(`${file}: not under content/`);
    if (rest.length === 0) {
      problems.push(`${file}: a file directly in content/ is no page; put it in one of ${folders}`);
      continue;
    }
    if (!Object.hasOwn(CONTENT_FOLDERS, folder!)) {
      problems.push(`${file}: content/${folder}/ is not a collection; the collections are ${folders} (src/build/content-files.ts)`);
      continue;
    }
    const { extensions } = CONTENT_FOLDERS[folder as ContentFolder];
    if (rest.length > 1) {
      problems.push(`${file}: files in subfolders are no pages; move it to content/${folder}/`);
      continue;
    }
    const name = rest[0]!;
    const dot = name.lastIndexOf('.');
    const stem = dot > 0 ? name.slice(0, dot) : name;
    const extension = dot > 0 ? name.slice(dot + 1) : '';
    const slug = stem.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
    const suggestion = `${slug || 'a-name'}.${extensions[0]}`;
    if (!(extensions as readonly string[]).includes(extension)) {
      problems.push(`${file}: ${folder} are ${describeExtensions(extensions)} files (lowercase); rename it, e.g. to ${suggestion}`);
    } else if (!SLUG.test(stem)) {
      problems.push(`${file}: the file name is the page's address, so it takes lowercase letters, digits and hyphens only; rename it, e.g. to ${suggestion}`);
    }
    const address = `/${folder}/${slug}/`;
    byAddress.set(address, [...(byAddress.get(address) ?? []), file]);
  }
  for (const [address, sharing] of byAddress) {
    if (sharing.length > 1) problems.push(`${sharing.join(' and ')} would ${sharing.length === 2 ? 'both' : 'all'} be the page ${address}; keep one`);
  }
  return problems;
}

/** Every file under `root`/content/, as "content/…" paths, sorted; names starting with "." left out. */
export function listContentFiles(root: string): string[] {
  const walk = (dir: string): string[] =>
    readdirSync(join(root, dir), { withFileTypes: true })
      .filter((entry) => !entry.name.startsWith('.'))
      .flatMap((entry) => (entry.isDirectory() ? walk(`${dir}/${entry.name}`) : [`${dir}/${entry.name}`]));
  return walk('content').sort();
}

/** The YAML frontmatter of a content file's source; a file without one is an error naming it. */
export function readFrontmatter(source: string, file = 'content file'): unknown {
  const match = /^---\r?\n([\s\S]*?)\r?\n---/.exec(source);
  if (!match) throw new Error(`${file}: no frontmatter block (--- … ---) at the top`);
  try {
    return load(match[1]!);
  } catch (error) {
    throw new Error(`${file}: frontmatter is not valid YAML: ${(error as Error).message}`, { cause: error });
  }
}

/**
 * The files of one collection as the build reads them, without Astro: slug, path, source and
 * frontmatter, sorted by name. For tools that need the content outside a build (benchmarks, tests).
 */
export function readContentFolder(folder: ContentFolder, root = '.') {
  const extensions: readonly string[] = CONTENT_FOLDERS[folder].extensions;
  return listContentFiles(root)
    .filter((path) => path.split('/').length === 3 && path.startsWith(`content/${folder}/`))
    .filter((path) => extensions.some((e) => path.endsWith(`.${e}`)))
    .map((path) => {
      const source = readFileSync(join(root, path), 'utf8');
      const name = path.slice(`content/${folder}/`.length);
      return { slug: name.slice(0, name.lastIndexOf('.')), path, source, frontmatter: readFrontmatter(source, path) };
    });
}
