/**
 * The rules a pose must pass before it is drawn. Each returns the problems it finds, naming the
 * key position (or the move between two) and the rule; `checkFigure` runs them all. Where the
 * numbers come from: segment lengths and joint ranges from ../shared/FIGURES.md (see skeleton.ts
 * and ranges.ts); what counts as touching is the drawn outline (skeleton.ts THICKNESS). Every
 * tolerance is in TOLERANCE below.
 */
import { dist2, distToSegment, length, sub, type Vec2 } from './math';
import { pointsAt } from './motion';
import { heldShape, type Surface } from './props';
import { angleOf, RANGES } from './ranges';
import { buildScene, type Scene } from './scene';
import type { View } from './pose';
import { clearance, EDGES, edgeLength, JOINT, LIMB_POINTS, thickness, type PointId } from './skeleton';
import type { Contact, Figure, HeldProp } from './types';

/** Every tolerance the rules use, in cm. */
export const TOLERANCE = {
  /** A segment's length may differ from the skeleton's by this much (rounding only). */
  length: 0.5,
  /** A contact at a key position: the outline within this of its surface. */
  contact: 2,
  /** A contact held through a move: within this of its surface at every in-between frame. */
  contactMoving: 3,
  /** A planted point may slide this far along its surface during a move. */
  slide: 3,
  /** How far an outline may sink into the floor or a prop (the drawn stroke is round). */
  sink: 2,
  /** A second hand on a held weight: within this of where it can grip. */
  grip: 3,
  /** The far side may come this much nearer the viewer than the near side before they swap. */
  depth: 2,
} as const;

/** In-between frames sampled on each move, as fractions of the move. */
export const SAMPLES = [0.25, 0.5, 0.75] as const;

export type Rule = 'segment-length' | 'joint-range' | 'contact' | 'contact-in-motion' | 'pass-through' | 'held-prop' | 'near-far';

export interface Problem {
  /** The key position's label, or "Start → End" for the move between two. */
  position: string;
  rule: Rule;
  message: string;
}

const cm = (v: number) => `${Math.abs(v).toFixed(1)} cm`;
const moveName = (scene: Scene, k: number) => `${scene.figure.positions[k].label} → ${scene.figure.positions[k + 1].label}`;

/** Rule: every segment keeps the skeleton's length in every key position, in 3D and in the drawing. */
export function checkSegmentLengths(scene: Scene): Problem[] {
  const problems: Problem[] = [];
  scene.keys.forEach((key, k) => {
    const position = scene.figure.positions[k].label;
    for (const edge of EDGES) {
      const got = length(sub(key.world[edge.to], key.world[edge.from]));
      const want = edgeLength(edge);
      if (Math.abs(got - want) > TOLERANCE.length) {
        problems.push({ position, rule: 'segment-length', message: `${edge.from}–${edge.to} is ${got.toFixed(1)} cm long, not ${want.toFixed(1)} cm` });
      }
    }
    const drawn = pointsAt(scene.motion, k, 0);
    for (const [point, at] of Object.entries(key.flat) as [PointId, Vec2][]) {
      const off = dist2(drawn[point], at);
      if (off > TOLERANCE.length) problems.push({ position, rule: 'segment-length', message: `${point} is drawn ${cm(off)} away from where the pose puts it` });
    }
  });
  return problems;
}

/** Rule: every angle stays inside human ranges (ranges.ts). */
export function checkJointRanges(figure: Figure): Problem[] {
  return figure.positions.flatMap((p) =>
    RANGES.flatMap((range) => {
      const value = angleOf(p.angles, range.joint);
      if (value < range.min) return [{ position: p.label, rule: 'joint-range' as const, message: `${range.joint} is ${value}°, below ${range.min}° (${range.below})` }];
      if (value > range.max) return [{ position: p.label, rule: 'joint-range' as const, message: `${range.joint} is ${value}°, above ${range.max}° (${range.above})` }];
      return [];
    }),
  );
}

