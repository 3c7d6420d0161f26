/**
 * Choosing strength days from the running week and how hard each may load the legs. Every
 * combination of days is scored (at most 35 of them) and the best kept, so the choice is exact
 * and deterministic: ties go to the earliest days. Where the sources disagree on placement
 * (DOMAIN.md R17) the runner picks:
 * - `hard`: lift on hard-run days, run first (000_5b4806289219b645.txt: most coaches stack
 *   strength on hard days so recovery runs stay easy);
 * - `moderate`: lift after easy or moderate runs (003_d645da0e53dcb1e5.txt: neither
 *   high-intensity nor high-volume days);
 * - `separate`: lift on days without a run, else 6 hours or more apart (002_5ead5ffcbdf72614.txt).
 * Whatever the choice, the rules in rules.ts hold: the day before a key session keeps legs light,
 * and at most two days a week load the legs hard, never two in a row.
 */
import { OUR_DEFAULTS, SAME_DAY_GAP_HOURS } from './guidance';
import {
  MAX_DEMANDING_LEG_DAYS,
  demandingDaysApart,
  hasDayOffBetweenSessions,
  heavyLegsAllowedOn,
  heavyLoadingAllowed,
  isDayBeforeKey,
  isKeyDay,
  needsDayOffBetween,
  nextDay,
  tomorrowSentence,
} from './rules';
import { DAY_NAMES, KEY_RUNS, RUN_WORDS, isDemanding, type LowerLoad, type Placement, type Plan, type PlanInput, type RunType, type TimeOfDay, type TomorrowClaim, type Unmet, type WeekContext } from './types';

/** How well each kind of day suits a session under each placement choice. */
const DAY_SCORE: Record<Placement, Record<RunType, number>> = {
  hard: { hard: 10, rest: 6, moderate: 5, easy: 4, long: -3, race: -30 },
  moderate: { moderate: 10, easy: 9, rest: 7, hard: 3, long: -3, race: -30 },
  separate: { rest: 10, easy: 5, moderate: 5, hard: 4, long: -3, race: -30 },
};

export interface ScheduledDay {
  day: number;
  lowerLoad: LowerLoad;
}

/** Each day's runs this week: the input's week, with the goal race on its day in race week. */
export function weekRuns(input: PlanInput, ctx: Pick<WeekContext, 'raceDay'>): RunType[][] {
  return input.week.map((run, day) => {
    if (day === ctx.raceDay) return ['race'];
    const runs: RunType[] = run === 'rest' ? [] : [run];
    if (input.second[day] && input.second[day] !== 'none') runs.push(input.second[day] as RunType);
    return runs;
  });
}

function combinations(n: number, k: number): number[][] {
  const out: number[][] = [];
  const pick = (start: number, acc: number[]) => {
    if (acc.length === k) return void out.push([...acc]);
    for (let i = start; i < n; i++) pick(i + 1, [...acc, i]);
  };
  pick(0, []);
  return out;
}

const gap = (a: number, b: number) => Math.min(Math.abs(a - b), 7 - Math.abs(a - b));

type Runs = Pick<Plan, 'runs'>;
type Next = WeekContext['nextMonday'];

/**
 * The most the legs may do on a day, before the weekly limit on demanding days. Light: race week,
 * new lifters, the day of a long run or race, a two-run day and the day before a key session.
 */
export function maxLowerLoad(day: number, input: PlanInput, plan: Runs, phase: Plan['phase'], next?: Next): LowerLoad {
  const runs = plan.runs[day] ?? [];
  if (phase === 'race-week' || input.experience === 'new') return 'light';
  if (runs.includes('long') || runs.includes('race') || runs.length > 1) return 'light';
  if (isDayBeforeKey(day, plan, next)) return 'light';
  if (heavyLoadingAllowed(phase, input.experience) && heavyLegsAllowedOn(runs)) return 'heavy';
  return 'moderate';
}

/** Whether a day could carry demanding legs in any phase: the day choice must not depend on phase. */
function couldBeDemanding(day: number, input: PlanInput, plan: Runs, next?: Next): boolean {
  return maxLowerLoad(day, { ...input, experience: 'returning' }, plan, 'base', next) !== 'light';
}

function dayScore(day: number, input: PlanInput, plan: Runs, next?: Next): number {
  const runs = plan.runs[day] ?? [];
  const kind = runs.length ? (runs.find((r) => KEY_RUNS.includes(r)) ?? runs[0]!) : 'rest';
  let score = DAY_SCORE[input.placement][kind];
  if (runs.length > 1) score -= 3;
  if (isDayBeforeKey(day, plan, next)) score -= 2;
  if ((plan.runs[(day + 6) % 7] ?? []).includes('race')) score -= 8; // the day after a race
  if (couldBeDemanding(day, input, plan, next)) score += 2;
  return score;
}

