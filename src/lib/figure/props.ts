/**
 * Equipment at real size, in cm (FIGURES.md: a hex dumbbell is 25–35 cm long; a full-size plate
 * is 45 cm across, so a loaded bar rests 22.5 cm off the floor). Shapes are SVG markup in a y-up
 * frame: a held weight's origin is its grip, a placed prop is drawn where it stands.
 */
import type { Vec2 } from './math';
import type { View } from './pose';
import type { PlacedKind } from '../../data/figure-props';
import type { HeldProp, PlacedProp } from './types';

export const SIZE = {
  dumbbell: { headDiameter: 14, headLength: 9, handle: 12 },
  kettlebell: { bellDiameter: 21, gripToBellCentre: 17 },
  barbell: { plateDiameter: 45, plateThickness: 6, barLength: 220, collar: 66 },
  pullUpBar: { diameter: 3.2, beam: 50, bracket: 30 },
  /** A post or rack upright stands this far above the band tied to it, and at least this tall. */
  post: { above: 30, least: 100 },
} as const;

/**
 * Default height and length of each placed prop: a knee-high bench, a box, a low step; a post
 * with a band tied at chest height; a 65 cm stability ball; sliders 18 cm across; an ankle pad, a
 * 14 cm roller at the height that holds the heels of a figure kneeling on tucked toes.
 */
export const PLACED_DEFAULTS: Record<PlacedKind, { height: number; length: number }> = {
  bench: { height: 45, length: 110 },
  box: { height: 50, length: 50 },
  step: { height: 20, length: 40 },
  mat: { height: 1, length: 180 },
  wall: { height: 230, length: 0 },
  'pull-up-bar': { height: 225, length: 0 },
  post: { height: 130, length: 8 },
  ball: { height: 65, length: 65 },
  slider: { height: 1.5, length: 18 },
  pad: { height: 33, length: 14 },
};

const n = (v: number) => String(Math.round(v * 10) / 10);
const rect = (x: number, y: number, w: number, h: number, rx = 0) =>
  `<rect x="${n(x)}" y="${n(y)}" width="${n(w)}" height="${n(h)}"${rx ? ` rx="${n(rx)}"` : ''}/>`;

function hexagon(r: number): string {
  const pts = [0, 60, 120, 180, 240, 300].map((a) => `${n(r * Math.cos((a * Math.PI) / 180))},${n(r * Math.sin((a * Math.PI) / 180))}`);
  return `<polygon points="${pts.join(' ')}"/>`;
}

export interface HeldShape {
  /** Markup in the prop's frame (origin at the grip, y up). */
  markup: string;
  /** Lowest and highest reach below and above the grip, and sideways, in cm. */
  box: { x0: number; y0: number; x1: number; y1: number };
  /** Where the second hand may hold, as a segment in the prop's frame (a point when both ends match). */
  grip: [[number, number], [number, number]];
}

/** A held weight as drawn in the given view. */
export function heldShape(prop: HeldProp, view: View): HeldShape {
  const { headDiameter: d, headLength: h, handle } = SIZE.dumbbell;
  switch (prop.kind) {
    case 'dumbbell': {
      if (prop.hold === 'across') {
        return { markup: hexagon(d / 2), box: { x0: -d / 2, y0: -d / 2, x1: d / 2, y1: d / 2 }, grip: [[0, 0], [0, 0]] };
      }
      const total = 2 * h + handle;
      if (prop.hold === 'upright') {
        // Cupped under the top head, as in a goblet hold.
        const markup = `<path d="M0 0V${n(-handle)}"/>${rect(-d / 2, 0, d, h, 2)}${rect(-d / 2, -handle - h, d, h, 2)}`;
        return { markup, box: { x0: -d / 2, y0: -total + h, x1: d / 2, y1: h }, grip: [[-d / 2, 0], [d / 2, 0]] };
      }
      const markup = `<path d="M${n(-handle / 2)} 0H${n(handle / 2)}"/>${rect(-handle / 2 - h, -d / 2, h, d, 2)}${rect(handle / 2, -d / 2, h, d, 2)}`;
      return { markup, box: { x0: -total / 2, y0: -d / 2, x1: total / 2, y1: d / 2 }, grip: [[-handle / 2, 0], [handle / 2, 0]] };
    }
    case 'kettlebell': {
      const { bellDiameter: b, gripToBellCentre: c } = SIZE.kettlebell;
      const markup = `<path d="M-6 ${n(-c + b / 2 - 2)}V-2Q0 3 6 -2V${n(-c + b / 2 - 2)}"/><circle cy="${n(-c)}" r="${n(b / 2)}"/>`;
      return { markup, box: { x0: -b / 2, y0: -c - b / 2, x1: b / 2, y1: 2 }, grip: [[0, 0], [0, 0]] };
    }
    case 'barbell': {
      const { plateDiameter: p, plateThickness: t, barLength: len, collar } = SIZE.barbell;
      if (view === 'side') {
        return {
          markup: `<circle r="${n(p / 2)}"/><circle r="2.5"/>`,
          box: { x0: -p / 2, y0: -p / 2, x1: p / 2, y1: p / 2 },
          grip: [[0, 0], [0, 0]],
        };
      }
      const markup = `<path d="M${n(-len / 2)} 0H${n(len / 2)}"/>${rect(collar, -p / 2, t, p, 1)}${rect(-collar - t, -p / 2, t, p, 1)}`;
      return { markup, box: { x0: -len / 2, y0: -p / 2, x1: len / 2, y1: p / 2 }, grip: [[-collar, 0], [collar, 0]] };
    }
  }
}

