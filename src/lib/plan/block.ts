/**
 * A plan is a block of weeks, not one week repeated. The block moves in 4-week steps that change
 * the exercises and progress the doses (R15, 001_b9fa631abd2b8a2f.txt: progress or change a routine
 * every 3–4 weeks); an off-season heavy block builds to 5 sets of 4–6 over 12 weeks (R12,
 * 003_d645da0e53dcb1e5.txt: an 8–12-week block building up to 5 × 4–6). With a race date the block
 * counts back from the race: heavy work ends before the race build, race week keeps only short
 * light sessions and the days after the race have no lifting. The sources give no race-week or
 * taper rules, no lighter weeks and no rest after a race: those are the site's own defaults
 * (guidance.ts OUR_DEFAULTS) and the block's notes say so. Dates are calendar days (dates.ts).
 */
import { buildWeek } from './build';
import { addDays, dayMonthYear, daysBetween, mondayOf, weekday } from './dates';
import { HEAVY, OUR_DEFAULTS, RHYTHM } from './guidance';
import { heavyLoadingAllowed } from './rules';
import { weekRuns } from './schedule';
import { PHASE_LABELS, isDemanding, type Block, type BlockWeek, type Phase, type Plan, type PlanExercise, type PlanInput, type WeekContext } from './types';

interface Outline {
  contexts: WeekContext[];
  /** Each week's Monday, when the block has dates. */
  starts?: string[];
  /** The week that holds today, 0-based: 0 when the block starts later or has no dates. */
  now: number;
  /** The block starts after this week (a start date ahead). */
  upcoming: boolean;
  race?: Block['race'];
  notices: string[];
  notes: string[];
}

const isHeavyBlock = (phase: Phase, input: PlanInput) => heavyLoadingAllowed(phase, input.experience);

/** How long a block starting on `start` runs, and where the race falls in it (with what could not be used). */
function placeRace(input: PlanInput, today: string, start: string): { weeks: number; race?: Block['race']; notices: string[] } {
  const weeks: number = input.phase === 'race-week' ? 1 : OUR_DEFAULTS.blockWeeks.value;
  if (!input.raceDate) return { weeks, notices: [] };
  const daysToGo = daysBetween(today, input.raceDate);
  const raceWeek = Math.floor(daysBetween(start, input.raceDate) / 7);
  if (daysToGo < 0) return { weeks, notices: [`race date ${input.raceDate} (it has passed: the plan ignores it)`] };
  if (raceWeek < 0) return { weeks, notices: [`race date ${input.raceDate} (it comes before the block starts on ${dayMonthYear(start)}: the plan ignores it)`] };
  if (raceWeek >= OUR_DEFAULTS.maxBlockWeeks.value) {
    return { weeks, notices: [`race date ${input.raceDate} (more than ${OUR_DEFAULTS.maxBlockWeeks.value} weeks away: the plan counts back from it once it is closer)`] };
  }
  return { weeks: raceWeek + 1, race: { date: input.raceDate, week: raceWeek, day: weekday(input.raceDate), daysToGo }, notices: [] };
}

/**
 * The weeks of the block and what each is for. `today` ("YYYY-MM-DD") dates the block and places
 * the race; without it the block has no dates and neither a start date nor a race date is used.
 * The block starts on the Monday of the start date, else this Monday. A start date in the past
 * keeps the block where it began, so a runner coming back sees the week they are in; once that
 * block is over, a new one starts this week.
 */
