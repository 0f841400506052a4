/**
 * Page text: reading order (a table row is one line, a wrapped cell joins its row, a merged
 * cell is read once), item offsets and rectangles, scan detection, and the same on real PDFs
 * from two producers (pdf-lib and Chromium's Type 3 fonts).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TextItem } from 'pdfjs-dist/types/src/display/api';
import { describe, expect, it } from 'vitest';
import { normalize } from '../../lib/pdf/normalize';
import { openPdf } from '../../lib/pdf/open';
import { mergeRulings, type Ruling } from '../../lib/pdf/rulings';
import {
  buildPageText,
  getDocumentText,
  looksTabular,
  type PageText,
  rectsForRange,
  sourceText,
} from '../../lib/pdf/text';
import { item } from '../extract/pages';

const fixtures = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/extract');
const VIEW: [number, number, number, number] = [0, 0, 595, 842];

function lines(page: PageText): string[] {
  return page.lines.map((l) => page.text.slice(l.start, l.end));
}

function box(x0: number, y0: number, x1: number, y1: number): Ruling[] {
  return [
    { horizontal: true, at: y0, from: x0, to: x1 },
    { horizontal: true, at: y1, from: x0, to: x1 },
    { horizontal: false, at: x0, from: y0, to: y1 },
    { horizontal: false, at: x1, from: y0, to: y1 },
  ];
}

describe('page text', () => {
  it('reads a ruled table row as one line, joining a wrapped cell, reading a merged cell once', () => {
    const items: TextItem[] = [
      item('角色', 60, 760),
      item('姓名', 160, 760),
      item('单位', 260, 760),
      item('核心成员', 60, 722), // merged over two rows, centred
      item('张三', 160, 740),
      item('岳阳市教育科学', 260, 746),
      item('技术研究院', 260, 733),
      item('李四', 160, 710),
      item('华容县一中', 260, 710),
    ];
    const rulings = [
      ...box(56, 752, 156, 775),
      ...box(156, 752, 256, 775),
      ...box(256, 752, 400, 775),
    ];
    rulings.push(...box(56, 700, 156, 752), ...box(156, 726, 256, 752), ...box(256, 726, 400, 752));
    rulings.push(...box(156, 700, 256, 726), ...box(256, 700, 400, 726));
    const page = buildPageText(1, VIEW, 0, items, rulings);
    expect(lines(page)).toEqual([
      '角色姓名单位',
      '张三岳阳市教育科学技术研究院',
      '核心成员李四华容县一中',
    ]);
    expect(page.lines[1]!.cells.map((c) => page.text.slice(c.start, c.end))).toEqual([
      '张三',
      '岳阳市教育科学技术研究院',
    ]);
    // The viewer highlights by item offsets; each item's text is where the offsets say.
    for (const it of page.items) expect(page.text.slice(it.start, it.end)).toBe(normalize(it.str));
  });

  it('finds a table drawn without borders by alignment, wrapped cells included', () => {
    const items: TextItem[] = [
      item('姓名', 60, 760),
      item('单位', 160, 760),
      item('职称', 300, 760),
      item('岳阳市君山区', 160, 744), // wraps upwards around the centred one-line cells
      item('张三', 60, 735),
      item('一级教师', 300, 735),
      item('松阳湖中学', 160, 726),
      item('李四', 60, 708),
      item('华容县一中', 160, 708),
      item('二级教师', 300, 708),
      item('以上人员均在职。', 60, 680),
    ];
    const page = buildPageText(1, VIEW, 0, items, []);
    expect(lines(page)).toEqual([
      '姓名单位职称',
      '张三岳阳市君山区松阳湖中学一级教师',
      '李四华容县一中二级教师',
      '以上人员均在职。',
    ]);
    expect(
      page.lines.slice(0, 3).every((l) => l.table === page.lines[0]!.table && l.table >= 0),
    ).toBe(true);
    expect(page.lines[3]!.table).toBe(-1);
  });

  it('gives rectangles for a range of text, inside the item, in PDF units', () => {
    const page = buildPageText(1, VIEW, 0, [item('项目名称智慧课堂', 100, 700)], []);
    const rects = rectsForRange(page, 4, 8);
    expect(rects).toHaveLength(1);
    const [x0, y0, x1, y1] = rects[0]!;
    expect(x0).toBeCloseTo(144);
    expect(x1).toBeCloseTo(188);
    expect(y0).toBeLessThan(700);
    expect(y1).toBeGreaterThan(700);
    expect(sourceText(page, 4, 8)).toBe('智慧课堂');
  });

  it('drops text drawn twice (simulated bold), and calls a page with no text a scan', () => {
    const page = buildPageText(
      1,
      VIEW,
      0,
      [item('加粗标题', 100, 700), item('加粗标题', 100.3, 700)],
      [],
    );
    expect(page.text).toBe('加粗标题\n');
    // A file storing its text out of reading order puts the second copy anywhere.
    const shuffled = buildPageText(
      1,
      VIEW,
      0,
      [
        item('加粗标题', 100, 700),
        item('正文一行', 100, 680),
        item('另一行字', 100, 660),
        item('加粗标题', 100.3, 700.2),
      ],
      [],
    );
    expect(shuffled.text).toBe('加粗标题\n正文一行\n另一行字\n');
    expect(buildPageText(1, VIEW, 0, [], []).hasText).toBe(false);
    expect(buildPageText(1, VIEW, 0, [item('- 3 -', 290, 40)], []).hasText).toBe(false);
  });

  it('reads rulings only for pages whose text sits side by side', () => {
    expect(looksTabular([item('项目名称', 60, 700), item('智慧课堂', 200, 700)])).toBe(true);
    expect(
      looksTabular([
        item('一段正文，', 60, 700),
        item('接着写。', 115, 700),
        item('下一行', 60, 680),
      ]),
    ).toBe(false);
    // A short title in a smaller type over a line: a text box's legend, a stacked label.
    expect(looksTabular([item('填报日期', 57, 796, 8), item('2022/9/11', 54, 780, 10)])).toBe(true);
    // A heading over its paragraph is larger, and a paragraph's lines are one size.
    expect(
      looksTabular([item('一、项目概述', 60, 700, 12), item('本项目面向乡村学校', 60, 680, 10)]),
    ).toBe(false);
    expect(
      looksTabular([item('本项目面向乡村', 60, 700, 10), item('学校开展同步课堂', 60, 685, 10)]),
    ).toBe(false);
  });

  it('merges border pieces drawn cell by cell into one line', () => {
    const merged = mergeRulings([
      { horizontal: true, at: 100, from: 0, to: 50 },
      { horizontal: true, at: 100.4, from: 50, to: 120 },
      { horizontal: true, at: 200, from: 0, to: 10 },
      { horizontal: false, at: 30, from: 0, to: 100 },
    ]);
    expect(merged.filter((r) => r.horizontal)).toEqual([
      { horizontal: true, at: 100.2, from: 0, to: 120 },
      { horizontal: true, at: 200, from: 0, to: 10 },
    ]);
  });
});

describe('real PDFs', () => {
  it('reads a pdf-lib form: tables from their borders, progress reported per page', async () => {
    const bytes = new Uint8Array(readFileSync(path.join(fixtures, 'ln-table-pdflib.pdf')));
    const pdf = await openPdf(bytes, { fileName: 'ln.pdf' });
    const progress: number[] = [];
    const { pages, failures } = await getDocumentText(pdf, {
      onProgress: (done) => progress.push(done),
    });
    await pdf.close();
    expect(failures).toEqual([]);
    expect(progress).toEqual(pages.map((p) => p.page));
    const first = pages[0]!;
    expect(
      first.lines.some(
        (l) => l.table >= 0 && first.text.slice(l.start, l.end).startsWith('项目名称'),
      ),
    ).toBe(true);
  });

  it('reads a Chromium print (Type 3 fonts, radicals) as plain ideographs', async () => {
    const bytes = new Uint8Array(readFileSync(path.join(fixtures, 'ym-form-chromium.pdf')));
    const pdf = await openPdf(bytes, { fileName: 'ym.pdf' });
    const { pages } = await getDocumentText(pdf);
    await pdf.close();
    const all = pages.map((p) => p.text).join('');
    const source = pages.map((p) => p.source).join('');
    expect(/[\u2e80-\u2fdf]/.test(source)).toBe(true); // pdf.js gives radicals...
    expect(/[\u2e80-\u2fdf]/.test(all)).toBe(false); // ...normalised away
    expect(all).toContain('网络教研联盟名称');
  });
});
