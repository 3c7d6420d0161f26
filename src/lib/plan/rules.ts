/**
 * The rules the plan engine must never break, one named function each. Every rule comes from the
 * guidance digest (../shared/DOMAIN.md §5, rules R1–R26), which names the source article behind it;
 * the file names below are those articles. Where the sources leave a gap the rule says it is the
 * site's own. The engine calls these while building, and `findRuleBreaks` checks a finished plan
 * against all of them (the property tests run it over thousands of random weeks).
 */
import type { EquipmentId } from '../../data/equipment';
import type { PatternId } from '../../data/patterns';
import { OUR_DEFAULTS, SHORT_SESSION_MINUTES } from './guidance';
import {
  DAY_NAMES,
  KEY_RUNS,
  RUN_WORDS,
  isDemanding,
  type Experience,
  type Phase,
  type Plan,
  type PlanExercise,
  type PlanInput,
  type RunType,
  type Session,
  type TomorrowClaim,
} from './types';

/**
 * Whether a movement pattern loads the legs a runner needs for running: the leg-load rules (light
 * legs the day before a key session, at most two demanding leg days) count these. Keyed by every
 * pattern, so a pattern added to src/data/patterns.ts fails the type check until it is placed
 * here. Hamstring curls (knee flexion) tire the hamstrings as a hinge does, and jumps, conditioning
 * moves such as burpees and loaded carries work the legs too, so they all count.
 */
export const LOADS_LEGS: Readonly<Record<PatternId, boolean>> = {
  squat: true,
  lunge: true,
  hinge: true,
  'hip-extension': true,
  'knee-flexion': true,
  'calf-foot': true,
  'lateral-hip': true,
  plyometric: true,
  conditioning: true,
  carry: true,
  push: false,
  pull: false,
  'core-anti-extension': false,
  'core-anti-rotation': false,
  'core-anti-lateral-flexion': false,
  'core-flexion-rotation': false,
  mobility: false,
};
export const isLowerBody = (ex: Pick<PlanExercise, 'pattern'>) => LOADS_LEGS[ex.pattern];

/** Bodyweight and a floor (or mat) are always there; everything else must be ticked. */
export function availableEquipment(input: Pick<PlanInput, 'equipment'>): Set<EquipmentId> {
  return new Set<EquipmentId>(['bodyweight', 'mat', ...input.equipment]);
}

/**
 * Only exercises whose equipment is available. R20 (000_5b4806289219b645.txt,
 * 001_b9fa631abd2b8a2f.txt, 004_749804ad59120ee2.txt): a full session works with whatever the
 * runner owns, from bodyweight to a gym, so the plan never asks for kit they lack.
 */
export function usesOnlyAvailableEquipment(ex: Pick<PlanExercise, 'equipment'>, input: Pick<PlanInput, 'equipment'>): boolean {
  const have = availableEquipment(input);
  return ex.equipment.every((e) => have.has(e));
}

/**
 * The minutes a session may take. R2 (000_5b4806289219b645.txt: 20–30 minutes is enough;
 * 003_d645da0e53dcb1e5.txt: 25-minute blocks, not 90-minute gym sessions). With 4 or 5 sessions a
 * week each is a short one (000_5b4806289219b645.txt: some runners prefer 3–5 shorter sessions);
 * race week keeps them shorter still (the site's own default).
 */
export function sessionMinutesCap(input: Pick<PlanInput, 'minutes' | 'sessions'>, phase: Phase): number {
  let cap = input.minutes;
  if (input.sessions >= 4) cap = Math.min(cap, SHORT_SESSION_MINUTES.value);
  if (phase === 'race-week') cap = Math.min(cap, OUR_DEFAULTS.raceWeekMinutes.value);
  return cap;
}

export const nextDay = (day: number) => (day + 1) % 7;

/** Hard runs, long runs and races are key sessions; a day with one is a key day. */
export const isKeyDay = (runs: readonly RunType[] | undefined) => !!runs && runs.some((r) => KEY_RUNS.includes(r));

