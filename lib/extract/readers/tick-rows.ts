/**
 * Free-text fields printed as rows of boxes (a category whose options the pack does not list):
 * which box is ticked, the row read over the lines, rows and cells it spans — wrapped onto the
 * next line, one option a line under the label, one a row of a ruled cell the label spans, the
 * marks in a column of their own, a label centred beside its grid.
 */
import { labelSource } from '../../pdf/hant';
import { isCheckedMark, MARK, yesNoAsBoxes } from '../../pdf/structure/checkboxes';
import type { DocCell, DocRow } from '../../pdf/structure/document';
import { ANSWER, type Found } from '../../pdf/structure/key-values';
import type { ReadContext } from './context';

/** A box or a bracketed mark ("☐", "【√】", "（）"), and whether it is ticked. */
const BOX = new RegExp(MARK.source, 'gu');

/** Bullets of a list whose lines each hold an option and its box ("‧甲( )", "• □ 乙"). */
const LIST_BULLET = /[‧·•◦▪・*-]/u;

/**
 * The text without the list bullet it opens or ends with, trimmed. Not one regular expression:
 * an unanchored `\s*[‧…]\s*$` retries every start in a run of spaces (quadratic: 100,000 spaces
 * took seconds).
 */
function withoutBullets(text: string): string {
  let t = text.trim();
  if (LIST_BULLET.test(t.charAt(0))) t = t.slice(1).trimStart();
  if (LIST_BULLET.test(t.charAt(t.length - 1))) t = t.slice(0, -1).trimEnd();
  return t;
}

/**
 * A free-text field printed as a row of boxes ("☑甲 ☐乙 ☐其他：____", "【】甲【√】乙"): the one
 * option ticked, its words after "其他：" (or in brackets after 其他) when that is the one.
 * Undefined when the value is no such row; null when it is one but not exactly one box is
 * ticked with words beside it (nothing sure to read).
 */
export function tickedText(written: string): string | null | undefined {
  // "智慧德育：是（√）否（ ）智慧体育：是（ ）否（√）": each option's yes/no pair is its box.
  const value = yesNoAsBoxes(written);
  const read = tickedAsMarked(value);
  if (typeof read !== 'string') return read;
  // The ticked option ran over its neighbours at 口s, each piece an option's words (智慧劳动教育
  // 口智慧美育 of …☐智慧劳动教育口智慧美育√…): those 口 are empty boxes — typed for □ in a Word
  // form, or a box a scan's reading took for the character. A name holding 口 (营口市, 河口镇)
  // leaves a piece of one character and is read as written.
  const pieces = read.split(KOU_BEFORE_HAN).filter((p) => p.trim() !== '');
  if (pieces.length < 2 || pieces.some((p) => Array.from(p.trim()).length < 2)) return read;
  // Read again with them as boxes, which may also turn the side the marks stand on (a row that
  // opens with 口 has its marks before the options).
  return tickedAsMarked(value.replaceAll(KOU_BEFORE_HAN, '☐'));
}

/** 口 before a Han character (split ignores the `g` flag; replaceAll needs it). */
const KOU_BEFORE_HAN = /口(?=\p{Script=Han})/gu;

/** tickedText with the marks as written. */
function tickedAsMarked(value: string): string | null | undefined {
  const marks = [...value.matchAll(BOX)];
  if (marks.length < 2) return undefined;
  const t = value.trim();
  // The marks stand before their options when the row starts with one (after a list's bullet,
  // "‧ √ 甲"), else after them.
  const before = withoutBullets(value.slice(0, marks[0]!.index)) === '';
  const parts = t.split(BOX);
  const options = before ? parts.slice(1) : parts.slice(0, -1);
  const ticked = marks
    .map((m, i) => ({ checked: isCheckedMark(m[0]), text: options[i] ?? '' }))
    .filter((o) => o.checked);
  if (ticked.length !== 1) return null;
  const words = withoutBullets(ticked[0]!.text)
    .replace(/[_＿\s]+/g, ' ')
    .trim();
  // "其他：智慧课堂" or "其他（智慧课堂）": the words written in for the other option.
  const other = /^其他\s*(?:[:：]\s*(.*)|[（(]\s*([^（）()]*?)\s*[）)])$/.exec(words);
  const out = (other ? (other[1] ?? other[2]!) : words).trim();
  // A bracket left open ("其他（智慧课堂）（" before a "√" whose bracket wrapped away): the
  // marks were not read as written.
  const opened = (out.match(/[（(]/g) ?? []).length !== (out.match(/[）)]/g) ?? []).length;
  return out === '' || opened ? null : out;
}

