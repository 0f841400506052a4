/**
 * Fields run together in a paragraph: a web page whose table rows the browser printed as running
 * text (an online system's print view, "* 已形成的典型案例：1.A<br>2.B * 建设期满拟形成成果：…
 * 推选单位：某局 报送日期：2023.10.31"). Each field's label starts after a gap the file leaves (a
 * space, a required-field asterisk) and ends in a colon; its value runs up to the next such
 * label. A line that reaches the right margin wraps into the next one, inside a label
 * ("年度资源开发" over "目标：200条") or between a label and its value ("…资源计划：" over "240条").
 *
 * The row readers (key-values.ts) see a label at a cell's start only: `runOnFields` gives the
 * fields they cannot see (a label mid-line, or a field across a line's wrap), and
 * `runOnFieldStart` where the next field starts, so that a list's last item ends there.
 */

import type { DocRow, DocumentLayout } from './document';
import { cleanLabel } from './key-values';

export interface RunOnField {
  /** The label, cleaned (cleanLabel). */
  label: string;
  /** The value as the normalised text has it, trimmed. */
  value: string;
  /** Flow offsets of the label's first character and of the value's end. */
  flow: [number, number];
}

interface Paragraph {
  /** The rows' normalised texts joined (a wrap is no character). */
  text: string;
  /** Flow offset of each character of `text`, and one past the end. */
  at: number[];
  /** Offsets in `text` after a gap the file leaves (a space). */
  gaps: Set<number>;
  /** Offsets in `text` where each row starts, in order. */
  rowStarts: number[];
}

/** Past this length a line is no form's line: not read for fields (hostile input). */
const MAX_LINE = 2000;
/** A label's length in characters, without its bracketed note. */
const MAX_LABEL = 18;

/**
 * A field's start at a gap: an optional required-field asterisk, a label of 2–18 characters with
 * no punctuation, tick or list number in it (an option "市级名师□" is no label), an optional note
 * in brackets, the colon.
 */
const FIELD = new RegExp(
  `^[*＊※]?\\s*([\\p{Script=Han}A-Za-z][^\\s\\d:：，,。；;、！？!?“”"'《》【】\\[\\]（）()①-⑳□■☑☒☐√✓✔○●◯◉*＊]{1,${MAX_LABEL - 1}})\\s*(?:[（(][^（）()\\n]{0,12}[）)])?\\s*[:：]`,
  'u',
);

const cache = new WeakMap<DocumentLayout, RunOnField[]>();
const startsCache = new WeakMap<DocumentLayout, number[]>();

/** Free lines of one cell: the lines a paragraph of run-on fields is made of. */
const free = (row: DocRow | undefined): row is DocRow =>
  row !== undefined && row.table < 0 && row.cells.length === 1;

/** Where a line's text leaves a gap: offsets in the row's text after a space the file has. */
function gapsOf(doc: DocumentLayout, row: DocRow): number[] {
  const text = row.text;
  const pieces = doc.spacedText(row.flowStart, row.flowEnd).split(' ');
  const out: number[] = [];
  let cursor = 0;
  for (const piece of pieces) {
    if (!piece) continue;
    const at = text.indexOf(piece, cursor);
    if (at < 0) return out;
    if (at > 0) out.push(at);
    cursor = at + piece.length;
  }
  return out;
}

/**
 * The right edge a full free line reaches on each page: the median right edge of the long free
 * lines when three or more are long, else the mirror of the left margin (forms' margins are
 * symmetric) — never the longest line of a page of short lines, which wraps into nothing.
 */
function margins(doc: DocumentLayout): Map<number, number> {
  const byPage = new Map<number, DocRow[]>();
  for (const row of doc.rows) {
    const rows = byPage.get(row.page);
    if (rows) rows.push(row);
    else byPage.set(row.page, [row]);
  }
  const out = new Map<number, number>();
  for (const [page, rows] of byPage) {
    const view = doc.page(page)?.view ?? [0, 0, 595, 842];
    let left = Infinity;
    for (const r of rows) left = Math.min(left, r.cells[0]?.rect[0] ?? Infinity);
    const mirror = view[2] - (Number.isFinite(left) ? left - view[0] : 0);
    const rights = rows
      .filter(free)
      .map((r) => r.cells[0]!.rect[2])
      .filter((r) => r - left >= 0.6 * (mirror - left))
      .sort((a, b) => a - b);
    out.set(page, rights.length >= 3 ? rights[Math.floor(rights.length / 2)]! : mirror);
  }
  return out;
}

/** Does `row` wrap into `next` (a line to the margin, the next at the paragraph's left, close)? */
function wraps(row: DocRow, next: DocRow, margin: number): boolean {
  const size = row.size || 10;
  const [a, b] = [row.cells[0]!.rect, next.cells[0]!.rect];
  return (
    next.page === row.page &&
    a[2] >= margin - 2.5 * size &&
    Math.abs(b[0] - a[0]) <= size &&
    row.top > next.top &&
    row.top - next.top <= 2 * size
  );
}