function setScore(days: number[], input: PlanInput, plan: Runs, next?: Next): number {
  let score = days.reduce((sum, d) => sum + dayScore(d, input, plan, next), 0);
  for (let i = 0; i < days.length; i++) {
    for (let j = i + 1; j < days.length; j++) {
      const g = gap(days[i]!, days[j]!);
      if (g === 1) score -= 3;
      else if (g >= 2) score += 0.5;
    }
  }
  return score;
}

/** Picks the best set of days for the sessions, never a day kept free after a race. */
export function chooseDays(input: PlanInput, plan: Runs, count: number, noLift: readonly number[] = [], next?: Next): number[] {
  const open = [0, 1, 2, 3, 4, 5, 6].filter((d) => !noLift.includes(d));
  let best: number[] = [];
  let bestScore = -Infinity;
  for (let k = Math.min(count, open.length); k > 0 && !best.length; k--) {
    for (const pick of combinations(open.length, k)) {
      const days = pick.map((i) => open[i]!);
      if (needsDayOffBetween(input.sessions) && !hasDayOffBetweenSessions(days)) continue;
      const score = setScore(days, input, plan, next);
      if (score > bestScore) {
        best = days;
        bestScore = score;
      }
    }
  }
  return best;
}

/**
 * The lower-body load of each chosen day: at most two demanding days, never adjacent, chosen the
 * same way whatever the phase (so a block's weeks line up), heavy where the phase allows it.
 */
export function assignLoads(days: number[], input: PlanInput, plan: Runs, phase: Plan['phase'], next?: Next, afterDemandingSunday = false): ScheduledDay[] {
  const max = new Map(days.map((d) => [d, maxLowerLoad(d, input, plan, phase, next)]));
  const candidates = days.filter(
    (d) => couldBeDemanding(d, input, plan, next) && isDemanding(max.get(d)) && !(d === 6 && next?.demanding) && !(d === 0 && afterDemandingSunday),
  );
  let best: number[] = [];
  let bestScore = -Infinity;
  for (let k = Math.min(MAX_DEMANDING_LEG_DAYS, candidates.length); k > 0; k--) {
    for (const pick of combinations(candidates.length, k)) {
      const chosen = pick.map((i) => candidates[i]!);
      if (!demandingDaysApart(chosen)) continue;
      // Prefer days that allow heavy legs in any phase (hard or rest days), then wider spacing.
      const score = chosen.reduce((sum, d) => sum + (heavyLegsAllowedOn(plan.runs[d] ?? []) ? 2 : 0), 0) + (chosen.length === 2 ? gap(chosen[0]!, chosen[1]!) / 10 : 0);
      if (score > bestScore) {
        best = chosen;
        bestScore = score;
      }
    }
    if (best.length) break;
  }
  return days.map((day) => ({ day, lowerLoad: best.includes(day) ? max.get(day)! : 'light' }));
}

/** The claim a session makes about tomorrow, if any: every one is checked by the rules. */
export function tomorrowClaim(day: number, load: LowerLoad, plan: Runs, next?: Next): TomorrowClaim | undefined {
  const runs = day === 6 && next ? next.runs : (plan.runs[nextDay(day)] ?? []);
  const key = runs.find((r) => KEY_RUNS.includes(r));
  if (key && load === 'light') return { kind: 'key', day: nextDay(day), run: key };
  if (isDemanding(load) && !isKeyDay(runs)) return { kind: 'calm', day: nextDay(day) };
  return undefined;
}

const runList = (runs: readonly RunType[]) => runs.map((r) => RUN_WORDS[r]).join(' and ');

/** What a session's reason says besides its day: its leg load, how many leg days the week has, what follows. */
export interface ReasonContext {
  load: LowerLoad;
  /** Sessions this week whose legs are demanding (heavy or moderate): at most two (rules.ts). */
  legDays: number;
  claim?: TomorrowClaim;
  raceWeek?: boolean;
}

