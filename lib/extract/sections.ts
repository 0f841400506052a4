/**
 * Where things are said: sentences of the flowing text, and sections under a heading or beside
 * a label cell ("预期成果", "主持人申报条件"). Facts such as the host's qualifications or the
 * promised number of typical cases must be read inside their section, not anywhere in the file:
 * "教研员" in the people table is not a qualification of the host.
 */
import type { DocRow, FactDocument } from './document';
import { cleanLabel } from './labels';

export interface Span {
  start: number;
  end: number;
  text: string;
}

/** Sentences and clauses of the flow, split at 。！？；, line breaks and table cell borders. */
export function sentences(doc: FactDocument, from = 0, to = doc.flow.length): Span[] {
  const out: Span[] = [];
  const re = /[^。！？；;!?\n\t]+[。！？；;!?]?/g;
  const slice = doc.flow.slice(from, to);
  for (const m of slice.matchAll(re)) {
    const text = m[0];
    if (text.trim() === '') continue;
    out.push({ start: from + m.index, end: from + m.index + text.length, text });
  }
  return out;
}

const NUMBERED_HEADING =
  /^(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[）)]|\d{1,2}[、．](?!\d)|\d{1,2}\.(?!\d)|第[一二三四五六七八九十\d]+[部分章节条])/;

function bodySize(doc: FactDocument): number {
  const sizes = doc.rows.filter((r) => r.table < 0 && r.size > 0).map((r) => r.size);
  if (sizes.length === 0) return 0;
  sizes.sort((a, b) => a - b);
  return sizes[Math.floor(sizes.length / 2)]!;
}

/** A free line that opens a section: numbered, or set larger than the body text. */
export function looksLikeHeading(row: DocRow, body: number): boolean {
  if (row.table >= 0 || row.cells.length !== 1) return false;
  const text = row.text.trim();
  if (text.length > 40 || /[。；;]$/.test(text)) return false;
  if (NUMBERED_HEADING.test(text)) return true;
  return body > 0 && row.size >= body * 1.12;
}

/**
 * The flow range of the section whose heading or label matches `heading`: the text after a
 * heading line up to the next heading, or the cells beside a label cell. Undefined when absent.
 */
export function findSection(doc: FactDocument, heading: RegExp): Span | undefined {
  const body = bodySize(doc);
  for (const row of doc.rows) {
    const first = row.cells[0];
    if (!first) continue;
    const label = cleanLabel(first.text);
    // A label cell of a form table: the section is what stands beside it.
    if (row.table >= 0 && heading.test(label) && label.length <= 30 && row.cells.length > 1) {
      const start = row.cells[1]!.flow;
      return { start, end: row.flowEnd, text: doc.flow.slice(start, row.flowEnd) };
    }
    if (row.table >= 0) continue;
    const lead = new RegExp(`^[^：:]{0,12}?(?:${heading.source})[^：:]{0,8}[:：]`).test(row.text);
    if (!lead && (row.text.length > 40 || !heading.test(row.text))) continue;
    // A heading line (possibly "标题：text on the same line").
    const colon = row.text.search(/[:：]/);
    let start = colon >= 0 && colon < row.text.length - 1 ? row.flowStart + colon + 1 : row.flowEnd;
    let end = doc.flow.length;
    let count = 0;
    for (const next of doc.rows.slice(row.index + 1)) {
      if (looksLikeHeading(next, body) || ++count > 40) {
        end = next.flowStart;
        break;
      }
    }
    if (start > end) start = end;
    return { start, end, text: doc.flow.slice(start, end) };
  }
  return undefined;
}
