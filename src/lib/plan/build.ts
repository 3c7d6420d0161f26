/**
 * buildWeek: a runner's week in, a week of strength sessions out (block.ts strings the weeks of a
 * block together; its buildPlan is the first week). Pure and deterministic: the same input, week context and
 * catalogue always give the same plan (no clock, no randomness, ties broken by slug). The input
 * must already be valid (input.ts checks links and saved plans at their boundary). The steps:
 * pick the days and how hard each may load the legs (schedule.ts), then for each session pick
 * exercises so that the week covers every slot (select.ts), dose them (dose.ts) and keep adding
 * while the minutes allow. Wishes the engine cannot honour are returned in `unmet` with the reason.
 */
import { doseFor, itemMinutes } from './dose';
import { SHORT_SESSION_MINUTES } from './guidance';
import { easierVersion, sessionMinutesCap } from './rules';
import { dayReason, PLACEMENT_TRADE_OFFS, sameDay, schedule, tomorrowClaim, weekRuns } from './schedule';
import { covers, EMPHASIS_SLOTS, pickExercise, SLOT_LABELS, TIER_A, TIER_B, WEEKLY_SLOTS, warmUp } from './select';
import { DAY_NAMES, EMPHASIS_LABELS, isDemanding, type Plan, type PlanExercise, type PlanInput, type PlanItem, type Session, type Slot, type Unmet, type WeekContext } from './types';

const DISPLAY_ORDER: readonly Slot[] = ['power', 'knee', 'hinge', 'single-leg', 'lateral-hip', 'calves', 'push', 'pull', 'core', 'extra'];

/** Minutes kept for the warm-up and cool-down, by session length. */
export function overheadMinutes(minutes: number): { warmUp: number; coolDown: number } {
  return minutes <= 20 ? { warmUp: 3, coolDown: 1 } : { warmUp: 5, coolDown: 2 };
}

const tenths = (minutes: number) => Math.round(minutes * 10);


function progression(input: PlanInput, phase: Plan['phase']): string[] {
  const steps: string[] = [];
  if (phase === 'race-week') {
    steps.push('This week: short and easy, to arrive at the start fresh.');
    steps.push('After the race: a few easy days, then back to your usual plan and loads.');
    return steps;
  }
  if (input.experience === 'new') {
    steps.push('Weeks 1–2: learn each move in its easier version or with no weight.');
    steps.push('Weeks 3–4: move to the full version; when 10 reps feel steady, add a light weight.');
    steps.push('Then: once 15 clean reps come, go heavier or harder.');
  } else if (phase === 'base' && input.experience === 'experienced') {
    steps.push('Weeks 1–4: heavy days at 3 sets of 4–6, adding weight while every rep stays clean.');
    steps.push('Weeks 5–8: 4 sets; weeks 9–12: 5 sets of 4–6, as the heavy block builds.');
    steps.push('Run the heavy block 8–12 weeks while mileage is low, then ease to maintenance as racing nears.');
  } else if (phase === 'marathon') {
    steps.push('Hold steady while mileage climbs: same loads, clean reps.');
    steps.push('Weeks 3–4: swap one or two exercises for a neighbour on the same ladder.');
    steps.push('Heavy squats and deadlifts wait until mileage drops.');
  } else if (phase === 'season') {
    steps.push('Weeks 1–2: moderate loads for 8–12 clean reps, moved with intent, never to failure.');
    steps.push('Weeks 3–4: change an exercise or two rather than adding weight.');
    steps.push('Heavier blocks return after the season.');
  } else {
    steps.push('Weeks 1–2: choose weights you can move cleanly for 8–12 reps.');
    steps.push('Weeks 3–4: progress or change the routine; when 15 reps come easily, go heavier.');
    steps.push('After a few steady months, try heavier sets of 4–6 in the off-season.');
  }
  steps.push('Give it about three months before judging the results.');
  return steps;
}

