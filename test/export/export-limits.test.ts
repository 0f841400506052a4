/**
 * What an export does with text beyond a format's limits: a pack label or decision text longer
 * than the 汇总表 or a signed opinion holds is cut with an ellipsis (lib/export/clip.ts) instead of
 * refusing the export; a worksheet name is made one Excel accepts from any title. The whole path,
 * with hostile labels and reasons of every length, is in the hostile-text reliability suite.
 */
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { clip, clipNullable } from '../../lib/export/clip';
import { sheetName } from '../../lib/export/summary-xlsx';

describe('clip', () => {
  it('keeps text within the limit and cuts longer text to exactly the limit, ending in …', () => {
    expect(clip('等级优秀', 50)).toBe('等级优秀');
    expect(clip('x'.repeat(50), 50)).toBe('x'.repeat(50));
    const cut = clip('y'.repeat(51), 50);
    expect(cut).toHaveLength(50);
    expect(cut.endsWith('…')).toBe(true);
    expect(clipNullable(null, 5)).toBeNull();
  });

  it('never leaves half of a surrogate pair', () => {
    const text = `${'a'.repeat(8)}😀😀😀`;
    for (let max = 2; max <= text.length; max++) {
      const cut = clip(text, max);
      expect(cut.length).toBeLessThanOrEqual(max);
      expect(cut).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
    }
  });
});

describe('sheetName', () => {
  it('gives a name exceljs and Excel accept for any title', () => {
    const titles = [
      "' onmouseover='x' x='",
      "'",
      '',
      '   ',
      'History',
      'a/b\\c?d*e[f]g:h',
      'ctl\u0007\u001b[31m',
      `${'长'.repeat(30)}'尾`,
      `${'a'.repeat(30)}😀`,
      '岳阳市网络教研联盟申报汇总表',
    ];
    for (const title of titles) {
      const name = sheetName(title);
      expect(name.length).toBeGreaterThan(0);
      expect(name.length).toBeLessThanOrEqual(31);
      // biome-ignore lint/suspicious/noControlCharactersInRegex: none may be left
      expect(name).not.toMatch(/[*?:/\\[\]\u0000-\u001f]|^'|'$|[\uD800-\uDBFF]$/);
      expect(name.toLowerCase()).not.toBe('history');
      const ws = new ExcelJS.Workbook().addWorksheet(name);
      expect(ws.name).toBe(name);
    }
    expect(sheetName('岳阳市网络教研联盟申报汇总表')).toBe('岳阳市网络教研联盟申报汇总表');
  });
});
