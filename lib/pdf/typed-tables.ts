/**
 * Tables typed as text: a submission written as plain text (a .txt printed from an editor, an
 * email body, a LaTeX `Verbatim` block, a Markdown file) draws its tables with characters instead
 * of lines — ASCII boxes (`+------+----+`, `|`, `====` under the header), Unicode box drawing
 * (`┌──┬──┐ │ ├──┼──┤`), Markdown pipes (`| a | b |` over `|---|---|`) — or sets its columns
 * with spaces under a dashed rule. Such a page has no drawn borders at all, and its rows run
 * together as free text with the bars inside the values ("│弘晓婉│铁岭市银州区红旗小学│").
 *
 * Here those characters become what they stand for: a line of rule characters becomes a
 * horizontal ruling (its text removed), and each bar of a table row becomes a vertical ruling
 * as tall as its row, the text between two bars a run of its own. The ruled-table layout
 * (layout.ts) then reads the rows and cells as it reads a drawn grid.
 *
 * A row's cells are what stands between its own bars: a tool that pads cells by counting
 * characters (Python's ljust, printf) gives an ideograph one column where it takes two, so the
 * bars of one column wander from row to row. The rows of one table then share walls, each
 * piece moved into its cell (alignTable). A cell wrapped onto the next line stays in its row
 * (wrappedLines). A rule is a border only next to a table read here; any other stays text.
 *
 * Positions inside a run are estimates: a run's width is shared among its characters, an
 * ideograph (full width) counting twice a Latin letter — exact for a monospace CJK font, close
 * for the others. The text of each piece is exact.
 */
import type { LayoutItem } from './layout';
import type { Ruling } from './rulings';
import { spacedRows } from './typed-columns';
import {
  type Glyph,
  glyphsOf,
  MAX_BARS_PER_LINE,
  MAX_ROW_CHARS,
  type TypedRow,
} from './typed-glyphs';

/** Vertical bars that separate the cells of a typed table row. */
const BARS = new Set(['|', '｜', '￨', '│', '┃', '║', '¦']);
/** Characters that draw a horizontal border: strokes, and junctions where a column meets it. */
const STROKES = new Set(['-', '‐', '‑', '‒', '–', '—', '―', '─', '━', '═', '=', '＝', '－']);
const JUNCTIONS = /^[+＋┼┬┴├┤┌┐└┘╋╪╫╬╞╡╤╧╥╨╔╗╚╝╠╣╦╩╒╓╕╖╘╙╛╜╟╢:]$/u;
/** A rule has at least this many strokes: "——" alone is a value meaning none. */
const MIN_STROKES = 6;
/** Typed rows and rules looked at on one page; past this the page keeps its text as it is. */
const MAX_TYPED_LINES = 2000;
/**
 * Walls of typed rows on one page; past this the page keeps its text as it is. Every text run
 * is looked up among the walls (layout.ts), so they must stay few: a form's page holds some
 * hundred cells, a hostile one 2000 rows of 48 bars.
 */
const MAX_TYPED_WALLS = 3000;
/** Lines further apart than this (in font sizes) are not rows of one table. */
const ROW_PITCH = 1.8;

/** Is the run a typed horizontal border ("+----+====+", "├──┼──┤", "|---|:--|", "--------")? */
export function isTypedRule(str: string): boolean {
  let strokes = 0;
  for (const ch of str) {
    if (STROKES.has(ch)) strokes++;
    else if (!(ch === ' ' || BARS.has(ch) || JUNCTIONS.test(ch))) return false;
  }
  return strokes >= MIN_STROKES;
}

