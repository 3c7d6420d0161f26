// The builder's numbers (src/lib/plan/guidance.ts) and the guides say the same thing.
import { describe, expect, it } from 'vitest';
import { GENERAL, HEAVY, RHYTHM, SAME_DAY_GAP_HOURS } from '../../src/lib/plan/guidance';
import { readCollection } from '../helpers/content-files';

const guide = (slug: string) => readCollection('guides').find((g) => g.slug === slug)!.source;
const routine = (slug: string) => readCollection('routines').find((r) => r.slug === slug)!;

describe('plan numbers agree with the guides', () => {
  it('heavy sets: 5 sets of 4–6 over an 8–12-week block', () => {
    const [lo, hi] = HEAVY.reps.value;
    const [w1, w2] = HEAVY.blockWeeks.value;
    for (const slug of ['sets-reps-and-load', 'seasons-and-phases']) {
      expect(guide(slug), slug).toContain(`${HEAVY.sets.value} sets of ${lo} to ${hi}`);
      expect(guide(slug), slug).toMatch(new RegExp(`${w1} (to|–) ${w2} weeks`));
    }
    const heavy = routine('off-season-heavy-block').frontmatter as { exercises: { sets: string; reps: string }[] };
    for (const item of heavy.exercises) expect(item).toMatchObject({ sets: `Build up to ${HEAVY.sets.value}`, reps: `${lo}–${hi}` });
  });

  it('the everyday scheme, the rhythm and the same-day gap', () => {
    const text = guide('sets-reps-and-load');
    expect(text).toContain(`**${GENERAL.reps.value[0]} to ${GENERAL.reps.value[1]} reps**`);
    expect(text).toContain(`manage **${GENERAL.progressAt.value}**`);
    expect(text).toMatch(/three to four weeks/);
    expect(RHYTHM.stepWeeks.value).toBe(4);
    expect(guide('fitting-strength-around-runs')).toMatch(new RegExp(`at least ${['', '', '', '', '', '', 'six'][SAME_DAY_GAP_HOURS.value]} hours`));
  });

  it('no rest figure, since the guides say the sources give none', () => {
    expect(guide('sets-reps-and-load')).toMatch(/No other source gives a rest time for heavy sets either, so we won't invent one/);
  });
});
