/**
 * Equipment at real size, in cm (FIGURES.md: a hex dumbbell is 25–35 cm long; a full-size plate
 * is 45 cm across, so a loaded bar rests 22.5 cm off the floor). Shapes are SVG markup in a y-up
 * frame: a held weight's origin is its grip, a placed prop is drawn where it stands.
 */
import { floorInPicture, toCamera, type FloorBand } from './camera';
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
  /** A bench's padded top is this thick; its legs stand this far in from its ends and are this thick. */
  bench: { slab: 6, legInset: 10, leg: 4 },
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

/**
 * Which way a held weight is turned in the picture, in degrees: none (it hangs, or stands
 * upright, whatever the hand does), or in line with the hand for a kettlebell held `inline`.
 */
export function heldTurn(prop: HeldProp, wrist: Vec2, hand: Vec2): number {
  return prop.hold === 'inline' ? (Math.atan2(hand[1] - wrist[1], hand[0] - wrist[0]) * 180) / Math.PI + 90 : 0;
}

/** A point of a held weight's frame turned by `deg` and moved to the grip. */
export function heldPoint([x, y]: Vec2, deg: number, grip: Vec2): Vec2 {
  const r = (deg * Math.PI) / 180;
  return [grip[0] + x * Math.cos(r) - y * Math.sin(r), grip[1] + x * Math.sin(r) + y * Math.cos(r)];
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
        // The plate is see-through, so the body behind it still reads (a back squat's head, a deadlift's shins).
        return {
          markup: `<circle class="fig-plate" r="${n(p / 2)}"/><circle r="2.5"/>`,
          box: { x0: -p / 2, y0: -p / 2, x1: p / 2, y1: p / 2 },
          grip: [[0, 0], [0, 0]],
        };
      }
      const markup = `<path d="M${n(-len / 2)} 0H${n(len / 2)}"/>${rect(collar, -p / 2, t, p, 1)}${rect(-collar - t, -p / 2, t, p, 1)}`;
      return { markup, box: { x0: -len / 2, y0: -p / 2, x1: len / 2, y1: p / 2 }, grip: [[-collar, 0], [collar, 0]] };
    }
  }
}

/**
 * How deep the props that have a depth are, toward the viewer, in cm: a bench's padded top is
 * 35 cm wide (its length runs across the picture unless its depth is the longer), a box and a
 * step as deep as they are long by default.
 */
export const DEPTH_DEFAULTS: Partial<Record<PlacedKind, number>> = { bench: 35, box: 50, step: 40 };

/** A block of a prop a body must not pass through: across the picture, up, and in depth (toward the viewer). */
export interface Solid {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
  z0: number;
  z1: number;
}

export interface Surface {
  /**
   * What contacts rest on: a top, the underside of a bench's top, a wall's or post's face, a
   * bar's centre, or the curved outside of something round (a ball, a pad's roller), touched
   * anywhere around it.
   */
  kind: 'top' | 'under' | 'face' | 'bar' | 'round';
  x0: number;
  x1: number;
  /** A top's or underside's height, a face's top, a bar's or a round thing's centre. */
  y: number;
  /** How far it reaches in depth (toward the viewer), for a prop that has a depth: a contact must be within it. */
  z0?: number;
  z1?: number;
  /** The blocks a body must not pass through, when there are any: a bench's top and legs, a box. */
  solids?: Solid[];
  /** A round surface's centre and radius, and the solid disc a body must not pass through. */
  round?: { cx: number; cy: number; r: number };
  /** Holds what touches it down from above (an ankle pad): a contact must be under it. */
  holdsDown?: boolean;
}

/**
 * The blocks of a bench: its padded top, and its legs. A bench whose length runs across the picture
 * stands on a frame at each end, as deep as the bench; one seen end-on (deeper than it is long)
 * has its frames at the near and far ends, so a leg can pass under it between them.
 */
function benchSolids(prop: PlacedProp, x: number): Solid[] {
  const { slab, legInset, leg } = SIZE.bench;
  const [x0, x1] = [x - prop.length / 2, x + prop.length / 2];
  const [z0, z1] = depthRange(prop);
  const top = { x0, x1, y0: prop.height - slab, y1: prop.height, z0, z1 };
  const under = prop.height - slab;
  if (z1 - z0 > prop.length) {
    const span = { x0: x0 + legInset - leg / 2, x1: x1 - legInset + leg / 2, y0: 0, y1: under };
    return [top, { ...span, z0, z1: z0 + leg }, { ...span, z0: z1 - leg, z1 }];
  }
  const post = (at: number) => ({ x0: at - leg / 2, x1: at + leg / 2, y0: 0, y1: under, z0, z1 });
  return [top, post(x0 + legInset), post(x1 - legInset)];
}

/** How far a prop with a depth reaches toward the viewer: from z0 to z1 (cm). */
function depthRange(prop: PlacedProp): [number, number] {
  const depth = prop.depth ?? DEPTH_DEFAULTS[prop.kind] ?? 0;
  return [prop.z - depth / 2, prop.z + depth / 2];
}

/** The underside of a bench's padded top: what a leg drawn up under it touches (`<id>.underside`). */
export function undersideOf(prop: PlacedProp): Surface {
  const half = prop.length / 2;
  const [z0, z1] = depthRange(prop);
  return { kind: 'under', x0: prop.x - half, x1: prop.x + half, y: prop.height - SIZE.bench.slab, z0, z1 };
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
    case 'bench': {
      const [z0, z1] = depthRange(prop);
      return { kind: 'top', x0: x - half, x1: x + half, y: prop.height, z0, z1, solids: benchSolids(prop, x) };
    }
    case 'box':
    case 'step': {
      const [z0, z1] = depthRange(prop);
      return { kind: 'top', x0: x - half, x1: x + half, y: prop.height, z0, z1, solids: [{ x0: x - half, y0: 0, x1: x + half, y1: prop.height, z0, z1 }] };
    }
  }
}

