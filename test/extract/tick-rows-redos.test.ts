/**
 * A row of boxes over hostile text: a run of 100,000 spaces around the options must be read in
 * linear time (the bullets' pattern once retried every start in the run), and bullets still go.
 */

import { describe, expect, it } from 'vitest';
import { tickedText } from '../../lib/extract/readers/tick-rows';
import { cpuNow } from '../cpu-clock';

describe('tickedText over a long run of spaces', () => {
  it('reads the ticked option in well under a second', () => {
    const spaces = ' '.repeat(100_000);
    const started = cpuNow();
    expect(tickedText(`☐甲${spaces}x ☑乙${spaces}x`)).toBe(`乙 x`);
    expect(tickedText(`${spaces}x☐甲 ☑乙`)).toBe('甲');
    expect(cpuNow() - started).toBeLessThan(500);
  });

  it('still drops a list bullet before or after an option', () => {
    expect(tickedText('‧ ☐ 甲 ‧ ☑ 乙 ·')).toBe('乙');
    expect(tickedText('• 甲( ) • 乙(√)')).toBe('乙');
  });
});
