/**
 * Line breaking (property tests): no character is lost or reordered, no line is wider than the
 * measure unless it is one unbreakable character, and closing punctuation never starts a line.
 */
import fc from 'fast-check';
import type { PDFFont } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { Measure, NO_LINE_START, wrap } from '../../lib/export/line-break';

/** A stand-in font: CJK and full-width characters 1 em, everything else half an em. */
const font = {
  widthOfTextAtSize: (text: string, size: number) =>
    [...text].reduce((w, ch) => w + (/[\u2e80-\uffef]/.test(ch) ? 1 : 0.5), 0) * size,
} as unknown as PDFFont;

const alphabet = [...'评审意见专家组。，、；：）》”申报ABCabc 1234-/'];
const text = fc.array(fc.constantFrom(...alphabet), { maxLength: 200 }).map((a) => a.join(''));

describe('wrap', () => {
  it('keeps every character but the spaces it breaks at, in order', () => {
    fc.assert(
      fc.property(text, fc.integer({ min: 3, max: 40 }), (t, ems) => {
        const lines = wrap(new Measure(font), t, 10, ems * 10);
        expect(lines.join('').replace(/ /g, '')).toBe(t.replace(/ /g, ''));
      }),
    );
  });

  it('no line is wider than the measure, but for hanging punctuation or one character that cannot fit', () => {
    fc.assert(
      fc.property(text, fc.integer({ min: 3, max: 40 }), (t, ems) => {
        const m = new Measure(font);
        for (const line of wrap(m, t, 10, ems * 10)) {
          let body = [...line];
          while (body.length > 1 && NO_LINE_START.has(body.at(-1)!)) body = body.slice(0, -1);
          if (body.length > 1) expect(m.width(body.join(''), 10)).toBeLessThanOrEqual(ems * 10);
        }
      }),
    );
  });

  it('closing punctuation does not start a line after the first', () => {
    fc.assert(
      fc.property(text, fc.integer({ min: 3, max: 40 }), (t, ems) => {
        const lines = wrap(new Measure(font), t, 10, ems * 10);
        for (const line of lines.slice(1)) {
          expect(line).not.toBe('');
          expect([...'。，、；：）》”']).not.toContain(line[0]);
        }
      }),
    );
  });

  it('breaks Chinese between characters and Latin between words', () => {
    const m = new Measure(font);
    expect(wrap(m, '专家评审意见表', 10, 30)).toEqual(['专家评', '审意见', '表']);
    expect(wrap(m, 'verify this file', 10, 60)).toEqual(['verify this', 'file']);
    expect(wrap(m, '评审，结论', 10, 20)).toEqual(['评', '审，', '结论']);
  });

  it('regressions found by the properties: an overlong token cut before closing punctuation', () => {
    const m = new Measure(font);
    expect(wrap(m, '评。”；', 10, 30)).toEqual(['评。”；']);
    expect(wrap(m, '2--A；”', 10, 30)).toEqual(['2--A；”']);
    expect(wrap(m, '评评评评 2评评 ', 10, 70)).toEqual(['评评评评 2评评']);
  });
});
