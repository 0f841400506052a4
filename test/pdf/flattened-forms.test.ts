/**
 * Flattened forms: a fillable form printed or flattened to page content draws each value inside a
 * box beside its label and ticks its checkboxes with vector strokes (no glyph). A box beside its
 * label is read on the label's line, and a drawn mark inside a drawn checkbox ticks it.
 */

import fontkit from '@pdf-lib/fontkit';
import { PDFDocument, rgb } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../lib/extract';
import type { Rect } from '../../lib/pdf/layout';
import { openPdf } from '../../lib/pdf/open';
import { type Box, type Ruling, tickedBoxes } from '../../lib/pdf/rulings';
import { buildPageText, getDocumentText, type PageText } from '../../lib/pdf/text';
import { loadCjkFont, loadFontSubsetter } from '../../lib/platform/node-assets';
import { builtinPack } from '../../lib/rubric';
import { cpuNow } from '../cpu-clock';
import { item } from '../extract/pages';

const VIEW: Rect = [0, 0, 595, 842];

/** Each line as its cells' text, ' | ' between cells. */
const lines = (page: PageText) =>
  page.lines.map((l) => l.cells.map((c) => page.text.slice(c.start, c.end)).join(' | '));

function outline([x0, y0, x1, y1]: Rect): Ruling[] {
  return [
    { horizontal: true, at: y0, from: x0, to: x1 },
    { horizontal: true, at: y1, from: x0, to: x1 },
    { horizontal: false, at: x0, from: y0, to: y1 },
    { horizontal: false, at: x1, from: y0, to: y1 },
  ];
}

describe('tickedBoxes', () => {
  const box: Box = [420, 710, 431, 721];
  const ticked = (marks: Box[]) => tickedBoxes([{ rect: box, round: false }], marks)[0]!.ticked;

  it('ticks a box with a check mark of two strokes, a cross or a filled square inside', () => {
    const check: Box[] = [
      [422, 712, 424.5, 716],
      [424.5, 712, 430, 720],
    ];
    expect(ticked(check)).toBe(true);
    expect(ticked([[421.5, 711.5, 429.5, 719.5]])).toBe(true);
    expect(ticked([[423, 713, 428, 718]])).toBe(true);
    // A hand-drawn tick running over the box's top right corner still ticks it.
    expect(ticked([[422, 713, 434, 725]])).toBe(true);
  });

  it('leaves a box empty for its own fill, a speck, or a mark beside it', () => {
    for (const mark of [
      [420, 710, 431, 721], // the box's background, painted apart from its outline
      [425, 715, 425.8, 715.8], // a speck
      [433, 712, 441, 720], // the next option's mark
      [300, 700, 440, 730], // a large shape around it
    ] as Box[]) {
      expect(ticked([mark])).toBe(false);
    }
  });

  it('pairs 20,000 small squares with 50,000 small shapes in well under a second', () => {
    const outlines = Array.from({ length: 20_000 }, (_, i) => {
      const [x, y] = [(i % 100) * 5, Math.floor(i / 100) * 4];
      return { rect: [x, y, x + 4, y + 4] as Box, round: false };
    });
    // Shapes over the grid's first row only (the rest elsewhere): the first 100 boxes ticked.
    const marks = Array.from(
      { length: 50_000 },
      (_, i): Box => (i < 100 ? [i * 5 + 1, 1, i * 5 + 3, 3] : [1000 + i, 1000, 1001 + i, 1001]),
    );
    const started = cpuNow();
    const boxes = tickedBoxes(outlines, marks);
    expect(cpuNow() - started).toBeLessThan(1000);
    expect(boxes.filter((b) => b.ticked).length).toBe(100);
    expect(boxes.slice(0, 100).every((b) => b.ticked)).toBe(true);
  });
});

describe('page text of a flattened form', () => {
  it('reads a drawn tick as ☑ and a value box beside its label on the label line', () => {
    const page = buildPageText(
      1,
      VIEW,
      0,
      [
        item('项目名称', 50, 740, 10),
        item('营口市课堂行为智能分析共同体', 173, 741, 10),
        item('类别', 50, 712, 10),
        item('智慧德育', 184, 712, 9),
        item('智慧评价', 434, 712, 9),
      ],
      outline([170, 734, 545, 754]),
      {
        boxes: [
          { rect: [170, 710, 181, 721], ticked: false, round: false },
          { rect: [420, 710, 431, 721], ticked: true, round: false },
        ],
      },
    );
    expect(lines(page)).toEqual([
      '项目名称 | 营口市课堂行为智能分析共同体',
      '类别 | □ 智慧德育 | ☑ 智慧评价',
    ]);
    expect(page.lines[0]!.cells[1]!.ruled).toBe(true);
  });
});

