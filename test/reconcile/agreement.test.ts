/**
 * SPEC A1–A4: each agreement formula against a published worked example (cited per test), plus
 * the edge cases where a figure does not apply.
 */
import { describe, expect, it } from 'vitest';
import {
  alphaBand,
  icc2,
  kendallW,
  kooLiBand,
  krippendorffInterval,
  type Matrix,
  midranks,
} from '../../lib/reconcile';

/**
 * Shrout, P. E. & Fleiss, J. L. (1979). Intraclass correlations: uses in assessing rater
 * reliability. Psychological Bulletin 86(2), 420–428. Table 2: four judges rate six targets.
 * Table 3 gives BMS = 11.24, JMS = 32.49, EMS = 1.02, and ICC(2,1) = .29, ICC(2,4) = .62.
 */
const SHROUT_FLEISS: Matrix = [
  [9, 2, 5, 8],
  [6, 1, 3, 2],
  [8, 4, 6, 8],
  [7, 1, 2, 6],
  [10, 5, 6, 9],
  [6, 2, 4, 7],
];

/**
 * Krippendorff, K. (2011). Computing Krippendorff's Alpha-Reliability. Annenberg School for
 * Communication, University of Pennsylvania (repository.upenn.edu/asc_papers/43), section C:
 * four observers, twelve units, values 1–5, missing values. Published: interval α = 0.849
 * (nominal .743, ordinal .815, ratio .797). Units are rows here (observers are columns).
 */
const n = null;
const KRIPPENDORFF_2011: Matrix = [
  [1, 1, n, 1],
  [2, 2, 3, 2],
  [3, 3, 3, 3],
  [3, 3, 3, 3],
  [2, 2, 2, 2],
  [1, 2, 3, 4],
  [4, 4, 4, 4],
  [1, 1, 2, 1],
  [2, 2, 2, 2],
  [n, 5, 5, 5],
  [n, n, 1, 1],
  [n, 3, n, n],
];

/**
 * The computational example of the Wikipedia article "Krippendorff's alpha" (three coders,
 * fifteen units, many missing): interval α = 0.811 (0.810845 in the `krippendorff` Python
 * package's tests, which reproduce it).
 */
const WIKIPEDIA: Matrix = [
  [n, 1, n],
  [n, n, n],
  [n, 2, 2],
  [n, 1, 1],
  [n, 3, 3],
  [3, 3, 4],
  [4, 4, 4],
  [1, 3, n],
  [2, n, 2],
  [1, n, 1],
  [1, n, 1],
  [3, n, 3],
  [3, n, 3],
  [n, n, n],
  [3, n, 4],
];

/**
 * Siegel, S. (1956). Nonparametric Statistics for the Behavioral Sciences, ch. 9, the Kendall
 * coefficient of concordance: three executives (X, Y, Z) rank six job applicants; rank sums
 * 8, 14, 11, 11, 11, 8; s = 25.5; W = 25.5 / (1/12 · 3² · (6³ − 6)) = .16. Subjects are rows.
 */
const SIEGEL_RANKS: Matrix = [
  [1, 1, 6],
  [6, 5, 3],
  [3, 6, 2],
  [2, 4, 5],
  [5, 2, 4],
  [4, 3, 1],
];

describe('A1: ICC(2,1) and ICC(2,k), Shrout & Fleiss (1979)', () => {
  it('reproduces Table 3 of Shrout & Fleiss (1979) for their Table 2 data', () => {
    const r = icc2(SHROUT_FLEISS)!;
    expect(r.bms).toBeCloseTo(11.24, 2);
    expect(r.jms).toBeCloseTo(32.49, 2);
    expect(r.ems).toBeCloseTo(1.02, 2);
    expect(r.icc21).toBeCloseTo(0.29, 2);
    expect(r.icc2k).toBeCloseTo(0.62, 2);
    // To more places, from the same mean squares: .28976 and .62005.
    expect(r.icc21).toBeCloseTo(0.289764, 6);
    expect(r.icc2k).toBeCloseTo(0.620051, 6);
  });

  it('is 1 for perfect agreement and does not apply to an incomplete or tiny design', () => {
    expect(
      icc2([
        [1, 1],
        [5, 5],
        [3, 3],
      ])?.icc21,
    ).toBeCloseTo(1, 12);
    expect(
      icc2([
        [1, null],
        [5, 5],
      ]),
    ).toBeNull();
    expect(icc2([[1, 2, 3]])).toBeNull();
    expect(icc2([[1], [2]])).toBeNull();
    // No variation at all: 0 / 0 is not a figure.
    expect(
      icc2([
        [4, 4],
        [4, 4],
      ])?.icc21,
    ).toBeNull();
  });
});

