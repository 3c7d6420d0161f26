/**
 * Pagefind's search files, trimmed for a first search (trimSearchIndex in ./pagefind.ts runs this
 * after Pagefind). Three changes, each measured with `npm run bench` (figures in README.md):
 *
 * - Smaller word-index chunks. Pagefind cuts its word index into chunks of about 20,000 word
 *   positions, a size no option of Pagefind 1.6 sets (its CLI, Node API and config have none), and a
 *   search downloads every chunk that holds one of its words: ~22 KB for a one-word search at
 *   1,000 exercises. Cut finer, a search fetches a few KB, for a longer chunk list in the metadata
 *   every search loads. Where a chunk ends depends on the words themselves (chunkWords), so an
 *   edit to one page moves no chunk boundary elsewhere in the index.
 * - Short names from content. Pagefind names each page's fragment and each chunk by 7 hex digits
 *   of a hash; the metadata lists every page's name, ~4 bytes of noise a page that gzip cannot
 *   shrink. Here names are 4 or 5 base-32 digits of a SHA-256 of the file's content (contentNames):
 *   a name changes only when its file does, so after an edit a returning reader's service worker
 *   fetches only the files the edit changed.
 * - Fragments without what the site's search never reads: anchors that are neither headings nor
 *   titled (Pagefind turns only those into sub-results), each page's filter values and the meta
 *   fields that only rank; and with an exercise's still figure drawn in, so its result needs no
 *   request of its own (BENCHMARKS.md "Quick search").
 *
 * The files are Pagefind's own format, written back the way Pagefind writes them: "pagefind_dcd"
 * followed by CBOR (fragments: JSON), gzipped. Every word keeps its pages and positions, and the
 * chunk list keeps Pagefind's rule for naming where each chunk starts and ends. The format is
 * Pagefind's internal one, so the trim refuses a Pagefind version it was not written for.
 */

import { createHash } from 'node:crypto';
import { RANKING_ONLY_META, type TitleRow } from '../lib/search';

/** The Pagefind release whose files this module reads and writes (package.json pins it). */
export const PAGEFIND_VERSION = '1.6.0';

/** The signature Pagefind puts before the CBOR in every file, inside the gzip. */
export const SIGNATURE = 'pagefind_dcd';

/** Bounds on an index chunk's size (CHUNK_SIZE). */
export interface ChunkSize {
  min: number;
  max: number;
  every: number;
  alone: number;
}

/**
 * How big an index chunk is, in Pagefind's own measure: word positions plus one per page a word is
 * on. A chunk ends at the first word after `min` whose hash picks it (one word in `every`), or at
 * `max`; a word of `alone` or more is a chunk of its own, so a search for a common word ("squat")
 * fetches that word and nothing else. Chosen with npm run bench over a set of typical queries.
 */
export const CHUNK_SIZE: ChunkSize = { min: 2500, max: 5000, every: 4, alone: 4000 };

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

/** A number from a word's text alone, the same in every build: where chunks may end. */
const wordHash = (word: string) => createHash('sha256').update(word).digest().readUInt32BE(0);

/**
 * Splits words (sorted, as Pagefind sorts them) into chunks (sizes: CHUNK_SIZE). The ends are
 * chosen by the words' text, not by counting from the first word, so when an edit makes a word
 * bigger or smaller only its own chunk, and rarely the next, can end elsewhere.
 */