export function buildWeek(input: PlanInput, catalogue: readonly PlanExercise[], ctx: WeekContext): Plan {
  const bySlug = new Map(catalogue.map((e) => [e.slug, e]));
  const phase = ctx.phase;
  const runs = weekRuns(input, ctx);
  const plan = { runs };
  const { days, unmet } = schedule(input, plan, ctx, phase);
  const minutesCap = sessionMinutesCap(input, phase);
  const { warmUp: warmMinutes, coolDown: coolMinutes } = overheadMinutes(minutesCap);
  const budget = minutesCap - warmMinutes - coolMinutes;
  const maxSets = minutesCap < 25 ? 2 : 5;
  const firstSets = minutesCap < 25 ? 1 : 2;
  const previous = new Set(ctx.previous);

  const weekCovered = new Map<Slot, number>();
  const usedThisWeek = new Map<string, number>();
  const corePatterns = new Map<string, number>();
  /** Why a weekly slot was missed: no exercise at all, or no time. */
  const missReason = new Map<Slot, 'equipment' | 'time'>();
  const emphasisMissed = new Set<string>();
  const wantsPower = phase === 'season' && input.experience === 'experienced';
  const emphasisSlots = new Set(input.emphasis.flatMap((e) => EMPHASIS_SLOTS[e]));

  const sessions: Session[] = days.map((d) => {
    const maxItems = d.lowerLoad === 'heavy' ? 5 : 7;
    const items: PlanItem[] = [];
    const inSession = new Set<string>();
    let used = 0; // tenths of a minute, kept whole so rounding never lets a session overrun
    const base: Slot[] = [...WEEKLY_SLOTS];
    if (wantsPower && d.lowerLoad !== 'light') base.push('power');
    const rank = (slot: Slot) => {
      // A heavy day is built on its heavy squat and hinge, so they are chosen before anything else.
      if (d.lowerLoad === 'heavy' && (slot === 'knee' || slot === 'hinge')) return slot === 'knee' ? -2 : -1;
      // Calves at least once a week (R7: 002_5ead5ffcbdf72614.txt, 004_749804ad59120ee2.txt).
      if (slot === 'calves' && !weekCovered.get('calves')) return 0.12;
      if (emphasisSlots.has(slot)) return 0.15; // right after the main leg lifts, in every session
      const covered = weekCovered.get(slot) ? 1 : 0;
      const tier = TIER_A.includes(slot) ? 0 : TIER_B.includes(slot) ? 1 : 2;
      return covered * 10 + tier * 3 + base.indexOf(slot) / 10;
    };
    const order = [...base].sort((a, b) => rank(a) - rank(b));
    const dayRuns = runs[d.day]!;
    const doseCtx = {
      phase, experience: input.experience, lowerLoad: d.lowerLoad, maxSets, allLight: dayRuns.includes('long') || dayRuns.includes('race'),
      heavySets: ctx.heavySets, lighter: ctx.lighter,
    };
    const full = new Map<PlanItem, number>();

    // First pass: as many slots as fit at two sets each (one in short sessions, or where that is the full dose).
    const sessionCovers = (slot: Slot) => items.some((it) => covers(bySlug.get(it.slug)!, slot));
    for (const slot of order) {
      if (sessionCovers(slot)) continue;
      const ex = pickExercise(slot, catalogue, { input, lowerLoad: d.lowerLoad, inSession, usedThisWeek, corePatternsThisWeek: corePatterns, previous, phase });
      if (!ex) {
        if (!missReason.has(slot)) missReason.set(slot, 'equipment');
        continue;
      }
      const fullDose = doseFor(ex, slot, doseCtx);
      const dose = { ...fullDose, sets: Math.min(firstSets, fullDose.sets) };
      const minutes = itemMinutes(dose);
      if (used + tenths(minutes) > budget * 10 || items.length >= maxItems) {
        missReason.set(slot, 'time');
        if (emphasisSlots.has(slot)) emphasisMissed.add(slot);
        continue;
      }
      used += tenths(minutes);
      inSession.add(ex.slug);
      const item: PlanItem = { slug: ex.slug, title: ex.title, slot, dose, cue: ex.cue, minutes };
      if (input.experience === 'new') {
        const regression = easierVersion(ex, bySlug, input);
        if (regression) item.regression = { ...regression };
      }
      items.push(item);
      full.set(item, fullDose.sets);
    }
    // Second pass: spend the minutes left on more sets, main lifts first, up to the full dose.
    for (let grew = true; grew; ) {
      grew = false;
      for (const item of items) {
        if (item.dose.sets >= full.get(item)!) continue;
        const dose = { ...item.dose, sets: item.dose.sets + 1 };
        const minutes = itemMinutes(dose);
        const extra = tenths(minutes) - tenths(item.minutes);
        if (used + extra > budget * 10) continue;
        used += extra;
        item.dose = dose;
        item.minutes = minutes;
        grew = true;
      }
    }
    for (const item of items) {
      const ex = bySlug.get(item.slug)!;
      usedThisWeek.set(ex.slug, (usedThisWeek.get(ex.slug) ?? 0) + 1);
      if (ex.pattern.startsWith('core-')) corePatterns.set(ex.pattern, (corePatterns.get(ex.pattern) ?? 0) + 1);
      for (const slot of WEEKLY_SLOTS) if (covers(ex, slot)) weekCovered.set(slot, (weekCovered.get(slot) ?? 0) + 1);
    }
    // Jumps first while the legs are fresh, then the big leg lifts, upper body, and core last.
    items.sort((a, b) => DISPLAY_ORDER.indexOf(a.slot) - DISPLAY_ORDER.indexOf(b.slot));
    // A heavy day that ended up with no heavy lift (coverage came first) is a moderate day.
    const lowerLoad = d.lowerLoad === 'heavy' && !items.some((it) => it.dose.loadClass === 'heavy') ? 'moderate' : d.lowerLoad;
    const minutes = warmMinutes + coolMinutes + Math.ceil(used / 10);
    const { note, liftAt, gapMissed } = sameDay(d.day, input, dayRuns, minutes);
    if (gapMissed) unmet.push({ wish: gapMissed, reason: 'the run times leave no room for it, so the session follows the order note on its card.' });
    const session: Session = {
      day: d.day,
      dayName: DAY_NAMES[d.day]!,
      run: input.week[d.day]!,
      runs: dayRuns,
      reason: '',
      liftAt,
      lowerLoad,
      warmUp: warmUp(catalogue, input, phase),
      items,
      minutes,
      coolDown: 'Easy stretching for hips, calves and upper back.',
    };
    if (note) session.sameDay = note;
    return session;
  });
  const legDays = sessions.filter((s) => isDemanding(s.lowerLoad)).length;
  // Claims about tomorrow come last, once every day's load is final, so each one is true.
  for (const s of sessions) {
    const claim = tomorrowClaim(s.day, s.lowerLoad, plan, ctx.nextMonday);
    if (claim) s.tomorrow = claim;
    s.reason = dayReason(s.day, input, plan, { load: s.lowerLoad, legDays, ...(claim ? { claim } : {}), raceWeek: phase === 'race-week' });
  }

  const missed: Unmet[] = [];
  for (const slot of WEEKLY_SLOTS) {
    if (weekCovered.get(slot)) continue;
    const why = missReason.get(slot);
    const label = SLOT_LABELS[slot];
    missed.push({
      wish: slot === 'lateral-hip' ? `a ${label} move (added when time allows)` : `${/^[aeiou]/.test(label) ? 'an' : 'a'} ${label} move each week`,
      reason:
        why === 'equipment'
          ? `no exercise in the library for this works with the equipment you ticked.`
          : `it did not fit in ${sessions.length === 1 ? 'one session' : `${sessions.length} sessions`} of ${minutesCap} minutes; more minutes or another session would make room.`,
    });
  }
  for (const e of input.emphasis) {
    if (EMPHASIS_SLOTS[e].some((slot) => emphasisMissed.has(slot) && !sessions.every((s) => s.items.some((it) => covers(bySlug.get(it.slug)!, slot))))) {
      missed.push({ wish: `extra ${EMPHASIS_LABELS[e].toLowerCase()} work in every session`, reason: `not every session had the minutes for it.` });
    }
  }

  if (input.sessions >= 4 && input.minutes > SHORT_SESSION_MINUTES.value) {
    missed.push({
      wish: `${input.minutes}-minute sessions`,
      reason: `with ${input.sessions} sessions a week each is kept to ${SHORT_SESSION_MINUTES.value} minutes: one coach says some runners prefer three to five shorter sessions, and that 20 to 30 minutes is all a session needs. Choose 3 sessions for longer ones.`,
    });
  }
  const notes = [
    PLACEMENT_TRADE_OFFS[input.placement],
    'Rest times are our estimates, only to time the session: no source gives one; after heavy sets, rest until you can repeat the set as well.',
    'If form slips, go lighter or end the set. If something hurts, stop and see a physio.',
  ];
  return { input, phase, runs, sessions, progression: progression(input, phase), notes, unmet: [...unmet, ...missed] };
}
