/**
 * Round 15 (v15 as a development set): a people table whose rows break across pages (a long
 * 分工与主要经历 column, python-docx through LibreOffice): on the next page a row's cells stand
 * under no header, and a column left blank (学科) holds no text, so its neighbours share no border.
 */
import type { TextItem } from 'pdfjs-dist/types/src/display/api';
import { describe, expect, it } from 'vitest';
import type { Ruling } from '../../lib/pdf/rulings';
import { buildPageText } from '../../lib/pdf/text';
import { item } from './pages';

const EDGES = [50, 120, 190, 260, 340, 540];

/** Rows of cells, each row 40 points high from y 760 down, every cell ruled. */
function ruledRows(rows: string[][]) {
  const items: TextItem[] = [];
  const rulings: Ruling[] = [];
  rows.forEach((row, r) => {
    const top = 760 - r * 40;
    row.forEach((text, c) => {
      if (text) items.push(item(text, EDGES[c]! + 3, top - 25, 10));
    });
    rulings.push({ horizontal: true, at: top, from: EDGES[0]!, to: EDGES.at(-1)! });
  });
  const bottom = 760 - rows.length * 40;
  rulings.push({ horizontal: true, at: bottom, from: EDGES[0]!, to: EDGES.at(-1)! });
  for (const x of EDGES) rulings.push({ horizontal: false, at: x, from: bottom, to: 760 });
  return { items, rulings };
}

describe('a ruled row with an empty cell between its texts', () => {
  it('reads the row as one line of one table', () => {
    const { items, rulings } = ruledRows([
      ['东思远', '', '电教主任', '正高级教师', '大洼区田家街道中心小学'],
      ['农世杰', '', '备课组长', '高级教师', '盘锦市第三中学'],
    ]);
    const page = buildPageText(2, [0, 0, 595, 842], 0, items, rulings);
    expect(page.lines.map((l) => l.cells.length)).toEqual([4, 4]);
    expect(new Set(page.lines.map((l) => l.table)).size).toBe(1);
  });

  it('keeps two tables side by side apart when no border runs from one to the other', () => {
    const { items, rulings } = ruledRows([['东思远', '', '电教主任', '正高级教师', '某校']]);
    // The row's borders stop at the blank column's edges: two boxes with a white gap between.
    const cut = rulings.flatMap((r): Ruling[] =>
      r.horizontal
        ? [
            { ...r, to: 120 },
            { ...r, from: 190 },
          ]
        : [r],
    );
    const page = buildPageText(2, [0, 0, 595, 842], 0, items, cut);
    expect(new Set(page.lines.flatMap((l) => l.cells.map((c) => c.table))).size).toBe(2);
  });
});
