import { describe, expect, it } from 'vitest';
import { FOLD_AFTER, SHOWN, foldCards, foldSummary } from '../../src/lib/card-fold';

const list = (n: number) => Array.from({ length: n }, (_, i) => `card ${i + 1}`);

describe('folding a long group of cards', () => {
  it('leaves a group of up to FOLD_AFTER cards whole', () => {
    expect(foldCards(list(FOLD_AFTER))).toEqual({ shown: list(FOLD_AFTER), folded: [] });
    expect(foldCards([])).toEqual({ shown: [], folded: [] });
  });

  it('shows the first SHOWN cards of a longer group and folds the rest, in the same order', () => {
    const cards = list(85);
    const { shown, folded } = foldCards(cards);
    expect(shown).toEqual(cards.slice(0, SHOWN));
    expect(folded[0]).toBe(`card ${SHOWN + 1}`);
    expect([...shown, ...folded]).toEqual(cards);
  });

  it('never folds just a card or two behind a click', () => {
    for (let n = FOLD_AFTER + 1; n <= 200; n++) expect(foldCards(list(n)).folded.length).toBeGreaterThanOrEqual(5);
  });

  it('names what the fold holds, in either state', () => {
    expect(foldSummary(85, 'Lunge and step')).toEqual({
      closed: 'Show all 85 Lunge and step exercises',
      open: `Show only the first ${SHOWN}`,
    });
    expect(foldSummary(1125, 'Squat').closed).toBe('Show all 1,125 Squat exercises');
  });
});
