/**
 * Synthetic pages for finder tests: lines of prose and ruled tables laid out on an A4 page as a
 * PDF would place them, turned into page text by the real buildPageText (layout, rulings,
 * normalisation). Text is set in 11 pt: a CJK character 11 units wide, a digit about 6.
 */
import type { TextItem } from 'pdfjs-dist/types/src/display/api';
import type { Rect } from '../../lib/pdf/layout';
import type { Ruling } from '../../lib/pdf/rulings';
import { buildPageText, type PageText } from '../../lib/pdf/text';

const SIZE = 11;
const LEFT = 56;
const WIDTH = 483;

export function item(str: string, x: number, y: number, size = SIZE): TextItem {
  return {
    str,
    dir: 'ltr',
    transform: [size, 0, 0, size, x, y],
    // CJK characters are one em wide, digits and Latin letters about half.
    width: Array.from(str).reduce((w, ch) => w + (ch.charCodeAt(0) < 0x2000 ? 0.55 : 1) * size, 0),
    height: size,
    fontName: 'f1',
    hasEOL: false,
  };
}

export type Block =
  | { kind: 'line'; text: string }
  | {
      kind: 'table';
      rows: (string | { text: string; rowspan?: number; colspan?: number })[][];
      widths?: number[];
    };

/** Lay blocks out top to bottom; tables get borders (rulings) around every cell. */
export function page(
  blocks: (Block | string)[],
  number = 1,
  /** Items placed as they are (a running head or foot). */
  extra: TextItem[] = [],
): PageText {
  const items: TextItem[] = [...extra];
  const rulings: Ruling[] = [];
  let y = 780;
  for (const raw of blocks) {
    const block: Block = typeof raw === 'string' ? { kind: 'line', text: raw } : raw;
    if (block.kind === 'line') {
      // Long lines wrap at the right margin, as paragraphs do.
      const chars = Array.from(block.text);
      const perLine = Math.floor(WIDTH / SIZE);
      for (let i = 0; i < chars.length; i += perLine) {
        items.push(item(chars.slice(i, i + perLine).join(''), LEFT, y));
        y -= SIZE * 1.6;
      }
      continue;
    }
    const columns = Math.max(...block.rows.map((r) => r.length));
    const widths = (block.widths ?? Array(columns).fill(1 / columns)).map((w) => w * WIDTH);
    const rowHeight = SIZE * 2;
    const top = y + SIZE;
    const spans = new Map<string, number>(); // "row,col" covered by a rowspan from above
    block.rows.forEach((row, r) => {
      let col = 0;
      const rowTop = top - r * rowHeight;
      for (const cell of row) {
        while (spans.has(`${r},${col}`)) col++;
        const span = typeof cell === 'string' ? 1 : (cell.rowspan ?? 1);
        const across = typeof cell === 'string' ? 1 : (cell.colspan ?? 1);
        const text = typeof cell === 'string' ? cell : cell.text;
        const x0 = LEFT + widths.slice(0, col).reduce((a, b) => a + b, 0);
        const x1 = x0 + widths.slice(col, col + across).reduce((a, b) => a + b, 0);
        const bottom = rowTop - span * rowHeight;
        for (let k = 1; k < span; k++) spans.set(`${r + k},${col}`, 1);
        if (text) items.push(item(text, x0 + 4, (rowTop + bottom) / 2 - SIZE * 0.35));
        rulings.push(
          { horizontal: true, at: rowTop, from: x0, to: x1 },
          { horizontal: true, at: bottom, from: x0, to: x1 },
          { horizontal: false, at: x0, from: bottom, to: rowTop },
          { horizontal: false, at: x1, from: bottom, to: rowTop },
        );
        col += across;
      }
    });
    y = top - block.rows.length * rowHeight - SIZE * 1.6;
  }
  const view: Rect = [0, 0, 595, 842];
  return buildPageText(number, view, 0, items, rulings);
}

/** A page with no text at all: a scan. */
export function scannedPage(number: number): PageText {
  return buildPageText(number, [0, 0, 595, 842], 0, [], []);
}
