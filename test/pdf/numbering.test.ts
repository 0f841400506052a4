/** Numbering of lines: headings' styles, and list items' bracketed numbers (sections.ts). */
import { describe, expect, it } from 'vitest';
import { numbering } from '../../lib/pdf/structure/sections';

describe('numbering', () => {
  it("reads a heading's numbering and its level", () => {
    expect(numbering('（二）成员单位')).toMatchObject({ style: 'parenChinese', rest: '成员单位' });
    expect(numbering('1. 研究报告')).toMatchObject({ style: 'arabic', rest: '研究报告' });
  });
  it('reads a bracketed number only as a list item, never as a heading', () => {
    expect(numbering('〔1〕甲市第一中学')).toBeNull();
    expect(numbering('〔1〕 甲市第一中学', true)).toMatchObject({
      style: 'bracket',
      rest: '甲市第一中学',
    });
    expect(numbering('【案例二】甲校实践', true)).toMatchObject({
      style: 'bracket',
      rest: '甲校实践',
    });
    // A title in brackets numbers nothing.
    expect(numbering('【预期成果】', true)).toBeNull();
  });
});
