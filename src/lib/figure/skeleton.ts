/**
 * The figure's skeleton: fixed proportions, named points, and the rigid parts between them.
 *
 * Lengths are fractions of standing height from Drillis & Contini as tabulated in Winter,
 * *Biomechanics and Motor Control of Human Movement* (see ../shared/FIGURES.md), for a figure
 * 175 cm tall. Every length in the model is in centimetres, so a dumbbell or a bench is drawn at
 * its real size beside the body.
 *
 * Axes of the body (a right-handed frame): x points forward out of the chest, y up the spine,
 * z out to the figure's right side. `near` is always the figure's right side: it faces the viewer
 * in the side view, and it is on the picture's left in the front view (the figure faces you).
 */

export const HEIGHT = 175;

/** Segment lengths as fractions of standing height (FIGURES.md). */
const FRACTION = {
  head: 0.13,
  neck: 0.052,
  upperArm: 0.186,
  forearm: 0.146,
  hand: 0.108,
  trunk: 0.288,
  thigh: 0.245,
  shank: 0.246,
  ankleHeight: 0.039,
  footLength: 0.152,
  shoulderWidth: 0.259,
  hipWidth: 0.191,
} as const;

export const LENGTH = Object.fromEntries(
  Object.entries(FRACTION).map(([k, f]) => [k, f * HEIGHT]),
) as { readonly [K in keyof typeof FRACTION]: number };

/**
 * Where the model's joints sit, derived from LENGTH: the hip joint centres lie inside the hip
 * breadth (about 60% of it apart), the grip point is the middle of the palm, and the ankle is a
 * quarter of the foot length in front of the heel (FIGURES.md). The spine bends at the waist, the
 * junction of the lower (lumbar) and upper (thoracic) back, which stands a little under halfway
 * from the hip joints to the shoulder line (the first lumbar vertebra, about 0.65 of standing
 * height); the ball of the foot, where the toes bend, is about 72% of the foot length from the heel.
 */
export const JOINT = {
  hipSpacing: LENGTH.hipWidth * 0.6,
  shoulderSpacing: LENGTH.shoulderWidth,
  grip: LENGTH.hand * 0.5,
  heelBehindAnkle: LENGTH.footLength * 0.25,
  ballInFrontOfAnkle: LENGTH.footLength * 0.47,
  toeInFrontOfAnkle: LENGTH.footLength * 0.75,
  lumbar: LENGTH.trunk * 0.45,
  headRadius: LENGTH.head / 2,
} as const;

export const SIDES = ['near', 'far'] as const;
export type Side = (typeof SIDES)[number];

/** A limb's points; `ball` is the ball of the foot, where the toes bend, and `toe` their tip. */
export const LIMB_POINTS = ['hip', 'knee', 'ankle', 'heel', 'ball', 'toe', 'shoulder', 'elbow', 'wrist', 'hand'] as const;
export type LimbPoint = (typeof LIMB_POINTS)[number];

/**
 * Every named point of the figure: `pelvis` (between the hip joints), `waist` (where the lower
 * back meets the upper back), `neck` (the middle of the shoulder line), `head` (its centre), and
 * `near.knee`, `far.hand`, …
 */
export type PointId = 'pelvis' | 'waist' | 'neck' | 'head' | `${Side}.${LimbPoint}`;
export const POINT_IDS: readonly PointId[] = [
  'pelvis',
  'waist',
  'neck',
  'head',
  ...SIDES.flatMap((side) => LIMB_POINTS.map((p) => `${side}.${p}` as const)),
];

/** The rigid parts, each drawn as one rounded stroke: the trunk is two, the lower and upper back. */
export type Part =
  | 'lumbar' | 'thoracic' | 'neck' | 'girdle' | 'pelvis'
  | 'upperArm' | 'forearm' | 'hand'
  | 'thigh' | 'shank' | 'foot';

/**
 * Drawn thickness of each part in cm. A contact is judged on the drawn outline: a point touches a
 * surface when it sits half its part's thickness above it, so what you see is what touches.
 */
export const THICKNESS: Readonly<Record<Part, number>> = {
  lumbar: 22,
  thoracic: 22,
  neck: 10,
  girdle: 12,
  pelvis: 18,
  upperArm: 9,
  forearm: 7.5,
  hand: 6,
  thigh: 14,
  shank: 10,
  foot: 5,
};

/** Seen from the front the trunk and pelvis show their width, not their depth. */
const FRONT_THICKNESS: Partial<Record<Part, number>> = { lumbar: 26, thoracic: 26, pelvis: 14 };

