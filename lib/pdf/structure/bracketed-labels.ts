/**
 * Labels set off by lenticular or square brackets inside a line: "〖项目名称〗某某共同体",
 * "【推荐单位】甲市教育局  【实践起始时间】2016-09". Such a label needs no colon, several may
 * share a line, and each value runs to the next bracketed label (or the cell's end).
 */

import type { DocCell, DocRow, DocumentLayout } from './document';

/** The brackets such a label opens with. */
export const BRACKET_OPENS = /[【〖〔［]/;

/** A bracketed label of any field: what ends the value before it. */
const ANY_BRACKETED_LABEL =
  /[【〖〔［]\s*[\p{Script=Han}A-Za-z][\p{Script=Han}A-Za-z（）()/、\s]{1,20}[】〗〕］]/gu;

export interface BracketedPair {
  /** The label as written, without brackets and spaces. */
  label: string;
  /** Where the label's opening bracket stands in the text. */
  at: number;
  /** The value's text (untrimmed) and its offsets in the text. */
  value: string;
  start: number;
  end: number;
}

/**
 * The pairs in `text` whose bracketed label matches `labels` (a regular-expression source of
 * label words, spaced as the caller allows). A bracket that holds a value rather than a label
 * ("推荐单位：【甲市教育局】") matches no label word and is left alone.
 */
export function bracketedPairs(text: string, labels: string): BracketedPair[] {
  // Only lines that hold a bracket at all pay for the patterns below.
  if (!BRACKET_OPENS.test(text)) return [];
  const opener = new RegExp(
    `[【〖〔［]\\s*(?<label>${labels})\\s*(?:[（(][^（）()]{0,12}[）)])?\\s*[】〗〕］]\\s*[:：]?`,
    'gu',
  );
  const stops = [...text.matchAll(ANY_BRACKETED_LABEL)].map((m) => m.index);
  const out: BracketedPair[] = [];
  // Openers come in order: the next stop is found by walking on, not by searching from the start.
  let k = 0;
  for (const m of text.matchAll(opener)) {
    const start = m.index + m[0].length;
    while (k < stops.length && stops[k]! < start) k++;
    const next = stops[k] ?? text.length;
    const tab = text.indexOf('\t', start);
    const end = tab >= 0 && tab < next ? tab : next;
    out.push({
      label: m.groups!.label!.replace(/\s+/g, ''),
      at: m.index,
      value: text.slice(start, end),
      start,
      end,
    });
  }
  return out;
}

/**
 * The line a paragraph of bracketed fields wraps onto: the first cell of the next row, when
 * `cell` ends its row at the page's right text edge and the next row, outside tables and just
 * below, starts at the paragraph's left edge. "〖已形成的典型案例〗①…；②…；" goes on with
 * "③…；④…" there, and a label may break too ("〖预期典" | "型案例数〗7个").
 */
export function wrappedOnto(doc: DocumentLayout, row: DocRow, cell: DocCell): DocCell | undefined {
  if (row.table >= 0 || row.cells[row.cells.length - 1] !== cell) return undefined;
  const next = doc.rows[row.index + 1];
  if (!next || next.page !== row.page || next.table >= 0) return undefined;
  const size = row.size || 10;
  // Page coordinates grow upwards: the next line stands lower, by a line's height or so.
  const drop = row.top - next.top;
  if (drop <= 0 || drop > 2.5 * size) return undefined;
  const first = next.cells[0]!;
  if (Math.abs(first.rect[0] - row.cells[0]!.rect[0]) > size) return undefined;
  return cell.rect[2] >= rightEdge(doc, row.page) - 1.5 * size ? first : undefined;
}

const rightEdges = new WeakMap<DocumentLayout, Map<number, number>>();

/** The right edge of a page's text (the rightmost cell end). */
function rightEdge(doc: DocumentLayout, page: number): number {
  let edges = rightEdges.get(doc);
  if (!edges) {
    edges = new Map();
    for (const r of doc.rows) {
      for (const c of r.cells) edges.set(r.page, Math.max(edges.get(r.page) ?? 0, c.rect[2]));
    }
    rightEdges.set(doc, edges);
  }
  return edges.get(page) ?? 0;
}
