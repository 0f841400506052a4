/**
 * Text outside ruled tables: lines by baseline, and tables drawn without borders (a web form
 * printed without them) found by alignment, as "stream" table readers do. Within a run of lines
 * whose column starts line up, a line with most columns filled is a row; a line filling only a
 * few columns is a wrapped cell of the nearest row (above or below: browsers centre a row's
 * one-line cells beside a cell that wraps), and its text joins that row's cell in that column.
 */
import { boundsOf, type LayoutCell, type LayoutItem, type LayoutLine, type Rect } from './layout';

/** Cells of a table without borders are at least this far apart (in font sizes)... */
const COLUMN_GAP_EM = 0.6;
/** ...and text outside tables only splits into cells at wider gaps ("姓名：张三    单位：…"). */
const CELL_GAP_EM = 1.8;
const ALIGN = 3;

/** Split one baseline's items where the gap exceeds `em` font sizes. */
function split(line: number[], items: LayoutItem[], em: number): number[][] {
  const out: number[][] = [];
  let current: number[] = [];
  let lastRight = -Infinity;
  for (const i of line) {
    const item = items[i]!;
    if (current.length > 0 && item.rect[0] - lastRight > em * item.size) {
      out.push(current);
      current = [];
    }
    current.push(i);
    lastRight = Math.max(lastRight, item.rect[2]);
  }
  if (current.length > 0) out.push(current);
  return out;
}

interface Candidate {
  line: number[];
  segments: number[][];
  starts: number[];
  rect: Rect;
  size: number;
}

const near = (x: number, list: number[]) => list.some((s) => Math.abs(s - x) <= ALIGN);

function sharedStarts(a: number[], b: number[]): number {
  return b.filter((x) => near(x, a)).length;
}

function cell(lines: number[][], items: LayoutItem[], table: number): LayoutCell {
  return { lines, rect: boundsOf(lines.flat(), items), ruled: false, table };
}

/** Column x-ranges of a run: the union of its cells' spans, merged where they overlap. */
function columnRanges(run: Candidate[], items: LayoutItem[]): [number, number][] {
  const spans = run
    .flatMap((c) => c.segments.map((seg) => boundsOf(seg, items)))
    .map((r) => [r[0], r[2]] as [number, number])
    .sort((a, b) => a[0] - b[0]);
  const out: [number, number][] = [];
  for (const [x0, x1] of spans) {
    const last = out.at(-1);
    if (last && x0 <= last[1] + 1) last[1] = Math.max(last[1], x1);
    else out.push([x0, x1]);
  }
  return out;
}

/**
 * A run of lines forming one borderless table, as rows of cells. Columns are where the run's
 * text stands (gaps in its horizontal coverage separate them), so a column whose header wraps
 * still counts. A line filling at least half the columns anchors a row; every other line is
 * wrapped cell text and joins the nearest anchor (browsers centre one-line cells beside a cell
 * that wraps, so a row's wrapped lines stand above and below its anchor).
 */
function tableRows(run: Candidate[], items: LayoutItem[], table: number): LayoutLine[] {
  const columns = columnRanges(run, items);
  const columnOf = (seg: number[]) => {
    const r = boundsOf(seg, items);
    const mid = (r[0] + r[2]) / 2;
    const k = columns.findIndex(([x0, x1]) => mid >= x0 - 1 && mid <= x1 + 1);
    return k < 0 ? 0 : k;
  };
  const needed = Math.max(2, Math.ceil(columns.length / 2));
  const anchors = run.filter((c) => new Set(c.segments.map(columnOf)).size >= needed);
  if (anchors.length === 0) return [];
  const rows = anchors.map((a) => ({ anchor: a, cells: new Map<number, number[][]>() }));
  const centre = (c: Candidate) => (c.rect[1] + c.rect[3]) / 2;
  for (const c of run) {
    const row = rows.reduce((best, r) =>
      Math.abs(centre(r.anchor) - centre(c)) < Math.abs(centre(best.anchor) - centre(c)) ? r : best,
    );
    for (const seg of c.segments) {
      const k = columnOf(seg);
      const list = row.cells.get(k) ?? [];
      list.push(seg);
      row.cells.set(k, list);
    }
  }
  return rows.map(({ cells }) => {
    const built = [...cells.entries()]
      .sort((a, b) => a[0] - b[0])
      .map(([, lines]) =>
        // A cell's lines top to bottom, whichever line of the run they came from.
        cell(
          lines.sort((a, b) => items[b[0]!]!.baseline - items[a[0]!]!.baseline),
          items,
          table,
        ),
      );
    const rect = boundsOf(
      built.flatMap((c) => c.lines.flat()),
      items,
    );
    return { cells: built, top: rect[3], bottom: rect[1], table };
  });
}

