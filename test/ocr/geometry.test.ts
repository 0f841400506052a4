/** Convex hull and minimum-area rectangle (the contour step PaddleOCR does with OpenCV). */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  contains,
  convexHull,
  corners,
  minAreaRect,
  orient,
  type Point,
} from '../../lib/ocr/geometry';

const point = fc.tuple(fc.integer({ min: -500, max: 500 }), fc.integer({ min: -500, max: 500 }));

describe('minimum-area rectangle', () => {
  it('contains every point, and is no larger than the axis-aligned box', () => {
    fc.assert(
      fc.property(fc.array(point, { minLength: 3, maxLength: 60 }), (raw) => {
        const points = raw as Point[];
        const rect = minAreaRect(convexHull(points));
        const grown = { ...rect, width: rect.width + 1e-6, height: rect.height + 1e-6 };
        for (const [x, y] of points) expect(contains(grown, x, y)).toBe(true);
        const xs = points.map((p) => p[0]);
        const ys = points.map((p) => p[1]);
        const box = (Math.max(...xs) - Math.min(...xs)) * (Math.max(...ys) - Math.min(...ys));
        expect(rect.width * rect.height).toBeLessThanOrEqual(box + 1e-6);
      }),
    );
  });

  it('finds a rotated rectangle exactly, oriented along its long side', () => {
    for (const degrees of [-30, -3, 0, 2.5, 17, 40]) {
      const angle = (degrees * Math.PI) / 180;
      const truth = { cx: 200, cy: 120, width: 300, height: 40, angle };
      const rect = orient(minAreaRect(convexHull(corners(truth))));
      expect(rect.width).toBeCloseTo(300, 6);
      expect(rect.height).toBeCloseTo(40, 6);
      expect(rect.angle).toBeCloseTo(angle, 6);
      expect(rect.cx).toBeCloseTo(200, 6);
      expect(rect.cy).toBeCloseTo(120, 6);
    }
  });
});
