/**
 * The layout reader's input: a page as words with boxes, and the page's ruling lines when known.
 * pdf.js's text layer gives it (text.ts turns text items into words); an OCR engine can give it
 * too: recognised words or text lines, each with its box, in any order. Everything after this
 * point (lines, cells, tables, key–value pairs, checkbox grids, headings; lib/pdf/structure) is
 * the same whoever read the page.
 *
 * Coordinates are PDF user space: points, origin at the bottom left, y growing upwards (an OCR
 * engine working in image pixels converts: x_pt = x_px × 72 / dpi, y_pt = pageHeight_pt − y_px ×
 * 72 / dpi). A word may be one character, a word, or a whole run of a line; finer is better where
 * cells sit close together. Checkbox marks are words of their own where possible (☑ ■ √ ✓ for
 * ticked, ☐ □ for empty).
 */
import type { Rect } from './layout';
import type { Ruling } from './rulings';

export interface PageWord {
  text: string;
  /** x0, y0, x1, y1 in PDF user space (y up). */
  rect: Rect;
  /** Font size (the text height in user space); defaults to the box height. */
  size?: number;
  /** The baseline's y; defaults to 20% of the box height above its bottom. */
  baseline?: number;
  /** Text running top to bottom. */
  vertical?: boolean;
}

export interface PageWords {
  /** Counted from 1. */
  page: number;
  /** The page's view box in PDF user space. */
  view: Rect;
  /** Degrees; 0 unless the page is displayed rotated. */
  rotation?: number;
  words: PageWord[];
  /** Table borders (horizontal and vertical segments), when known: they group text into cells. */
  rulings?: Ruling[];
}