/** A flattened form: values drawn in filled boxes beside the labels, ticks drawn as lines. */
async function flattenedForm(): Promise<Uint8Array> {
  const text =
    '辽宁省教学应用实践共同体推荐表项目名称营口市课堂行为智能分析共同体类别智慧德育智慧体育智慧评价牵头单位大石桥市水源镇中学性别男女';
  const [full, subset] = await Promise.all([loadCjkFont(), loadFontSubsetter()]);
  const doc = await PDFDocument.create();
  doc.registerFontkit(fontkit);
  const font = await doc.embedFont(subset(full, text), { subset: false });
  const page = doc.addPage([595, 842]);
  const draw = (s: string, x: number, y: number, size = 10) =>
    page.drawText(s, { x, y, size, font });
  const valueBox = (value: string, y: number) => {
    page.drawRectangle({
      x: 170,
      y,
      width: 375,
      height: 20,
      color: rgb(0.93, 0.95, 1),
      borderColor: rgb(0.3, 0.3, 0.5),
      borderWidth: 0.6,
    });
    draw(value, 173, y + 7);
  };
  draw('辽宁省教学应用实践共同体推荐表', 150, 790, 15);
  draw('项目名称', 50, 740);
  valueBox('营口市课堂行为智能分析共同体', 734);
  draw('类别', 50, 712);
  for (const [i, option] of ['智慧德育', '智慧体育', '智慧评价'].entries()) {
    const x = 170 + i * 58;
    page.drawRectangle({
      x,
      y: 710,
      width: 11,
      height: 11,
      borderWidth: 0.6,
      borderColor: rgb(0, 0, 0),
    });
    if (i === 2) {
      // A check mark of two strokes, as a flattened checkbox's appearance draws it.
      page.drawLine({ start: { x: x + 2, y: 716 }, end: { x: x + 4.5, y: 712 }, thickness: 1.2 });
      page.drawLine({ start: { x: x + 4.5, y: 712 }, end: { x: x + 10, y: 720 }, thickness: 1.2 });
    }
    draw(option, x + 14, 712, 9);
  }
  draw('牵头单位', 50, 684);
  valueBox('大石桥市水源镇中学', 678);
  // Radio buttons drawn flat: circles, the chosen one with a dot.
  draw('性别', 50, 652);
  for (const [i, option] of ['男', '女'].entries()) {
    const x = 175.5 + i * 40;
    page.drawEllipse({
      x,
      y: 655.5,
      xScale: 5.5,
      yScale: 5.5,
      borderWidth: 0.6,
      borderColor: rgb(0, 0, 0),
    });
    if (i === 1) page.drawEllipse({ x, y: 655.5, xScale: 2.5, yScale: 2.5, color: rgb(0, 0, 0) });
    draw(option, x + 9, 652, 9);
  }
  return doc.save();
}

describe('a flattened form', () => {
  it('is read as the filled-in form it was', async () => {
    const pdf = await openPdf(await flattenedForm(), { fileName: 'flattened.pdf' });
    try {
      const { pages } = await getDocumentText(pdf);
      expect(lines(pages[0]!)).toContain('类别 | □ 智慧德育 □ 智慧体育 ☑ 智慧评价');
      expect(lines(pages[0]!)).toContain('项目名称 | 营口市课堂行为智能分析共同体');
      expect(lines(pages[0]!)).toContain('性别 | ○ 男 ◉ 女');
      const facts = extractFacts(pages, { pack: builtinPack('liaoning-2022-community') });
      expect(facts.projectName?.value).toBe('营口市课堂行为智能分析共同体');
      expect(facts.leadUnit?.value).toBe('大石桥市水源镇中学');
      expect(facts.category?.value).toBe('智慧评价');
    } finally {
      await pdf.close();
    }
  }, 60_000);
});