/** The run cut at its bars: pieces of text (blank ones dropped, spaces trimmed) and bars' x. */
function cutAtBars(item: LayoutItem, row: TypedRow): void {
  let piece: Glyph[] = [];
  const flush = () => {
    let [a, b] = [0, piece.length];
    while (a < b && piece[a]!.ch.trim() === '') a++;
    while (b > a && piece[b - 1]!.ch.trim() === '') b--;
    if (b > a) {
      const str = piece
        .slice(a, b)
        .map((g) => g.ch)
        .join('');
      const rect: LayoutItem['rect'] = [piece[a]!.x0, item.rect[1], piece[b - 1]!.x1, item.rect[3]];
      row.pieces.push({ item: { ...item, str, rect }, cell: row.bars.length });
    }
    piece = [];
  };
  for (const g of glyphsOf(item)) {
    if (BARS.has(g.ch)) {
      flush();
      row.bars.push((g.x0 + g.x1) / 2);
    } else piece.push(g);
  }
  flush();
}

/**
 * A line of runs that is a typed table row: at least two bars, one of them opening or closing
 * the line ("│ 1 │ 西丰县… │", "| a | b |"), so that a bar inside prose ("A|B 测试") is text.
 * A row whose outer bars are left out ("| a | b" or "a | b |") is closed at its text's ends.
 */
function typedRow(line: LayoutItem[]): TypedRow | null {
  let length = 0;
  for (const item of line) length += item.str.length;
  if (length > MAX_ROW_CHARS) return null;
  let count = 0;
  for (const item of line) for (const ch of item.str) if (BARS.has(ch)) count++;
  if (count < 2 || count > MAX_BARS_PER_LINE) return null;
  const first = line[0]!.str.trimStart()[0];
  const last = line.at(-1)!.str.trimEnd().at(-1);
  const opens = !!first && BARS.has(first);
  const closes = !!last && BARS.has(last);
  if (!opens && !closes) return null;
  const row: TypedRow = { baseline: line[0]!.baseline, size: line[0]!.size, bars: [], pieces: [] };
  const pad = 0.25 * row.size;
  if (!opens) row.bars.push(line[0]!.rect[0] - pad);
  for (const item of line) cutAtBars(item, row);
  if (!closes) row.bars.push(line.at(-1)!.rect[2] + pad);
  return row;
}

/**
 * Rows of one typed table (next to each other, as many bars each) share their walls: the left
 * one at the leftmost place a row has it, each other at the rightmost, so that walls keep their
 * order. A piece of a row whose bars drifted (padding counted in characters) is moved into its
 * cell, its width kept where the cell allows: its text is exact, its box an estimate anyway.
 */
function alignTable(rows: TypedRow[]): void {
  const walls = [...rows[0]!.bars];
  for (const row of rows) {
    row.bars.forEach((x, k) => {
      walls[k] = k === 0 ? Math.min(walls[k]!, x) : Math.max(walls[k]!, x);
    });
  }
  for (const row of rows) {
    for (const p of row.pieces) {
      const [left, right] = [walls[p.cell - 1], walls[p.cell]];
      if (left === undefined || right === undefined) continue;
      const margin = Math.min(0.25 * row.size, (right - left) / 4);
      const [lo, hi] = [left + margin, right - margin];
      let [x0, x1] = [p.item.rect[0], p.item.rect[2]];
      if (x1 - x0 > hi - lo) [x0, x1] = [lo, hi];
      else if (x0 < lo) [x0, x1] = [lo, lo + (x1 - x0)];
      else if (x1 > hi) [x0, x1] = [hi - (x1 - x0), hi];
      p.item = { ...p.item, rect: [x0, p.item.rect[1], x1, p.item.rect[3]] };
    }
    row.bars = walls;
  }
}

/** Runs on one baseline (within 40% of the size), top to bottom, each line left to right. */
function linesOf(items: LayoutItem[]): LayoutItem[][] {
  const sorted = [...items].sort((a, b) => b.baseline - a.baseline || a.rect[0] - b.rect[0]);
  const lines: LayoutItem[][] = [];
  for (const item of sorted) {
    const line = lines.at(-1);
    const ref = line?.[0];
    if (ref && Math.abs(ref.baseline - item.baseline) <= 0.4 * Math.min(ref.size, item.size))
      line!.push(item);
    else lines.push([item]);
  }
  for (const line of lines) line.sort((a, b) => a.rect[0] - b.rect[0]);
  return lines;
}