export interface Surface {
  /**
   * What contacts rest on: a top, a wall's or post's face, a bar's centre, or the curved outside
   * of something round (a ball, a pad's roller), touched anywhere around it.
   */
  kind: 'top' | 'face' | 'bar' | 'round';
  x0: number;
  x1: number;
  /** A top's height, a face's top, a bar's or a round thing's centre. */
  y: number;
  /** The solid a body must not pass through, when there is one. */
  solid?: { x0: number; y0: number; x1: number; y1: number };
  /** A round surface's centre and radius, and the solid disc a body must not pass through. */
  round?: { cx: number; cy: number; r: number };
  /** Holds what touches it down from above (an ankle pad): a contact must be under it. */
  holdsDown?: boolean;
}

/** Where a placed prop's surface is; a ball or slider stands at `x` when given (where it has rolled or slid to). */
export function surfaceOf(prop: PlacedProp, x = prop.x): Surface {
  const half = prop.length / 2;
  switch (prop.kind) {
    case 'wall':
    case 'post':
      return { kind: 'face', x0: x, x1: x, y: prop.height };
    case 'pull-up-bar':
      return { kind: 'bar', x0: x, x1: x, y: prop.height };
    case 'mat':
    case 'slider':
      return { kind: 'top', x0: x - half, x1: x + half, y: prop.height };
    case 'ball': {
      const r = prop.height / 2;
      return { kind: 'round', x0: x - r, x1: x + r, y: r, round: { cx: x, cy: r, r } };
    }
    case 'pad':
      return { kind: 'round', x0: x - half, x1: x + half, y: prop.height, round: { cx: x, cy: prop.height, r: half }, holdsDown: true };
    default:
      return {
        kind: 'top',
        x0: x - half,
        x1: x + half,
        y: prop.height,
        solid: { x0: x - half, y0: 0, x1: x + half, y1: prop.height },
      };
  }
}

/** Where a band tied to a prop is tied: a post at its `height`, a pull-up bar at its centre. */
export function tiePoint(prop: PlacedProp): Vec2 {
  return [prop.x, prop.height];
}

/** The tallest a placed prop is drawn, in cm (a post rises above the band tied to it). */
export function propTop(prop: PlacedProp): number {
  if (prop.kind === 'post') return Math.max(prop.height + SIZE.post.above, SIZE.post.least);
  if (prop.kind === 'pad') return prop.height + prop.length / 2;
  return prop.height;
}

/**
 * A placed prop drawn where it stands (y up, floor at 0). A ball is drawn round its centre, which
 * the renderer moves as it rolls (`ballSeam` turns with it).
 */
export function placedMarkup(prop: PlacedProp): string {
  const { x, height: y, length: len } = prop;
  switch (prop.kind) {
    case 'post':
      return rect(x - len / 2, 0, len, propTop(prop), 1);
    case 'ball':
      return `<circle cx="${n(x)}" cy="${n(y / 2)}" r="${n(y / 2)}"/>`;
    case 'slider':
      return rect(x - len / 2, 0, len, y, y / 2);
    case 'pad':
      // A roller on a stand, seen end-on: the heels tuck under it.
      return `<path d="M${n(x)} ${n(y)}V0"/><circle cx="${n(x)}" cy="${n(y)}" r="${n(len / 2)}"/>`;
    case 'bench':
      return `${rect(x - len / 2, y - 6, len, 6, 1.5)}<path d="M${n(x - len / 2 + 10)} ${n(y - 6)}V0M${n(x + len / 2 - 10)} ${n(y - 6)}V0"/>`;
    case 'box':
    case 'step':
      return rect(x - len / 2, 0, len, y, 1.5);
    case 'mat':
      return rect(x - len / 2, 0, len, y);
    case 'wall':
      return `<path d="M${n(x)} 0V${n(y)}"/>`;
    case 'pull-up-bar':
      // Seen end-on: the bar hangs from a bracket under a beam; its round section is drawn over the hands (frontMarkup).
      const { beam, bracket } = SIZE.pullUpBar;
      return `<path d="M${n(x - beam / 2)} ${n(y + bracket)}H${n(x + beam / 2)}M${n(x)} ${n(y + bracket)}V${n(y)}"/>`;
  }
}

/** The seam across a ball of diameter `d`, about its centre: it turns as the ball rolls. */
export function ballSeam(d: number): string {
  const r = d / 2;
  return `<path d="M${n(-r)} 0Q0 ${n(-r * 0.45)} ${n(r)} 0"/>`;
}

/** The part of a placed prop drawn in front of the body: a bar's round section over the gripping hands. */
export function frontMarkup(prop: PlacedProp): string {
  if (prop.kind !== 'pull-up-bar') return '';
  return `<circle cx="${n(prop.x)}" cy="${n(prop.height)}" r="${n(SIZE.pullUpBar.diameter / 2 + 0.8)}"/>`;
}
