/**
 * The rules a pose must pass before it is drawn. Each returns the problems it finds, naming the
 * key position (or the move between two) and the rule; `checkFigure` runs them all. Where the
 * numbers come from: segment lengths and joint ranges from ../shared/FIGURES.md (see skeleton.ts
 * and ranges.ts); what counts as touching is the drawn outline (skeleton.ts THICKNESS). Every
 * tolerance is in TOLERANCE below.
 */
import { dist2, distToSegment, length, lerp, nearestOnSegment, sub, type Vec2, type Vec3 } from './math';
import { pointsAt } from './motion';
import { heldPoint, heldShape, heldTurn, tiePoint, type Solid, type Surface } from './props';
import { angleOf, RANGES } from './ranges';
import { buildScene, isPoint, roomAt, surfacesAt, type Scene } from './scene';
import type { View } from './pose';
import { clearance, EDGES, edgeLength, JOINT, LIMB_POINTS, THICKNESS, thickness, type PointId } from './skeleton';
import type { BandProp, Contact, Figure, HeldProp } from './types';

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
  /** In the air, every outline clears the floor and every prop by at least this (less would read as touching). */
  airborne: 3,
  /** A band may come this much shorter than its length at rest before it counts as slack. */
  slack: 1,
} as const;

/** In-between frames sampled on each move, as fractions of the move. */
export const SAMPLES = [0.25, 0.5, 0.75] as const;
/** Moves where the figure leaves its anchor (a take-off, a landing) or a prop rolls are sampled more finely: a foot can dip through the floor early in a jump. */
export const FINE_SAMPLES = [0.125, 0.25, 0.375, 0.5, 0.625, 0.75, 0.875] as const;

export type Rule = 'segment-length' | 'joint-range' | 'contact' | 'contact-in-motion' | 'pass-through' | 'held-prop' | 'near-far' | 'airborne' | 'band';

export interface Problem {
  /** The key position's label, or "Start → End" for the move between two. */
  position: string;
  rule: Rule;
  message: string;
}

const cm = (v: number) => `${Math.abs(v).toFixed(1)} cm`;
const moveName = (scene: Scene, k: number) => `${scene.figure.positions[k].label} → ${scene.figure.positions[k + 1].label}`;

/** Whether the move from key position `k` changes where the figure or a prop stands, not only its angles. */
function relocates(scene: Scene, k: number): boolean {
  const [a, b] = [scene.motion.origins[k], scene.motion.origins[k + 1]];
  const props = (i: number) => scene.placed.map((p) => scene.figure.positions[i].place[p.id] ?? p.x).join();
  return dist2(a, b) > 0.05 || props(k) !== props(k + 1);
}

interface Frame {
  /** The key position's label, or the move's ("Start → End"). */
  position: string;
  /** Each point in the room: across, and up from the floor. */
  points: Record<PointId, Vec2>;
  /** Each point's depth in the room, toward the viewer. */
  depth: Record<PointId, number>;
  surfaces: Map<string, Surface>;
}

/**
 * A frame at fraction `u` of the move from key position `k` (a key position itself at u = 0), in
 * the room: what touches the floor is judged there, whichever way the camera looks (camera.ts).
 */
function frameAt(scene: Scene, k: number, u: number): Frame {
  const position = u === 0 ? scene.figure.positions[k].label : moveName(scene, k);
  return { position, ...roomAt(scene, k, u), surfaces: surfacesAt(scene, k, u) };
}

/**
 * The last scene's frames: the rules that walk them run one after another on one scene, so they
 * share one sampling. Only one scene's are kept, so a build does not hold the frames of every
 * figure to its end.
 */
let sampled: { scene: Scene; frames: Frame[] } | undefined;

/** Every key position and the in-between frames of each move, as the browser draws them. */
function frames(scene: Scene): Frame[] {
  if (sampled?.scene === scene) return sampled.frames;
  const out: Frame[] = [];
  sampled = { scene, frames: out };
  scene.keys.forEach((_, k) => {
    out.push(frameAt(scene, k, 0));
    if (k + 1 === scene.keys.length) return;
    for (const u of relocates(scene, k) ? FINE_SAMPLES : SAMPLES) out.push(frameAt(scene, k, u));
  });
  return out;
}

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

