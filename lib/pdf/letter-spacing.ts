/**
 * Text set with extra character spacing: CSS `letter-spacing` on a web form printed by a browser,
 * Word's "expanded" character spacing, a justified label cell. pdf.js reads the gap after each
 * glyph as a space ("2 0 1 9 年 1 0 月", "“ A I ” 计 数", "1 2 节"). Beside Chinese characters the
 * spaces go in normalisation (normalize.ts); between digits and letters they would part a year,
 * a count or a word ("1 2节" read as 1). On a page that shows such runs, the spaces between single
 * glyphs are closed; a wider gap (two spaces or more) stays one space between words.
 */
import type { LayoutItem } from './layout';

/** One glyph, then glyphs each after one space, or after a wider gap between words. */
const SPACED_RUN = /^\S(?: \S| {2,}\S)+$/u;
/** Spaced runs of this many glyphs, on one page, before it counts as set letter-spaced. */
const MIN_GLYPHS = 3;
const MIN_RUNS = 3;
/** Longer items are read as they are (a hostile page's one-item paragraph). */
const MAX_ITEM_CHARS = 2000;

function spaced(str: string): boolean {
  return str.length <= MAX_ITEM_CHARS && SPACED_RUN.test(str);
}

function glyphs(str: string): number {
  let n = 0;
  for (const ch of str) if (ch !== ' ') n++;
  return n;
}

/**
 * The page's items with letter-spacing closed, when at least MIN_RUNS of them are letter-spaced
 * runs of MIN_GLYPHS glyphs or more (one "1 2 3" on a page is a list, not a typeface setting).
 */
export function withLetterSpacingClosed(items: LayoutItem[]): LayoutItem[] {
  let runs = 0;
  for (const i of items) {
    if (spaced(i.str) && glyphs(i.str) >= MIN_GLYPHS && ++runs >= MIN_RUNS) break;
  }
  if (runs < MIN_RUNS) return items;
  return items.map((i) =>
    spaced(i.str) ? { ...i, str: i.str.replace(/ +/g, (gap) => (gap.length > 1 ? ' ' : '')) } : i,
  );
}
