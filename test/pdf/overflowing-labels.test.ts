/**
 * A label too long for its column, set by a generator that neither wraps nor clips (ReportLab's
 * drawString, FPDF's Cell): it runs on past the cell's border, over the value drawn in the next
 * cell. The label stays whole in its own cell; a run pdf.js joined across two cells is still
 * split at the border.
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
