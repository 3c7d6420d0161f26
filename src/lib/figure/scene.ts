/**
 * A figure in its room: the floor and placed props as surfaces, the anchor's place on one of
 * them, and every key position solved and hung on one motion tree.
 */
import type { Vec2 } from './math';
import { buildMotion, type Motion } from './motion';
import { anchorPoints, solvePose, type PointSet } from './pose';
import { surfaceOf, type Surface } from './props';
import { clearance } from './skeleton';
import type { Figure, PlacedProp } from './types';

export const FLOOR: Surface = { kind: 'top', x0: -Infinity, x1: Infinity, y: 0 };

export function surfaces(figure: Figure): Map<string, Surface> {
  const map = new Map<string, Surface>([['floor', FLOOR]]);
  for (const p of figure.props) if (p.type === 'placed') map.set(p.id, surfaceOf(p));
  return map;
}

/** Where the anchor's first point sits: its outline on a top, or its centre on a bar. */
export function anchorPlace(figure: Figure): Vec2 {
  const surface = surfaces(figure).get(figure.anchor.on) ?? FLOOR;
  const point = anchorPoints(figure.anchor.at)[0];
  if (surface.kind === 'bar') return [surface.x0, surface.y];
  if (surface.kind === 'face') return [surface.x0 - clearance(point, figure.view), surface.y];
  return [0, surface.y + clearance(point, figure.view)];
}

export interface Scene {
  figure: Figure;
  keys: PointSet[];
  motion: Motion;
  surfaces: Map<string, Surface>;
  placed: PlacedProp[];
}

export function buildScene(figure: Figure): Scene {
  const place = anchorPlace(figure);
  const keys = figure.positions.map((p) => solvePose(p.angles, figure.view, figure.anchor.at, place));
  return {
    figure,
    keys,
    motion: buildMotion(figure, keys),
    surfaces: surfaces(figure),
    placed: figure.props.filter((p): p is PlacedProp => p.type === 'placed'),
  };
}
