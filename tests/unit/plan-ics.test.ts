import { describe, expect, it } from 'vitest';
import { buildBlock } from '../../src/lib/plan/block';
import { planEvents, planToIcs } from '../../src/lib/plan/ics';
import { defaultInput, type PlanInput } from '../../src/lib/plan/types';
import { catalogue } from './plan-catalogue';

const WED = '2026-11-18';

describe('plan calendar', () => {
  it('holds one event per session for every week of the block, from today on', () => {
    const block = buildBlock({ ...defaultInput(), sessions: 3 }, catalogue, WED);
    const sessions = block.weeks.reduce((n, w) => n + w.plan.sessions.length, 0);
    const gone = block.weeks[0]!.plan.sessions.filter((s) => s.day < 2).length; // Monday and Tuesday have passed
    const text = planToIcs(block, undefined, WED);
    expect(text.match(/BEGIN:VEVENT/g)).toHaveLength(sessions - gone);
    expect(text).toMatch(/^BEGIN:VCALENDAR/);
    expect(text.trim()).toMatch(/END:VCALENDAR$/);
  });

  it('places each session on its date at the chosen time, or after the run by its time', () => {
    const block = buildBlock(defaultInput(), catalogue, WED); // Tuesday and Thursday, from Monday 16 November
    expect(planEvents(block).slice(0, 4).map((e) => e.start)).toEqual([
      [2026, 11, 17, 19, 0], [2026, 11, 19, 19, 0], [2026, 11, 24, 19, 0], [2026, 11, 26, 19, 0],
    ].map(([y, m, d]) => [y, m, d, 18, 0]));
    const timed: PlanInput = { ...defaultInput(), placement: 'separate', times: defaultInput().times.map((t, d) => (d === 1 ? ['07:00', ''] : t)) };
    const tuesday = planEvents(buildBlock({ ...timed, placement: 'hard' }, catalogue, WED))[0]!;
    expect(tuesday.start).toEqual([2026, 11, 17, 8, 0]);
    expect(planEvents(buildBlock({ ...defaultInput(), liftTime: '06:30' }, catalogue, WED))[0]!.start).toEqual([2026, 11, 17, 6, 30]);
  });

  it('ends with race week when a race date is set', () => {
    const block = buildBlock({ ...defaultInput(), raceDate: '2026-12-20' }, catalogue, WED);
    const dates = planEvents(block).map((e) => (e.start as number[]).slice(0, 3).join('-'));
    expect(dates.at(-1)! <= '2026-12-20').toBe(true);
    expect(dates.every((d) => d !== '2026-12-20')).toBe(true);
  });

  it('links each exercise and keeps event ids stable', () => {
    const block = buildBlock(defaultInput(), catalogue, WED);
    const [first] = planEvents(block, 'https://example.test');
    expect(first!.description).toContain(`https://example.test/exercises/${block.weeks[0]!.plan.sessions[0]!.items[0]!.slug}/`);
    expect(first!.uid).toBe('ss-plan-2026-11-17@strongstride');
  });
});
