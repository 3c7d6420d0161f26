import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readCollection } from '../helpers/content-files';

// The tests read content/ through this helper, so it must never quietly read fewer files than
// the site has: every file it cannot use stops the tests, naming the file.
let root: string;
afterEach(() => rmSync(root, { recursive: true, force: true }));

function content(files: Record<string, string>) {
  root = mkdtempSync(join(tmpdir(), 'strongstride-content-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

const good = '---\ntitle: Plank\n---\nBody\n';

describe('reading a content folder', () => {
  it('reads every file with its slug and frontmatter, in name order', () => {
    const dir = content({ 'exercises/plank.md': good, 'exercises/box-squat.mdx': '---\ntitle: Box squat\n---\n' });
    expect(readCollection('exercises', dir).map((f) => [f.slug, f.frontmatter])).toEqual([
      ['box-squat', { title: 'Box squat' }],
      ['plank', { title: 'Plank' }],
    ]);
  });

  it.each([
    ['a file in a subfolder', 'exercises/core/plank.md', /exercises\/core: not a file/],
    ['an upper-case extension', 'exercises/Plank.MD', /exercises\/Plank\.MD: not a \.md or \.mdx file/],
    ['a .markdown file', 'exercises/plank.markdown', /exercises\/plank\.markdown: not a \.md or \.mdx file/],
    ['a guide saved as .md', 'guides/myths.md', /guides\/myths\.md: not a \.mdx file/],
  ])('stops at %s, naming it', (_, path, message) => {
    const dir = content({ 'exercises/plank.md': good, 'guides/why.mdx': good, [path]: good });
    const folder = path.split('/')[0] as 'exercises' | 'guides';
    expect(() => readCollection(folder, dir)).toThrow(message);
  });

  it('stops at a file whose frontmatter is not YAML, naming it', () => {
    const dir = content({ 'exercises/plank.md': good, 'exercises/squat.md': '---\ntitle: [unclosed\n---\n' });
    expect(() => readCollection('exercises', dir)).toThrow(/exercises\/squat\.md: /);
  });

  it('stops at a file with no frontmatter, naming it', () => {
    const dir = content({ 'exercises/plank.md': good, 'exercises/lunge.md': 'no frontmatter here' });
    expect(() => readCollection('exercises', dir)).toThrow(/exercises\/lunge\.md: no frontmatter block/);
  });
});
