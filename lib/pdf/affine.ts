/**
 * Affine maps of the plane as PDF writes them, [a b c d e f] (x' = a·x + c·y + e,
 * y' = b·x + d·y + f): the content stream's `cm`, a text matrix, a viewport's transform.
 * One place for the arithmetic the operator-list walkers (rulings, annotation glyphs) and the
 * OCR placement share.
 */
export type Affine = [number, number, number, number, number, number];

export const IDENTITY: Affine = [1, 0, 0, 1, 0, 0];

/** `m` then `n` (row vectors, as PDF writes them: `m n` is m applied first). */
export function multiplyAffine(m: Affine, n: Affine): Affine {
  return [
    m[0] * n[0] + m[1] * n[2],
    m[0] * n[1] + m[1] * n[3],
    m[2] * n[0] + m[3] * n[2],
    m[2] * n[1] + m[3] * n[3],
    m[4] * n[0] + m[5] * n[2] + n[4],
    m[4] * n[1] + m[5] * n[3] + n[5],
  ];
}

export function applyAffine(m: Affine, x: number, y: number): [number, number] {
  return [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];
}

export function invertAffine([a, b, c, d, e, f]: Affine): Affine {
  const det = a * d - b * c;
  return [d / det, -b / det, -c / det, a / det, (c * f - d * e) / det, (b * e - a * f) / det];
}