/** Whether a point is past a surface's ends across the picture (`across`) or beside it in depth (`depth`). */
function besideOf(at: Vec2, z: number, surface: Surface): Touch['beside'] {
  if (at[0] < surface.x0 - TOLERANCE.contact || at[0] > surface.x1 + TOLERANCE.contact) return 'across';
  if (surface.z0 !== undefined && (z < surface.z0 - TOLERANCE.contact || z > surface.z1! + TOLERANCE.contact)) return 'depth';
  return false;
}

/** How far a point's outline is from resting on a surface (+ above or outside, - into it), and whether it is within the surface's extent. */
function gap(point: PointId, at: Vec2, z: number, surface: Surface, view: View): { off: number; beside: Touch['beside'] } {
  const c = clearance(point, view);
  switch (surface.kind) {
    case 'top':
      return { off: at[1] - c - surface.y, beside: besideOf(at, z, surface) };
    case 'under':
      return { off: surface.y - (at[1] + c), beside: besideOf(at, z, surface) };
    case 'face':
      return { off: Math.abs(at[0] - surface.x0) - c, beside: false };
    case 'bar':
      return { off: dist2(at, [surface.x0, surface.y]), beside: false };
    case 'round': {
      const { cx, cy, r } = surface.round!;
      return { off: dist2(at, [cx, cy]) - r - c, beside: false };
    }
  }
}

/** One thing a contact checks: a point, or a flat part laid against something round, which touches it along a tangent. */
interface Touch {
  name: string;
  off: number;
  /** Past the surface's ends across the picture, or beside it in depth. */
  beside: false | 'across' | 'depth';
  /** The point (or the part's middle) that should touch, for the rules that follow it. */
  at: Vec2;
}

function touches(contact: Contact, frame: Frame, surface: Surface, view: View): Touch[] {
  const { points, depth } = frame;
  if (surface.kind === 'round' && contact.points.length === 2) {
    const [a, b] = contact.points.map((p) => points[p]);
    const { cx, cy, r } = surface.round!;
    const c = Math.min(...contact.points.map((p) => clearance(p, view)));
    return [{ name: contact.part, off: distToSegment([cx, cy], a, b) - r - c, beside: false, at: [(a[0] + b[0]) / 2, (a[1] + b[1]) / 2] }];
  }
  return contact.points.map((point) => ({ name: point, ...gap(point, points[point], depth[point], surface, view), at: points[point] }));
}

function describeGap(contact: Contact, touch: Touch, surface: Surface, z: number): string {
  const where = surface.kind === 'under' ? `${contact.part} should touch the ${contact.on.replace(/\.underside$/, '')}'s underside` : `${contact.part} should rest on the ${contact.on}`;
  if (touch.beside === 'across') return `${where}: ${touch.name} is past its end (it spans ${surface.x0.toFixed(0)} to ${surface.x1.toFixed(0)} cm)`;
  if (touch.beside === 'depth') {
    return `${where}: ${touch.name} is beside it in depth, at z ${z.toFixed(0)} cm where it reaches from ${surface.z0!.toFixed(0)} to ${surface.z1!.toFixed(0)} cm; move it with \`z\` or change its \`depth\``;
  }
  if (surface.kind === 'bar') return `${where}: ${touch.name} is ${cm(touch.off)} from the bar`;
  return `${where}: ${touch.name} is ${cm(touch.off)} ${touch.off > 0 ? 'away from' : 'into'} it`;
}

/** Rule: each declared contact touches its surface in its key position, within its extent and depth; what a pad holds down is under it. */
export function checkContacts(scene: Scene): Problem[] {
  return scene.figure.positions.flatMap((p, k) =>
    p.contacts.flatMap((contact) => {
      const surface = scene.surfaces[k].get(contact.on)!;
      const frame = frameAt(scene, k, 0);
      return touches(contact, frame, surface, scene.figure.view).flatMap((touch) => {
        if (touch.beside || Math.abs(touch.off) > TOLERANCE.contact) {
          return [{ position: p.label, rule: 'contact' as const, message: describeGap(contact, touch, surface, frame.depth[touch.name as PointId]) }];
        }
        if (surface.holdsDown && touch.at[1] >= surface.round!.cy) {
          return [{ position: p.label, rule: 'contact' as const, message: `${contact.part} should be held down under the ${contact.on}: ${touch.name} is beside or above it, not under it` }];
        }
        return [];
      });
    }),
  );
}