/**
 * The page's runs with typed tables turned into rulings: rule lines taken out of the text and
 * given as horizontal rulings, table rows cut at their bars, each bar a vertical ruling and each
 * row closed above and below (halfway to the next row, or at the rule that stands there).
 * A page without typed tables comes back as it was.
 */
export function typedTables(items: LayoutItem[]): { items: LayoutItem[]; rulings: Ruling[] } {
  const horizontal = items.filter((i) => !i.vertical);
  const hasRule = horizontal.some((i) => isTypedRule(i.str));
  const hasBar = horizontal.some((i) => {
    for (const ch of i.str) if (BARS.has(ch)) return true;
    return false;
  });
  if (!hasRule && !hasBar) return { items, rulings: [] };
  const lines = linesOf(horizontal);
  if (lines.length > 4 * MAX_TYPED_LINES) return { items, rulings: [] };
  // A rule stands alone on its line: dashes beside a label ("电话：————") fill a blank.
  const rules: LayoutItem[] = [];
  // Pushed one by one, checked as they come: a hostile line of 300,000 dashes spread into one
  // call overflows the stack.
  for (const line of lines) {
    if (!line.every((i) => isTypedRule(i.str))) continue;
    for (const i of line) rules.push(i);
    if (rules.length > MAX_TYPED_LINES) return { items, rulings: [] };
  }

  const ruleSet = new Set(rules);
  const rulings: Ruling[] = [];

  const rows: { row: TypedRow; line: LayoutItem[] }[] = [];
  const taken = new Set<LayoutItem[]>();
  if (hasBar) {
    for (const line of lines) {
      if (ruleSet.has(line[0]!)) continue;
      const row = typedRow(line);
      if (row) {
        rows.push({ row, line });
        taken.add(line);
      }
      if (rows.length > MAX_TYPED_LINES) return { items, rulings: [] };
    }
  }
  // Columns set with spaces under a typed rule (typed-columns.ts).
  if (rules.length > 0) {
    rows.push(...spacedRows(lines, (l) => ruleSet.has(l[0]!), taken));
    if (rows.length > MAX_TYPED_LINES) return { items, rulings: [] };
    rows.sort((a, b) => b.row.baseline - a.row.baseline);
  }
  let walls = 0;
  for (const { row } of rows) walls += row.bars.length;
  if (walls > MAX_TYPED_WALLS) return { items, rulings: [] };
  // Only the rules of a table read here are borders; any other stays text, as free-text.ts
  // reads it (a dashed line under a header whose rows wrap, a title's underline).
  const used = rules.filter((r) => nearRow(rows, r.baseline, ROW_PITCH * r.size));
  const usedSet = new Set(used);
  // A rule's stroke stands at mid height of its characters.
  const ruleY = (r: LayoutItem) => r.baseline + 0.3 * r.size;
  for (const r of used) {
    rulings.push({ horizontal: true, at: ruleY(r), from: r.rect[0], to: r.rect[2] });
  }
  // Rules bottom up, to find the one right above or below a row by binary search.
  const ruleYs = used.map(ruleY).sort((a, b) => a - b);
  const ruleWithin = (from: number, to: number): number | undefined => {
    let [lo, hi] = [0, ruleYs.length];
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (ruleYs[mid]! < from) lo = mid + 1;
      else hi = mid;
    }
    return lo < ruleYs.length && ruleYs[lo]! <= to ? ruleYs[lo] : undefined;
  };

  // Tables: runs of rows with as many bars each, no more than a ruled line apart.
  const tables: TypedRow[][] = [];
  const tableOf: number[] = [];
  rows.forEach(({ row }, k) => {
    const prev = rows[k - 1]?.row;
    const near = prev && prev.baseline - row.baseline <= 3 * row.size;
    if (prev && near && prev.bars.length === row.bars.length) tables.at(-1)!.push(row);
    else tables.push([row]);
    tableOf.push(tables.length - 1);
  });
  for (const t of tables) alignTable(t);
  const ruledAbove = rows.map(
    ({ row }, k) =>
      k > 0 && ruleWithin(row.baseline + 0.5 * row.size, rows[k - 1]!.row.baseline) !== undefined,
  );
  const continues = wrappedLines(
    rows.map((r) => r.row),
    tableOf,
    ruledAbove,
  );

  const cut = new Set<LayoutItem>();
  const pieces: LayoutItem[] = [];
  rows.forEach(({ row, line }, k) => {
    const { baseline, size } = row;
    const [top, bottom] = [baseline + 0.8 * size, baseline - 0.2 * size];
    const above = rows[k - 1]?.row;
    const below = rows[k + 1]?.row;
    const pitch = ROW_PITCH * size;
    // Close to the next row: halfway. Else at a rule a line away, else just past the text.
    const upper =
      above && above.baseline - baseline <= pitch
        ? (top + above.baseline - 0.2 * above.size) / 2
        : (ruleWithin(top - 0.5 * size, baseline + pitch) ?? top + 0.15 * size);
    const lower =
      below && baseline - below.baseline <= pitch
        ? (bottom + below.baseline + 0.8 * below.size) / 2
        : (ruleWithinBelow(ruleYs, baseline - pitch, bottom + 0.5 * size) ?? bottom - 0.15 * size);
    const left = row.bars[0]!;
    const right = row.bars.at(-1)!;
    for (const x of row.bars) rulings.push({ horizontal: false, at: x, from: lower, to: upper });
    // A wrapped cell's next line is the same row: no border between them.
    if (!continues[k]) rulings.push({ horizontal: true, at: upper, from: left, to: right });
    if (!continues[k + 1]) rulings.push({ horizontal: true, at: lower, from: left, to: right });
    for (const item of line) cut.add(item);
    for (const p of row.pieces) pieces.push(p.item);
  });

  const out: LayoutItem[] = [];
  for (const item of items) if (!usedSet.has(item) && !cut.has(item)) out.push(item);
  out.push(...pieces);
  return { items: out, rulings };
}

