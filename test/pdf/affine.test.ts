/**
 * lib/pdf/affine.ts: PDF's [a b c d e f] maps — composing them in the order PDF writes them (`m n`
 * is m applied first), applying one to a point, and inverting one; a map that flattens the plane
 * (determinant 0) has no inverse, and invertAffine says so with entries that are not finite.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type Affine,
  applyAffine,
  IDENTITY,
  invertAffine,
  multiplyAffine,
} from '../../lib/pdf/affine';

const scale = (sx: number, sy: number): Affine => [sx, 0, 0, sy, 0, 0];
const translate = (tx: number, ty: number): Affine => [1, 0, 0, 1, tx, ty];
/** A quarter turn anticlockwise. */
const QUARTER: Affine = [0, 1, -1, 0, 0, 0];

function expectClose(actual: readonly number[], expected: readonly number[], digits = 9) {
  expect(actual).toHaveLength(expected.length);
  actual.forEach((v, i) => {
    expect(v).toBeCloseTo(expected[i]!, digits);
  });
}

describe('applyAffine', () => {
  it('maps a point as x′ = a·x + c·y + e, y′ = b·x + d·y + f', () => {
    expect(applyAffine([2, 3, 5, 7, 11, 13], 1, 10)).toEqual([2 + 50 + 11, 3 + 70 + 13]);
    expect(applyAffine(IDENTITY, 4.5, -2)).toEqual([4.5, -2]);
    expect(applyAffine(translate(10, 20), 1, 2)).toEqual([11, 22]);
    expect(applyAffine(QUARTER, 1, 0)).toEqual([0, 1]);
  });
});

describe('multiplyAffine', () => {
  it('applies its first map first, as PDF concatenates `cm`', () => {
    // Scale then move: the move is not scaled.
    expect(applyAffine(multiplyAffine(scale(2, 2), translate(10, 0)), 1, 1)).toEqual([12, 2]);
    // Move then scale: the move is.
    expect(applyAffine(multiplyAffine(translate(10, 0), scale(2, 2)), 1, 1)).toEqual([22, 2]);
  });

  it('has the identity on both sides', () => {
    const m: Affine = [2, 3, 5, 7, 11, 13];
    expect(multiplyAffine(IDENTITY, m)).toEqual(m);
    expect(multiplyAffine(m, IDENTITY)).toEqual(m);
  });

  it('composes: applying m·n is applying m, then n', () => {
    const small = fc.integer({ min: -20, max: 20 });
    const matrix = fc.tuple(small, small, small, small, small, small) as fc.Arbitrary<Affine>;
    fc.assert(
      fc.property(matrix, matrix, small, small, (m, n, x, y) => {
        const [mx, my] = applyAffine(m, x, y);
        // Integers this small compose exactly.
        expect(applyAffine(multiplyAffine(m, n), x, y)).toEqual(applyAffine(n, mx, my));
      }),
    );
  });
});

describe('invertAffine', () => {
  it('undoes a scale, a move and a turn', () => {
    expectClose(invertAffine(scale(2, 4)), [0.5, 0, 0, 0.25, 0, 0]);
    expectClose(invertAffine(translate(10, -5)), [1, 0, 0, 1, -10, 5]);
    expectClose(invertAffine(QUARTER), [0, -1, 1, 0, 0, 0]);
    const m: Affine = [2, 1, 1, 1, 3, 4];
    const [x, y] = applyAffine(m, 5, 6);
    expectClose(applyAffine(invertAffine(m), x, y), [5, 6]);
  });

  it('gives the identity composed with the map, either side, for any invertible map', () => {
    const entry = fc.double({ min: -1000, max: 1000, noNaN: true, noDefaultInfinity: true });
    const matrix = fc.tuple(entry, entry, entry, entry, entry, entry) as fc.Arbitrary<Affine>;
    fc.assert(
      fc.property(
        // Well away from singular: |det| not tiny against the entries' size.
        matrix.filter(
          ([a, b, c, d]) =>
            Math.abs(a * d - b * c) > 1e-3 * (a * a + b * b + c * c + d * d) &&
            Math.abs(a * d - b * c) > 1e-6,
        ),
        (m) => {
          const scaleOf = Math.max(1, ...m.map(Math.abs));
          for (const product of [
            multiplyAffine(invertAffine(m), m),
            multiplyAffine(m, invertAffine(m)),
          ]) {
            product.forEach((v, i) => {
              expect(Math.abs(v - IDENTITY[i]!)).toBeLessThan(1e-6 * scaleOf);
            });
          }
        },
      ),
    );
  });

  it('has no inverse for a map that flattens the plane: its entries are not finite', () => {
    // Every point lands on one line (the second column is twice the first): determinant 0.
    const flat: Affine = [1, 2, 2, 4, 5, 6];
    const inverse = invertAffine(flat);
    expect(inverse.some((v) => !Number.isFinite(v))).toBe(true);
    // Division by a zero determinant: ±Infinity where the numerator is not 0, NaN where it is.
    expect(inverse.slice(0, 4)).toEqual([
      Number.POSITIVE_INFINITY,
      Number.NEGATIVE_INFINITY,
      Number.NEGATIVE_INFINITY,
      Number.POSITIVE_INFINITY,
    ]);
    expect(invertAffine([0, 0, 0, 0, 0, 0]).every(Number.isNaN)).toBe(true);
  });
});
