import { describe, expect, it } from 'vitest';
import { STILL_ID } from '../../src/lib/figure/file';
import { figureBounds, HALO } from '../../src/lib/figure/render';
import { buildScene } from '../../src/lib/figure/scene';
import { drawStill, figureFile, keyStills, telltalePosition, telltaleStill, THEME_PAINT, type StillPaint } from '../../src/lib/figure/still';
import { clamshell, figure, readFigures, squat } from '../helpers/figures';

const PAINT: StillPaint = { ink: '#010101', far: '#020202', prop: '#030303', propFill: '#040404', band: '#050505' };
const viewBoxOf = (svg: string) => /viewBox="([^"]+)"/.exec(svg)![1].split(' ').map(Number);

/** A jump squat: dip, flight, landing, played forward only. */
const jump = (loop: 'restart' | 'alternate' = 'restart') =>
  squat({
    loop,
    contacts: undefined,
    positions: [
      { label: 'Dip', ankle: 15, knee: 60, hip: 55, contacts: { 'near.foot': 'floor', 'far.foot': 'floor' } },
      { label: 'Jump', airborne: true, lift: 30, ankle: -20 },
      { label: 'Land', ankle: 15, knee: 50, hip: 45, contacts: { 'near.foot': 'floor', 'far.foot': 'floor' } },
    ],
  });

describe('the telltale key position, which stands for a movement in one small picture', () => {
  it('is where an alternating move turns back: its last key position', () => {
    expect(telltalePosition(squat())).toBe(1);
  });

  it('is the flight of a jump that plays forward only', () => {
    expect(telltalePosition(jump())).toBe(1);
    expect(telltalePosition(jump('alternate'))).toBe(2);
  });
});

describe('a still key position', () => {
  it('draws the figure where the key position puts it, head and all, in the colours given', () => {
    const scene = buildScene(squat());
    const { markup } = drawStill(scene, 1, PAINT);
    const [hx, hy] = scene.keys[1].flat.head;
    expect(markup).toContain(`<circle cx="${Math.round(hx)}" cy="${Math.round(hy)}"`);
    for (const colour of Object.values(PAINT).filter((c) => c !== PAINT.band && c !== PAINT.propFill)) expect(markup).toContain(colour);
    // Drawn y up, flipped once for the page.
    expect(markup).toMatch(/^<g transform="scale\(1 -1\)">/);
  });

  it('is framed to itself, or to the whole movement so stills side by side share one scale', () => {
    const scene = buildScene(squat());
    const own = drawStill(scene, 1, PAINT);
    const shared = drawStill(scene, 1, PAINT, figureBounds(scene));
    // The squat's bottom is lower than its start, which the shared frame also holds.
    expect(own.height).toBeLessThan(shared.height);
    expect(own.viewBox.split(' ').map(Number)[3]).toBe(own.height);
  });

  it('outlines the near limbs in the background, under them and over the trunk, only when the paint has a halo', () => {
    const scene = buildScene(squat());
    const plain = drawStill(scene, 1, PAINT).markup;
    const outlined = drawStill(scene, 1, { ...PAINT, halo: '#060606' }).markup;
    expect(plain).not.toContain('#060606');
    const groups = [...outlined.matchAll(/<g style="fill:none;stroke:(#0\d{5});[^"]*">(.*?)<\/g>/g)].map(([, colour, paths]) => ({ colour, paths: paths! }));
    const widths = (paths: string) => [...paths.matchAll(/stroke-width="([\d.]+)"/g)].map(([, w]) => Number(w)).sort((a, b) => a - b);
    // Body, halo, near limbs, in that order; the halo is each near limb's stroke, 2 × HALO wider.
    const order = groups.map((g) => g.colour);
    expect(order.indexOf('#060606')).toBe(order.indexOf(PAINT.ink) + 1);
    const [halo, near] = [groups[order.indexOf('#060606')]!, groups[order.indexOf('#060606') + 1]!];
    expect(near.colour).toBe(PAINT.ink);
    expect(widths(halo.paths)).toEqual(widths(near.paths).map((w) => w + 2 * HALO));
  });

  it('follows the theme: its colours are the site’s variables, with the light theme’s as fallbacks', () => {
    expect(Object.values(THEME_PAINT).every((c) => /^var\(--ss-[a-z-]+,#[0-9a-f]{6}\)$/.test(c))).toBe(true);
    expect(telltaleStill(squat()).markup).toContain('stroke:var(--ss-fg,#1c1917)');
  });

  it('puts a rolling ball where each key position has rolled it', () => {
    const rolling = figure({
      view: 'side',
      description: 'Lies face up with the heels on a ball, bridges and curls the ball in.',
      anchor: 'head',
      contacts: { 'near.heel': 'ball' },
      props: [{ kind: 'ball', x: -150 }],
      positions: [
        { label: 'Bridge', pitch: -90, place: { ball: -150 } },
        { label: 'Curl', pitch: -90, place: { ball: -120 } },
      ],
    });
    const scene = buildScene(rolling);
    expect(drawStill(scene, 0, PAINT).markup).not.toContain('translate(30 0)');
    expect(drawStill(scene, 1, PAINT).markup).toContain('translate(30 0)');
  });

  it('seen from above, lays the mat under the body with no floor line, or a patch of floor', () => {
    const lying = clamshell();
    const scene = buildScene(lying);
    const still = drawStill(scene, 1, PAINT);
    expect(still.markup).not.toMatch(/<path d="M[-\d]+ 0H/);
    // The mat, 180 cm long, lies flat from its near edge back.
    const front = Math.round(scene.floor!.front * 10) / 10;
    const [, x0, x1] = new RegExp(`<path d="M([-\\d.]+) ${front}H([-\\d.]+)L`).exec(still.markup)!.map(Number);
    expect(x1 - x0).toBe(180);
    const [, top, , height] = viewBoxOf(`viewBox="${still.viewBox}"`);
    expect(top + height).toBeGreaterThanOrEqual(-scene.floor!.front);
    const bare = drawStill(buildScene(clamshell({ props: [] })), 1, PAINT).markup;
    expect(bare).not.toMatch(/<path d="M[-\d]+ 0H/);
    expect(bare).toMatch(new RegExp(`^<g transform="scale\\(1 -1\\)"><g style="fill:#040404;[^"]*"><path d="M[-\\d.]+ ${front}H`));
  });

  it('is a clean drawing for every posed exercise: numbers only, each key position once', () => {
    for (const { slug, figure: f } of readFigures()) {
      const stills = keyStills(f);
      expect(stills.map((s) => s.label), slug).toEqual(f.positions.filter((p) => !p.passing).map((p) => p.label));
      expect(new Set(stills.map((s) => s.still.viewBox)).size, slug).toBe(1);
      for (const { still } of [...stills, { still: telltaleStill(f) }]) expect(still.markup + still.viewBox, slug).not.toMatch(/NaN|undefined|Infinity/);
    }
  });
});

describe('an exercise’s figure file', () => {
  it('holds the telltale still as the symbol pages show with <use>, and shows it when opened alone', () => {
    const file = figureFile(squat());
    expect(file).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" viewBox="[^"]+">/);
    expect(file).toContain(`<symbol id="${STILL_ID}" viewBox="${telltaleStill(squat()).viewBox}">`);
    expect(file).toContain(`<use href="#${STILL_ID}"/>`);
    expect(viewBoxOf(file)).toEqual(telltaleStill(squat()).viewBox.split(' ').map(Number));
  });
});