/** The plain-words reason a session sits on its day; ends with its claim about tomorrow. */
export function dayReason(day: number, input: PlanInput, plan: Runs, { load, legDays, claim, raceWeek = false }: ReasonContext): string {
  const { placement } = input;
  const runs = plan.runs[day] ?? [];
  const name = DAY_NAMES[day];
  let text: string;
  if (runs.includes('race')) {
    text = `${name}, after your race: no other day was free, so keep it short and light, or skip it if your legs are sore.`;
  } else if (runs.includes('long')) {
    text = `${name}, after your long run: no better day was free, so keep it short and easy on the legs.`;
  } else if (runs.length > 1) {
    text = `${name}, a day with two runs (${runList(runs)}): no better day was free, so the legs stay light.`;
  } else if (runs[0] === 'hard') {
    text =
      placement === 'hard'
        ? `${name}, after your hard session: putting the lifting on a day that is already hard keeps the easier days easy.`
        : `${name}, after your hard session: your preferred days were too few, so this one doubles up; keep the lifting crisp.`;
  } else if (runs[0] === 'easy' || runs[0] === 'moderate') {
    text =
      placement === 'moderate'
        ? `${name}, after your ${RUN_WORDS[runs[0]]}: a low-key day has room for lifting without dulling hard sessions or using up a rest day.`
        : `${name}, after your ${RUN_WORDS[runs[0]]}: the better days were used or ruled out, so the leg work here stays in check.`;
  } else {
    text =
      placement === 'separate'
        ? `${name}, a day without running: the lifting gets your full attention and every run stays fresh.`
        : `${name}, a day without running: no run to protect, though it uses some of that day's recovery.`;
  }
  if (raceWeek) text += ' Race week: short and light only.';
  if (isDemanding(load)) text += `${legDays > 1 ? ' One of your two leg days this week' : ' Your leg day this week'}${load === 'heavy' ? ', a heavy one' : ''}.`;
  if (claim) text += ` ${tomorrowSentence(claim)}`;
  return text;
}

