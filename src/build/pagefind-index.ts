/**
 * Smaller word-index chunks for Pagefind (run after it by trimSearchIndex in ./pagefind.ts).
 *
 * Pagefind cuts its word index into chunks of about 20,000 word positions, a size it does not let
 * sites choose, and a search downloads every chunk that holds one of its words. With a library of
 * 1,000 exercises that is ~22 KB for a one-word search, a fifth of what a first search costs. Cut
 * finer, a search fetches a few KB of index, for a longer chunk list in the metadata every search
 * loads (a few bytes a chunk): CHUNK_POSITIONS balances the two (npm run bench).
 *
 * Then the chunks and the pages' fragments get short numbered names (numberedName, below) in place
 * of Pagefind's content hashes, which make up most of the metadata's page list.
 *
 * The files are Pagefind's own format, written back the way Pagefind writes them: "pagefind_dcd"
 * followed by CBOR, gzipped. Only chunking and names change; every word keeps its pages and
 * positions, and the chunk list keeps Pagefind's rule for naming where each chunk starts and ends.
 * The format is Pagefind's internal one, so the script refuses a Pagefind version it was not
 * written for.
 */

import { createHash } from 'node:crypto';

/** The Pagefind release whose files this module reads and writes (package.json pins it). */
export const PAGEFIND_VERSION = '1.6.0';

/** The signature Pagefind puts before the CBOR in every file, inside the gzip. */
export const SIGNATURE = 'pagefind_dcd';

/** Word positions (plus one per page a word is on) per chunk: Pagefind's own measure of size. */
export const CHUNK_POSITIONS = 2500;

// ---------------------------------------------------------------------------------------------
// CBOR, the subset Pagefind writes: integers, text, byte strings, arrays, booleans and null.

/** A decoded CBOR value as Pagefind uses them. */
export type Cbor = number | string | boolean | null | Uint8Array | Cbor[];

/** Reads a CBOR head at `at`: its major type, its argument and where the content starts. */
function readHead(bytes: Uint8Array, at: number): { major: number; value: number; next: number } {
  const head = bytes[at];
  if (head === undefined) throw new Error('CBOR: unexpected end of data');
  const major = head >> 5;
  const info = head & 31;
  if (info < 24) return { major, value: info, next: at + 1 };
  const size = { 24: 1, 25: 2, 26: 4, 27: 8 }[info];
  if (size === undefined) throw new Error(`CBOR: unsupported item 0x${head.toString(16)} at byte ${at}`);
  let value = 0;
  for (let i = 1; i <= size; i++) value = value * 256 + bytes[at + i]!;
  return { major, value, next: at + 1 + size };
}

export function decodeCbor(bytes: Uint8Array): Cbor {
  const text = new TextDecoder();
  let at = 0;
  const item = (): Cbor => {
    if (bytes[at] === 0xf4 || bytes[at] === 0xf5 || bytes[at] === 0xf6) return [false, true, null][bytes[at++]! - 0xf4]!;
    const { major, value, next } = readHead(bytes, at);
    at = next;
    if (major === 0) return value;
    if (major === 1) return -1 - value;
    if (major === 2 || major === 3) {
      const slice = bytes.subarray(at, (at += value));
      return major === 2 ? slice : text.decode(slice);
    }
    if (major === 4) return Array.from({ length: value }, item);
    throw new Error(`CBOR: unsupported major type ${major} at byte ${next - 1}`);
  };
  const value = item();
  if (at !== bytes.length) throw new Error(`CBOR: ${bytes.length - at} bytes after the value`);
  return value;
}

