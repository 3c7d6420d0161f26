/**
 * The link-preview image every page gets (og:image): where it lives and how its card is laid out.
 * 1200 × 630 is the size Open Graph consumers (chat apps, Slack, X's summary_large_image) crop the
 * least. The card shows the site's mark (the favicon's bar-and-plates glyph), a kicker naming the
 * kind of page, the page title and, for exercises, the primary muscles; og-render.ts draws it.
 *
 * Text is set with Pango through sharp (system fonts via fontconfig, never a remote font), so
 * titles wrap on real glyph widths; the layout here is only positions, sizes and markup.
 */

import { MUSCLES, type MuscleId } from '../data/muscles';
import { listWords } from './format';

export const OG_WIDTH = 1200;
export const OG_HEIGHT = 630;

/** What one page's card says. */
export interface OgCard {
  /** The page's path, as in its URL: "/exercises/goblet-squat/", "/" for home. */
  path: string;
  title: string;
  /** The kind of page, shown small above the title ("Exercise", "Guide"); optional. */
  kicker?: string;
  /** One line under the title, e.g. "Primary muscles: Quadriceps, Glutes". */
  detail?: string;
}

/** One line or block of text to draw: Pango markup at a position, wrapped to `width`. */
export interface TextLayer {
  markup: string;
  /**
   * Pango font description. Sizes are points, which are pixels at sharp's 72 dpi; not "px" sizes,
   * which sharp's shrink-to-fit (it lowers the dpi) cannot scale.
   */
  font: string;
  left: number;
  top: number;
  width: number;
}

// DejaVu Sans is the font fontconfig itself depends on in Debian (fonts-dejavu-core), so it is
// present wherever Chromium is; CI installs it explicitly too.
export const OG_FONT = 'DejaVu Sans';

/** Light-theme colours from src/styles/global.css, so the card looks like the site. */
const COLOURS = { bg: '#fbfaf7', fg: '#1c1917', muted: '#57534e', accent: '#0b6354', onAccent: '#ffffff' };

const MARGIN = 80;
const TEXT_WIDTH = OG_WIDTH - 2 * MARGIN;
const BAND = 44; // the accent band along the bottom edge
const MARK_SIZE = 88;

/** The favicon's glyph (public/favicon.svg), drawn on a 24-unit grid. */
const MARK_PATH = 'M3 9h2v6H3zm3-2h2v10H6zm3 4h6v2H9zm7-4h2v10h-2zm3 2h2v6h-2z';

/** The part of every card that never changes: background, mark, bottom band. */
export const OG_BACKGROUND_SVG = `<svg xmlns="http://www.w3.org/2000/svg" width="${OG_WIDTH}" height="${OG_HEIGHT}" viewBox="0 0 ${OG_WIDTH} ${OG_HEIGHT}">
<rect width="${OG_WIDTH}" height="${OG_HEIGHT}" fill="${COLOURS.bg}"/>
<rect y="${OG_HEIGHT - BAND}" width="${OG_WIDTH}" height="${BAND}" fill="${COLOURS.accent}"/>
<g transform="translate(${MARGIN} 56) scale(${MARK_SIZE / 24})"><rect width="24" height="24" rx="5" fill="${COLOURS.accent}"/><path fill="${COLOURS.onAccent}" d="${MARK_PATH}"/></g>
</svg>`;

/** Text that is the same on every card: the wordmark beside the mark and the strapline in the band. */
export const OG_FIXED_LAYERS: readonly TextLayer[] = [
  {
    markup: span(COLOURS.fg, 'StrongStride'),
    font: `${OG_FONT} Bold 44`,
    left: MARGIN + MARK_SIZE + 24,
    top: 56 + MARK_SIZE / 2 - 27,
    width: 600,
  },
  {
    markup: span(COLOURS.onAccent, 'Strength training for runners'),
    font: `${OG_FONT} 22`,
    left: MARGIN,
    top: OG_HEIGHT - BAND + 9,
    width: TEXT_WIDTH,
  },
];

/** Where the title block starts, and how tall it may grow before it is shrunk to fit. */
export const TITLE_TOP = 232;
export const TITLE_MAX_HEIGHT = 250;
/** Room left for the detail line between the title and the bottom band. */
const DETAIL_GAP = 28;
export const DETAIL_MAX_TOP = OG_HEIGHT - BAND - 56;

/** The kicker and title layers for a card; the detail layer depends on the title's rendered height. */
export function cardLayers(card: OgCard): { kicker?: TextLayer; title: TextLayer } {
  return {
    kicker: card.kicker
      ? {
          markup: `<span foreground="${COLOURS.accent}" letter_spacing="2048">${escapeMarkup(card.kicker.toUpperCase())}</span>`,
          font: `${OG_FONT} Bold 26`,
          left: MARGIN,
          top: TITLE_TOP - 52,
          width: TEXT_WIDTH,
        }
      : undefined,
    title: {
      markup: span(COLOURS.fg, card.title),
      font: `${OG_FONT} Bold ${titleSize(card.title)}`,
      left: MARGIN,
      top: TITLE_TOP,
      width: TEXT_WIDTH,
    },
  };
}

/** The detail line, placed under a title block `titleHeight` pixels tall. */
export function detailLayer(card: OgCard, titleHeight: number): TextLayer | undefined {
  if (!card.detail) return undefined;
  return {
    markup: span(COLOURS.muted, card.detail),
    font: `${OG_FONT} 30`,
    left: MARGIN,
    top: Math.min(TITLE_TOP + titleHeight + DETAIL_GAP, DETAIL_MAX_TOP),
    width: TEXT_WIDTH,
  };
}

/** Big for short titles, smaller for long ones, so most titles fit in two or three lines. */
export function titleSize(title: string): number {
  if (title.length <= 28) return 72;
  if (title.length <= 56) return 64;
  return 54;
}

/** Pango markup is XML: these five characters must be escaped in any text it draws. */
export function escapeMarkup(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&${{ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot', "'": 'apos' }[c]};`);
}

function span(colour: string, text: string): string {
  return `<span foreground="${colour}">${escapeMarkup(text)}</span>`;
}

/**
 * The image's route parameter for a page path: "/exercises/goblet-squat/" → "exercises/goblet-squat",
 * "/" → "index" (the home page has no segment of its own), "/404.html" → "404".
 */
export function ogImageParam(pagePath: string): string {
  const trimmed = pagePath.replace(/\.html$/, '').replace(/^\/+|\/+$/g, '');
  return trimmed === '' ? 'index' : trimmed;
}

/** The site-relative URL of a page's preview image: "/exercises/goblet-squat/" → "/og/exercises/goblet-squat.png". */
export function ogImagePath(pagePath: string): string {
  return `/og/${ogImageParam(pagePath)}.png`;
}

/** The detail line of an exercise's card: "Primary muscles: Quadriceps and Glutes". */
export function primaryMusclesLine(primary: readonly MuscleId[]): string {
  const label = primary.length === 1 ? 'Primary muscle' : 'Primary muscles';
  return `${label}: ${listWords(primary.map((id) => MUSCLES[id].label))}`;
}

/** A page's absolute URL and its preview image's, as SeoTags and the JSON-LD builders need them. */
export function pageUrls(pagePath: string, site: URL): { url: string; image: string } {
  return { url: new URL(pagePath, site).href, image: new URL(ogImagePath(pagePath), site).href };
}
