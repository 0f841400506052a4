/**
 * Labels printed as small captions under the line they name, as forms laid out like a printed
 * booklet do: "辽阳市某某共同体" on a rule, "（项目名称）" in small type beneath it. The caption
 * is the label and the line above, where it stands over the caption, is the value.
 */

import type { DocCell, DocRow, DocumentLayout } from './document';

/** "（项目名称）", "(推荐单位)": a label wholly in brackets (one inner bracket allowed). */
const CAPTION = /^\s*[（(]\s*([^（）()]{1,24}(?:[（(][^（）()]{1,4}[）)])?)\s*[）)]\s*$/u;

export interface Caption {
  /** The label inside the brackets, spaces removed. */
  label: string;
  /** The cell of the line above that the caption names. */
  value: DocCell;
}

/**
 * The caption `cell` is, and the value it stands under: the caption is set in smaller type
 * than the line just above it (a caption, not a line of its own), outside tables, and that
 * line has a piece of text over it.
 */
export function captionOf(doc: DocumentLayout, row: DocRow, cell: DocCell): Caption | undefined {
  // Only a label wholly in brackets: a few plain words in small type under a line are as often
  // a note, a unit or a heading as a caption (tried on the development sets: more wrong values).
  const label = CAPTION.exec(cell.text)?.[1];
  if (!label || row.table >= 0 || row.index === 0) return undefined;
  const above = doc.rows[row.index - 1]!;
  if (above.page !== row.page || above.table >= 0) return undefined;
  if (!(row.size > 0 && above.size > 0 && row.size <= 0.85 * above.size)) return undefined;
  // Page coordinates grow upwards: the caption hangs just under the value's line.
  const drop = above.top - row.top;
  if (drop <= 0 || drop > 2.5 * above.size) return undefined;
  const value = above.cells
    .filter((c) => overlap(c, cell) > 0)
    .sort((a, b) => overlap(b, cell) - overlap(a, cell))[0];
  if (!value) return undefined;
  // Another caption's value: a second caption in the row that stands under the same cell.
  const rivals = row.cells.filter(
    (c) => c !== cell && CAPTION.test(c.text) && overlap(value, c) > 0,
  );
  if (rivals.some((c) => overlap(value, c) > overlap(value, cell))) return undefined;
  return { label: label.replace(/\s+/g, ''), value };
}

function overlap(a: DocCell, b: DocCell): number {
  return Math.min(a.rect[2], b.rect[2]) - Math.max(a.rect[0], b.rect[0]);
}
