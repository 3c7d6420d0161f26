// Re-cuts Pagefind's word index into smaller chunks, so a search downloads a few KB of index
// instead of ~22 KB (why and how: src/lib/pagefind-index.ts). Runs right after Pagefind in
// `postbuild`, before the CSP and service-worker steps. Usage: node scripts/pagefind-chunks.mjs [distDir]
import { createHash } from 'node:crypto';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import {
  chunkRanges,
  chunkWords,
  CHUNK_POSITIONS,
  decodeCbor,
  encodeCbor,
  encodeChunk,
  PAGEFIND_VERSION,
  readWords,
  SIGNATURE,
} from '../src/lib/pagefind-index.ts';

const dir = join(process.argv[2] ?? 'dist', 'pagefind');
const entryPath = join(dir, 'pagefind-entry.json');
const entry = JSON.parse(readFileSync(entryPath, 'utf8'));
if (entry.version !== PAGEFIND_VERSION) {
  throw new Error(`${entryPath}: Pagefind ${entry.version}, but scripts/pagefind-chunks.mjs reads the files of ${PAGEFIND_VERSION}; check src/lib/pagefind-index.ts against the new format`);
}

/** A Pagefind file's CBOR (after the signature). */
const read = (path) => {
  const raw = gunzipSync(readFileSync(path));
  if (raw.subarray(0, SIGNATURE.length).toString() !== SIGNATURE) throw new Error(`${path}: not a Pagefind file`);
  return raw.subarray(SIGNATURE.length);
};
const write = (path, cbor) => writeFileSync(path, gzipSync(Buffer.concat([Buffer.from(SIGNATURE), cbor]), { level: 6 }));
const hashOf = (cbor) => createHash('sha256').update(cbor).digest('hex');

let before = 0;
let after = 0;
for (const [language, info] of Object.entries(entry.languages)) {
  const metaPath = join(dir, `pagefind.${info.hash}.pf_meta`);
  const meta = decodeCbor(read(metaPath));
  // The metadata: [version, pages, index chunks [from, to, file], filters, …]; only the chunks change.
  const chunks = meta[2];
  const words = chunks.flatMap(([, , file]) => readWords(read(join(dir, 'index', `${file}.pf_index`))));
  const cut = chunkWords(words, CHUNK_POSITIONS);
  const ranges = chunkRanges(cut);
  const used = new Set();
  meta[2] = cut.map((chunk, i) => {
    const cbor = encodeChunk(chunk);
    const hash = hashOf(cbor);
    let length = 7;
    while (used.has(hash.slice(0, length))) length++;
    const file = `${language}_${hash.slice(0, length)}`;
    used.add(hash.slice(0, length));
    write(join(dir, 'index', `${file}.pf_index`), cbor);
    return [ranges[i].from, ranges[i].to, file];
  });
  for (const [, , file] of chunks) if (!used.has(file.slice(language.length + 1))) rmSync(join(dir, 'index', `${file}.pf_index`));
  // A new name for the changed metadata, so no cache serves the old one with the new chunks.
  const metaCbor = encodeCbor(meta);
  const metaHash = `${language}_${hashOf(metaCbor).slice(0, 10)}`;
  write(join(dir, `pagefind.${metaHash}.pf_meta`), metaCbor);
  if (metaHash !== info.hash) rmSync(metaPath);
  info.hash = metaHash;
  before += chunks.length;
  after += cut.length;
}
writeFileSync(entryPath, JSON.stringify(entry));
console.log(`pagefind chunks: word index re-cut from ${before} to ${after} chunks of ~${CHUNK_POSITIONS} positions`);
