/**
 * The runner's week in one line, for the plan page's folded form: how many runs, which are key
 * sessions and on which day, and how much lifting ("5 runs: Tue hard run, Sun long run ·
 * 2 strength sessions × 30 min"). The phase is left to the plan's own heading just below. It reads
 * only the input, so the page can show it before the engine has loaded.
 */
import { DAY_NAMES, KEY_RUNS, RUN_LABELS, type PlanInput, type RunType } from './types';

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

export function weekSummary(input: PlanInput): string {
  let runs = 0;
  const keys: string[] = [];
  input.week.forEach((first, day) => {
    const second = input.second[day] ?? 'none';
    const today: RunType[] = [first, ...(second === 'none' ? [] : [second])].filter((run) => run !== 'rest');
    runs += today.length;
    const key = today.filter((run) => KEY_RUNS.includes(run));
    if (key.length) keys.push(`${DAY_NAMES[day]!.slice(0, 3)} ${key.map((run) => RUN_LABELS[run].toLowerCase()).join(' + ')}`);
  });
  const running = runs ? `${plural(runs, 'run')}${keys.length ? `: ${keys.join(', ')}` : ', none of them hard or long'}` : 'No runs';
  return `${running} · ${plural(input.sessions, 'strength session')} × ${input.minutes} min`;
}
