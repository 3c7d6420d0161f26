/**
 * Forward kinematics: joint angles in, the position of every named point out.
 *
 * Angles are anatomical, in degrees, measured from standing tall with the arms by the sides
 * (FIGURES.md): flexion swings a limb forward (the knee's folds the shin back), abduction takes it
 * out to the side, rotation turns it about the body's long axis (outward positive). The pelvis is
 * placed by `pitch` (tipping forward; 90 lies face down) and `roll` (tipping onto the near side;
 * 90 lies on the near side, -90 on the far side). The picture is then turned so a flat anchor
 * (a foot, forearm or shin on the floor) lies level, and moved so the anchor's first point sits at
 * `place`. In the air nothing is laid level: `pitch` and `roll` alone set the lean.
 */
import { toCamera } from './camera';
import { add, apply, chain, mul, rotX, rotY, rotZ, sub, type Mat3, type Vec2, type Vec3 } from './math';
import { clearance, JOINT, LENGTH, THICKNESS, type PointId, type Side } from './skeleton';

export interface BallJoint {
  flexion: number;
  abduction: number;
  /** Turning the limb's plane about the trunk's long axis, before it is raised (outward positive). */
  rotation: number;
  /** Turning the limb about its own length, after it is raised (outward positive). */
  twist: number;
}

export interface LimbAngles {
  hip: BallJoint;
  knee: number;
  /** Dorsiflexion positive (toes up), plantarflexion negative. */
  ankle: number;
  /** Inversion positive (sole turns inward), eversion negative. */
  ankleInversion: number;
  /** The toes bent up at the ball of the foot (positive), or curled down (negative). */
  toes: number;
  shoulder: BallJoint;
  elbow: number;
  wrist: number;
}

/** One region's bend: forward (+), toward the near side (+), chest turned toward the near side (+). */
export interface SpineMotion {
  flexion: number;
  lateral: number;
  rotation: number;
}

/** The whole trunk's bend (the sum of its two regions), and each region's. */
export interface SpineAngles extends SpineMotion {
  /** The lower back, from the pelvis to the waist. */
  lumbar: SpineMotion;
  /** The upper back, from the waist to the shoulder line. */
  thoracic: SpineMotion;
}

export interface PoseAngles {
  pitch: number;
  roll: number;
  spine: SpineAngles;
  neck: number;
  near: LimbAngles;
  far: LimbAngles;
}

export const SPINE_MOTIONS = ['flexion', 'lateral', 'rotation'] as const;

/**
 * How much of the trunk's bend the lower back takes when a pose gives only the whole trunk's
 * (the upper back takes the rest): a little more than half of bending forward and back, half of
 * bending sideways, a quarter of turning, as the lumbar and thoracic ranges divide them.
 */
export const LUMBAR_SHARE: Readonly<SpineMotion> = { flexion: 0.6, lateral: 0.5, rotation: 0.25 };

/** The trunk's bend from its two regions'. */
export function spineOf(lumbar: SpineMotion, thoracic: SpineMotion): SpineAngles {
  const total = (m: keyof SpineMotion) => lumbar[m] + thoracic[m];
  return { flexion: total('flexion'), lateral: total('lateral'), rotation: total('rotation'), lumbar, thoracic };
}

/** The whole trunk's bend split between the two regions by LUMBAR_SHARE. */
export function splitSpine(total: SpineMotion): SpineAngles {
  const lumbar = { flexion: 0, lateral: 0, rotation: 0 };
  for (const m of SPINE_MOTIONS) lumbar[m] = Math.round(total[m] * LUMBAR_SHARE[m] * 10) / 10;
  const thoracic = { flexion: total.flexion - lumbar.flexion, lateral: total.lateral - lumbar.lateral, rotation: total.rotation - lumbar.rotation };
  return spineOf(lumbar, thoracic);
}

export type View = 'side' | 'front';

/** A segment that can anchor a figure lying flat on a surface, with the two points that must touch. */
export const FLAT_ANCHORS = {
  foot: ['heel', 'toe'],
  forearm: ['elbow', 'wrist'],
  shin: ['knee', 'ankle'],
  /** Kneeling on the knee and the tucked toes. */
  kneel: ['knee', 'toe'],
  /** A palm flat on the floor. */
  palm: ['wrist', 'hand'],
  /** The toes flat from the ball of the foot to their tip: standing on the balls of the feet, heels up. */
  toes: ['ball', 'toe'],
} as const;
export type FlatAnchorPart = keyof typeof FLAT_ANCHORS;
export type AnchorId = PointId | `${Side}.${FlatAnchorPart}`;


