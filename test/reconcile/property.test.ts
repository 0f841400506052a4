/** Properties of the reconcile engine (fast-check): what must hold for any panel, not one example. */
import fc from 'fast-check';
import { expect, describe as group, it } from 'vitest';
import {
  describe,
  kendallW,
  krippendorffInterval,
  type Matrix,
  reconcile,
} from '../../lib/reconcile';
import { grid } from './helpers';

const score = fc.integer({ min: 0, max: 100 });
/** A complete subjects × raters matrix of totals. */
const complete = (minRows = 2, minCols = 2) =>
  fc
    .tuple(fc.integer({ min: minRows, max: 8 }), fc.integer({ min: minCols, max: 6 }))
    .chain(([n, k]) =>
      fc.array(fc.array(score, { minLength: k, maxLength: k }), { minLength: n, maxLength: n }),
    );
/** The same with holes (null: not scored). */
const withHoles = complete().chain((m) =>
  fc
    .array(fc.array(fc.boolean(), { minLength: m[0]!.length, maxLength: m[0]!.length }), {
      minLength: m.length,
      maxLength: m.length,
    })
    .map((holes) => m.map((row, i) => row.map((x, j) => (holes[i]![j] ? null : x)))),
);

/** The definition of interval alpha over every pair of values, quadratic: the reference. */
function alphaByPairs(m: Matrix): number | null {
  const units = m
    .map((row) => row.filter((x): x is number => x !== null))
    .filter((u) => u.length >= 2);
  const values = units.flat();
  const n = values.length;
  if (n < 2) return null;
  let dObserved = 0;
  for (const u of units) {
    let s = 0;
    for (let i = 0; i < u.length; i++)
      for (let j = 0; j < u.length; j++) if (i !== j) s += (u[i]! - u[j]!) ** 2;
    dObserved += s / (u.length - 1);
  }
  let dExpected = 0;
  for (let i = 0; i < n; i++)
    for (let j = 0; j < n; j++) if (i !== j) dExpected += (values[i]! - values[j]!) ** 2;
  if (dExpected === 0) return null;
  return 1 - ((n - 1) * dObserved) / dExpected;
}

group('describe (S1–S3) properties', () => {
  it('orders min ≤ median, mean, trimmed mean ≤ max; SD ≥ 0; independent of order', () => {
    fc.assert(
      fc.property(fc.array(score, { minLength: 1, maxLength: 30 }), fc.integer(), (xs, seed) => {
        const s = describe(xs);
        for (const v of [s.mean, s.median, s.trimmedMean]) {
          if (v === null) continue;
          expect(v).toBeGreaterThanOrEqual(s.min! - 1e-9);
          expect(v).toBeLessThanOrEqual(s.max! + 1e-9);
        }
        if (s.sd !== null) expect(s.sd).toBeGreaterThanOrEqual(0);
        expect(s.range).toBe(s.max! - s.min!);
        const shuffled = [...xs].sort((a, b) => ((a * 31 + seed) % 7) - ((b * 31 + seed) % 7));
        const t = describe(shuffled);
        expect(t.median).toBe(s.median);
        expect(t.trimmedMean).toBeCloseTo(s.trimmedMean ?? 0, 9);
      }),
    );
  });
});

group('agreement (A2, A3) properties', () => {
  it('A2: the linear-time alpha equals the pairwise definition', () => {
    fc.assert(
      fc.property(withHoles, (m) => {
        const fast = krippendorffInterval(m);
        const slow = alphaByPairs(m);
        if (slow === null) expect(fast).toBeNull();
        else expect(fast).toBeCloseTo(slow, 9);
      }),
    );
  });

  it('A2: alpha does not change when every value is rescaled (a·x + b) or raters are reordered', () => {
    fc.assert(
      fc.property(
        withHoles,
        fc.integer({ min: 1, max: 5 }),
        fc.integer({ min: -50, max: 50 }),
        (m, a, b) => {
          const base = krippendorffInterval(m);
          const scaled = krippendorffInterval(
            m.map((row) => row.map((x) => (x === null ? null : a * x + b))),
          );
          const reordered = krippendorffInterval(m.map((row) => [...row].reverse()));
          if (base === null) return;
          expect(scaled).toBeCloseTo(base, 9);
          expect(reordered).toBeCloseTo(base, 9);
        },
      ),
    );
  });

  it('A3: W lies in [0, 1], and is 1 when every rater orders the subjects the same way', () => {
    fc.assert(
      fc.property(complete(), (m) => {
        const w = kendallW(m);
        if (w !== null) {
          expect(w).toBeGreaterThanOrEqual(-1e-12);
          expect(w).toBeLessThanOrEqual(1 + 1e-12);
        }
        const distinct = m.map((_, i) => m[0]!.map((__, j) => i * 10 + j));
        expect(kendallW(distinct)).toBeCloseTo(1, 12);
      }),
    );
  });
});

