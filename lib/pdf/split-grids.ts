/**
 * One table drawn as two ruled grids side by side: the label column as one grid and the value
 * columns as another a few points to its right (a people table's 姓名 column apart from the rest),
 * the content stream drawing either grid first. Their cells never share a border, so the cells'
 * union-find (layout.ts) makes two tables, and each row would be read as two lines, its label
 * parted from its value. Two grids are one table when the gap between them is narrow and their
 * rows line up: every row border of the one, where they stand side by side, is a row border of
 * the other, and the shorter grid (of two rows at least) stands wholly beside the taller. Two
 * tables that merely sit side by side (their rows at other heights) stay two, and so do single
 * boxes side by side.
 */
import type { Box } from './layout';

/** Wider than this (pt), two grids are apart: columns of a page, not one table's halves. */
const MAX_GAP = 18;
/** Borders this close (pt) are one border. */
const TOLERANCE = 2;
/** Grids looked at to the right of each grid: a hostile page may draw thousands. */
const MAX_NEIGHBOURS = 64;

interface Grid {
  /** A box of the grid, to join by. */
  member: number;
  left: number;
  right: number;
  top: number;
  bottom: number;
  /** Its row borders, top to bottom, one per height. */
  edges: number[];
}

function gridsOf(boxes: Box[], roots: number[]): Grid[] {
  const byRoot = new Map<number, { member: number; boxes: Box[] }>();
  roots.forEach((root, i) => {
    const g = byRoot.get(root);
    if (g) g.boxes.push(boxes[i]!);
    else byRoot.set(root, { member: i, boxes: [boxes[i]!] });
  });
  return [...byRoot.values()].map(({ member, boxes: own }) => {
    const heights = own.flatMap((b) => [b.top, b.bottom]).sort((a, b) => b - a);
    const edges: number[] = [];
    for (const e of heights) if (edges.length === 0 || edges.at(-1)! - e > TOLERANCE) edges.push(e);
    let [left, right] = [Infinity, -Infinity];
    for (const b of own) [left, right] = [Math.min(left, b.left), Math.max(right, b.right)];
    return {
      member,
      left,
      right,
      top: edges[0]!,
      bottom: edges.at(-1)!,
      edges,
    };
  });
}

/** The borders of a grid within [bottom, top] (a little leeway at both ends). */
function edgesWithin(grid: Grid, top: number, bottom: number): number[] {
  return grid.edges.filter((e) => e <= top + TOLERANCE && e >= bottom - TOLERANCE);
}

/** Both lists (top to bottom) hold the same heights, one for one. */
function sameHeights(a: number[], b: number[]): boolean {
  return a.length === b.length && a.every((e, k) => Math.abs(e - b[k]!) <= TOLERANCE);
}

/** The two grids are halves of one table: rows at the same heights, the shorter wholly beside. */
function rowsLineUp(a: Grid, b: Grid): boolean {
  const [short, tall] = a.top - a.bottom <= b.top - b.bottom ? [a, b] : [b, a];
  if (short.top > tall.top + TOLERANCE || short.bottom < tall.bottom - TOLERANCE) return false;
  const own = edgesWithin(short, short.top, short.bottom);
  const beside = edgesWithin(tall, short.top, short.bottom);
  // Two rows at least: single boxes side by side at one height are text boxes or cards
  // (frames.ts, a 2×N grid of units), each whole in itself.
  return own.length >= 3 && sameHeights(own, beside);
}

/**
 * Joins (by a member box of each) the grids, given as each box's table root, that are the left
 * and right halves of one table.
 */
export function joinSplitGrids(
  boxes: Box[],
  roots: number[],
  join: (i: number, j: number) => void,
): void {
  const grids = gridsOf(boxes, roots).sort((a, b) => a.left - b.left);
  for (let k = 0; k < grids.length; k++) {
    const a = grids[k]!;
    // Grids sorted by their left edge: those starting in the gap after a stand together.
    let [lo, hi] = [k + 1, grids.length];
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (grids[mid]!.left <= a.right + TOLERANCE) lo = mid + 1;
      else hi = mid;
    }
    for (let n = lo; n < Math.min(grids.length, lo + MAX_NEIGHBOURS); n++) {
      const b = grids[n]!;
      if (b.left - a.right > MAX_GAP) break;
      if (Math.min(a.top, b.top) - Math.max(a.bottom, b.bottom) <= TOLERANCE) continue;
      if (rowsLineUp(a, b)) join(a.member, b.member);
    }
  }
}
