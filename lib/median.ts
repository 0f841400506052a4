/**
 * Medians, one module for the whole core: scores (lib/reconcile), font sizes of a text layer
 * (lib/pdf) and of a scan (lib/ocr).
 */

/** The median: the middle value, or the mean of the two middle ones; null for no values. */
export function median(xs: readonly number[]): number | null {
  const n = xs.length;
  if (n === 0) return null;
  const s = [...xs].sort((a, b) => a - b);
  const mid = n >> 1;
  return n % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/**
 * The upper median: the middle value, the higher of the two middle ones for an even count (a
 * value that occurs, never a mean of two: a font size some text has); null for no values.
 */
export function upperMedian(xs: readonly number[]): number | null {
  if (xs.length === 0) return null;
  return [...xs].sort((a, b) => a - b)[xs.length >> 1]!;
}
