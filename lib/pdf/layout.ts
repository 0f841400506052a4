/**
 * Reading order of a page: text items grouped into cells and lines. Inside a ruled table each
 * row of cells is one line, even when a cell's text wraps onto several lines (the cell's lines
 * are joined), and a merged cell (a label spanning many rows) is read once, in the row where its
 * text stands. Outside tables, items on one baseline form a line, sorted by x, split into cells
 * where a wide gap separates them ("姓名：张三      单位：……").
 *
 * Pure geometry in PDF user space (y grows upwards); no pdf.js here, so it is easy to test.
 */
import { columnGroups, columnRules, inColumnOrder } from './columns';
import { readFrames } from './frames';
import { freeTextLines } from './free-text';
import { joinLeaderWraps, splitAtLeaders } from './leaders';
import { splitPaddedLabels } from './padded-labels';
import { paneSplit, withoutFrame } from './panes';
import { mergeRulings, type Ruling } from './rulings';
import { joinSplitGrids } from './split-grids';
import { splitStackedLabel } from './stacked-labels';
import { MAX_RUNS_LOOKED_AT, splitAtWalls } from './wall-cuts';

/** x0, y0, x1, y1 in PDF user space, y up. */
export type Rect = [number, number, number, number];

export interface LayoutItem {
  str: string;
  rect: Rect;
  baseline: number;
  /** Font size in user space units (the item's height). */
  size: number;
  /** Text running top to bottom (vertical CJK). */
  vertical: boolean;
  /** The item opens a cell however close it stands to the one before (padded-labels.ts). */
  opensCell?: boolean;
  /** The item follows a dot leader (leaders.ts): a value whose wrapped lines go on under its label. */
  afterLeader?: boolean;
}

export interface LayoutCell {
  /** Item indices, visual line by visual line, each line sorted by x. */
  lines: number[][];
  /** The ruled box, or the items' bounding box for free text. */
  rect: Rect;
  ruled: boolean;
  /** Table number on the page for ruled cells, -1 for free text. */
  table: number;
}

export interface LayoutLine {
  cells: LayoutCell[];
  top: number;
  bottom: number;
  /** Table number when the line is a table row, else -1. */
  table: number;
  /** Right edge of the newspaper column the line stands in (columns.ts), when it stands in one. */
  columnRight?: number;
  /** The page it stands on, on a sheet of pages side by side (panes.ts): a page of its own. */
  pane?: Rect;
}

export interface PageLayout {
  /** The items, some split where a cell border crosses them. */
  items: LayoutItem[];
  lines: LayoutLine[];
}

const WALL_TOLERANCE = 2;

function centerY(r: Rect): number {
  return (r[1] + r[3]) / 2;
}
function centerX(r: Rect): number {
  return (r[0] + r[2]) / 2;
}

