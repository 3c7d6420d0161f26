/**
 * The rules the plan engine must never break, one named function each. Every rule comes from the
 * guidance digest (../shared/DOMAIN.md §5, rules R1–R26), which names the source article behind it;
 * the file names below are those articles. The engine calls these while building, and
 * `findRuleBreaks` checks a finished plan against all of them (the property tests use it).
 */
import type { EquipmentId } from '../../data/equipment';
import type { Experience, Phase, Plan, PlanExercise, PlanInput, RunType, Session } from './types';

/** Lower-body patterns: the ones that load the legs a runner needs for running. */
export const LOWER_PATTERNS = ['squat', 'lunge', 'hinge', 'hip-extension', 'calf-foot', 'lateral-hip', 'plyometric'] as const;
export const isLowerBody = (ex: Pick<PlanExercise, 'pattern'>) => (LOWER_PATTERNS as readonly string[]).includes(ex.pattern);

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
 * No session longer than the minutes given. R2 (000_5b4806289219b645.txt: 20–30 minutes is
 * enough; 003_d645da0e53dcb1e5.txt: 25-minute blocks, not 90-minute gym sessions;
 * 004_749804ad59120ee2.txt: about 30 minutes with warm-up and cool-down counted).
 */
export function sessionFitsMinutes(session: Pick<Session, 'minutes'>, minutes: number): boolean {
  return session.minutes <= minutes;
}

const next = (day: number) => (day + 1) % 7;

/**
 * No heavy lower-body work the day before a long run or a race. R12/R19
 * (003_d645da0e53dcb1e5.txt: heavy leg days are hard to recover from while mileage is high;
 * 000_5b4806289219b645.txt: tired legs make a poor run). The plan repeats weekly, so Sunday's
 * next day is Monday.
 */
export function isDayBeforeLongRunOrRace(day: number, week: readonly RunType[]): boolean {
  const tomorrow = week[next(day)];
  return tomorrow === 'long' || tomorrow === 'race';
}

/**
 * No heavy lower-body work on an easy (recovery) run day, nor on the long-run or race day itself.
 * R19 (000_5b4806289219b645.txt: keep recovery runs true recovery; 003_d645da0e53dcb1e5.txt:
 * avoid high-volume days and protect recovery). Rest days stay allowed, since one source
 * (002_5ead5ffcbdf72614.txt) prefers lifting on separate days. We apply the rule strictly: a
 * session on an easy day never gets heavy legs, so "when another day is possible" always holds;
 * if no day suits heavy work the engine says so in `unmet`.
 */
export function heavyLegsAllowedOn(day: number, week: readonly RunType[]): boolean {
  const today = week[day];
  if (today === 'easy' || today === 'long' || today === 'race') return false;
  return !isDayBeforeLongRunOrRace(day, week);
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
 * five sessions in seven days two must touch, so the rule applies only up to three. The week
 * wraps: Sunday and Monday are neighbours.
 */
export function needsDayOffBetween(sessionsPerWeek: number): boolean {
  return sessionsPerWeek <= 3;
}

export function hasDayOffBetweenSessions(days: readonly number[]): boolean {
  if (days.length < 2) return true;
  const set = new Set(days);
  return days.every((d) => !set.has(next(d)));
}

/**
 * New lifters start at bodyweight or a light load, with the easier version of each move.
 * R16/R21 (001_b9fa631abd2b8a2f.txt: bodyweight is the starting point before loaded
 * progressions; 004_749804ad59120ee2.txt: every move comes with a regression).
 */
export function startsAtBodyweightOrLight(experience: Experience): boolean {
  return experience === 'new';
}

/**
 * Every rule checked against a finished plan; an empty list means the plan keeps them all. The
 * catalogue is needed to look up each planned exercise.
 */
export function findRuleBreaks(plan: Plan, catalogue: readonly PlanExercise[]): string[] {
  const problems: string[] = [];
  const { input } = plan;
  const bySlug = new Map(catalogue.map((e) => [e.slug, e]));
  const days = plan.sessions.map((s) => s.day);
  if (new Set(days).size !== days.length) problems.push('two sessions on one day');
  if (plan.sessions.length < 1 || plan.sessions.length > input.sessions) problems.push(`session count ${plan.sessions.length}`);
  if (needsDayOffBetween(input.sessions) && !hasDayOffBetweenSessions(days)) problems.push('no day off between sessions');
  for (const s of plan.sessions) {
    const where = s.dayName;
    if (!sessionFitsMinutes(s, input.minutes)) problems.push(`${where}: ${s.minutes} min > ${input.minutes}`);
    if (s.run !== input.week[s.day]) problems.push(`${where}: run type mismatch`);
    if (s.lowerLoad === 'heavy' && !heavyLegsAllowedOn(s.day, input.week)) problems.push(`${where}: heavy legs on a protected day`);
    if (s.lowerLoad === 'heavy' && !heavyLoadingAllowed(input.phase, input.experience)) problems.push(`${where}: heavy legs in this phase`);
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
      if (ex.heavyBilateral && !heavyBilateralAllowed(input.phase)) problems.push(`${where}: ${item.slug} in ${input.phase}`);
      if (ex.heavyBilateral && s.lowerLoad !== 'heavy') problems.push(`${where}: ${item.slug} outside a heavy session`);
      if (isLowerBody(ex) && item.dose.loadClass === 'heavy' && s.lowerLoad !== 'heavy') problems.push(`${where}: heavy ${item.slug} in a ${s.lowerLoad} session`);
      if (startsAtBodyweightOrLight(input.experience)) {
        if (item.dose.loadClass !== 'bodyweight' && item.dose.loadClass !== 'light') problems.push(`${where}: ${item.slug} not light for a new lifter`);
        if ((ex.easier || ex.easierText) && !item.regression) problems.push(`${where}: ${item.slug} lacks its regression`);
      }
    }
    for (const w of s.warmUp) {
      const ex = w.slug ? bySlug.get(w.slug) : undefined;
      if (w.slug && (!ex || !usesOnlyAvailableEquipment(ex, input))) problems.push(`${where}: warm-up ${w.slug} unavailable`);
    }
  }
  return problems;
}
