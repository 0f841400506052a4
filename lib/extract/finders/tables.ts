/**
 * Reading tables: a header row names the columns, data rows follow in the same table (also on
 * the next page), and a row's cell for a column is the one lying under the header cell. Merged
 * cells (a role label spanning several rows) are found by geometry.
 */
import type { DocCell, DocRow, FactDocument } from '../document';
import { cleanLabel } from '../labels';

export interface Column {
  label: string;
  x0: number;
  x1: number;
  cell: DocCell;
}

export function headerColumns(row: DocRow): Column[] {
  return row.cells.map((cell) => ({
    label: cleanLabel(cell.text),
    x0: cell.rect[0],
    x1: cell.rect[2],
    cell,
  }));
}

function overlap(a0: number, a1: number, b0: number, b1: number): number {
  return Math.min(a1, b1) - Math.max(a0, b0);
}

/** The row's cell under a column: the one overlapping it most (at least half its own width). */
export function columnOf(row: DocRow, column: Column): DocCell | undefined {
  let best: DocCell | undefined;
  let bestOverlap = 0;
  for (const cell of row.cells) {
    const o = overlap(cell.rect[0], cell.rect[2], column.x0, column.x1);
    const width = Math.min(cell.rect[2] - cell.rect[0], column.x1 - column.x0);
    if (o > bestOverlap && o >= 0.5 * width) {
      best = cell;
      bestOverlap = o;
    }
  }
  return best;
}

/** The rows after `header` in the same table, across page breaks. */
export function rowsOfTable(doc: FactDocument, header: DocRow): DocRow[] {
  const out: DocRow[] = [];
  for (const row of doc.rows.slice(header.index + 1)) {
    if (row.table !== header.table) {
      // Free text between two parts of the table (a running header) does not end it, as long as
      // the table itself continues right after.
      if (row.table < 0 && row.cells.length === 1 && row.text.length <= 20) continue;
      break;
    }
    out.push(row);
  }
  return out;
}

/**
 * The cell of the same table covering the row's middle in a column, written in another row:
 * the text of a label cell merged over several rows stands in one of them only.
 */
export function coveringCell(doc: FactDocument, row: DocRow, column: Column): DocCell | undefined {
  const y = (row.top + row.bottom) / 2;
  for (const other of doc.rows) {
    if (other.table !== row.table || other.page !== row.page) continue;
    for (const cell of other.cells) {
      if (!cell.ruled) continue;
      const [x0, y0, x1, y1] = cell.rect;
      if (y < y0 - 1 || y > y1 + 1) continue;
      if (overlap(x0, x1, column.x0, column.x1) >= 0.5 * Math.min(x1 - x0, column.x1 - column.x0)) {
        return cell;
      }
    }
  }
  return undefined;
}
