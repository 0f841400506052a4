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

/** A line whose pieces each start at a column and end before the next: wrapped cell text. */
function fitsColumns(c: Candidate, columns: number[], items: LayoutItem[]): boolean {
  return c.segments.every((seg) => {
    const start = items[seg[0]!]!.rect[0];
    const k = columns.findIndex((x) => Math.abs(x - start) <= ALIGN);
    if (k < 0) return false;
    const next = columns[k + 1];
    return next === undefined || boundsOf(seg, items)[2] <= next + ALIGN;
  });
}

/** A run of lines forming one borderless table, as rows of cells. */
function tableRows(run: Candidate[], items: LayoutItem[], table: number): LayoutLine[] {
  const columns: number[] = [];
  for (const c of run) for (const s of c.starts) if (!near(s, columns)) columns.push(s);
  const needed = Math.max(2, Math.ceil(columns.length / 2));
  const anchors = run.filter((c) => c.segments.length >= needed);
  const rows = anchors.map((a) => ({
    anchor: a,
    cells: a.segments.map((seg) => ({ start: items[seg[0]!]!.rect[0], lines: [seg] })),
  }));
  for (const c of run) {
    if (anchors.includes(c) || rows.length === 0) continue;
    const y = (c.rect[1] + c.rect[3]) / 2;
    const row = rows.reduce((best, r) => {
      const d = Math.abs((r.anchor.rect[1] + r.anchor.rect[3]) / 2 - y);
      const bd = Math.abs((best.anchor.rect[1] + best.anchor.rect[3]) / 2 - y);
      return d < bd ? r : best;
    });
    for (const seg of c.segments) {
      const start = items[seg[0]!]!.rect[0];
      const target = row.cells.find((x) => Math.abs(x.start - start) <= ALIGN);
      if (target) target.lines.push(seg);
      else row.cells.push({ start, lines: [seg] });
    }
  }
  return rows.map(({ cells }) => {
    const built = cells
      .sort((a, b) => a.start - b.start)
      .map((x) => {
        // A cell's lines top to bottom, whichever line of the run they came from.
        const lines = x.lines.sort((a, b) => items[b[0]!]!.baseline - items[a[0]!]!.baseline);
        return cell(lines, items, table);
      });
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
  // Runs: multi-cell lines sharing two column starts, with the partial lines between them.
  const runs: Candidate[][] = [];
  let run: Candidate[] = [];
  let starts: number[] = [];
  const close = () => {
    if (run.filter((c) => c.segments.length >= 2).length >= 2) runs.push(run);
    run = [];
    starts = [];
  };
  for (const c of candidates) {
    const last = run.at(-1);
    const gap = last ? last.rect[1] - c.rect[3] : Infinity;
    const joins =
      last &&
      gap <= 1.2 * c.size &&
      ((c.segments.length >= 2 && sharedStarts(starts, c.starts) >= 2) ||
        fitsColumns(c, starts, items));
    if (!joins) {
      close();
      if (c.segments.length < 2) continue;
    }
    run.push(c);
    for (const s of c.starts) if (!near(s, starts)) starts.push(s);
    starts.sort((a, b) => a - b);
  }
  close();
  // A partial line just above a run (a row's first cell wrapped upwards) belongs to it.
  for (const r of runs) {
    const at = candidates.indexOf(r[0]!);
    const before = candidates[at - 1];
    const runStarts = r.flatMap((c) => c.starts);
    if (
      before &&
      before.segments.length < 2 &&
      !runs.some((other) => other.includes(before)) &&
      before.rect[1] - r[0]!.rect[3] <= 1.2 * before.size &&
      fitsColumns(
        before,
        [...new Set(runStarts)].sort((a, b) => a - b),
        items,
      )
    ) {
      r.unshift(before);
    }
  }
  const inRun = new Set(runs.flat());
  const out: LayoutLine[] = [];
  let table = firstTable;
  for (const r of runs) out.push(...tableRows(r, items, table++));
  for (const c of candidates) {
    if (inRun.has(c)) continue;
    const cells = split(c.line, items, CELL_GAP_EM).map((seg) => cell([seg], items, -1));
    out.push({ cells, top: c.rect[3], bottom: c.rect[1], table: -1 });
  }
  return out;
}