export interface Box {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/** The smallest ruled box around the point, or null when it is not inside a table. */
function enclosingBox(x: number, y: number, h: Ruling[], v: Ruling[]): Box | null {
  let left = -Infinity;
  let right = Infinity;
  let top = Infinity;
  let bottom = -Infinity;
  let leftTo = Infinity;
  let rightTo = Infinity;
  for (const r of v) {
    if (r.from - WALL_TOLERANCE > y || r.to + WALL_TOLERANCE < y) continue;
    if (r.at <= x && r.at > left) [left, leftTo] = [r.at, r.to];
    if (r.at >= x && r.at < right) [right, rightTo] = [r.at, r.to];
  }
  for (const r of h) {
    if (r.from - WALL_TOLERANCE > x || r.to + WALL_TOLERANCE < x) continue;
    if (r.at >= y && r.at < top) top = r.at;
    if (r.at <= y && r.at > bottom) bottom = r.at;
  }
  // A table whose cells draw only their right and bottom borders (a CSS grid, a web table
  // printed by a browser) leaves the first row on a new page open at the top: its side walls
  // end there, together.
  if (!Number.isFinite(top) && Math.abs(leftTo - rightTo) <= WALL_TOLERANCE && leftTo > y) {
    top = Math.min(leftTo, rightTo);
  }
  if (![left, right, top, bottom].every(Number.isFinite)) return null;
  // The walls must meet: a horizontal border at the top or bottom reaches both side walls.
  const spans = (at: number) =>
    h.some(
      (s) =>
        Math.abs(s.at - at) <= WALL_TOLERANCE &&
        s.from <= left + WALL_TOLERANCE &&
        s.to >= right - WALL_TOLERANCE,
    );
  if (!spans(top) && !spans(bottom)) return null;
  return { left, right, top, bottom };
}

/**
 * A word drawn past its cell's right border ("1795866311@qq.c" in its cell, "om" over the next
 * one's left edge, or past the table's edge): the piece glued to it (no gap, same baseline) whose
 * centre falls beyond the border is still that cell's text, not the next cell's nor free text.
 */
function keepOverflowInCell(items: LayoutItem[], boxes: (Box | null)[]): void {
  const order = items
    .map((_, i) => i)
    .filter((i) => !items[i]!.vertical)
    .sort(
      (a, b) => items[a]!.baseline - items[b]!.baseline || items[a]!.rect[0] - items[b]!.rect[0],
    );
  for (let k = 1; k < order.length; k++) {
    const [p, i] = [order[k - 1]!, order[k]!];
    const [before, after] = [items[p]!, items[i]!];
    const [own, next] = [boxes[p], boxes[i]];
    if (!own) continue;
    const glued =
      Math.abs(before.baseline - after.baseline) < 0.5 &&
      Math.abs(after.rect[0] - before.rect[2]) < 0.5 &&
      Math.abs(before.size - after.size) < 0.5;
    // The piece before must already run over its border, and the piece after start at it (past
    // a table's last border too: there the piece has no cell of its own).
    // Past the table's edge (no cell there) the cut at the wall may fall either side of it by
    // the character that straddles it.
    const near = 0.6 * after.size;
    const overEdge = !next && Math.abs(after.rect[0] - own.right) < Math.max(2, near);
    const overWall = before.rect[2] > own.right && after.rect[0] < own.right + 2;
    if (glued && own !== next && (overWall || overEdge)) {
      boxes[i] = own;
    }
  }
}

/**
 * A cell's wrapped text spilling below its row: a spreadsheet row kept at a fixed height while
 * its label wraps (LibreOffice Calc draws the last line across the border into the row below;
 * Excel clips it there, its text still in the file). A line the row's bottom border runs through,
 * set one line below the cell's previous line at the same left edge, is still that cell's text,
 * not the start of the next row's label ("工资源计划推选单位") — unless a line of the row below
 * follows it there (then it is that cell's first line, set tight under its top border).
 */
function keepSpillInRow(items: LayoutItem[], boxes: (Box | null)[], h: Ruling[], v: Ruling[]) {
  let order: number[] | undefined;
  for (let i = 0; i < items.length; i++) {
    const [item, box] = [items[i]!, boxes[i]];
    if (!box || item.vertical) continue;
    const height = item.rect[3] - item.rect[1];
    const through = box.top - item.rect[1];
    if (through < 0.25 * height || through > 0.75 * height) continue;
    const above = enclosingBox(centerX(item.rect), Math.max(item.rect[3], box.top + 3), h, v);
    if (!above || Math.abs(above.bottom - box.top) > WALL_TOLERANCE) continue;
    order ??= items
      .map((_, k) => k)
      .filter((k) => !items[k]!.vertical)
      .sort((a, b) => items[a]!.baseline - items[b]!.baseline);
    // A line one line pitch (0.9 to 1.8 sizes) away in the given cell, at the same left edge.
    const lineIn = (cell: Box, up: boolean): number | undefined => {
      const [from, to] = up
        ? [item.baseline + 0.9 * item.size, item.baseline + 1.8 * item.size]
        : [item.baseline - 1.8 * item.size, item.baseline - 0.9 * item.size];
      let [lo, hi] = [0, order!.length];
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (items[order![mid]!]!.baseline < from) lo = mid + 1;
        else hi = mid;
      }
      for (let k = lo; k < Math.min(order!.length, lo + MAX_RUNS_LOOKED_AT); k++) {
        const j = order![k]!;
        if (items[j]!.baseline > to) break;
        if (Math.abs(items[j]!.rect[0] - item.rect[0]) < 1 && sameBox(boxes[j], cell)) return j;
      }
      return undefined;
    };
    // The cell above goes on into this line; this cell's own text does not (a cell's wrapped
    // first line set tight under its top border has its next line below it).
    const prev = lineIn(above, true);
    if (prev !== undefined && lineIn(box, false) === undefined) boxes[i] = boxes[prev]!;
  }
}

function sameBox(a: Box | null | undefined, b: Box): boolean {
  return (
    !!a &&
    Math.abs(a.left - b.left) < 0.5 &&
    Math.abs(a.right - b.right) < 0.5 &&
    Math.abs(a.top - b.top) < 0.5 &&
    Math.abs(a.bottom - b.bottom) < 0.5
  );
}

