/**
 * Where a list's items stand in the document: the rows its evidence starts at and, item by item
 * in order, the row that holds each one. List checks compare those rows with their neighbours.
 */
import type { Person } from '../../facts/standard';
import { normalizeNoSpace } from '../../pdf/normalize';
import type { DocRow, DocumentLayout, Evidence } from '../../pdf/structure/document';

/** Text compared without spaces (a wrapped cell reads "巴特尔·额 尔敦"). */
export const squeezed = normalizeNoSpace;

/** The text identifying each item of a list value: a person's or unit's name, or the string. */
export function itemKeys(value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  return value
    .map((item) => {
      if (typeof item === 'string') return item;
      if (item && typeof item === 'object') return String((item as Person).name ?? '');
      return '';
    })
    .map((text) => squeezed(text))
    .filter((key) => key.length >= 2);
}

/** How far after the previous item's row the next one may stand. */
const ITEM_REACH = 60;

/** The row the evidence starts at: on its page, the first row holding its first line. */
function evidenceStart(doc: DocumentLayout, evidence: readonly Evidence[]): number {
  const first = evidence[0];
  if (!first) return -1;
  const line = squeezed(first.quote.split('\n')[0] ?? '').slice(0, 10);
  if (line.length < 2) return -1;
  return doc.rows.findIndex((r) => r.page === first.page && squeezed(r.text).includes(line));
}

/**
 * The row of each item, in the list's order, from where the evidence starts; items not found
 * (a name wrapped across rows) are left out. Empty when the evidence cannot be placed.
 */
export function itemRows(doc: DocumentLayout, value: unknown, evidence: readonly Evidence[]) {
  const start = evidenceStart(doc, evidence);
  if (start < 0) return [];
  const out: { key: string; row: DocRow }[] = [];
  let at = start;
  for (const key of itemKeys(value)) {
    // A long item may wrap: its opening words then stand on a row of their own, after the
    // previous item's (two items may open alike: 线上线下融合的…案例).
    const opening = key.slice(0, 12);
    for (let i = at; i < Math.min(doc.rows.length, at + ITEM_REACH); i++) {
      const row = doc.rows[i]!;
      const text = squeezed(row.text);
      if (text.includes(key) || (i > at && text.includes(opening))) {
        out.push({ key, row });
        at = i;
        break;
      }
    }
  }
  return out;
}
