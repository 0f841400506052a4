/**
 * OCR output as page text: the words of a scanned page become text items in PDF user space —
 * the very structure pdf.js gives for a text layer — and go through the same layout
 * (lib/pdf/text.ts `buildPageText`), with the table borders seen in the image as rulings. So
 * search, highlights, quote anchors, the layout reader and the fact finders work on scans
 * unchanged; the page text also says it was read by OCR, how sure the reading is, per character
 * and for the page.
 */
import type { TextItem } from 'pdfjs-dist/types/src/display/api';
import { type Affine, invertAffine, multiplyAffine } from '../pdf/affine';
import type { Ruling } from '../pdf/rulings';
import { buildPageText, type PageText, type Rect } from '../pdf/text';
import type { OcrImageResult } from './engine';
import { fontShare } from './font-size';
import { type Orientation, turnPoint, unrotatePoint } from './image';
import { joinSteps, type PixelRuling } from './image-rulings';
import { lostWallPieces } from './lost-walls';
import { withSpacedGlyphsJoined } from './spaced-glyphs';
import { linePoint, type PixelWord, pageWords } from './words';

/** A page's OCR result with what is needed to place it on the page (cacheable as JSON). */
export interface OcrPage {
  /** Counted from 1. */
  page: number;
  view: Rect;
  rotation: number;
  /** The viewport transform the image was rendered with: PDF user space → image pixels. */
  transform: number[];
  image: OcrImageResult;
}

/**
 * Below this mean confidence a page "could not be read reliably": its text is still shown and
 * searchable, but nothing read from it is proposed as certain.
 */
export const PAGE_CONFIDENCE_FLOOR = 0.8;

/** Characters below this confidence make a value uncertain. */
export const CHAR_CONFIDENCE_FLOOR = 0.9;

/** What a page text read by OCR carries besides the text. */
export interface OcrReading {
  source: 'ocr';
  /** Mean character confidence over the page, 0–1. */
  meanConfidence: number;
  /** False when the mean is below PAGE_CONFIDENCE_FLOOR. */
  reliable: boolean;
  /**
   * Confidence of each character of the page's `source` (the text as read, which evidence quotes
   * are taken from); 1 for the spaces and line ends the layout adds. `confidenceOf` reads it for
   * a range of the normalised `text`.
   */
  confidence: number[];
  /**
   * Degrees the scan was turned to straighten it. The text's boxes are in the straightened page
   * (so lines and table rows line up); `scanRect` and `scanTextItem` place them on the scan as
   * it is drawn, for highlights and the viewer's text layer.
   */
  skewDegrees: number;
  /**
   * What maps the straightened page back onto the scan: the image's geometry. `transform` maps
   * the page text's user space to the straightened image; for a page whose text stood turned
   * (`orientation`), that user space is the page turned upright, and `pageTransform` is the
   * page's own (PDF user space → the image as rendered).
   */
  frame: {
    transform: number[];
    width: number;
    height: number;
    skew: number;
    orientation?: Orientation;
    pageTransform?: number[];
  };
  dpi: number;
  seconds: number;
  /** Checkboxes read from the pixels, as they appear in the text (☑ or ☐). */
  checkboxes: { rect: Rect; ticked: boolean }[];
}

/** Page text with its OCR reading: what `ocrPageText` returns. */
export type OcrPageText = PageText & { ocr: OcrReading };

export function isOcrPageText(page: PageText): page is OcrPageText {
  return (page as Partial<OcrPageText>).ocr?.source === 'ocr';
}

function invert(m: number[]): Affine {
  return invertAffine(m as Affine);
}

function apply(m: Affine, [x, y]: [number, number]): [number, number] {
  return [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];
}

