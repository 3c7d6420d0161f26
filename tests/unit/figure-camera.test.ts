import { describe, expect, it } from 'vitest';
import { floorInPicture, toCamera, toRoom } from '../../src/lib/figure/camera';

describe('the camera', () => {
  it('level, draws the room as it is', () => {
    expect(toCamera([10, 20, 30], 0)).toEqual([10, 20, 30]);
    expect(floorInPicture(40, 0)).toBe(0);
  });

  it('looking down, draws what is nearer you lower and what is higher up higher, and turns back into the room exactly', () => {
    const [, nearer] = toCamera([0, 0, 30], 45);
    const [, higher] = toCamera([0, 30, 0], 45);
    expect(nearer).toBeCloseTo(-21.2, 1);
    expect(higher).toBeCloseTo(21.2, 1);
    expect(floorInPicture(30, 45)).toBeCloseTo(nearer, 6);
    const back = toRoom(toCamera([12, 7, -25], 45), 45);
    [12, 7, -25].forEach((v, i) => expect(back[i]).toBeCloseTo(v, 9));
  });
});
