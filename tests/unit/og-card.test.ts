import { describe, expect, it } from 'vitest';
import { cardLayers, DETAIL_MAX_TOP, detailLayer, FIGURE_BOX, OG_COLOURS, OG_FIXED_LAYERS, OG_INKS, TITLE_TOP } from '../../src/build/og-card';

describe('the card layout', () => {
  it('keeps the title’s own words, escaping is left to whatever draws them', () => {
    expect(cardLayers({ path: '/', title: 'Sets & reps' }).title.text).toBe('Sets & reps');
  });

  it('sets long titles smaller than short ones', () => {
    const size = (title: string) => cardLayers({ path: '/', title }).title.size;
    expect(size('Plank')).toBeGreaterThan(size('How to fit strength training around a marathon block, week by week'));
  });

  it('has a kicker only when the card names its kind of page', () => {
    expect(cardLayers({ path: '/', title: 'Home' }).kicker).toBeUndefined();
    expect(cardLayers({ path: '/', title: 'Plank', kicker: 'Exercise' }).kicker?.text).toBe('EXERCISE');
  });

  it('puts the detail line under the title but never into the bottom band', () => {
    const card = { path: '/', title: 'Plank', detail: 'Primary muscle: Abdominals' };
    expect(detailLayer(card, 80)!.top).toBeGreaterThan(TITLE_TOP + 80);
    expect(detailLayer(card, 1000)!.top).toBe(DETAIL_MAX_TOP);
    expect(detailLayer({ path: '/', title: 'Plank' }, 80)).toBeUndefined();
  });

  it('draws each ink on one of two surfaces: the page background or the accent band', () => {
    expect(new Set(Object.values(OG_INKS).map((ink) => ink.surface))).toEqual(new Set([OG_COLOURS.bg, OG_COLOURS.accent]));
    expect(OG_FIXED_LAYERS.map((layer) => layer.ink)).toEqual(['fg', 'onAccent']);
  });

  it('beside an exercise’s figure, stops the title and the detail line short of it', () => {
    const card = { path: '/exercises/plank/', title: 'Plank', kicker: 'Exercise', detail: 'Primary muscle: Abdominals' };
    const beside = cardLayers(card, true);
    for (const layer of [beside.title, beside.kicker!, detailLayer(card, 80, true)!]) {
      expect(layer.left + layer.width).toBeLessThan(FIGURE_BOX.left);
    }
    expect(cardLayers(card).title.width).toBeGreaterThan(beside.title.width);
  });
});