/** A word as a pdf.js text item (transform: reading direction and glyph "up", scaled by size). */
function toTextItem(word: PixelWord, toUser: Affine, share = 1): TextItem {
  const { line } = word;
  // The font's size, centred across the line box (font-size.ts: the box is padded).
  const half = ((line.vertical ? line.box.width : line.box.height) * share) / 2;
  // Corners in pixels: start/end of the word on its "bottom" edge, and the start on its top.
  // For vertical text the "bottom" is the left edge and "up" points right, as pdf.js sees it.
  const bottom = line.vertical ? -half : half;
  const start = apply(toUser, linePoint(line, word.u0, bottom));
  const end = apply(toUser, linePoint(line, word.u1, bottom));
  const top = apply(toUser, linePoint(line, word.u0, -bottom));
  const length = Math.hypot(end[0] - start[0], end[1] - start[1]) || 1e-3;
  const size = Math.hypot(top[0] - start[0], top[1] - start[1]) || 1e-3;
  const dir = [(end[0] - start[0]) / length, (end[1] - start[1]) / length];
  const up = [(top[0] - start[0]) / size, (top[1] - start[1]) / size];
  // pdf.js places text at its baseline; layout.ts draws the box from 20% of the size below it.
  const origin = [start[0] + up[0]! * 0.2 * size, start[1] + up[1]! * 0.2 * size];
  return {
    str: word.text,
    dir: 'ltr',
    transform: [
      dir[0]! * size,
      dir[1]! * size,
      up[0]! * size,
      up[1]! * size,
      origin[0]!,
      origin[1]!,
    ],
    width: length,
    height: size,
    fontName: OCR_FONT,
    hasEOL: false,
  };
}

/** The font name OCR text items carry; the viewer's text layer gives it a plain sans style. */
export const OCR_FONT = 'review-desk-ocr';

export interface OcrTextItems {
  items: TextItem[];
  /** Per item, the confidence of each character (UTF-16 units of `str`). */
  confidences: number[][];
  rulings: Ruling[];
  /** The checkboxes read from the pixels (they are also in the text as ☑ and ☐). */
  checkboxes: { rect: Rect; ticked: boolean }[];
}

/**
 * Whether a horizontal run of ink taken for a border lies inside a line of text the detector
 * found: the bottom strokes of characters side by side (县五里 of 湘阴县五里高级中学) join into
 * a run as long as a short border, and a border drawn through a cell's text splits the cell (a
 * people row then loses every field after its name). A border never runs through text: it
 * stands between lines, outside their boxes, or on their very edge (an underline).
 */
function throughText(r: PixelRuling, lines: OcrImageResult['lines']): boolean {
  if (!r.horizontal) return false;
  return lines.some((l) => {
    if (l.vertical) return false;
    const { cx, cy, width, height } = l.box;
    const along = Math.min(cx + width / 2, r.to) - Math.max(cx - width / 2, r.from);
    if (along < 0.5 * (r.to - r.from)) return false;
    const inside = Math.min(r.at - (cy - height / 2), cy + height / 2 - r.at);
    return inside > THROUGH_TEXT * height;
  });
}

/** How far inside a line's box (a share of its height) a run must lie to be a stroke of text. */
const THROUGH_TEXT = 0.1;

/**
 * The borders seen in the image, runs through text left out, pieces of one border joined
 * (image-rulings.ts `joinSteps`): pieces a pixel or so apart across, and at most one and a half
 * lines of text apart along.
 */
function joinedRulings(image: OcrImageResult): PixelRuling[] {
  const heights = image.lines
    .filter((l) => !l.vertical)
    .map((l) => l.box.height)
    .sort((a, b) => a - b);
  const textHeight = heights[heights.length >> 1] ?? (12 * image.dpi) / 72;
  const across = Math.max(1.5, image.dpi / 72);
  return [true, false].flatMap((horizontal) =>
    joinSteps(
      image.rulings.filter((r) => r.horizontal === horizontal && !throughText(r, image.lines)),
      across,
      1.5 * textHeight,
    ),
  );
}

/**
 * The page as it was read. Upright (the common case): its own user space and viewport transform.
 * A page whose text stood turned on the image was read from the image turned upright: its text
 * lies in the page turned upright (a portrait page for a portrait sheet scanned sideways), so
 * lines run across as layout expects; `scanFrame` turns it back onto the page as drawn.
 */
