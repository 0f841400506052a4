/**
 * Measuring extraction against truths: a truth may write a derived number rounded (practice
 * years as whole months / 12 to 4 decimals); the value read counts as right when it rounds to it.
 */
import { describe, expect, it } from 'vitest';
import { sameValue } from '../../lib/extract/measure';

describe('a number against a truth written rounded', () => {
  it('is equal when it rounds to a truth written to three or more decimals', () => {
    expect(sameValue(2.9167, 35 / 12)).toBe(true);
    expect(sameValue(35 / 12, 2.9167)).toBe(true);
    expect(sameValue(2.9168, 35 / 12)).toBe(false);
  });
  it('is not equal to a number written with few decimals that it only comes near', () => {
    expect(sameValue(3, 3.04)).toBe(false);
    expect(sameValue(2.5, 2.54)).toBe(false);
    expect(sameValue(1.234, 1.235)).toBe(false);
  });
});