/** Boxes in a text ("☐", "( )", "[x]"…). */
const boxCount = (text: string) => (text.match(BOX) ?? []).length;
const hasBox = (text: string) => boxCount(text) > 0;

/**
 * A row of options after a label that wraps onto the next lines ("类别：【】甲【】乙【】丙" over
 * "【√】丁【】戊"), options set one per line under the label ("申报类别" over "‧甲( )",
 * "‧乙(√)", a bulleted list), or one per row of a ruled cell the label spans (the label beside
 * the middle one): the whole row, for the ticked one may stand on another line.
 */
export function withOptionLines(ctx: ReadContext, found: Found): Found {
  const cell = found.kind === 'inline' ? found.cells?.[0] : found.cells?.[1];
  const row = cell && ctx.doc.rowAt(cell.flow);
  if (!cell || !row) return found;
  // Inline, a row of two boxes or more; beside or under the label, one option a line is enough.
  if (found.kind === 'beside') {
    // Free text beside its label: the row of options wraps onto lines under the value.
    if (row.table >= 0 || boxCount(found.value) < 2) return optionRows(ctx, found, row, cell);
    return optionLinesAfter(ctx, found, row, cell.rect[0] - (row.size || 10));
  }
  const least = found.kind === 'inline' ? 2 : found.kind === 'below' ? 1 : Infinity;
  return boxCount(found.value) >= least ? optionLinesAfter(ctx, found, row) : found;
}

/** The free lines after `row` that go on with its options. */
function optionLinesAfter(ctx: ReadContext, found: Found, row: DocRow, left = -Infinity): Found {
  let value = found.value;
  const cells: DocCell[] = [];
  for (const next of ctx.doc.rows.slice(row.index + 1)) {
    // The first line may open with an answer's lead-in ("填答：□甲 √乙" under its question).
    const text = next.text.trim().replace(cells.length === 0 && !value ? ANSWER : '', '');
    if (next.table >= 0 || next.page !== row.page || next.cells.length !== 1) break;
    // Beside a label, the value's lines stand under the value, not under the label.
    if (next.cells[0]!.rect[0] < left) break;
    // A line with boxes goes on with the row; so does the rest of an option's bracket wrapped
    // onto the next line ("…【√】其他（" over "智慧课堂）"), the words written in for 其他.
    const open = (value.match(/[（(]/g) ?? []).length > (value.match(/[）)]/g) ?? []).length;
    const closes = open && /^[^（()）:：]{1,20}[）)]/.test(text);
    // "…[x]其他" over "（智慧科普）": the words written in for 其他, in brackets on a line of their own.
    const writeIn = /其他\s*$/.test(value) && /^[（(][^（）()]{1,20}[）)]$/.test(text);
    // A colon starts the next field, except the write-in of 其他 ("☑其他：____").
    const label = /[:：]/.test(text.replace(/其他\s*[:：]/g, ''));
    if (!closes && !writeIn && (label || !hasBox(text))) break;
    value += text;
    cells.push(next.cells[0]!);
  }
  if (cells.length === 0) return found;
  const last = cells.at(-1)!;
  return {
    ...found,
    value,
    cells: [...(found.cells ?? []), ...cells],
    flow: found.flow && [found.flow[0], last.flow + last.text.length],
  };
}

/**
 * A value in a ruled table that is one option of a grid: the cells after it holding boxes
 * ("智慧德育 | □", marks in a column of their own), and the rows above and below with nothing
 * in the label's column and a box (the options one per row, beside a label that spans them).
 */
