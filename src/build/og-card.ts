/**
 * How a link-preview card is laid out (what it says: OgCard in src/lib/og-image.ts). The card shows
 * the site's mark (the favicon's bar-and-plates glyph), a kicker naming the kind of page, the page
 * title and, for exercises, the primary muscles and the movement figure at the right
 * (its telltale key position, src/lib/figure/still.ts); og-render.ts draws it.
 *
 * Text is DejaVu Sans as Pango sets it (og-text.ts), so titles wrap on real glyph widths; the
 * layout here is only the words, positions, sizes and which of four inks each text takes. Every
 * ink sits on one known surface (the page background, or the accent band under the strapline),
 * which is what lets og-render.ts store the card as a small palette image.
 */

import type { StillPaint } from '../lib/figure/still';
import { OG_HEIGHT, OG_WIDTH, type OgCard } from '../lib/og-image';

/** One line or block of text to draw: its ink's top-left corner goes at (left, top). */
export interface TextLayer {
  text: string;
  /** DejaVu Sans Bold or Book at `size` pixels (Pango points at 72 dpi). */
  bold: boolean;
  size: number;
  /** Extra space after each letter in pixels, for tracked capitals; such text is set as one line. */
  letterSpacing?: number;
  ink: OgInk;
  left: number;
  top: number;
  /** Lines wrap at word breaks to this width. */
  width: number;
  /** If the text comes out taller, it is set smaller until it fits this height (and the width). */
  maxHeight?: number;
}

// DejaVu Sans is the font fontconfig itself depends on in Debian (fonts-dejavu-core), so it is
// present wherever Chromium is; CI installs it explicitly too.
export const OG_FONT = 'DejaVu Sans';

/** Light-theme colours from src/styles/global.css, so the card looks like the site. */
export const OG_COLOURS = { bg: '#fbfaf7', fg: '#1c1917', muted: '#57534e', accent: '#0b6354', onAccent: '#ffffff' };

/**
 * The movement figure in the light theme's colours (global.css: the body in the text colour,
 * far limbs and equipment a step lighter, the near limbs outlined in the background), as plain
 * colours: the rasteriser has no CSS variables.
 * Those that are no ink are drawn in the palette's nearest colour (og-render.ts).
 */
export const OG_FIGURE_PAINT: StillPaint = {
  ink: OG_COLOURS.fg,
  far: '#8a847c',
  prop: '#8a847c',
  propFill: '#f1eee7',
  band: OG_COLOURS.accent,
  halo: OG_COLOURS.bg,
};

/** The colours text is drawn in, each with the surface it is always drawn on. */
export const OG_INKS = {
  fg: { colour: OG_COLOURS.fg, surface: OG_COLOURS.bg },
  muted: { colour: OG_COLOURS.muted, surface: OG_COLOURS.bg },
  accent: { colour: OG_COLOURS.accent, surface: OG_COLOURS.bg },
  onAccent: { colour: OG_COLOURS.onAccent, surface: OG_COLOURS.accent },
} as const;
export type OgInk = keyof typeof OG_INKS;

const MARGIN = 80;
const TEXT_WIDTH = OG_WIDTH - 2 * MARGIN;
const BAND = 44; // the accent band along the bottom edge
const MARK_SIZE = 88;

/** The favicon's glyph (public/favicon.svg), drawn on a 24-unit grid. */
const MARK_PATH = 'M3 9h2v6H3zm3-2h2v10H6zm3 4h6v2H9zm7-4h2v10h-2zm3 2h2v6h-2z';

/** The part of every card that never changes: background, mark, bottom band. */
export const OG_BACKGROUND_SVG = `<svg xmlns="http://www.w3.org/2000/svg" width="${OG_WIDTH}" height="${OG_HEIGHT}" viewBox="0 0 ${OG_WIDTH} ${OG_HEIGHT}">
<rect width="${OG_WIDTH}" height="${OG_HEIGHT}" fill="${OG_COLOURS.bg}"/>
<rect y="${OG_HEIGHT - BAND}" width="${OG_WIDTH}" height="${BAND}" fill="${OG_COLOURS.accent}"/>
<g transform="translate(${MARGIN} 56) scale(${MARK_SIZE / 24})"><rect width="24" height="24" rx="5" fill="${OG_COLOURS.accent}"/><path fill="${OG_COLOURS.onAccent}" d="${MARK_PATH}"/></g>
</svg>`;

/** Text that is the same on every card: the wordmark beside the mark and the strapline in the band. */
export const OG_FIXED_LAYERS: readonly TextLayer[] = [
  {
    text: 'StrongStride',
    bold: true,
    size: 44,
    ink: 'fg',
    left: MARGIN + MARK_SIZE + 24,
    top: 56 + MARK_SIZE / 2 - 27,
    width: 600,
  },
  {
    text: 'Strength training for runners',
    bold: false,
    size: 22,
    ink: 'onAccent',
    left: MARGIN,
    top: OG_HEIGHT - BAND + 9,
    width: TEXT_WIDTH,
  },
];

/**
 * Where an exercise's figure stands: a box at the right from under the wordmark's row to above
 * the band, the figure on its bottom edge and centred across it; text beside it stops short of it.
 */
export const FIGURE_BOX = { left: 820, top: 168, width: 300, height: OG_HEIGHT - BAND - 32 - 168 };
const TEXT_BESIDE_FIGURE = FIGURE_BOX.left - MARGIN - 40;

/** Where the title block starts, and how tall it may grow before it is shrunk to fit. */
export const TITLE_TOP = 232;
export const TITLE_MAX_HEIGHT = 250;
/** Room left for the detail line between the title and the bottom band. */
const DETAIL_GAP = 28;
export const DETAIL_MAX_TOP = OG_HEIGHT - BAND - 56;
/** The detail line is one line: a longer one is set smaller rather than wrapped. */
const DETAIL_MAX_HEIGHT = 44;

/**
 * The kicker and title layers for a card, narrower beside a figure; the detail layer depends on
 * the title's rendered height.
 */
export function cardLayers(card: OgCard, besideFigure = false): { kicker?: TextLayer; title: TextLayer } {
  const width = besideFigure ? TEXT_BESIDE_FIGURE : TEXT_WIDTH;
  return {
    kicker: card.kicker
      ? {
          text: card.kicker.toUpperCase(),
          bold: true,
          size: 26,
          letterSpacing: 2,
          ink: 'accent',
          left: MARGIN,
          top: TITLE_TOP - 52,
          width,
        }
      : undefined,
    title: {
      text: card.title,
      bold: true,
      size: titleSize(card.title),
      ink: 'fg',
      left: MARGIN,
      top: TITLE_TOP,
      width,
      maxHeight: TITLE_MAX_HEIGHT,
    },
  };
}

/** The detail line, placed under a title block `titleHeight` pixels tall (narrower beside a figure). */
export function detailLayer(card: OgCard, titleHeight: number, besideFigure = false): TextLayer | undefined {
  if (!card.detail) return undefined;
  return {
    text: card.detail,
    bold: false,
    size: 30,
    ink: 'muted',
    left: MARGIN,
    top: Math.min(TITLE_TOP + titleHeight + DETAIL_GAP, DETAIL_MAX_TOP),
    width: besideFigure ? TEXT_BESIDE_FIGURE : TEXT_WIDTH,
    maxHeight: DETAIL_MAX_HEIGHT,
  };
}

/** Big for short titles, smaller for long ones, so most titles fit in two or three lines. */
export function titleSize(title: string): number {
  if (title.length <= 28) return 72;
  if (title.length <= 56) return 64;
  return 54;
}
