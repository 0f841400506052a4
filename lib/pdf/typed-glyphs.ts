/**
 * The characters of a run of typed text with their estimated places: the run's width shared
 * among its characters, an ideograph (full width) counting twice a Latin letter — exact for a
 * monospace CJK font, close for the others. Shared by the readers of typed tables
 * (typed-tables.ts, typed-columns.ts).
 */
import type { LayoutItem } from './layout';

/** More walls than this on one line is no form's table (a hostile page of 100,000 bars). */
export const MAX_BARS_PER_LINE = 48;
/** A typed row longer than this is no form's table row (a page's width holds ~200 columns). */
export const MAX_ROW_CHARS = 2000;

/** Display width of a character in a monospace font: 2 for full-width (CJK), else 1. */
function cells(ch: string): number {
  const c = ch.codePointAt(0)!;
  return (c >= 0x1100 && c <= 0x115f) ||
    (c >= 0x2e80 && c <= 0xa4cf) ||
    (c >= 0xac00 && c <= 0xd7a3) ||
    (c >= 0xf900 && c <= 0xfaff) ||
    (c >= 0xfe30 && c <= 0xfe4f) ||
    (c >= 0xff00 && c <= 0xff60) ||
    (c >= 0xffe0 && c <= 0xffe6) ||
    c >= 0x20000
    ? 2
    : 1;
}

export interface Glyph {
  ch: string;
  x0: number;
  x1: number;
}

/** The run's characters with their estimated left and right edges. */
export function glyphsOf(item: LayoutItem): Glyph[] {
  const chars = Array.from(item.str);
  let total = 0;
  for (const ch of chars) total += cells(ch);
  const unit = (item.rect[2] - item.rect[0]) / Math.max(1, total);
  const out: Glyph[] = [];
  let x = item.rect[0];
  for (const ch of chars) {
    const w = cells(ch) * unit;
    out.push({ ch, x0: x, x1: x + w });
    x += w;
  }
  return out;
}

export interface TypedRow {
  baseline: number;
  size: number;
  /**
   * Walls' x, left to right: a typed row's bars (at its text's ends where it leaves the outer
   * bars out), or the gaps between columns set with spaces.
   */
  bars: number[];
  /** The text between walls, one run per piece, with the number of walls left of it. */
  pieces: { item: LayoutItem; cell: number }[];
}