function optionRows(ctx: ReadContext, found: Found, row: DocRow, cell: DocCell): Found {
  if (row.table < 0) return found;
  const size = row.size || 10;
  const at = row.cells.indexOf(cell);
  const after = row.cells.slice(at + 1);
  // Cells after a value without a box hold its mark alone ("智慧德育 | □"); else they are
  // another field's ("是否同意：☑是 ☐否").
  const markOnly = (c: DocCell) => hasBox(c.text) && c.text.replace(BOX, '').trim() === '';
  if (!after.every(hasBox(found.value) ? (c) => hasBox(c.text) : markOnly)) return found;
  // Rows above and below join a grid the value's own row shows: a box by it or in its cells.
  if (!hasBox(found.value) && after.length === 0) return found;
  const right = (r: DocRow) => r.cells.every((c) => c.rect[0] >= cell.rect[0] - size);
  const goesOn = (r: DocRow | undefined): r is DocRow =>
    r !== undefined && r.table === row.table && right(r) && hasBox(r.text);
  const above: DocRow[] = [];
  const below: DocRow[] = [];
  for (let i = row.index - 1; goesOn(ctx.doc.rows[i]); i--) above.unshift(ctx.doc.rows[i]!);
  for (let i = row.index + 1; goesOn(ctx.doc.rows[i]); i++) below.push(ctx.doc.rows[i]!);
  const own = [cell, ...after];
  const cells = [...above.flatMap((r) => r.cells), ...own, ...below.flatMap((r) => r.cells)];
  if (cells.length === 1 || !hasBox(cells.map((c) => c.text).join(''))) return found;
  return {
    ...found,
    value: cells.map((c) => c.text.trim()).join(' '),
    cells: [...(found.cells ?? []).slice(0, 1), ...cells],
    flow: undefined,
  };
}

/**
 * A label alone on its line set beside the middle of its grid (a web form's radio buttons in
 * lines above and below "*类别"): the lines just above that start right of the label and hold
 * boxes open the grid.
 */
function withLinesAbove(ctx: ReadContext, found: Found, row: DocRow, label: DocCell): Found {
  const above: DocCell[] = [];
  for (let i = row.index - 1; i >= Math.max(0, row.index - 2); i--) {
    const r = ctx.doc.rows[i]!;
    const only = r.cells[0]!;
    const aField = /[:：]/.test(r.text.replace(/其他\s*[:：]/g, ''));
    if (r.page !== row.page || r.table >= 0 || r.cells.length !== 1 || aField) break;
    if (!hasBox(r.text) || only.rect[0] < label.rect[2] - 2) break;
    above.unshift(only);
  }
  if (above.length === 0) return found;
  return {
    ...found,
    value: above.map((c) => c.text.trim()).join(''),
    cells: [...above, ...(found.cells ?? [])],
    flow: undefined,
  };
}

/**
 * The first line opening with one of `labels` (asked as a numbered question or not, a required
 * mark before it, an instruction in brackets after it), then a box or (with its colon or not) the
 * line's end, the boxes on the lines below: the row of boxes and the option ticked in it.
 */
export function findTickRow(
  ctx: ReadContext,
  labels: string[],
): { found: Found; ticked: string } | undefined {
  const opens = new RegExp(
    `^\\s*[*＊]?\\s*(?:(?:问题?|[Qq])\\s*\\d{1,2}\\s*[:：.．、]?\\s*)?(?:${labels.map((l) => labelSource(l, '\\s*')).join('|')})\\s*(?:[（(][^（）()]{0,24}[）)])?\\s*(?:(?=${MARK.source})|[:：]?\\s*$)`,
    'u',
  );
  for (const row of ctx.doc.rows) {
    const cell = row.cells[0];
    const m = cell && row.cells.length === 1 && opens.exec(cell.text);
    if (!cell || !m) continue;
    const found: Found = {
      value: cell.text.slice(m[0].length),
      cells: [cell],
      flow: [cell.flow, cell.flow + cell.text.length],
      kind: 'inline',
    };
    const stated = found.value
      ? withOptionLines(ctx, found)
      : optionLinesAfter(ctx, withLinesAbove(ctx, found, row, cell), row);
    const ticked = tickedText(stated.value);
    if (ticked) return { found: stated, ticked };
  }
  return undefined;
}