group('reviewers (R1, R2) properties', () => {
  it('R1: in a complete design the severities add up to 0', () => {
    fc.assert(
      fc.property(complete(), (m) => {
        const { reviewers } = reconcile(grid(m));
        const sum = reviewers.reduce((a, r) => a + (r.severity ?? 0), 0);
        expect(sum).toBeCloseTo(0, 9);
      }),
    );
  });

  it('R1: adding c to one reviewer’s totals raises their severity by c', () => {
    fc.assert(
      fc.property(complete(), fc.integer({ min: -20, max: 20 }), (m, c) => {
        const before = reconcile(grid(m)).reviewers.find((r) => r.id === 'r1')!.severity!;
        const shifted = m.map((row) => row.map((x, j) => (j === 0 ? x + c : x)));
        const after = reconcile(grid(shifted)).reviewers.find((r) => r.id === 'r1')!.severity!;
        // Its offset from the others' mean moves by c on every application it shares.
        expect(after - before).toBeCloseTo(c, 9);
      }),
    );
  });

  it('R2: a reviewer’s own scale (a·x + b) does not change the order of normalised totals', () => {
    fc.assert(
      fc.property(
        complete(5, 2),
        fc.integer({ min: 1, max: 3 }),
        fc.integer({ min: -10, max: 10 }),
        (m, a, b) => {
          // Kept inside 0…100 so the clamp does not interfere.
          const base = m.map((row) => row.map((x) => 30 + Math.round(x / 5)));
          const rescaled = base.map((row) => row.map((x, j) => (j === 0 ? a * x + b : x)));
          const order = (input: number[][]) =>
            reconcile(grid(input), { minSample: 5 }).applications.map((app) =>
              app.reviews.map((r) => r.normalizedTotal!),
            );
          const z = (rows: number[][]) => rows.map((row) => row[0]!);
          const before = z(order(base));
          const after = z(order(rescaled));
          // A value clamped to the scale's ends (0, 100) has lost its order on purpose.
          const inside = (x: number) => x > 0 && x < 100;
          for (let i = 0; i < before.length; i++) {
            for (let j = 0; j < before.length; j++) {
              if (![before[i]!, before[j]!, after[i]!, after[j]!].every(inside)) continue;
              expect(Math.sign(Math.round((before[i]! - before[j]!) * 1e6))).toBe(
                Math.sign(Math.round((after[i]! - after[j]!) * 1e6)),
              );
            }
          }
        },
      ),
      { numRuns: 60 },
    );
  });
});

group('ranking (R3, R4) properties', () => {
  it('ranks are consistent with the chosen statistic and never skip a tie', () => {
    fc.assert(
      fc.property(
        withHoles,
        fc.constantFrom('mean', 'median', 'trimmedMean', 'normalizedMean' as const),
        (m, by) => {
          const result = reconcile(grid(m), { rankBy: by });
          const figure = (id: string) => {
            const a = result.applications.find((x) => x.id === id)!;
            return by === 'normalizedMean' ? a.normalizedMean : a.stats[by];
          };
          const ranked = result.ranking.filter((id) => figure(id) !== null);
          for (let i = 1; i < ranked.length; i++) {
            expect(figure(ranked[i - 1]!)!).toBeGreaterThanOrEqual(figure(ranked[i]!)! - 1e-9);
          }
          const ranks = ranked.map((id) => result.applications.find((a) => a.id === id)!.rank!);
          ranks.forEach((r, i) => {
            expect(r).toBeLessThanOrEqual(i + 1);
            if (i > 0) expect(r === ranks[i - 1] || r === i + 1).toBe(true);
          });
        },
      ),
    );
  });
});