/** A part's drawn thickness in a view, far limbs thinner (FAR_THICKNESS). */
export function thickness(part: Part, view: 'side' | 'front', side: Side | 'body' = 'body'): number {
  const base = (view === 'front' ? FRONT_THICKNESS[part] : undefined) ?? THICKNESS[part];
  return side === 'far' ? base * FAR_THICKNESS : base;
}

/** Far-side limbs are drawn this much thinner than near ones (and in a lighter tone). */
export const FAR_THICKNESS = 0.8;

export interface Edge {
  readonly from: PointId;
  readonly to: PointId;
  readonly part: Part;
  /** `body` parts belong to neither side (trunk, neck, girdles); limbs are near or far. */
  readonly side: Side | 'body';
}

const limbEdges = (side: Side): Edge[] => [
  { from: 'neck', to: `${side}.shoulder`, part: 'girdle', side: 'body' },
  { from: 'pelvis', to: `${side}.hip`, part: 'pelvis', side: 'body' },
  { from: `${side}.shoulder`, to: `${side}.elbow`, part: 'upperArm', side },
  { from: `${side}.elbow`, to: `${side}.wrist`, part: 'forearm', side },
  { from: `${side}.wrist`, to: `${side}.hand`, part: 'hand', side },
  { from: `${side}.hip`, to: `${side}.knee`, part: 'thigh', side },
  { from: `${side}.knee`, to: `${side}.ankle`, part: 'shank', side },
  { from: `${side}.ankle`, to: `${side}.heel`, part: 'foot', side },
  { from: `${side}.ankle`, to: `${side}.ball`, part: 'foot', side },
  { from: `${side}.ball`, to: `${side}.toe`, part: 'foot', side },
];

/** The skeleton as a tree of edges (it has no loops), body first. */
export const EDGES: readonly Edge[] = [
  { from: 'pelvis', to: 'waist', part: 'lumbar', side: 'body' },
  { from: 'waist', to: 'neck', part: 'thoracic', side: 'body' },
  { from: 'neck', to: 'head', part: 'neck', side: 'body' },
  ...limbEdges('near'),
  ...limbEdges('far'),
];

/** The part a point belongs to for contacts: half its thickness is its clearance above a surface. */
export const POINT_PART: Readonly<Record<PointId, Part>> = {
  pelvis: 'lumbar',
  waist: 'lumbar',
  neck: 'thoracic',
  head: 'neck',
  ...(Object.fromEntries(
    SIDES.flatMap((side) =>
      ([
        ['hip', 'thigh'], ['knee', 'thigh'], ['ankle', 'shank'], ['heel', 'foot'], ['ball', 'foot'], ['toe', 'foot'],
        ['shoulder', 'upperArm'], ['elbow', 'forearm'], ['wrist', 'forearm'], ['hand', 'hand'],
      ] as const).map(([p, part]) => [`${side}.${p}`, part]),
    ),
  ) as Record<`${Side}.${LimbPoint}`, Part>),
};

/** How far a point's drawn outline reaches from the point itself, in cm (a knee: the thigh's, the thicker). */
export function clearance(point: PointId, view: 'side' | 'front'): number {
  return point === 'head' ? JOINT.headRadius : thickness(POINT_PART[point], view) / 2;
}

/** Expected distance between the two ends of each edge: the fixed proportions. */
export function edgeLength(edge: Edge): number {
  switch (edge.part) {
    case 'lumbar': return JOINT.lumbar;
    case 'thoracic': return LENGTH.trunk - JOINT.lumbar;
    case 'neck': return LENGTH.neck + JOINT.headRadius;
    case 'girdle': return JOINT.shoulderSpacing / 2;
    case 'pelvis': return JOINT.hipSpacing / 2;
    case 'upperArm': return LENGTH.upperArm;
    case 'forearm': return LENGTH.forearm;
    case 'hand': return JOINT.grip;
    case 'thigh': return LENGTH.thigh;
    case 'shank': return LENGTH.shank;
    case 'foot':
      if (edge.to.endsWith('toe')) return JOINT.toeInFrontOfAnkle - JOINT.ballInFrontOfAnkle;
      return Math.hypot(edge.to.endsWith('heel') ? JOINT.heelBehindAnkle : JOINT.ballInFrontOfAnkle, LENGTH.ankleHeight - THICKNESS.foot / 2);
  }
}
