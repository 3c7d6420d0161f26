import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { halfwayLabels, halfwayTimes, TIMING } from '../../src/lib/figure/timing';

const css = readFileSync('src/styles/figure.css', 'utf8');

/** The keyframe stops of `@keyframes <name>`: where each position is reached (a held one: where it is left or first reached). */
function stops(name: string): number[] {
  const body = new RegExp(`@keyframes ${name} \\{(.*)\\}\\s*$`, 'm').exec(css)?.[1] ?? '';
  const blocks = [...body.matchAll(/([\d%, ]+)\{ transform: var\(--t(\d)\); \}/g)];
  return blocks.map(([, at], i) => {
    const percents = at.split(',').map((p) => parseFloat(p));
    // The first position is held until it leaves; the last from when it arrives.
    return i === 0 ? Math.max(...percents) : Math.min(...percents);
  });
}

const seconds = (selector: string, name: string) =>
  Number(new RegExp(`${selector.replace(/\./g, '\\.')} \\.fig-anim \\.m \\{ animation: ${name} ([\\d.]+)s`).exec(css)?.[1]);

describe('the figure loop timing', () => {
  it('is the same in the stylesheet the browser plays and in the table the contact sheet reads', () => {
    for (const [count, timing] of Object.entries(TIMING.alternate)) {
      expect(stops(`fig-k${count}`)).toEqual(timing.stops);
      expect(seconds(`.fig-k${count}`, `fig-k${count}`)).toBe(timing.seconds);
    }
    for (const [count, timing] of Object.entries(TIMING.restart)) {
      expect(stops(`fig-r${count}`)).toEqual(timing.stops);
      expect(seconds(`.fig-restart.fig-k${count}`, `fig-r${count}`)).toBe(timing.seconds);
    }
  });

  it('plays a jump forward only, holding its landing longer than its start', () => {
    expect(css).toMatch(/\.fig-restart\.fig-k4 \.fig-anim \.m \{ animation: fig-r4 [\d.]+s ease-in-out infinite; \}/);
    expect(css).not.toMatch(/fig-r\d [\d.]+s ease-in-out infinite alternate/);
    const [first, , , last] = TIMING.restart[4].stops;
    expect(100 - last).toBeGreaterThan(first);
  });

  it('stops the contact sheet halfway between the stops of each move', () => {
    expect(halfwayTimes('alternate', 2)).toEqual([1.6]);
    expect(halfwayTimes('restart', 4).map((t) => Math.round(t * 1000) / 1000)).toEqual([0.741, 1.634, 2.527]);
  });

  it('names each halfway frame by the key positions the page shows, not by a passing frame', () => {
    const step = (label: string, passing = false) => ({ label, passing });
    expect(halfwayLabels([step('Start'), step('Bottom')])).toEqual(['Start → Bottom']);
    expect(halfwayLabels([step('Start'), step('Lift', true), step('Step'), step('Bottom')])).toEqual([
      'Start → Step, 1 of 2',
      'Start → Step, 2 of 2',
      'Step → Bottom',
    ]);
    expect(halfwayLabels([step('Lunge'), step('Swing', true), step('Stand'), step('Reach', true), step('Next lunge')])).toEqual([
      'Lunge → Stand, 1 of 2',
      'Lunge → Stand, 2 of 2',
      'Stand → Next lunge, 1 of 2',
      'Stand → Next lunge, 2 of 2',
    ]);
  });
});
