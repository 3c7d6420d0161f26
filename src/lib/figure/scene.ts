/**
 * A figure in its room: the floor and placed props as surfaces, each key position solved and
 * placed (resting on its support, or lifted into the air), and all of them hung on one motion tree.
 */
import { floorInPicture, toRoom, type FloorBand } from './camera';
import { lerp, sub, type Vec2, type Vec3 } from './math';
import { buildMotion, pointsAt, type Motion } from './motion';
import { anchorPoints, bodyPoints, solvePose, type PointSet } from './pose';
import { surfaceOf, tiePoint, undersideOf, type Surface } from './props';
import { clearance, LENGTH, POINT_IDS, type PointId } from './skeleton';
import type { Anchor, BandProp, Figure, KeyPosition, PlacedProp } from './types';

export const FLOOR: Surface = { kind: 'top', x0: -Infinity, x1: Infinity, y: 0 };

/** The id of a bench's underside as a surface, for contacts: `bench.underside`. */
export const underside = (id: string) => `${id}.underside`;

/** Every surface at key position `k` (a ball or slider where it stands then), by id; `floor` first, a bench's underside after its top. */
export function surfaces(figure: Figure, k = 0): Map<string, Surface> {
  const map = new Map<string, Surface>([['floor', FLOOR]]);
  const place = figure.positions[k]?.place ?? {};
  for (const p of figure.props) {
    if (p.type !== 'placed') continue;
    map.set(p.id, surfaceOf(p, place[p.id] ?? p.x));
    if (p.kind === 'bench') map.set(underside(p.id), undersideOf(p));
  }
  return map;
}

/**
 * Where a resting part's first point sits: on a top at x = `travel` (its outline on the top), on
 * the top of something round, against a face, or at a bar's centre.
 */
function restingPlace(rest: Anchor, surface: Surface, travel: number, view: Figure['view']): Vec2 {
  const point = anchorPoints(rest.at)[0];
  switch (surface.kind) {
    case 'bar':
      return [surface.x0, surface.y];
    case 'face':
      return [surface.x0 - clearance(point, view), surface.y];
    case 'round':
      return [surface.round!.cx, surface.round!.cy + surface.round!.r + clearance(point, view)];
    case 'top':
      return [travel, surface.y + clearance(point, view)];
    case 'under':
      return [travel, surface.y - clearance(point, view)];
  }
}

/**
 * Solves key position `k` of a figure: laid level on its support and placed on it, or in the air
 * with the lean its angles give it, the anchor's first point `lift` cm above where it rests and
 * `travel` cm along. `position` may be an edited copy of the figure's own (the posing help tries
 * angles on it).
 */
export function placePosition(figure: Figure, k: number, position: KeyPosition = figure.positions[k]): PointSet {
  const here = surfaces(figure, k);
  if (position.airborne) {
    const [x, y] = restingPlace(figure.anchor, here.get(figure.anchor.on) ?? FLOOR, position.travel, figure.view);
    return solvePose(position.angles, figure.view, figure.anchor.at, [x, y + position.lift], { turn: figure.turn, level: false, tilt: figure.tilt });
  }
  const place = restingPlace(position.support, here.get(position.support.on) ?? FLOOR, position.travel, figure.view);
  const onAnchor = position.support.at === figure.anchor.at;
  return solvePose(position.angles, figure.view, position.support.at, place, { turn: figure.turn, depth: onAnchor ? anchorDepth(figure) : undefined, tilt: figure.tilt });
}

/**
 * Depth is measured from the middle of the body at the first key position: the anchor stays at
 * the depth it has there, as it stays put across the floor; a position resting on another part,
 * or in the air, keeps the pelvis at depth 0.
 */
function anchorDepth(figure: Figure): number {
  return bodyPoints(figure.positions[0].angles, figure.view, figure.turn)[anchorPoints(figure.anchor.at)[0]][2];
}

