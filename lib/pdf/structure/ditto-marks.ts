/**
 * Ditto marks in tables: a cell written 同上 / 仝上 / 同前 / 〃 / " / ditto stands for the value
 * of the cell above it in the same column, 同左 for the cell on its left (a roster sorted by unit
 * writes each unit once; a role column writes the role once). Readers see the value repeated,
 * the evidence still quotes the mark as the file writes it (`DocCell.written`). A mark with
 * nothing to repeat (under the header, under an empty or a missing cell) keeps its text: a
 * certainty check (extract/certainty/ditto-as-value.ts) proposes such a value for checking.
 * A note under the table may name marks of its own ("注：表中“同前”表示与上一行相同").
 */
import type { DocCell, DocRow } from './document';

/** Marks that repeat the cell above, and those that repeat the cell on the left. */
const UP = new Set([
  '同上',
  '仝上',
  '同前',
  '同上行',
  '〃',
  '″',
  '"',
  '＂',
  '”',
  '“',
  'ditto',
  'do.',
]);
const LEFT = new Set(['同左', '同前列']);

/** A cell's text as a mark is compared: no white space, no brackets around it, lower case. */
function markOf(text: string): string {
  return text
    .replace(/\s+/g, '')
    .replace(/^[（(]([^（）()]{1,4})[）)]$/, '$1')
    .toLowerCase();
}

/** Is the text a ditto mark (one of the usual ones)? */
export function isDittoMark(text: string): boolean {
  const mark = markOf(text);
  return UP.has(mark) || LEFT.has(mark);
}

/**
 * Marks a note defines ("“同前”表示与上一行相同，“同左”表示与左侧单元格相同"): each quoted word
 * of at most four characters, by the direction the note gives it.
 */
const NOTE_MARK =
  /[“"「『]([^”"」』]{1,4})[”"」』]\s*(?:表示|指|即|意为)\s*(?:与|同)?\s*(上一?行|上方|上面|前一?行|左侧|左边|左方|左列|前一?列)/g;

function notedMarks(rows: DocRow[]): { up: Set<string>; left: Set<string> } {
  const up = new Set(UP);
  const left = new Set(LEFT);
  for (const row of rows) {
    if (row.table >= 0 || !/^\s*注/.test(row.text) || row.text.length > 400) continue;
    for (const m of row.text.matchAll(NOTE_MARK)) {
      const mark = markOf(m[1]!);
      if (/左|列/.test(m[2]!)) left.add(mark);
      else up.add(mark);
    }
  }
  return { up, left };
}

function overlap(a: DocCell, b: DocCell): number {
  return Math.min(a.rect[2], b.rect[2]) - Math.max(a.rect[0], b.rect[0]);
}

/** The cell of `row` standing over `cell` (the one overlapping it most, at least half its width). */
function cellOver(row: DocRow, cell: DocCell): DocCell | undefined {
  let best: DocCell | undefined;
  let most = 0;
  for (const c of row.cells) {
    const o = overlap(c, cell);
    const width = Math.min(c.rect[2] - c.rect[0], cell.rect[2] - cell.rect[0]);
    if (o > most && o >= 0.5 * width) [best, most] = [c, o];
  }
  return best;
}

/** A row of labels only (a header): short cells, no digits. Nothing under it repeats it. */
function labelRow(row: DocRow): boolean {
  const cells = row.cells.filter((c) => c.text.trim());
  return cells.length >= 2 && cells.every((c) => c.text.trim().length <= 10 && !/\d/.test(c.text));
}

/**
 * Resolve the ditto marks of the table rows in place, top to bottom (a mark under a mark repeats
 * what that one resolved to). Each row's text is rebuilt from its cells.
 */
export function resolveDittoMarks(rows: DocRow[]): void {
  const { up, left } = notedMarks(rows);
  /** The previous row of each table, and whether it was the table's first. */
  const previous = new Map<number, { row: DocRow; first: boolean }>();
  for (const row of rows) {
    if (row.table < 0) continue;
    const above = previous.get(row.table);
    previous.set(row.table, { row, first: above === undefined });
    let changed = false;
    for (const [i, cell] of row.cells.entries()) {
      const mark = markOf(cell.text);
      let source: DocCell | undefined;
      if (left.has(mark)) source = i > 0 ? row.cells[i - 1] : undefined;
      else if (up.has(mark) && above && !(above.first && labelRow(above.row))) {
        source = cellOver(above.row, cell);
      }
      const value = source?.text.trim();
      if (!source || !value || up.has(markOf(value)) || left.has(markOf(value))) continue;
      cell.written ??= cell.text;
      cell.text = value;
      changed = true;
    }
    if (changed) row.text = row.cells.map((c) => c.text).join('\t');
  }
}