function readingFrame(page: OcrPage): { view: Rect; transform: Affine } {
  const orientation = page.image.orientation ?? 0;
  if (orientation === 0) return { view: page.view, transform: page.transform as Affine };
  const [a, b] = page.transform as Affine;
  const scale = Math.hypot(a, b);
  const { width, height } = page.image;
  // A page of its own, from the origin as most pages are: x' = s·x, y' = H − s·y.
  return {
    view: [0, 0, width / scale, height / scale],
    transform: [scale, 0, 0, -scale, 0, height],
  };
}

/** The OCR'd page as pdf.js text items plus table borders, all in PDF user space. */
export function ocrTextItems(page: OcrPage): OcrTextItems {
  const toUser = invert(readingFrame(page).transform);
  const { words, checkboxes } = pageWords(page.image);
  const share = fontShare(page.image.lines);
  const read = words.map((w) => toTextItem(w, toUser, share));
  const rulings: Ruling[] = [];
  for (const r of joinedRulings(page.image)) {
    const a = apply(toUser, r.horizontal ? [r.from, r.at] : [r.at, r.from]);
    const b = apply(toUser, r.horizontal ? [r.to, r.at] : [r.at, r.to]);
    const horizontal = Math.abs(a[1] - b[1]) < Math.abs(a[0] - b[0]);
    rulings.push({
      horizontal,
      at: horizontal ? (a[1] + b[1]) / 2 : (a[0] + b[0]) / 2,
      from: horizontal ? Math.min(a[0], b[0]) : Math.min(a[1], b[1]),
      to: horizontal ? Math.max(a[0], b[0]) : Math.max(a[1], b[1]),
    });
  }
  // A letter-spaced cell read one character a box is one word again (spaced-glyphs.ts).
  const { items, confidences } = withSpacedGlyphsJoined(
    read,
    words.map((w) => w.confidences),
    rulings,
  );
  rulings.push(...lostWallPieces(items, rulings));
  return {
    items,
    confidences,
    rulings,
    checkboxes: checkboxes.map((b) => ({
      rect: boundsOf([apply(toUser, [b.x0, b.y0]), apply(toUser, [b.x1, b.y1])]),
      ticked: b.ticked,
    })),
  };
}

function itemKey(str: string, rect: Rect | number[]): string {
  return `${str}@${Math.round(rect[0]! * 4)},${Math.round(rect[1]! * 4)}`;
}

/**
 * Page text from a page's OCR result: the structure a text layer gives (lines, cells, items with
 * rectangles and offsets), marked `ocr.source = 'ocr'`, with per-character and page confidence.
 */
export function ocrPageText(page: OcrPage): OcrPageText {
  const { items, confidences, rulings, checkboxes } = ocrTextItems(page);
  const reading = readingFrame(page);
  // A page read upright from the scan's image stands in user space as the page does, /Rotate
  // and all: the layout turns it as the viewer shows it (lib/pdf/reading-frame.ts). A page read
  // from the image turned upright is already in its own upright frame.
  const rotation = page.image.orientation ? 0 : page.rotation;
  // Sizes here are the recogniser's boxes, not fonts (layout.ts LayoutOptions).
  const text = buildPageText(
    page.page,
    reading.view,
    rotation,
    items,
    rulings,
    {},
    {
      estimatedSizes: true,
    },
  );
  // Confidence per source character, found again item by item (layout may reorder items).
  const byKey = new Map<string, number[]>();
  items.forEach((item, i) => {
    const [, , , , e, f] = item.transform as number[];
    byKey.set(itemKey(item.str, [e!, f! - 0.2 * item.height]), confidences[i]!);
  });
  const sourceConfidence = new Float32Array(text.source.length).fill(1);
  for (const item of text.items) {
    const own =
      byKey.get(itemKey(item.str, item.rect)) ?? sameTextNear(item.str, confidences, items);
    for (let k = 0; k < item.sourceEnd - item.sourceStart; k++) {
      sourceConfidence[item.sourceStart + k] = own?.[k] ?? minOf(own) ?? 0.5;
    }
  }
  const confidence = Array.from(sourceConfidence, (p) => Math.round(p * 1000) / 1000);
  const all = confidences.flat();
  const meanConfidence = all.length ? all.reduce((s, p) => s + p, 0) / all.length : 0;
  return {
    ...text,
    ocr: {
      source: 'ocr',
      meanConfidence,
      reliable: meanConfidence >= PAGE_CONFIDENCE_FLOOR,
      confidence,
      skewDegrees: (page.image.skew * 180) / Math.PI,
      frame: {
        transform: reading.transform,
        width: page.image.width,
        height: page.image.height,
        skew: page.image.skew,
        ...(page.image.orientation
          ? { orientation: page.image.orientation, pageTransform: page.transform }
          : {}),
      },
      dpi: page.image.dpi,
      seconds: page.image.seconds,
      checkboxes,
    },
  };
}

