/**
 * A borderless table (LaTeX booktabs, a pandoc pipe table, a web table printed without lines)
 * whose cell text runs right up to the next column: an 11-digit phone filling its narrow column
 * stops a hair before the unit's name beside it ("17768465375湘阴县静河中学"), closer than the
 * gap that parts cells. Where such a piece holds a break between two text runs exactly at the
 * start of a column that a table line of the same block opens a cell at (its header, "所在单位"),
 * it is two cells.
 *
 * Only a real break: the runs must stand apart (a run cut in two inside a word abuts its other
 * half), and the column start must be another line's, one of three cells or more. pdf.js may
 * give two such cells as one text item with a space between ("职称（职级） 联系方式"): the item
 * is cut at a space where its next word, placed by the widths of its characters, stands at
 * such a start.
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
      const pieces = seg.flatMap((i) => piecesAtStarts(items, i, (x) => opensColumn(x, li)));
      return cutLine(
        pieces,
        items,
        (item, gap) => gap >= MIN_GAP_EM * item.size && opensColumn(item.rect[0], li),
      );
    }),
  );
}

/**
 * A line's items (left to right) cut into pieces before each item where `cuts` says so, given
 * its gap from the furthest right edge before it.
 */
export function cutLine(
  line: number[],
  items: LayoutItem[],
  cuts: (item: LayoutItem, gap: number) => boolean,
): number[][] {
  const out: number[][] = [];
  let current: number[] = [];
  let lastRight = Number.NEGATIVE_INFINITY;
  for (const i of line) {
    const item = items[i]!;
    if (current.length > 0 && cuts(item, item.rect[0] - lastRight)) {
      out.push(current);
      current = [];
    }
    current.push(i);
    lastRight = Math.max(lastRight, item.rect[2]);
  }
  if (current.length > 0) out.push(current);
  return out;
}

/** An ideograph or a full-width sign is one em wide; Latin letters and digits about half. */
const widthOf = (ch: string) => (ch.charCodeAt(0) >= 0x2e80 ? 1 : 0.5);

/**
 * The item cut at its spaces where the next word starts at a column start (`opens`), the new
 * pieces appended to `items`; the item itself when no cut is made.
 */
function piecesAtStarts(items: LayoutItem[], i: number, opens: (x: number) => boolean): number[] {
  const item = items[i]!;
  const chars = Array.from(item.str);
  if (item.vertical || chars.length < 3 || chars.length > 200 || !/\S\s+\S/.test(item.str)) {
    return [i];
  }
  const spaces = chars.filter((c) => /\s/.test(c)).length;
  const glyphs = chars.reduce((w, c) => w + (/\s/.test(c) ? 0 : widthOf(c)), 0);
  const width = item.rect[2] - item.rect[0];
  // What the glyphs leave of the item's width is its spaces'.
  const space = (width - glyphs * item.size) / spaces;
  if (!(space > 0)) return [i];
  const cuts: { from: number; x: number }[] = [];
  let x = item.rect[0];
  for (let k = 0; k < chars.length; k++) {
    const ch = chars[k]!;
    const isSpace = /\s/.test(ch);
    if (!isSpace && k > 0 && /\s/.test(chars[k - 1]!) && opens(x)) cuts.push({ from: k, x });
    x += isSpace ? space : widthOf(ch) * item.size;
  }
  if (cuts.length === 0) return [i];
  const out: number[] = [];
  const bounds = [{ from: 0, x: item.rect[0] }, ...cuts];
  bounds.forEach((b, n) => {
    const next = bounds[n + 1];
    const str = chars.slice(b.from, next?.from ?? chars.length).join('');
    const x1 = next ? next.x - space : item.rect[2];
    items.push({
      ...item,
      str: next ? str.trimEnd() : str,
      rect: [b.x, item.rect[1], x1, item.rect[3]],
    });
    out.push(items.length - 1);
  });
  return out;
}