/** How far a point's outline is from resting on a surface (+ above or outside, - into it), and whether it is within the surface's extent. */
function gap(point: PointId, at: Vec2, surface: Surface, view: View): { off: number; beside: boolean } {
  const c = clearance(point, view);
  switch (surface.kind) {
    case 'top':
      return { off: at[1] - c - surface.y, beside: at[0] < surface.x0 - TOLERANCE.contact || at[0] > surface.x1 + TOLERANCE.contact };
    case 'face':
      return { off: Math.abs(at[0] - surface.x0) - c, beside: false };
    case 'bar':
      return { off: dist2(at, [surface.x0, surface.y]), beside: false };
  }
}

function describeGap(contact: Contact, point: PointId, off: number, beside: boolean, surface: Surface): string {
  const where = `${contact.part} should rest on the ${contact.on}`;
  if (beside) return `${where}: ${point} is past its end (it spans ${surface.x0.toFixed(0)} to ${surface.x1.toFixed(0)} cm)`;
  if (surface.kind === 'bar') return `${where}: ${point} is ${cm(off)} from the bar`;
  return `${where}: ${point} is ${cm(off)} ${off > 0 ? 'away from' : 'into'} it`;
}

/** Rule: each declared contact touches its surface in its key position. */
export function checkContacts(scene: Scene): Problem[] {
  return scene.figure.positions.flatMap((p, k) =>
    p.contacts.flatMap((contact) =>
      contact.points.flatMap((point) => {
        const surface = scene.surfaces.get(contact.on)!;
        const { off, beside } = gap(point, scene.keys[k].flat[point], surface, scene.figure.view);
        if (!beside && Math.abs(off) <= TOLERANCE.contact) return [];
        return [{ position: p.label, rule: 'contact' as const, message: describeGap(contact, point, off, beside, surface) }];
      }),
    ),
  );
}

/** Rule: a contact declared for the whole figure stays on its surface through every move, and a planted one does not slide. */
export function checkContactsInMotion(scene: Scene): Problem[] {
  const problems: Problem[] = [];
  const { positions } = scene.figure;
  for (let k = 0; k + 1 < positions.length; k++) {
    const shared = positions[k].contacts.filter((c) => c.throughout);
    for (const contact of shared) {
      const surface = scene.surfaces.get(contact.on)!;
      for (const point of contact.points) {
        const start = scene.keys[k].flat[point], end = scene.keys[k + 1].flat[point];
        const planted = dist2(start, end) <= TOLERANCE.slide;
        let worst = 0, slide = 0;
        for (const u of SAMPLES) {
          const at = pointsAt(scene.motion, k, u)[point];
          const { off } = gap(point, at, surface, scene.figure.view);
          if (Math.abs(off) > Math.abs(worst)) worst = off;
          if (planted) slide = Math.max(slide, distToSegment(at, start, end));
        }
        if (Math.abs(worst) > TOLERANCE.contactMoving) {
          problems.push({ position: moveName(scene, k), rule: 'contact-in-motion', message: `${contact.part} does not stay on the ${contact.on} mid-move: ${point} comes ${cm(worst)} ${worst > 0 ? 'off' : 'into'} it; add a key position in between or anchor on this contact` });
        } else if (slide > TOLERANCE.slide) {
          problems.push({ position: moveName(scene, k), rule: 'contact-in-motion', message: `${contact.part} slides ${cm(slide)} along the ${contact.on} mid-move; add a key position in between or anchor on this contact` });
        }
      }
    }
  }
  return problems;
}

/** The sampled outline of the body in one frame: points along every segment with their half-thickness. */
function outline(points: Record<PointId, Vec2>, view: View): { at: Vec2; r: number; part: string }[] {
  const out: { at: Vec2; r: number; part: string }[] = [{ at: points.head, r: JOINT.headRadius, part: 'head' }];
  for (const edge of EDGES) {
    const r = thickness(edge.part, view, edge.side) / 2;
    const a = points[edge.from], b = points[edge.to];
    for (const t of [0, 0.25, 0.5, 0.75, 1]) out.push({ at: [a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t], r, part: `${edge.from}–${edge.to}` });
  }
  return out;
}