/** Group items by baseline (within 40% of the font size), each group sorted by x. */
export function groupByBaseline(indices: number[], items: LayoutItem[]): number[][] {
  const sorted = [...indices].sort(
    (a, b) => items[b]!.baseline - items[a]!.baseline || items[a]!.rect[0] - items[b]!.rect[0],
  );
  const lines: { baseline: number; size: number; members: number[] }[] = [];
  for (const i of sorted) {
    const item = items[i]!;
    const line = lines.at(-1);
    const tolerance = 0.4 * Math.min(item.size, line?.size ?? item.size);
    if (line && Math.abs(line.baseline - item.baseline) <= tolerance) line.members.push(i);
    else lines.push({ baseline: item.baseline, size: item.size, members: [i] });
  }
  return lines.map((l) =>
    l.members.sort(
      (a, b) => items[a]!.rect[0] - items[b]!.rect[0] || items[a]!.rect[1] - items[b]!.rect[1],
    ),
  );
}

/** The rectangle around some of a page's items (by index). */
export function boundsOf(indices: number[], items: LayoutItem[]): Rect {
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  for (const i of indices) {
    const r = items[i]!.rect;
    x0 = Math.min(x0, r[0]);
    y0 = Math.min(y0, r[1]);
    x1 = Math.max(x1, r[2]);
    y1 = Math.max(y1, r[3]);
  }
  return [x0, y0, x1, y1];
}

/**
 * Cells of one ruled row with empty cells between them: a row continued from the page before
 * holds text in its name cell and its last cells, its empty cells (学科 left blank) drawn but
 * holding no text, so no cell shares a border with the next one. The row's top and bottom
 * borders run on from one to the other: one row, one table. Pairs of neighbours in the row only.
 */
function acrossEmptyCells(boxes: Box[], h: Ruling[], join: (i: number, j: number) => void) {
  const t = WALL_TOLERANCE;
  const rows = new Map<string, number[]>();
  boxes.forEach((b, i) => {
    const key = `${Math.round(b.top)},${Math.round(b.bottom)}`;
    const row = rows.get(key) ?? [];
    row.push(i);
    rows.set(key, row);
  });
  // Borders by height, each looked up by binary search: a hostile page holds thousands.
  const byAt = [...h].sort((a, b) => a.at - b.at);
  const spans = (at: number, from: number, to: number) => {
    let [lo, hi] = [0, byAt.length];
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (byAt[mid]!.at < at - t) lo = mid + 1;
      else hi = mid;
    }
    for (let k = lo; k < Math.min(byAt.length, lo + MAX_RUNS_LOOKED_AT); k++) {
      const r = byAt[k]!;
      if (r.at > at + t) break;
      if (r.from <= from + t && r.to >= to - t) return true;
    }
    return false;
  };
  for (const row of rows.values()) {
    row.sort((i, j) => boxes[i]!.left - boxes[j]!.left);
    for (let k = 1; k < row.length; k++) {
      const [a, b] = [boxes[row[k - 1]!]!, boxes[row[k]!]!];
      if (b.left - a.right <= 2 * t) continue;
      if (spans(a.top, a.left, b.right) && spans(a.bottom, a.left, b.right))
        join(row[k - 1]!, row[k]!);
    }
  }
}

/** Union-find over ruled cells that share a border: each component is one table. */
function tablesOf(boxes: Box[], h: Ruling[]): number[] {
  const parent = boxes.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i]!]!;
      i = parent[i]!;
    }
    return i;
  };
  const t = WALL_TOLERANCE * 2;
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      const a = boxes[i]!;
      const b = boxes[j]!;
      const xOverlap = Math.min(a.right, b.right) - Math.max(a.left, b.left) > -t;
      const yOverlap = Math.min(a.top, b.top) - Math.max(a.bottom, b.bottom) > -t;
      const touchY = Math.abs(a.bottom - b.top) <= t || Math.abs(b.bottom - a.top) <= t;
      const touchX = Math.abs(a.right - b.left) <= t || Math.abs(b.right - a.left) <= t;
      if ((touchY && xOverlap) || (touchX && yOverlap)) parent[find(i)] = find(j);
    }
  }
  acrossEmptyCells(boxes, h, (i, j) => {
    parent[find(i)] = find(j);
  });
  // A label grid and a value grid drawn apart, their rows lined up: one table (split-grids.ts).
  joinSplitGrids(
    boxes,
    boxes.map((_, i) => find(i)),
    (i, j) => {
      parent[find(i)] = find(j);
    },
  );
  const ids = new Map<number, number>();
  return boxes.map((_, i) => {
    const root = find(i);
    if (!ids.has(root)) ids.set(root, ids.size);
    return ids.get(root)!;
  });
}