/** Colons a paragraph must hold to be read for fields run together. */
const MIN_COLONS = 2;

function paragraphs(doc: DocumentLayout): Paragraph[] {
  const edge = margins(doc);
  const groups: DocRow[][] = [];
  let last: DocRow | undefined;
  for (const row of doc.rows) {
    if (!free(row) || row.text.length > MAX_LINE) {
      last = undefined;
      continue;
    }
    const joins = last && last.index + 1 === row.index && wraps(last, row, edge.get(row.page)!);
    if (joins) groups.at(-1)!.push(row);
    else groups.push([row]);
    last = row;
  }
  const out: Paragraph[] = [];
  for (const rows of groups) {
    let colons = 0;
    for (const row of rows) colons += (row.text.match(/[:：]/g) ?? []).length;
    // Only a paragraph that may hold two fields is spaced out (spacedText walks the page).
    if (colons < MIN_COLONS) continue;
    const p: Paragraph = { text: '', at: [], gaps: new Set(), rowStarts: [] };
    for (const row of rows) {
      const base = p.text.length;
      p.rowStarts.push(base);
      for (const g of gapsOf(doc, row)) p.gaps.add(base + g);
      for (let i = 0; i < row.text.length; i++) p.at.push(row.flowStart + i);
      p.text += row.text;
      p.at[p.text.length] = row.flowEnd;
    }
    out.push(p);
  }
  return out;
}

interface FieldStart {
  /** Where the field begins (its asterisk, if any), its label, and the offset past its colon. */
  from: number;
  at: number;
  label: string;
  colonEnd: number;
}

/** The fields' starts in a paragraph: offsets of labels after a gap or an asterisk. */
function fieldStarts(p: Paragraph): FieldStart[] {
  const out: FieldStart[] = [];
  const candidates = new Set<number>([0, ...p.gaps]);
  for (let i = 0; i < p.text.length; i++) if (/[*＊※]/.test(p.text[i]!)) candidates.add(i);
  for (const at of [...candidates].sort((a, b) => a - b)) {
    if (out.length > 0 && at < out.at(-1)!.colonEnd) continue;
    const m = FIELD.exec(p.text.slice(at, at + MAX_LABEL + 20));
    if (!m) continue;
    const labelAt = at + m[0].indexOf(m[1]!);
    // A gap inside the label: the field starts at the later gap, if anywhere.
    let split = false;
    for (let k = labelAt + 1; k < labelAt + m[1]!.length; k++) if (p.gaps.has(k)) split = true;
    if (split) continue;
    const label = cleanLabel(m[1]!);
    if (label.length < 2) continue;
    out.push({ from: at, at: labelAt, label, colonEnd: at + m[0].length });
  }
  return out;
}

function build(doc: DocumentLayout): { fields: RunOnField[]; starts: number[] } {
  const fields: RunOnField[] = [];
  const starts: number[] = [];
  for (const p of paragraphs(doc)) {
    const found = fieldStarts(p);
    // One field alone on its line is the row readers': a paragraph of run-on fields holds two.
    if (found.length < 2) continue;
    const rowStart = new Set(p.rowStarts);
    let r = 0;
    for (const [k, f] of found.entries()) {
      const end = found[k + 1]?.from ?? p.text.length;
      const raw = p.text.slice(f.colonEnd, end);
      const value = raw.trim();
      if (!rowStart.has(f.from)) starts.push(p.at[f.from]!);
      // A label opening its line with its value after it on that line is the row readers'.
      while (r < p.rowStarts.length && p.rowStarts[r]! <= f.from) r++;
      const rowEnd = p.rowStarts[r] ?? p.text.length;
      if (rowStart.has(f.from) && f.colonEnd < rowEnd) continue;
      if (!value) continue;
      const valueEnd = f.colonEnd + raw.trimEnd().length;
      fields.push({ label: f.label, value, flow: [p.at[f.at]!, p.at[valueEnd]!] });
    }
  }
  return { fields, starts: starts.sort((a, b) => a - b) };
}

function ensure(doc: DocumentLayout): void {
  if (cache.has(doc)) return;
  const { fields, starts } = build(doc);
  cache.set(doc, fields);
  startsCache.set(doc, starts);
}

/** The fields of run-on paragraphs the row readers do not see, in document order. */
export function runOnFields(doc: DocumentLayout): RunOnField[] {
  ensure(doc);
  return cache.get(doc)!;
}

/**
 * The flow offset where a run-on field starts mid-line inside [from, to) — the end of the
 * value or list item before it — or undefined.
 */
export function runOnFieldStart(doc: DocumentLayout, from: number, to: number): number | undefined {
  ensure(doc);
  // Sorted starts, asked once per line and list item: found by halving, not by a scan.
  const starts = startsCache.get(doc)!;
  let lo = 0;
  let hi = starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (starts[mid]! <= from) lo = mid + 1;
    else hi = mid;
  }
  const s = starts[lo];
  return s !== undefined && s < to ? s : undefined;
}
