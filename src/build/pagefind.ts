/**
 * The search index: Pagefind run through its Node API on the built site, then trimmed (the word
 * index re-cut into smaller chunks, short file names, pagefind.js minified; why and how:
 * ./pagefind-index.ts). Pagefind reads what the pages declare (data-pagefind-body, -filter,
 * -ignore) and writes dist/pagefind/.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { copyFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { transform } from 'esbuild';
import * as pagefind from 'pagefind';
import { stillSvg } from '../lib/figure/file';
import { ZopfliThread } from './zopfli';
import {
  chunkRanges,
  chunkWords,
  contentNames,
  decodeCbor,
  drawFigureIn,
  encodeCbor,
  encodeChunk,
  metaName,
  NAME_BITS,
  PAGEFIND_VERSION,
  readWords,
  SIGNATURE,
  titleRow,
  trimFragment,
  type Cbor,
  type Fragment,
} from './pagefind-index';

/** Runs Pagefind over every page in `dist`; returns what it indexed, for the build log. */
export async function indexSite(dist: string): Promise<string> {
  try {
    const { index, errors } = await pagefind.createIndex({});
    if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
    const added = await index.addDirectory({ path: dist });
    if (added.errors.length) throw new Error(`Pagefind could not index ${dist}: ${added.errors.join('; ')}`);
    if (added.page_count === 0) throw new Error(`Pagefind found no pages in ${dist}`);
    const written = await index.writeFiles({ outputPath: join(dist, 'pagefind') });
    if (written.errors.length) throw new Error(`Pagefind could not write its files: ${written.errors.join('; ')}`);
    // Pagefind reads every page but indexes only those with data-pagefind-body.
    const entry = JSON.parse(readFileSync(join(dist, 'pagefind', 'pagefind-entry.json'), 'utf8')) as {
      languages: Record<string, { page_count: number }>;
    };
    const indexed = Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0);
    return `${indexed} of ${added.page_count} pages indexed`;
  } finally {
    await pagefind.close();
  }
}

/** A Pagefind file's content (after the signature). */
function readPagefindFile(path: string): Uint8Array {
  const raw = gunzipSync(readFileSync(path));
  if (raw.subarray(0, SIGNATURE.length).toString() !== SIGNATURE) throw new Error(`${path}: not a Pagefind file`);
  return raw.subarray(SIGNATURE.length);
}

const signed = (content: Uint8Array) => Buffer.concat([Buffer.from(SIGNATURE), content]);

function writePagefindFile(path: string, content: Uint8Array): void {
  writeFileSync(path, gzipSync(signed(content), { level: 9 }));
}

/**
 * Pagefind's WebAssembly (wasm.<language>.pagefind) recompressed with zopfli: ~3 KB less for every
 * first search; only the builds the site's languages use (the others are never fetched). The file is
 * the same in every build of a Pagefind version, so the result is kept in `cache`, named by a hash
 * of Pagefind's file. The files are read and handed to `zopfli` before this returns, so its thread
 * compresses them while the caller goes on with its own work.
 */
async function recompressWasm(dir: string, cache: string, wasms: readonly string[], zopfli: ZopfliThread): Promise<void> {
  mkdirSync(cache, { recursive: true });
  // Everything up to each file's first await runs before this returns: reading it, and handing it over.
  const written = [...new Set(wasms.map((wasm) => `wasm.${wasm}.pagefind`))].map(async (name) => {
    const path = join(dir, name);
    const original = readFileSync(path);
    const cached = join(cache, `${name}.${createHash('sha256').update(original).digest('hex').slice(0, 16)}.gz`);
    if (!existsSync(cached)) await writeFile(cached, await zopfli.gzip(gunzipSync(original)));
    await copyFile(cached, path);
  });
  await Promise.all(written);
}

/**
 * pagefind.js minified. The search page imports it as a module and calls its exports by name;
 * minifying renames only what is local to the file. Returns its size before and after. The script
 * is read and sent to esbuild's process before this returns, so it is minified meanwhile.
 */
