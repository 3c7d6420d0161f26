import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { FIGURE_BOX, OG_COLOURS, TITLE_TOP } from '../../src/build/og-card';
import { OG_PALETTE, renderOgImage, stampText } from '../../src/build/og-render';
import type { TextBlock } from '../../src/build/og-text';
import { OG_HEIGHT, OG_WIDTH, primaryMusclesLine } from '../../src/lib/og-image';
import { readFigures } from '../helpers/figures';

const rgb = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
const colour = (index: number) => [...OG_PALETTE.subarray(index * 3, index * 3 + 3)];

/** A block of one "word": three pixels in a row, fully, half and not covered. */
const block: TextBlock = {
  words: [{ image: { mask: Uint8Array.from([255, 128, 0]), width: 3, height: 1, dx: 0, dy: 0, advance: 3 }, x: 0, y: 0 }],
  width: 3,
  height: 1,
  lines: 1,
  size: 10,
};

describe('stamping text onto the card', () => {
  const card = () => new Uint8Array(OG_WIDTH * OG_HEIGHT); // all background (palette entry 0)
  const at = (pixels: Uint8Array, x: number, y: number) => colour(pixels[y * OG_WIDTH + x]!);

  it('puts the ink where the text is covered, a mix where it is partly so, and leaves the rest', () => {
    const pixels = card();
    stampText(pixels, block, 10, 5, 'fg');
    expect(colour(0)).toEqual(rgb(OG_COLOURS.bg));
    expect(at(pixels, 10, 5)).toEqual(rgb(OG_COLOURS.fg));
    const [bg, fg] = [rgb(OG_COLOURS.bg), rgb(OG_COLOURS.fg)];
    at(pixels, 11, 5).forEach((c, i) => expect(Math.abs(c - (bg[i]! + fg[i]!) / 2)).toBeLessThanOrEqual(3));
    expect(at(pixels, 12, 5)).toEqual(bg);
  });

  it('draws white text on the accent band as white over the accent', () => {
    const pixels = card();
    stampText(pixels, block, 0, 0, 'accent'); // accent where the text is covered…
    stampText(pixels, block, 0, 0, 'onAccent'); // …then white over it
    expect(at(pixels, 0, 0)).toEqual([255, 255, 255]);
  });

  it('keeps the stronger coverage where two words overlap', () => {
    const pixels = card();
    stampText(pixels, block, 10, 5, 'fg');
    stampText(pixels, block, 9, 5, 'fg'); // its half-covered pixel lands on the fully covered one
    expect(at(pixels, 10, 5)).toEqual(rgb(OG_COLOURS.fg));
  });

  it('clips text that runs past the right or bottom edge instead of wrapping it onto the next row', () => {
    const pixels = card();
    stampText(pixels, block, OG_WIDTH - 1, 0, 'fg');
    expect(at(pixels, OG_WIDTH - 1, 0)).toEqual(rgb(OG_COLOURS.fg));
    expect(at(pixels, 0, 1)).toEqual(rgb(OG_COLOURS.bg));
    expect(() => stampText(pixels, block, 0, OG_HEIGHT, 'fg')).not.toThrow();
  });

  it('has at most 256 palette colours', () => {
    expect(OG_PALETTE.length / 3).toBeLessThanOrEqual(256);
  });
});

describe('the rendered card', () => {
  it('is a 1200 × 630 opaque palette PNG, even for a title too long for three lines', async () => {
    const png = await renderOgImage({
      path: '/exercises/x/',
      title: 'A very long exercise name that goes on '.repeat(6),
      kicker: 'Exercise',
      detail: primaryMusclesLine(['quadriceps', 'glutes', 'adductors', 'hamstrings', 'calves']),
    });
    const meta = await sharp(png).metadata();
    expect([meta.format, meta.width, meta.height, meta.hasAlpha, meta.isPalette]).toEqual(['png', OG_WIDTH, OG_HEIGHT, false, true]);
  });

  it('shows the background, the band, the mark and the title in the site’s colours', async () => {
    const png = await renderOgImage({ path: '/exercises/plank/', title: 'Plank', kicker: 'Exercise' });
    const { data } = await sharp(png).raw().toBuffer({ resolveWithObject: true });
    const at = (x: number, y: number) => [...data.subarray((y * OG_WIDTH + x) * 3, (y * OG_WIDTH + x) * 3 + 3)];
    expect(at(5, 5)).toEqual(rgb(OG_COLOURS.bg));
    expect(at(5, OG_HEIGHT - 5)).toEqual(rgb(OG_COLOURS.accent));
    expect(at(82, 58 + 40)).toEqual(rgb(OG_COLOURS.accent)); // inside the mark's rounded square
    // The title's "P" starts with a solid stem at the title's top-left corner.
    expect(at(85, TITLE_TOP + 20)).toEqual(rgb(OG_COLOURS.fg));
  });

  it('is smaller than an RGB card would be', async () => {
    const png = await renderOgImage({ path: '/guides/x/', title: 'How should strength training change through the running year?', kicker: 'Guide' });
    expect(png.length).toBeLessThan(30_000);
  });

  it('shows an exercise’s movement figure at the right, in the body’s ink, standing above the band', async () => {
    const goblet = readFigures().find((f) => f.slug === 'goblet-squat')!.figure;
    const card = { path: '/exercises/goblet-squat/', title: 'Goblet squat', kicker: 'Exercise' };
    const inkRows = async (png: Buffer) => {
      const { data } = await sharp(png).raw().toBuffer({ resolveWithObject: true });
      const ink = rgb(OG_COLOURS.fg);
      const rows: number[] = [];
      for (let y = 0; y < OG_HEIGHT; y++) {
        for (let x = FIGURE_BOX.left; x < FIGURE_BOX.left + FIGURE_BOX.width; x++) {
          const p = (y * OG_WIDTH + x) * 3;
          if (data[p] === ink[0] && data[p + 1] === ink[1] && data[p + 2] === ink[2]) {
            rows.push(y);
            break;
          }
        }
      }
      return rows;
    };
    expect(await inkRows(await renderOgImage(card))).toEqual([]);
    const rows = await inkRows(await renderOgImage(card, goblet));
    // A squatting figure fills most of the box's height and keeps inside it.
    expect(rows.length).toBeGreaterThan(FIGURE_BOX.height / 2);
    expect(Math.min(...rows)).toBeGreaterThanOrEqual(FIGURE_BOX.top);
    expect(Math.max(...rows)).toBeLessThan(FIGURE_BOX.top + FIGURE_BOX.height);
  });
});