/**
 * Where a band tied to a prop is tied: a post at its `height`, a pull-up bar at its centre; across
 * and up in the room, or given a camera's tilt, in its picture (a post stands at its `z`).
 */
export function tiePoint(prop: PlacedProp, tilt = 0): Vec2 {
  const [x, y] = toCamera([prop.x, prop.height, tilt ? prop.z : 0], tilt);
  return [x, y];
}

/** Where a placed prop's foot is drawn: on the floor line, or seen from above, where its depth puts it (a post's `z`). */
export function propBase(prop: PlacedProp, tilt = 0): number {
  return floorInPicture(prop.z, tilt);
}

/** The tallest a placed prop is drawn, in cm (a post rises above the band tied to it), or given a camera's tilt, how high it reaches in its picture. */
export function propTop(prop: PlacedProp, tilt = 0): number {
  if (prop.kind === 'post') return toCamera([0, Math.max(prop.height + SIZE.post.above, SIZE.post.least), prop.z], tilt)[1];
  if (prop.kind === 'pad') return prop.height + prop.length / 2;
  return prop.height;
}

/**
 * A placed prop drawn where it stands (y up, floor at 0). A ball is drawn round its centre, which
 * the renderer moves as it rolls (`ballSeam` turns with it). Given the floor seen from above (a
 * tilted camera: the heights of its far and near edges in the picture), a mat is drawn lying flat
 * on it (lyingFlat) and a post, standing beside the body, foreshortened.
 */
export function placedMarkup(prop: PlacedProp, floor?: FloorBand): string {
  const { x, height: y, length: len } = prop;
  if (floor && prop.kind === 'mat') return lyingFlat(floor, x - len / 2, x + len / 2, true);
  switch (prop.kind) {
    case 'post':
      // One that stands nearer than the body is drawn over it (frontMarkup).
      return standsInFront(prop, floor) ? '' : postMarkup(prop, floor?.tilt);
    case 'ball':
      return `<circle cx="${n(x)}" cy="${n(y / 2)}" r="${n(y / 2)}"/>`;
    case 'slider':
      return rect(x - len / 2, 0, len, y, y / 2);
    case 'pad':
      // A roller on a stand, seen end-on: the heels tuck under it.
      return `<path d="M${n(x)} ${n(y)}V0"/><circle cx="${n(x)}" cy="${n(y)}" r="${n(len / 2)}"/>`;
    case 'bench': {
      const { slab, legInset } = SIZE.bench;
      return `${rect(x - len / 2, y - slab, len, slab, 1.5)}<path d="M${n(x - len / 2 + legInset)} ${n(y - slab)}V0M${n(x + len / 2 - legInset)} ${n(y - slab)}V0"/>`;
    }
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

/**
 * How much narrower the far edge of the floor or a mat seen from above is drawn than its near
 * edge, on each side, per cm of its depth in the picture: a hint of perspective, so it reads as
 * lying flat and going away from you, not as the face of a box standing up behind the body.
 */
const RECEDE = 0.35;

/**
 * Something lying flat on the floor seen from above (a tilted camera), `x0` to `x1` across at its
 * near edge: filled like equipment, narrowing toward its far edge, with only its near edge drawn
 * as a line, as the floor line is seen level. A mat (`outlined`) also has a hairline round it.
 */
function lyingFlat(floor: FloorBand, x0: number, x1: number, outlined: boolean): string {
  const { front, back } = floor;
  const inset = RECEDE * (back - front);
  const surface = `<path d="M${n(x0)} ${n(front)}H${n(x1)}L${n(x1 - inset)} ${n(back)}H${n(x0 + inset)}Z" ${outlined ? 'stroke-width="1"' : 'stroke="none"'}/>`;
  return `${surface}<path d="M${n(x0)} ${n(front)}H${n(x1)}" fill="none"/>`;
}

/**
 * The floor seen from above (a tilted camera), from `x0` to `x1` across the picture at its near
 * edge: a patch under the figure with no outline but its near edge, so it reads as floor and not
 * as a box or a step.
 */
export function floorMarkup(floor: FloorBand, x0: number, x1: number): string {
  return lyingFlat(floor, x0, x1, false);
}

/** A post from the floor to its top, foreshortened and standing at its depth when the camera looks down. */
function postMarkup(prop: PlacedProp, tilt = 0): string {
  const base = propBase(prop, tilt);
  return rect(prop.x - prop.length / 2, base, prop.length, propTop(prop, tilt) - base, 1);
}

/** Whether a prop stands nearer than the body, seen from above: a post out to the side of a figure turned toward you. */
const standsInFront = (prop: PlacedProp, floor?: FloorBand) => Boolean(floor?.tilt) && prop.kind === 'post' && prop.z > 0;

/**
 * The part of a placed prop drawn in front of the body: a bar's round section over the gripping
 * hands; seen from above (given the floor), a post that stands nearer than the body.
 */
export function frontMarkup(prop: PlacedProp, floor?: FloorBand): string {
  if (standsInFront(prop, floor)) return postMarkup(prop, floor!.tilt);
  if (prop.kind !== 'pull-up-bar') return '';
  return `<circle cx="${n(prop.x)}" cy="${n(prop.height)}" r="${n(SIZE.pullUpBar.diameter / 2 + 0.8)}"/>`;
}
