/**
 * Cells whose text wraps inside a word of Latin letters ("App Invent" over "or", "micro:" over
 * "bit"): whether the break stood for a space is not in the file, so a value joined from such
 * lines is a guess either way. Between ideographs, or between a word and an ideograph, the join
 * is plain (no space), and digits (a phone, a date) never keep one.
 */

import { readingRect } from '../../pdf/reading-frame';
import type { DocCell, DocumentLayout } from '../../pdf/structure/document';
import type { PageItem, PageText } from '../../pdf/text';

/** A page's items with text, by the height of their centre, built once per page. */
interface Indexed {
  item: PageItem;
  cx: number;
  cy: number;
  /** The item's place on the page: ties of position keep the page's order. */
  at: number;
}
const indexes = new WeakMap<PageText, Indexed[]>();

function indexOf(page: PageText): Indexed[] {
  let index = indexes.get(page);
  if (!index) {
    // Cells stand in the page's reading frame; items keep user space (reading-frame.ts).
    index = page.items
      .map((item) => ({ ...item, rect: readingRect(page, item.rect) }))
      .map((item, at) => ({
        item,
        cx: (item.rect[0] + item.rect[2]) / 2,
        cy: (item.rect[1] + item.rect[3]) / 2,
        at,
      }))
      .filter((i) => i.item.str.trim())
      .sort((a, b) => a.cy - b.cy);
    indexes.set(page, index);
  }
  return index;
}

/** The first entry whose centre lies above `y` (entries are sorted by centre height). */
function firstAbove(index: Indexed[], y: number): number {
  let [lo, hi] = [0, index.length];
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (index[mid]!.cy > y) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** A line of a cell: the items sharing a baseline, with where its text starts and ends. */
export interface CellLine {
  y: number;
  text: string;
  left: number;
  right: number;
}

/** The cell's lines as printed, top first. */
export function cellLines(doc: DocumentLayout, cell: DocCell): CellLine[] {
  const page = doc.page(cell.page);
  if (!page) return [];
  const [x0, y0, x1, y1] = cell.drawn ?? cell.rect;
  const index = indexOf(page);
  const inside: Indexed[] = [];
  for (let i = firstAbove(index, Math.min(y0, y1)); i < index.length; i++) {
    const e = index[i]!;
    if (e.cy >= Math.max(y0, y1)) break;
    if (e.cx > x0 && e.cx < x1) inside.push(e);
  }
  inside.sort(
    (a, b) => b.item.rect[1] - a.item.rect[1] || a.item.rect[0] - b.item.rect[0] || a.at - b.at,
  );
  // Lines of the cell, top first: items sharing a baseline.
  const lines: (CellLine & { x: number })[] = [];
  for (const { item } of inside) {
    const line = lines.find((l) => Math.abs(l.y - item.rect[1]) < 2);
    if (line) {
      if (item.rect[0] >= line.x) line.text += item.str;
      else line.text = item.str + line.text;
      line.x = Math.max(line.x, item.rect[0]);
      line.left = Math.min(line.left, item.rect[0]);
      line.right = Math.max(line.right, item.rect[2]);
    } else {
      lines.push({
        y: item.rect[1],
        text: item.str,
        x: item.rect[0],
        left: item.rect[0],
        right: item.rect[2],
      });
    }
  }
  return lines.map(({ x: _, ...line }) => line);
}

/** Does the cell's text run over lines that break between two Latin letters (or a colon)? */
export function wrapsInsideWord(doc: DocumentLayout, cell: DocCell): boolean {
  if (!/[A-Za-z]/.test(cell.text)) return false;
  const lines = cellLines(doc, cell);
  return lines.some((line, i) => {
    const next = lines[i + 1];
    return (
      next !== undefined &&
      /[A-Za-z:：]$/.test(line.text.trimEnd()) &&
      /^[A-Za-z]/.test(next.text.trimStart())
    );
  });
}

/**
 * The cell's text with a word broken at the cell's edge joined again: where a line of Latin
 * letters runs up to the right edge (as far in from it as the text starts from the left) and
 * the next line goes on with letters, the word was too wide for the cell and was broken, not
 * wrapped at a space ("Ardui" over "no" in a narrow 学科 column). Which it was is still not in
 * the file: the row stays doubted (wrapsInsideWord). Undefined when no line breaks so.
 */
export function joinBrokenWords(
  doc: DocumentLayout,
  cell: DocCell,
  size: number,
): string | undefined {
  if (!/[A-Za-z]/.test(cell.text)) return undefined;
  const lines = cellLines(doc, cell);
  if (lines.length < 2) return undefined;
  const [x0, , x1] = cell.drawn ?? cell.rect;
  let joined = lines[0]!.text.trim();
  let broken = false;
  for (let i = 1; i < lines.length; i++) {
    const [above, line] = [lines[i - 1]!, lines[i]!];
    const innerRight = x1 - Math.max(0, above.left - x0);
    const fills = above.right >= innerRight - 0.6 * size;
    const midWord =
      /[A-Za-z]$/.test(above.text.trimEnd()) && /^[A-Za-z]/.test(line.text.trimStart());
    broken ||= fills && midWord;
    joined += (fills && midWord ? '' : ' ') + line.text.trim();
  }
  return broken ? joined : undefined;
}
