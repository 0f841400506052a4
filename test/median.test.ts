/** One median for the core (scores, a text layer's font sizes, a scan's font share). */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { median, upperMedian } from '../lib/median';
import { median as scoreMedian } from '../lib/reconcile';

describe('median', () => {
  it('is the middle value, or the mean of the two middle ones, whatever the order', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNull();
  });

  it('upper median is a value that occurs: the higher middle one for an even count', () => {
    expect(upperMedian([4, 1, 3, 2])).toBe(3);
    expect(upperMedian([5, 1, 9])).toBe(5);
    expect(upperMedian([])).toBeNull();
  });

  it('is the one the score statistics use', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 100 }), { maxLength: 80 }), (xs) => {
        expect(scoreMedian(xs)).toBe(median(xs));
        const lower = [...xs].sort((a, b) => a - b);
        if (xs.length) expect(median(xs)).toBeGreaterThanOrEqual(lower[(xs.length - 1) >> 1]!);
      }),
    );
  });
});
