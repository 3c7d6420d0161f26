/**
 * The plan as an iCalendar file: one event per session of every week of the block, on the block's
 * dates, at the time the plan gives each session (from the runner's run times, else the chosen
 * lifting time). Built with the `ics` package; the page loads this module only when the download
 * button is pressed, so the library stays out of the first download.
 */
import { createEvents, type EventAttributes } from 'ics';
import { addDays } from './dates';
import { formatDose } from './dose';
import type { Block } from './types';

export function planEvents(block: Block, origin = 'https://strongstride.example', from?: string): EventAttributes[] {
  const events: EventAttributes[] = [];
  for (const week of block.weeks) {
    if (!week.start) continue;
    for (const s of week.plan.sessions) {
      const date = addDays(week.start, s.day);
      if (from && date < from) continue; // days of this week already gone
      const [y, m, d] = date.split('-').map(Number) as [number, number, number];
      const [hour, minute] = s.liftAt.split(':').map(Number) as [number, number];
      const lines = [
        `Week ${week.index + 1} of ${block.weeks.length}: ${week.focus}`,
        s.reason,
        s.sameDay ?? '',
        'Warm-up: ' + s.warmUp.map((x) => x.title).join(', '),
        ...s.items.map((it) => `${it.title}: ${formatDose(it.dose)}. ${origin}/exercises/${it.slug}/`),
      ].filter(Boolean);
      events.push({
        title: `Strength session (${s.minutes} min)`,
        description: lines.join('\n'),
        start: [y, m, d, hour, minute],
        startInputType: 'local',
        startOutputType: 'local',
        duration: { minutes: s.minutes },
        uid: `ss-plan-${date}@strongstride`,
        productId: 'strongstride/plan',
        categories: ['Strength training'],
      });
    }
  }
  return events;
}

/** The .ics text; throws only if the ics package rejects the events (a bug, not user input). */
export function planToIcs(block: Block, origin?: string, from?: string): string {
  const { error, value } = createEvents(planEvents(block, origin, from), { calName: 'StrongStride plan', productId: 'strongstride/plan' });
  if (error || !value) throw error ?? new Error('no calendar produced');
  return value;
}