/** The runs of the day after `day`: next week's Monday after a Sunday when the block says so. */
export function runsAfter(day: number, plan: Pick<Plan, 'runs'>, nextMonday?: { runs: RunType[] }): RunType[] {
  return day === 6 && nextMonday ? nextMonday.runs : (plan.runs[nextDay(day)] ?? []);
}

/**
 * The day before a key session holds upper body and core, or explicitly light legs. R12/R19
 * (003_d645da0e53dcb1e5.txt: heavy leg days are hard to recover from while mileage is high;
 * 000_5b4806289219b645.txt: tired legs make a poor run; 004_749804ad59120ee2.txt: high-intensity
 * runs go with short arm or core work only).
 */
export function isDayBeforeKey(day: number, plan: Pick<Plan, 'runs'>, nextMonday?: { runs: RunType[] }): boolean {
  return isKeyDay(runsAfter(day, plan, nextMonday));
}

/**
 * At most two demanding leg days a week, never on consecutive days (the week wraps: Sunday and
 * Monday are neighbours). R19 (004_749804ad59120ee2.txt: rest days between sessions so muscles
 * recover; 003_d645da0e53dcb1e5.txt: protect recovery); two is the site's reading of the
 * sources' 2–3 full-body sessions, with any further sessions kept light.
 */
export const MAX_DEMANDING_LEG_DAYS = 2;

export function demandingDaysApart(days: readonly number[]): boolean {
  const set = new Set(days);
  return days.every((d) => !set.has(nextDay(d)));
}

/**
 * Heavy legs never on an easy or moderate run day, nor on a long-run, race or two-run day. R19
 * (000_5b4806289219b645.txt: keep recovery runs true recovery; 003_d645da0e53dcb1e5.txt: avoid
 * high-volume days and protect recovery). Rest days stay allowed, since one source
 * (002_5ead5ffcbdf72614.txt) prefers lifting on separate days.
 */
export function heavyLegsAllowedOn(runs: readonly RunType[]): boolean {
  return runs.length === 0 || (runs.length === 1 && runs[0] === 'hard');
}

/**
 * No heavy bilateral squats or deadlifts in a marathon block (R12, 003_d645da0e53dcb1e5.txt:
 * too hard to recover from while mileage rises; bodyweight work is often enough). Race week is
 * treated the same way: the sources call for very little work then.
 */
export function heavyBilateralAllowed(phase: Phase): boolean {
  return phase === 'base' || phase === 'season';
}

/**
 * Heavy lower-body loading (4–6 reps) belongs to the off-season and to experienced lifters
 * (R12: 003_d645da0e53dcb1e5.txt's 8–12-week heavy block in a low-mileage period;
 * 001_b9fa631abd2b8a2f.txt's 2–6 heavy reps; R16: new lifters start with bodyweight).
 */
export function heavyLoadingAllowed(phase: Phase, experience: Experience): boolean {
  return phase === 'base' && experience === 'experienced';
}

/**
 * At least one day without strength between strength sessions when there are three or fewer.
 * R19 (004_749804ad59120ee2.txt: rest days between sessions so muscles recover). With four or
 * five sessions in seven days two must touch, so the rule applies only up to three.
 */
export function needsDayOffBetween(sessionsPerWeek: number): boolean {
  return sessionsPerWeek <= 3;
}

export function hasDayOffBetweenSessions(days: readonly number[]): boolean {
  return days.length < 2 || demandingDaysApart(days);
}

/**
 * The easier version a new lifter starts from (R21, 004_749804ad59120ee2.txt: every move comes
 * with a regression): the nearest in the exercise file's order that needs no kit the runner lacks.
 */
export function easierVersion(ex: PlanExercise, bySlug: ReadonlyMap<string, PlanExercise>, input: Pick<PlanInput, 'equipment'>): PlanExercise['easier'][number] | undefined {
  return ex.easier.find((e) => {
    if (!e.slug) return true;
    const target = bySlug.get(e.slug);
    return !!target && usesOnlyAvailableEquipment(target, input);
  });
}

