/**
 * Agreement between reviewers (SPEC A1–A4): ICC(2,1) and ICC(2,k) of Shrout & Fleiss (1979) for a
 * complete design, Krippendorff's interval alpha for any design, Kendall's W on the rankings, and
 * the bands people read them with. Each function takes a subjects × raters matrix of numbers, with
 * `null` where a rater gave no value.
 */

export type Matrix = readonly (readonly (number | null)[])[];

/** Every cell filled, at least `minRows` rows and `minCols` columns. */
export function isComplete(m: Matrix, minRows = 2, minCols = 2): boolean {
  if (m.length < minRows) return false;
  const k = m[0]?.length ?? 0;
  if (k < minCols) return false;
  return m.every((row) => row.length === k && row.every((x) => x !== null));
}

export interface Icc {
  icc21: number | null;
  icc2k: number | null;
  /** The two-way ANOVA mean squares: subjects, raters, residual. */
  bms: number;
  jms: number;
  ems: number;
}

/** SPEC A1. Null figures unless the design is complete with n ≥ 2 subjects and k ≥ 2 raters. */
export function icc2(m: Matrix): Icc | null {
  if (!isComplete(m)) return null;
  const x = m as readonly (readonly number[])[];
  const n = x.length;
  const k = x[0]!.length;
  let grand = 0;
  const rowMeans = new Float64Array(n);
  const colMeans = new Float64Array(k);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < k; j++) {
      const v = x[i]![j]!;
      grand += v;
      rowMeans[i]! += v;
      colMeans[j]! += v;
    }
  }
  grand /= n * k;
  let ssr = 0;
  let ssc = 0;
  let sst = 0;
  for (let i = 0; i < n; i++) ssr += (rowMeans[i]! / k - grand) ** 2;
  for (let j = 0; j < k; j++) ssc += (colMeans[j]! / n - grand) ** 2;
  for (const row of x) for (const v of row) sst += (v - grand) ** 2;
  ssr *= k;
  ssc *= n;
  const sse = sst - ssr - ssc;
  const bms = ssr / (n - 1);
  const jms = ssc / (k - 1);
  const ems = sse / ((n - 1) * (k - 1));
  const d1 = bms + (k - 1) * ems + (k * (jms - ems)) / n;
  const dk = bms + (jms - ems) / n;
  const ok = (d: number) => Math.abs(d) > 1e-12;
  return {
    icc21: ok(d1) ? (bms - ems) / d1 : null,
    icc2k: ok(dk) ? (bms - ems) / dk : null,
    bms,
    jms,
    ems,
  };
}

/**
 * SPEC A2: Krippendorff's alpha with the interval (squared difference) metric, any number of
 * raters, missing values allowed. Sums of squared differences over pairs are computed from sums
 * and sums of squares (Σ_{i≠j}(x_i − x_j)² = 2m·Σx² − 2(Σx)²), so the cost is linear.
 */
export function krippendorffInterval(m: Matrix): number | null {
  let pairable = 0;
  let within = 0;
  let sum = 0;
  let sumSq = 0;
  for (const row of m) {
    let mu = 0;
    let s = 0;
    let s2 = 0;
    for (const v of row) {
      if (v === null) continue;
      mu++;
      s += v;
      s2 += v * v;
    }
    if (mu < 2) continue;
    pairable += mu;
    sum += s;
    sumSq += s2;
    within += (2 * mu * s2 - 2 * s * s) / (mu - 1);
  }
  if (pairable < 2) return null;
  const total = 2 * pairable * sumSq - 2 * sum * sum;
  // All pairable values equal: no variation to agree or disagree on.
  if (total <= 1e-12 * Math.max(1, sumSq)) return null;
  return 1 - ((pairable - 1) * within) / total;
}

/** Ranks from 1 (lowest value), ties sharing the mean of their ranks; with Σ(t³ − t) over ties. */
export function midranks(values: readonly number[]): { ranks: number[]; ties: number } {
  const order = values.map((v, i) => [v, i] as const).sort((a, b) => a[0] - b[0]);
  const ranks = new Array<number>(values.length);
  let ties = 0;
  for (let start = 0; start < order.length; ) {
    let end = start + 1;
    while (end < order.length && order[end]![0] === order[start]![0]) end++;
    const t = end - start;
    const rank = (start + 1 + end) / 2;
    for (let i = start; i < end; i++) ranks[order[i]![1]] = rank;
    if (t > 1) ties += t ** 3 - t;
    start = end;
  }
  return { ranks, ties };
}

/** SPEC A3: Kendall's W with the correction for ties; complete designs only. */
export function kendallW(m: Matrix): number | null {
  if (!isComplete(m)) return null;
  const x = m as readonly (readonly number[])[];
  const n = x.length;
  const raters = x[0]!.length;
  const rankSums = new Float64Array(n);
  let ties = 0;
  for (let j = 0; j < raters; j++) {
    const r = midranks(x.map((row) => row[j]!));
    ties += r.ties;
    for (let i = 0; i < n; i++) rankSums[i]! += r.ranks[i]!;
  }
  const meanSum = (raters * (n + 1)) / 2;
  let s = 0;
  for (const r of rankSums) s += (r - meanSum) ** 2;
  const denominator = raters * raters * (n ** 3 - n) - raters * ties;
  return denominator > 0 ? (12 * s) / denominator : null;
}

export type IccBand = 'poor' | 'moderate' | 'good' | 'excellent';
export type AlphaBand = 'unreliable' | 'tentative' | 'reliable';

/** SPEC A4, Koo & Li (2016). */
export function kooLiBand(icc: number | null): IccBand | null {
  if (icc === null) return null;
  if (icc < 0.5) return 'poor';
  if (icc < 0.75) return 'moderate';
  if (icc <= 0.9) return 'good';
  return 'excellent';
}

/** SPEC A4, Krippendorff (2004, §11.4): α ≥ .800 reliable, ≥ .667 tentative. */
export function alphaBand(alpha: number | null): AlphaBand | null {
  if (alpha === null) return null;
  if (alpha >= 0.8) return 'reliable';
  if (alpha >= 0.667) return 'tentative';
  return 'unreliable';
}
