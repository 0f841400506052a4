/**
 * A label too long for its column, set by a generator that neither wraps nor clips (ReportLab's
 * drawString, FPDF's Cell): it runs on past the cell's border, over the value drawn in the next
 * cell. The label stays whole in its own cell; a run pdf.js joined across two cells is still
 * split at the border. And a label wrapped in a spreadsheet row kept at a fixed height, its last
 * line spilling across the row's bottom border: still the label's.
 */
import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../lib/extract';
import type { Ruling } from '../../lib/pdf/rulings';
import { buildPageText, type PageText } from '../../lib/pdf/text';
import { builtinPack } from '../../lib/rubric';
import { item } from '../extract/pages';

const cells = (page: PageText) =>
  page.lines.map((l) => l.cells.map((c) => page.text.slice(c.start, c.end)));

/** One ruled row: a label column 50–168, a value column 168–545, between y 530 and 505. */
const ROW: Ruling[] = [
  { horizontal: true, at: 530, from: 50, to: 545 },
  { horizontal: true, at: 505, from: 50, to: 545 },
  { horizontal: false, at: 50, from: 505, to: 530 },
  { horizontal: false, at: 168, from: 505, to: 530 },
  { horizontal: false, at: 545, from: 505, to: 530 },
];

describe('a label run on over the next cell', () => {
  it('stays whole in its own cell, the value alone in the next', () => {
    const label = item('每年原创或深度二次加工资源计划', 55, 514, 10.5);
    const value = item('220条', 173, 514, 10.5);
    const page = buildPageText(1, [0, 0, 595, 842], 0, [label, value], ROW);
    expect(cells(page)).toEqual([['每年原创或深度二次加工资源计划', '220条']]);
    const facts = extractFacts([page], { pack: builtinPack('yueyang-2023-alliance') });
    expect(facts.annualResourceTarget?.value).toBe(220);
  });

  it('is told from one run pdf.js joined across the border, which is split there', () => {
    // A label set flush against the border and its value flush after it, joined into one run.
    const joined = item('推选单位甲县教育局', 168 - 4 * 10.5, 514, 10.5);
    const page = buildPageText(1, [0, 0, 595, 842], 0, [joined], ROW);
    expect(cells(page)).toEqual([['推选单位', '甲县教育局']]);
  });
});

/** Two ruled rows of a spreadsheet (label 54–153, value 153–738): 160–141 and 141–127. */
function twoRows(): Ruling[] {
  const rulings: Ruling[] = [];
  for (const at of [160, 141, 127]) rulings.push({ horizontal: true, at, from: 54, to: 738 });
  for (const at of [54, 153, 738]) rulings.push({ horizontal: false, at, from: 127, to: 160 });
  return rulings;
}

describe("a wrapped label's last line spilling below its row", () => {
  it("stays the label's, not the start of the next row's label", () => {
    const items = [
      item('每年原创或深度二次加', 54.9, 150.4, 8.8),
      item('工资源计划', 54.9, 137.6, 8.8),
      item('160条', 153.4, 144, 8.8),
      item('推选单位', 54.9, 130.5, 8.8),
      item('甲县电教仪器站', 153.4, 130.5, 8.8),
    ];
    const page = buildPageText(1, [0, 0, 792, 612], 0, items, twoRows());
    expect(cells(page)).toEqual([
      ['每年原创或深度二次加工资源计划', '160条'],
      ['推选单位', '甲县电教仪器站'],
    ]);
    const facts = extractFacts([page], { pack: builtinPack('yueyang-2023-alliance') });
    expect(facts.annualResourceTarget?.value).toBe(160);
    expect(facts.recommendingBody?.value).toBe('甲县电教仪器站');
  });

  it('leaves a line crossing the border with no line of the cell above it where it is', () => {
    const items = [
      item('每年资源计划', 54.9, 150.4, 8.8),
      item('160条', 153.4, 150.4, 8.8),
      item('推选单位', 70, 137.6, 8.8),
    ];
    const page = buildPageText(1, [0, 0, 792, 612], 0, items, twoRows());
    expect(cells(page)).toEqual([['每年资源计划', '160条'], ['推选单位']]);
  });
});
