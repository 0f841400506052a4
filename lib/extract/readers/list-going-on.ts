/**
 * A numbered list begun on its label's line whose next items stand one a line under it, at the
 * paragraph's left ("成员学校：1.甲校" over "2.乙校", "3.丙校"): a value printed as running text
 * with its line breaks kept (a web page's table rows the browser ran together, an online
 * system's print view). The last item may run on into the next field ("4.丁校 主持人条件：…"):
 * it ends where that field starts (run-on-fields.ts). The numbers must go on 2, 3, 4… in the
 * first item's style.
 */

import type { DocRow, DocumentLayout } from '../../pdf/structure/document';
import { cleanValue } from '../../pdf/structure/key-values';
import { runOnFieldStart } from '../../pdf/structure/run-on-fields';

/** A list number at a line's start: "1." "1、" "1）" "（1）" "①"; its style and its number. */
const MARK = /^\s*(?:(\d{1,2})\s*([.．、)）])(?!\d)|[（(]\s*(\d{1,2})\s*[)）]|([①-⑳]))\s*/u;

interface Mark {
  style: string;
  n: number;
  length: number;
}

function markOf(text: string): Mark | undefined {
  const m = MARK.exec(text);
  if (!m) return undefined;
  if (m[1])
    return {
      style: `n${m[2]!.replace('．', '.').replace('）', ')')}`,
      n: Number(m[1]),
      length: m[0].length,
    };
  if (m[3]) return { style: '(n)', n: Number(m[3]), length: m[0].length };
  return { style: 'circled', n: '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳'.indexOf(m[4]!) + 1, length: m[0].length };
}

/** Past this many lines a list is no form's (hostile input). */
const MAX_ITEMS = 200;

export interface GoingOn {
  /** The items after the first, without their numbers. */
  items: string[];
  /** Flow offset where the last item ends. */
  end: number;
}

/**
 * The items going on under `row` after a first item `first` (the text after the label's colon,
 * with its number 1) that the row holds: undefined unless the next line carries number 2 in the
 * same style. A line that is no item (another number, a heading, a table) ends the list.
 */
export function itemsGoingOn(doc: DocumentLayout, row: DocRow, first: string): GoingOn | undefined {
  const mark = markOf(first);
  if (mark?.n !== 1) return undefined;
  const items: string[] = [];
  let end = row.flowEnd;
  let last = row;
  for (let k = row.index + 1; k < doc.rows.length && items.length < MAX_ITEMS; k++) {
    const next = doc.rows[k]!;
    if (next.table >= 0 || next.cells.length !== 1 || next.page !== last.page) break;
    // Under the label's line, at its left, a line's height below.
    const size = last.size || 10;
    if (last.top - next.top > 2.2 * size || next.top >= last.top) break;
    if (Math.abs(next.cells[0]!.rect[0] - row.cells[0]!.rect[0]) > size) break;
    const own = markOf(next.text);
    if (!own || own.style !== mark.style || own.n !== items.length + 2) break;
    const cut = runOnFieldStart(doc, next.flowStart, next.flowEnd);
    const stop = cut ?? next.flowEnd;
    const item = cleanValue(doc.flow.slice(next.flowStart + own.length, stop));
    if (!item) break;
    items.push(item);
    end = stop;
    last = next;
    // The next field starts after it on its line: the list ends here.
    if (cut !== undefined) break;
  }
  return items.length > 0 ? { items, end } : undefined;
}

/**
 * Does the line under `row` open with number 2 in the style of `first`'s number 1? Then a list
 * read as its first item alone is cut short, whatever the reader made of the rest.
 */
export function secondItemBelow(doc: DocumentLayout, row: DocRow, first: string): boolean {
  const mark = markOf(first);
  const next = doc.rows[row.index + 1];
  if (mark?.n !== 1 || !next || next.page !== row.page) return false;
  const own = markOf(next.text);
  return own !== undefined && own.style === mark.style && own.n === 2;
}

/** The text after a label's colon up to the next run-on field on its line (run-on-fields.ts). */
export function beforeRunOnField(doc: DocumentLayout, from: number, to: number): number {
  return runOnFieldStart(doc, from, to) ?? to;
}
