/**
 * Draws a link-preview card (layout in og-image.ts) as a 1200 × 630 PNG with sharp, at build time.
 * Cost matters because every page gets one (a library of 1,000 exercises means 1,000 images), so:
 * - the fixed part (background, mark, wordmark, strapline) is drawn once per build and reused;
 * - text is set by Pango through sharp's text input (~1–2 ms a layer), not SVG <text>: librsvg
 *   spends ~10 ms per image just setting up, and Pango wraps on real glyph widths;
 * - text is blended onto the raw pixels here (~1 ms) rather than with sharp's composite, which
 *   converts the whole card to float and back (~13 ms);
 * - PNG compression level 4: ~40% faster than the default 6 for a file a few KB larger.
 * Together ~9 ms of CPU per card on the 2-core build machine, against ~22 ms for SVG + composite.
 */
import sharp from 'sharp';
import {
  cardLayers,
  detailLayer,
  OG_BACKGROUND_SVG,
  OG_FIXED_LAYERS,
  OG_HEIGHT,
  OG_WIDTH,
  TITLE_MAX_HEIGHT,
  type OgCard,
  type TextLayer,
} from './og-image';

const DETAIL_MAX_HEIGHT = 44;

/** Rendered text: unpremultiplied RGBA pixels and where they go on the card. */
export interface Pixels {
  data: Uint8Array;
  width: number;
  height: number;
  left: number;
  top: number;
}

/** Renders one text layer; if it comes out taller than maxHeight, shrinks it to fit that box. */
async function renderText(layer: TextLayer, maxHeight = Infinity): Promise<Pixels> {
  const draw = (height?: number) =>
    sharp({ text: { text: layer.markup, font: layer.font, width: layer.width, height, rgba: true, wrap: 'word' } })
      .raw()
      .toBuffer({ resolveWithObject: true });
  let { data, info } = await draw();
  // With a height, sharp ignores the font size and picks the largest that fits width × height.
  if (info.height > maxHeight) ({ data, info } = await draw(maxHeight));
  return { data, width: info.width, height: info.height, left: layer.left, top: layer.top };
}

/**
 * Blends RGBA `layer` over the RGB `card` (OG_WIDTH × OG_HEIGHT) in place, alpha "over";
 * whatever falls outside the card is clipped.
 */
export function blendOver(card: Uint8Array, layer: Pixels): void {
  const rows = Math.min(layer.height, OG_HEIGHT - layer.top);
  const cols = Math.min(layer.width, OG_WIDTH - layer.left);
  for (let y = Math.max(0, -layer.top); y < rows; y++) {
    let out = ((layer.top + y) * OG_WIDTH + layer.left) * 3;
    let src = y * layer.width * 4;
    for (let x = 0; x < cols; x++, out += 3, src += 4) {
      const alpha = layer.data[src + 3]!;
      if (alpha === 0 || layer.left + x < 0) continue;
      const k = alpha / 255;
      for (let c = 0; c < 3; c++) card[out + c] = Math.round(card[out + c]! + (layer.data[src + c]! - card[out + c]!) * k);
    }
  }
}

let background: Promise<Buffer> | undefined;

/** The fixed part of every card, as raw RGB pixels, drawn on first use. */
function fixedBackground(): Promise<Buffer> {
  background ??= (async () => {
    const card = await sharp(Buffer.from(OG_BACKGROUND_SVG)).removeAlpha().raw().toBuffer();
    for (const text of await Promise.all(OG_FIXED_LAYERS.map((layer) => renderText(layer)))) blendOver(card, text);
    return card;
  })();
  return background;
}

/** One page's preview image as PNG bytes. */
export async function renderOgImage(card: OgCard): Promise<Buffer> {
  const pixels = Buffer.from(await fixedBackground()); // a copy: the background is shared
  const layers = cardLayers(card);
  const [kicker, title] = await Promise.all([
    layers.kicker ? renderText(layers.kicker) : undefined,
    renderText(layers.title, TITLE_MAX_HEIGHT),
  ]);
  const detailSpec = detailLayer(card, title.height);
  const detail = detailSpec ? await renderText(detailSpec, DETAIL_MAX_HEIGHT) : undefined;
  for (const text of [kicker, title, detail]) if (text) blendOver(pixels, text);
  return sharp(pixels, { raw: { width: OG_WIDTH, height: OG_HEIGHT, channels: 3 } })
    .png({ compressionLevel: 4 })
    .toBuffer();
}