export function outlineBlock(input: PlanInput, today?: string): Outline {
  const notices: string[] = [];
  const notes: string[] = [];
  const thisMonday = today ? mondayOf(today) : undefined;
  let start = thisMonday && input.startDate ? mondayOf(input.startDate) : thisMonday;
  let placed: ReturnType<typeof placeRace> = { weeks: input.phase === 'race-week' ? 1 : OUR_DEFAULTS.blockWeeks.value, notices: [] };
  let now = 0;
  if (today && start && thisMonday) {
    placed = placeRace(input, today, start);
    now = Math.max(0, daysBetween(start, thisMonday) / 7);
    if (now >= placed.weeks) {
      notices.push(`block start ${input.startDate} (that ${placed.weeks}-week block ended on ${dayMonthYear(addDays(start, placed.weeks * 7 - 1))}: a new block starts this week)`);
      start = thisMonday;
      placed = placeRace(input, today, start);
      now = 0;
    }
    notices.push(...placed.notices);
  }
  const { weeks, race } = placed;
  const buildWeeks = race ? OUR_DEFAULTS.raceBuildWeeks.value : 0;
  const phaseOf = (w: number): Phase => {
    if (race) {
      if (w === race.week) return 'race-week';
      if (input.phase === 'race-week') return 'season';
      if (input.phase === 'base' && w >= race.week - buildWeeks) return 'season';
      return input.phase;
    }
    return input.phase;
  };
  if (race && input.phase === 'race-week' && race.week > 0) {
    notices.push(`season phase "race week" (your race is ${race.week} week${race.week === 1 ? '' : 's'} after the block's first week: the weeks before race week are planned as in-season)`);
  }

  const step = RHYTHM.stepWeeks.value;
  const contexts: WeekContext[] = [];
  for (let w = 0; w < weeks; w++) {
    const phase = phaseOf(w);
    const stepIndex = Math.floor(w / step);
    const heavy = isHeavyBlock(phase, input);
    const raceWeek = !!race && w === race.week;
    const noLift: number[] = [];
    if (race && raceWeek) for (let d = race.day; d <= Math.min(6, race.day + OUR_DEFAULTS.daysOffAfterRace.value); d++) noLift.push(d);
    const ctx: WeekContext = {
      phase,
      step: stepIndex + 1,
      weekInStep: (w % step) + 1,
      lighter: heavy && w % step === step - 1 && w < weeks - 1 && phaseOf(w + 1) === phase,
      heavySets: Math.min(HEAVY.sets.value, HEAVY.firstSets.value + stepIndex),
      noLift,
      previous: [],
    };
    if (raceWeek) ctx.raceDay = race!.day;
    contexts.push(ctx);
  }
  // The day after Sunday is next week's Monday: a race there makes Sunday the day before a key run,
  // and race week's Monday is never demanding.
  for (let w = 0; w + 1 < contexts.length; w++) {
    const next = contexts[w + 1]!;
    if (next.phase === 'race-week') {
      contexts[w]!.nextMonday = { runs: weekRuns(input, next)[0]!, demanding: false };
    }
  }

  notes.push(`Exercises change every ${step} weeks where the library has another that fits: a coach's rhythm is to progress or change a routine every 3–4 weeks.`);
  if (contexts.some((c) => isHeavyBlock(c.phase, input))) {
    notes.push(
      `Heavy days build from ${HEAVY.firstSets.value} to ${HEAVY.sets.value} sets of ${HEAVY.reps.value.join('–')}: a physio's off-season block runs ${HEAVY.blockWeeks.value.join('–')} weeks and builds up to ${HEAVY.sets.value} × ${HEAVY.reps.value.join('–')}. Starting at ${HEAVY.firstSets.value} sets is our choice.`,
    );
  }
  if (contexts.some((c) => c.lighter)) notes.push('The last week of each heavy step is lighter, one set fewer: our suggestion, as the sources do not mention lighter weeks.');
  const change = contexts.findIndex((c, i) => i > 0 && c.phase !== contexts[i - 1]!.phase && c.phase !== 'race-week');
  if (change > 0) {
    notes.push(
      `From week ${change + 1} the block moves from ${PHASE_LABELS[contexts[change - 1]!.phase].toLowerCase()} to ${PHASE_LABELS[contexts[change]!.phase].toLowerCase()}: heavy lifts give way to moderate loads ${buildWeeks} weeks before race week (our default), as one gym shifts the focus to power and endurance once races are near and a physio keeps heavy blocks to a quiet time of year.`,
    );
  }
  if (race) {
    notes.push(`Race week: at most ${OUR_DEFAULTS.raceWeekMaxSessions.value} short, light sessions, and no lifting on race day or the ${OUR_DEFAULTS.daysOffAfterRace.value} days after it (our defaults: the sources give no race-week rules).`);
    notes.push('After the race: a few easy days, then start a new block, in the off-season phase if your mileage drops.');
  }
  const first = start;
  return {
    contexts,
    ...(first ? { starts: contexts.map((_, w) => addDays(first, w * 7)) } : {}),
    now,
    upcoming: !!first && !!thisMonday && first > thisMonday,
    ...(race ? { race } : {}),
    notices,
    notes,
  };
}

