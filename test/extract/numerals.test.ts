import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CIRCLED,
  circledNumber,
  parseCount,
  parseNumber,
  parseYearMonth,
} from '../../lib/extract/numerals';
import { chineseNumber } from '../../lib/forms/text';

describe('numbers as forms write them', () => {
  it('reads Chinese numerals, financial numerals and digits', () => {
    const cases: [string, number][] = [
      ['五', 5],
      ['两', 2],
      ['十', 10],
      ['十二', 12],
      ['二十三', 23],
      ['一百零五', 105],
      ['二百四十', 240],
      ['三千零二十', 3020],
      ['一万二千', 12000],
      ['二〇一九', 2019],
      ['壹拾贰', 12],
      ['12', 12],
      ['3.5', 3.5],
    ];
    for (const [text, n] of cases) expect(parseNumber(text), text).toBe(n);
    expect(parseNumber('若干')).toBeUndefined();
    expect(parseNumber('')).toBeUndefined();
    expect(parseCount('3.5')).toBeUndefined();
  });

  it('reads back every number written in Chinese numerals', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 999 }), (n) => {
        expect(parseNumber(chineseNumber(n))).toBe(n);
      }),
      { seed: 7, numRuns: 500 },
    );
  });

  it('reads year and month in the usual spellings, rejecting impossible ones', () => {
    expect(parseYearMonth('2019年9月')).toBe('2019-09');
    expect(parseYearMonth('2019 年 09 月')).toBe('2019-09');
    expect(parseYearMonth('二〇一九年九月')).toBe('2019-09');
    expect(parseYearMonth('2020年十二月')).toBe('2020-12');
    expect(parseYearMonth('2019.9')).toBe('2019-09');
    expect(parseYearMonth('2019-09')).toBe('2019-09');
    expect(parseYearMonth('2019/10')).toBe('2019-10');
    expect(parseYearMonth('2019年13月')).toBeUndefined();
    expect(parseYearMonth('1850年1月')).toBeUndefined();
  });
});

describe('circled numbers', () => {
  it('reads ① to ⑳ as 1 to 20 and nothing else as a number', () => {
    expect([...CIRCLED].map(circledNumber)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    for (const other of ['1', '⓪', '㉑', '（1）', '', '①②'])
      expect(circledNumber(other)).toBeUndefined();
  });
});
