/**
 * Text for the link-preview cards, set from words that Pango draws once each.
 *
 * Card titles and detail lines come from a small vocabulary (exercise names, muscle labels), so
 * each distinct word is rasterised once per font with Pango through sharp (system fonts via
 * fontconfig, never a remote font) and kept as a coverage mask; lines are then laid out here.
 * The rules follow what Pango does when it sets the whole text itself, so a card looks as if it had:
 * - Pango's hinted metrics put every glyph on whole pixels, so a word's advance, the space's and
 *   the line height are whole numbers and words can be placed exactly where Pango would put them;
 * - lines break greedily at spaces and after hyphens (Pango's word wrap, after Unicode's line
 *   breaking rules: "single-|leg"), and a line ends where the next piece would pass the width;
 * - text taller than its box is set smaller, like libvips' autofit (which sharp uses when given a
 *   height): the largest whole dpi below 72 at which the ink fits the width and height;
 * - a block is positioned by its ink's top-left corner, as sharp crops text to its ink.
 * Two small differences remain: kerning across a space or after a hyphen is lost (DejaVu Sans has
 * almost none there), and the ink box here is the drawn pixels, where Pango's is the glyph
 * outlines rounded out, so a line starting with a round letter ("S" at 30 px) can sit a pixel
 * further left than sharp would put it.
 */
import sharp from 'sharp';
import { OG_FONT } from './og-card';

export interface FontSpec {
  bold: boolean;
  /** Pixels (Pango points at 72 dpi); need not be whole. */
  size: number;
  /** Extra space after each letter, in pixels. */
  letterSpacing?: number;
}

/** One word as Pango draws it. */
export interface WordImage {
  /** Coverage 0–255, width × height, row by row; cropped to the ink. */
  mask: Uint8Array;
  width: number;
  height: number;
  /** The ink's top-left corner relative to the pen position and the top of the line. */
  dx: number;
  dy: number;
  /** How far the word moves the pen. */
  advance: number;
}

export interface FontMetrics {
  /** The advance of a space. */
  space: number;
  /** From one line's top to the next one's. */
  lineHeight: number;
}

/** What draws words: Pango through sharp in the build, a stand-in in tests. */
export interface Rasteriser {
  metrics(font: FontSpec): Promise<FontMetrics>;
  words(words: readonly string[], font: FontSpec): Promise<WordImage[]>;
}

// --- Pango, through sharp ----------------------------------------------------------------------

/**
 * sharp crops text to its ink and does not say where the ink sat, so each word is drawn between
 * two anchors: U+2588 FULL BLOCK, whose ink fills the line from top to bottom (DejaVu's block
 * spans the font's ascent and descent). Drawn at 1/255 opacity they stay in Pango's ink box, mark
 * the line's top and the pen positions before and after the word, and add at most 1 to its coverage.
 */
const ANCHOR = '█';
const GHOST = `<span fgalpha="257">${ANCHOR}</span>`;
/** Largest number of words drawn in one image. */
const BATCH = 48;

