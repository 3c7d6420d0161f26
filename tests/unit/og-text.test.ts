import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import {
  escapeMarkup,
  pangoFont,
  pangoRasteriser,
  pieces,
  setText,
  WordCache,
  wrap,
  type FontSpec,
  type Rasteriser,
  type WordImage,
} from '../../src/build/og-text';

/**
 * A stand-in for Pango: every letter is a solid box `size` × 0.6 wide and 0.7 × `size` tall, the
 * space 0.3 × `size`, lines 1.2 × `size` apart; it records each word it is asked to draw.
 */
function boxes() {
  const drawn: string[] = [];
  const rasteriser: Rasteriser = {
    async metrics({ size }) {
      return { space: Math.round(size * 0.3), lineHeight: Math.round(size * 1.2) };
    },
    async words(words, { size }) {
      drawn.push(...words);
      return words.map((word): WordImage => {
        const width = Math.round(word.length * size * 0.6);
        const height = Math.round(size * 0.7);
        return { mask: new Uint8Array(width * height).fill(255), width, height, dx: 0, dy: Math.round(size * 0.2), advance: width };
      });
    },
  };
  return { rasteriser, drawn };
}

const bold = (size: number): FontSpec => ({ bold: true, size });

describe('where lines may break', () => {
  it('splits at spaces and after hyphens inside words, but not before numbers', () => {
    expect(pieces('Single-leg  glute bridge')).toEqual([
      { text: 'Single-', spaceBefore: true },
      { text: 'leg', spaceBefore: false },
      { text: 'glute', spaceBefore: true },
      { text: 'bridge', spaceBefore: true },
    ]);
    expect(pieces('3-5 reps, -10 s').map((p) => p.text)).toEqual(['3-5', 'reps,', '-10', 's']);
  });

  it('fills each line greedily and starts a new one when the next piece would pass the width', () => {
    // advances 40, 40, 40 with spaces of 10: two fit in 100, the third goes on a second line
    expect(wrap([40, 40, 40], [true, true, true], 10, 100)).toEqual([[0, 1], [2]]);
    // no space after a hyphen: 40 + 50 fits in 90 exactly
    expect(wrap([40, 50], [true, false], 10, 90)).toEqual([[0, 1]]);
    // a piece wider than the width still gets a line of its own
    expect(wrap([150, 20], [true, true], 10, 100)).toEqual([[0], [1]]);
  });
});

describe('setting a block of text', () => {
  it('wraps a long title into several lines, each within the width', async () => {
    const { rasteriser } = boxes();
    const block = await setText(
      { text: 'Half-kneeling single-arm cable Pallof press with a long pause', font: bold(20), width: 300 },
      new WordCache(rasteriser),
    );
    expect(block.lines).toBeGreaterThan(2);
    expect(block.width).toBeLessThanOrEqual(300);
    for (const word of block.words) expect(word.x + word.image.width).toBeLessThanOrEqual(300);
    expect(block.height).toBe((block.lines - 1) * 24 + 14); // line height 24, letters 14 tall
    expect(block.size).toBe(20);
  });

  it('sets a very long title smaller, so the block fits its maximum height', async () => {
    const { rasteriser } = boxes();
    const text = 'A very long exercise name that goes on '.repeat(6);
    const cache = new WordCache(rasteriser);
    const unlimited = await setText({ text, font: bold(72), width: 1040 }, cache);
    const fitted = await setText({ text, font: bold(72), width: 1040, maxHeight: 250 }, cache);
    expect(unlimited.height).toBeGreaterThan(250);
    expect(fitted.height).toBeLessThanOrEqual(250);
    expect(fitted.width).toBeLessThanOrEqual(1040);
    expect(fitted.size).toBeLessThan(72);
    // As large as fits: at 72 points one dpi is one pixel of size, and one more would not fit.
    const larger = await setText({ text, font: bold(fitted.size + 1), width: 1040 }, cache);
    expect(larger.height > 250 || larger.width > 1040).toBe(true);
  });

  it('keeps text that fits at the size asked for', async () => {
    const { rasteriser } = boxes();
    const block = await setText({ text: 'Plank', font: bold(72), width: 1040, maxHeight: 250 }, new WordCache(rasteriser));
    expect([block.size, block.lines]).toEqual([72, 1]);
  });

  it('places the ink of the block at its top-left corner', async () => {
    const { rasteriser } = boxes();
    const block = await setText({ text: 'Glute bridge', font: bold(20), width: 1040 }, new WordCache(rasteriser));
    expect(Math.min(...block.words.map((w) => w.x))).toBe(0);
    expect(Math.min(...block.words.map((w) => w.y))).toBe(0);
    expect(block.words.map((w) => w.x)).toEqual([0, 60 + 6]); // "Glute" is 60 wide, then a space of 6
  });
});

