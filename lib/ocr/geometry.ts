/**
 * Plane geometry for text detection: the convex hull of a region and its minimum-area rotated
 * rectangle (rotating calipers), which is what OpenCV's findContours + minAreaRect give the
 * PaddleOCR reference post-processing. Plain code, because opencv.js needs `eval` and an MV3
 * extension page forbids it.
 */

export type Point = [number, number];

/** A rotated rectangle: centre, size along its own axes, angle of the width axis (radians). */
export interface RotatedRect {
  cx: number;
  cy: number;
  /** Along the text direction: always ≥ height for horizontal text after `orient`. */
  width: number;
  height: number;
  angle: number;
}

function cross(o: Point, a: Point, b: Point): number {
  return (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0]);
}

/** Andrew's monotone chain; points in any order, hull counter-clockwise (in y-up terms). */
export function convexHull(points: Point[]): Point[] {
  if (points.length < 3) return points.slice();
  const sorted = points.slice().sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const lower: Point[] = [];
  for (const p of sorted) {
    while (lower.length >= 2 && cross(lower.at(-2)!, lower.at(-1)!, p) <= 0) lower.pop();
    lower.push(p);
  }
  const upper: Point[] = [];
  for (let i = sorted.length - 1; i >= 0; i--) {
    const p = sorted[i]!;
    while (upper.length >= 2 && cross(upper.at(-2)!, upper.at(-1)!, p) <= 0) upper.pop();
    upper.push(p);
  }
  lower.pop();
  upper.pop();
  return lower.concat(upper);
}

/**
 * The smallest rotated rectangle around a convex polygon: one of its sides lies along a hull
 * edge, so each edge direction is tried.
 */
export function minAreaRect(hull: Point[]): RotatedRect {
  if (hull.length === 0) return { cx: 0, cy: 0, width: 0, height: 0, angle: 0 };
  if (hull.length === 1) return { cx: hull[0]![0], cy: hull[0]![1], width: 0, height: 0, angle: 0 };
  let best: RotatedRect | null = null;
  let bestArea = Infinity;
  for (let i = 0; i < hull.length; i++) {
    const a = hull[i]!;
    const b = hull[(i + 1) % hull.length]!;
    const len = Math.hypot(b[0] - a[0], b[1] - a[1]);
    if (len === 0) continue;
    const ux = (b[0] - a[0]) / len;
    const uy = (b[1] - a[1]) / len;
    let minU = Infinity;
    let maxU = -Infinity;
    let minV = Infinity;
    let maxV = -Infinity;
    for (const p of hull) {
      const u = p[0] * ux + p[1] * uy;
      const v = -p[0] * uy + p[1] * ux;
      if (u < minU) minU = u;
      if (u > maxU) maxU = u;
      if (v < minV) minV = v;
      if (v > maxV) maxV = v;
    }
    const area = (maxU - minU) * (maxV - minV);
    if (area < bestArea) {
      bestArea = area;
      const cu = (minU + maxU) / 2;
      const cv = (minV + maxV) / 2;
      best = {
        cx: cu * ux - cv * uy,
        cy: cu * uy + cv * ux,
        width: maxU - minU,
        height: maxV - minV,
        angle: Math.atan2(uy, ux),
      };
    }
  }
  return best ?? { cx: hull[0]![0], cy: hull[0]![1], width: 0, height: 0, angle: 0 };
}

/**
 * The same rectangle described with its angle nearest to horizontal (within ±45°), so "width"
 * runs along the reading direction of horizontal text.
 */
export function orient(rect: RotatedRect): RotatedRect {
  let { width, height, angle } = rect;
  // Bring the angle into (−90°, 90°].
  while (angle <= -Math.PI / 2) angle += Math.PI;
  while (angle > Math.PI / 2) angle -= Math.PI;
  if (angle > Math.PI / 4) {
    angle -= Math.PI / 2;
    [width, height] = [height, width];
  } else if (angle < -Math.PI / 4) {
    angle += Math.PI / 2;
    [width, height] = [height, width];
  }
  return { cx: rect.cx, cy: rect.cy, width, height, angle };
}

/** The four corners: top-left, top-right, bottom-right, bottom-left (image coordinates). */
export function corners(rect: RotatedRect): [Point, Point, Point, Point] {
  const ux = Math.cos(rect.angle);
  const uy = Math.sin(rect.angle);
  const hw = rect.width / 2;
  const hh = rect.height / 2;
  const at = (u: number, v: number): Point => [
    rect.cx + u * ux - v * uy,
    rect.cy + u * uy + v * ux,
  ];
  return [at(-hw, -hh), at(hw, -hh), at(hw, hh), at(-hw, hh)];
}

/** Is (x, y) inside the rotated rectangle? */
export function contains(rect: RotatedRect, x: number, y: number): boolean {
  const dx = x - rect.cx;
  const dy = y - rect.cy;
  const ux = Math.cos(rect.angle);
  const uy = Math.sin(rect.angle);
  const u = dx * ux + dy * uy;
  const v = -dx * uy + dy * ux;
  return Math.abs(u) <= rect.width / 2 && Math.abs(v) <= rect.height / 2;
}
