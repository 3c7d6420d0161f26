/**
 * Posing help: finds the angles of one or two joints that put a point where it should be (a rear
 * foot on the bench, a palm on the floor), searching every whole degree inside the joints' human
 * ranges. `npm run figures -- solve …` runs it on a pose file; the answer goes back in the file.
 */
import { dist2, type Vec2 } from './math';
import { solvePose, type PoseAngles } from './pose';
import { RANGES } from './ranges';
import { anchorPlace } from './scene';
import type { PointId } from './skeleton';
import type { Figure } from './types';

/** Where a point should go; leave a coordinate out to let it fall where it may. */
export interface Target {
  x?: number;
  y?: number;
}

export interface Solution {
  angles: Record<string, number>;
  at: Vec2;
  /** Distance from the target in cm (0 when met exactly). */
  miss: number;
}

const BODY_RANGE = { min: -180, max: 180 };

function rangeOf(joint: string): { min: number; max: number } {
  if (joint === 'pitch' || joint === 'roll') return BODY_RANGE;
  const range = RANGES.find((r) => r.joint === joint);
  if (!range) throw new Error(`"${joint}" is not a joint angle: use pitch, roll or one of ${RANGES.map((r) => r.joint).join(', ')}`);
  return range;
}

function withAngle(angles: PoseAngles, joint: string, value: number): PoseAngles {
  const copy = structuredClone(angles);
  const keys = joint.split('.');
  const last = keys.pop()!;
  (keys.reduce<Record<string, unknown>>((o, k) => o[k] as Record<string, unknown>, copy as never))[last] = value;
  return copy;
}

/** The best whole-degree angles for up to two joints of one key position. */
export function solveAngles(figure: Figure, label: string, point: PointId, target: Target, joints: string[]): Solution {
  const position = figure.positions.find((p) => p.label === label);
  if (!position) throw new Error(`no key position "${label}" (${figure.positions.map((p) => p.label).join(', ')})`);
  if (joints.length < 1 || joints.length > 2) throw new Error('name one or two joints to vary');
  const place = anchorPlace(figure);
  const ranges = joints.map(rangeOf);
  let best: Solution | undefined;
  const visit = (i: number, angles: PoseAngles, chosen: Record<string, number>) => {
    if (i === joints.length) {
      const at = solvePose(angles, figure.view, figure.anchor.at, place).flat[point];
      const miss = dist2(at, [target.x ?? at[0], target.y ?? at[1]]);
      if (!best || miss < best.miss) best = { angles: { ...chosen }, at, miss };
      return;
    }
    for (let v = Math.ceil(ranges[i].min); v <= ranges[i].max; v++) visit(i + 1, withAngle(angles, joints[i], v), { ...chosen, [joints[i]]: v });
  };
  visit(0, position.angles, {});
  return best!;
}
