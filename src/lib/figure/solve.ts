/**
 * Posing help: finds the angles of one or two joints that put a point where it should be (a rear
 * foot on the bench, a palm on the floor), searching every whole degree inside the joints' human
 * ranges; `lift` and `travel` (whole cm) can be searched the same way, to land a foot or clear
 * the floor. Targets are in the room (x across, y up from the floor), whichever way the camera
 * looks. `npm run figures -- solve …` runs it on a pose file; the answer goes back in the file.
 */
import { toRoom } from './camera';
import { dist2, type Vec2 } from './math';
import { spineOf, splitSpine, type PoseAngles, type SpineMotion } from './pose';
import { RANGES } from './ranges';
import { placePosition } from './scene';
import type { PointId } from './skeleton';
import type { Figure, KeyPosition } from './types';

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
/** How far the posing help looks for a placement, in cm: up to 1.5 m up, 3 m either way. */
const PLACEMENT_RANGE = { lift: { min: 0, max: 150 }, travel: { min: -300, max: 300 } } as const;

function rangeOf(joint: string): { min: number; max: number } {
  if (joint === 'pitch' || joint === 'roll') return BODY_RANGE;
  if (joint === 'lift' || joint === 'travel') return PLACEMENT_RANGE[joint];
  const range = RANGES.find((r) => r.joint === joint);
  if (!range) throw new Error(`"${joint}" is not a joint angle: use pitch, roll, lift, travel or one of ${RANGES.map((r) => r.joint).join(', ')}`);
  return range;
}

/** A copy of a key position with one angle, or its lift or travel, set. */
function withValue(position: KeyPosition, joint: string, value: number): KeyPosition {
  if (joint === 'lift' || joint === 'travel') return { ...position, [joint]: value };
  return { ...position, angles: withAngle(position.angles, joint, value) };
}

/**
 * A copy of the angles with one set. The whole trunk's bend (`spine.flexion`) is split between
 * the lower and upper back as a pose file's would be; a region's (`spine.lumbar.flexion`) changes
 * that region and so the whole.
 */
function withAngle(angles: PoseAngles, joint: string, value: number): PoseAngles {
  const copy = structuredClone(angles);
  const [part, region, motion] = joint.split('.') as [string, keyof SpineMotion | 'lumbar' | 'thoracic', keyof SpineMotion];
  if (part === 'spine') {
    if (region === 'lumbar' || region === 'thoracic') {
      copy.spine[region][motion] = value;
      copy.spine = spineOf(copy.spine.lumbar, copy.spine.thoracic);
    } else {
      const split = splitSpine({ flexion: 0, lateral: 0, rotation: 0, [region]: value });
      copy.spine.lumbar[region] = split.lumbar[region];
      copy.spine.thoracic[region] = split.thoracic[region];
      copy.spine = spineOf(copy.spine.lumbar, copy.spine.thoracic);
    }
    return copy;
  }
  const keys = joint.split('.');
  const last = keys.pop()!;
  (keys.reduce<Record<string, unknown>>((o, k) => o[k] as Record<string, unknown>, copy as never))[last] = value;
  return copy;
}

/** The best whole-degree angles for up to two joints of one key position. */
export function solveAngles(figure: Figure, label: string, point: PointId, target: Target, joints: string[]): Solution {
  const k = figure.positions.findIndex((p) => p.label === label);
  if (k < 0) throw new Error(`no key position "${label}" (${figure.positions.map((p) => p.label).join(', ')})`);
  if (joints.length < 1 || joints.length > 2) throw new Error('name one or two joints to vary');
  if (joints.includes('lift') && !figure.positions[k].airborne) throw new Error(`"${label}" is not airborne: only an airborne position has a lift`);
  const ranges = joints.map(rangeOf);
  let best: Solution | undefined;
  const visit = (i: number, position: KeyPosition, chosen: Record<string, number>) => {
    if (i === joints.length) {
      // In the room, not the picture: with a tilted camera (camera.ts) a point's height in the picture is not its height off the floor.
      const [x, y] = toRoom(placePosition(figure, k, position).world[point], figure.tilt);
      const at: Vec2 = [x, y];
      const miss = dist2(at, [target.x ?? at[0], target.y ?? at[1]]);
      if (!best || miss < best.miss) best = { angles: { ...chosen }, at, miss };
      return;
    }
    for (let v = Math.ceil(ranges[i].min); v <= ranges[i].max; v++) visit(i + 1, withValue(position, joints[i], v), { ...chosen, [joints[i]]: v });
  };
  visit(0, figure.positions[k], {});
  return best!;
}
