import { describe, expect, it } from 'vitest';
import {
  chunkRanges,
  chunkWords,
  decodeCbor,
  encodeChunk,
  encodeCbor,
  readWords,
  type Cbor,
} from '../../src/lib/pagefind-index';

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