/**
 * Positions of every point: `world` in 3D as the camera sees it (x right, y up the picture, z toward
 * the viewer: depth), which is the room itself unless the camera is tilted (camera.ts); `flat` in
 * the picture.
 */
export interface PointSet {
  world: Record<PointId, Vec3>;
  flat: Record<PointId, Vec2>;
}

/**
 * How far the front view turns the figure's near side toward you, in degrees, unless a figure
 * says otherwise: a little, so a knee or hip that bends toward you still shows as a bend. 0
 * faces you square; 90 would be the side view; past 90 the figure shows its back (fromBehind).
 */
export const FRONT_TURN = 20;

/**
 * The front view turns at most this far from square, from the front (0 up to it) or from behind
 * (180 down to 180 minus it): nearer 90 the figure is side-on, which the side view shows.
 */
export const MAX_FRONT_TURN = 60;

/** Whether the front view's turn shows the figure's back: past 90, the near side still nearer you, now on the picture's right. */
export const fromBehind = (view: View, turn: number): boolean => view === 'front' && turn > 90;

/** The figure's body axes in the world: the side view faces right; the front view faces you, turned by `turn` (past 90, away from you). */
function viewAxes(view: View, turn: number): Mat3 {
  return view === 'side' ? [1, 0, 0, 0, 1, 0, 0, 0, 1] : mul(rotY(turn), [0, 0, -1, 0, 1, 0, 1, 0, 0]);
}

/** How a key position is solved: seen from which side, and whether a flat anchor is laid level. */
export interface SolveOptions {
  /** The front view's turn (FRONT_TURN unless the figure sets its own). */
  turn?: number;
  /** False in the air: nothing is laid level, and `pitch` and `roll` alone set the lean. */
  level?: boolean;
  /** Where the anchor's first point stands in depth (toward the viewer); left out, the pelvis stands at depth 0. */
  depth?: number;
  /** How far the camera looks down, in degrees (camera.ts); 0, level, unless given. */
  tilt?: number;
}

/** +1 for the near (right) side, -1 for the far side: mirrors abduction and rotation. */
const sign = (side: Side) => (side === 'near' ? 1 : -1);

const ball = (j: BallJoint, s: number) => chain(rotY(-s * j.rotation), rotX(-s * j.abduction), rotZ(j.flexion), rotY(-s * j.twist));

/** A region of the spine turned by its bend: the same order of turns as a ball joint's. */
const bend = (m: SpineMotion) => chain(rotY(m.rotation), rotX(m.lateral), rotZ(-m.flexion));

function limbPoints(side: Side, a: LimbAngles, pelvis: Mat3, trunk: Mat3, neck: Vec3): [PointId, Vec3][] {
  const s = sign(side);
  const at = (origin: Vec3, frame: Mat3, v: Vec3) => add(origin, apply(frame, v));
  const shoulder = at(neck, trunk, [0, 0, (s * JOINT.shoulderSpacing) / 2]);
  const upperArm = chain(trunk, ball(a.shoulder, s));
  const elbow = at(shoulder, upperArm, [0, -LENGTH.upperArm, 0]);
  const forearm = chain(upperArm, rotZ(a.elbow));
  const wrist = at(elbow, forearm, [0, -LENGTH.forearm, 0]);
  const hand = at(wrist, chain(forearm, rotZ(a.wrist)), [0, -JOINT.grip, 0]);
  const hip = at([0, 0, 0], pelvis, [0, 0, (s * JOINT.hipSpacing) / 2]);
  const thigh = chain(pelvis, ball(a.hip, s));
  const knee = at(hip, thigh, [0, -LENGTH.thigh, 0]);
  const shank = chain(thigh, rotZ(-a.knee));
  const ankle = at(knee, shank, [0, -LENGTH.shank, 0]);
  const foot = chain(shank, rotZ(a.ankle), rotX(-s * a.ankleInversion));
  const sole = -LENGTH.ankleHeight + THICKNESS.foot / 2;
  const ballOfFoot = at(ankle, foot, [JOINT.ballInFrontOfAnkle, sole, 0]);
  return [
    [`${side}.shoulder`, shoulder],
    [`${side}.elbow`, elbow],
    [`${side}.wrist`, wrist],
    [`${side}.hand`, hand],
    [`${side}.hip`, hip],
    [`${side}.knee`, knee],
    [`${side}.ankle`, ankle],
    [`${side}.heel`, at(ankle, foot, [-JOINT.heelBehindAnkle, sole, 0])],
    [`${side}.ball`, ballOfFoot],
    [`${side}.toe`, at(ballOfFoot, chain(foot, rotZ(a.toes)), [JOINT.toeInFrontOfAnkle - JOINT.ballInFrontOfAnkle, 0, 0])],
  ];
}

