/** Snapping unsure OCR readings to known values, or leaving them as read and uncertain. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { editCost, matchKnown } from '../../lib/ocr/match';

const UNITS = [
  '临湘市天岳实验中学',
  '临湘市教育技术中心',
  '岳阳市天岳实验中学',
  '平江县南湖第二中学',
];

describe('matching OCR readings to known values', () => {
  it('snaps an unsure character to the one known value it clearly stands for', () => {
    const r = matchKnown('临湘市天岳实验巾学', [1, 1, 1, 1, 1, 1, 1, 0.4, 1], UNITS);
    expect(r).toMatchObject({ value: '临湘市天岳实验中学', snapped: true, certain: true });
  });

  it('does not snap a confident reading that differs (a real other name)', () => {
    const r = matchKnown('临湘市天岳实验小学', [1, 1, 1, 1, 1, 1, 1, 0.99, 1], UNITS);
    expect(r.snapped).toBe(false);
    expect(r.value).toBe('临湘市天岳实验小学');
    expect(r.certain).toBe(true); // every character sure: it is what the page says
  });

  it('leaves an ambiguous reading as read and uncertain', () => {
    // 临湘市 / 岳阳市 both fit when the first characters are unsure.
    const r = matchKnown('某某市天岳实验中学', [0.3, 0.3, 1, 1, 1, 1, 1, 1, 1], UNITS);
    expect(r.snapped).toBe(false);
    expect(r.certain).toBe(false);
  });

  it('accounts for characters the recogniser cannot write (金鹮杯)', () => {
    const dictionary = new Set(Array.from('全市金鹦杯教学大赛一等奖以上'));
    const known = ['全市“金鹮杯”教学大赛一等奖以上', '全市教学大赛二等奖以上'];
    const r = matchKnown('全市金鹦杯教学大赛一等奖以上', new Array(14).fill(0.95), known, {
      dictionary,
    });
    expect(r).toMatchObject({ value: known[0], snapped: true });
  });

  it('costs nothing for an exact reading, and never less than zero', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 12 }),
        fc.string({ maxLength: 12 }),
        fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 12 }),
        (a, b, conf) => {
          expect(editCost(a, conf, a)).toBe(0);
          expect(editCost(a, conf, b)).toBeGreaterThanOrEqual(0);
        },
      ),
    );
  });
});
