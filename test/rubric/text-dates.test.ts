import { describe, expect, it } from 'vitest';
import { dayRange, monthsElapsed, normalizePhone, sameText, visibleLength } from '../../lib/rubric';

describe('visibleLength: how a name is counted (项目名称20字以内)', () => {
  it('counts CJK, Latin letters, digits, punctuation and quotes as one each', () => {
    expect(visibleLength('智慧课堂')).toBe(4);
    expect(visibleLength('AI赋能')).toBe(4);
    expect(visibleLength('5G+课堂')).toBe(5);
    expect(visibleLength('“双减”背景下')).toBe(7);
    expect(visibleLength('"AI"课堂')).toBe(6);
  });

  it('counts full-width punctuation as one, like half-width', () => {
    expect(visibleLength('《课堂》，研究')).toBe(7);
    expect(visibleLength('（一）')).toBe(3);
    expect(visibleLength('(一)')).toBe(3);
  });

  it('ignores whitespace: spaces, the ideographic space, tabs, newlines, zero-width', () => {
    expect(visibleLength(' 智慧 课堂\u3000共同体\t\n')).toBe(7);
    expect(visibleLength('智慧\u200b课堂')).toBe(4);
  });

  it('counts a character built of several code points as one', () => {
    expect(visibleLength('e\u0301')).toBe(1);
    expect(visibleLength('👩‍🏫课堂')).toBe(3);
    expect(visibleLength('𠀀')).toBe(1);
  });
});

describe('identity of names, units and phones', () => {
  it('folds full-width forms and ignores whitespace and case', () => {
    expect(sameText('大连市第八十中学（本部）', '大连市第八十中学(本部)')).toBe(true);
    expect(sameText('大连市 教育局', '大连市教育局')).toBe(true);
    expect(sameText('Ａ中学', 'a中学')).toBe(true);
    expect(sameText('', '')).toBe(false);
    expect(sameText(undefined, 'x')).toBe(false);
  });

  it('compares phones by their digits', () => {
    expect(normalizePhone('138-0000 1111')).toBe('13800001111');
    expect(normalizePhone('+86 138 0000 1111')).toBe('13800001111');
  });
});

describe('dates', () => {
  it('counts whole months elapsed to the deadline, ignoring the deadline day for a month start', () => {
    expect(monthsElapsed('2019-09', '2022-09-15')).toBe(36);
    expect(monthsElapsed('2020-09', '2022-09-15')).toBe(24);
    expect(monthsElapsed('2020-10', '2022-09-15')).toBe(23);
    expect(monthsElapsed('2020-09-20', '2022-09-15')).toBe(23);
    expect(monthsElapsed('2020-09-15', '2022-09-15')).toBe(24);
    expect(monthsElapsed('2020-13', '2022-09-15')).toBeUndefined();
  });

  it('reads a month as the range of its days and rejects impossible dates', () => {
    const feb = dayRange('2024-02')!;
    expect(feb.last - feb.first).toBe(28);
    expect(dayRange('2023-02-29')).toBeUndefined();
    expect(dayRange('2024-02-29')).toBeDefined();
    expect(dayRange('2024-2-1')).toBeUndefined();
  });
});
