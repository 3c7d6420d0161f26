/**
 * How a figure moves between key positions, exactly as the browser draws it.
 *
 * The picture is a tree of nested SVG groups hung from the anchor: each point's group turns by a
 * relative angle and moves out along its segment by the segment's length in the picture. Between
 * two key positions the browser interpolates every angle and length linearly at the same eased
 * pace, so every segment stays joined to the next, and the anchor moves only in a straight line
 * between the places key positions give it (in the air, or resting on another part). Other contacts
 * (a second foot, hands on a bar) are only guaranteed at the key positions; the validator samples
 * the in-between frames with `pointsAt` to check they hold there too.
 */
import { angle2, dist2, lerp, polar, unwrap, type Vec2 } from './math';
import { anchorPoints, type PointSet } from './pose';
import { EDGES, type Edge, type PointId } from './skeleton';
import type { Figure } from './types';

export interface Link {
  point: PointId;
  parent: PointId;
  edge: Edge;
  /** Per key position: the angle relative to the parent's segment (degrees) and the length in the picture (cm). */
  turn: number[];
  length: number[];
  /** Per key position: this segment's angle in the picture. */
  heading: number[];
}

export interface Motion {
  root: PointId;
  /** Where the root point is at each key position: the same everywhere unless the figure leaves its anchor. */
  origins: Vec2[];
  /** Links in tree order: every parent comes before its children. */
  links: Link[];
  keys: PointSet[];
}

/**
 * Below this length (cm) a segment points at the viewer and its angle in the picture means little:
 * one that carries others keeps its parent's heading, so they do not spin round it mid-move; an
 * end segment (toes, a hand) keeps its own, so it is drawn exactly where the pose puts it.
 */
const HIDDEN = 0.5;

function treeOrder(root: PointId): { point: PointId; parent: PointId; edge: Edge }[] {
  const order: { point: PointId; parent: PointId; edge: Edge }[] = [];
  const seen = new Set<PointId>([root]);
  const queue: PointId[] = [root];
  while (queue.length) {
    const at = queue.shift()!;
    for (const edge of EDGES) {
      const next = edge.from === at ? edge.to : edge.to === at ? edge.from : undefined;
      if (!next || seen.has(next)) continue;
      seen.add(next);
      order.push({ point: next, parent: at, edge });
      queue.push(next);
    }
  }
  return order;
}

export function buildMotion(figure: Figure, keys: PointSet[]): Motion {
  const root = anchorPoints(figure.anchor.at)[0];
  const heading = new Map<PointId, number[]>([[root, keys.map(() => 0)]]);
  const order = treeOrder(root);
  const parents = new Set(order.map((l) => l.parent));
  const links: Link[] = order.map(({ point, parent, edge }) => {
    const parentHeading = heading.get(parent)!;
    const own: number[] = [];
    const length: number[] = [];
    const hidden = parents.has(point) ? HIDDEN : 1e-6;
    keys.forEach((key, k) => {
      const len = dist2(key.flat[parent], key.flat[point]);
      const raw = len < hidden ? parentHeading[k] : angle2(key.flat[parent], key.flat[point]);
      // Each segment turns the short way from one key position to the next.
      own.push(k === 0 ? raw : unwrap(raw, own[k - 1]));
      length.push(len);
    });
    heading.set(point, own);
    return { point, parent, edge, turn: own.map((h, k) => h - parentHeading[k]), length, heading: own };
  });
  return { root, origins: keys.map((key) => key.flat[root]), links, keys };
}

/** Every point in the picture at fraction `u` of the way from key position `k` to `k + 1`. */
export function pointsAt(motion: Motion, k: number, u: number): Record<PointId, Vec2> {
  const next = Math.min(k + 1, motion.keys.length - 1);
  const [from, to] = [motion.origins[k], motion.origins[next]];
  const at = { [motion.root]: [lerp(from[0], to[0], u), lerp(from[1], to[1], u)] as Vec2 } as Record<PointId, Vec2>;
  const heading = { [motion.root]: 0 } as Record<PointId, number>;
  for (const link of motion.links) {
    const h = heading[link.parent] + lerp(link.turn[k], link.turn[next], u);
    const [dx, dy] = polar(h, lerp(link.length[k], link.length[next], u));
    heading[link.point] = h;
    at[link.point] = [at[link.parent][0] + dx, at[link.parent][1] + dy];
  }
  return at;
}

/** The heading (degrees) of a point's frame at a moment: what a held prop must undo to stay upright. */
export function headingAt(motion: Motion, point: PointId, k: number, u: number): number {
  const link = motion.links.find((l) => l.point === point);
  if (!link) return 0;
  const next = Math.min(k + 1, motion.keys.length - 1);
  return lerp(link.heading[k], link.heading[next], u);
}
