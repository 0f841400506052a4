/**
 * Ticks written beside an option with no box (高中✓, √八上): the recogniser often reads nothing
 * there (√ alone in a gap makes no text line of its own, or is cut off its line), so the mark is
 * found from its shape. A tick is one stroke of ink of about a character's size: a short arm
 * down from the left to a low point left of the middle, a long arm up to the top right, and
 * nothing in its top-left corner. The strokes of characters this size (丿, 乚, 一) are not.
 */

/** Ink pixels of one connected patch, as x and y lists, with its bounding box. */
export interface InkPatch {
  xs: number[];
  ys: number[];
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** A tick's strokes are thin: most of its bounding box is paper. */
const MAX_DENSITY = 0.4;

export function isTickShape(patch: InkPatch): boolean {
  const w = patch.x1 - patch.x0 + 1;
  const h = patch.y1 - patch.y0 + 1;
  const n = patch.xs.length;
  if (w < 0.6 * h || w > 1.8 * h || n > MAX_DENSITY * w * h) return false;
  // Relative positions, 0–1 across and down the patch.
  const u = patch.xs.map((x) => (x - patch.x0) / (w - 1 || 1));
  const v = patch.ys.map((y) => (y - patch.y0) / (h - 1 || 1));
  const mean = (list: number[]) => list.reduce((s, a) => s + a, 0) / (list.length || 1);
  const where = (keep: (i: number) => boolean) => u.map((_, i) => i).filter(keep);
  // The low point: the bottom tenth of the patch lies left of the middle, off the left edge.
  const bottom = where((i) => v[i]! >= 0.9);
  const bottomX = mean(bottom.map((i) => u[i]!));
  if (bottom.length === 0 || bottomX < 0.12 || bottomX > 0.6) return false;
  // The long arm ends high at the right; the short arm starts below the top at the left.
  const right = where((i) => u[i]! >= 0.85);
  const left = where((i) => u[i]! <= 0.15);
  if (right.length === 0 || left.length === 0) return false;
  if (mean(right.map((i) => v[i]!)) > 0.35) return false;
  const leftY = mean(left.map((i) => v[i]!));
  if (leftY < 0.25 || leftY > 0.8) return false;
  // Nothing in the top-left corner (丿 and 乚 have ink there or at the bottom left).
  const corner = where((i) => u[i]! < 0.3 && v[i]! < 0.2).length;
  return corner <= 0.03 * n;
}
