/**
 * Where things are said: sentences of the flowing text, and sections under a heading or beside
 * a label cell ("预期成果", "（二）辅导员"). Headings carry their numbering, whose style gives the
 * level (第一部分 > 一、 > （一） > 1. > （1） > ①), so a section runs to the next heading of the
 * same or a higher level: "四、预期成果" is not ended by its own "1. 研究报告".
 */

import { labelSource } from '../hant';
import { outlineItem } from '../outline-numbers';
import type { DocRow, DocumentLayout } from './document';
import { cleanLabel } from './key-values';
import { isHeaderRow } from './tables';

export interface Span {
  start: number;
  end: number;
  text: string;
}

/** Sentences and clauses of the flow, split at 。！？；, line breaks and table cell borders. */
export function sentences(doc: DocumentLayout, from = 0, to = doc.flow.length): Span[] {
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

/** Numbering styles, outermost first, with their level. */
const NUMBERINGS: [string, RegExp, number][] = [
  ['part', /^第[一二三四五六七八九十\d]+[部分章节]+\s*/, 0],
  ['chinese', /^[一二三四五六七八九十]+\s*[、.．]\s*/, 1],
  ['parenChinese', /^[（(]\s*[一二三四五六七八九十]+\s*[）)]\s*/, 2],
  ['arabic', /^\d{1,2}\s*(?:[、．]|\.(?!\d))\s*/, 3],
  ['parenArabic', /^[（(]\s*\d{1,2}\s*[）)]\s*/, 4],
  // "1）", "2)": Word's and WPS's numbering format "1)" in place of "（1）", the same level.
  ['arabicParen', /^\d{1,2}[）)]\s*/, 4],
  ['circled', /^[①-⑳]\s*/, 5],
];

/**
 * A list item's number in lenticular or square brackets, which may name the item ("〔1〕",
 * "【2】", "【案例一】"), as forms filled in brackets number their lines. An item's numbering
 * only: a line in brackets that stands alone is a heading's title ("【预期成果】").
 */
export const BRACKET_NUMBER =
  /[【〔［[]\s*\p{Script=Han}{0,4}?\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*[】〕］\]]/u;

/** Numbering styles of list items: the headings' and, innermost, the bracketed number. */
const ITEM_NUMBERINGS: [string, RegExp, number][] = [
  ...NUMBERINGS,
  ['bracket', new RegExp(`^${BRACKET_NUMBER.source}\\s*`, 'u'), 6],
];

export interface Heading {
  /** 0 for 第…部分, 1 for 一、, 2 for （一）, 3 for 1., 4 for （1） or 1）, 5 for ①; 6 unnumbered. */
  level: number;
  style: string;
  /** The heading's words without the numbering. */
  title: string;
}

/**
 * The numbering of a line of text, if it starts with one; `items` also reads a list item's
 * bracketed number ("〔1〕甲校") and an outline's number ("3.1.2 甲校"), which never number a
 * heading here.
 */
export function numbering(
  text: string,
  items = false,
): { level: number; style: string; rest: string } | null {
  const t = text.trim();
  // "3.1.2 甲校": an outline's item, its style naming the parent (3.1.n) so two lists differ.
  const outline = items ? outlineItem(t) : null;
  if (outline) return { level: outline.level, style: outline.style, rest: outline.rest };
  for (const [style, re, level] of items ? ITEM_NUMBERINGS : NUMBERINGS) {
    const m = re.exec(t);
    if (m) return { level, style, rest: t.slice(m[0].length) };
  }
  return null;
}

function bodySize(doc: DocumentLayout): number {
  const cached = bodySizes.get(doc);
  if (cached !== undefined) return cached;
  const sizes = doc.rows.filter((r) => r.table < 0 && r.size > 0).map((r) => r.size);
  sizes.sort((a, b) => a - b);
  const size = sizes.length ? sizes[Math.floor(sizes.length / 2)]! : 0;
  bodySizes.set(doc, size);
  return size;
}
const bodySizes = new WeakMap<DocumentLayout, number>();

/** A free line that opens a section: numbered, or set larger than the body text. */
export function headingOf(row: DocRow, doc: DocumentLayout): Heading | null {
  if (row.cells.length !== 1) return null;
  const text = row.text.trim();
  // A section bar across a ruled table ("四、拟取得成果" in a row of one cell): a numbered
  // heading of the chapter kind (一、), not any one-cell row.
  if (row.table >= 0) {
    const n = numbering(text);
    if (!n || n.style !== numbering('一、x')?.style || n.rest.length > 20) return null;
    if (/[。；;，,:：]/.test(n.rest)) return null;
    return { level: n.level, style: n.style, title: n.rest };
  }
  if (text.length > 40 || /[。；;]$/.test(text)) return null;
  const n = numbering(text);
  if (n) {
    // A numbered sentence of a list is not a heading: headings are short and end no sentence.
    if (n.rest.length > 30 || /[，,]/.test(n.rest)) return null;
    return { level: n.level, style: n.style, title: n.rest };
  }
  // "【预期成果】": a title set off by brackets on a line of its own.
  if (bracketless(text) !== text) return { level: 6, style: 'bracket', title: bracketless(text) };
  const body = bodySize(doc);
  if (body > 0 && row.size >= body * 1.12) return { level: 6, style: 'large', title: text };
  return null;
}

