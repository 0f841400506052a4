/**
 * Rectangles in PDF user space (origin bottom-left, y up). Annotations are stored this way at any
 * zoom and rotation; the viewer converts to screen units only when drawing.
 */
import type { PdfRect } from './annotation';

/** The same rectangle with x0 ≤ x1 and y0 ≤ y1. */
export function normalizeRect([a, b, c, d]: readonly number[]): PdfRect {
  return [Math.min(a!, c!), Math.min(b!, d!), Math.max(a!, c!), Math.max(b!, d!)];
}

export function unionRect(rects: readonly PdfRect[]): PdfRect | null {
  if (rects.length === 0) return null;
  let [x0, y0, x1, y1] = rects[0]!;
  for (const [a, b, c, d] of rects) {
    x0 = Math.min(x0, a);
    y0 = Math.min(y0, b);
    x1 = Math.max(x1, c);
    y1 = Math.max(y1, d);
  }
  return [x0, y0, x1, y1];
}

/**
 * Merge rectangles of one text line into one (a selection gives a rectangle per text run; a
 * highlight reads better, and exports smaller, as one quad per line). Rectangles are on the same
 * line when their vertical extents overlap by more than half of the smaller one.
 */
export function mergeLineRects(rects: readonly PdfRect[], gap = 4): PdfRect[] {
  const sorted = rects
    .map(normalizeRect)
    .filter((r) => r[2] - r[0] > 0.01 && r[3] - r[1] > 0.01)
    .sort((p, q) => q[3] - p[3] || p[0] - q[0]);
  const out: PdfRect[] = [];
  for (const r of sorted) {
    const last = out[out.length - 1];
    if (last) {
      const overlap = Math.min(last[3], r[3]) - Math.max(last[1], r[1]);
      const smaller = Math.min(last[3] - last[1], r[3] - r[1]);
      const near = r[0] <= last[2] + gap && r[2] >= last[0] - gap;
      if (overlap > smaller / 2 && near) {
        out[out.length - 1] = unionRect([last, r])!;
        continue;
      }
    }
    out.push(r);
  }
  return out;
}

/**
 * PDF QuadPoints for rectangles: per rectangle the four corners in the order readers expect
 * (upper-left, upper-right, lower-left, lower-right), as Acrobat writes them.
 */
export function quadPoints(rects: readonly PdfRect[]): number[] {
  const out: number[] = [];
  for (const [x0, y0, x1, y1] of rects) out.push(x0, y1, x1, y1, x0, y0, x1, y0);
  return out;
}

/** `#rrggbb` to 0..1 components. */
export function hexToRgb(hex: string): [number, number, number] {
  const n = Number.parseInt(hex.slice(1, 7), 16);
  return [((n >> 16) & 255) / 255, ((n >> 8) & 255) / 255, (n & 255) / 255];
}

/** Round to 2 decimals: PDF units finer than 1/100 pt are noise and bloat exports. */
export function round2(n: number): number {
  return Math.round(n * 100) / 100;
}