/** Rule: no part of the body sinks into the floor or passes through a bench, box or step. */
export function checkPassThrough(scene: Scene): Problem[] {
  const problems: Problem[] = [];
  const frames: { position: string; points: Record<PointId, Vec2> }[] = [];
  scene.keys.forEach((key, k) => {
    frames.push({ position: scene.figure.positions[k].label, points: key.flat });
    if (k + 1 < scene.keys.length) for (const u of SAMPLES) frames.push({ position: moveName(scene, k), points: pointsAt(scene.motion, k, u) });
  });
  // The deepest reach per frame label, part and surface, reported once each.
  const worst = new Map<string, { position: string; message: (d: number) => string; depth: number }>();
  const note = (position: string, part: string, into: string, depth: number, message: (d: number) => string) => {
    const key = `${position}|${part}|${into}`;
    if (depth > TOLERANCE.sink && depth > (worst.get(key)?.depth ?? 0)) worst.set(key, { position, message, depth });
  };
  for (const { position, points } of frames) {
    for (const { at, r, part } of outline(points, scene.figure.view)) {
      note(position, part, 'floor', r - at[1], (d) => `${part} goes ${cm(d)} into the floor`);
      for (const prop of scene.placed) {
        const solid = scene.surfaces.get(prop.id)?.solid;
        if (!solid) continue;
        // How deep the round outline reaches into the solid, from its nearest side.
        const reach = Math.min(at[0] + r - solid.x0, solid.x1 - (at[0] - r), at[1] + r - solid.y0, solid.y1 - (at[1] - r));
        note(position, part, prop.id, reach, (d) => `${part} passes ${cm(d)} into the ${prop.id}`);
      }
    }
  }
  for (const { position, message, depth } of worst.values()) problems.push({ position, rule: 'pass-through', message: message(depth) });
  return problems;
}

/** Rule: a weight held in both hands stays in both, and no weight goes through the floor. */
export function checkHeldProps(scene: Scene): Problem[] {
  const problems: Problem[] = [];
  const held = scene.figure.props.filter((p): p is HeldProp => p.type === 'held');
  for (const prop of held) {
    const shape = heldShape(prop, scene.figure.view);
    const hand: PointId = prop.hands === 'far' ? 'far.hand' : 'near.hand';
    const check = (position: string, points: Record<PointId, Vec2>, tolerance: number) => {
      const grip = points[hand];
      if (prop.hands === 'both') {
        const [a, b] = shape.grip.map(([x, y]) => [grip[0] + x, grip[1] + y] as Vec2);
        const off = distToSegment(points['far.hand'], a, b);
        if (off > tolerance) problems.push({ position, rule: 'held-prop', message: `the ${prop.id} is held in both hands, but far.hand is ${cm(off)} from its grip` });
      }
      const low = grip[1] + shape.box.y0;
      if (low < -TOLERANCE.sink) problems.push({ position, rule: 'held-prop', message: `the ${prop.id} goes ${cm(low)} into the floor` });
    };
    scene.keys.forEach((key, k) => {
      check(scene.figure.positions[k].label, key.flat, TOLERANCE.grip);
      if (k + 1 < scene.keys.length) for (const u of SAMPLES) check(moveName(scene, k), pointsAt(scene.motion, k, u), TOLERANCE.grip * 1.5);
    });
  }
  return problems;
}

/** Rule: in the side view the far limbs stay behind the near ones, since they are drawn behind. */
export function checkNearFar(scene: Scene): Problem[] {
  if (scene.figure.view !== 'side') return [];
  return scene.keys.flatMap((key, k) =>
    LIMB_POINTS.flatMap((p) => {
      const near = key.world[`near.${p}`][2], far = key.world[`far.${p}`][2];
      if (far <= near + TOLERANCE.depth) return [];
      return [{ position: scene.figure.positions[k].label, rule: 'near-far' as const, message: `far.${p} comes ${cm(far - near)} nearer the viewer than near.${p}; the far side is drawn behind, so swap the near and far angles` }];
    }),
  );
}

/** Every rule on one figure. */
export function checkFigure(figure: Figure): Problem[] {
  const scene = buildScene(figure);
  return [
    ...checkJointRanges(figure),
    ...checkSegmentLengths(scene),
    ...checkContacts(scene),
    ...checkContactsInMotion(scene),
    ...checkPassThrough(scene),
    ...checkHeldProps(scene),
    ...checkNearFar(scene),
  ];
}

/** One line per problem: "content/figures/plank.yaml: End: contact: …". */
export function formatProblems(file: string, problems: readonly Problem[]): string {
  return problems.map((p) => `${file}: ${p.position}: ${p.rule}: ${p.message}`).join('\n');
}
