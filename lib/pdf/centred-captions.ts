/**
 * Section captions between tables drawn without borders: an HTML form imported by LibreOffice
 * (or a Word form whose borders were removed) sets each table's caption ("项目负责人", "核心成员")
 * as a short line centred on the page, the axis its title is centred on, right between the last
 * row of one table and the header of the next. Without rulings the caption lines up with some
 * column of the table above or below and would be read as a wrapped cell of its nearest row
 * ("小学项目负责人"). A lone short label centred on the title's axis is a caption, not cell text.
 */
import { boundsOf, type LayoutItem } from './layout';

/** A caption: a few ideographs, perhaps with a count after them ("核心成员（8人）"). */
const CAPTION = /^\p{Script=Han}{2,12}(?:[（(][\p{Script=Han}\d]{1,6}[）)])?$/u;
/** Centres this close (PDF units) stand on one axis: a centred line's own rounding. */
const AXIS = 1.5;
/** A title is set at least this much larger than the text of the page. */
const TITLE_RATIO = 1.25;
const MAX_ON_AXIS = 64;

function sizeOf(line: number[], items: LayoutItem[]): number {
  // A loop over a line's items, not Math.max(...sizes): a hostile line may hold very many.
  let size = 0;
  for (const i of line) size = Math.max(size, items[i]!.size);
  return size;
}

/**
 * The lines (of `candidates`, each one piece) that are captions: text a caption's, centred
 * within AXIS of a wider line set larger (the page's title) on the same page.
 */
export function centredCaptions(
  lines: number[][],
  candidates: number[][],
  items: LayoutItem[],
): Set<number[]> {
  // Most pages hold no line that reads as a caption: nothing else is worked out for them.
  const captions = candidates.filter((line) => {
    const text = line.map((i) => items[i]!.str.replace(/\s+/g, '')).join('');
    return text.length <= 24 && CAPTION.test(text);
  });
  const out = new Set<number[]>();
  if (captions.length === 0) return out;
  let smallest = Infinity;
  for (const line of candidates) smallest = Math.min(smallest, sizeOf(line, items));
  // Lines set large enough to be a title over some candidate, by centre, so that each caption
  // looks only at the lines on its axis.
  const titles = lines
    .map((line) => ({ rect: boundsOf(line, items), size: sizeOf(line, items) }))
    .filter(({ size }) => size >= TITLE_RATIO * smallest)
    .map(({ rect, size }) => ({ centre: (rect[0] + rect[2]) / 2, width: rect[2] - rect[0], size }))
    .sort((a, b) => a.centre - b.centre);
  const onAxis = (centre: number, width: number, size: number) => {
    let [lo, hi] = [0, titles.length];
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (titles[mid]!.centre < centre - AXIS) lo = mid + 1;
      else hi = mid;
    }
    // A hostile page may stack thousands of lines on one axis: a few dozen are enough to look at.
    for (let k = lo; k < Math.min(titles.length, lo + MAX_ON_AXIS); k++) {
      const t = titles[k]!;
      if (t.centre > centre + AXIS) break;
      if (t.size >= TITLE_RATIO * size && t.width > width) return true;
    }
    return false;
  };
  for (const line of captions) {
    const rect = boundsOf(line, items);
    const centre = (rect[0] + rect[2]) / 2;
    const size = sizeOf(line, items);
    if (onAxis(centre, rect[2] - rect[0], size)) out.add(line);
  }
  return out;
}