/** Rule: a contact declared for the whole figure stays on its surface through every move, and a planted one does not slide. */
export function checkContactsInMotion(scene: Scene): Problem[] {
  const problems: Problem[] = [];
  const { positions } = scene.figure;
  for (let k = 0; k + 1 < positions.length; k++) {
    const shared = positions[k].contacts.filter((c) => c.throughout);
    for (const contact of shared) {
      // What rests on a ball or slider moves with it: only contacts on a surface that stays put can slide.
      const moving = scene.surfaces[k].get(contact.on)!.x0 !== scene.surfaces[k + 1].get(contact.on)!.x0;
      const at = (u: number) => {
        const frame = frameAt(scene, k, u);
        return touches(contact, frame, frame.surfaces.get(contact.on)!, scene.figure.view);
      };
      const [start, end] = [at(0), at(1)];
      start.forEach((touch, i) => {
        const planted = !moving && dist2(touch.at, end[i].at) <= TOLERANCE.slide;
        let worst = 0, slide = 0;
        for (const u of SAMPLES) {
          const mid = at(u)[i];
          if (Math.abs(mid.off) > Math.abs(worst)) worst = mid.off;
          if (planted) slide = Math.max(slide, distToSegment(mid.at, touch.at, end[i].at));
        }
        if (Math.abs(worst) > TOLERANCE.contactMoving) {
          problems.push({ position: moveName(scene, k), rule: 'contact-in-motion', message: `${contact.part} does not stay on the ${contact.on} mid-move: ${touch.name} comes ${cm(worst)} ${worst > 0 ? 'off' : 'into'} it; add a key position in between or anchor on this contact` });
        } else if (slide > TOLERANCE.slide) {
          problems.push({ position: moveName(scene, k), rule: 'contact-in-motion', message: `${contact.part} slides ${cm(slide)} along the ${contact.on} mid-move; add a key position in between or anchor on this contact` });
        }
      });
    }
  }
  return problems;
}

/** A sample of the body's outline: a point on a segment, its drawn half-thickness `r`, and its half-thickness in depth `rz`. */
interface Sample {
  at: Vec2;
  z: number;
  r: number;
  rz: number;
  part: string;
}

/**
 * The sampled outline of the body in one frame: points along every segment with their
 * half-thickness, in the picture and in depth (what the other view shows: the trunk is wider
 * than it is deep).
 */
function outline({ points, depth }: Frame, view: View): Sample[] {
  const other = view === 'side' ? 'front' : 'side';
  const out: Sample[] = [{ at: points.head, z: depth.head, r: JOINT.headRadius, rz: JOINT.headRadius, part: 'head' }];
  for (const edge of EDGES) {
    const r = thickness(edge.part, view, edge.side) / 2;
    const rz = thickness(edge.part, other, edge.side) / 2;
    const [a, b, za, zb] = [points[edge.from], points[edge.to], depth[edge.from], depth[edge.to]];
    for (const t of [0, 0.25, 0.5, 0.75, 1]) {
      out.push({ at: [a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t], z: za + (zb - za) * t, r, rz, part: `${edge.from}–${edge.to}` });
    }
  }
  return out;
}

/**
 * How deep a sample reaches into a block (negative: clear of it): in the picture, its round
 * outline past the block's nearest edge or corner; and no deeper than it overlaps the block in depth.
 */
function reachIntoSolid({ at, z, r, rz }: Sample, solid: Solid): number {
  const dx = Math.max(solid.x0 - at[0], 0, at[0] - solid.x1);
  const dy = Math.max(solid.y0 - at[1], 0, at[1] - solid.y1);
  const inside = Math.min(at[0] - solid.x0, solid.x1 - at[0], at[1] - solid.y0, solid.y1 - at[1]);
  const across = dx > 0 || dy > 0 ? r - Math.hypot(dx, dy) : r + inside;
  return Math.min(across, z + rz - solid.z0, solid.z1 - (z - rz));
}

/** How deep a sample reaches into a solid prop: its blocks (a bench's top and legs, a box) or a ball or pad's disc. */
function reachInto(sample: Sample, surface: Surface): number {
  if (surface.round) return surface.round.r + sample.r - dist2(sample.at, [surface.round.cx, surface.round.cy]);
  return Math.max(-Infinity, ...(surface.solids ?? []).map((solid) => reachIntoSolid(sample, solid)));
}

