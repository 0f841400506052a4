/**
 * A numbered list goes on where the list stops: the item rows are numbered ("（一）戴军…",
 * "【案例一】…", a 序号 cell "2"), and the next numbered row after the last item carries the
 * next number in the same style, or the row before the first item the number before it, or
 * the items' numbers skip one; or the items are bulleted ("▶ 甲案例") and the next marked line
 * has the same bullet. Then the reader left items out (a layout it misread, a name it did not
 * take for one), whatever the layout: the list is doubted. A neighbour that names another
 * list's role (a shared 序号 running on from 核心成员 to 顾问) or holds the value the list
 * declares it leaves out (the lead unit) is not one of its items. Lists of options are read
 * from marks and not judged here.
 */

import type { DocRow, DocumentLayout } from '../../pdf/structure/document';
import { numbering } from '../../pdf/structure/sections';
import type { FactDef } from '../../rubric';
import { LIST_TYPES } from '../../rubric/schema/facts';
import { circledNumber, parseNumber } from '../numerals';
import type { CertaintyCheck, CheckContext } from '.';
import { itemRows, squeezed } from './list-rows';

/** The list types (names, units, people), as the rubric's schema declares them. */
export const LIST_TYPE_SET = new Set<string>(LIST_TYPES);

export const BULLET = /^[▶►•·●◆◇▪▸❖➢➤✦]/u;

/** How many rows beyond the list to look for the next numbered one. */
const LOOK = 8;

interface Mark {
  style: string;
  n: number;
}

/** The number a numbering prefix carries ("（三）" → 3, "【案例二】" → 2, "⑤" → 5). */
function numberIn(prefix: string): number | undefined {
  const circled = /[①-⑳]/.exec(prefix);
  if (circled) return circledNumber(circled[0]);
  // An outline's item ("3.1.2") is numbered by its last part.
  const digits = /\d{1,3}(?=\D*$)/.exec(prefix);
  if (digits) return Number(digits[0]);
  const han = /[一二三四五六七八九十]{1,3}/.exec(prefix);
  return han ? parseNumber(han[0]) : undefined;
}

/**
 * The row's text from where its numbering stands: the whole row, or — when a label cell opens
 * the row and the first item is written beside it ("已形成的典型案例 | 1. 甲案例") — the cells
 * after that label.
 */
function numberedText(row: DocRow): string {
  const text = row.text.trim();
  if (row.cells.length < 2 || numbering(text, true)) return text;
  const rest = row.cells
    .slice(1)
    .map((c) => c.text)
    .join(' ')
    .trim();
  return numbering(rest, true) ? rest : text;
}

/**
 * A row's item number: its text's numbering, or a 序号 cell opening a table row (second when a
 * label spanning the rows stands first: "参与单位 | 2 | 鞍山市文华中学").
 */
export function markOf(row: DocRow): Mark | undefined {
  if (row.cells.length >= 3) {
    const cell = row.cells.slice(0, 2).find((c) => /^\d{1,3}$/.test(c.text.trim()));
    if (cell) return { style: 'cell', n: Number(cell.text.trim()) };
  }
  const text = numberedText(row);
  // A bullet numbers nothing, yet a next line set with the same bullet is one more item.
  const bullet = BULLET.exec(text);
  if (bullet) return { style: `bullet${bullet[0]}`, n: Number.NaN };
  const m = numbering(text, true);
  if (!m) return undefined;
  const n = numberIn(text.slice(0, text.length - m.rest.length));
  return n === undefined ? undefined : { style: m.style, n };
}

/**
 * Whether a row is another fact's or already read: it names another list fact's label or keyword
 * (a role column's "顾问", "2. 顾问：张三"), or it holds the value the list declares
 * it leaves out (the lead unit, numbered first in the member table, is no member unit) or one of
 * this list's own items (a unit several members share).
 */
