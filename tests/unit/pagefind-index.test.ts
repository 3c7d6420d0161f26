import { describe, expect, it } from 'vitest';
import {
  chunkRanges,
  chunkWords,
  contentNames,
  decodeCbor,
  encodeChunk,
  encodeCbor,
  readWords,
  drawFigureIn,
  titleRow,
  trimFragment,
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
  // Words as Pagefind sorts them, with sizes (positions plus one per page).
  const vocabulary = (count: number, size: (i: number) => number) =>
    Array.from({ length: count }, (_, i) => ({ word: `w${String(i).padStart(4, '0')}`, size: size(i) }));
  const words = vocabulary(2000, (i) => 20 + ((i * 37) % 180));
  const limits = { min: 1000, max: 2000, every: 4, alone: 1500 };

  it('keeps every word once and in order, in chunks between the bounds', () => {
    const chunks = chunkWords(words, limits);
    expect(chunks.flat()).toEqual(words);
    const sizes = chunks.map((c) => c.reduce((sum, w) => sum + w.size, 0));
    expect(sizes.slice(0, -1).every((size) => size >= limits.min && size < limits.max + 200)).toBe(true);
  });

  it('gives a word as big as `alone` a chunk of its own', () => {
    const chunks = chunkWords([...words.slice(0, 30), { word: 'w0030x', size: 5000 }, ...words.slice(30, 60)], limits);
    expect(chunks.find((c) => c.some((w) => w.word === 'w0030x'))).toEqual([{ word: 'w0030x', size: 5000 }]);
  });

  it('moves no chunk boundary far from a word that grew, so an edit changes few chunks', () => {
    const before = chunkWords(words, limits);
    const grown = words.map((w) => (w.word === 'w0500' ? { ...w, size: w.size + 3 } : w));
    const after = chunkWords(grown, limits);
    const key = (chunks: typeof before) => chunks.map((c) => c.map((w) => `${w.word}:${w.size}`).join(' '));
    const changed = key(after).filter((chunk) => !key(before).includes(chunk));
    expect(changed.length).toBeGreaterThan(0);
    expect(changed.length).toBeLessThanOrEqual(2);
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

describe('file names from content', () => {
  const bytes = (text: string) => new TextEncoder().encode(text);
  const files = Array.from({ length: 3000 }, (_, i) => bytes(`fragment ${i}`));

  it('are short, base 32, with the language in front, and unique in a build', () => {
    const names = contentNames('en', files, 20);
    expect(new Set(names).size).toBe(files.length);
    expect(names.filter((name) => /^en_[0-9a-v]{4}$/.test(name)).length).toBeGreaterThan(2900);
    expect(names.every((name) => /^en_[0-9a-v]{4,}$/.test(name))).toBe(true);
  });

  it('stay the same for the same content, whatever else changes', () => {
    const names = contentNames('en', files, 20);
    const edited = [...files];
    edited[1234] = bytes('fragment 1234, edited');
    const after = contentNames('en', edited, 20);
    const renamed = after.filter((name, i) => name !== names[i]);
    expect(renamed).toEqual([after[1234]]);
  });

  it('grow a digit where two files would share one', () => {
    // Found by search: two contents whose names agree in their first four digits.
    const seen = new Map<string, number>();
    let pair: [number, number] | undefined;
    for (let i = 0; !pair; i++) {
      const [name] = contentNames('en', [bytes(`x${i}`)], 20);
      if (seen.has(name!)) pair = [seen.get(name!)!, i];
      else seen.set(name!, i);
    }
    const alone = contentNames('en', [bytes(`x${pair[0]}`)], 20)[0]!;
    const names = contentNames('en', [bytes(`x${pair[0]}`), bytes(`x${pair[1]}`)], 20);
    expect(names[0]).not.toBe(names[1]);
    expect(names[0]!.startsWith(alone) && names[0]!.length > alone.length).toBe(true);
    expect(names[1]!.slice(0, alone.length)).toBe(alone);
  });
});

describe('trimFragment', () => {
  it('keeps the headings and titled anchors Pagefind makes sub-results of, and drops the rest', () => {
    const fragment = {
      url: '/exercises/plank/',
      content: 'Plank. Technique cues. 1Brace.',
      word_count: 5,
      meta: { title: 'Plank' },
      filters: { level: ['Beginner'] },
      anchors: [
        { element: 'h2', id: 'cues', text: 'Technique cues', location: 1 },
        { element: 'li', id: 'cue-1', text: '1Brace.', location: 3 },
        { element: 'div', id: 'note', title: 'A note', text: '', location: 4 },
      ],
    };
    expect(trimFragment(fragment)).toEqual({
      url: '/exercises/plank/',
      content: 'Plank. Technique cues. 1Brace.',
      word_count: 5,
      meta: { title: 'Plank' },
      anchors: [
        { element: 'h2', id: 'cues', text: 'Technique cues', location: 1 },
        { element: 'div', id: 'note', title: 'A note', text: '', location: 4 },
      ],
    });
  });
});

describe('trimFragment and the meta fields', () => {
  it('drops the fields that only rank (searchBoost words, misspellings, body areas) and keeps what a result shows', () => {
    const fragment = {
      url: '/exercises/plank/',
      meta: { title: 'Plank', names: 'front plank', description: 'Hold a straight line.', boost: 'plank', terms: 'planks', areas: 'Lower back', kind: 'Exercise' },
    };
    expect(trimFragment(fragment).meta).toEqual({ title: 'Plank', names: 'front plank', description: 'Hold a straight line.', kind: 'Exercise' });
  });
});

describe('drawFigureIn', () => {
  const still = '<svg viewBox="0 0 10 10"><path d="M0 0L1 1"/></svg>';

  it('replaces the address of a page’s still figure by the drawing itself', () => {
    const read: string[] = [];
    const fragment = { url: '/exercises/plank/', meta: { title: 'Plank', figure: '/figures/plank.svg#still' } };
    expect(drawFigureIn(fragment, (href) => (read.push(href), still))).toEqual({ url: '/exercises/plank/', meta: { title: 'Plank', figure: still } });
    expect(read).toEqual(['/figures/plank.svg#still']);
  });

  it('leaves a page without a figure as it is', () => {
    const fragment = { url: '/guides/warm-up/', meta: { title: 'Warm-up' } };
    expect(drawFigureIn(fragment, () => still)).toBe(fragment);
  });
});

describe('titleRow', () => {
  it('keeps what a result shows before its fragment arrives: address, title, other names, kind, whether it has a figure', () => {
    const plank = { url: '/exercises/plank/', meta: { title: 'Plank', names: 'front plank', figure: '<svg></svg>', description: 'Hold a straight line.' } };
    expect(titleRow('en_a1', plank)).toEqual(['en_a1', '/exercises/plank/', 'Plank', 'front plank', '', 1]);
    const area = { url: '/areas/it-band/', meta: { title: 'IT band', kind: 'Body area' } };
    expect(titleRow('en_b2', area)).toEqual(['en_b2', '/areas/it-band/', 'IT band', '', 'Body area', 0]);
  });

  it('names the fragment that has no address', () => {
    expect(() => titleRow('en_c3', { meta: { title: 'Lost' } })).toThrow(/en_c3/);
  });
});
