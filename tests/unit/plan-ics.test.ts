import { describe, expect, it } from 'vitest';
import { buildPlan } from '../../src/lib/plan/build';
import { firstMonday, ICS_WEEKS, planEvents, planToIcs } from '../../src/lib/plan/ics';
import { defaultInput } from '../../src/lib/plan/types';
import { catalogue } from './plan-catalogue';

describe('plan calendar', () => {
  it('holds one event per session for each of the coming weeks', () => {
    for (const sessions of [1, 2, 3, 5]) {
      const plan = buildPlan({ ...defaultInput(), sessions }, catalogue);
      const text = planToIcs(plan, new Date(2026, 10, 18));
      expect(text.match(/BEGIN:VEVENT/g)).toHaveLength(plan.sessions.length * ICS_WEEKS);
      expect(text).toMatch(/^BEGIN:VCALENDAR/);
      expect(text.trim()).toMatch(/END:VCALENDAR$/);
    }
  });

  it('starts on the coming Monday and places each session on its weekday', () => {
    expect(firstMonday(new Date(2026, 10, 18)).getDate()).toBe(23); // Wed 18 Nov 2026 → Mon 23 Nov
    expect(firstMonday(new Date(2026, 10, 23)).getDate()).toBe(23);
    const plan = buildPlan(defaultInput(), catalogue); // Tuesday and Thursday
    const events = planEvents(plan, new Date(2026, 10, 18), 2);
    expect(events.map((e) => e.start)).toEqual([
      [2026, 11, 24, 18, 0], [2026, 11, 26, 18, 0], [2026, 12, 1, 18, 0], [2026, 12, 3, 18, 0],
    ]);
  });

  it('links each exercise and keeps event ids stable', () => {
    const plan = buildPlan(defaultInput(), catalogue);
    const [first] = planEvents(plan, new Date(2026, 10, 18), 1, 'https://example.test');
    expect(first!.description).toContain(`https://example.test/exercises/${plan.sessions[0]!.items[0]!.slug}/`);
    expect(first!.uid).toBe('ss-plan-w1-d1@strongstride');
  });
});
