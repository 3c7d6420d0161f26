import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import {
  buildId,
  chunkRanges,
  chunkWords,
  decodeCbor,
  encodeChunk,
  encodeCbor,
  numberFragments,
  readWords,
  type Cbor,
} from '../../src/build/pagefind-index';

// A word as Pagefind writes it: [text, [[page, [positions…], [extra…]], …]].
const word = (text: string, pages: [number, number[]][]): Cbor => [text, pages.map(([page, positions]) => [page, positions, []])];
const index = (...words: Cbor[]) => encodeCbor([words]);

/** Pagefind's search: the first chunk whose range holds the word. */
const chunkFor = (ranges: { from: string; to: string }[], term: string) =>
  ranges.findIndex(({ from, to }) => term >= from && term <= to);

describe('CBOR', () => {
  it('round-trips the values Pagefind stores, at every integer width', () => {
    const value: Cbor = ['1.6.0', [0, 23, 24, 255, 256, 65_535, 65_536, 2 ** 32 + 5, -1, -25, -300], ['squat', 'ünïcode'], true, false, null, new Uint8Array([1, 2, 3])];
    expect(decodeCbor(encodeCbor(value))).toEqual(value);
  });

  it('names what it cannot read instead of returning nonsense', () => {
    expect(() => decodeCbor(Uint8Array.of(0xbf))).toThrow(/unsupported/); // an indefinite map
    expect(() => decodeCbor(Uint8Array.of(0x82, 0x01))).toThrow(/end of data/);
    expect(() => decodeCbor(Uint8Array.of(0x01, 0x02))).toThrow(/after the value/);
  });
});

describe('readWords and encodeChunk', () => {
  const words = [
    word('calf', [[3, [-25, 4, 90]], [7, [12]]]),
    word('plank', [[1, [300, 70_000]]]),
    word('squat', [[0, [1]], [2, [2, 3]], [5, [4]]]),
  ];

  it('measures each word as Pagefind does: positions plus one per page', () => {
    expect(readWords(index(...words)).map(({ word, size }) => [word, size])).toEqual([
      ['calf', 6],
      ['plank', 3],
      ['squat', 7],
    ]);
  });

  it('puts words back byte for byte, so a chunk of all the words is the original index', () => {
    const original = index(...words);
    expect(encodeChunk(readWords(original))).toEqual(original);
    const [, plank] = readWords(original);
    expect(decodeCbor(encodeChunk([plank!]))).toEqual([[words[1]]]);
  });

  it('refuses data that is not a word index', () => {
    expect(() => readWords(encodeCbor([[['squat', 'not pages']]]))).toThrow(/pages/);
    expect(() => readWords(encodeCbor([[[42, []]]]))).toThrow(/text/);
  });
});

describe('chunkWords', () => {
  const sized = (...sizes: number[]) => sizes.map((size, i) => ({ word: `w${i}`, size }));

  it('closes a chunk as soon as it reaches the limit, keeping every word once and in order', () => {
    const words = sized(3, 3, 3, 3, 10, 1);
    const chunks = chunkWords(words, 6);
    expect(chunks.map((c) => c.map((w) => w.size))).toEqual([[3, 3], [3, 3], [10], [1]]);
    expect(chunks.flat()).toEqual(words);
  });

  it('gives a word bigger than the limit a chunk of its own rather than splitting it', () => {
    expect(chunkWords(sized(1, 50, 1), 10).map((c) => c.length)).toEqual([2, 1]);
  });
});

describe('chunkRanges', () => {
  const chunks = [['apple', 'apricot'], ['banana', 'squat'], ['squeeze', 'squeezed', 'stand'], ['step', 'zebra']].map((c) =>
    c.map((word) => ({ word })),
  );
  const ranges = chunkRanges(chunks);

  it('starts each chunk at the shortest prefix that sorts after the previous chunk', () => {
    expect(ranges).toEqual([
      { from: 'apple', to: 'apricot' },
      { from: 'b', to: 'squat' },
      { from: 'sque', to: 'stand' },
      { from: 'ste', to: 'zebra' },
    ]);
  });

  it('finds every indexed word in the chunk that holds it, even the last word of a chunk', () => {
    chunks.forEach((chunk, i) => {
      for (const { word } of chunk) expect(chunkFor(ranges, word), word).toBe(i);
    });
  });

  it('sends a typed prefix to the chunk whose words start with it', () => {
    expect(chunkFor(ranges, 'sque')).toBe(2);
    expect(chunkFor(ranges, 'bana')).toBe(1);
  });
});

describe('numbered file names', () => {
  // Pagefind's own names: language and 7 hex digits of the fragment's hash.
  const pagefindName = (i: number) => `en_${((i * 2_654_435_761) >>> 0).toString(16).slice(0, 7).padStart(7, '0')}`;
  const metaWith = (pages: [string, number, string][]): Cbor[] => ['1.6.0', pages, [], [], [], ['title']];
  const gzipped = (value: Cbor) => gzipSync(encodeCbor(value)).length;

  it('gives every page a short distinct name and lists the files to rename', () => {
    const meta = metaWith(Array.from({ length: 40 }, (_, i) => [pagefindName(i), 300 + i, ''] as [string, number, string]));
    const moves = numberFragments(meta, 'en', '3fa2c91b');
    const names = (meta[1] as [string, number, string][]).map(([name]) => name);
    expect(new Set(names).size).toBe(40);
    expect(names[0]).toBe('en_3fa2c91b-0');
    expect(names[37]).toBe('en_3fa2c91b-11');
    expect(moves[5]).toEqual([pagefindName(5), names[5]]);
    expect((meta[1] as [string, number, string][])[5]![1]).toBe(305); // word counts untouched
  });

  it('leaves a page whose fragment is in a group file under its old name', () => {
    const meta = metaWith([[pagefindName(0), 10, ''], [pagefindName(1), 12, 'en_group1']]);
    expect(numberFragments(meta, 'en', 'abc')).toEqual([[pagefindName(0), 'en_abc-0']]);
    expect((meta[1] as [string, number, string][])[1]![0]).toBe(pagefindName(1));
  });

  it('makes the page list of a 1,000-page site several KB smaller once gzipped', () => {
    const pages = Array.from({ length: 1000 }, (_, i) => [pagefindName(i), 200 + ((i * 37) % 300), ''] as [string, number, string]);
    const meta = metaWith(pages.map((p) => [...p] as [string, number, string]));
    const before = gzipped(meta);
    numberFragments(meta, 'en', '3fa2c91b');
    expect(before - gzipped(meta)).toBeGreaterThan(3000);
  });

  it('changes the build id when any of the files it covers changes', () => {
    const a = buildId([Uint8Array.of(1, 2, 3), Uint8Array.of(4)]);
    expect(a).toMatch(/^[0-9a-f]{8}$/);
    expect(buildId([Uint8Array.of(1, 2, 3), Uint8Array.of(4)])).toBe(a);
    expect(buildId([Uint8Array.of(1, 2, 3), Uint8Array.of(5)])).not.toBe(a);
  });
});
