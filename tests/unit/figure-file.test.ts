import { describe, expect, it } from 'vitest';
import { fillFigureSlots, figureFilePath, stillHref } from '../../src/lib/figure/file';

describe('an exercise’s figure file', () => {
  it('lives at /figures/<slug>.svg, its still a symbol a <use> can name', () => {
    expect(figureFilePath('goblet-squat')).toBe('/figures/goblet-squat.svg');
    expect(stillHref('goblet-squat')).toBe('/figures/goblet-squat.svg#still');
  });
});

describe('filling figure slots (the plan’s session cards)', () => {
  const html = '<ol><li data-exercise="goblet-squat"><div>Goblet squat</div></li><li data-exercise="bird-dog"><div>Bird dog</div></li></ol>';

  it('puts a posed exercise’s still figure first in its slot, hidden from assistive technology', () => {
    expect(fillFigureSlots(html, new Set(['goblet-squat']))).toBe(
      '<ol><li data-exercise="goblet-squat"><svg class="slot-figure" aria-hidden="true"><use href="/figures/goblet-squat.svg#still"/></svg><div>Goblet squat</div></li><li data-exercise="bird-dog"><div>Bird dog</div></li></ol>',
    );
  });

  it('leaves the slot of an exercise not yet posed, and anything that is no slot, as it was', () => {
    expect(fillFigureSlots(html, new Set())).toBe(html);
    expect(fillFigureSlots('<li>Easy movement</li>', new Set(['goblet-squat']))).toBe('<li>Easy movement</li>');
  });
});
