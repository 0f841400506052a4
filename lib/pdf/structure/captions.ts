/**
 * Labels printed as small captions under the line they name, as forms laid out like a printed
 * booklet do: "辽阳市某某共同体" on a rule, "（项目名称）" or "项目名称" in small type beneath it.
 * The caption is the label and the line above, where it stands over the caption, is the value.
 */

import type { DocCell, DocRow, DocumentLayout } from './document';

/** "（项目名称）", "(推荐单位)": a label wholly in brackets (one inner bracket allowed). */
const CAPTION = /^\s*[（(]\s*([^（）()]{1,24}(?:[（(][^（）()]{1,4}[）)])?)\s*[）)]\s*$/u;

/**
 * Plain words as a caption ("研究类别", "主持人任职学校"): a few Han characters, no colon, no
 * figures; read as a caption under stricter conditions (captionOf).
 */
const PLAIN_CAPTION = /^\s*[\p{Script=Han}][\p{Script=Han}/／]{1,11}\s*$/u;

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
  const bracketed = CAPTION.exec(cell.text)?.[1];
  const plain = bracketed ? undefined : PLAIN_CAPTION.exec(cell.text)?.[0];
  const label = bracketed ?? plain;
  if (!label || row.table >= 0 || row.index === 0) return undefined;
  const above = doc.rows[row.index - 1]!;
  if (above.page !== row.page || above.table >= 0) return undefined;
  const smaller = plain ? 0.75 : 0.85;
  if (!(row.size > 0 && above.size > 0 && row.size <= smaller * above.size)) return undefined;
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
  // Plain words are a caption only where nothing makes them doubtful: the value starts where
  // the caption does, no other text of the caption's line stands under it (two captions under
  // one run of text: two values the line set too close to part), and it is no wrapped line's
  // end (the line above it in its type, just above and at its left, is the value's start).
  if (plain) {
    if (Math.abs(value.rect[0] - cell.rect[0]) > above.size) return undefined;
    if (row.cells.some((c) => c !== cell && overlap(value, c) > 0)) return undefined;
    // Smaller than the page's text: a label in the body's type over a heading is no caption.
    if (row.size > 0.85 * bodySize(doc, row.page)) return undefined;
    // Lines of two columns may interleave: the two lines before are looked at.
    const wrapped = [1, 2].some((back) => {
      const before = doc.rows[above.index - back];
      return (
        before !== undefined &&
        before.page === above.page &&
        before.table < 0 &&
        Math.abs(before.size - above.size) < 0.5 &&
        before.top - above.top <= 2 * above.size &&
        before.cells.some((c) => Math.abs(c.rect[0] - value.rect[0]) <= above.size)
      );
    });
    if (wrapped) return undefined;
  }
  return { label: label.replace(/\s+/g, ''), value };
}

function overlap(a: DocCell, b: DocCell): number {
  return Math.min(a.rect[2], b.rect[2]) - Math.max(a.rect[0], b.rect[0]);
}

const bodySizes = new WeakMap<DocumentLayout, Map<number, number>>();

/** The type size most of a page's lines are set in (the median of its rows'). */
function bodySize(doc: DocumentLayout, page: number): number {
  let sizes = bodySizes.get(doc);
  if (!sizes) {
    const byPage = new Map<number, number[]>();
    for (const r of doc.rows) {
      if (!(r.size > 0)) continue;
      const list = byPage.get(r.page);
      if (list) list.push(r.size);
      else byPage.set(r.page, [r.size]);
    }
    sizes = new Map();
    for (const [p, all] of byPage) {
      all.sort((a, b) => a - b);
      sizes.set(p, all[all.length >> 1]!);
    }
    bodySizes.set(doc, sizes);
  }
  return sizes.get(page) ?? 0;
}