/** The context of the first week: what buildPlan and the week view use. */
export function firstWeekContext(input: PlanInput, today?: string): WeekContext {
  return outlineBlock(input, today).contexts[0]!;
}

/** One line on what a week is for. */
function focusOf(ctx: WeekContext, input: PlanInput): string {
  if (ctx.phase === 'race-week') return 'Race week: short, light sessions only; nothing on race day or just after it.';
  const change = ctx.step > 1 && ctx.weekInStep === 1 ? 'New exercises where the library has them. ' : '';
  if (ctx.lighter) return `${change}Lighter week: one set fewer, same weights, before the next step.`;
  if (isHeavyBlock(ctx.phase, input)) return `${change}Heavy days: ${ctx.heavySets} sets of ${HEAVY.reps.value.join('–')}, adding weight while every rep stays clean.`;
  if (input.experience === 'new') {
    return change + (ctx.step === 1 ? 'Learn each move in its easier version or with no weight.' : ctx.step === 2 ? 'Move to the full versions; add a light weight once 10 reps feel steady.' : 'Once 15 clean reps come, go heavier or harder.');
  }
  if (ctx.phase === 'marathon') return `${change}Marathon block: hold steady, clean reps; bodyweight is often enough.`;
  if (ctx.phase === 'season') return `${change}In-season: moderate loads moved with intent, never to failure.`;
  return change + (ctx.step === 1 ? 'Weights you can move cleanly 8–12 times.' : 'Progress: when 15 reps come easily, go heavier.');
}

/** Every week of the block, each planned by the same engine. */
export function buildBlock(input: PlanInput, catalogue: readonly PlanExercise[], today?: string): Block {
  const outline = outlineBlock(input, today);
  const weeks: BlockWeek[] = [];
  let previous: string[] = [];
  let stepExercises: string[] = [];
  let sundayDemanding = false;
  for (const [index, ctx] of outline.contexts.entries()) {
    if (index > 0 && ctx.weekInStep === 1) {
      previous = stepExercises;
      stepExercises = [];
    }
    const context = { ...ctx, previous, ...(sundayDemanding ? { afterDemandingSunday: true } : {}) };
    const plan = buildWeek(input, catalogue, context);
    sundayDemanding = isDemanding(plan.sessions.find((s) => s.day === 6)?.lowerLoad);
    for (const s of plan.sessions) for (const it of s.items) if (!stepExercises.includes(it.slug)) stepExercises.push(it.slug);
    const week: BlockWeek = { index, context, focus: focusOf(context, input), raceWeek: context.phase === 'race-week' && !!outline.race, plan };
    if (outline.starts) week.start = outline.starts[index]!;
    weeks.push(week);
  }
  return { input, weeks, now: outline.now, upcoming: outline.upcoming, ...(outline.race ? { race: outline.race } : {}), notes: outline.notes, notices: outline.notices };
}

/** The first week of the plan: what the week view shows. `today` ("YYYY-MM-DD") places a race date. */
export function buildPlan(input: PlanInput, catalogue: readonly PlanExercise[], today?: string): Plan {
  return buildWeek(input, catalogue, firstWeekContext(input, today));
}
