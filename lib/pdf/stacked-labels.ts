/**
 * A ruled cell that holds its label ABOVE its value, the label in small type ("项目名称" in 8 pt
 * grey bold over "某某共同体" in 10.5 pt): the way modern Word templates and printed web forms
 * set a 推荐表, one to three such cells per row. Read as one cell, label and value run together
 * ("项目名称某某共同体") and no finder can tell where the label ends. Split into two cells of the
 * same row, label first, the pair reads as a label with its value beside it.
 *
 * Only when the type says so: the first line is a short Chinese label, clearly smaller than
 * every line under it. A cell whose text merely wraps keeps one size; a note in small print stands
 * under its text, not above it.
 */
import type { LayoutCell, LayoutItem } from './layout';

/** The label's type is at most this share of the value's (8 pt over 10.5 pt is 0.76). */
const SMALLER = 0.88;
/** A label is short: a field's name, maybe with a bracketed note ("推荐单位（盖章）"). */
const MAX_LABEL_CHARS = 16;

/** Largest type size of a line; a loop, not a spread: a hostile line may hold 200,000 runs. */
function sizeOf(line: number[], items: LayoutItem[]): number {
  let size = -Infinity;
  for (const i of line) size = Math.max(size, items[i]!.size);
  return size;
}

/** The label and the value cell when the cell is a stacked pair, else the cell alone. */
export function splitStackedLabel(cell: LayoutCell, items: LayoutItem[]): LayoutCell[] {
  if (!cell.ruled || cell.lines.length < 2 || cell.lines.length > 200) return [cell];
  const [head, ...rest] = cell.lines as [number[], ...number[][]];
  if (head.length === 0 || head.length > 8 || head.some((i) => items[i]!.vertical)) return [cell];
  const label = head
    .map((i) => items[i]!.str)
    .join('')
    .replace(/\s+/g, '');
  if (label.length === 0 || label.length > MAX_LABEL_CHARS) return [cell];
  // An English gloss set small over its Chinese label ("Project title" over "项目名称", as
  // bilingual forms print them) is part of the label, not a label of its own.
  if (!/\p{Script=Han}/u.test(label)) return [cell];
  // A sentence or a list item is text, not a field's name; nor is a note wholly in brackets
  // ("（不超过300字）" in small print over the text it asks for).
  if (
    /[。；;，,！？!?]$/.test(label) ||
    /^[（(【〔［[][^（）()]*[）)】〕］\]]$/.test(label) ||
    /^[（(]?[\d一二三四五六七八九十①-⑳]{1,2}[、.．)）]/.test(label)
  ) {
    return [cell];
  }
  const labelSize = sizeOf(head, items);
  let valueSize = Infinity;
  for (const line of rest) valueSize = Math.min(valueSize, sizeOf(line, items));
  if (!(labelSize > 0) || labelSize > SMALLER * valueSize) return [cell];
  const headBottom = Math.min(...head.map((i) => items[i]!.rect[1]));
  let restTop = -Infinity;
  for (const i of rest[0]!) restTop = Math.max(restTop, items[i]!.rect[3]);
  // The lines stand one under the other, not overlapping (a superscript is not a label).
  if (restTop > headBottom + 0.25 * valueSize) return [cell];
  const middle = (headBottom + restTop) / 2;
  const [x0, y0, x1, y1] = cell.rect;
  return [
    { ...cell, lines: [head], rect: [x0, middle, x1, y1] },
    { ...cell, lines: rest, rect: [x0, y0, x1, middle] },
  ];
}