export function accountedFor(row: DocRow, def: FactDef, ctx: CheckContext, keys: string[]) {
  const labels: string[] = [];
  const values: string[] = [...keys];
  for (const other of ctx.defs) {
    if (other.id === def.id) continue;
    if (LIST_TYPE_SET.has(other.type)) {
      labels.push(...Object.values(other.label ?? {}), ...(other.hints?.keywords ?? []));
    }
  }
  const excluded = def.hints?.exclude ? ctx.found[def.hints.exclude]?.value : undefined;
  if (typeof excluded === 'string') values.push(excluded);
  const text = squeezed(row.text);
  return [...labels, ...values].some((w) => squeezed(w).length >= 2 && text.includes(squeezed(w)));
}

/**
 * Whether numbers read from cells count like a 序号 column: rising from item to item, by one at
 * least as often as not (an age or 教龄 column in second place rises by chance, rarely by ones).
 */
function countsLikeSerials(marks: Mark[]): boolean {
  let ones = 0;
  for (let i = 1; i < marks.length; i++) {
    const step = marks[i]!.n - marks[i - 1]!.n;
    if (step <= 0) return false;
    if (step === 1) ones++;
  }
  return ones * 2 >= marks.length - 1;
}

/**
 * The first numbered row from `from` stepping by `step`, within LOOK rows. From a bulleted row,
 * an unmarked line standing no further right than its bullet ends the list first: a heading or
 * a paragraph (a wrapped item's next line stands right of the bullet, under its words).
 */
export function nextMarked(doc: DocumentLayout, from: number, step: 1 | -1) {
  const start = doc.rows[from];
  const bulletX = start && BULLET.test(start.text.trim()) ? start.cells[0]?.rect[0] : undefined;
  for (let k = 1; k <= LOOK; k++) {
    const row = doc.rows[from + k * step];
    if (!row) return undefined;
    const mark = markOf(row);
    if (mark) return { row, mark };
    if (bulletX !== undefined && (row.cells[0]?.rect[0] ?? 0) <= bulletX + 1) return undefined;
  }
  return undefined;
}

export const listNumbering: CertaintyCheck = {
  name: 'list-numbering',
  check(_id, fact, def, ctx) {
    // A list of options is read from marks, not from rows that could go on.
    if (!LIST_TYPE_SET.has(def.type) || def.options?.length) return undefined;
    const placed = itemRows(ctx.doc, fact.value, fact.evidence);
    // Items sharing a row were read from a sentence: its number is a paragraph's, not theirs.
    if (new Set(placed.map((p) => p.row)).size < placed.length) return undefined;
    const all = placed
      .map(({ row }) => ({ row, mark: markOf(row) }))
      .filter((p): p is { row: DocRow; mark: Mark } => p.mark !== undefined);
    // A number cell is a 序号 only when the items' cells count; an age or a headcount does not.
    const cells = all.filter((p) => p.mark.style === 'cell').map((p) => p.mark);
    const marked = countsLikeSerials(cells) ? all : all.filter((p) => p.mark.style !== 'cell');
    if (marked.length === 0) return undefined;
    const keys = placed.map((p) => p.key);
    const another = (row: DocRow) => accountedFor(row, def, ctx, keys);
    for (let i = 1; i < marked.length; i++) {
      const [a, b] = [marked[i - 1]!.mark, marked[i]!.mark];
      if (a.style === b.style && b.n > a.n + 1) return 'listNumberSkipped';
    }
    const last = marked.at(-1)!;
    const after = nextMarked(ctx.doc, last.row.index, 1);
    const bullets = Number.isNaN(last.mark.n);
    const next = after && (bullets || after.mark.n === last.mark.n + 1);
    if (after && next && after.mark.style === last.mark.style) {
      if (!another(after.row)) return 'listNumberGoesOn';
    }
    const first = marked[0]!;
    if (first.mark.n > 1) {
      const before = nextMarked(ctx.doc, first.row.index, -1);
      if (before && before.mark.style === first.mark.style && before.mark.n === first.mark.n - 1) {
        if (!another(before.row)) return 'listNumberGoesOn';
      }
    }
    return undefined;
  },
};
