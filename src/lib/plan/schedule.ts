/**
 * Choosing strength days from the running week. Every combination of days is scored (at most
 * 35 of them) and the best kept, so the choice is exact and deterministic: ties go to the earliest
 * days. Where the sources disagree on placement (DOMAIN.md R17) the runner picks:
 * - `hard`: lift on hard-run days, run first (000_5b4806289219b645.txt: most coaches stack
 *   strength on hard days so recovery runs stay easy);
 * - `moderate`: lift after easy, low-load runs (003_d645da0e53dcb1e5.txt: neither high-intensity
 *   nor high-volume days);
 * - `separate`: lift on days without a run, else 6 hours or more apart (002_5ead5ffcbdf72614.txt).
 * Whatever the choice, the rules in rules.ts hold.
 */
import { heavyLegsAllowedOn, heavyLoadingAllowed, isDayBeforeLongRunOrRace, needsDayOffBetween, hasDayOffBetweenSessions } from './rules';
import { DAY_NAMES, type LowerLoad, type Placement, type PlanInput, type RunType, type Unmet } from './types';

/** How well each kind of day suits a session under each placement choice. */
const DAY_SCORE: Record<Placement, Record<RunType, number>> = {
  hard: { hard: 10, rest: 6, easy: 4, long: -3, race: -30 },
  moderate: { easy: 10, rest: 7, hard: 3, long: -3, race: -30 },
  separate: { rest: 10, easy: 5, hard: 4, long: -3, race: -30 },
};

/** Race week asks for very little (002_5ead5ffcbdf72614.txt's in-season emphasis; our reading). */
export const RACE_WEEK_MAX_SESSIONS = 2;

export interface ScheduledDay {
  day: number;
  lowerLoad: LowerLoad;
  reason: string;
  sameDay?: string;
}

const DAY_WORDS: Record<RunType, string> = {
  rest: 'run-free',
  easy: 'easy-run',
  hard: 'hard-run',
  long: 'long-run',
  race: 'race',
};

const RUN_WORDS: Record<RunType, string> = {
  rest: 'rest day',
  easy: 'easy run',
  hard: 'hard session',
  long: 'long run',
  race: 'race',
};

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

function dayScore(day: number, input: PlanInput): number {
  const { week, placement } = input;
  let score = DAY_SCORE[placement][week[day]!];
  if (isDayBeforeLongRunOrRace(day, week)) score -= 6;
  if (heavyLoadingAllowed(input.phase, input.experience) && heavyLegsAllowedOn(day, week)) score += 2;
  return score;
}

function setScore(days: number[], input: PlanInput): number {
  let score = days.reduce((sum, d) => sum + dayScore(d, input), 0);
  for (let i = 0; i < days.length; i++) {
    for (let j = i + 1; j < days.length; j++) {
      const g = gap(days[i]!, days[j]!);
      if (g === 1) score -= 3;
      else if (g >= 2) score += 0.5;
    }
  }
  return score;
}

/** The lower-body load a session on this day can carry. */
export function lowerLoadFor(day: number, input: PlanInput): LowerLoad {
  const { week, phase, experience } = input;
  if (phase === 'race-week' || experience === 'new') return 'light';
  if (week[day] === 'race' || week[day] === 'long' || isDayBeforeLongRunOrRace(day, week)) return 'light';
  if (heavyLoadingAllowed(phase, experience) && heavyLegsAllowedOn(day, week)) return 'heavy';
  return 'moderate';
}

/** Picks the best set of days for the sessions. */
export function chooseDays(input: PlanInput, count: number): number[] {
  let best: number[] = [];
  let bestScore = -Infinity;
  for (const days of combinations(7, count)) {
    if (needsDayOffBetween(count) && !hasDayOffBetweenSessions(days)) continue;
    const score = setScore(days, input);
    if (score > bestScore) {
      best = days;
      bestScore = score;
    }
  }
  return best;
}

function nextDayOfType(from: number, week: readonly RunType[], types: RunType[]): number | undefined {
  for (let i = 1; i < 7; i++) {
    const d = (from + i) % 7;
    if (types.includes(week[d]!)) return d;
  }
  return undefined;
}

