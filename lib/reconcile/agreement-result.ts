/**
 * The panel's agreement figures (SPEC A1–A4) from the counted totals: the subjects × raters
 * matrix, whether the design is complete, ICC(2,1), ICC(2,k), interval alpha, Kendall's W and
 * their bands.
 */
import {
  type AlphaBand,
  alphaBand,
  type IccBand,
  icc2,
  kendallW,
  kooLiBand,
  krippendorffInterval,
} from './agreement';
import type { CountedTotal } from './reviewers';

export interface AgreementResult {
  /** complete: every rater scored every subject; insufficient: fewer than 2 of either. */
  design: 'complete' | 'incomplete' | 'insufficient';
  subjects: number;
  raters: number;
  icc21: number | null;
  icc2k: number | null;
  alpha: number | null;
  kendallW: number | null;
  bands: { icc21: IccBand | null; icc2k: IccBand | null; alpha: AlphaBand | null };
}

export function agreementOf(counted: readonly CountedTotal[]): AgreementResult {
  const raterIndex = new Map<string, number>();
  const subjectIndex = new Map<number, number>();
  for (const c of counted) {
    if (!raterIndex.has(c.reviewer)) raterIndex.set(c.reviewer, raterIndex.size);
    if (!subjectIndex.has(c.app)) subjectIndex.set(c.app, subjectIndex.size);
  }
  // Subjects in the panel's order, raters in order of first appearance.
  const subjects = [...subjectIndex.keys()].sort((a, b) => a - b);
  const row = new Map(subjects.map((app, i) => [app, i]));
  const matrix: (number | null)[][] = subjects.map(() => new Array(raterIndex.size).fill(null));
  for (const c of counted) matrix[row.get(c.app)!]![raterIndex.get(c.reviewer)!] = c.total;
  const complete = matrix.length > 0 && matrix.every((r) => r.every((x) => x !== null));
  const design =
    subjects.length < 2 || raterIndex.size < 2
      ? 'insufficient'
      : complete
        ? 'complete'
        : 'incomplete';
  const icc = design === 'complete' ? icc2(matrix) : null;
  const alpha = krippendorffInterval(matrix);
  const w = design === 'complete' ? kendallW(matrix) : null;
  return {
    design,
    subjects: subjects.length,
    raters: raterIndex.size,
    icc21: icc?.icc21 ?? null,
    icc2k: icc?.icc2k ?? null,
    alpha,
    kendallW: w,
    bands: {
      icc21: kooLiBand(icc?.icc21 ?? null),
      icc2k: kooLiBand(icc?.icc2k ?? null),
      alpha: alphaBand(alpha),
    },
  };
}
