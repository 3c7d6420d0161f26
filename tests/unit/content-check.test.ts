import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentFileProblems, filePattern, listContentFiles } from '../../src/build/content-files';
import { copyProject } from '../../scripts/bench/generate.mjs';

describe('content files', () => {
  it('accept the site’s own content: every file becomes a page', () => {
    expect(contentFileProblems(listContentFiles('.'))).toEqual([]);
  });

  it('name a file whose extension the collection does not read, and how to rename it', () => {
    expect(contentFileProblems(['content/exercises/plank.MD', 'content/exercises/side-plank.markdown', 'content/guides/why-lift.md'])).toEqual([
      'content/exercises/plank.MD: exercises are .md or .mdx files (lowercase); rename it, e.g. to plank.md',
      'content/exercises/side-plank.markdown: exercises are .md or .mdx files (lowercase); rename it, e.g. to side-plank.md',
      'content/guides/why-lift.md: guides are .mdx files (lowercase); rename it, e.g. to why-lift.mdx',
    ]);
  });

  it('name a file whose name is not an address', () => {
    expect(contentFileProblems(['content/exercises/Goblet Squat.md'])).toEqual([
      "content/exercises/Goblet Squat.md: the file name is the page's address, so it takes lowercase letters, digits and hyphens only; rename it, e.g. to goblet-squat.md",
    ]);
  });

  it('name both files when two would be the same page', () => {
    const problems = contentFileProblems(['content/exercises/goblet-squat.md', 'content/exercises/goblet-squat.mdx']);
    expect(problems).toEqual([
      'content/exercises/goblet-squat.md and content/exercises/goblet-squat.mdx would both be the page /exercises/goblet-squat/; keep one',
    ]);
    expect(contentFileProblems(['content/exercises/Goblet-Squat.md', 'content/exercises/goblet-squat.md']).at(-1)).toBe(
      'content/exercises/Goblet-Squat.md and content/exercises/goblet-squat.md would both be the page /exercises/goblet-squat/; keep one',
    );
  });

  it('name files in subfolders, in unknown folders and loose in content/', () => {
    expect(contentFileProblems(['content/exercises/legs/squat.md', 'content/drafts/plank.md', 'content/notes.md'])).toEqual([
      'content/exercises/legs/squat.md: files in subfolders are no pages; move it to content/exercises/',
      'content/drafts/plank.md: content/drafts/ is not a collection; the collections are exercises/, guides/, routines/, figures/ (src/build/content-files.ts)',
      'content/notes.md: a file directly in content/ is no page; put it in one of exercises/, guides/, routines/, figures/',
    ]);
  });

  it('give the loaders the patterns the check accepts', () => {
    expect([filePattern('exercises'), filePattern('guides'), filePattern('routines'), filePattern('figures')]).toEqual(['*.{md,mdx}', '*.mdx', '*.mdx', '*.yaml']);
  });
});

// The same mistakes in a real build: a copy of the project, content synced by Astro (`astro sync`
// runs the same integration and loaders as `astro build`, without writing pages).
describe('the build, given content it cannot publish', () => {
  let dir = '';
  const astro = (command: 'sync' | 'build') => {
    const result = spawnSync('npx', ['--no', '--', 'astro', command], { cwd: dir, encoding: 'utf8', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
    // Astro colours its messages when CI is set, whatever the terminal; the test reads the words.
    return { status: result.status, output: stripVTControlCharacters(`${result.stdout}${result.stderr}`) };
  };
  const sync = () => astro('sync');
  const exercise = (name: string) => join(dir, 'content/exercises', name);

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'strongstride-content-'));
    copyProject(dir);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('stops, naming every file that would be lost or would share a page', () => {
    const goblet = readFileSync(exercise('goblet-squat.md'), 'utf8');
    writeFileSync(exercise('Goblet-Squat.md'), goblet);
    writeFileSync(exercise('goblet-squat.mdx'), goblet);
    writeFileSync(exercise('plank-2.MD'), goblet);
    writeFileSync(join(dir, 'content/guides/strength-basics.md'), goblet);
    const { status, output } = sync();
    expect(status).not.toBe(0);
    for (const file of ['content/exercises/Goblet-Squat.md', 'content/exercises/goblet-squat.mdx', 'content/exercises/plank-2.MD', 'content/guides/strength-basics.md']) {
      expect(output).toContain(file);
    }
    expect(output).toContain('content/exercises/Goblet-Squat.md and content/exercises/goblet-squat.md and content/exercises/goblet-squat.mdx would all be the page /exercises/goblet-squat/');
    for (const name of ['Goblet-Squat.md', 'goblet-squat.mdx', 'plank-2.MD']) rmSync(exercise(name));
    rmSync(join(dir, 'content/guides/strength-basics.md'));
  }, 120_000);

  it('shows the value a field got wrong, not only the field', () => {
    const file = exercise('goblet-squat.md');
    const good = readFileSync(file, 'utf8');
    writeFileSync(file, good.replace(/^pattern: squat$/m, 'pattern: squatt').replace(/^unilateral: false$/m, 'unilateral: sometimes'));
    const { status, output } = sync();
    writeFileSync(file, good);
    expect(status).not.toBe(0);
    expect(output).toContain('goblet-squat');
    expect(output).toMatch(/pattern: "squatt" is not one of "squat"\|/);
    expect(output).toContain('unilateral: expected boolean, got "sometimes"');
  }, 120_000);

  it('stops when a Markdown file has a <script> in its text, naming the file, instead of publishing the page empty', () => {
    const file = exercise('goblet-squat.md');
    const good = readFileSync(file, 'utf8');
    writeFileSync(file, `${good}\n<script>fetch("/steal")</script>\n`);
    const { status, output } = sync();
    writeFileSync(file, good);
    expect(status).not.toBe(0);
    expect(output).toContain('content/exercises/goblet-squat.md: a <script> in the text would run on the page');
    expect(output).toContain('content/exercises/goblet-squat.md: its text did not render');
  }, 120_000);

  it('writes an exercise’s title into guides as text, whatever characters it has', () => {
    const file = exercise('goblet-squat.md');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^title: .*$/m, "title: 'Goblet squat <em>deep</em> & slow'"));
    const { status, output } = astro('build');
    expect(status, output.slice(-2000)).toBe(0);
    // content/guides/sets-reps-and-load.mdx names it with <Ex slug="goblet-squat" />.
    expect(readFileSync(join(dir, 'dist/guides/sets-reps-and-load/index.html'), 'utf8')).toContain(
      '<a href="/exercises/goblet-squat/">Goblet squat &lt;em&gt;deep&lt;/em&gt; &amp; slow</a>',
    );
  }, 300_000);
});
