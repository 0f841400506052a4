/**
 * A label and its value set a few points apart in height, read as two lines: a LaTeX margin
 * note pushed down or set in a smaller size beside a value in the text block ("带教青年教师数"
 * at 154 beside "18名" at 151). The value is the one cell of the line just after or before the
 * label's, starting right of the label, its baseline within half a line of the label's.
 */
import type { DocCell, DocRow, DocumentLayout } from './document';

export function cellBesideOffLine(
  doc: DocumentLayout,
  row: DocRow,
  ci: number,
): DocCell | undefined {
  if (row.table >= 0 || row.cells.length !== 1 || ci !== 0) return undefined;
  const label = row.cells[0]!;
  for (const other of [doc.rows[row.index + 1], doc.rows[row.index - 1]]) {
    if (!other || other.page !== row.page || other.table >= 0 || other.cells.length !== 1) continue;
    const size = Math.max(row.size || 10, other.size || 10);
    const cell = other.cells[0]!;
    const gap = cell.rect[0] - label.rect[2];
    if (gap < -1 || gap > 4 * size) continue;
    if (Math.abs(row.top - other.top) > 0.5 * size) continue;
    return cell;
  }
  return undefined;
}