function concat(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((sum, p) => sum + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** A CBOR head: major type and its argument (a length or an unsigned integer). */
function encodeHead(major: number, n: number): Uint8Array {
  const m = major << 5;
  if (n < 24) return Uint8Array.of(m | n);
  if (n < 0x100) return Uint8Array.of(m | 24, n);
  if (n < 0x10000) return Uint8Array.of(m | 25, n >> 8, n & 0xff);
  if (n < 0x100000000) return Uint8Array.of(m | 26, n >>> 24, (n >> 16) & 0xff, (n >> 8) & 0xff, n & 0xff);
  const big = new Uint8Array(9);
  big[0] = m | 27;
  new DataView(big.buffer).setBigUint64(1, BigInt(n));
  return big;
}

export function encodeCbor(value: Cbor): Uint8Array {
  const parts: Uint8Array[] = [];
  const utf8 = new TextEncoder();
  const head = (major: number, n: number) => parts.push(encodeHead(major, n));
  const item = (v: Cbor) => {
    if (typeof v === 'number') {
      if (!Number.isSafeInteger(v)) throw new Error(`CBOR: ${v} is not an integer`);
      if (v >= 0) head(0, v);
      else head(1, -1 - v);
    } else if (typeof v === 'string') {
      const encoded = utf8.encode(v);
      head(3, encoded.length);
      parts.push(encoded);
    } else if (v instanceof Uint8Array) {
      head(2, v.length);
      parts.push(v);
    } else if (Array.isArray(v)) {
      head(4, v.length);
      v.forEach(item);
    } else parts.push(Uint8Array.of(v === false ? 0xf4 : v === true ? 0xf5 : 0xf6));
  };
  item(value);
  return concat(parts);
}

// ---------------------------------------------------------------------------------------------
// The word index: [[word, word, …]], each word [text, pages, …], each page [number, positions, …].
// A library of 1,000 exercises has over a million positions, so words are not decoded: each is
// measured and kept as its original bytes, and chunks are those bytes put back together.

/** One word of the index: its text, its size (Pagefind's measure) and its CBOR bytes. */
export interface IndexWord {
  word: string;
  size: number;
  bytes: Uint8Array;
}

/** Where the CBOR item starting at `at` ends. */
function skip(bytes: Uint8Array, at: number): number {
  const { major, value, next } = readHead(bytes, at);
  if (major === 2 || major === 3) return next + value;
  if (major === 4) {
    let end = next;
    for (let i = 0; i < value; i++) end = skip(bytes, end);
    return end;
  }
  if (major === 0 || major === 1 || major === 7) return next;
  throw new Error(`CBOR: unsupported major type ${major} at byte ${at}`);
}

function expectArray(bytes: Uint8Array, at: number, what: string) {
  const head = readHead(bytes, at);
  if (head.major !== 4) throw new Error(`Pagefind index: expected ${what} (an array) at byte ${at}`);
  return head;
}

/** The words of one index chunk (its CBOR, after the signature), in the chunk's order. */
export function readWords(bytes: Uint8Array): IndexWord[] {
  const text = new TextDecoder();
  const outer = expectArray(bytes, 0, 'the index');
  const list = expectArray(bytes, outer.next, 'the word list');
  const words: IndexWord[] = [];
  let at = list.next;
  for (let w = 0; w < list.value; w++) {
    const start = at;
    const fields = expectArray(bytes, at, 'a word');
    const name = readHead(bytes, fields.next);
    if (name.major !== 3) throw new Error(`Pagefind index: expected a word's text at byte ${fields.next}`);
    const word = text.decode(bytes.subarray(name.next, name.next + name.value));
    const pages = expectArray(bytes, name.next + name.value, "a word's pages");
    let size = 0;
    at = pages.next;
    for (let p = 0; p < pages.value; p++) {
      const page = expectArray(bytes, at, 'a page');
      let end = skip(bytes, page.next); // the page number
      const positions = expectArray(bytes, end, "a page's positions");
      size += positions.value + 1;
      for (let i = 2; i <= page.value; i++) end = skip(bytes, end);
      at = end;
    }
    for (let i = 2; i < fields.value; i++) at = skip(bytes, at);
    words.push({ word, size, bytes: bytes.subarray(start, at) });
  }
  if (at !== bytes.length) throw new Error(`Pagefind index: ${bytes.length - at} bytes after the word list`);
  return words;
}

/** One chunk's CBOR: the words' own bytes inside [[…]]. */
export function encodeChunk(words: readonly IndexWord[]): Uint8Array {
  return concat([encodeHead(4, 1), encodeHead(4, words.length), ...words.map((w) => w.bytes)]);
}

/** Splits words (sorted, as Pagefind sorts them) into chunks of about `limit` positions each. */
export function chunkWords<W extends { size: number }>(words: readonly W[], limit = CHUNK_POSITIONS): W[][] {
  const chunks: W[][] = [];
  let chunk: W[] = [];
  let size = 0;
  for (const word of words) {
    chunk.push(word);
    size += word.size;
    if (size >= limit) {
      chunks.push(chunk);
      chunk = [];
      size = 0;
    }
  }
  if (chunk.length > 0) chunks.push(chunk);
  return chunks;
}

/** Where a chunk starts and ends, as the metadata lists it (before its file hash is known). */
export interface ChunkRange {
  from: string;
  to: string;
}

/**
 * The ranges Pagefind's search uses to pick a chunk for each word of a query: the first chunk
 * where `from <= word <= to`. A chunk starts at the shortest prefix of its first word that sorts
 * after the previous chunk's last word (Pagefind's rule), so a typed prefix such as "sque" finds
 * the chunk whose words start with it. A chunk ends at its last word in full. (Pagefind shortens
 * the end as well, to "squa" for a chunk ending in "squat", so the word itself falls between two
 * chunks; a one-word search then finds it through a slower fallback, but in "goblet squat" the
 * word would be dropped. With four times as many chunks that would happen four times as often.)
 */
export function chunkRanges(chunks: readonly (readonly { word: string }[])[]): ChunkRange[] {
  const ranges = chunks.map((chunk) => ({ from: chunk[0]?.word ?? '', to: chunk.at(-1)?.word ?? '' }));
  for (let i = 1; i < ranges.length; i++) {
    const [last, next] = [Array.from(ranges[i - 1]!.to), Array.from(ranges[i]!.from)];
    let common = 0;
    while (common < last.length && common < next.length && last[common] === next[common]) common++;
    ranges[i]!.from = next.slice(0, common + 1).join('');
  }
  return ranges;
}

// ---------------------------------------------------------------------------------------------
// File names. Pagefind names every fragment (one per page) and index chunk by a hash of its own
// content, and the metadata every search loads lists them all: about 4 bytes of noise a page that
// gzip cannot shrink, ~4 KB at 1,000 pages. Numbered names ("en_3fa2c91b-0", "-1", …) compress to
// almost nothing. The build id in front of the number is a hash of everything the names point at,
// so a name still always means the same content: browsers and the service worker may keep these
// files for good, as they may keep Pagefind's own.

/** A build id: the first 8 hex digits of a SHA-256 over the given bytes. */
export function buildId(parts: readonly Uint8Array[]): string {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(part);
  return hash.digest('hex').slice(0, 8);
}

/** The metadata's name: the language and 10 hex digits of a SHA-256 of its content, as Pagefind names it. */
export function contentName(language: string, bytes: Uint8Array): string {
  return `${language}_${createHash('sha256').update(bytes).digest('hex').slice(0, 10)}`;
}

/** The name of the file at `position` (a page's fragment, or an index chunk) in build `build`. */
export function numberedName(language: string, build: string, position: number): string {
  return `${language}_${build}-${position.toString(36)}`;
}

/** A page in the metadata: [fragment name, word count, fragment group]. */
type MetaPage = [string, number, string];

/**
 * Gives every page's fragment a numbered name in `meta` (changed in place) and returns the files
 * to rename, [old name, new name]. A page whose fragment Pagefind put in a group file (its third
 * field) keeps its name: the group is looked up by it.
 */
export function numberFragments(meta: Cbor[], language: string, build: string): [string, string][] {
  const pages = meta[1] as MetaPage[];
  const moves: [string, string][] = [];
  pages.forEach((page, i) => {
    if (page[2] !== '') return;
    const name = numberedName(language, build, i);
    moves.push([page[0], name]);
    page[0] = name;
  });
  return moves;
}
