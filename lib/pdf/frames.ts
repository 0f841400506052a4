/**
 * Text boxes with their legend on the border: WPS and Word text-box forms, form designers and
 * HTML fieldsets draw each field as a frame whose title sits on the frame's top edge (the edge
 * masked behind it), the value inside. Read as a ruled cell, the legend and the value would be
 * one text ("项目名称丹东市……"), and a table typed into a frame as positioned runs, without cell
 * lines, would be one cell holding every row. A frame is a text box, not a grid: its legend is
 * the label, its inside is read by geometry (a value, or a table found by aligned columns).
 * A lone box without a legend is a cell unless it frames rows of aligned runs (a canvas drawing
 * a box around its list) or a whole page (a page border around a cover): then its lines are
 * read as free text.
 *
 * Pure geometry on item boxes; nothing here depends on the order the file stores its text in.
 */
import {
  type Box,
  boundsOf,
  groupByBaseline,
  type LayoutCell,
  type LayoutItem,
  type LayoutLine,
} from './layout';

export interface RuledCell {
  box: Box;
  members: number[];
}

export interface FramesRead {
  /** Cells still read as table cells, with their table numbers. */
  cells: RuledCell[];
  tableIds: number[];
  /** Items of frames and boxes to read as free text with the page's (tables, framed pages). */
  freed: number[];
  /** Frames read as one line, legend (the label) then the inside (the value); captions. */
  lines: LayoutLine[];
}

/** A legend is a short title, not a line of text that happens to cross a border. */
const MAX_LEGEND_CHARS = 24;
/** Runs this far apart (in font sizes) inside a frame stand in separate columns. */
const COLUMN_GAP_EM = 1;

/**
 * Does the border at `edge` run through the text, between a little above its baseline and
 * below its top? Text in a cell stands below the cell's top edge (its glyphs' tops at most
 * touch it), so only a title drawn over the edge qualifies.
 */
function straddles(item: LayoutItem, edge: number): boolean {
  return (
    !item.vertical &&
    edge > item.baseline + 0.05 * item.size &&
    edge < item.baseline + 0.7 * item.size
  );
}

/** The outer box of a table's cells. */
function outline(boxes: Box[]): Box {
  const out = { left: Infinity, right: -Infinity, top: -Infinity, bottom: Infinity };
  for (const b of boxes) {
    out.left = Math.min(out.left, b.left);
    out.right = Math.max(out.right, b.right);
    out.top = Math.max(out.top, b.top);
    out.bottom = Math.min(out.bottom, b.bottom);
  }
  return out;
}

/** Where a line's runs start a column: its first run and each after a column gap. */
function columnStarts(line: number[], items: LayoutItem[]): number[] {
  const starts = line.length > 0 ? [items[line[0]!]!.rect[0]] : [];
  for (let k = 1; k < line.length; k++) {
    const [a, b] = [items[line[k - 1]!]!, items[line[k]!]!];
    if (b.rect[0] - a.rect[2] > COLUMN_GAP_EM * Math.min(a.size, b.size)) starts.push(b.rect[0]);
  }
  return starts;
}

/**
 * Lines that, with the line next to them, start three columns or more at the same places (within
 * 3 points): rows of a table. Only neighbours are compared: linear in the lines.
 */
function alignedRows(lines: number[][], items: LayoutItem[]): number {
  const starts = lines.map((l) => columnStarts(l, items).sort((a, b) => a - b));
  // How many of b's starts have one of a's within 3 points: one walk over both sorted lists
  // (a hostile frame may hold two lines of 100,000 columns each).
  const shared = (a: number[], b: number[]) => {
    let count = 0;
    let j = 0;
    for (const x of b) {
      while (j < a.length && a[j]! < x - 3) j++;
      if (j < a.length && a[j]! <= x + 3) count++;
    }
    return count;
  };
  let count = 0;
  for (let k = 0; k < starts.length; k++) {
    const [s, before, after] = [starts[k]!, starts[k - 1], starts[k + 1]];
    if (s.length < 3) continue;
    if ((before && shared(before, s) >= 3) || (after && shared(after, s) >= 3)) count++;
  }
  return count;
}

/** A lone box holding this many lines or more, in two type sizes or more, frames a page. */
const PAGE_FRAME_LINES = 5;

/**
 * A border drawn around a whole page or section (Word's page border around a cover, a text box
 * framing a form): a title in one type size and lines in another, all inside one box. One cell's
 * text is one size but for a label or a note; joined into one text, the fields of the page would
 * run together ("……推荐表项目名称：……牵头单位：……").
 */
function framesAPage(lines: number[][], items: LayoutItem[]): boolean {
  if (lines.length < PAGE_FRAME_LINES) return false;
  const perSize = new Map<number, number>();
  for (const line of lines) {
    const size = Math.round(items[line[0]!]!.size);
    perSize.set(size, (perSize.get(size) ?? 0) + 1);
  }
  // Sizes of two lines at least: a one-off label or note in small print does not count.
  let shared = 0;
  for (const n of perSize.values()) if (n >= 2) shared++;
  return shared >= 2;
}