/** Pango markup is XML: these five characters must be escaped in any text it draws. */
export function escapeMarkup(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&${{ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot', "'": 'apos' }[c]};`);
}

/** The Pango font description, e.g. "DejaVu Sans Bold 72". */
export function pangoFont(font: FontSpec): string {
  return `${OG_FONT}${font.bold ? ' Bold' : ''} ${Number(font.size.toFixed(4))}`;
}

function wordMarkup(word: string, font: FontSpec): string {
  const text = escapeMarkup(word);
  // letter_spacing is in Pango units: 1/1024 of a point, which is a pixel at 72 dpi.
  return font.letterSpacing ? `<span letter_spacing="${Math.round(font.letterSpacing * 1024)}">${text}</span>` : text;
}

interface Coverage {
  data: Uint8Array;
  width: number;
  height: number;
}

async function coverage(markup: string, font: FontSpec): Promise<Coverage> {
  const { data, info } = await sharp({ text: { text: markup, font: pangoFont(font), rgba: false } })
    .extractChannel(0)
    .raw()
    .toBuffer({ resolveWithObject: true });
  return { data, width: info.width, height: info.height };
}

interface AnchorMetrics extends FontMetrics {
  anchorAdvance: number;
}

const anchorMetrics = new Map<string, Promise<AnchorMetrics>>();

/** Metrics from the widths and heights of anchors: eleven in a row, ten spaces apart, eleven lines. */
function measure(font: FontSpec): Promise<AnchorMetrics> {
  const key = pangoFont(font);
  let metrics = anchorMetrics.get(key);
  if (!metrics) {
    metrics = (async () => {
      const [one, row, spaced, column] = await Promise.all(
        [ANCHOR, ANCHOR.repeat(11), `${ANCHOR}${' '.repeat(10)}${ANCHOR}`, Array(11).fill(ANCHOR).join('\n')].map(
          (markup) => coverage(markup, { bold: font.bold, size: font.size }),
        ),
      );
      const anchorAdvance = (row.width - one.width) / 10;
      return {
        anchorAdvance,
        space: (spaced.width - one.width - anchorAdvance) / 10,
        lineHeight: (column.height - one.height) / 10,
      };
    })();
    anchorMetrics.set(key, metrics);
  }
  return metrics;
}

async function drawWords(words: readonly string[], font: FontSpec): Promise<WordImage[]> {
  const out: WordImage[] = [];
  for (let start = 0; start < words.length; start += BATCH) {
    const batch = words.slice(start, start + BATCH);
    const metrics = await measure(font);
    const image = await coverage(batch.map((w) => `${GHOST}${wordMarkup(w, font)}${GHOST}`).join('\n'), font);
    out.push(...batch.map((word, line) => cutWord(image, line, metrics, word, font)));
  }
  return out;
}

/** Line `line` of an image of anchored words: the word's mask, where its ink sits, its advance. */
function cutWord(
  { data, width, height }: Coverage,
  line: number,
  metrics: AnchorMetrics,
  word: string,
  font: FontSpec,
): WordImage {
  const lineHeight = metrics.lineHeight;
  // The first line's anchor is the top-left of the ink (nothing is drawn left of it or above it).
  let firstTop = 0;
  while (firstTop < height && data[firstTop * width + 1]! === 0) firstTop++;
  const top = firstTop + line * lineHeight;
  const bottom = Math.min(top + lineHeight, height);

  // Anchor columns are inked on every inner row of the line; a word's glyphs never are.
  const full = new Uint8Array(width);
  for (let x = 0; x < width; x++) {
    let inked = 1;
    for (let y = top + 2; y < bottom - 2; y++) {
      if (data[y * width + x]! === 0) {
        inked = 0;
        break;
      }
    }
    full[x] = inked;
  }
  const before = full.indexOf(1);
  let after = full.lastIndexOf(1);
  while (after > 0 && full[after - 1]) after--;
  if (before < 0 || after <= before) throw new Error(`could not find the anchors around “${word}” in ${pangoFont(font)}`);
  const pen = before + metrics.anchorAdvance;

  // The word's ink: coverage of 2 and more once the anchors' 1 is taken off their columns.
  const value = (x: number, y: number) => {
    const v = data[y * width + x]! - full[x]!;
    return v >= 2 ? v : 0;
  };
  let left = width;
  let right = -1;
  let inkTop = bottom;
  let inkBottom = -1;
  for (let y = top; y < bottom; y++) {
    for (let x = before; x < width; x++) {
      if (!value(x, y)) continue;
      if (x < left) left = x;
      if (x > right) right = x;
      if (y < inkTop) inkTop = y;
      if (y > inkBottom) inkBottom = y;
    }
  }
  const advance = after - before - metrics.anchorAdvance;
  if (right < 0) return { mask: new Uint8Array(0), width: 0, height: 0, dx: 0, dy: 0, advance };
  const w = right - left + 1;
  const h = inkBottom - inkTop + 1;
  const mask = new Uint8Array(w * h);
  for (let y = 0; y < h; y++) for (let x = 0; x < w; x++) mask[y * w + x] = value(left + x, inkTop + y);
  return { mask, width: w, height: h, dx: left - pen, dy: inkTop - top, advance };
}

/** Draws words with Pango, as sharp's text input does, several to an image. */
export const pangoRasteriser: Rasteriser = {
  async metrics(font) {
    const { space, lineHeight } = await measure(font);
    return { space, lineHeight };
  },
  words: drawWords,
};

// --- the cache ---------------------------------------------------------------------------------

/** Words drawn once per font and kept; words missing from a request are drawn together. */
export class WordCache {
  #rasteriser: Rasteriser;
  #fonts = new Map<string, { metrics: Promise<FontMetrics>; words: Map<string, Promise<WordImage>> }>();

  constructor(rasteriser: Rasteriser = pangoRasteriser) {
    this.#rasteriser = rasteriser;
  }

  #font(font: FontSpec) {
    const key = `${pangoFont(font)}/${font.letterSpacing ?? 0}`;
    let entry = this.#fonts.get(key);
    if (!entry) {
      entry = { metrics: this.#rasteriser.metrics(font), words: new Map() };
      this.#fonts.set(key, entry);
    }
    return entry;
  }

  metrics(font: FontSpec): Promise<FontMetrics> {
    return this.#font(font).metrics;
  }

  words(words: readonly string[], font: FontSpec): Promise<WordImage[]> {
    const { words: cached } = this.#font(font);
    const missing = [...new Set(words.filter((w) => !cached.has(w)))];
    if (missing.length) {
      const drawn = this.#rasteriser.words(missing, font);
      missing.forEach((w, i) => cached.set(w, drawn.then((images) => images[i]!)));
    }
    return Promise.all(words.map((w) => cached.get(w)!));
  }
}

// --- layout ------------------------------------------------------------------------------------

/** A stretch of text a line may end after: a word, or the part of one up to a hyphen. */
export interface Piece {
  text: string;
  /** Whether a space separates it from the piece before (not after a hyphen). */
  spaceBefore: boolean;
}

/**
 * Splits text where Pango may break a line: at spaces, and after a hyphen that follows a letter
 * or digit and precedes a letter (Unicode line breaking: no break before digits, "−5").
 */
export function pieces(text: string): Piece[] {
  const out: Piece[] = [];
  for (const word of text.split(/\s+/).filter(Boolean)) {
    word.split(/(?<=[\p{L}\p{N}]-)(?=\p{L})/u).forEach((part, i) => out.push({ text: part, spaceBefore: i === 0 }));
  }
  return out;
}

/**
 * Greedy line filling, as Pango's word wrap: each line takes pieces while they fit the width
 * (a space at the end of a line does not count); a piece wider than the width gets a line of its own.
 * Returns each line's piece indices.
 */
export function wrap(advances: readonly number[], spaceBefore: readonly boolean[], space: number, width: number): number[][] {
  const lines: number[][] = [];
  let line: number[] = [];
  let x = 0;
  advances.forEach((advance, i) => {
    const gap = line.length && spaceBefore[i] ? space : 0;
    if (line.length && x + gap + advance > width) {
      lines.push(line);
      line = [i];
      x = advance;
    } else {
      line.push(i);
      x += gap + advance;
    }
  });
  if (line.length) lines.push(line);
  return lines;
}

/** A word placed in a block: its ink's top-left corner relative to the block's ink box. */
export interface PlacedWord {
  image: WordImage;
  x: number;
  y: number;
}

export interface TextBlock {
  words: PlacedWord[];
  /** The ink box. */
  width: number;
  height: number;
  lines: number;
  /** The font size the text ended up set in. */
  size: number;
}

export interface TextRequest {
  text: string;
  font: FontSpec;
  width: number;
  maxHeight?: number;
  /** Set the whole text as one unbroken piece (tracked capitals: the kicker). */
  oneLine?: boolean;
}

/** Places pieces in lines and returns the block; `scale` stretches every measure (for estimates). */
function arrange(
  parts: readonly Piece[],
  images: readonly WordImage[],
  metrics: FontMetrics,
  width: number,
  size: number,
  scale = 1,
): TextBlock {
  const lines = wrap(
    images.map((w) => w.advance * scale),
    parts.map((p) => p.spaceBefore),
    metrics.space * scale,
    width,
  );
  const words: PlacedWord[] = [];
  lines.forEach((line, row) => {
    let pen = 0;
    line.forEach((i, n) => {
      const image = images[i]!;
      if (n > 0 && parts[i]!.spaceBefore) pen += metrics.space * scale;
      if (image.width) words.push({ image, x: pen + image.dx * scale, y: row * metrics.lineHeight * scale + image.dy * scale });
      pen += image.advance * scale;
    });
  });
  if (!words.length) return { words, width: 0, height: 0, lines: lines.length, size };
  const left = Math.min(...words.map((w) => w.x));
  const top = Math.min(...words.map((w) => w.y));
  const right = Math.max(...words.map((w) => w.x + w.image.width * scale));
  const bottom = Math.max(...words.map((w) => w.y + w.image.height * scale));
  for (const w of words) {
    w.x -= left;
    w.y -= top;
  }
  return { words, width: right - left, height: bottom - top, lines: lines.length, size };
}

async function measureAt(request: TextRequest, parts: readonly Piece[], size: number, cache: WordCache) {
  const font = { ...request.font, size };
  const [metrics, images] = await Promise.all([cache.metrics(font), cache.words(parts.map((p) => p.text), font)]);
  return { metrics, images };
}

async function setAt(request: TextRequest, parts: readonly Piece[], size: number, cache: WordCache): Promise<TextBlock> {
  const { metrics, images } = await measureAt(request, parts, size, cache);
  return arrange(parts, images, metrics, request.width, size);
}

/** Sets text in lines within its width, smaller if it would be taller than `maxHeight`. */
export async function setText(request: TextRequest, cache: WordCache): Promise<TextBlock> {
  const parts = request.oneLine ? [{ text: request.text, spaceBefore: false }] : pieces(request.text);
  const size = request.font.size;
  const { metrics, images } = await measureAt(request, parts, size, cache);
  const block = arrange(parts, images, metrics, request.width, size);
  const { maxHeight, width } = request;
  if (maxHeight === undefined || block.height <= maxHeight) return block;

  // Like libvips' autofit: the largest whole dpi below 72 at which the ink fits width × maxHeight.
  // Estimate it by scaling this size's measures (binary search), then set it for real, one dpi
  // smaller at a time if rounding at the new size makes it miss.
  const fits = (b: TextBlock) => b.height <= maxHeight && b.width <= width;
  let low = 1;
  let high = 71;
  while (low < high) {
    const dpi = Math.ceil((low + high) / 2);
    if (fits(arrange(parts, images, metrics, width, size, dpi / 72))) low = dpi;
    else high = dpi - 1;
  }
  for (let dpi = low; ; dpi--) {
    const smaller = await setAt(request, parts, (size * dpi) / 72, cache);
    if (fits(smaller) || dpi === 1) return smaller;
  }
}