/** Lay out free text; borderless tables get numbers from `firstTable` on. */
export function freeTextLines(
  lines: number[][],
  items: LayoutItem[],
  firstTable: number,
): LayoutLine[] {
  const candidates: Candidate[] = lines.map((line) => {
    const segments = split(line, items, COLUMN_GAP_EM);
    return {
      line,
      segments,
      starts: segments.map((s) => items[s[0]!]!.rect[0]),
      rect: boundsOf(line, items),
      size: items[line[0]!]!.size,
    };
  });
  // Blocks: lines close together (wrapped cell text stands a line apart, as rows do).
  const runs: Candidate[][] = [];
  let block: Candidate[] = [];
  const closeBlock = () => {
    runs.push(...tableRuns(block, items));
    block = [];
  };
  for (const c of candidates) {
    const last = block.at(-1);
    if (last && last.rect[1] - c.rect[3] > 1.3 * c.size) closeBlock();
    block.push(c);
  }
  closeBlock();
  const inRun = new Set(runs.flat());
  const out: LayoutLine[] = [];
  let table = firstTable;
  for (const r of runs) {
    const rows = tableRows(r, items, table);
    if (rows.length === 0) {
      for (const c of r) inRun.delete(c);
      continue;
    }
    out.push(...rows);
    table++;
  }
  for (const c of candidates) {
    if (inRun.has(c)) continue;
    const cells = split(c.line, items, CELL_GAP_EM).map((seg) => cell([seg], items, -1));
    out.push({ cells, top: c.rect[3], bottom: c.rect[1], table: -1 });
  }
  return out;
}

/**
 * The tables in a block of close lines: stretches between two or more lines of three or more
 * cells whose column starts line up (two shared at least), with the partial lines between and
 * the partial lines just above and below that fit the columns (a wrapped header, a wrapped
 * last row). A long line across the block (a sentence) ends a table.
 */
/** Headings open sections: "（二）辅导员", "一、…", "第一部分". */
const NUMBERED =
  /^\s*(?:[（(][一二三四五六七八九十\d]+[）)]|[一二三四五六七八九十]+[、.．]|第[一二三四五六七八九十\d]+[部分章节])/;

/**
 * Can a line of fewer cells be wrapped cell text of a table anchored by `anchor`? Not a long
 * sentence across the block, not a numbered heading, not set in another size.
 */
function continuation(c: Candidate, anchor: Candidate, items: LayoutItem[]): boolean {
  if (c.segments.length === 1 && c.rect[2] - c.rect[0] > 20 * c.size) return false;
  if (Math.abs(c.size - anchor.size) > 0.15 * anchor.size) return false;
  return !NUMBERED.test(items[c.line[0]!]!.str);
}

function tableRuns(block: Candidate[], items: LayoutItem[]): Candidate[][] {
  const out: Candidate[][] = [];
  const multi = (c: Candidate) => c.segments.length >= 3;
  let i = 0;
  while (i < block.length) {
    if (!multi(block[i]!)) {
      i++;
      continue;
    }
    let starts = [...block[i]!.starts];
    let j = i + 1;
    let lastMulti = i;
    for (; j < block.length; j++) {
      const c = block[j]!;
      if (multi(c)) {
        if (sharedStarts(starts, c.starts) < 2) break;
        for (const s of c.starts) if (!near(s, starts)) starts.push(s);
        lastMulti = j;
      } else if (!continuation(c, block[i]!, items)) break;
    }
    const anchors = block.slice(i, lastMulti + 1).filter(multi).length;
    if (anchors >= 2) {
      let from = i;
      let to = lastMulti;
      starts = starts.sort((a, b) => a - b);
      // A partial line fits when each of its pieces lies inside one column of the anchors.
      const ranges = columnRanges(block.slice(i, lastMulti + 1).filter(multi), items);
      const fits = (c: Candidate) =>
        c.segments.length < 3 &&
        continuation(c, block[i]!, items) &&
        c.segments.every((seg) => {
          const r = boundsOf(seg, items);
          const k = ranges.findIndex(([x0, x1]) => r[0] >= x0 - 2 && r[0] <= x1);
          const next = ranges[k + 1];
          return k >= 0 && (!next || r[2] <= next[0] + 2);
        });
      while (from > 0 && fits(block[from - 1]!)) from--;
      // Partial lines after the last anchor: at most as many as a wrapped cell has.
      while (to + 1 < block.length && fits(block[to + 1]!) && to - lastMulti < 3) to++;
      out.push(block.slice(from, to + 1));
      i = to + 1;
    } else i = lastMulti + 1;
  }
  return out;
}
