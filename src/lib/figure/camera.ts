/**
 * Where the picture is seen from. The model poses the body in the room (x across the picture, y
 * up from the floor, z toward the viewer); a level camera draws x and y as they are, so whatever
 * moves toward or away from the viewer cannot show. A figure lying on its side with its knees bent
 * in the floor plane (a clamshell) is therefore seen by a camera tilted down by `tilt` degrees,
 * turned about the picture's x axis: a point nearer the viewer is drawn lower, a point higher up
 * is drawn higher and nearer, and the floor under the figure shows as a patch seen from above.
 * The validator turns the picture back into the room to judge what touches the floor.
 */
import { apply, rotX, type Vec3 } from './math';

/** A point of the room as the camera sees it: across the picture, up the picture, and its depth toward the viewer. */
export function toCamera(v: Vec3, tilt: number): Vec3 {
  return tilt ? apply(rotX(tilt), v) : v;
}

/** A point the camera sees (across, up the picture, depth) back in the room. */
export function toRoom(v: Vec3, tilt: number): Vec3 {
  return tilt ? apply(rotX(-tilt), v) : v;
}

/** Where a tilted camera draws the floor's far (`back`) and near (`front`) edges, as heights in the picture, and its tilt. */
export interface FloorBand {
  back: number;
  front: number;
  tilt: number;
}

/** How high in the picture a point of the floor at depth `z` (toward the viewer) is drawn. */
export function floorInPicture(z: number, tilt: number): number {
  return toCamera([0, 0, z], tilt)[1];
}