/** Lay out a page's text items, using its rulings when it has any. */
export interface LayoutOptions {
  /**
   * The items' sizes are estimates (words read by OCR, sized from the recogniser's boxes), not
   * the fonts' own: rules that tell a label from its value by type size alone do not apply.
   */
  estimatedSizes?: boolean;
  /** The page's box in the reading frame: a sheet of pages side by side is read page by page. */
  view?: Rect;
}

export function layoutPage(
  input: LayoutItem[],
  rulings: Ruling[],
  options: LayoutOptions = {},
): PageLayout {
  const split = options.view ? paneSplit(input, rulings, options.view) : null;
  if (split !== null) return panesLaidOut(input, rulings, options, split);
  const merged = mergeRulings(rulings);
  const h = merged.filter((r) => r.horizontal);
  const v = merged.filter((r) => !r.horizontal);
  // Field runs whose cells are parted only by padding (a form without borders): cut first.
  // Dot leaders between a label and its value part two cells and are dropped (leaders.ts).
  const padded = splitPaddedLabels(splitAtLeaders(input));
  const items = v.length > 0 ? splitAtWalls(padded, v) : padded;
  const rules = columnRules(v, h, input);

  // 1. Ruled cells: items grouped by the box around their centre.
  const cellOf = new Map<string, { box: Box; members: number[] }>();
  const free: number[] = [];
  const boxes = items.map((item) =>
    h.length > 0 && v.length > 0
      ? enclosingBox(centerX(item.rect), centerY(item.rect), h, v)
      : null,
  );
  keepOverflowInCell(items, boxes);
  keepSpillInRow(items, boxes, h, v);
  boxes.forEach((box, i) => {
    if (!box) {
      free.push(i);
      return;
    }
    const key = [box.left, box.right, box.top, box.bottom].map((n) => n.toFixed(1)).join(',');
    const cell = cellOf.get(key);
    if (cell) cell.members.push(i);
    else cellOf.set(key, { box, members: [i] });
  });
  // Text boxes with a legend on their border are fields or typed-in tables, not grids (frames.ts).
  const frames = readFrames(
    [...cellOf.values()],
    tablesOf(
      [...cellOf.values()].map((c) => c.box),
      h,
    ),
    items,
    free,
  );
  const ruled = frames.cells;
  const tableIds = frames.tableIds;
  for (const i of frames.freed) free.push(i);

  // 2. Each ruled cell is read in the band (between horizontal borders of its table) where its
  //    first line of text stands; the cells of one band form one line.
  const units: LayoutLine[] = [];
  const byTable = new Map<number, { box: Box; cell: LayoutCell }[]>();
  ruled.forEach(({ box, members }, k) => {
    const lines = groupByBaseline(members, items);
    const cell: LayoutCell = {
      lines,
      rect: [box.left, box.bottom, box.right, box.top],
      ruled: true,
      table: tableIds[k]!,
    };
    const list = byTable.get(cell.table) ?? [];
    // A label set in small type above its value, in the same cell: two cells (stacked-labels.ts).
    const parts = options.estimatedSizes ? [cell] : splitStackedLabel(cell, items);
    for (const part of parts) list.push({ box, cell: part });
    byTable.set(cell.table, list);
  });
  for (const [table, cells] of byTable) {
    const edges: number[] = [];
    for (const { box } of cells) edges.push(box.top, box.bottom);
    edges.sort((a, b) => b - a);
    const bands: number[] = [];
    for (const e of edges)
      if (bands.length === 0 || bands.at(-1)! - e > WALL_TOLERANCE) bands.push(e);
    const rows = new Map<number, LayoutCell[]>();
    for (const { cell } of cells) {
      const firstLine = cell.lines[0]!;
      const y = centerY(boundsOf(firstLine, items));
      let band = bands.findIndex(
        (edge, i) => i + 1 < bands.length && y <= edge && y >= bands[i + 1]!,
      );
      if (band < 0) band = 0;
      const row = rows.get(band) ?? [];
      row.push(cell);
      rows.set(band, row);
    }
    for (const [band, row] of rows) {
      // Left to right; a stacked label before its value (same left edge, higher up).
      row.sort((a, b) => a.rect[0] - b.rect[0] || b.rect[3] - a.rect[3]);
      units.push({ cells: row, top: bands[band]!, bottom: bands[band + 1] ?? bands[band]!, table });
    }
  }

  // 3. Free text: lines by baseline, with tables drawn without borders (free-text.ts); each
  //    newspaper column on its own (columns.ts), so that no line joins text across a column rule.
  //    Table ids go on after the ruled tables and the frames' (frames may have taken tables out,
  //    so the count of tables is no next id).
  let nextTable = 0;
  for (const t of tableIds) nextTable = Math.max(nextTable, t + 1);
  for (const l of frames.lines) nextTable = Math.max(nextTable, l.table + 1);
  for (const group of columnGroups(free, items, rules)) {
    const free = freeTextLines(groupByBaseline(group, items), items, nextTable);
    for (const line of free) nextTable = Math.max(nextTable, line.table + 1);
    units.push(...free);
  }
  // A frame's legend is its label already: no box joins it.
  const lines = [...joinBoxesToLabels(units), ...frames.lines];

  // 4. Reading order: top to bottom; a table row before free text at the same height; beside a
  //    column rule, the left column before the right one.
  lines.sort((a, b) => b.top - a.top || (a.cells[0]?.rect[0] ?? 0) - (b.cells[0]?.rect[0] ?? 0));
  return { items, lines: inColumnOrder(joinLeaderWraps(lines, items), rules) };
}