export interface Scene {
  figure: Figure;
  keys: PointSet[];
  motion: Motion;
  /** Surfaces at each key position (they differ only where a ball or slider moves). */
  surfaces: Map<string, Surface>[];
  placed: PlacedProp[];
  /** The floor as a tilted camera sees it (floorBand); undefined with a level camera. */
  floor: FloorBand | undefined;
}

const scenes = new WeakMap<Figure, Scene>();

/**
 * The figure's scene, solved once per figure: the validator, the exercise page, the list
 * thumbnail and the link-preview image each asked for it, so a build solved every pose four times
 * (BENCHMARKS.md, Build time at 1,000). A figure is data parsed from its file and never changed
 * after, so its scene stays right for it.
 */
export function buildScene(figure: Figure): Scene {
  let scene = scenes.get(figure);
  if (!scene) {
    const keys = figure.positions.map((_, k) => placePosition(figure, k));
    scene = {
      figure,
      keys,
      motion: buildMotion(figure, keys),
      surfaces: figure.positions.map((_, k) => surfaces(figure, k)),
      placed: figure.props.filter((p): p is PlacedProp => p.type === 'placed'),
      floor: floorBand(figure, keys),
    };
    scenes.set(figure, scene);
  }
  return scene;
}

/** A placed prop's x at fraction `u` of the move from key position `k` to the next. */
export function propX(figure: Figure, prop: PlacedProp, k: number, u: number): number {
  const next = Math.min(k + 1, figure.positions.length - 1);
  return lerp(figure.positions[k].place[prop.id] ?? prop.x, figure.positions[next].place[prop.id] ?? prop.x, u);
}

/** Every surface at fraction `u` of the move from key position `k` to the next, as the browser draws it. */
export function surfacesAt(scene: Scene, k: number, u: number): Map<string, Surface> {
  if (u === 0) return scene.surfaces[k];
  const map = new Map(scene.surfaces[k]);
  for (const p of scene.placed) map.set(p.id, surfaceOf(p, propX(scene.figure, p, k, u)));
  return map;
}

/**
 * Each point's depth (toward the viewer) at fraction `u` of the move from key position `k` to the
 * next: the picture never shows depth, so in between it is taken in a straight line.
 */
export function depthAt(scene: Scene, k: number, u: number): Record<PointId, number> {
  const [a, b] = [scene.keys[k].world, scene.keys[Math.min(k + 1, scene.keys.length - 1)].world];
  return Object.fromEntries(POINT_IDS.map((id) => [id, lerp(a[id][2], b[id][2], u)])) as Record<PointId, number>;
}

/**
 * Every point in the room at fraction `u` of the move from key position `k` to the next: where the
 * picture puts it, turned back from the camera's view at its depth (camera.ts). With a level camera
 * the picture is the room.
 */
export function roomAt(scene: Scene, k: number, u: number): { points: Record<PointId, Vec2>; depth: Record<PointId, number> } {
  const points = pointsAt(scene.motion, k, u);
  const depth = depthAt(scene, k, u);
  const { tilt } = scene.figure;
  if (!tilt) return { points, depth };
  for (const id of POINT_IDS) {
    const [x, y, z] = toRoom([points[id][0], points[id][1], depth[id]], tilt);
    points[id] = [x, y];
    depth[id] = z;
  }
  return { points, depth };
}

/**
 * The floor a figure seen from above is drawn on, as a patch under it (props.ts floorMarkup);
 * undefined seen level (the floor is a line at height 0), or where a mat lying on the floor shows
 * it instead.
 */
export function floorPatch(scene: Scene): FloorBand | undefined {
  return scene.placed.some((p) => p.kind === 'mat') ? undefined : scene.floor;
}

/** How far the floor drawn under the figure reaches past what touches it in depth, in cm. */
const FLOOR_MARGIN = 10;
/** A body sits up when its shoulder line stands at least this far above its hips, in cm (half the trunk); lower, it lies. */
const SITTING_UP = LENGTH.trunk / 2;
/** How far behind its hips the floor reaches under a body sitting on it, in cm: past the buttocks, short of where the head would lie. */
const SEAT_BEHIND = 30;

