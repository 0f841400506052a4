import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseScoreText } from '../../lib/rubric/score-text';

const value = (text: string) => {
  const r = parseScoreText(text);
  return r.kind === 'number' ? r.value : r.kind;
};

describe('parseScoreText', () => {
  it('reads ASCII and full-width digits alike', () => {
    expect(value('20')).toBe(20);
    expect(value('２０')).toBe(20);
    expect(value('１８．５')).toBe(18.5);
    expect(value(' 7 ')).toBe(7);
    expect(value('.5')).toBe(0.5);
  });

  it('reads numerals that can mean only one number', () => {
    expect(value('二〇')).toBe(20);
    expect(value('一八')).toBe(18);
    expect(value('十八')).toBe(18);
    expect(value('十')).toBe(10);
    expect(value('二十')).toBe(20);
    expect(value('二十五')).toBe(25);
    expect(value('一百')).toBe(100);
    expect(value('一百零五')).toBe(105);
    expect(value('十八点五')).toBe(18.5);
    expect(value('两')).toBe(2);
  });

  it('refuses what it cannot read for sure, and says empty for nothing', () => {
    expect(value('')).toBe('empty');
    expect(value('   ')).toBe('empty');
    for (const bad of ['1八', '十十', '二十十', 'abc', '18分', '1.2.3', '十点', '点五', '百百']) {
      expect(value(bad), bad).toBe('invalid');
    }
  });

  it('agrees with Number for every plain decimal, in either width', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000 }), fc.integer({ min: 0, max: 99 }), (i, f) => {
        const text = `${i}.${String(f).padStart(2, '0')}`;
        const wide = text.replace(/[0-9.]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
        expect(value(text)).toBe(Number(text));
        expect(value(wide)).toBe(Number(text));
      }),
    );
  });

  it('reads every positional numeral as its digits', () => {
    const numerals = '〇一二三四五六七八九';
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 9999 }), (n) => {
        const text = [...String(n)].map((d) => numerals[Number(d)]).join('');
        expect(value(text)).toBe(n);
      }),
    );
  });
});

describe('one table of Chinese digits', () => {
  it('the score box reads every digit the form reader reads, alone and positionally', async () => {
    const { CHINESE_DIGITS } = await import('../../lib/chinese-digits');
    const { parseNumber } = await import('../../lib/extract/numerals');
    for (const [c, v] of Object.entries(CHINESE_DIGITS)) {
      expect(parseScoreText(c)).toEqual({ kind: 'number', value: v });
      expect(parseNumber(c)).toBe(v);
    }
  });
});