/**
 * Every point of one pose, before it is placed in the picture (pelvis at the origin). The lower
 * back turns by its own bend; the upper back, and so the shoulders and head, by the whole trunk's,
 * exactly as a trunk bent in one piece would: splitting a bend between the two regions moves the
 * shoulder line a little, never turns it.
 */
export function bodyPoints(angles: PoseAngles, view: View, turn = FRONT_TURN): Record<PointId, Vec3> {
  const pelvis = chain(viewAxes(view, turn), rotX(angles.roll), rotZ(-angles.pitch));
  const waist = apply(chain(pelvis, bend(angles.spine.lumbar)), [0, JOINT.lumbar, 0]);
  const trunk = chain(pelvis, bend(angles.spine));
  const neck = add(waist, apply(trunk, [0, LENGTH.trunk - JOINT.lumbar, 0]));
  const head = add(neck, apply(chain(trunk, rotZ(-angles.neck)), [0, LENGTH.neck + JOINT.headRadius, 0]));
  return Object.fromEntries([
    ['pelvis', [0, 0, 0]],
    ['waist', waist],
    ['neck', neck],
    ['head', head],
    ...limbPoints('near', angles.near, pelvis, trunk, neck),
    ...limbPoints('far', angles.far, pelvis, trunk, neck),
  ]) as Record<PointId, Vec3>;
}

/** Turns points in the picture plane by `deg` about the origin. */
function turnInPlane(points: Record<PointId, Vec3>, deg: number): Record<PointId, Vec3> {
  const m = rotZ(deg);
  return Object.fromEntries(Object.entries(points).map(([k, v]) => [k, apply(m, v)])) as Record<PointId, Vec3>;
}

/** The two points a flat anchor rests on, or the single anchor point. */
export function anchorPoints(at: AnchorId): PointId[] {
  const [side, part] = at.split('.') as [Side, string];
  if (part in FLAT_ANCHORS) return FLAT_ANCHORS[part as FlatAnchorPart].map((p) => `${side}.${p}` as PointId);
  return [at as PointId];
}

/**
 * Solves one key position: the figure posed, turned so a flat anchor lies level (not in the air),
 * and placed in the room; then seen by the camera. `place` is in the room: x across, y up from the floor.
 */
export function solvePose(angles: PoseAngles, view: View, anchor: AnchorId, place: Vec2, { turn = FRONT_TURN, level = true, depth, tilt = 0 }: SolveOptions = {}): PointSet {
  let world = bodyPoints(angles, view, turn);
  const [first, second] = anchorPoints(anchor);
  if (second && level) {
    // Level the anchor in the picture: its two ends' outlines rest on the same surface. Of the
    // two ways to lie it level, take the one that keeps the body above it (pelvis higher).
    const a = world[first], b = world[second];
    const run = Math.hypot(b[0] - a[0], b[1] - a[1]);
    if (run > 2) {
      const now = Math.atan2(b[1] - a[1], b[0] - a[0]);
      const tilt = Math.asin((clearance(second, view) - clearance(first, view)) / run);
      const turns = [tilt - now, Math.PI - tilt - now].map((r) => (r * 180) / Math.PI);
      const height = (deg: number) => apply(rotZ(deg), sub(world.pelvis, a))[1];
      world = turnInPlane(world, height(turns[0]) >= height(turns[1]) ? turns[0] : turns[1]);
    }
  }
  const base = world[first];
  const shift: Vec3 = [place[0] - base[0], place[1] - base[1], depth === undefined ? 0 : depth - base[2]];
  const placed = Object.fromEntries(Object.entries(world).map(([k, v]) => [k, toCamera(add(v, shift), tilt)])) as Record<PointId, Vec3>;
  const flat = Object.fromEntries(Object.entries(placed).map(([k, v]) => [k, [v[0], v[1]] as Vec2])) as Record<PointId, Vec2>;
  return { world: placed, flat };
}