/**
 * The points resting on the floor (or a mat on it) at a key position: its support when that is on
 * the floor, and every contact with the floor; none in the air.
 */
function floorPoints(position: KeyPosition, mats: string[]): PointId[] {
  if (position.airborne) return [];
  const onFloor = (on: string) => on === 'floor' || mats.includes(on);
  return [
    ...(onFloor(position.support.on) ? anchorPoints(position.support.at) : []),
    ...position.contacts.flatMap((c) => (onFloor(c.on) ? c.points : [])),
  ];
}

/**
 * Where in depth the floor reaches behind a body whose pelvis rests on it, when it sits up (its
 * shoulders well above its hips): a mat is sat on inside it, not on its back edge. Behind is the
 * way the hips' line faces away from, level across the floor. Undefined for a body lying down.
 */
function seatDepth(room: Record<PointId, Vec3>): number | undefined {
  if (room.neck[1] - room.pelvis[1] < SITTING_UP) return undefined;
  // The hips' line points to the body's right; level, a quarter turn from it points behind.
  const [rx, , rz] = sub(room['near.hip'], room['far.hip']);
  return room.pelvis[2] + (SEAT_BEHIND * rx) / Math.hypot(rx, rz);
}

/**
 * The floor under a figure seen from above (a tilted camera), as the picture shows it: the heights
 * of its far and near edges, reaching a little past what rests on it at any key position (the feet
 * of a standing figure, the hips, hands and feet of a seated one, whatever a lying one declares on
 * the floor; not a free leg swinging above it) and where a post stands, and a little behind the
 * hips of a body sitting on it (seatDepth). Seen from above the floor is foreshortened, so it is
 * drawn only as deep as the figure needs: a thin, wide strip under it. Undefined with a level
 * camera, whose floor is a line at height 0.
 */
export function floorBand({ tilt, props, positions }: Figure, keys: PointSet[]): FloorBand | undefined {
  if (!tilt) return undefined;
  const mats = props.flatMap((p) => (p.type === 'placed' && p.kind === 'mat' ? [p.id] : []));
  const depths: number[] = [];
  keys.forEach((key, k) => {
    const room = Object.fromEntries(POINT_IDS.map((id) => [id, toRoom(key.world[id], tilt)])) as Record<PointId, Vec3>;
    const resting = floorPoints(positions[k], mats);
    depths.push(...resting.map((id) => room[id][2]));
    const seat = resting.includes('pelvis') ? seatDepth(room) : undefined;
    if (seat !== undefined) depths.push(seat);
  });
  for (const p of props) if (p.type === 'placed' && p.kind === 'post') depths.push(p.z);
  if (depths.length === 0) depths.push(0);
  return { back: floorInPicture(Math.min(...depths) - FLOOR_MARGIN, tilt), front: floorInPicture(Math.max(...depths) + FLOOR_MARGIN, tilt), tilt };
}

/** Whether a placed prop stands in different places at two key positions (a ball rolling). */
export function propMoves(figure: Figure, prop: PlacedProp): boolean {
  return figure.positions.some((p) => (p.place[prop.id] ?? prop.x) !== prop.x);
}

/** Whether a band end is a point of the figure (else it is a prop's id, tied in place). */
export const isPoint = (end: string): end is PointId => (POINT_IDS as readonly string[]).includes(end);

/** Both ends of a band in one frame of the picture: a point where the figure puts it, a tie where its prop stands. */
export function bandEnds(scene: Scene, band: BandProp, points: Record<PointId, Vec2>): [Vec2, Vec2] {
  const at = (end: string): Vec2 => (isPoint(end) ? points[end] : tiePoint(scene.placed.find((p) => p.id === end)!, scene.figure.tilt));
  return [at(band.from), at(band.to)];
}