/** Lines inside that hold runs in separate columns: a table typed in, not a value. */
function columnLines(lines: number[][], items: LayoutItem[]): number {
  let count = 0;
  for (const line of lines) {
    for (let k = 1; k < line.length; k++) {
      const [a, b] = [items[line[k - 1]!]!, items[line[k]!]!];
      if (b.rect[0] - a.rect[2] > COLUMN_GAP_EM * Math.min(a.size, b.size)) {
        count++;
        break;
      }
    }
  }
  return count;
}

/**
 * Find the frames among the ruled cells: a table (cells sharing borders) whose top edge a short
 * legend crosses. `free` holds the items outside ruled cells (a legend whose middle stands above
 * the edge is one of them); it is changed in place: the legends taken out.
 */
export function readFrames(
  ruled: RuledCell[],
  tableIds: number[],
  items: LayoutItem[],
  free: number[],
): FramesRead {
  const byTable = new Map<number, number[]>();
  tableIds.forEach((t, k) => {
    const list = byTable.get(t) ?? [];
    list.push(k);
    byTable.set(t, list);
  });
  const dropped = new Set<number>();
  const freed: number[] = [];
  const lines: LayoutLine[] = [];
  const freeSet = new Set(free);
  // Free items by baseline: each frame looks only at those just below its top edge.
  const byBaseline = free.filter((i) => !items[i]!.vertical);
  byBaseline.sort((a, b) => items[a]!.baseline - items[b]!.baseline);
  let largest = 0;
  for (const i of byBaseline) largest = Math.max(largest, items[i]!.size);
  const firstFrom = (y: number) => {
    let [lo, hi] = [0, byBaseline.length];
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (items[byBaseline[mid]!]!.baseline < y) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  for (const [table, cellIndices] of byTable) {
    const frame = outline(cellIndices.map((k) => ruled[k]!.box));
    const inside = cellIndices.flatMap((k) => ruled[k]!.members);
    const near: number[] = [];
    for (let n = firstFrom(frame.top - 0.7 * largest); n < byBaseline.length; n++) {
      const i = byBaseline[n]!;
      if (items[i]!.baseline >= frame.top) break;
      near.push(i);
    }
    const candidates = [...inside, ...near].filter((i) => {
      const item = items[i]!;
      return (
        straddles(item, frame.top) &&
        item.rect[0] >= frame.left - 1 &&
        item.rect[2] <= frame.right + 1
      );
    });
    if (candidates.length === 0) {
      // A lone box without a legend around a table typed as positioned runs (a canvas drawing a
      // frame around its list): rows of runs whose columns line up are no one cell's text.
      const insideLines = groupByBaseline(inside, items);
      if (
        cellIndices.length === 1 &&
        (alignedRows(insideLines, items) >= 2 || framesAPage(insideLines, items))
      ) {
        dropped.add(cellIndices[0]!);
        for (const i of inside) freed.push(i);
      }
      continue;
    }
    // One legend: the items on the first baseline crossing the edge.
    const legend = groupByBaseline(candidates, items)[0]!;
    const text = legend
      .map((i) => items[i]!.str)
      .join('')
      .trim();
    if (text.length === 0 || Array.from(text).length > MAX_LEGEND_CHARS) continue;
    const legendSet = new Set(legend);
    const content = inside.filter((i) => !legendSet.has(i));
    if (content.length === 0) continue;
    for (const k of cellIndices) dropped.add(k);
    for (const i of legend) freeSet.delete(i);
    const contentLines = groupByBaseline(content, items);
    const legendRect = boundsOf(legend, items);
    if (cellIndices.length > 1 || columnLines(contentLines, items) >= 2) {
      // A table typed into the frame: the legend is its caption, a free line of its own above
      // it (never a wrapped piece of the header's first cell, as alignment alone would read it).
      for (const i of content) freed.push(i);
      const caption: LayoutCell = { lines: [legend], rect: legendRect, ruled: false, table: -1 };
      lines.push({ cells: [caption], top: legendRect[3], bottom: legendRect[1], table: -1 });
      continue;
    }
    const label: LayoutCell = {
      lines: [legend],
      rect: [frame.left, legendRect[1], legendRect[2], frame.top],
      ruled: true,
      table,
    };
    const value: LayoutCell = {
      lines: contentLines,
      // The whole inside under the legend: readers find a cell's lines by its box.
      rect: [frame.left, frame.bottom, frame.right, legendRect[1]],
      ruled: true,
      table,
    };
    lines.push({ cells: [label, value], top: frame.top, bottom: frame.bottom, table });
  }
  // In place and without spreading: a page may hold 200,000 free items.
  let kept = 0;
  for (const i of free) if (freeSet.has(i)) free[kept++] = i;
  free.length = kept;
  const stay = ruled.map((_, k) => k).filter((k) => !dropped.has(k));
  return {
    cells: stay.map((k) => ruled[k]!),
    tableIds: stay.map((k) => tableIds[k]!),
    freed,
    lines,
  };
}
