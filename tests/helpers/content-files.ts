// Reads the content/ folder as the build does, without Astro: frontmatter parsed as YAML.
// Nothing is skipped quietly: a file the collection would not pick up (a subfolder, `.MD`,
// `.markdown`, a guide saved as `.md`) or a file whose frontmatter cannot be read stops the tests
// with the file's path, so no test runs on fewer files than the site has.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';

export function readFrontmatter(source: string, path = 'this file'): unknown {
  const match = /^---\r?\n([\s\S]*?)\r?\n---/.exec(source);
  if (!match) throw new Error(`${path}: no frontmatter block`);
  // js-yaml, as Astro's MDX loader uses, so a file that fails the build fails here too.
  try {
    return load(match[1]);
  } catch (error) {
    throw new Error(`${path}: frontmatter is not valid YAML: ${(error as Error).message}`);
  }
}

// The file names each collection's loader picks up (src/content.config.ts).
const PATTERNS = { exercises: /\.mdx?$/, guides: /\.mdx$/, routines: /\.mdx$/ };
const EXPECTED = { exercises: '.md or .mdx', guides: '.mdx', routines: '.mdx' };

/** Every file of a collection, sorted by name; `root` is the content folder. */
export function readCollection(folder: keyof typeof PATTERNS, root = 'content') {
  const dir = join(root, folder);
  return readdirSync(dir, { withFileTypes: true })
    .map((entry) => {
      const path = join(dir, entry.name);
      if (!entry.isFile()) throw new Error(`${path}: not a file; ${dir} holds only ${EXPECTED[folder]} files, no folders`);
      if (!PATTERNS[folder].test(entry.name)) throw new Error(`${path}: not a ${EXPECTED[folder]} file, so the build would not read it`);
      return path;
    })
    .sort()
    .map((path) => {
      const source = readFileSync(path, 'utf8');
      return { slug: path.slice(dir.length + 1).replace(/\.mdx?$/, ''), path, source, frontmatter: readFrontmatter(source, path) };
    });
}
