/**
 * Column borders a scan lost in part. A table's vertical border is found only where its pixels
 * run unbroken long enough; a seal, a faint print or JPEG noise can cut it to a piece a few rows
 * long, and the cells it parted elsewhere run into one (类别 | 智慧评价应用方向: the category and
 * the next field's label read as one value, the next field lost). Where a line of text inside
 * the table leaves a wide gap right where such a border stands in other rows, the border is
 * taken to run through that line too. The text's gap is the evidence: a cell's own text does not
 * leave two font sizes blank around the place of a column border.
 */
import type { TextItem } from 'pdfjs-dist/types/src/display/api';
import type { Ruling } from '../pdf/rulings';

/** A gap this wide (in font sizes) between two words of a line can hide a border... */
const WIDE_GAP = 2;
/** ...standing at least this far (font sizes) from either word. */
const CLEARANCE = 0.3;
/** Borders at the same x within this many points are one column border. */
const SAME_X = 2;

interface Word {
  x0: number;
  x1: number;
  baseline: number;
  size: number;
}

function horizontalWords(items: readonly TextItem[]): Word[] {
  const out: Word[] = [];
  for (const item of items) {
    const [a, b, , d, e, f] = item.transform as number[];
    if (Math.abs(b!) > 0.1 * Math.abs(a!) || !(d! > 0) || item.str.trim() === '') continue;
    out.push({ x0: e!, x1: e! + item.width, baseline: f!, size: d! });
  }
  return out;
}

/**
 * Pieces of vertical border to add (PDF user space): one across each line of text that leaves a
 * wide gap where a column border of its table stands in other rows. The line must lie inside the
 * table: between two borders that reach it, left and right of the gap.
 */
export function lostWallPieces(items: readonly TextItem[], rulings: readonly Ruling[]): Ruling[] {
  const walls = rulings.filter((r) => !r.horizontal);
  if (walls.length === 0) return [];
  const words = horizontalWords(items).sort((p, q) => q.baseline - p.baseline || p.x0 - q.x0);
  const lines: Word[][] = [];
  for (const w of words) {
    const line = lines.at(-1);
    if (line && Math.abs(line[0]!.baseline - w.baseline) <= 0.4 * Math.min(w.size, line[0]!.size))
      line.push(w);
    else lines.push([w]);
  }
  const out: Ruling[] = [];
  for (const line of lines) {
    line.sort((p, q) => p.x0 - q.x0);
    const size = Math.min(...line.map((w) => w.size));
    const bottom = Math.min(...line.map((w) => w.baseline)) - 0.2 * size;
    const top = Math.max(...line.map((w) => w.baseline)) + 0.8 * size;
    const middle = (bottom + top) / 2;
    const reaching = walls.filter((r) => r.from <= middle && r.to >= middle);
    for (let i = 0; i + 1 < line.length; i++) {
      const left = line[i]!.x1;
      const right = line[i + 1]!.x0;
      if (right - left < WIDE_GAP * size) continue;
      const from = left + CLEARANCE * size;
      const to = right - CLEARANCE * size;
      // Already parted by a border reaching the line: nothing lost here.
      if (reaching.some((r) => r.at > left && r.at < right)) continue;
      // Inside the table: borders reaching the line on both sides of the gap.
      if (!reaching.some((r) => r.at < left) || !reaching.some((r) => r.at > right)) continue;
      const candidates = walls.filter((r) => r.at >= from && r.at <= to);
      if (candidates.length === 0) continue;
      // The candidate border belongs to the same table: it lies between the walls that reach the line.
      const tableTop = Math.max(...reaching.map((r) => r.to));
      const tableBottom = Math.min(...reaching.map((r) => r.from));
      const inTable = candidates.filter(
        (r) => r.from >= tableBottom - SAME_X && r.to <= tableTop + SAME_X,
      );
      if (inTable.length === 0) continue;
      // The border nearest the gap's middle, if several stand in it.
      const centre = (left + right) / 2;
      const at = inTable.reduce((best, r) =>
        Math.abs(r.at - centre) < Math.abs(best.at - centre) ? r : best,
      ).at;
      out.push({ horizontal: false, at, from: bottom, to: top });
    }
  }
  return out;
}
