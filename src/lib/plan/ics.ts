/**
 * The plan as an iCalendar file: one event per session per week for the coming weeks, built
 * with the `ics` package. The page loads this module only when the download button is pressed,
 * so the library stays out of the first download.
 */
import { createEvents, type EventAttributes } from 'ics';
import { formatDose } from './dose';
import type { Plan } from './types';

export const ICS_WEEKS = 4;
/** Sessions go in the evening by default: after the day's run, which comes first. */
const START_HOUR = 18;

/** The Monday on or after `from` (local time), at midnight. */
export function firstMonday(from: Date): Date {
  const d = new Date(from.getFullYear(), from.getMonth(), from.getDate());
  const offset = (8 - d.getDay()) % 7; // getDay: Sunday 0, Monday 1
  d.setDate(d.getDate() + offset);
  return d;
}

export function planEvents(plan: Plan, from: Date, weeks = ICS_WEEKS, origin = 'https://strongstride.example'): EventAttributes[] {
  const monday = firstMonday(from);
  const events: EventAttributes[] = [];
  for (let w = 0; w < weeks; w++) {
    for (const s of plan.sessions) {
      const day = new Date(monday);
      day.setDate(monday.getDate() + w * 7 + s.day);
      const lines = [
        s.reason,
        s.sameDay ?? '',
        'Warm-up: ' + s.warmUp.map((x) => x.title).join(', '),
        ...s.items.map((it) => `${it.title}: ${formatDose(it.dose)}. ${origin}/exercises/${it.slug}/`),
      ].filter(Boolean);
      events.push({
        title: `Strength session (${s.minutes} min)`,
        description: lines.join('\n'),
        start: [day.getFullYear(), day.getMonth() + 1, day.getDate(), START_HOUR, 0],
        startInputType: 'local',
        startOutputType: 'local',
        duration: { minutes: s.minutes },
        uid: `ss-plan-w${w + 1}-d${s.day}@strongstride`,
        productId: 'strongstride/plan',
        categories: ['Strength training'],
      });
    }
  }
  return events;
}

/** The .ics text; throws only if the ics package rejects the events (a bug, not user input). */
export function planToIcs(plan: Plan, from: Date, weeks = ICS_WEEKS, origin?: string): string {
  const { error, value } = createEvents(planEvents(plan, from, weeks, origin), { calName: 'StrongStride plan', productId: 'strongstride/plan' });
  if (error || !value) throw error ?? new Error('no calendar produced');
  return value;
}