/**
 * A sheet of two pages side by side (panes.ts), each laid out on its own, the left one first;
 * every line knows its pane. A frame drawn around a page is no table (panes.ts).
 */
function panesLaidOut(
  input: LayoutItem[],
  rulings: Ruling[],
  options: LayoutOptions,
  split: number,
): PageLayout {
  const view = options.view!;
  const sides: [Rect, (x0: number, x1: number) => boolean][] = [
    [[view[0], view[1], split, view[3]], (_, x1) => x1 <= split],
    [[split, view[1], view[2], view[3]], (x0) => x0 >= split],
  ];
  const items: LayoutItem[] = [];
  const lines: LayoutLine[] = [];
  const { view: _, ...rest } = options;
  for (const [pane, inside] of sides) {
    const own = input.filter((i) => inside(i.rect[0], i.rect[2]));
    const ownRulings = rulings.filter((r) =>
      r.horizontal ? inside(r.from, r.to) : inside(r.at, r.at),
    );
    const laid = layoutPage(own, withoutFrame(own, ownRulings), rest);
    // Item indices and table numbers go on after the left pane's: one page, one numbering.
    const base = items.length;
    let tables = 0;
    for (const line of lines) tables = Math.max(tables, line.table + 1);
    items.push(...laid.items);
    for (const line of laid.lines) {
      for (const cell of line.cells) {
        cell.lines = cell.lines.map((l) => l.map((i) => i + base));
        if (cell.table >= 0) cell.table += tables;
      }
      lines.push({ ...line, table: line.table >= 0 ? line.table + tables : -1, pane });
    }
  }
  return { items, lines };
}

/**
 * A form that draws a box around each value and prints its label outside the box, on the same
 * height ("项目名称  [__________]"; a flattened fillable form, a form filled in on screen): each
 * box is a table of one row, whose row would be read as a line of its own just above its label
 * (the box's top stands higher than the label's text). Such a row joins the free-text line
 * beside it — the label, or labels and other boxes of the same line — when that line's middle
 * lies within the box's height and they do not overlap across.
 */
function joinBoxesToLabels(units: LayoutLine[]): LayoutLine[] {
  const rowsOf = new Map<number, number>();
  for (const u of units) if (u.table >= 0) rowsOf.set(u.table, (rowsOf.get(u.table) ?? 0) + 1);
  const joined = new Set<LayoutLine>();
  const free = units.filter((u) => u.table < 0);
  for (const box of units) {
    if (box.table < 0 || rowsOf.get(box.table) !== 1 || !box.cells.every((c) => c.ruled)) continue;
    let best: LayoutLine | undefined;
    let bestGap = Infinity;
    const middle = (box.top + box.bottom) / 2;
    for (const line of free) {
      const y = (line.top + line.bottom) / 2;
      if (y > box.top || y < box.bottom) continue;
      const overlaps = line.cells.some((c) =>
        box.cells.some((b) => Math.min(c.rect[2], b.rect[2]) - Math.max(c.rect[0], b.rect[0]) > 0),
      );
      if (!overlaps && Math.abs(y - middle) < bestGap) {
        best = line;
        bestGap = Math.abs(y - middle);
      }
    }
    if (!best) continue;
    best.cells = [...best.cells, ...box.cells].sort((a, b) => a.rect[0] - b.rect[0]);
    best.top = Math.max(best.top, box.top);
    best.bottom = Math.min(best.bottom, box.bottom);
    joined.add(box);
  }
  return units.filter((u) => !joined.has(u));
}