export function chunkWords<W extends { word: string; size: number }>(words: readonly W[], size = CHUNK_SIZE): W[][] {
  const chunks: W[][] = [];
  let chunk: W[] = [];
  let total = 0;
  const close = () => {
    if (chunk.length > 0) chunks.push(chunk);
    chunk = [];
    total = 0;
  };
  for (const word of words) {
    if (word.size >= size.alone) {
      close();
      chunks.push([word]);
      continue;
    }
    chunk.push(word);
    total += word.size;
    if ((total >= size.min && wordHash(word.word) % size.every === 0) || total >= size.max) close();
  }
  close();
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
// content, and the metadata every search loads lists them all. Shorter names keep that list small:
// 20 bits for fragments (the list has one a page), 25 for chunks, in base 32.

/** Bits of a fragment's name and of an index chunk's name. */
export const NAME_BITS = { fragment: 20, chunk: 25 } as const;

const BASE32 = '0123456789abcdefghijklmnopqrstuv';

/** All 256 bits of a SHA-256 of `bytes` as base-32 digits. */
function hashDigits(bytes: Uint8Array): string {
  const digest = createHash('sha256').update(bytes).digest();
  let digits = '';
  let buffer = 0;
  let held = 0;
  for (const byte of digest) {
    buffer = (buffer << 8) | byte;
    held += 8;
    while (held >= 5) {
      digits += BASE32[(buffer >> (held - 5)) & 31];
      held -= 5;
    }
    buffer &= (1 << held) - 1;
  }
  return digits;
}

/**
 * A name for each file, `language_` and the first `bits` of the hash of its content (rounded up to
 * whole base-32 digits). Names that two different files would share in this set grow a digit at a
 * time until they differ, so every name in a build is unique and a file keeps its name for as long
 * as its content (and no new namesake) stays.
 */
export function contentNames(language: string, contents: readonly Uint8Array[], bits: number): string[] {
  const digits = contents.map(hashDigits);
  const length = digits.map(() => Math.ceil(bits / 5));
  for (;;) {
    const byName = new Map<string, number[]>();
    digits.forEach((d, i) => byName.set(d.slice(0, length[i]), [...(byName.get(d.slice(0, length[i])) ?? []), i]));
    const shared = [...byName.values()].filter((group) => group.length > 1 && new Set(group.map((i) => digits[i])).size > 1);
    if (shared.length === 0) return digits.map((d, i) => `${language}_${d.slice(0, length[i])}`);
    for (const group of shared) for (const i of group) length[i]!++;
  }
}

/** The metadata's name: the language and 10 hex digits of a SHA-256 of its content, as Pagefind names it. */
export function metaName(language: string, bytes: Uint8Array): string {
  return `${language}_${createHash('sha256').update(bytes).digest('hex').slice(0, 10)}`;
}

/** One anchor of a page's fragment: an element with an id, which Pagefind may offer as a sub-result. */
interface Anchor {
  element: string;
  title?: string;
}

/** A page's fragment, as Pagefind writes it (JSON). */
export interface Fragment {
  anchors?: Anchor[];
  /** What the page declares with data-pagefind-meta (and Pagefind's own title, image). */
  meta?: Record<string, string>;
  filters?: Record<string, string[]>;
  [field: string]: unknown;
}

/**
 * A fragment without what the search page never reads: anchors Pagefind does not turn into
 * sub-results (it uses those with a title and headings, as its calculate_sub_results says), the
 * page's filter values (the page counts filters from the filter index, not from results), and the
 * meta fields that only rank (RANKING_ONLY_META: ranking reads the word index, not fragments).
 */
export function trimFragment({ filters: _, ...fragment }: Fragment): Fragment {
  const trimmed: Fragment = { ...fragment, anchors: fragment.anchors?.filter((a) => a.title?.trim() || /^h\d$/i.test(a.element)) };
  if (fragment.meta) {
    trimmed.meta = Object.fromEntries(Object.entries(fragment.meta).filter(([field]) => !(RANKING_ONLY_META as readonly string[]).includes(field)));
  }
  return trimmed;
}

/**
 * A fragment whose `figure` meta, the address of a figure file's still (/figures/<slug>.svg#still),
 * is replaced by that still as an <svg> element (`stillOf` reads it), so a result draws its
 * picture without a request of its own: ~0.8 KB on the wire per result of a first search, of which
 * ~0.45 KB comes back in the fragment (npm run bench, BENCHMARKS.md "Quick search").
 */
export function drawFigureIn(fragment: Fragment, stillOf: (href: string) => string): Fragment {
  const href = fragment.meta?.figure;
  if (!href?.startsWith('/figures/')) return fragment;
  return { ...fragment, meta: { ...fragment.meta, figure: stillOf(href) } };
}

/**
 * A page's row in the titles file (TitleRow, src/lib/search.ts): what its result shows before its
 * fragment arrives, named as its fragment is.
 */
export function titleRow(name: string, fragment: Fragment): TitleRow {
  const url = fragment.url;
  if (typeof url !== 'string') throw new Error(`Pagefind fragment ${name}: no address`);
  const meta = fragment.meta ?? {};
  return [name, url, meta.title ?? url, meta.names ?? '', meta.kind ?? '', meta.figure ? 1 : 0];
}
