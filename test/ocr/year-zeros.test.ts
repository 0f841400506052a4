/** A year in Chinese numerals whose 〇 was read as a circle or a box (lib/ocr/words.ts). */
import { describe, expect, it } from 'vitest';
import { confidenceOf } from '../../lib/ocr/page-text';
import { ocrLine, scannedPage } from './synthetic-scan';

const read = (text: string) => scannedPage([ocrLine(100, text)]);

describe('〇 of a year read as ○ or a box', () => {
  it('is 〇 between Chinese numerals and as a year’s fourth digit before 年', () => {
    expect(read('起始时间为二〇二○年九月').text).toContain('二〇二〇年九月');
    const boxed = read('起始时间为二口二口年三月');
    const at = boxed.text.indexOf('二〇二〇年三月');
    expect(at).toBeGreaterThanOrEqual(0);
    // Taken for 〇 by its place, not its glyph: proposed for checking.
    expect(confidenceOf(boxed, at, at + 4)).toBeLessThan(0.9);
  });

  it('leaves a box after a numeral that is no year, and boxes between options', () => {
    expect(read('共三口成员').text).toContain('三口成员');
    expect(read('二口年级').text).toContain('二口年级');
    expect(read('人口二〇二三年').text).toContain('人口二〇二三年');
  });
});
