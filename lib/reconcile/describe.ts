/**
 * Descriptive statistics of one set of scores (SPEC S1–S3): n, mean, median, trimmed mean,
 * sample standard deviation, range. A figure that does not apply is null, never 0.
 */

export interface Stats {
  n: number;
  mean: number | null;
  median: number | null;
  /** Mean without the `trim` highest and `trim` lowest values (SPEC S2). */
  trimmedMean: number | null;
  /** Sample standard deviation (divisor n − 1). */
  sd: number | null;
  /** Highest − lowest. */
  range: number | null;
  min: number | null;
  max: number | null;
}

export function mean(xs: ArrayLike<number>): number | null {
  if (xs.length === 0) return null;
  let sum = 0;
  for (let i = 0; i < xs.length; i++) sum += xs[i]!;
  return sum / xs.length;
}

/** Sample standard deviation; null below two values. */
export function sampleSd(xs: ArrayLike<number>): number | null {
  const n = xs.length;
  if (n < 2) return null;
  const m = mean(xs)!;
  let ss = 0;
  for (let i = 0; i < n; i++) ss += (xs[i]! - m) ** 2;
  return Math.sqrt(ss / (n - 1));
}

/** A sorted copy. Panels score an application with a few dozen reviews: insertion sort wins there. */
function ascending(xs: readonly number[]): number[] {
  const s = xs.slice();
  if (s.length > 64) return s.sort((a, b) => a - b);
  for (let i = 1; i < s.length; i++) {
    const v = s[i]!;
    let j = i - 1;
    while (j >= 0 && s[j]! > v) {
      s[j + 1] = s[j]!;
      j--;
    }
    s[j + 1] = v;
  }
  return s;
}

export { median } from '../median';

/** SPEC S2: drop `trim` values at each end; null unless n > 2 × trim. */
export function trimmedMean(xs: readonly number[], trim = 1): number | null {
  const n = xs.length;
  if (n <= 2 * trim) return null;
  const s = ascending(xs);
  let sum = 0;
  for (let i = trim; i < n - trim; i++) sum += s[i]!;
  return sum / (n - 2 * trim);
}

export function describe(xs: readonly number[], trim = 1): Stats {
  const n = xs.length;
  if (n === 0) {
    return {
      n,
      mean: null,
      median: null,
      trimmedMean: null,
      sd: null,
      range: null,
      min: null,
      max: null,
    };
  }
  const s = ascending(xs);
  const mid = n >> 1;
  let sum = 0;
  for (const x of s) sum += x;
  let trimmed: number | null = null;
  if (n > 2 * trim) {
    let t = 0;
    for (let i = trim; i < n - trim; i++) t += s[i]!;
    trimmed = t / (n - 2 * trim);
  }
  return {
    n,
    mean: sum / n,
    median: n % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2,
    trimmedMean: trimmed,
    sd: sampleSd(s),
    range: s[n - 1]! - s[0]!,
    min: s[0]!,
    max: s[n - 1]!,
  };
}
