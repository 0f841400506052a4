/**
 * The same words read twice on a scanned document one character apart (lib/ocr/occurrences.ts):
 * the better reading is taken and the value proposed for checking; two words both read surely,
 * or a sure value read so more often, are left alone.
 */
import { describe, expect, it } from 'vitest';
import { ocrFactInfo } from '../../lib/ocr/facts';
import { ocrLine, scannedPage } from './synthetic-scan';

/** A fact read from the first line of a page whose lines are `lines` (confidences by line). */
function read(value: string, lines: [string, Record<number, number>?][]) {
  const page = scannedPage(lines.map(([text, low], i) => ocrLine(100 + 60 * i, text, low)));
  const facts = { recommendingBody: { value, evidence: [{ page: 2, quote: lines[0]![0] }] } };
  const info = ocrFactInfo(facts, [page]).recommendingBody!;
  return { value: facts.recommendingBody.value, certain: info.certain };
}

describe('a value read otherwise elsewhere in the document', () => {
  it('takes the reading sure of the character the value is unsure of, and doubts it', () => {
    // 胡 read at 0.70 in the field, 葫 at 0.95 under the seal.
    const r = read('胡芦岛市教育局', [
      ['推荐单位 胡芦岛市教育局', { 5: 0.7 }],
      ['葫芦岛市教育局 （盖章）', { 0: 0.95 }],
    ]);
    expect(r).toEqual({ value: '葫芦岛市教育局', certain: false });
  });

  it('reads values with a character beyond the BMP (𫖯: two UTF-16 units) as others', () => {
    // 胡 after 𫖯: offsets in the value and on the page count code points.
    const r = read('𫖯山县胡芦岛中学', [
      ['推荐单位 𫖯山县胡芦岛中学', { 8: 0.7 }],
      ['𫖯山县葫芦岛中学 （盖章）', { 3: 0.95 }],
    ]);
    expect(r).toEqual({ value: '𫖯山县葫芦岛中学', certain: false });
    expect(read('𫖯山县洞庭镇中学', [['推荐单位 𫖯山县洞庭镇中学'], ['𫖯山县洞庭镇小学']])).toEqual(
      { value: '𫖯山县洞庭镇中学', certain: true },
    );
  });

  it('takes a character the value lacks inside it (a rare glyph skipped), and doubts it', () => {
    const r = read('岳阳楼区金中学', [
      ['推荐单位 岳阳楼区金中学', { 9: 0.6 }],
      ['岳阳楼区金鹗中学 （盖章）', { 5: 0.93 }],
    ]);
    expect(r).toEqual({ value: '岳阳楼区金鹗中学', certain: false });
  });

  it('keeps the better reading when a stray fill-in bracket is then left out', () => {
    // The bracket step started again from the reading (胡…), undoing the better one (葫…).
    const r = read('【胡芦岛市教育局', [
      ['推荐单位 【胡芦岛市教育局', { 6: 0.7 }],
      ['落款 【葫芦岛市教育局', { 4: 0.95 }],
    ]);
    expect(r).toEqual({ value: '葫芦岛市教育局', certain: false });
  });

  it('doubts a sure value read otherwise as surely nowhere, but fairly surely elsewhere', () => {
    const r = read('湖芦岛市教育局', [
      ['推荐单位 湖芦岛市教育局'],
      ['葫芦岛市教育局 （盖章）', { 0: 0.8 }],
    ]);
    expect(r).toEqual({ value: '湖芦岛市教育局', certain: false });
  });

  it('leaves two words both read surely, and a sure value read so more often', () => {
    expect(
      read('岳阳楼区洞庭镇中学', [['推荐单位 岳阳楼区洞庭镇中学'], ['岳阳楼区洞庭镇小学']]),
    ).toEqual({ value: '岳阳楼区洞庭镇中学', certain: true });
    expect(
      read('湘阴县教育技术中心', [
        ['推荐单位 湘阴县教育技术中心'],
        ['湘阴县教育技术中心'],
        ['湘阴具教育技术中心', { 2: 0.78 }],
      ]),
    ).toEqual({ value: '湘阴县教育技术中心', certain: true });
    // Numbers are meant to differ (第一中学, 第三中学), and a word edge must stand where an
    // edge character differs (长 of 校长 before 高级教师 is no reading of 正高级教师).
    expect(
      read('南湖新区第三中学', [['推荐单位 南湖新区第三中学'], ['南湖新区第一中学', { 5: 0.6 }]]),
    ).toEqual({ value: '南湖新区第三中学', certain: true });
    expect(read('正高级教师', [['职称 正高级教师'], ['副校长高级教师', { 2: 0.6 }]])).toEqual({
      value: '正高级教师',
      certain: true,
    });
  });
});
