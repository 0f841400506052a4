/**
 * The one document model for the forms we generate (demo applications, the form zoo, test
 * fixtures, benchmarks). Renderers turn it into a PDF (pdf-lib, pdf-writer.ts), HTML (for
 * Chromium print, html.ts) and word-processor files (.docx, .odt; scripts/zoo); content is
 * written once. Text is plain text everywhere: renderers escape it for their format.
 */

export interface Cell {
  text: string;
  rowspan?: number;
  colspan?: number;
  bold?: boolean;
}

/** A table row: a cell, a plain string, or null where a span from another cell covers it. */
export type Row = (Cell | string | null)[];

export type Block =
  | { kind: 'title'; text: string }
  | { kind: 'heading'; text: string }
  | { kind: 'paragraph'; text: string }
  /**
   * Rows of cells; widths are fractions of the text width. The first row is a header when
   * `header` is true (or its cells are bold): repeated on every page the table spans. `borders`
   * false draws no ruling lines (a web form printed without them).
   */
  | { kind: 'table'; rows: Row[]; widths?: number[]; header?: boolean; borders?: boolean }
  /** A row of options with a mark beside the chosen ones, as on a printed form. */
  | {
      kind: 'checkboxes';
      label: string;
      options: { text: string; checked: boolean }[];
      marks?: { checked: string; unchecked: string; position: 'before' | 'after' | 'paren' };
    }
  | { kind: 'pageBreak' };

export interface GeneratedDocument {
  title: string;
  author?: string;
  blocks: Block[];
  /** Print "第 N 页" at the foot of each page (renderers that support it). */
  pageNumbers?: boolean;
}

export function cellOf(cell: Cell | string): Cell {
  return typeof cell === 'string' ? { text: cell } : cell;
}

export interface GridCell {
  cell: Cell;
  row: number;
  col: number;
}

/**
 * Lay a table's rows on a grid: which cell starts where, and which grid positions a rowspan
 * from above covers (producers such as .docx must write a "continue" cell there).
 */
export function layoutGrid(rows: Row[], columns: number) {
  const covered: ('row' | 'col' | null)[][] = rows.map(() => new Array(columns).fill(null));
  const starts: GridCell[][] = rows.map(() => []);
  rows.forEach((row, r) => {
    let col = 0;
    for (const raw of row) {
      while (col < columns && covered[r]![col]) col++;
      if (raw === null) continue;
      const cell = cellOf(raw);
      starts[r]!.push({ cell, row: r, col });
      const rs = cell.rowspan ?? 1;
      const cs = cell.colspan ?? 1;
      for (let dr = 0; dr < rs; dr++) {
        for (let dc = 0; dc < cs; dc++) {
          if (dr === 0 && dc === 0) continue;
          const target = covered[r + dr];
          if (target) target[col + dc] = dr > 0 ? 'row' : 'col';
        }
      }
      col += cs;
    }
  });
  return { starts, covered };
}

/** A table's column count: the widest row, spans included. */
export function columnCount(rows: Row[], widths?: number[]): number {
  if (widths?.length) return widths.length;
  return Math.max(
    1,
    ...rows.map((r) => r.reduce((n, c) => n + (c === null ? 1 : (cellOf(c).colspan ?? 1)), 0)),
  );
}

/** The text of a checkbox group as printed: marks before, after or in brackets. */
export function checkboxText(block: Extract<Block, { kind: 'checkboxes' }>, gap = '  '): string {
  const m = block.marks ?? { checked: CHECKED_MARK, unchecked: UNCHECKED_MARK, position: 'after' };
  const options = block.options.map((o) => {
    if (m.position === 'paren') return `${o.text}（${o.checked ? m.checked : '  '}）`;
    const mark = o.checked ? m.checked : m.unchecked;
    return m.position === 'before' ? `${mark}${o.text}` : `${o.text}${mark}`;
  });
  return `${block.label}：${options.join(gap)}`;
}

/** Every character a document uses, for font subsetting. */
export function documentText(doc: GeneratedDocument): string {
  const parts: string[] = [doc.title, doc.author ?? '', '第页0123456789'];
  for (const block of doc.blocks) {
    switch (block.kind) {
      case 'table':
        for (const row of block.rows)
          for (const c of row) if (c !== null) parts.push(cellOf(c).text);
        break;
      case 'checkboxes':
        parts.push(checkboxText(block), CHECKED_MARK, UNCHECKED_MARK);
        break;
      case 'pageBreak':
        break;
      default:
        parts.push(block.text);
    }
  }
  return parts.join('');
}

// Noto Sans SC has no ☑; real forms use ☑, ■ or √ alike, and extraction accepts all three.
export const CHECKED_MARK = '■';
export const UNCHECKED_MARK = '□';

export function escapeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}
