import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import {
  cardLayers,
  DETAIL_MAX_TOP,
  detailLayer,
  escapeMarkup,
  OG_HEIGHT,
  OG_WIDTH,
  ogImageParam,
  ogImagePath,
  pageUrls,
  primaryMusclesLine,
  TITLE_TOP,
} from '../../src/lib/og-image';
import { blendOver, renderOgImage } from '../../src/lib/og-render';

describe('where a page’s preview image lives', () => {
  it('mirrors the page path under /og/', () => {
    expect(ogImagePath('/exercises/goblet-squat/')).toBe('/og/exercises/goblet-squat.png');
    expect(ogImagePath('/guides/references/')).toBe('/og/guides/references.png');
    expect(ogImagePath('/exercises/')).toBe('/og/exercises.png');
  });

  it('gives the home page and the 404 page names of their own', () => {
    expect(ogImagePath('/')).toBe('/og/index.png');
    expect(ogImageParam('/404.html')).toBe('404');
    expect(ogImageParam('/404/')).toBe('404');
  });

  it('gives absolute URLs for the page and its image', () => {
    expect(pageUrls('/routines/warm-up/', new URL('https://strongstride.example'))).toEqual({
      url: 'https://strongstride.example/routines/warm-up/',
      image: 'https://strongstride.example/og/routines/warm-up.png',
    });
  });
});

describe('the card layout', () => {
  it('escapes titles so an ampersand or angle bracket cannot break the Pango markup', () => {
    expect(escapeMarkup(`Sets, reps & "load" <1RM>`)).toBe('Sets, reps &amp; &quot;load&quot; &lt;1RM&gt;');
    expect(cardLayers({ path: '/', title: 'Sets & reps' }).title.markup).toContain('Sets &amp; reps');
  });

  it('sets long titles smaller than short ones', () => {
    const size = (title: string) => Number(cardLayers({ path: '/', title }).title.font.match(/(\d+)$/)![1]);
    expect(size('Plank')).toBeGreaterThan(size('How to fit strength training around a marathon block, week by week'));
  });

  it('has a kicker only when the card names its kind of page', () => {
    expect(cardLayers({ path: '/', title: 'Home' }).kicker).toBeUndefined();
    expect(cardLayers({ path: '/', title: 'Plank', kicker: 'Exercise' }).kicker?.markup).toContain('EXERCISE');
  });

  it('puts the detail line under the title but never into the bottom band', () => {
    const card = { path: '/', title: 'Plank', detail: 'Primary muscle: Abdominals' };
    expect(detailLayer(card, 80)!.top).toBeGreaterThan(TITLE_TOP + 80);
    expect(detailLayer(card, 1000)!.top).toBe(DETAIL_MAX_TOP);
    expect(detailLayer({ path: '/', title: 'Plank' }, 80)).toBeUndefined();
  });

  it('words the primary muscles for one muscle and for several', () => {
    expect(primaryMusclesLine(['calves'])).toBe('Primary muscle: Calves');
    expect(primaryMusclesLine(['quadriceps', 'glutes', 'adductors'])).toBe(
      'Primary muscles: Quadriceps, Glutes and Adductors (inner thigh)',
    );
  });
});

describe('blending text onto the card', () => {
  const card = () => new Uint8Array(OG_WIDTH * OG_HEIGHT * 3).fill(200);
  const at = (pixels: Uint8Array, x: number, y: number) => [...pixels.subarray((y * OG_WIDTH + x) * 3, (y * OG_WIDTH + x) * 3 + 3)];
  // Three pixels in a row: opaque black, half-transparent black, fully transparent.
  const layer = (left: number, top: number) => ({
    data: Uint8Array.from([0, 0, 0, 255, 0, 0, 0, 128, 0, 0, 0, 0]),
    width: 3,
    height: 1,
    left,
    top,
  });

  it('covers the card where the text is opaque, mixes where it is partly so, and leaves the rest', () => {
    const pixels = card();
    blendOver(pixels, layer(10, 5));
    expect(at(pixels, 10, 5)).toEqual([0, 0, 0]);
    expect(at(pixels, 11, 5)).toEqual([100, 100, 100]);
    expect(at(pixels, 12, 5)).toEqual([200, 200, 200]);
  });

  it('clips text that runs past the right or bottom edge instead of wrapping it onto the next row', () => {
    const pixels = card();
    blendOver(pixels, layer(OG_WIDTH - 1, 0));
    expect(at(pixels, OG_WIDTH - 1, 0)).toEqual([0, 0, 0]);
    expect(at(pixels, 0, 1)).toEqual([200, 200, 200]);
    expect(() => blendOver(pixels, layer(0, OG_HEIGHT))).not.toThrow();
  });
});

describe('the rendered card', () => {
  it('is a 1200 × 630 opaque PNG, even for a title too long for three lines', async () => {
    const png = await renderOgImage({
      path: '/exercises/x/',
      title: 'A very long exercise name that goes on '.repeat(6),
      kicker: 'Exercise',
      detail: primaryMusclesLine(['quadriceps', 'glutes', 'adductors', 'hamstrings', 'calves']),
    });
    const meta = await sharp(png).metadata();
    expect([meta.format, meta.width, meta.height, meta.hasAlpha]).toEqual(['png', OG_WIDTH, OG_HEIGHT, false]);
  });
});