function boundsOf(points: [number, number][]): Rect {
  const xs = points.map((p) => p[0]);
  const ys = points.map((p) => p[1]);
  return [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)];
}

function minOf(list: number[] | undefined): number | undefined {
  return list && list.length > 0 ? Math.min(...list) : undefined;
}

/** An item the layout split or rebuilt: the confidences of a word that contains its text. */
function sameTextNear(
  str: string,
  confidences: number[][],
  items: TextItem[],
): number[] | undefined {
  const i = items.findIndex((item) => item.str.includes(str));
  if (i < 0) return undefined;
  const offset = items[i]!.str.indexOf(str);
  return confidences[i]!.slice(offset, offset + str.length);
}

/** The lowest character confidence in a range of the page's normalised text (1 if none). */
export function confidenceOf(page: OcrPageText, start: number, end: number): number {
  let min = 1;
  const from = page.toSource[Math.max(0, start)] ?? 0;
  const to = page.toSource[Math.min(end, page.toSource.length - 1)] ?? page.source.length;
  for (let i = from; i < to; i++) {
    if (page.source[i]!.trim() === '') continue;
    min = Math.min(min, page.ocr.confidence[i] ?? 1);
  }
  return min;
}

/** An affine map read off a point function at three points (exact when the function is affine). */
function affineOf(f: (x: number, y: number) => [number, number]): Affine {
  const o = f(0, 0);
  const x = f(1, 0);
  const y = f(0, 1);
  return [x[0] - o[0], x[1] - o[1], y[0] - o[0], y[1] - o[1], o[0], o[1]];
}

/**
 * PDF user space of the straightened page → PDF user space of the page as scanned: the skew
 * undone, and the page turned back the way its text stood on the scan.
 */
export function scanFrame(page: OcrPageText): Affine {
  const { transform, width, height, skew, orientation, pageTransform } = page.ocr.frame;
  if (!skew && !orientation) return [1, 0, 0, 1, 0, 0];
  const toPixel = transform as Affine;
  let toScan = toPixel;
  if (skew)
    toScan = multiplyAffine(
      toScan,
      affineOf((x, y) => unrotatePoint(width, height, skew, x, y)),
    );
  if (orientation) {
    toScan = multiplyAffine(
      toScan,
      affineOf((x, y) => turnPoint(width, height, orientation, x, y)),
    );
  }
  return multiplyAffine(toScan, invert((pageTransform ?? transform) as Affine));
}

/** A rectangle of the straightened page as it lies on the scan (its bounding box there). */
export function scanRect(page: OcrPageText, rect: Rect, frame = scanFrame(page)): Rect {
  return boundsOf([
    apply(frame, [rect[0], rect[1]]),
    apply(frame, [rect[2], rect[1]]),
    apply(frame, [rect[0], rect[3]]),
    apply(frame, [rect[2], rect[3]]),
  ]);
}

/** A text item of the straightened page turned onto the scan (pdf.js draws it at that angle). */
export function scanTextItem(item: TextItem, frame: Affine): TextItem {
  const [a, b, c, d, e, f] = item.transform as Affine;
  const [m0, m1, m2, m3] = frame;
  const [x, y] = apply(frame, [e, f]);
  return {
    ...item,
    transform: [a * m0 + b * m2, a * m1 + b * m3, c * m0 + d * m2, c * m1 + d * m3, x, y],
  };
}
