import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dist2 } from '../../src/lib/figure/math';
import { pointsAt } from '../../src/lib/figure/motion';
import { buildScene } from '../../src/lib/figure/scene';
import { EDGES, edgeLength } from '../../src/lib/figure/skeleton';
import { readFigures, squat } from '../helpers/figures';

describe('the animation between key positions', () => {
  it('draws each key position exactly where the pose puts it', () => {
    for (const { figure } of readFigures()) {
      const scene = buildScene(figure);
      scene.keys.forEach((key, k) => {
        const drawn = pointsAt(scene.motion, k, 0);
        for (const [id, at] of Object.entries(key.flat)) expect(dist2(drawn[id as keyof typeof drawn], at)).toBeLessThan(0.01);
      });
    }
  });

  it('never moves the anchor, and keeps side-view segments their length mid-move', () => {
    const scene = buildScene(squat());
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1, noNaN: true }), (u) => {
        const points = pointsAt(scene.motion, 0, u);
        expect(dist2(points['near.heel'], scene.keys[0].flat['near.heel'])).toBeLessThan(1e-9);
        for (const edge of EDGES.filter((e) => e.part !== 'pelvis' && e.part !== 'girdle')) {
          expect(dist2(points[edge.from], points[edge.to])).toBeCloseTo(edgeLength(edge), 6);
        }
      }),
    );
  });

  it('turns each joint the short way round', () => {
    const scene = buildScene(squat());
    for (const link of scene.motion.links) expect(Math.abs(link.turn[1] - link.turn[0])).toBeLessThanOrEqual(180);
  });
});
