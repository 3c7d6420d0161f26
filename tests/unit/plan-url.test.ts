import { describe, expect, it } from 'vitest';
import { decodeInput, encodeInput, isPlanLink } from '../../src/lib/plan/url';
import { defaultInput, type PlanInput } from '../../src/lib/plan/types';
import oldLinks from '../fixtures/plan-links-2026.json';

describe('plan links', () => {
  it('writes the whole input as a short, readable query string', () => {
    const input: PlanInput = {
      ...defaultInput(),
      sessions: 2, minutes: 30, equipment: ['dumbbell', 'band'], phase: 'base', experience: 'new',
      week: ['easy', 'hard', 'rest', 'easy', 'hard', 'long', 'rest'], emphasis: ['calves'], placement: 'hard',
    };
    const query = encodeInput(input);
    expect(query).toBe('?s=2&m=30&eq=dumbbell,band&ph=base&xp=new&wk=e-h-r-e-h-l-r&em=calves&pl=hard');
    expect(decodeInput(query)).toEqual({ input, ignored: [] });
  });

  it('writes second runs, run times, priority, race date and lifting time only when set', () => {
    const input: PlanInput = {
      ...defaultInput(),
      week: ['rest', 'hard', 'easy', 'moderate', 'rest', 'easy', 'long'],
      second: ['none', 'easy', 'none', 'none', 'none', 'none', 'none'],
      times: [['', ''], ['07:00', '18:30'], ['', ''], ['12:15', ''], ['', ''], ['', ''], ['08:00', '']],
      priority: 'strength', raceDate: '2027-04-11', liftTime: '06:30',
    };
    const query = encodeInput(input);
    expect(query).toBe('?s=2&m=30&eq=dumbbell,band&ph=base&xp=returning&wk=r-h0700.e1830-e-m1215-r-e-l0800&pl=hard&pr=strength&rd=2027-04-11&lt=0630');
    expect(decodeInput(query)).toEqual({ input, ignored: [] });
  });

  it('opens every link sent before the block planner with the same settings', () => {
    expect(oldLinks.links.length).toBeGreaterThanOrEqual(15);
    for (const { link, settings } of oldLinks.links) {
      const { input, ignored } = decodeInput(link);
      expect(ignored, link).toEqual([]);
      expect(input, link).toEqual({ ...defaultInput(), ...settings });
    }
  });

  it('writes no equipment as bodyweight, and race days and race week readably', () => {
    const input = { ...defaultInput(), equipment: [], phase: 'race-week', week: ['race', 'rest', 'easy', 'hard', 'rest', 'easy', 'long'] } as PlanInput;
    const query = encodeInput(input);
    expect(query).toContain('eq=bodyweight');
    expect(query).toContain('ph=race');
    expect(query).toContain('wk=race-r-e-h-r-e-l');
    expect(decodeInput(query).input).toEqual(input);
  });

  it('treats an empty query as the defaults, and only plan parameters as a plan link', () => {
    expect(decodeInput('')).toEqual({ input: defaultInput(), ignored: [] });
    expect(decodeInput('?')).toEqual({ input: defaultInput(), ignored: [] });
    expect(isPlanLink('?utm_source=x&fbclid=1')).toBe(false);
    expect(isPlanLink('?utm_source=x&s=3')).toBe(true);
    expect(isPlanLink('')).toBe(false);
  });

  it('names each unknown or malformed value, clips numbers into range and keeps the rest', () => {
    const { input, ignored } = decodeInput('?s=9&m=abc&eq=dumbbell,rocket&ph=winter&xp=new&wk=e-h-r&em=calves,toes&pl=sideways&utm_source=x&s=2');
    expect(input.experience).toBe('new');
    expect(input.equipment).toEqual(['dumbbell']);
    expect(input.emphasis).toEqual(['calves']);
    expect(input.sessions).toBe(5);
    expect(input.minutes).toBe(defaultInput().minutes);
    expect(input.week).toEqual(defaultInput().week);
    expect(ignored).toEqual([
      'unknown setting "utm_source"',
      'a second "s" value "2"',
      'sessions per week "9" (more than 5: planned as 5)',
      'minutes per session "abc" (not a whole number 15–60: the default is used)',
      'equipment "rocket" (unknown)',
      'season phase "winter" (unknown)',
      'session placement "sideways" (unknown)',
      'running week "["easy","hard","rest"]" (needs seven days of rest, easy, moderate, hard, long or race)',
      'emphasis "toes" (unknown)',
    ]);
  });

  it('clips minutes out of range with a notice instead of dropping them', () => {
    expect(decodeInput('?m=10')).toEqual({ input: { ...defaultInput(), minutes: 15 }, ignored: ['minutes per session "10" (fewer than 15: planned as 15)'] });
    expect(decodeInput('?m=90')).toEqual({ input: { ...defaultInput(), minutes: 60 }, ignored: ['minutes per session "90" (more than 60: planned as 60)'] });
  });

  it('names a bad race date, time or second run', () => {
    expect(decodeInput('?rd=2027-02-30&lt=2500&wk=r.e-h-e-h-r-e-l').ignored).toEqual([
      'second run on Monday (a rest day: set its first run instead)',
      'race date "2027-02-30" (not a date written YYYY-MM-DD)',
      'lifting time "2500" (not a time of day)',
    ]);
  });

  it('survives hostile strings without throwing', () => {
    for (const q of ['%', '?s=%E0%A4%A', '?__proto__=1&constructor=2', '?s=1e3', '?m=-15', '?m=15.5', 'x'.repeat(5000), '?wk=' + '-'.repeat(100), '?wk=h9999.x-.-']) {
      const { input, ignored } = decodeInput(q);
      expect(input.sessions).toBeGreaterThanOrEqual(1);
      expect(Array.isArray(ignored)).toBe(true);
    }
    expect(decodeInput('x'.repeat(5000)).ignored).toEqual(['the whole link (too long to be a plan link)']);
  });
});
