/**
 * Draws a link-preview card (layout in og-card.ts) as a 1200 × 630 PNG, at build time.
 * Cost matters because every page gets one (a library of 1,000 exercises means 1,000 images), so
 * a card normally makes no image-library call of its own:
 * - text is set from words Pango drew once per build (og-text.ts): a title or detail line is
 *   words seen on other cards, placed by hand; only a word not seen before goes to Pango;
 * - every pixel is a colour on one of four ramps, from a surface to an ink (text colours on the
 *   page background, white on the accent band), so the card is a palette image: 63 coverage
 *   steps per ramp, one byte a pixel, which is exact to within 1% of the ink's contrast;
 * - the fixed part (background, mark, wordmark, strapline) is drawn once with sharp and mapped
 *   to the palette; each card copies it, stamps its text's coverage as palette indices, and is
 *   encoded by indexed-png.ts.
 * - an exercise's movement figure is the one drawing sharp makes per card: its telltale key
 *   position as SVG in plain colours, rasterised (librsvg) at the size of its box only, each
 *   pixel mapped to the palette's nearest colour (remembered across cards) and copied in.
 * Measured in a build of 1,000 exercises on the 2-core build machine: ~1.6 ms of CPU per card,
 * new words included (~0.6 ms of it zlib), against ~9 ms when Pango drew each card's text and
 * sharp compressed it as RGB; ~19 KB a card against ~39 KB. A figure adds ~1.6 ms (BENCHMARKS.md).
 */
import sharp from 'sharp';
import { encodeIndexedPng } from './indexed-png';
import { OG_HEIGHT, OG_WIDTH, type OgCard } from '../lib/og-image';
import { telltaleStill } from '../lib/figure/still';
import type { Figure } from '../lib/figure/types';
import {
  cardLayers,
  detailLayer,
  FIGURE_BOX,
  OG_BACKGROUND_SVG,
  OG_COLOURS,
  OG_FIGURE_PAINT,
  OG_FIXED_LAYERS,
  OG_INKS,
  type OgInk,
  type TextLayer,
} from './og-card';
import { setText, WordCache, type TextBlock } from './og-text';

/** Coverage steps per ramp, not counting the bare surface: 4 ramps × 63 + the background ≤ 256. */
const STEPS = 63;

const rgb = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));

/**
 * The palette: the page background first, then each ink's ramp (coverage 1/63 … 63/63 of the ink
 * over its surface), and per ink a table from coverage (0–255) to palette index.
 */
function buildPalette() {
  const colours: number[][] = [rgb(OG_COLOURS.bg)];
  const ramps = {} as Record<OgInk, { first: number; surface: number; index: Uint8Array }>;
  for (const ink of Object.keys(OG_INKS) as OgInk[]) {
    const from = rgb(OG_INKS[ink].surface);
    const to = rgb(OG_INKS[ink].colour);
    const first = colours.length;
    for (let step = 1; step <= STEPS; step++) colours.push(from.map((c, i) => Math.round(c + ((to[i]! - c) * step) / STEPS)));
    const surface = colours.findIndex((c) => c.every((v, i) => v === from[i]));
    if (surface < 0) throw new Error(`${ink} is drawn on ${OG_INKS[ink].surface}, which is neither the background nor an ink`);
    const index = new Uint8Array(256);
    for (let a = 0; a < 256; a++) {
      const step = Math.round((a * STEPS) / 255);
      index[a] = step === 0 ? surface : first + step - 1;
    }
    ramps[ink] = { first, surface, index };
  }
  return { palette: Uint8Array.from(colours.flat()), colours, ramps };
}

const { palette: PALETTE, colours: COLOURS, ramps: RAMPS } = buildPalette();

/** The card's palette, as RGB triplets. */
export const OG_PALETTE: Uint8Array = PALETTE;

/** The palette index of the colour closest to `r, g, b`. */
function nearest(r: number, g: number, b: number): number {
  let best = 0;
  let bestDistance = Infinity;
  COLOURS.forEach(([pr, pg, pb], i) => {
    const d = (r - pr!) ** 2 + (g - pg!) ** 2 + (b - pb!) ** 2;
    if (d < bestDistance) [best, bestDistance] = [i, d];
  });
  return best;
}

/**
 * Stamps a text block's coverage onto palette pixels at (left, top), in `ink`. Where two words'
 * ink meets, the stronger coverage wins; whatever falls outside the card is clipped.
 */
export function stampText(pixels: Uint8Array, block: TextBlock, left: number, top: number, ink: OgInk): void {
  const { first, surface, index } = RAMPS[ink];
  for (const { image, x, y } of block.words) {
    const x0 = left + Math.round(x);
    const y0 = top + Math.round(y);
    const cols = Math.min(image.width, OG_WIDTH - x0);
    const rows = Math.min(image.height, OG_HEIGHT - y0);
    for (let row = Math.max(0, -y0); row < rows; row++) {
      const out = (y0 + row) * OG_WIDTH + x0;
      const src = row * image.width;
      for (let col = Math.max(0, -x0); col < cols; col++) {
        const a = image.mask[src + col]!;
        if (a === 0) continue;
        const next = index[a]!;
        const current = pixels[out + col]!;
        if (current === surface || (current >= first && current < next)) pixels[out + col] = next;
      }
    }
  }
}

/** Stamps a layer's set text where the layer says, in its ink. */
function stampLayer(pixels: Uint8Array, layer: TextLayer, block: TextBlock): void {
  stampText(pixels, block, layer.left, layer.top, layer.ink);
}

