/**
 * A free-text line of hostile size: a label, then 200,000 items of another type size on the
 * same line, is read, not lost to a call-stack overflow.
 */
import { describe, expect, it } from 'vitest';
import { buildPageText } from '../../lib/pdf/text';
import { item } from '../extract/pages';

describe('a label before a line of 200,000 items in another size', () => {
  it('reads the page', () => {
    const items = [item('项目名称', 56, 700, 10.5)];
    for (let i = 0; i < 200_000; i++) {
      const glyph = item(i % 2 ? '甲' : '乙', 110 + i * 0.002, 700, 12);
      glyph.width = 0.002;
      items.push(glyph);
    }
    const page = buildPageText(1, [0, 0, 595, 842], 0, items, []);
    expect(page.text.startsWith('项目名称')).toBe(true);
  });
});
