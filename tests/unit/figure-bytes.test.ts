import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { figureBytes, figureMarkup } from '../../scripts/figure-bytes.mjs';
import { renderFigure } from '../../src/lib/figure/render';
import { readFigures } from '../helpers/figures';

const page = (figure: string) =>
  `<!doctype html><html lang="en"><head><title>Squat</title></head><body><main><h1>Squat</h1><div class="grid"><div class="no-print"><div class="exercise-figure" data-pagefind-ignore>${figure}</div></div><ol><li>Stand tall.</li></ol></div><footer><div><div>Footer</div></div></footer></main></body></html>`;

describe('the figure budget', () => {
  it('finds every posed figure whole in its page, however deeply its parts nest', () => {
    for (const { figure, slug } of readFigures()) {
      const { html } = renderFigure(figure, slug);
      expect(figureMarkup(page(html))).toBe(html);
    }
  });

  it('counts what the figure adds to its page, gzipped, and nothing on a page without one', () => {
    const { html } = renderFigure(readFigures()[0].figure, 'Exercise');
    const gz = (text: string) => gzipSync(text, { level: 9 }).length;
    expect(figureBytes(page(html))).toBe(gz(page(html)) - gz(page('')));
    expect(figureBytes(page(html))).toBeGreaterThan(500);
    expect(figureBytes(page(''))).toBe(0);
  });
});