async function minifyScript(dir: string): Promise<{ before: number; after: number }> {
  const path = join(dir, 'pagefind.js');
  const script = readFileSync(path, 'utf8');
  const { code } = await transform(script, { minify: true, format: 'esm', target: 'es2022' });
  await writeFile(path, code);
  return { before: script.length, after: code.length };
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

/** A page in the metadata: [fragment name, word count, fragment group]. */
type MetaPage = [string, number, string];
/** An index chunk in the metadata: [first word (as a prefix), last word, file name]. */
type MetaChunk = [string, string, string];

/** The still of the figure file `href` names (/figures/<slug>.svg#still), for the fragment at `fragmentPath`. */
function readStill(dist: string, href: string, fragmentPath: string): string {
  const file = join(dist, href.replace(/#.*$/, ''));
  const still = existsSync(file) ? stillSvg(readFileSync(file, 'utf8')) : undefined;
  if (!still) throw new Error(`${fragmentPath}: its page shows the figure ${href}, but ${file} has no still to draw in its search result`);
  return still;
}

/**
 * Trims what a first search downloads (why and how: ./pagefind-index.ts): re-cuts the word index
 * into smaller chunks, trims the pages' fragments and draws each exercise's still figure into its
 * own, names both by their content, writes the pages' titles file beside the metadata (TitleRow in
 * src/lib/search.ts), compresses the metadata and the WebAssembly harder, and minifies pagefind.js,
 * which Pagefind ships with its names unshortened. `cache` keeps work between builds. Returns what
 * it did, for the build log.
 *
 * The slow parts overlap: Zopfli on the WebAssembly (its own thread, ./zopfli.ts) and the
 * minifier (esbuild's process) start first, and Zopfli on the metadata runs while the chunks and
 * fragments are written. What ends up in the folder is the same as doing one after the other.
 */
export async function trimSearchIndex(dist: string, cache: string): Promise<string> {
  const dir = join(dist, 'pagefind');
  const entryPath = join(dir, 'pagefind-entry.json');
  const entry = JSON.parse(readFileSync(entryPath, 'utf8')) as {
    version: string;
    languages: Record<string, { hash: string; wasm: string }>;
  };
  if (entry.version !== PAGEFIND_VERSION) {
    throw new Error(
      `${entryPath}: Pagefind ${entry.version}, but src/build/pagefind-index.ts reads the files of ${PAGEFIND_VERSION}; check it against the new format`,
    );
  }

  const zopfli = new ZopfliThread();
  const work: Promise<unknown>[] = [
    recompressWasm(dir, cache, Object.values(entry.languages).map((language) => language.wasm), zopfli),
  ];
  const script = minifyScript(dir);
  work.push(script);
  let before = 0;
  let after = 0;
  let fragments = 0;
  try {
    for (const [language, info] of Object.entries(entry.languages)) {
      const metaPath = join(dir, `pagefind.${info.hash}.pf_meta`);
      // The metadata: [version, pages, index chunks, filters, sorts, meta fields].
      const meta = decodeCbor(readPagefindFile(metaPath)) as Cbor[];
      const chunks = meta[2] as MetaChunk[];
      const words = chunks.flatMap(([, , file]) => readWords(readPagefindFile(join(dir, 'index', `${file}.pf_index`))));
      const cut = chunkWords(words);
      const ranges = chunkRanges(cut);
      const chunkFiles = cut.map(encodeChunk);
      const chunkNames = contentNames(language, chunkFiles, NAME_BITS.chunk);
      meta[2] = cut.map((_, i): MetaChunk => [ranges[i]!.from, ranges[i]!.to, chunkNames[i]!]);

      // A page whose fragment Pagefind put in a group file (its third field) keeps its name: the
      // group is looked up by it.
      const pages = (meta[1] as MetaPage[]).filter(([, , group]) => group === '');
      const fragmentPaths = pages.map(([name]) => join(dir, 'fragment', `${name}.pf_fragment`));
      const fragmentJson = fragmentPaths.map((path) => {
        const fragment = JSON.parse(new TextDecoder().decode(readPagefindFile(path))) as Fragment;
        return drawFigureIn(trimFragment(fragment), (href) => readStill(dist, href, path));
      });
      const fragmentFiles = fragmentJson.map((fragment) => new TextEncoder().encode(JSON.stringify(fragment)));
      const fragmentNames = contentNames(language, fragmentFiles, NAME_BITS.fragment);
      pages.forEach((page, i) => (page[0] = fragmentNames[i]!));

      // A new name for the changed metadata, so no cache serves the old one with the new files.
      // Zopfli compresses it while the chunks and fragments are written.
      const newMeta = encodeCbor(meta);
      const name = metaName(language, newMeta);
      if (name !== info.hash) rmSync(metaPath);
      work.push(zopfli.gzip(signed(newMeta)).then((gzipped) => writeFile(join(dir, `pagefind.${name}.pf_meta`), gzipped)));
      // The pages' titles, named after the metadata that lists the same fragments (TitleRow).
      mkdirSync(join(dir, 'titles'), { recursive: true });
      const titles = pages.map((_, i) => titleRow(fragmentNames[i]!, fragmentJson[i]!));
      writeFileSync(join(dir, 'titles', `${name}.pf_titles`), gzipSync(JSON.stringify(titles), { level: 9 }));
      info.hash = name;

      for (const [, , file] of chunks) rmSync(join(dir, 'index', `${file}.pf_index`));
      chunkFiles.forEach((file, i) => writePagefindFile(join(dir, 'index', `${chunkNames[i]}.pf_index`), file));
      for (const path of fragmentPaths) rmSync(path);
      fragmentFiles.forEach((file, i) => writePagefindFile(join(dir, 'fragment', `${fragmentNames[i]}.pf_fragment`), file));
      before += chunks.length;
      after += cut.length;
      fragments += pages.length;
    }
    writeFileSync(entryPath, JSON.stringify(entry));
    await Promise.all(work);
  } finally {
    // On a failure, nothing still writing is left behind to fail unheard.
    await Promise.allSettled(work);
    await zopfli.close();
  }
  const size = await script;
  return `word index re-cut from ${before} to ${after} chunks; ${after} chunks and ${fragments} fragments named by content; pagefind.js ${kb(size.before)} → ${kb(size.after)}`;
}
