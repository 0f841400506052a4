/**
 * A borderless table (LaTeX booktabs, a pandoc pipe table, a web table printed without lines)
 * whose cell text runs right up to the next column: an 11-digit phone filling its narrow column
 * stops a hair before the unit's name beside it ("17768465375湘阴县静河中学"), closer than the
 * gap that parts cells. Where such a piece holds a break between two text runs exactly at the
 * start of a column that a table line of the same block opens a cell at (its header, "所在单位"),
 * it is two cells.
 *
 * Only a real break: the runs must stand apart (a run cut in two inside a word abuts its other
 * half), and the column start must be another line's, one of three cells or more.
 */
import type { LayoutItem } from './layout';

/** How close a break must be to another line's cell start (user space units). */
const ALIGN = 2.5;
/** The break is a gap of at least this share of the font size, however narrow. */
const MIN_GAP_EM = 0.1;
/** Past this many cell starts in a block, the starts are not a table's columns. */
const MAX_STARTS = 400;

/**
 * Each line's pieces (items by index, left to right), split where a piece's runs part at
 * another line's column start. Lines are given and returned in the same order.
 */
export function splitAtColumnStarts(lines: number[][][], items: LayoutItem[]): number[][][] {
  const starts: { x: number; line: number }[] = [];
  lines.forEach((segments, li) => {
    if (segments.length < 3) return;
    for (const seg of segments) starts.push({ x: items[seg[0]!]!.rect[0], line: li });
  });
  if (starts.length === 0 || starts.length > MAX_STARTS) return lines;
  const opensColumn = (x: number, li: number) =>
    starts.some((s) => s.line !== li && Math.abs(s.x - x) <= ALIGN);
  return lines.map((segments, li) =>
    segments.flatMap((seg) => {
      const out: number[][] = [];
      let current: number[] = [];
      let lastRight = Number.NEGATIVE_INFINITY;
      for (const i of seg) {
        const item = items[i]!;
        const gap = item.rect[0] - lastRight;
        if (current.length > 0 && gap >= MIN_GAP_EM * item.size && opensColumn(item.rect[0], li)) {
          out.push(current);
          current = [];
        }
        current.push(i);
        lastRight = Math.max(lastRight, item.rect[2]);
      }
      if (current.length > 0) out.push(current);
      return out;
    }),
  );
}