const minutesOf = (time: TimeOfDay) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
const clock = (minutes: number) => `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
const GAP = SAME_DAY_GAP_HOURS.value * 60;
const EARLIEST = 6 * 60;
const LATEST = minutesOf(OUR_DEFAULTS.latestLift.value);

/**
 * Order, spacing and time for a session on a run day. Run first when running is the priority,
 * lift first when strength is (R18: 000_5b4806289219b645.txt, 002_5ead5ffcbdf72614.txt); 6 hours
 * apart when placement is `separate` or when the times allow it (002_5ead5ffcbdf72614.txt).
 * `liftAt` is the time for the calendar; `gapMissed` says a wanted 6-hour gap does not fit. A lift
 * that must come first but has no room before an early run moves after it that day: the gym's
 * order by priority yields to the run the runner has fixed.
 */
export function sameDay(day: number, input: PlanInput, runs: readonly RunType[], minutes: number): { note?: string; liftAt: TimeOfDay; gapMissed?: string } {
  if (!runs.length) return { liftAt: input.liftTime };
  const [first, second] = input.times[day] ?? ['', ''];
  const main = runs.find((r) => KEY_RUNS.includes(r)) ?? runs[0]!;
  if (input.priority === 'strength') {
    const order = 'Lift first, then run: strength is your priority for now, and one gym orders the day by priority.';
    if (!first) return { note: `${order} If you can, leave ${SAME_DAY_GAP_HOURS.value} hours or more between them.`, liftAt: input.liftTime };
    const by = minutesOf(first) - GAP;
    if (by >= EARLIEST) return { note: `${order} Lift by ${clock(by)}, ${SAME_DAY_GAP_HOURS.value} hours before your ${first} run.`, liftAt: clock(by) };
    const missed = input.placement === 'separate' ? { gapMissed: `a ${SAME_DAY_GAP_HOURS.value}-hour gap before your ${first} run on ${DAY_NAMES[day]}` } : {};
    const before = Math.floor((minutesOf(first) - minutes) / 5) * 5;
    if (before >= EARLIEST) {
      return { note: `${order} Your ${first} run leaves no room for a ${SAME_DAY_GAP_HOURS.value}-hour gap before it: lift straight before it, from ${clock(before)}.`, liftAt: clock(before), ...missed };
    }
    return {
      note: `Your ${first} run is too early to lift before it, so run first this day and lift after it.`,
      liftAt: clock(Math.min(LATEST, minutesOf(first) + 60)),
      ...missed,
    };
  }
  const order = `Run first, then lift: running is the priority, and tired legs make a poor ${RUN_WORDS[main]}.`;
  const last = runs.length > 1 ? second || first : first;
  if (!last) {
    const spacing =
      input.placement === 'separate'
        ? `Leave at least ${SAME_DAY_GAP_HOURS.value} hours between them, for example a morning run and an evening session.`
        : `Straight after is fine; if you can, leave ${SAME_DAY_GAP_HOURS.value} hours or more between them.`;
    return { note: `${order} ${spacing}`, liftAt: input.liftTime };
  }
  const after = minutesOf(last) + GAP;
  const which = runs.length > 1 ? 'your last run' : 'your run';
  if (after <= LATEST) {
    return input.placement === 'separate'
      ? { note: `${order} Lift after ${clock(after)}, ${SAME_DAY_GAP_HOURS.value} hours after ${which} at ${last}.`, liftAt: clock(after) }
      : { note: `${order} Lift straight after ${which} at ${last}, or after ${clock(after)} to leave ${SAME_DAY_GAP_HOURS.value} hours.`, liftAt: clock(Math.min(LATEST, minutesOf(last) + 60)) };
  }
  return {
    note: `${order} Lift straight after ${which} at ${last}: ${SAME_DAY_GAP_HOURS.value} hours later would be after ${OUR_DEFAULTS.latestLift.value}.`,
    liftAt: clock(Math.min(LATEST, minutesOf(last) + 60)),
    ...(input.placement === 'separate' ? { gapMissed: `a ${SAME_DAY_GAP_HOURS.value}-hour gap after your ${last} run on ${DAY_NAMES[day]}` } : {}),
  };
}

/** What each placement choice trades, shown under the plan. */
export const PLACEMENT_TRADE_OFFS: Record<Placement, string> = {
  hard: 'Lifting on hard-run days keeps the fatigue on days that are hard anyway, so easy runs stay easy. The cost: long days, and lifting after a tiring run; one trainer pairs hard runs only with short arm or core sessions.',
  moderate: 'Lifting after easy or moderate runs spares hard sessions and rest days. The cost: busier easy days, so the leg work stays moderate.',
  separate: 'Lifting on run-free days gives it your full attention. The cost: fewer true rest days; on a shared day, keep 6 hours or more between run and lift.',
};

const WANTED: Record<Placement, (runs: RunType[]) => boolean> = {
  hard: (runs) => runs.includes('hard'),
  moderate: (runs) => runs.length === 1 && (runs[0] === 'easy' || runs[0] === 'moderate'),
  separate: (runs) => runs.length === 0,
};
const WANTED_WORDS: Record<Placement, string> = { hard: 'hard-run', moderate: 'easy or moderate run', separate: 'run-free' };

export function schedule(input: PlanInput, plan: Runs, ctx: Pick<WeekContext, 'noLift' | 'nextMonday' | 'afterDemandingSunday'>, phase: Plan['phase']): { days: ScheduledDay[]; unmet: Unmet[] } {
  const unmet: Unmet[] = [];
  let count = input.sessions;
  const raceMax = OUR_DEFAULTS.raceWeekMaxSessions.value;
  if (phase === 'race-week' && count > raceMax) {
    unmet.push({ wish: `${input.sessions} strength sessions`, reason: `race week is for arriving fresh: ${raceMax} short, light sessions at most (our default).` });
    count = raceMax;
  }
  const chosen = chooseDays(input, plan, count, ctx.noLift, ctx.nextMonday);
  if (chosen.length < count) {
    unmet.push({
      wish: `${count} strength sessions`,
      reason: `only ${chosen.length} day${chosen.length === 1 ? ' is' : 's are'} open this week once the days kept free after your race are left out.`,
    });
  }
  const days = assignLoads(chosen, input, plan, phase, ctx.nextMonday, ctx.afterDemandingSunday);

  const onWanted = chosen.filter((d) => WANTED[input.placement](plan.runs[d] ?? [])).length;
  if (onWanted < chosen.length) {
    const available = plan.runs.filter((r) => WANTED[input.placement](r)).length;
    unmet.push({
      wish: `every session on a ${WANTED_WORDS[input.placement]} day`,
      reason:
        available < chosen.length
          ? `your week has ${available} such day${available === 1 ? '' : 's'} for ${chosen.length} sessions, so the rest go on the next-best days.`
          : 'spacing sessions out, or keeping legs light before key runs, meant using other days.',
    });
  }
  const raceDays = chosen.filter((d) => (plan.runs[d] ?? []).includes('race'));
  if (raceDays.length) {
    unmet.push({
      wish: 'no strength work on race days',
      reason: `too few other days, so ${raceDays.map((d) => DAY_NAMES[d]).join(', ')} get${raceDays.length === 1 ? 's' : ''} a light session after racing.`,
    });
  }
  if (heavyLoadingAllowed(phase, input.experience) && !days.some((d) => d.lowerLoad === 'heavy')) {
    unmet.push({
      wish: 'a heavy leg day',
      reason: 'heavy legs need a hard-run or rest day that is not the day before a key session; none of your session days is one.',
    });
  }
  const demandingWanted = Math.min(chosen.length, MAX_DEMANDING_LEG_DAYS);
  const demandingGot = days.filter((d) => isDemanding(d.lowerLoad)).length;
  if (phase !== 'race-week' && input.experience !== 'new' && demandingGot < demandingWanted) {
    unmet.push({
      wish: demandingWanted === 1 ? 'a leg day' : 'two leg days',
      reason: `legs stay light the day before a key session and two leg days never touch, so ${demandingGot === 0 ? 'no session' : 'only one session'} this week loads the legs beyond light.`,
    });
  }
  return { days, unmet };
}
