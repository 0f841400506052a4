/**
 * A sheet turned upside down among the others: a page a scanning or merging tool set /Rotate 180
 * over content written upright, or content drawn under a half-turn (a 180° `cm`) on a page shown
 * as stored. As the viewer shows it, its text stands on its head; read as it stands, every line
 * runs right to left from the bottom of the page up, and a label lands after its value. A reader
 * turns the sheet round, so the layout does too: when most of the page's text, as shown, runs
 * upside down, the page is read in the frame of its rotation plus a half-turn (reading-frame.ts),
 * which for a /Rotate 180 page over upright content is user space itself. Item rectangles stay in
 * user space, so evidence still points to the page as stored.
 */
import type { TextItem } from 'pdfjs-dist/types/src/display/api';

/** Share of the page's characters that must run upside down. */
const UPSIDE_DOWN_SHARE = 0.7;
/** Fewer characters than this upside down is a stamp or a note, not the page's content. */
const MIN_UPSIDE_DOWN_CHARS = 8;
const NON_SPACE = /\S/;

/**
 * Whether most of the page's text, taken in the frame the page is already read in, runs upside
 * down (its matrix about [-s 0 0 -s …]): then the page is read turned half round.
 */
export function upsideDown(items: readonly TextItem[]): boolean {
  let turned = 0;
  let total = 0;
  for (const item of items) {
    const chars = item.str.length;
    if (chars === 0 || !NON_SPACE.test(item.str)) continue;
    const [a, b, c, d] = item.transform as number[];
    if (![a, b, c, d].every(Number.isFinite)) continue;
    total += chars;
    // Along x, leftwards, with its up pointing down the page: a glyph on its head. A run mirrored
    // on one axis only (a < 0 with d > 0) is not a turned sheet.
    if (a! < 0 && d! < 0 && Math.abs(b!) < 0.2 * Math.abs(a!) && Math.abs(c!) < 0.2 * Math.abs(d!))
      turned += chars;
  }
  return turned >= MIN_UPSIDE_DOWN_CHARS && turned >= UPSIDE_DOWN_SHARE * total;
}