describe('the word cache', () => {
  it('draws a word that recurs across texts only once per font', async () => {
    const { rasteriser, drawn } = boxes();
    const cache = new WordCache(rasteriser);
    await setText({ text: 'Primary muscles: Glutes and Calves', font: bold(30), width: 1040 }, cache);
    await setText({ text: 'Primary muscles: Calves and Glutes', font: bold(30), width: 1040 }, cache);
    await setText({ text: 'Glutes, glutes and more Glutes', font: bold(30), width: 1040 }, cache);
    expect(drawn.filter((w) => w === 'Glutes')).toHaveLength(1);
    expect(drawn.filter((w) => w === 'and')).toHaveLength(1);
    await setText({ text: 'Glutes', font: bold(40), width: 1040 }, cache);
    expect(drawn.filter((w) => w === 'Glutes')).toHaveLength(2);
  });

  it('asks for the words of one text together, and for each only once while it is being drawn', async () => {
    const calls: string[][] = [];
    const { rasteriser } = boxes();
    const cache = new WordCache({ ...rasteriser, words: (words, font) => (calls.push([...words]), rasteriser.words(words, font)) });
    await Promise.all([cache.words(['a', 'b', 'a'], bold(10)), cache.words(['b', 'c'], bold(10))]);
    expect(calls).toEqual([['a', 'b'], ['c']]);
  });
});

describe('words drawn by Pango', () => {
  it('escapes text so an ampersand or angle bracket cannot break the Pango markup', () => {
    expect(escapeMarkup(`Sets, reps & "load" <1RM>`)).toBe('Sets, reps &amp; &quot;load&quot; &lt;1RM&gt;');
  });

  it('names the font as Pango expects, sizes in points', () => {
    expect(pangoFont({ bold: true, size: 72 })).toBe('DejaVu Sans Bold 72');
    expect(pangoFont({ bold: false, size: 30 * (70 / 72) })).toBe('DejaVu Sans 29.1667');
  });

  it('places words as Pango sets the whole line', async () => {
    const font = { bold: true, size: 54 };
    const text = 'Tempo single-arm cable row & press';
    const block = await setText({ text, font, width: 2000 }, new WordCache(pangoRasteriser));
    const { data, info } = await sharp({ text: { text: escapeMarkup(text), font: pangoFont(font), rgba: false } })
      .extractChannel(0)
      .raw()
      .toBuffer({ resolveWithObject: true });
    expect([block.width, block.height]).toEqual([info.width, info.height]);
    // Every word's coverage is where Pango put it, to within one level of coverage.
    let worst = 0;
    for (const { image, x, y } of block.words) {
      for (let row = 0; row < image.height; row++) {
        for (let col = 0; col < image.width; col++) {
          const ours = image.mask[row * image.width + col]!;
          const pango = data[(y + row) * info.width + x + col]!;
          if (ours) worst = Math.max(worst, Math.abs(ours - pango));
        }
      }
    }
    expect(worst).toBeLessThanOrEqual(1);
  });

  it('measures a word’s advance and keeps it for the next word', async () => {
    const [word] = await pangoRasteriser.words(['Squat'], { bold: true, size: 72 });
    const { space } = await pangoRasteriser.metrics({ bold: true, size: 72 });
    expect(word!.advance).toBeGreaterThan(word!.width - 5);
    expect(Number.isInteger(word!.advance) && Number.isInteger(space)).toBe(true);
    expect(word!.mask.some((v) => v === 255)).toBe(true);
  });
});