describe('A2: Krippendorff interval alpha', () => {
  it('reproduces Krippendorff (2011): α interval = 0.849', () => {
    expect(krippendorffInterval(KRIPPENDORFF_2011)).toBeCloseTo(0.849, 3);
    expect(krippendorffInterval(KRIPPENDORFF_2011)).toBeCloseTo(0.849107, 6);
  });

  it("reproduces the Wikipedia article's computational example: α interval = 0.811", () => {
    expect(krippendorffInterval(WIKIPEDIA)).toBeCloseTo(0.810845, 6);
  });

  it('does not apply without a pairable unit or without variation', () => {
    expect(
      krippendorffInterval([
        [1, n],
        [n, 2],
      ]),
    ).toBeNull();
    expect(
      krippendorffInterval([
        [3, 3],
        [3, 3],
      ]),
    ).toBeNull();
    expect(
      krippendorffInterval([
        [1, 1],
        [5, 5],
      ]),
    ).toBe(1);
  });
});

describe('A3: Kendall W', () => {
  it('reproduces Siegel (1956): three executives ranking six applicants, W = .16', () => {
    expect(kendallW(SIEGEL_RANKS)).toBeCloseTo(0.16, 2);
    expect(kendallW(SIEGEL_RANKS)).toBeCloseTo(25.5 / 157.5, 12);
  });

  it('ranks scores itself (higher or lower, the same W) and is 1 for identical orders', () => {
    const scores: Matrix = SIEGEL_RANKS.map((row) => row.map((r) => 100 - 7 * (r as number)));
    expect(kendallW(scores)).toBeCloseTo(25.5 / 157.5, 12);
    expect(
      kendallW([
        [1, 10],
        [2, 20],
        [3, 30],
      ]),
    ).toBeCloseTo(1, 12);
  });

  it('corrects for ties: Σ(t³ − t) in the denominator', () => {
    // Rater 1 ties subjects 1 and 2 (t = 2, T = 6); rater 2 ties nothing.
    // Midranks: rater 1 → 1.5, 1.5, 3; rater 2 → 1, 2, 3. Rank sums 2.5, 3.5, 6; mean 4.
    // S = 2.25 + 0.25 + 4 = 6.5; W = 12·6.5 / (4·24 − 2·6) = 78 / 84.
    expect(
      kendallW([
        [1, 1],
        [1, 2],
        [2, 3],
      ]),
    ).toBeCloseTo(78 / 84, 12);
    expect(midranks([5, 5, 7, 5])).toEqual({ ranks: [2, 2, 4, 2], ties: 24 });
  });

  it('does not apply to an incomplete design or when every rater ties everything', () => {
    expect(
      kendallW([
        [1, 2],
        [n, 3],
      ]),
    ).toBeNull();
    expect(
      kendallW([
        [1, 1],
        [1, 1],
      ]),
    ).toBeNull();
  });
});

describe('A4: bands', () => {
  it('reads ICC with Koo & Li (2016) and alpha with Krippendorff (2004)', () => {
    expect([0.29, 0.5, 0.62, 0.75, 0.9, 0.91].map(kooLiBand)).toEqual([
      'poor',
      'moderate',
      'moderate',
      'good',
      'good',
      'excellent',
    ]);
    expect(kooLiBand(null)).toBeNull();
    expect([0.5, 0.667, 0.8, 0.849].map(alphaBand)).toEqual([
      'unreliable',
      'tentative',
      'reliable',
      'reliable',
    ]);
  });
});
