/**
 * Glyphs drawn one text object each, stored out of reading order (pdf-lib's drawText per
 * character, a PDF optimiser reordering a page's objects, a form filler placing digits into
 * boxes): pdf.js joins glyphs that follow each other in the file when they stand close on one
 * baseline, and reads the gap between them as a space. When a glyph stored later stands in that
 * gap, the joined run "1 2" is drawn around it ("9"), and the line would read "1 29" for "192".
 * Such a run is parted again at its spaces: its first piece where the run starts, its last where
 * it ends, those between spread over the gap (every piece is then placed by x with the rest).
 */
import type { LayoutItem } from './layout';

/** Runs on one baseline looked at around each run, at most (a hostile line of thousands). */
const MAX_NEIGHBOURS = 256;
/** Longer runs are left whole: glyph-by-glyph placement holds a few characters per run. */
const MAX_RUN_CHARS = 64;
/** Pieces of a run parted: glyphs placed one by one join into a few characters at most. */
const MAX_PIECE_CHARS = 3;

/** A glyph's advance estimated from the type size: ideographs an em, Latin and digits about half. */
function advance(piece: string, size: number): number {
  let w = 0;
  for (const ch of piece) w += (ch.codePointAt(0)! < 0x2000 ? 0.55 : 1) * size;
  return w;
}

function parted(item: LayoutItem): LayoutItem[] {
  const pieces = item.str.split(/ +/).filter((p) => p !== '');
  const [x0, y0, x1, y1] = item.rect;
  const widths = pieces.map((p) => Math.min(advance(p, item.size), x1 - x0));
  const last = pieces.length - 1;
  const gap = pieces.length > 1 ? x1 - widths[last]! - (x0 + widths[0]!) : 0;
  let between = 0;
  for (let k = 1; k < last; k++) between += widths[k]!;
  const step = last > 0 ? (gap - between) / last : 0;
  let x = x0;
  return pieces.map((str, k) => {
    const start = k === last ? x1 - widths[k]! : x;
    x = start + widths[k]! + step;
    return { ...item, str, rect: [start, y0, start + widths[k]!, y1] };
  });
}

/** The items, each run with a space that another run's glyph stands inside parted at its spaces. */
export function withInterleavedRunsParted(items: LayoutItem[]): LayoutItem[] {
  const candidates = items.filter(
    (i) =>
      !i.vertical &&
      i.str.length <= MAX_RUN_CHARS &&
      /\S +\S/.test(i.str) &&
      i.str
        .trim()
        .split(/ +/)
        .every((p) => Array.from(p).length <= MAX_PIECE_CHARS),
  );
  if (candidates.length === 0) return items;
  const byBaseline = items.filter((i) => !i.vertical).sort((a, b) => a.baseline - b.baseline);
  const inside = (run: LayoutItem): boolean => {
    const tolerance = 0.3 * run.size;
    let [lo, hi] = [0, byBaseline.length];
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (byBaseline[mid]!.baseline < run.baseline - tolerance) lo = mid + 1;
      else hi = mid;
    }
    for (let k = lo; k < Math.min(byBaseline.length, lo + MAX_NEIGHBOURS); k++) {
      const other = byBaseline[k]!;
      if (other.baseline > run.baseline + tolerance) break;
      const middle = (other.rect[0] + other.rect[2]) / 2;
      if (other !== run && middle > run.rect[0] && middle < run.rect[2]) return true;
    }
    return false;
  };
  const split = new Set(candidates.filter(inside));
  if (split.size === 0) return items;
  return items.flatMap((i) => (split.has(i) ? parted(i) : [i]));
}