/**
 * New lifters start at bodyweight or a light load, with the easier version of each move.
 * R16/R21 (001_b9fa631abd2b8a2f.txt: bodyweight is the starting point before loaded
 * progressions; 004_749804ad59120ee2.txt: every move comes with a regression).
 */
export function startsAtBodyweightOrLight(experience: Experience): boolean {
  return experience === 'new';
}

/** The sentence a claim about tomorrow puts in a session's reason. */
export function tomorrowSentence(claim: TomorrowClaim): string {
  const day = DAY_NAMES[claim.day];
  return claim.kind === 'key'
    ? `Legs stay light: tomorrow brings ${day}'s ${RUN_WORDS[claim.run]}.`
    : `Nothing demanding follows: tomorrow (${day}) has no hard run, long run or race and no demanding leg work.`;
}

/** The session on the day after `day`, when there is one (next week's Monday stands in for Sunday's). */
function demandingAfter(day: number, plan: Pick<Plan, 'sessions'>, nextMonday?: { demanding: boolean }): boolean {
  if (day === 6 && nextMonday) return nextMonday.demanding;
  return isDemanding(plan.sessions.find((s) => s.day === nextDay(day))?.lowerLoad);
}

/**
 * Whether what a session says about tomorrow is true of the plan it sits in: an engine invariant,
 * so no card promises a calm day before a hard run or heavy squats.
 */
export function tomorrowClaimHolds(session: Session, plan: Pick<Plan, 'runs' | 'sessions'>, nextMonday?: { runs: RunType[]; demanding: boolean }): boolean {
  const claim = session.tomorrow;
  if (!claim) return true;
  if (claim.day !== nextDay(session.day)) return false;
  const runs = runsAfter(session.day, plan, nextMonday);
  if (claim.kind === 'key') return runs.includes(claim.run) && KEY_RUNS.includes(claim.run) && session.lowerLoad === 'light';
  return !isKeyDay(runs) && !demandingAfter(session.day, plan, nextMonday);
}

/** Every piece of text a session shows, to check what it says. */
export function sessionTexts(s: Session): string[] {
  return [s.reason, s.sameDay ?? '', s.coolDown, ...s.warmUp.map((w) => w.text), ...s.items.flatMap((it) => [it.dose.load, it.cue, it.regression?.text ?? ''])];
}

/**
 * Every rule checked against a finished week; an empty list means the plan keeps them all. The
 * catalogue is needed to look up each planned exercise; `nextMonday` is the following week's
 * Monday inside a block (without it the week wraps onto its own Monday).
 */