/** Rule: no part of the body sinks into the floor or passes through a bench, box, step, ball or pad, at any key position or in between. */
export function checkPassThrough(scene: Scene): Problem[] {
  const problems: Problem[] = [];
  // The deepest reach per frame label, part and surface, reported once each.
  const worst = new Map<string, { position: string; message: (d: number) => string; depth: number }>();
  const note = (position: string, part: string, into: string, depth: number, message: (d: number) => string) => {
    const key = `${position}|${part}|${into}`;
    if (depth > TOLERANCE.sink && depth > (worst.get(key)?.depth ?? 0)) worst.set(key, { position, message, depth });
  };
  for (const frame of frames(scene)) {
    for (const sample of outline(frame, scene.figure.view)) {
      const { at, r, part } = sample;
      note(frame.position, part, 'floor', r - at[1], (d) => `${part} goes ${cm(d)} into the floor`);
      for (const prop of scene.placed) {
        const surface = frame.surfaces.get(prop.id);
        if (surface) note(frame.position, part, prop.id, reachInto(sample, surface), (d) => `${part} passes ${cm(d)} into the ${prop.id}`);
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
    const side = prop.hands === 'far' ? 'far' : 'near';
    const check = (position: string, points: Record<PointId, Vec2>, tolerance: number) => {
      const [grip, turn] = [points[`${side}.hand`], heldTurn(prop, points[`${side}.wrist`], points[`${side}.hand`])];
      if (prop.hands === 'both') {
        const [a, b] = shape.grip.map((end) => heldPoint(end, turn, grip));
        const off = distToSegment(points['far.hand'], a, b);
        if (off > tolerance) problems.push({ position, rule: 'held-prop', message: `the ${prop.id} is held in both hands, but far.hand is ${cm(off)} from its grip` });
      }
      const { box } = shape;
      const corners: Vec2[] = [[box.x0, box.y0], [box.x0, box.y1], [box.x1, box.y0], [box.x1, box.y1]];
      const low = Math.min(...corners.map((c) => heldPoint(c, turn, grip)[1]));
      if (low < -TOLERANCE.sink) problems.push({ position, rule: 'held-prop', message: `the ${prop.id} goes ${cm(low)} into the floor` });
    };
    scene.keys.forEach((key, k) => {
      check(scene.figure.positions[k].label, key.flat, TOLERANCE.grip);
      if (k + 1 < scene.keys.length) for (const u of SAMPLES) check(moveName(scene, k), pointsAt(scene.motion, k, u), TOLERANCE.grip * 1.5);
    });
  }
  return problems;
}

/** The near limbs' points past the shoulder and hip, which the trunk can hide. */
const NEAR_REACH: readonly PointId[] = ['near.elbow', 'near.wrist', 'near.hand', 'near.knee', 'near.ankle', 'near.heel', 'near.toe'];

/**
 * Where a point lies over the trunk in the picture: how far its depth is behind the trunk's
 * middle there (+ further from the viewer), or undefined where the trunk's outline does not cover it.
 */
function behindTrunk(point: PointId, key: Scene['keys'][number], view: View): number | undefined {
  const half = thickness('lumbar', view) / 2;
  let behind: number | undefined;
  for (const [from, to] of [['pelvis', 'waist'], ['waist', 'neck']] as const) {
    const [a, b, p] = [key.flat[from], key.flat[to], key.flat[point]];
    if (distToSegment(p, a, b) >= half) continue;
    const z = lerp(key.world[from][2], key.world[to][2], nearestOnSegment(p, a, b));
    behind = Math.max(behind ?? -Infinity, z - key.world[point][2]);
  }
  return behind;
}

/**
 * Rule: the near limbs are drawn over the body and the far ones behind it. In the side view the far
 * limbs stay behind the near ones; in the front view, from the front or from behind, a near arm or
 * leg does not pass behind the trunk where it would be hidden (a hand reaching in front of the
 * chest seen from behind, or behind the back seen from the front).
 */
export function checkNearFar(scene: Scene): Problem[] {
  if (scene.figure.view !== 'side') {
    const reach = THICKNESS.lumbar / 2;
    return scene.keys.flatMap((key, k) =>
      NEAR_REACH.flatMap((p) => {
        const behind = behindTrunk(p, key, scene.figure.view);
        if (behind === undefined || behind <= reach + TOLERANCE.depth) return [];
        return [{ position: scene.figure.positions[k].label, rule: 'near-far' as const, message: `${p} passes ${cm(behind - reach)} behind the trunk, which would hide it, but the near side is drawn over the body; turn the view so the limb shows beside the body` }];
      }),
    );
  }
  return scene.keys.flatMap((key, k) =>
    LIMB_POINTS.flatMap((p) => {
      const near = key.world[`near.${p}`][2], far = key.world[`far.${p}`][2];
      if (far <= near + TOLERANCE.depth) return [];
      return [{ position: scene.figure.positions[k].label, rule: 'near-far' as const, message: `far.${p} comes ${cm(far - near)} nearer the viewer than near.${p}; the far side is drawn behind, so swap the near and far angles` }];
    }),
  );
}

/**
 * How far a sample is from touching a surface it could rest on (the floor, a prop's top and
 * sides, a ball): negative when it reaches into it. A block beside the sample in depth is clear of it.
 */
function clearOf(sample: Sample, surface: Surface): number {
  const { at, z, r, rz } = sample;
  if (surface.round) return dist2(at, [surface.round.cx, surface.round.cy]) - surface.round.r - r;
  if (surface.kind !== 'top') return Infinity;
  const solids = surface.solids ?? [{ x0: surface.x0, x1: surface.x1, y0: 0, y1: surface.y, z0: -Infinity, z1: Infinity }];
  return Math.min(
    ...solids.map((solid) => {
      if (z + rz < solid.z0 || z - rz > solid.z1) return Infinity;
      const dx = Math.max(solid.x0 - at[0], 0, at[0] - solid.x1);
      const dy = Math.max(solid.y0 - at[1], 0, at[1] - solid.y1);
      return Math.hypot(dx, dy) - r;
    }),
  );
}

/** Rule: an airborne position touches nothing: every part of the body clears the floor and every prop, and none is below the floor. */
export function checkAirborne(scene: Scene): Problem[] {
  return scene.figure.positions.flatMap((p, k) => {
    if (!p.airborne) return [];
    const near: Map<string, { part: string; gap: number }> = new Map();
    for (const sample of outline(frameAt(scene, k, 0), scene.figure.view)) {
      for (const [id, surface] of scene.surfaces[k]) {
        const gap = clearOf(sample, surface);
        if (gap < TOLERANCE.airborne && gap < (near.get(id)?.gap ?? Infinity)) near.set(id, { part: sample.part, gap });
      }
    }
    return [...near].map(([id, { part, gap }]) => ({
      position: p.label,
      rule: 'airborne' as const,
      message: gap < 0
        ? `in the air, but ${part} reaches ${cm(gap)} ${id === 'floor' ? 'below the floor' : `into the ${id}`}; raise its lift`
        : `in the air, but ${part} is only ${cm(gap)} off the ${id}, which reads as touching; raise its lift to clear it by ${TOLERANCE.airborne} cm`,
    }));
  });
}

/**
 * How long a band is in one frame, in the room. Seen from above, a post stands at its depth (`z`)
 * and the band is measured in 3D; seen level, a tie has no depth of its own, so the band is
 * measured across the picture.
 */
function bandSpan(scene: Scene, band: BandProp, { points, depth }: Frame): number {
  const { tilt } = scene.figure;
  const end = (id: string): Vec3 => {
    if (isPoint(id)) return [points[id][0], points[id][1], tilt ? depth[id] : 0];
    const prop = scene.placed.find((p) => p.id === id)!;
    return [...tiePoint(prop), tilt ? prop.z : 0];
  };
  return length(sub(end(band.from), end(band.to)));
}

/** Rule: a band with a length at rest stays stretched, pulling, at every key position and in between. */
export function checkBands(scene: Scene): Problem[] {
  const bands = scene.figure.props.filter((p): p is BandProp & { length: number } => p.type === 'band' && p.length !== undefined);
  const worst = new Map<string, { position: string; band: BandProp & { length: number }; span: number }>();
  for (const frame of frames(scene)) {
    const { position } = frame;
    for (const band of bands) {
      const span = bandSpan(scene, band, frame);
      const key = `${position}|${band.id}`;
      if (span < band.length - TOLERANCE.slack && span < (worst.get(key)?.span ?? Infinity)) worst.set(key, { position, band, span });
    }
  }
  return [...worst.values()].map(({ position, band, span }) => ({
    position,
    rule: 'band' as const,
    message: `the ${band.id} goes slack: its ends are ${cm(span)} apart, less than its ${cm(band.length)} at rest; move its ends further apart (stand further from where it is tied)`,
  }));
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
    ...checkAirborne(scene),
    ...checkBands(scene),
  ];
}

/** One line per problem: "content/figures/plank.yaml: End: contact: …". */
export function formatProblems(file: string, problems: readonly Problem[]): string {
  return problems.map((p) => `${file}: ${p.position}: ${p.rule}: ${p.message}`).join('\n');
}
