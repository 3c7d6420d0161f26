import { describe, expect, it } from 'vitest';
import { fillFigureSlots, figureFilePath, stillHref, stillSvg } from '../../src/lib/figure/file';
import { figureFile } from '../../src/lib/figure/still';
import { squat } from '../helpers/figures';

describe('an exercise’s figure file', () => {
  it('lives at /figures/<slug>.svg, its still a symbol a <use> can name', () => {
    expect(figureFilePath('goblet-squat')).toBe('/figures/goblet-squat.svg');
    expect(stillHref('goblet-squat')).toBe('/figures/goblet-squat.svg#still');
  });
});

describe('a figure file’s still drawn into a page', () => {
  it('is the file’s still symbol as an <svg> of its own, with the same frame and drawing', () => {
    const file = figureFile(squat());
    const still = stillSvg(file)!;
    const [, viewBox, markup] = /<symbol id="still" viewBox="([^"]+)">(.*)<\/symbol>/s.exec(file)!;
    expect(still).toBe(`<svg viewBox="${viewBox}">${markup}</svg>`);
    expect(still).toContain('var(--ss-fg');
  });

  it('is nothing for a file without a still', () => {
    expect(stillSvg('<svg xmlns="http://www.w3.org/2000/svg"><circle r="1"/></svg>')).toBeUndefined();
  });
});

describe('filling figure slots (the plan’s session cards)', () => {
  const html = '<ol><li data-exercise="goblet-squat"><div>Goblet squat</div></li><li data-exercise="bird-dog"><div>Bird dog</div></li></ol>';

  it('puts each exercise’s still figure first in its slot, hidden from assistive technology', () => {
    expect(fillFigureSlots(html)).toBe(
      '<ol><li data-exercise="goblet-squat"><svg class="slot-figure" aria-hidden="true"><use href="/figures/goblet-squat.svg#still"/></svg><div>Goblet squat</div></li>' +
        '<li data-exercise="bird-dog"><svg class="slot-figure" aria-hidden="true"><use href="/figures/bird-dog.svg#still"/></svg><div>Bird dog</div></li></ol>',
    );
  });

  it('leaves anything that is no slot as it was', () => {
    expect(fillFigureSlots('<li>Easy movement</li>')).toBe('<li>Easy movement</li>');
  });
});