const words = new WordCache();

function setLayer(layer: TextLayer): Promise<TextBlock> {
  return setText(
    {
      text: layer.text,
      font: { bold: layer.bold, size: layer.size, letterSpacing: layer.letterSpacing },
      width: layer.width,
      maxHeight: layer.maxHeight,
      oneLine: layer.letterSpacing !== undefined,
    },
    words,
  );
}

let background: Promise<Uint8Array> | undefined;
/** The card being drawn: the background copied in, then its text stamped on. */
const scratch = new Uint8Array(OG_WIDTH * OG_HEIGHT);

/** The fixed part of every card as palette indices, drawn on first use. */
function fixedBackground(): Promise<Uint8Array> {
  background ??= (async () => {
    const rgbPixels = await sharp(Buffer.from(OG_BACKGROUND_SVG)).removeAlpha().raw().toBuffer();
    const pixels = new Uint8Array(OG_WIDTH * OG_HEIGHT);
    const seen = new Map<number, number>();
    for (let i = 0, p = 0; i < pixels.length; i++, p += 3) {
      const key = (rgbPixels[p]! << 16) | (rgbPixels[p + 1]! << 8) | rgbPixels[p + 2]!;
      let index = seen.get(key);
      if (index === undefined) seen.set(key, (index = nearest(rgbPixels[p]!, rgbPixels[p + 1]!, rgbPixels[p + 2]!)));
      pixels[i] = index;
    }
    const texts = await Promise.all(OG_FIXED_LAYERS.map(setLayer));
    OG_FIXED_LAYERS.forEach((layer, i) => stampLayer(pixels, layer, texts[i]!));
    return pixels;
  })();
  return background;
}

/** Palette indices of the figures' colours (RGBA, as drawn over the background), worked out once for every card. */
const figureColours = new Map<number, number>();

/**
 * A figure drawn into FIGURE_BOX as palette indices, one per pixel of the box, -1 where nothing
 * is drawn: standing on the box's bottom edge, as large as the box allows.
 */
export async function figureStamp(figure: Figure): Promise<Int16Array> {
  const { width, height } = FIGURE_BOX;
  const still = telltaleStill(figure, OG_FIGURE_PAINT);
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="${still.viewBox}" preserveAspectRatio="xMidYMax meet">${still.markup}</svg>`;
  const rgba = await sharp(Buffer.from(svg)).ensureAlpha().raw().toBuffer();
  const [br, bg, bb] = rgb(OG_COLOURS.bg);
  const stamp = new Int16Array(width * height).fill(-1);
  // Each pixel read as one 32-bit word (its four bytes, whatever the machine's byte order): most
  // of the box is empty, and this loop runs for every pixel of every exercise's card.
  const words =
    rgba.byteOffset % 4 === 0
      ? new Uint32Array(rgba.buffer, rgba.byteOffset, stamp.length)
      : new Uint32Array(rgba.buffer.slice(rgba.byteOffset, rgba.byteOffset + stamp.length * 4));
  // Runs of one colour are the rule (a limb's inside), so the last colour's index is kept at hand.
  let lastKey = -1;
  let lastIndex = 0;
  for (let i = 0; i < stamp.length; i++) {
    const key = words[i]!;
    if (key === 0) continue;
    if (key !== lastKey) {
      lastKey = key;
      const cached = figureColours.get(key);
      if (cached !== undefined) lastIndex = cached;
      else {
        // Over the card's background, which is all the box holds.
        const p = i * 4;
        const a = rgba[p + 3]!;
        const over = (c: number, under: number) => Math.round((c * a + under * (255 - a)) / 255);
        figureColours.set(key, (lastIndex = nearest(over(rgba[p]!, br!), over(rgba[p + 1]!, bg!), over(rgba[p + 2]!, bb!))));
      }
    }
    if (rgba[i * 4 + 3] !== 0) stamp[i] = lastIndex;
  }
  return stamp;
}

/** Copies a figure's stamp into the card at FIGURE_BOX. */
function stampFigure(pixels: Uint8Array, stamp: Int16Array): void {
  const { left, top, width, height } = FIGURE_BOX;
  for (let row = 0; row < height; row++) {
    const out = (top + row) * OG_WIDTH + left;
    for (let col = 0; col < width; col++) {
      const index = stamp[row * width + col]!;
      if (index >= 0) pixels[out + col] = index;
    }
  }
}

/** One page's preview image as PNG bytes; an exercise's shows its movement figure. */
export async function renderOgImage(card: OgCard, figure?: Figure): Promise<Buffer> {
  const layers = cardLayers(card, !!figure);
  const [fixed, kicker, title, art] = await Promise.all([
    fixedBackground(),
    layers.kicker ? setLayer(layers.kicker) : undefined,
    setLayer(layers.title),
    figure ? figureStamp(figure) : undefined,
  ]);
  const detailSpec = detailLayer(card, title.height, !!figure);
  const detail = detailSpec ? await setLayer(detailSpec) : undefined;

  // From here to the end nothing awaits, so cards rendered concurrently can share one buffer.
  scratch.set(fixed);
  if (art) stampFigure(scratch, art);
  if (layers.kicker && kicker) stampLayer(scratch, layers.kicker, kicker);
  stampLayer(scratch, layers.title, title);
  if (detailSpec && detail) stampLayer(scratch, detailSpec, detail);
  return encodeIndexedPng({ width: OG_WIDTH, height: OG_HEIGHT, palette: PALETTE, pixels: scratch });
}
