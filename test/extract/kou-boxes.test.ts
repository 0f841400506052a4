/**
 * Empty boxes written as the character 口: typed so in a Word form (口 looks like □), or read so
 * from a scan whose box the pixels did not give. In a row of boxes, a ticked option that runs
 * over its neighbours at 口s is read again with those 口 as boxes; a name holding 口 (营口市)
 * stays as written.
 */

import { describe, expect, it } from 'vitest';
import { tickedText } from '../../lib/extract/readers/tick-rows';
import { cpuNow } from '../cpu-clock';

describe('a row of boxes with some written as 口', () => {
  it('reads the ticked option, marks after the options', () => {
    expect(tickedText('智慧德育☐智慧体育☐智慧劳动教育口智慧美育√智慧评价☐其他（）☐')).toBe(
      '智慧美育',
    );
    expect(tickedText('智慧德育口智慧体育口智慧劳动教育口智慧美育√智慧评价口其他（）☐')).toBe(
      '智慧美育',
    );
  });

  it('reads the ticked option, marks before the options, when the row opens with 口', () => {
    expect(tickedText('口智慧德育口智慧体育口智慧劳动教育☑ 智慧美育口智慧评价 ☐其他（）')).toBe(
      '智慧美育',
    );
  });

  it('keeps a name that holds 口 as written', () => {
    expect(tickedText('☑营口市 ☐大连市')).toBe('营口市');
    expect(tickedText('☐营口市 ☑大连市')).toBe('大连市');
    expect(tickedText('☑营口开发区实验学校 ☐大连市')).toBe('营口开发区实验学校');
  });

  it('stays linear over a long row of 口', () => {
    const row = `${'口智慧'.repeat(50_000)}☑乙☐丙`;
    const started = cpuNow();
    tickedText(row);
    // A quadratic path takes minutes here; the bound leaves room for a loaded machine.
    expect(cpuNow() - started).toBeLessThan(5000);
  });
});
