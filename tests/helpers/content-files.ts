// Reads the content/ folder as the build does, without Astro: frontmatter parsed as YAML.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';

export function readFrontmatter(source: string): unknown {
  const match = /^---\r?\n([\s\S]*?)\r?\n---/.exec(source);
  if (!match) throw new Error('no frontmatter block');
  // js-yaml, as Astro's MDX loader uses, so a file that fails the build fails here too.
  return load(match[1]);
}

// The file names each collection's loader picks up (src/content.config.ts).
const PATTERNS = { exercises: /\.mdx?$/, guides: /\.mdx$/, routines: /\.mdx$/ };

export function readCollection(folder: keyof typeof PATTERNS) {
  const dir = join('content', folder);
  return readdirSync(dir)
    .filter((name) => PATTERNS[folder].test(name))
    .sort()
    .map((name) => {
      const path = join(dir, name);
      const source = readFileSync(path, 'utf8');
      return { slug: name.replace(/\.mdx?$/, ''), path, source, frontmatter: readFrontmatter(source) };
    });
}
