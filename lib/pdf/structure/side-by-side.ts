/**
 * A list printed as two halves side by side in one table, to save paper: the header names the
 * same columns twice (序号 姓名 单位 | 序号 姓名 单位, sometimes with an empty column between),
 * and row i holds record i on the left and record i + ⌈n/2⌉ on the right. Read as it stands,
 * every row is one wide record of two people, and a reader taking each column's first match
 * keeps the left half only. The records are the left half's rows, top to bottom (also on the
 * next pages), then the right half's: here the right half's cells become rows of their own after
 * the left half's, moved under the left half's columns and below its rows (readers place cells
 * under headers by x, and look for cells merged over a row by y).
 *
 * Not the reverse case (split-grids.ts: one table drawn as two grids side by side, a label
 * column beside the value columns): that is one record a row, and its header does not repeat.
 */
import type { Rect } from '../text';
import type { DocCell, DocRow } from './document';
import { cleanLabel } from './key-values';
import { isHeaderRow } from './tables';

/** Borders this close (pt) are one border. */
const TOLERANCE = 3;
/** A header row of more cells than this is no list's header (a hostile row of thousands). */
const MAX_HEADER_CELLS = 40;
/** A header's labels are short: a longer cell is a value (and not worth cleaning as a label). */
const MAX_LABEL = 30;

interface Halves {
  /** The left half's column cells and the right half's, in the same order. */
  left: DocCell[];
  right: DocCell[];
  /** Cells starting left of this (pt) belong to the left half. */
  boundary: number;
}

/**
 * The header's two halves, when its labels are one run of labels twice over (two labels at
 * least, column words among them: 序号 姓名 单位 | 序号 姓名 单位), apart by nothing or by empty
 * cells.
 */
export function headerHalves(row: DocRow): Halves | undefined {
  if (row.table < 0 || row.cells.length < 4 || row.cells.length > MAX_HEADER_CELLS) return;
  if (row.cells.some((c) => c.text.length > MAX_LABEL)) return;
  const filled = row.cells.filter((c) => cleanLabel(c.text) !== '');
  if (filled.length < 4 || filled.length % 2 !== 0) return;
  const n = filled.length / 2;
  const [left, right] = [filled.slice(0, n), filled.slice(n)];
  if (left.some((c, i) => cleanLabel(c.text) !== cleanLabel(right[i]!.text))) return;
  // The halves stand apart: the right one wholly right of the left one.
  const leftEnd = left.at(-1)!.rect[2];
  const rightStart = right[0]!.rect[0];
  if (rightStart < leftEnd - TOLERANCE) return;
  // A list's columns: the left half alone reads as a header.
  if (!isHeaderRow({ ...row, cells: left })) return;
  return { left, right, boundary: (leftEnd + rightStart) / 2 };
}

/** A cell lying across the boundary: the row is no longer the list's (a field under it). */
function crosses(cell: DocCell, boundary: number): boolean {
  return cell.rect[0] < boundary - TOLERANCE && cell.rect[2] > boundary + TOLERANCE;
}

/** x of the right half moved to the matching place of the left half, column by column. */
function mapX(x: number, halves: Halves): number {
  const { left, right } = halves;
  let j = right.findIndex((c) => x <= c.rect[2] + 0.5);
  if (j < 0) j = right.length - 1;
  const [r0, r1] = [right[j]!.rect[0], right[j]!.rect[2]];
  const [l0, l1] = [left[j]!.rect[0], left[j]!.rect[2]];
  const t = r1 > r0 ? (x - r0) / (r1 - r0) : 0;
  return l0 + t * (l1 - l0);
}

function withCells(row: DocRow, cells: DocCell[]): DocRow {
  return { ...row, cells, text: cells.map((c) => c.text).join('\t') };
}

function moved(cell: DocCell, halves: Halves, dy: number): DocCell {
  const [x0, y0, x1, y1] = cell.rect;
  const rect: Rect = [mapX(x0, halves), y0 + dy, mapX(x1, halves), y1 + dy];
  return { ...cell, rect, drawn: cell.drawn ?? cell.rect };
}

