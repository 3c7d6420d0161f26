// Trims what a first search downloads, right after Pagefind in `postbuild` (before the CSP and
// service-worker steps): re-cuts the word index into smaller chunks, so a search fetches a few KB
// of index instead of ~22 KB; gives the chunks and the pages' fragments short numbered names, so
// the metadata every search loads is ~40% smaller (why and how: src/lib/pagefind-index.ts); and
// minifies pagefind.js, which Pagefind ships with its names unshortened (13.2 → 11.4 KB gzipped).
// Usage: node scripts/pagefind-trim.mjs [distDir]
import { createHash } from 'node:crypto';
import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { transform } from 'esbuild';
import {
  buildId,
  chunkRanges,
  chunkWords,
  CHUNK_POSITIONS,
  decodeCbor,
  encodeCbor,
  encodeChunk,
  numberedName,
  numberFragments,
  PAGEFIND_VERSION,
  readWords,
  SIGNATURE,
} from '../src/lib/pagefind-index.ts';

const dir = join(process.argv[2] ?? 'dist', 'pagefind');
const entryPath = join(dir, 'pagefind-entry.json');
const entry = JSON.parse(readFileSync(entryPath, 'utf8'));
if (entry.version !== PAGEFIND_VERSION) {
  throw new Error(`${entryPath}: Pagefind ${entry.version}, but scripts/pagefind-trim.mjs reads the files of ${PAGEFIND_VERSION}; check src/lib/pagefind-index.ts against the new format`);
}

/** A Pagefind file's CBOR (after the signature). */
const read = (path) => {
  const raw = gunzipSync(readFileSync(path));
  if (raw.subarray(0, SIGNATURE.length).toString() !== SIGNATURE) throw new Error(`${path}: not a Pagefind file`);
  return raw.subarray(SIGNATURE.length);
};
const write = (path, cbor) => writeFileSync(path, gzipSync(Buffer.concat([Buffer.from(SIGNATURE), cbor]), { level: 6 }));

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
let before = 0;
let after = 0;
let renamed = 0;
for (const [language, info] of Object.entries(entry.languages)) {
  const metaPath = join(dir, `pagefind.${info.hash}.pf_meta`);
  const metaCbor = read(metaPath);
  const meta = decodeCbor(metaCbor);
  // The metadata: [version, pages [fragment, words, group], index chunks [from, to, file], filters, …].
  const chunks = meta[2];
  const words = chunks.flatMap(([, , file]) => readWords(read(join(dir, 'index', `${file}.pf_index`))));
  const cut = chunkWords(words, CHUNK_POSITIONS);
  const ranges = chunkRanges(cut);
  const chunkCbors = cut.map(encodeChunk);
  // Pagefind's metadata already names every fragment by its content; with the new chunks that is
  // everything the numbered names below point at.
  const build = buildId([metaCbor, ...chunkCbors]);
  for (const [, , file] of chunks) rmSync(join(dir, 'index', `${file}.pf_index`));
  meta[2] = chunkCbors.map((cbor, i) => {
    const file = numberedName(language, build, i);
    write(join(dir, 'index', `${file}.pf_index`), cbor);
    return [ranges[i].from, ranges[i].to, file];
  });
  for (const [from, to] of numberFragments(meta, language, build)) {
    renameSync(join(dir, 'fragment', `${from}.pf_fragment`), join(dir, 'fragment', `${to}.pf_fragment`));
    renamed++;
  }
  // A new name for the changed metadata, so no cache serves the old one with the new files.
  const newMeta = encodeCbor(meta);
  const metaHash = `${language}_${createHash('sha256').update(newMeta).digest('hex').slice(0, 10)}`;
  write(join(dir, `pagefind.${metaHash}.pf_meta`), newMeta);
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

console.log(`pagefind trim: word index re-cut from ${before} to ${after} chunks of ~${CHUNK_POSITIONS} positions; ${after} chunks and ${renamed} fragments numbered; pagefind.js ${kb(script.length)} → ${kb(code.length)}`);

