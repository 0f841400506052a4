/**
 * Watermarks laid across a page (a draft's 样稿 at 45°, a giant grey word) are not read into the
 * cells they cross; text set down the page (a vertical label) and headings are kept.
 */
import type { TextItem } from 'pdfjs-dist/types/src/display/api';
import { describe, expect, it } from 'vitest';
import type { Rect } from '../../lib/pdf/layout';
import { buildPageText } from '../../lib/pdf/text';
import { isSlanted, withoutWatermarks } from '../../lib/pdf/watermark';
import { item, page } from '../extract/pages';

const VIEW: Rect = [0, 0, 595, 842];

/** Text set at `degrees`, as a rotated watermark or a vertical label is. */
function rotated(str: string, x: number, y: number, size: number, degrees: number): TextItem {
  const r = (degrees * Math.PI) / 180;
  const [cos, sin] = [Math.cos(r) * size, Math.sin(r) * size];
  return { ...item(str, x, y, size), transform: [cos, sin, -sin, cos, x, y] };
}

describe('withoutWatermarks', () => {
  it('tells slanted text from text across or down the page', () => {
    expect(isSlanted(rotated('样', 220, 290, 98, 45))).toBe(true);
    expect(isSlanted(rotated('样', 220, 290, 98, -30))).toBe(true);
    expect(isSlanted(rotated('个人简介', 60, 400, 11, 90))).toBe(false);
    expect(isSlanted(rotated('个人简介', 60, 400, 11, -90))).toBe(false);
    expect(isSlanted(item('姓名', 60, 400))).toBe(false);
  });

  it('drops a giant horizontal word but keeps headings and a large cover title', () => {
    const body = ['姓名张三', '工作单位甲市实验小学', '职称一级教师'].map((s, i) =>
      item(s, 60, 700 - i * 20, 11),
    );
    const kept = withoutWatermarks([
      item('样本', 150, 400, 96),
      item('申报书', 200, 760, 42),
      item('一、基本情况', 60, 730, 16),
      ...body,
    ]).map((i) => i.str);
    expect(kept).toEqual(['申报书', '一、基本情况', ...body.map((i) => i.str)]);
  });
});

describe('a page with a diagonal watermark', () => {
  it('keeps the text of a page set askew (the OCR layer of a scan skewed 10°)', () => {
    const lines = ['项目名称：甲市某某共同体', '主持单位：甲市第一中学', '推荐部门：甲市教育局'];
    const items = lines.map((l, k) => rotated(l, 60, 700 - 30 * k, 12, 10));
    expect(withoutWatermarks(items).map((i) => i.str)).toEqual(lines);
    // A watermark over a page that is upright still goes.
    const upright = lines.map((l, k) => item(l, 60, 700 - 30 * k, 12));
    const mark = rotated('样稿', 220, 290, 98, 45);
    expect(withoutWatermarks([...upright, mark]).map((i) => i.str)).toEqual(lines);
    // A watermark tiled over a sparse page, more of its characters than the page's, still goes.
    const tiled = Array.from({ length: 12 }, (_, k) => rotated('仅供评审', 50 * k, 80 * k, 30, 45));
    expect(withoutWatermarks([...upright, ...tiled]).map((i) => i.str)).toEqual(lines);
  });

  it('reads the table cells the watermark crosses without its characters', () => {
    const clean = page([
      {
        kind: 'table',
        rows: [
          ['序号', '单位名称', '所在地区'],
          ['1', '喀左县第二高级中学', '朝阳市'],
          ['2', '朝阳市龙城区教师进修学校', '朝阳市'],
        ],
      },
    ]);
    // The same items and borders again, with 样 稿 laid at 45° across the table.
    const items: TextItem[] = clean.items.map((i) => item(i.str, i.rect[0], i.rect[1] + 2.2));
    items.push(rotated('样', 220, 690, 98, 45), rotated('稿', 359, 700, 98, 45));
    const rulings = clean.lines.flatMap((l) =>
      l.cells.flatMap(({ rect: [x0, y0, x1, y1] }) => [
        { horizontal: true, at: y0, from: x0, to: x1 },
        { horizontal: true, at: y1, from: x0, to: x1 },
        { horizontal: false, at: x0, from: y0, to: y1 },
        { horizontal: false, at: x1, from: y0, to: y1 },
      ]),
    );
    const marked = buildPageText(1, VIEW, 0, items, rulings);
    expect(marked.text).toBe(clean.text);
  });
});