/**
 * Which typed lines go on with the row above: a cell too long for its column wraps onto the
 * next line, the other cells of that line left blank ("|      | 红小学   |        |"). A table
 * that rules off its rows (pandoc's grid tables: a rule under the header and between rows, two
 * at least) makes every line without a rule above it such a line; in a table that does not, a
 * line is one when its first cell is blank and fewer than half of its cells hold text (a row
 * that leaves only its first cell to the row above, a role written once, is a row).
 */
function wrappedLines(rows: TypedRow[], tableOf: number[], ruledAbove: boolean[]): boolean[] {
  const rulesInside = new Map<number, number>();
  rows.forEach((_, k) => {
    if (k > 0 && ruledAbove[k] && tableOf[k] === tableOf[k - 1])
      rulesInside.set(tableOf[k]!, (rulesInside.get(tableOf[k]!) ?? 0) + 1);
  });
  return rows.map((row, k) => {
    const above = rows[k - 1];
    if (!above || ruledAbove[k] || tableOf[k] !== tableOf[k - 1]) return false;
    if (above.baseline - row.baseline > ROW_PITCH * row.size) return false;
    if ((rulesInside.get(tableOf[k]!) ?? 0) >= 2) return true;
    const filled = new Set(row.pieces.map((p) => p.cell));
    return !filled.has(1) && 2 * filled.size < row.bars.length - 1;
  });
}

/** Is a row's baseline within `distance` of y? `rows` run top to bottom (binary search). */
function nearRow(rows: { row: TypedRow }[], y: number, distance: number): boolean {
  let [lo, hi] = [0, rows.length];
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (rows[mid]!.row.baseline > y + distance) lo = mid + 1;
    else hi = mid;
  }
  return lo < rows.length && rows[lo]!.row.baseline >= y - distance;
}

/** The highest rule y in [from, to] (the one right below a row), by binary search. */
function ruleWithinBelow(ruleYs: number[], from: number, to: number): number | undefined {
  let [lo, hi] = [0, ruleYs.length];
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ruleYs[mid]! <= to) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 && ruleYs[lo - 1]! >= from ? ruleYs[lo - 1] : undefined;
}
