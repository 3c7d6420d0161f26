import { describe, expect, it } from 'vitest';
import { decodeInput, encodeInput } from '../../src/lib/plan/url';
import { defaultInput, type PlanInput } from '../../src/lib/plan/types';

describe('plan links', () => {
  it('writes the whole input as a short, readable query string', () => {
    const input: PlanInput = {
      sessions: 2, minutes: 30, equipment: ['dumbbell', 'band'], phase: 'base', experience: 'new',
      week: ['easy', 'hard', 'rest', 'easy', 'hard', 'long', 'rest'], emphasis: ['calves'], placement: 'hard',
    };
    const query = encodeInput(input);
    expect(query).toBe('?s=2&m=30&eq=dumbbell,band&ph=base&xp=new&wk=e-h-r-e-h-l-r&em=calves&pl=hard');
    expect(decodeInput(query)).toEqual({ input, ignored: [] });
  });

  it('writes no equipment as bodyweight, and race days and race week readably', () => {
    const input = { ...defaultInput(), equipment: [], phase: 'race-week', week: ['race', 'rest', 'easy', 'hard', 'rest', 'easy', 'long'] } as PlanInput;
    const query = encodeInput(input);
    expect(query).toContain('eq=bodyweight');
    expect(query).toContain('ph=race');
    expect(query).toContain('wk=race-r-e-h-r-e-l');
    expect(decodeInput(query).input).toEqual(input);
  });

  it('treats an empty query as the defaults, with nothing ignored', () => {
    expect(decodeInput('')).toEqual({ input: defaultInput(), ignored: [] });
    expect(decodeInput('?')).toEqual({ input: defaultInput(), ignored: [] });
  });

  it('names each unknown, malformed or out-of-range value and keeps the rest', () => {
    const { input, ignored } = decodeInput('?s=9&m=abc&eq=dumbbell,rocket&ph=winter&xp=new&wk=e-h-r&em=calves,toes&pl=sideways&utm_source=x&s=2');
    expect(input.experience).toBe('new');
    expect(input.equipment).toEqual(['dumbbell']);
    expect(input.emphasis).toEqual(['calves']);
    expect(input.sessions).toBe(defaultInput().sessions);
    expect(input.minutes).toBe(defaultInput().minutes);
    expect(input.week).toEqual(defaultInput().week);
    expect(ignored).toEqual([
      'unknown setting "utm_source"',
      'a second "s" value "2"',
      'sessions per week "9" (must be 1–5)',
      'minutes per session "abc" (must be 15–60)',
      'equipment "rocket" (unknown)',
      'season phase "winter" (unknown)',
      'session placement "sideways" (unknown)',
      'running week "["easy","hard","rest"]" (needs seven days of rest, easy, hard, long or race)',
      'emphasis "toes" (unknown)',
    ]);
  });

  it('survives hostile strings without throwing', () => {
    for (const q of ['%', '?s=%E0%A4%A', '?__proto__=1&constructor=2', '?s=1e3', '?m=-15', '?m=15.5', 'x'.repeat(5000), '?wk=' + '-'.repeat(100)]) {
      const { input, ignored } = decodeInput(q);
      expect(input.sessions).toBeGreaterThanOrEqual(1);
      expect(Array.isArray(ignored)).toBe(true);
    }
    expect(decodeInput('x'.repeat(5000)).ignored).toEqual(['the whole link (too long to be a plan link)']);
  });
});
