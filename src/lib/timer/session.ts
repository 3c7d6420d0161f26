/**
 * A timer plan for one session of the runner's plan (src/lib/plan/), for the plan builder's
 * session cards: each item's sets of reps or timed holds, in the session's order, with the
 * session's rest estimate between sets (always the site's estimate; no source gives a rest time).
 * A hold dosed per side runs once per side; reps per side are counted as one set ("8–10 each side").
 */
import type { PlanItem } from '../plan/types';
import { checkPlan, type TimerItem, type TimerPlan } from './machine';

/** The timer's line about the rests it counts, under its controls on a session card. */
export const SESSION_REST_NOTE = 'The rests are the ones on the card: our estimate, as no source gives a rest time.';

export function sessionTimerPlan(items: readonly Pick<PlanItem, 'slug' | 'title' | 'dose'>[]): TimerPlan {
  return checkPlan({
    rounds: 1,
    items: items.map(({ slug, title, dose }): TimerItem => {
      const amount: Pick<TimerItem, 'seconds' | 'reps'> =
        dose.seconds !== undefined
          ? { seconds: dose.seconds }
          : { reps: `${dose.reps![0]}–${dose.reps![1]}${dose.perSide ? ' each side' : ''}` };
      return {
        title,
        href: `/exercises/${slug}/`,
        exercise: slug,
        ...amount,
        rest: dose.restSeconds,
        sets: dose.sets,
        ...(dose.perSide && dose.seconds !== undefined && { sides: { limb: 'side', by: 'set' } }),
      };
    }),
  });
}