function shiftedDown(row: DocRow, dy: number): DocRow {
  return {
    ...row,
    top: row.top + dy,
    bottom: row.bottom + dy,
    cells: row.cells.map((c) => ({
      ...c,
      rect: [c.rect[0], c.rect[1] + dy, c.rect[2], c.rect[3] + dy] as Rect,
      drawn: c.drawn ?? c.rect,
    })),
  };
}

/** The header's labels, to know it again where it is repeated on the next page. */
function labelsOf(row: DocRow): string[] {
  return row.cells.map((c) => cleanLabel(c.text)).filter(Boolean);
}

/** The same labels as the header's (a header repeated on the next page). */
function sameLabels(row: DocRow, labels: string[]): boolean {
  if (row.cells.length < labels.length || row.cells.some((c) => c.text.length > MAX_LABEL)) {
    return false;
  }
  // The first label first: a data row differs there already (a number, a name).
  const first = row.cells.find((c) => c.text.trim() !== '');
  if (!first || cleanLabel(first.text) !== labels[0]) return false;
  const own = labelsOf(row);
  return own.length === labels.length && own.every((l, i) => l === labels[i]);
}

/**
 * The document's rows with every side-by-side list unfolded: its header's left half, the left
 * half's rows, then the right half's rows (rows whose right half is empty give none). The right
 * half's rows stand below the left half's on their page, as far below as the list is tall there,
 * and everything after the list on that page moves down as far. Rows are numbered again. Linear
 * in the rows and their cells.
 */
export function unfoldSideBySide(rows: DocRow[]): DocRow[] {
  const out: DocRow[] = [];
  /** How far (pt, negative) rows of a page move down, for the lists unfolded above them. */
  const pageDrop = new Map<number, number>();
  const place = (row: DocRow) => {
    const dy = pageDrop.get(row.page) ?? 0;
    out.push(dy ? shiftedDown(row, dy) : row);
  };
  let i = 0;
  while (i < rows.length) {
    const header = rows[i]!;
    const halves = headerHalves(header);
    if (!halves) {
      place(header);
      i++;
      continue;
    }
    const leftOf = (row: DocRow) =>
      withCells(
        row,
        row.cells.filter((c) => c.rect[0] < halves.boundary),
      );
    const leftRows: DocRow[] = [leftOf(header)];
    const labels = labelsOf(header);
    /** Per page: the highest top and the lowest bottom of the list's data rows there. */
    const extent = new Map<number, { top: number; bottom: number }>();
    const pending: { row: DocRow; cells: DocCell[] }[] = [];
    let j = i + 1;
    for (; j < rows.length; j++) {
      const row = rows[j]!;
      if (row.table !== header.table) break;
      if (row.cells.some((c) => crosses(c, halves.boundary))) break;
      leftRows.push(leftOf(row));
      if (sameLabels(row, labels)) continue;
      const right = row.cells.filter(
        (c) => c.rect[0] >= halves.boundary && c.rect[0] >= halves.right[0]!.rect[0] - TOLERANCE,
      );
      const e = extent.get(row.page) ?? { top: row.top, bottom: row.bottom };
      extent.set(row.page, {
        top: Math.max(e.top, row.top),
        bottom: Math.min(e.bottom, row.bottom),
      });
      if (right.some((c) => c.text.trim() !== '')) pending.push({ row, cells: right });
    }
    if (pending.length === 0) {
      // A header of two halves over no record in the right one: nothing to unfold.
      for (let k = i; k < j; k++) place(rows[k]!);
      i = j;
      continue;
    }
    for (const row of leftRows) place(row);
    for (const { row, cells } of pending) {
      const e = extent.get(row.page)!;
      const dy = (pageDrop.get(row.page) ?? 0) - (e.top - e.bottom);
      const movedCells = cells.map((c) => moved(c, halves, dy));
      out.push({ ...withCells(row, movedCells), top: row.top + dy, bottom: row.bottom + dy });
    }
    for (const [page, e] of extent)
      pageDrop.set(page, (pageDrop.get(page) ?? 0) - (e.top - e.bottom));
    i = j;
  }
  return out.map((row, index) => (row.index === index ? row : { ...row, index }));
}
