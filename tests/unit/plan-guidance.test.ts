// The builder's numbers (src/lib/plan/guidance.ts) and the guides say the same thing. The guides
// are read as numbers, not sentences: rewording a guide keeps these tests green, but a guide and
// the builder giving different figures (4 sets where the builder builds to 5, a rest time the
// builder calls unsourced, another same-day gap) turns them red.
import { describe, expect, it } from 'vitest';
import { GENERAL, HEAVY, REST_ESTIMATE_SECONDS, RHYTHM, SAME_DAY_GAP_HOURS, SHORT_SESSION_MINUTES } from '../../src/lib/plan/guidance';
import { readCollection } from '../helpers/content-files';

const NUMBER_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];

/**
 * A guide's text with only what its numbers need: no frontmatter, components or emphasis; number
 * words as digits; ranges written "a–b" whether the guide says "a to b", "a-to-b" or "a-b"; and
 * "5 × 4–6" as "5 sets of 4–6".
 */
function plain(text: string): string {
  return text
    .replace(/^---\n[\s\S]*?\n---\n/, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/[*_]/g, '')
    .replace(new RegExp(`\\b(${NUMBER_WORDS.join('|')})\\b`, 'gi'), (word) => String(NUMBER_WORDS.indexOf(word.toLowerCase())))
    .replace(/(\d+)\s*(?:-to-|–|-| to )\s*(\d+)/g, '$1–$2')
    .replace(/(\d+)\s*×\s*(\d+–\d+)/g, '$1 sets of $2')
    .replace(/\s+/g, ' ');
}

const guides = new Map(readCollection('guides').map((g) => [g.slug, plain(g.source)]));
const guide = (slug: string) => {
  const text = guides.get(slug);
  if (!text) throw new Error(`no guide content/guides/${slug}.mdx`);
  return text;
};
/** Every "a–b" range followed by `unit` (e.g. "weeks"), as [a, b] pairs, distinct. */
const ranges = (text: string, unit: string) => [...new Set([...text.matchAll(new RegExp(`(\\d+)–(\\d+) ${unit}`, 'g'))].map((m) => `${m[1]}–${m[2]}`))];
const range = (pair: readonly [number, number]) => pair.join('–');
/** The text of one `## heading` section. */
const section = (text: string, heading: string) => text.split(/ ## /).find((s) => s.startsWith(heading)) ?? '';

describe('plan numbers agree with the guides', () => {
  it('heavy sets: the guides and the off-season routine build to the same sets of the same reps', () => {
    const heavyReps = range(HEAVY.reps.value);
    for (const slug of ['sets-reps-and-load', 'seasons-and-phases']) {
      const sets = [...guide(slug).matchAll(new RegExp(`(\\d+) sets of ${heavyReps}`, 'g'))].map((m) => Number(m[1]));
      expect(sets.length, `${slug} gives the heavy scheme`).toBeGreaterThan(0);
      expect(new Set(sets), `${slug}: sets of ${heavyReps}`).toEqual(new Set([HEAVY.sets.value]));
    }
    const routine = readCollection('routines').find((r) => r.slug === 'off-season-heavy-block')!;
    const items = (routine.frontmatter as { exercises: { exercise: string; sets: string; reps?: string }[] }).exercises;
    const built = items.filter((it) => /build up to/i.test(it.sets));
    expect(built.length).toBeGreaterThan(0);
    for (const it of built) {
      expect(plain(it.sets), it.exercise).toBe(`Build up to ${HEAVY.sets.value}`);
      expect(plain(it.reps ?? ''), it.exercise).toBe(heavyReps);
    }
    expect(plain(String((routine.frontmatter as { frequency: string }).frequency))).toContain(`${range(HEAVY.blockWeeks.value)} weeks`);
  });

  it('block lengths: the heavy block and the rhythm of changes are the weeks the guides give', () => {
    for (const slug of ['sets-reps-and-load', 'seasons-and-phases']) {
      const weeks = ranges(guide(slug), 'weeks');
      expect(weeks, slug).toContain(range(HEAVY.blockWeeks.value));
      // Any other range of weeks is the rhythm of changes, and the builder's step lies inside it.
      for (const other of weeks.filter((w) => w !== range(HEAVY.blockWeeks.value))) {
        const [lo, hi] = other.split('–').map(Number) as [number, number];
        expect(RHYTHM.stepWeeks.value, `${slug}: ${other} weeks`).toBeGreaterThanOrEqual(lo);
        expect(RHYTHM.stepWeeks.value, `${slug}: ${other} weeks`).toBeLessThanOrEqual(hi);
      }
    }
    expect(guide('sets-reps-and-load')).toMatch(new RegExp(`\\b${RHYTHM.judgeAfterMonths.value} months`));
  });

  it('the everyday scheme: the reps, the sets, the starting reps and when to go heavier', () => {
    const text = guide('sets-reps-and-load');
    expect(ranges(text, 'reps')).toContain(range(GENERAL.reps.value));
    expect(text).toMatch(new RegExp(`\\b${GENERAL.sets.value[0]}(–| or )${GENERAL.sets.value[1]} sets`));
    expect(text).toMatch(new RegExp(`sets of ${GENERAL.startReps.value} reps`));
    // The trigger to add weight: a sentence about going heavier or adding weight names the count.
    const trigger = text.split(/(?<=[.!?]) /).filter((s) => /heavier|add weight/i.test(s));
    expect(trigger.some((s) => new RegExp(`(?<![–\\d])${GENERAL.progressAt.value}(?![–\\d])`).test(s)), trigger.join('\n')).toBe(true);
  });

  it('session length: a short session is no longer than the guides give a whole session', () => {
    const lengths = ranges(guide('how-often-and-how-long'), 'minutes').map((r) => r.split('–').map(Number) as [number, number]);
    expect(lengths.some(([, hi]) => hi === SHORT_SESSION_MINUTES.value), lengths.join(', ')).toBe(true);
  });

  it('the same-day gap is the only gap in hours the placement guide gives', () => {
    const hours = [...guide('fitting-strength-around-runs').matchAll(/(\d+) hours/g)].map((m) => Number(m[1]));
    expect(hours.length).toBeGreaterThan(0);
    expect(new Set(hours)).toEqual(new Set([SAME_DAY_GAP_HOURS.value]));
  });

  it('no sourced rest time: the builder marks every rest as its own, and the guide gives none for sets', () => {
    for (const [kind, figure] of Object.entries(REST_ESTIMATE_SECONDS)) {
      expect(figure, kind).not.toHaveProperty('source');
      expect(figure.ours, kind).toBeTruthy();
    }
    // The only durations the rest section may give belong to the timed circuit (40 s on, 20 s off).
    const rest = section(guide('sets-reps-and-load'), 'Rest between sets');
    expect(rest).not.toBe('');
    const durations = [...rest.matchAll(/(\d+)[- ](?:s|sec|seconds?|min|minutes?)\b/g)].map((m) => Number(m[1]));
    for (const d of durations) expect([20, 40], `${d} in "Rest between sets"`).toContain(d);
  });
});
