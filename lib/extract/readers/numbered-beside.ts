/**
 * A list in a ruled table whose label stands in its first row only: "成员学校 | 1．甲校", then
 * rows whose label cell is left empty, "| 2．乙校", "| 3．丙校" (a label column drawn cell by
 * cell, not merged down over its list). The rows after the label's row that hold nothing in the
 * label's column, each numbered in one style counting on from 1, are the label's list.
 */
import type { DocCell, DocRow, DocumentLayout } from '../../pdf/structure/document';
import { numbering } from '../../pdf/structure/sections';
import { circledNumber, parseCount } from '../numerals';

/** Rows looked at below a label: a list longer than this is read no further. */
const MAX_ITEMS = 200;

/** The number an item's numbering gives ("3．" → 3, "③" → 3, "（三）" → 3). */
function itemNumber(text: string): number | undefined {
  const n = numbering(text, true);
  if (!n) return undefined;
  const mark = text.trim().slice(0, text.trim().length - n.rest.length);
  const circled = /[①-⑳]/u.exec(mark);
  if (circled) return circledNumber(circled[0]);
  // An outline's item ("3.1.2") is numbered by its last part.
  const digits = /\d{1,3}(?=\D*$)|[一二三四五六七八九十]{1,3}/.exec(mark);
  return digits ? parseCount(digits[0]) : undefined;
}

/**
 * The rows of a label's numbered list (the label's own row first) when the label's column is
 * empty under it; undefined unless at least two items count 1, 2, 3… in one numbering style.
 */
export function numberedRowsBeside(
  doc: DocumentLayout,
  row: DocRow,
  label: DocCell,
): DocRow[] | undefined {
  const valuesOf = (r: DocRow) => r.cells.filter((c) => c.rect[0] >= label.rect[2] - 2);
  const first = valuesOf(row)[0];
  const style = first ? numbering(first.text, true)?.style : undefined;
  if (!first || !style || itemNumber(first.text) !== 1) return undefined;
  const rows = [row];
  for (const next of doc.rows.slice(row.index + 1, row.index + 1 + MAX_ITEMS)) {
    if (next.table !== row.table || next.page !== row.page) break;
    // Something in the label's column: the next label's row.
    if (next.cells.some((c) => c.rect[0] < label.rect[2] - 2)) break;
    const cell = valuesOf(next)[0];
    if (!cell || numbering(cell.text, true)?.style !== style) break;
    if (itemNumber(cell.text) !== rows.length + 1) break;
    rows.push(next);
  }
  return rows.length >= 2 ? rows : undefined;
}

/** A numbered item's words without its number. */
export function withoutNumber(text: string): string {
  return numbering(text, true)?.rest ?? text;
}
