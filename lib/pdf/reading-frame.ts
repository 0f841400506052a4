/**
 * The page as the viewer shows it. A page with /Rotate 90, 180 or 270 is displayed turned: a
 * scanner's sideways sheet, a Word or WPS landscape section, a ReportLab table page set landscape
 * on a portrait MediaBox. Its content is drawn turned the other way so that it reads upright on
 * screen; in PDF user space its lines run up or down the page. Lines, cells and tables are what a
 * reader sees, so the layout reads such a page in its reading frame: user space turned as pdf.js's
 * viewport turns it (y still up, origin at the bottom left of the page as shown). Item rectangles
 * go back to user space (highlights, anchors and the text layer live there).
 */

import type { TextItem } from 'pdfjs-dist/types/src/display/api';
import { type Affine, applyAffine, invertAffine } from './affine';
import type { FieldWords } from './form-fields';
import type { LayoutItem, Rect } from './layout';
import type { DrawnBox, Ruling } from './rulings';

/** [a, b, c, d, e, f]: x' = a·x + c·y + e, y' = b·x + d·y + f (PDF's matrix order). */
export type { Affine };
export { applyAffine };

export interface ReadingFrame {
  /** Degrees the page is turned clockwise for display: 90, 180 or 270. */
  turn: 90 | 180 | 270;
  /** User space → reading frame. */
  toReading: Affine;
  /** Reading frame → user space. */
  toUser: Affine;
  /** The page's box in the reading frame. */
  view: Rect;
}

/** A page's reading frame; null for a page shown as stored (rotation 0, the common case). */
export function readingFrame(view: Rect, rotation: number): ReadingFrame | null {
  const turn = (((Math.round(rotation / 90) * 90) % 360) + 360) % 360;
  if (turn !== 90 && turn !== 180 && turn !== 270) return null;
  if (!Array.isArray(view) || !view.every(Number.isFinite)) return null;
  const [x0, y0, x1, y1] = [
    Math.min(view[0], view[2]),
    Math.min(view[1], view[3]),
    Math.max(view[0], view[2]),
    Math.max(view[1], view[3]),
  ];
  const w = x1 - x0;
  const h = y1 - y0;
  // pdf.js's viewport for each rotation, with y kept upwards: the top left of the page as stored
  // lands at the top right (90), the bottom right (180) or the bottom left (270) of the shown page.
  if (turn === 90) return frame(90, [0, -1, 1, 0, -y0, x1], [0, 0, h, w]);
  if (turn === 180) return frame(180, [-1, 0, 0, -1, x1, y1], [0, 0, w, h]);
  return frame(270, [0, 1, -1, 0, y1, -x0], [0, 0, h, w]);
}

function frame(turn: 90 | 180 | 270, toReading: Affine, view: Rect): ReadingFrame {
  return { turn, toReading, toUser: invertAffine(toReading), view };
}

/** The rectangle's image (exact: quarter turns keep rectangles upright). */
export function mapRect(m: Affine, [x0, y0, x1, y1]: Rect): Rect {
  const [ax, ay] = applyAffine(m, x0, y0);
  const [bx, by] = applyAffine(m, x1, y1);
  return [Math.min(ax, bx), Math.min(ay, by), Math.max(ax, bx), Math.max(ay, by)];
}

/** A pdf.js text item as the reader sees it: its matrix turned with the page. */
export function turnTextItem(item: TextItem, m: Affine): TextItem {
  const [a, b, c, d, e, f] = item.transform as number[];
  const [x, y] = applyAffine(m, e!, f!);
  return {
    ...item,
    transform: [
      m[0] * a! + m[2] * b!,
      m[1] * a! + m[3] * b!,
      m[0] * c! + m[2] * d!,
      m[1] * c! + m[3] * d!,
      x,
      y,
    ],
  };
}

/** A word with a box (OCR, a form field) turned with the page: a quarter turn swaps direction. */
export function turnLayoutItem(item: LayoutItem, f: ReadingFrame): LayoutItem {
  const rect = mapRect(f.toReading, item.rect);
  const vertical = f.turn === 180 ? item.vertical : !item.vertical;
  const baseline = vertical ? rect[3] : rect[1] + 0.2 * (rect[3] - rect[1]);
  return { ...item, rect, baseline, vertical };
}

export function turnRuling(r: Ruling, m: Affine): Ruling {
  const a = applyAffine(m, r.horizontal ? r.from : r.at, r.horizontal ? r.at : r.from);
  const b = applyAffine(m, r.horizontal ? r.to : r.at, r.horizontal ? r.at : r.to);
  const horizontal = Math.abs(a[1] - b[1]) < Math.abs(a[0] - b[0]);
  return {
    horizontal,
    at: horizontal ? (a[1] + b[1]) / 2 : (a[0] + b[0]) / 2,
    from: horizontal ? Math.min(a[0], b[0]) : Math.min(a[1], b[1]),
    to: horizontal ? Math.max(a[0], b[0]) : Math.max(a[1], b[1]),
  };
}

export function turnBox(box: DrawnBox, m: Affine): DrawnBox {
  return { ...box, rect: mapRect(m, box.rect) };
}

export function turnField(field: FieldWords, f: ReadingFrame): FieldWords {
  return {
    ...field,
    rect: mapRect(f.toReading, field.rect),
    items: field.items.map((i) => turnLayoutItem(i, f)),
  };
}

/** A page as the layout knows it: its box, rotation and any sideways content (sideways.ts). */
export interface FramedPage {
  view: Rect;
  rotation: number;
  sideways?: number;
}

/** The frame a page's lines and cells are in: its rotation plus its content's quarter turn. */
export function pageFrame(page: FramedPage): ReadingFrame | null {
  return readingFrame(page.view, page.rotation + (page.sideways ?? 0));
}

/** A page's rectangle (user space) where the layout's lines and cells are (reading frame). */
export function readingRect(page: FramedPage, rect: Rect): Rect {
  const f = pageFrame(page);
  return f ? mapRect(f.toReading, rect) : rect;
}

/** The page's box where its lines and cells are: the reading frame's. */
export function readingView(page: FramedPage): Rect {
  return pageFrame(page)?.view ?? page.view;
}