export function findRuleBreaks(plan: Plan, catalogue: readonly PlanExercise[], nextMonday?: { runs: RunType[]; demanding: boolean }, noLift: readonly number[] = []): string[] {
  const problems: string[] = [];
  const { input } = plan;
  const bySlug = new Map(catalogue.map((e) => [e.slug, e]));
  const days = plan.sessions.map((s) => s.day);
  if (new Set(days).size !== days.length) problems.push('two sessions on one day');
  if (plan.sessions.length > input.sessions) problems.push(`session count ${plan.sessions.length}`);
  if (plan.phase === 'race-week' && plan.sessions.length > OUR_DEFAULTS.raceWeekMaxSessions.value) problems.push('too many sessions in race week');
  if (needsDayOffBetween(input.sessions) && !hasDayOffBetweenSessions(days)) problems.push('no day off between sessions');
  const demanding = plan.sessions.filter((s) => isDemanding(s.lowerLoad)).map((s) => s.day);
  if (demanding.length > MAX_DEMANDING_LEG_DAYS) problems.push(`${demanding.length} demanding leg days`);
  if (!demandingDaysApart(demanding)) problems.push('demanding leg days back to back');
  if (nextMonday?.demanding && demanding.includes(6)) problems.push('demanding legs on Sunday before a demanding Monday');
  const cap = sessionMinutesCap(input, plan.phase);
  for (const s of plan.sessions) {
    const where = s.dayName;
    const runs = plan.runs[s.day] ?? [];
    if (noLift.includes(s.day)) problems.push(`${where}: lifting on a day kept free after a race`);
    if (s.minutes > cap) problems.push(`${where}: ${s.minutes} min > ${cap}`);
    if (s.runs.join() !== runs.join()) problems.push(`${where}: runs do not match the week`);
    if (isDayBeforeKey(s.day, plan, nextMonday) && s.lowerLoad !== 'light') problems.push(`${where}: ${s.lowerLoad} legs the day before a key session`);
    if (s.lowerLoad === 'heavy' && !heavyLegsAllowedOn(runs)) problems.push(`${where}: heavy legs on a protected day`);
    if (s.lowerLoad === 'heavy' && !heavyLoadingAllowed(plan.phase, input.experience)) problems.push(`${where}: heavy legs in this phase`);
    if (!tomorrowClaimHolds(s, plan, nextMonday)) problems.push(`${where}: what it says about tomorrow is not true`);
    const claimText = s.tomorrow ? tomorrowSentence(s.tomorrow) : '';
    for (const text of sessionTexts(s)) {
      if (/tomorrow/i.test(text.replace(claimText, ''))) problems.push(`${where}: mentions tomorrow outside its checked sentence: "${text}"`);
    }
    if (s.tomorrow && !s.reason.includes(claimText)) problems.push(`${where}: the claim about tomorrow is not in the reason`);
    for (const item of s.items) {
      const ex = bySlug.get(item.slug);
      if (!ex) {
        problems.push(`${where}: unknown exercise ${item.slug}`);
        continue;
      }
      if (!usesOnlyAvailableEquipment(ex, input)) problems.push(`${where}: ${item.slug} needs missing equipment`);
      if (item.regression?.slug) {
        const reg = bySlug.get(item.regression.slug);
        if (!reg || !usesOnlyAvailableEquipment(reg, input)) problems.push(`${where}: regression ${item.regression.slug} unavailable`);
      }
      const easier = easierVersion(ex, bySlug, input);
      if (ex.heavyBilateral && !heavyBilateralAllowed(plan.phase)) problems.push(`${where}: ${item.slug} in ${plan.phase}`);
      if (ex.heavyBilateral && s.lowerLoad !== 'heavy') problems.push(`${where}: ${item.slug} outside a heavy session`);
      if (isLowerBody(ex) && item.dose.loadClass === 'heavy' && s.lowerLoad !== 'heavy') problems.push(`${where}: heavy ${item.slug} in a ${s.lowerLoad} session`);
      if (ex.fast && item.dose.loadClass === 'heavy') problems.push(`${where}: ${item.slug} is dosed for speed, not heavy sets`);
      if (ex.hold && !item.dose.seconds) problems.push(`${where}: ${item.slug} is a hold but given reps`);
      if (isLowerBody(ex) && s.lowerLoad === 'light' && item.dose.loadClass !== 'light' && item.dose.loadClass !== 'bodyweight') {
        problems.push(`${where}: ${item.dose.loadClass} ${item.slug} in a light-legs session`);
      }
      if (startsAtBodyweightOrLight(input.experience)) {
        if (item.dose.loadClass !== 'bodyweight' && item.dose.loadClass !== 'light') problems.push(`${where}: ${item.slug} not light for a new lifter`);
        if (easier && item.regression?.text !== easier.text) problems.push(`${where}: ${item.slug} lacks its regression`);
      }
    }
    for (const w of s.warmUp) {
      const ex = w.slug ? bySlug.get(w.slug) : undefined;
      if (w.slug && (!ex || !usesOnlyAvailableEquipment(ex, input))) problems.push(`${where}: warm-up ${w.slug} unavailable`);
    }
  }
  return problems;
}
