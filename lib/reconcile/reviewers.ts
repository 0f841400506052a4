/**
 * Reviewers' severity, spread and count (SPEC R1), and the normalised totals (SPEC R2): each
 * reviewer's totals as z-scores mapped back to the panel's scale, with a minimum-sample guard.
 * Always beside the raw totals, never replacing them.
 */
import { mean, sampleSd } from './describe';

/** One counted total: which application (by index), which reviewer, the total. */
export interface CountedTotal {
  app: number;
  reviewer: string;
  total: number;
}

export interface ReviewerResult {
  id: string;
  name: string;
  /** Counted totals. */
  n: number;
  mean: number | null;
  /** Spread: the sample SD of the reviewer's totals. */
  sd: number | null;
  /** Mean offset from the other reviewers on the same applications; + lenient, − harsh. */
  severity: number | null;
  /** Applications that entered the severity (scored with at least one other reviewer). */
  severityN: number;
  /** Whether the reviewer's totals were normalised (R2's guard). */
  normalized: boolean;
}

export interface ReviewerFigures {
  reviewers: ReviewerResult[];
  /** Normalised total of each counted total, same order as the input. */
  normalized: number[];
}

export function reviewerFigures(
  counted: readonly CountedTotal[],
  appCount: number,
  names: ReadonlyMap<string, string>,
  opts: { minSample: number; max: number },
): ReviewerFigures {
  const appSum = new Float64Array(appCount);
  const appN = new Uint32Array(appCount);
  const byReviewer = new Map<string, number[]>();
  counted.forEach((c, i) => {
    appSum[c.app]! += c.total;
    appN[c.app]! += 1;
    let list = byReviewer.get(c.reviewer);
    if (!list) {
      list = [];
      byReviewer.set(c.reviewer, list);
    }
    list.push(i);
  });
  const all = counted.map((c) => c.total);
  const grandMean = mean(all);
  const grandSd = sampleSd(all);
  const canNormalize = grandMean !== null && grandSd !== null && grandSd > 0;
  const normalized = all.slice();
  const reviewers: ReviewerResult[] = [];
  for (const [id, indices] of byReviewer) {
    const totals = indices.map((i) => counted[i]!.total);
    const m = mean(totals);
    const sd = sampleSd(totals);
    let offset = 0;
    let severityN = 0;
    for (const i of indices) {
      const c = counted[i]!;
      const others = appN[c.app]! - 1;
      if (others < 1) continue;
      offset += c.total - (appSum[c.app]! - c.total) / others;
      severityN++;
    }
    const normalizable = canNormalize && totals.length >= opts.minSample && sd !== null && sd > 0;
    if (normalizable) {
      for (const i of indices) {
        const z = (counted[i]!.total - m!) / sd;
        normalized[i] = Math.min(opts.max, Math.max(0, grandMean! + z * grandSd!));
      }
    }
    reviewers.push({
      id,
      name: names.get(id) ?? id,
      n: totals.length,
      mean: m,
      sd,
      severity: severityN > 0 ? offset / severityN : null,
      severityN,
      normalized: normalizable,
    });
  }
  return { reviewers, normalized };
}
