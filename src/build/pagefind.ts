/**
 * The search index: Pagefind run through its Node API on the built site, then trimmed (the word
 * index re-cut into smaller chunks, short file names, pagefind.js minified; why and how:
 * ./pagefind-index.ts). Pagefind reads what the pages declare (data-pagefind-body, -filter,
 * -ignore) and writes dist/pagefind/.
 */
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { gzipAsync } from '@gfx/zopfli';
import { transform } from 'esbuild';
import * as pagefind from 'pagefind';
import { stillSvg } from '../lib/figure/file';
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
 * Zopfli finds a deflate stream ~5–10% smaller than zlib's best, at a hundred times the time: worth
 * it for the files every search loads whole (the metadata, the WebAssembly), too slow for the
 * thousands of chunks and fragments.
 */
const zopfli = async (bytes: Uint8Array) => Buffer.from(await gzipAsync(bytes, { numiterations: 5 }));

/**
 * Pagefind's WebAssembly (wasm.<language>.pagefind) recompressed with zopfli: ~3 KB less for every
 * first search; only the builds the site's languages use (the others are never fetched). The file is
 * the same in every build of a Pagefind version, so the result is kept in `cache`, named by a hash
 * of Pagefind's file.
 */
async function recompressWasm(dir: string, cache: string, wasms: readonly string[]): Promise<void> {
  mkdirSync(cache, { recursive: true });
  for (const name of new Set(wasms.map((wasm) => `wasm.${wasm}.pagefind`))) {
    const path = join(dir, name);
    const original = readFileSync(path);
    const cached = join(cache, `${name}.${createHash('sha256').update(original).digest('hex').slice(0, 16)}.gz`);
    if (!existsSync(cached)) writeFileSync(cached, await zopfli(gunzipSync(original)));
    copyFileSync(cached, path);
  }
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
 * own, names both by their content, compresses the metadata and the WebAssembly harder, and
 * minifies pagefind.js, which Pagefind ships with its names unshortened. `cache` keeps work between builds. Returns what it did, for the build log.
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

  let before = 0;
  let after = 0;
  let fragments = 0;
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
    for (const [, , file] of chunks) rmSync(join(dir, 'index', `${file}.pf_index`));
    chunkFiles.forEach((file, i) => writePagefindFile(join(dir, 'index', `${chunkNames[i]}.pf_index`), file));
    meta[2] = cut.map((_, i): MetaChunk => [ranges[i]!.from, ranges[i]!.to, chunkNames[i]!]);

    // A page whose fragment Pagefind put in a group file (its third field) keeps its name: the
    // group is looked up by it.
    const pages = (meta[1] as MetaPage[]).filter(([, , group]) => group === '');
    const fragmentJson = pages.map(([name]) => {
      const path = join(dir, 'fragment', `${name}.pf_fragment`);
      const fragment = JSON.parse(new TextDecoder().decode(readPagefindFile(path))) as Fragment;
      rmSync(path);
      return drawFigureIn(trimFragment(fragment), (href) => readStill(dist, href, path));
    });
    const fragmentFiles = fragmentJson.map((fragment) => new TextEncoder().encode(JSON.stringify(fragment)));
    const fragmentNames = contentNames(language, fragmentFiles, NAME_BITS.fragment);
    pages.forEach((page, i) => {
      writePagefindFile(join(dir, 'fragment', `${fragmentNames[i]}.pf_fragment`), fragmentFiles[i]!);
      page[0] = fragmentNames[i]!;
    });

    // A new name for the changed metadata, so no cache serves the old one with the new files.
    const newMeta = encodeCbor(meta);
    const name = metaName(language, newMeta);
    writeFileSync(join(dir, `pagefind.${name}.pf_meta`), await zopfli(signed(newMeta)));
    if (name !== info.hash) rmSync(metaPath);
    // The pages' titles, named after the metadata that lists the same fragments (TitleRow).
    mkdirSync(join(dir, 'titles'), { recursive: true });
    const titles = pages.map((_, i) => titleRow(fragmentNames[i]!, fragmentJson[i]!));
    writeFileSync(join(dir, 'titles', `${name}.pf_titles`), gzipSync(JSON.stringify(titles), { level: 9 }));
    info.hash = name;
    before += chunks.length;
    after += cut.length;
    fragments += pages.length;
  }
  writeFileSync(entryPath, JSON.stringify(entry));
  await recompressWasm(dir, cache, Object.values(entry.languages).map((language) => language.wasm));
  // The search page imports pagefind.js as a module and calls its exports by name; minifying
  // renames only what is local to the file.
  const scriptPath = join(dir, 'pagefind.js');
  const script = readFileSync(scriptPath, 'utf8');
  const { code } = await transform(script, { minify: true, format: 'esm', target: 'es2022' });
  writeFileSync(scriptPath, code);

  return `word index re-cut from ${before} to ${after} chunks; ${after} chunks and ${fragments} fragments named by content; pagefind.js ${kb(script.length)} → ${kb(code.length)}`;
}
