/**
 * Content set sideways on a page shown upright: a LaTeX sidewaystable, a Word text box or a
 * table turned a quarter in its cell, a landscape table pasted onto a portrait page. The page has
 * no /Rotate, yet its text runs up (or down) the page; read as it stands, every character is a
 * line of its own. A reader turns the sheet to read it, so the layout does too: when most of the
 * page's text runs one way at a quarter turn, the page is read in that turn's frame, as a page
 * displayed turned is (reading-frame.ts). The few upright runs left (a page number, a running
 * head) then stand sideways in that frame and are read as vertical text.
 */
import type { TextItem } from 'pdfjs-dist/types/src/display/api';

/** Share of the page's characters that must run at the quarter turn. */
const SIDEWAYS_SHARE = 0.7;
/** Fewer characters than this at a quarter turn is a margin note, not the page's content. */
const MIN_SIDEWAYS_CHARS = 8;
const NON_SPACE = /\S/;

/**
 * Degrees (90 or 270) the page must be turned clockwise so that most of its text reads upright;
 * 0 when it reads upright as it is (or its text runs every which way). Items are taken as drawn
 * in the frame the page is already read in.
 */
export function sidewaysTurn(items: readonly TextItem[]): 0 | 90 | 270 {
  let upright = 0;
  let up = 0;
  let down = 0;
  for (const item of items) {
    // Characters as the run's length: spaces in it are few, and a count without them would
    // cost a copy of every run of the page.
    const chars = item.str.length;
    if (chars === 0 || !NON_SPACE.test(item.str)) continue;
    const [a, b] = item.transform as number[];
    if (!Number.isFinite(a) || !Number.isFinite(b) || (a === 0 && b === 0)) continue;
    // The run's direction: along x (upright or upside down), up the page or down it; slanted
    // runs (a watermark at 45°) count for neither turn.
    if (Math.abs(b!) < 0.2 * Math.abs(a!)) upright += chars;
    else if (Math.abs(a!) < 0.2 * Math.abs(b!)) {
      if (b! > 0) up += chars;
      else down += chars;
    } else upright += chars;
  }
  const total = upright + up + down;
  if (total === 0) return 0;
  // Text running up the page reads upright once the page is turned a quarter clockwise.
  if (up >= MIN_SIDEWAYS_CHARS && up >= SIDEWAYS_SHARE * total) return 90;
  if (down >= MIN_SIDEWAYS_CHARS && down >= SIDEWAYS_SHARE * total) return 270;
  return 0;
}