/**
 * A line without the bullet a slide or a list sets before it ("● 预期成果", "◆ 建设目标"). Box
 * marks (■ □ ☑) are not bullets: they tick options.
 */
export function withoutBullet(text: string): string {
  return text.replace(/^\s*[●•◆◇▪▸►▶❖➢➤✦○◎▍▌▎▐█]\s*/u, '');
}

/** A heading set in lenticular or square brackets ("【预期成果】", "［成员单位］") without them. */
export function bracketless(title: string): string {
  const m = /^[【［[〔〖]([^【】［］[\]〔〕〖〗]{1,30})[】］\]〕〗]$/.exec(title);
  return m ? m[1]! : title;
}

/** Words → a pattern matching any of them, spaces allowed between characters. */
export function wordsPattern(words: readonly string[]): RegExp {
  // Spaced out ("项 目 名 称") or in traditional characters (項目名稱), the same words.
  const spaced = (w: string) => labelSource(w, '\\s*');
  return new RegExp(words.map(spaced).join('|'));
}

/**
 * The flow range of the section whose heading or label matches `heading`: the text after a
 * heading line up to the next heading of its level or higher, or the cells beside a label cell.
 * Undefined when absent. `from` skips sections before a flow offset.
 */
export function findSection(doc: DocumentLayout, heading: RegExp, from = 0): Span | undefined {
  for (const row of doc.rows) {
    if (row.flowEnd <= from) continue;
    const first = row.cells[0];
    if (!first) continue;
    // A row of column labels (成果名称 | 成果形式 | 数量) heads a table: no section's label.
    if (isHeaderRow(row)) continue;
    const label = cleanLabel(first.text);
    // A label cell of a form table: the section is what stands beside it.
    if (row.table >= 0 && heading.test(label) && label.length <= 30 && row.cells.length > 1) {
      const start = row.cells[1]!.flow;
      return { start, end: row.flowEnd, text: doc.flow.slice(start, row.flowEnd) };
    }
    // In a table only a section bar opens a section.
    if (row.table >= 0 && !headingOf(row, doc)) continue;
    // "标题：text" (an instruction in brackets may stand before the colon).
    const lead = new RegExp(
      `^[^：:]{0,12}?(?:${heading.source})(?:[（(][^（）()]{0,20}[）)])?[^：:]{0,8}[:：]`,
    ).test(row.text);
    const own = headingOf(row, doc);
    // A heading names its section first ("四、预期成果", "预期成果（可多选）"); a short line
    // that mentions the words mid-sentence ("…和成果提炼。") or a wrapped line's end is not one.
    // Before a heading set larger than the text, a box and a space are its bullet ("■ 预期成果").
    const text = own?.style === 'large' ? row.text.replace(/^\s*[■□◆◇]\s+/u, '') : row.text;
    const title = bracketless(cleanLabel(withoutBullet(numbering(text)?.rest ?? text)));
    const opens =
      new RegExp(`^(?:${heading.source})`).test(title) &&
      (own !== null || title.length <= 16) &&
      (row.flowStart === 0 || doc.flow[row.flowStart - 1] === '\n');
    if (!lead && !opens) continue;
    const level = own?.level ?? 6;
    // A heading line (possibly "标题：text on the same line").
    const colon = row.text.search(/[:：]/);
    let start = colon >= 0 && colon < row.text.length - 1 ? row.flowStart + colon + 1 : row.flowEnd;
    let end = doc.flow.length;
    let count = 0;
    for (const next of doc.rows.slice(row.index + 1)) {
      const h = headingOf(next, doc);
      // Under an unnumbered heading, numbered items (1. ① …) belong to it; the next
      // unnumbered heading or a chapter or section number (一、（一）) ends it.
      const ends = h && (level === 6 ? h.level === 6 || h.level <= 2 : h.level <= level);
      if (ends || ++count > 60) {
        end = next.flowStart;
        break;
      }
    }
    if (start > end) start = end;
    return { start, end, text: doc.flow.slice(start, end) };
  }
  return undefined;
}

/** Every section opened by a heading matching `heading`, in document order. */
export function findSections(doc: DocumentLayout, heading: RegExp): Span[] {
  const out: Span[] = [];
  let from = 0;
  for (;;) {
    const s = findSection(doc, heading, from);
    if (!s) return out;
    out.push(s);
    from = doc.rowAt(s.start)!.flowEnd + 1;
  }
}

/** The heading rows above a row (nearest first), within `within` rows. */
export function headingsAbove(doc: DocumentLayout, row: DocRow, within = 4): Heading[] {
  const out: Heading[] = [];
  for (let i = row.index - 1; i >= Math.max(0, row.index - within); i--) {
    const h = headingOf(doc.rows[i]!, doc);
    if (h) out.push(h);
  }
  return out;
}
