import { describe, expect, it } from 'vitest';
import { renderFigure } from '../../src/lib/figure/render';
import { figure, readFigures, squat } from '../helpers/figures';

const strokeWidths = (html: string, layer: string) => {
  const group = new RegExp(`<g class="fig-${layer}">([\\s\\S]*?)</g></g>(?=<g class="fig-|<g class="fig-prop"|</g></svg>)`).exec(html);
  return [...(group?.[1] ?? '').matchAll(/stroke-width="([\d.]+)"/g)].map((m) => Number(m[1]));
};

describe('the figure drawing', () => {
  it('is one image with a text alternative that describes the movement and names the key positions', () => {
    const { html, alt } = renderFigure(squat(), 'Bodyweight squat');
    expect(html).toMatch(/^<div class="fig fig-k2" role="img" aria-label="[^"]+">/);
    expect(alt).toBe(
      'Animated figure of the bodyweight squat, seen from the side: Stands tall, sits the hips down to thighs level, stands up again. Key positions: Start, then Bottom.',
    );
    expect(html).toContain(`aria-label="${alt}"`);
    // The drawing itself is hidden from assistive technology; the label speaks for it.
    expect(html.match(/<svg /g)).toHaveLength(3);
    expect(html.match(/<svg [^>]*aria-hidden="true"/g)).toHaveLength(3);
  });

  it('labels one still frame per key position, leaving out passing frames', () => {
    const stepping = squat({ positions: [{ label: 'Start' }, { label: 'Step', passing: true, knee: 40 }, { label: 'Bottom', knee: 80, hip: 70, ankle: 15 }] });
    const { html } = renderFigure(stepping, 'Squat');
    expect([...html.matchAll(/<div class="fig-still">.*?<span>([^<]+)<\/span><\/div>/g)].map((m) => m[1])).toEqual(['Start', 'Bottom']);
    expect(html).toContain('class="fig fig-k3"');
    expect(html).toContain('class="fig-p0"');
    expect(html).toContain('class="fig-p2"');
    expect(html).not.toContain('class="fig-p1"');
  });

  it('gives every moving part one transform per frame and no number that is not a number', () => {
    for (const { figure: f } of readFigures()) {
      const { html } = renderFigure(f, 'Exercise');
      expect(html).not.toMatch(/NaN|undefined|Infinity/);
      for (const [, style] of html.matchAll(/class="[^"]*\bm" style="([^"]+)"/g)) {
        expect(style.split(';').map((d) => d.split(':')[0])).toEqual(f.positions.map((_, k) => `--t${k}`));
      }
    }
  });

  it('draws the near limbs thicker than the far ones', () => {
    const { html } = renderFigure(squat(), 'Squat');
    const near = strokeWidths(html, 'near');
    const far = strokeWidths(html, 'far');
    expect(near.length).toBeGreaterThan(0);
    expect(far.length).toBe(near.length);
    expect(Math.max(...far)).toBeLessThan(Math.max(...near));
    expect(far.reduce((a, b) => a + b)).toBeLessThan(near.reduce((a, b) => a + b));
  });

  it('draws both views: the shoulder line shows from the front and lines up out of sight from the side', () => {
    const side = renderFigure(squat(), 'Squat').html;
    const front = renderFigure(squat({ view: 'front' }), 'Squat').html;
    expect(front).toContain('seen from the front');
    // The shoulder girdle is drawn 12 cm thick; from the side both shoulders sit on one point.
    expect(side).not.toMatch(/stroke-width="12"/);
    expect(front.match(/stroke-width="12"/g)).toHaveLength(2 * 3);
  });

  it('draws held and placed equipment in the equipment tone, a weight upright whatever the hand does', () => {
    const goblet = renderFigure(readFigures().find((f) => f.slug === 'goblet-squat')!.figure, 'Goblet squat').html;
    expect(goblet).toMatch(/<g class="fig-prop( m)?"/);
    const bench = renderFigure(
      figure({
        view: 'side',
        description: 'Steps up onto a box and back down again.',
        anchor: 'near.foot',
        props: [{ kind: 'box', x: 40 }],
        positions: [{ label: 'Start' }, { label: 'End', knee: 10 }],
      }),
      'Step-up',
    ).html;
    expect(bench).toContain('<g class="fig-prop"><rect x="15" y="0" width="50" height="50" rx="1.5"/></g>');
  });
});
