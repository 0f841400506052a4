/**
 * How many of a text's characters an OCR reading missed (scripts/ocr-measure.ts), counted two
 * ways: whatever their order — a reading whose boxes come in another order than the twin's text
 * (shuffled text objects, turned pages) still holds them — and in reading order.
 */

/** Characters of `truth` that `read` does not hold, whatever their order (multiset difference). */
export function missedAnyOrder(truth: string, read: string): number {
  const left = new Map<string, number>();
  for (const c of read) left.set(c, (left.get(c) ?? 0) + 1);
  let missing = 0;
  for (const c of truth) {
    const n = left.get(c) ?? 0;
    if (n > 0) left.set(c, n - 1);
    else missing++;
  }
  return missing;
}

/** Characters of `truth` not matched, in order, by `read` (longest common subsequence). */
export function missedInOrder(truth: string, read: string): number {
  const a = Array.from(truth);
  const b = Array.from(read);
  // 32-bit counts: a page's text may run past 65,535 characters.
  let prev = new Uint32Array(b.length + 1);
  let cur = new Uint32Array(b.length + 1);
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      cur[j] = a[i - 1] === b[j - 1] ? prev[j - 1]! + 1 : Math.max(prev[j]!, cur[j - 1]!);
    }
    [prev, cur] = [cur, prev];
  }
  return a.length - prev[b.length]!;
}
