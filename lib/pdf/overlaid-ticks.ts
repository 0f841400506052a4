/**
 * A tick set over a box character of another run ticks that box. A printed form filled in a PDF
 * editor gets its choices as a √ typed on top of the form's □ (a typewriter annotation, or text
 * added to the page); the two are separate runs, so the text reads "□ 智慧评价√" or "√□ …"
 * depending on where the tick starts, and no reader can tell which option it marks. Here the
 * box under the tick's middle reads ☑ (a round one ◉) and the tick is dropped: the option reads
 * ticked where it stands, as if the form had printed ☑. Only a tick standing on a box counts;
 * one beside an option is left to the readers of ticks.
 *
 * Positions inside a run are estimated (an ideograph or full-width box one em, other characters
 * half): exact for the monospaced runs of Chinese forms, close enough to tell one box from the
 * next in a row of options.
 */
import type { LayoutItem } from './layout';

const TICK = /^[√✓✔✗✘×]$/u;
const BOX = /[□☐▢◻○◯]/u;
const TICKED: Record<string, string> = { '○': '◉', '◯': '◉' };
/** Ticks and boxes compared at most (a hostile page of 100,000 ticks stays bounded). */
const MAX_PAIRS = 2_000_000;

function em(ch: string): number {
  return ch.codePointAt(0)! >= 0x2e80 || /[□☐▢◻○◯]/u.test(ch) ? 1 : 0.5;
}

/** The index (in code points) of the box character of `item` under x, or -1. */
function boxUnder(item: LayoutItem, x: number): number {
  const chars = Array.from(item.str);
  const total = chars.reduce((w, ch) => w + em(ch), 0);
  if (total <= 0) return -1;
  const unit = (item.rect[2] - item.rect[0]) / total;
  let at = item.rect[0];
  for (let i = 0; i < chars.length; i++) {
    const w = em(chars[i]!) * unit;
    // The tick's middle on the box, or within a fifth of it (a tick drawn a little aside).
    if (BOX.test(chars[i]!) && x >= at - 0.2 * w && x <= at + 1.2 * w) return i;
    at += w;
  }
  return -1;
}

/** Items with each tick standing on a box character merged into that box (see above). */
export function withTicksOnBoxGlyphs(items: LayoutItem[]): LayoutItem[] {
  const ticks = items.filter((i) => !i.vertical && TICK.test(i.str.trim()));
  if (ticks.length === 0) return items;
  const boxes = items.filter((i) => !i.vertical && !TICK.test(i.str.trim()) && BOX.test(i.str));
  if (boxes.length === 0) return items;
  const replaced = new Map<LayoutItem, string[]>();
  const dropped = new Set<LayoutItem>();
  let pairs = 0;
  for (const tick of ticks) {
    const cx = (tick.rect[0] + tick.rect[2]) / 2;
    const tickHeight = tick.rect[3] - tick.rect[1];
    for (const box of boxes) {
      if (++pairs > MAX_PAIRS) break;
      if (cx < box.rect[0] - tick.size || cx > box.rect[2]) continue;
      // Most of the tick's height on the box's line.
      const overlap = Math.min(tick.rect[3], box.rect[3]) - Math.max(tick.rect[1], box.rect[1]);
      if (overlap < 0.5 * Math.min(tickHeight, box.rect[3] - box.rect[1])) continue;
      const index = boxUnder(box, cx);
      if (index < 0) continue;
      const chars = replaced.get(box) ?? Array.from(box.str);
      chars[index] = TICKED[chars[index]!] ?? '☑';
      replaced.set(box, chars);
      dropped.add(tick);
      break;
    }
  }
  if (dropped.size === 0) return items;
  return items
    .filter((i) => !dropped.has(i))
    .map((i) => {
      const chars = replaced.get(i);
      return chars ? { ...i, str: chars.join('') } : i;
    });
}
