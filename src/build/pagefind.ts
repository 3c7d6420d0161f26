/**
 * The search index: Pagefind run through its Node API on the built site, then trimmed (the word
 * index re-cut into smaller chunks, short file names, pagefind.js minified; why and how:
 * ./pagefind-index.ts). Pagefind reads what the pages declare (data-pagefind-body, -filter,
 * -ignore) and writes dist/pagefind/.
 */
import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { transform } from 'esbuild';
import * as pagefind from 'pagefind';
import {
  buildId,
  chunkRanges,
  chunkWords,
  CHUNK_POSITIONS,
  contentName,
  decodeCbor,
  encodeCbor,
  encodeChunk,
  numberedName,
  numberFragments,
  PAGEFIND_VERSION,
  readWords,
  SIGNATURE,
  type Cbor,
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
    return `${added.page_count} pages indexed`;
  } finally {
    await pagefind.close();
  }
}

/** A Pagefind file's CBOR (after the signature). */
function readPagefindFile(path: string): Uint8Array {
  const raw = gunzipSync(readFileSync(path));
  if (raw.subarray(0, SIGNATURE.length).toString() !== SIGNATURE) throw new Error(`${path}: not a Pagefind file`);
  return raw.subarray(SIGNATURE.length);
}

function writePagefindFile(path: string, cbor: Uint8Array): void {
  writeFileSync(path, gzipSync(Buffer.concat([Buffer.from(SIGNATURE), cbor]), { level: 6 }));
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

/**
 * Trims what a first search downloads (why and how: ./pagefind-index.ts): re-cuts the word index
 * into smaller chunks, gives chunks and fragments short names, and minifies pagefind.js, which
 * Pagefind ships with its names unshortened. Returns what it did, for the build log.
 */
export async function trimSearchIndex(dist: string): Promise<string> {
  const dir = join(dist, 'pagefind');
  const entryPath = join(dir, 'pagefind-entry.json');
  const entry = JSON.parse(readFileSync(entryPath, 'utf8')) as {
    version: string;
    languages: Record<string, { hash: string }>;
  };
  if (entry.version !== PAGEFIND_VERSION) {
    throw new Error(
      `${entryPath}: Pagefind ${entry.version}, but src/build/pagefind-index.ts reads the files of ${PAGEFIND_VERSION}; check it against the new format`,
    );
  }

  let before = 0;
  let after = 0;
  let renamed = 0;
  for (const [language, info] of Object.entries(entry.languages)) {
    const metaPath = join(dir, `pagefind.${info.hash}.pf_meta`);
    const metaCbor = readPagefindFile(metaPath);
    const meta = decodeCbor(metaCbor) as Cbor[];
    // The metadata: [version, pages [fragment, words, group], index chunks [from, to, file], filters, …].
    const chunks = meta[2] as [string, string, string][];
    const words = chunks.flatMap(([, , file]) => readWords(readPagefindFile(join(dir, 'index', `${file}.pf_index`))));
    const cut = chunkWords(words, CHUNK_POSITIONS);
    const ranges = chunkRanges(cut);
    const chunkCbors = cut.map(encodeChunk);
    // Pagefind's metadata already names every fragment by its content; with the new chunks that is
    // everything the numbered names below point at.
    const build = buildId([metaCbor, ...chunkCbors]);
    for (const [, , file] of chunks) rmSync(join(dir, 'index', `${file}.pf_index`));
    meta[2] = chunkCbors.map((cbor, i) => {
      const file = numberedName(language, build, i);
      writePagefindFile(join(dir, 'index', `${file}.pf_index`), cbor);
      return [ranges[i]!.from, ranges[i]!.to, file];
    });
    for (const [from, to] of numberFragments(meta, language, build)) {
      renameSync(join(dir, 'fragment', `${from}.pf_fragment`), join(dir, 'fragment', `${to}.pf_fragment`));
      renamed++;
    }
    // A new name for the changed metadata, so no cache serves the old one with the new files.
    const newMeta = encodeCbor(meta);
    const metaHash = contentName(language, newMeta);
    writePagefindFile(join(dir, `pagefind.${metaHash}.pf_meta`), newMeta);
    if (metaHash !== info.hash) rmSync(metaPath);
    info.hash = metaHash;
    before += chunks.length;
    after += cut.length;
  }
  writeFileSync(entryPath, JSON.stringify(entry));
  // The search page imports pagefind.js as a module and calls its exports by name; minifying
  // renames only what is local to the file.
  const scriptPath = join(dir, 'pagefind.js');
  const script = readFileSync(scriptPath, 'utf8');
  const { code } = await transform(script, { minify: true, format: 'esm', target: 'es2022' });
  writeFileSync(scriptPath, code);

  return `word index re-cut from ${before} to ${after} chunks of ~${CHUNK_POSITIONS} positions; ${after} chunks and ${renamed} fragments renamed; pagefind.js ${kb(script.length)} → ${kb(code.length)}`;
}