/** The plain-words reason a session sits on its day. */
export function dayReason(day: number, input: PlanInput, load: LowerLoad): string {
  const { week, placement } = input;
  const run = week[day]!;
  const name = DAY_NAMES[day];
  const tomorrow = week[(day + 1) % 7]!;
  let text: string;
  if (run === 'hard') {
    const easy = nextDayOfType(day, week, ['easy']);
    text =
      placement === 'hard'
        ? `${name}, after your hard session: putting the lifting on a day that is already hard keeps the hard days hard${easy !== undefined ? ` and leaves ${DAY_NAMES[easy]}'s easy run easy` : ' and your easier days free to recover'}.`
        : `${name}, after your hard session: your preferred days were too few, so this one doubles up; keep the lifting crisp.`;
  } else if (run === 'easy') {
    text =
      placement === 'moderate'
        ? `${name}, after your easy run: a low-key day has room for lifting without dulling hard sessions or using up a rest day.`
        : `${name}, after your easy run: the better days were used or ruled out, so the leg work here stays in check.`;
  } else if (run === 'rest') {
    text =
      placement === 'separate'
        ? `${name}, a day without running: the lifting gets your full attention and every run stays fresh.`
        : `${name}, a day without running: no run to protect, though it uses some of that day's recovery.`;
  } else if (run === 'long') {
    text = `${name}, after your long run: no better day was free, so keep it short and easy on the legs.`;
  } else {
    text = `${name}, after your race: no other day was free, so keep it short and light, or skip it if your legs are sore.`;
  }
  if (isDayBeforeLongRunOrRace(day, week) && run !== 'race' && run !== 'long') {
    text += ` Legs stay light today because tomorrow brings your ${RUN_WORDS[tomorrow]}.`;
  } else if (load === 'heavy') {
    text += ' Your heavy leg day: nothing demanding follows tomorrow.';
  }
  return text;
}

/** The order and spacing note for a session that shares its day with a run. */
export function sameDayNote(day: number, input: PlanInput): string | undefined {
  const run = input.week[day]!;
  if (run === 'rest') return undefined;
  const spacing =
    input.placement === 'separate'
      ? 'Leave at least 6 hours between them, for example a morning run and an evening session.'
      : 'Straight after is fine; if you can, leave 6 hours or more between them.';
  return `Run first, then lift: running is the priority, and tired legs make a poor ${RUN_WORDS[run]}. ${spacing}`;
}

/** What each placement choice trades, shown under the plan. */
export const PLACEMENT_TRADE_OFFS: Record<Placement, string> = {
  hard: 'Lifting on hard-run days keeps the fatigue on days that are hard anyway, so easy runs stay easy. The cost: long days, and lifting after a tiring run; some coaches pair hard runs only with short arm or core work.',
  moderate: 'Lifting after easy runs spares hard sessions and rest days. The cost: busier easy days, so the leg work stays moderate.',
  separate: 'Lifting on run-free days gives it your full attention. The cost: fewer true rest days; on a shared day, keep 6 hours or more between run and lift.',
};

export function schedule(input: PlanInput): { days: ScheduledDay[]; unmet: Unmet[] } {
  const unmet: Unmet[] = [];
  let count = input.sessions;
  if (input.phase === 'race-week' && count > RACE_WEEK_MAX_SESSIONS) {
    unmet.push({
      wish: `${input.sessions} strength sessions`,
      reason: `race week is for arriving fresh: ${RACE_WEEK_MAX_SESSIONS} short, light sessions at most.`,
    });
    count = RACE_WEEK_MAX_SESSIONS;
  }
  const chosen = chooseDays(input, count);
  const days = chosen.map((day) => {
    const lowerLoad = lowerLoadFor(day, input);
    const scheduled: ScheduledDay = { day, lowerLoad, reason: dayReason(day, input, lowerLoad) };
    const note = sameDayNote(day, input);
    if (note) scheduled.sameDay = note;
    return scheduled;
  });

  const wanted: Record<Placement, RunType> = { hard: 'hard', moderate: 'easy', separate: 'rest' };
  const onWanted = chosen.filter((d) => input.week[d] === wanted[input.placement]).length;
  if (onWanted < chosen.length) {
    const available = input.week.filter((r) => r === wanted[input.placement]).length;
    unmet.push({
      wish: `every session on a ${DAY_WORDS[wanted[input.placement]]} day`,
      reason:
        available < chosen.length
          ? `your week has ${available} such day${available === 1 ? '' : 's'} for ${chosen.length} sessions, so the rest go on the next-best days.`
          : 'spacing sessions out, or keeping heavy legs away from long runs, meant using other days.',
    });
  }
  const raceDays = chosen.filter((d) => input.week[d] === 'race');
  if (raceDays.length) {
    unmet.push({
      wish: 'no strength work on race days',
      reason: `too few other days, so ${raceDays.map((d) => DAY_NAMES[d]).join(', ')} get${raceDays.length === 1 ? 's' : ''} a light session after racing.`,
    });
  }
  if (heavyLoadingAllowed(input.phase, input.experience) && !days.some((d) => d.lowerLoad === 'heavy')) {
    unmet.push({
      wish: 'a heavy leg day',
      reason: 'heavy legs need a hard-run or rest day that is not before a long run or race; none of your session days is one.',
    });
  }
  return { days, unmet };
}
