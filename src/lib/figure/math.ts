/** Small 3D rotation helpers for the figure model: row-major 3×3 matrices, angles in degrees. */

export type Vec3 = readonly [number, number, number];
export type Mat3 = readonly [number, number, number, number, number, number, number, number, number];

const RAD = Math.PI / 180;

export const IDENTITY: Mat3 = [1, 0, 0, 0, 1, 0, 0, 0, 1];

/** Rotation about the x axis (a figure's front-to-back axis) by `deg`, right-handed. */
export function rotX(deg: number): Mat3 {
  const c = Math.cos(deg * RAD), s = Math.sin(deg * RAD);
  return [1, 0, 0, 0, c, -s, 0, s, c];
}

/** Rotation about the y axis (a figure's long axis, head to feet). */
export function rotY(deg: number): Mat3 {
  const c = Math.cos(deg * RAD), s = Math.sin(deg * RAD);
  return [c, 0, s, 0, 1, 0, -s, 0, c];
}

/** Rotation about the z axis (a figure's left-to-right axis): flexion and extension. */
export function rotZ(deg: number): Mat3 {
  const c = Math.cos(deg * RAD), s = Math.sin(deg * RAD);
  return [c, -s, 0, s, c, 0, 0, 0, 1];
}

export function mul(a: Mat3, b: Mat3): Mat3 {
  const m = new Array<number>(9);
  for (let r = 0; r < 3; r++) {
    for (let c = 0; c < 3; c++) m[r * 3 + c] = a[r * 3] * b[c] + a[r * 3 + 1] * b[3 + c] + a[r * 3 + 2] * b[6 + c];
  }
  return m as unknown as Mat3;
}

export const chain = (...ms: Mat3[]): Mat3 => ms.reduce(mul, IDENTITY);

export function apply(m: Mat3, v: Vec3): Vec3 {
  return [
    m[0] * v[0] + m[1] * v[1] + m[2] * v[2],
    m[3] * v[0] + m[4] * v[1] + m[5] * v[2],
    m[6] * v[0] + m[7] * v[1] + m[8] * v[2],
  ];
}

export const add = (a: Vec3, b: Vec3): Vec3 => [a[0] + b[0], a[1] + b[1], a[2] + b[2]];
export const sub = (a: Vec3, b: Vec3): Vec3 => [a[0] - b[0], a[1] - b[1], a[2] - b[2]];
export const length = (v: Vec3): number => Math.hypot(v[0], v[1], v[2]);

/** 2D helpers: points in the picture plane, x to the right, y up. */
export type Vec2 = readonly [number, number];
export const dist2 = (a: Vec2, b: Vec2): number => Math.hypot(a[0] - b[0], a[1] - b[1]);
export const angle2 = (a: Vec2, b: Vec2): number => Math.atan2(b[1] - a[1], b[0] - a[0]) / RAD;
export const polar = (deg: number, r: number): Vec2 => [Math.cos(deg * RAD) * r, Math.sin(deg * RAD) * r];
export const lerp = (a: number, b: number, u: number): number => a + (b - a) * u;

/** The angle equal to `deg` (mod 360) that lies closest to `near`, so a turn goes the short way. */
export function unwrap(deg: number, near: number): number {
  return deg - 360 * Math.round((deg - near) / 360);
}

/** Where along the segment a–b (0 at a, 1 at b) the point nearest to p lies. */
export function nearestOnSegment(p: Vec2, a: Vec2, b: Vec2): number {
  const dx = b[0] - a[0], dy = b[1] - a[1];
  const len2 = dx * dx + dy * dy;
  return len2 === 0 ? 0 : Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / len2));
}

/** Distance from point p to the segment a–b. */
export function distToSegment(p: Vec2, a: Vec2, b: Vec2): number {
  const t = nearestOnSegment(p, a, b);
  return Math.hypot(p[0] - a[0] - t * (b[0] - a[0]), p[1] - a[1] - t * (b[1] - a[1]));
}
