/**
 * The text of each page, normalised (see normalize.ts), in reading order (see layout.ts), with
 * every item's rectangle in PDF user space and its offsets into the page text, so that a range
 * of text (evidence, an anchored quote, a search hit) can be highlighted. A page whose text
 * layer is empty or negligible is a scan: it needs OCR or manual entry, and nothing is read
 * from it.
 */
import type { PDFPageProxy } from 'pdfjs-dist';
import type { TextItem } from 'pdfjs-dist/types/src/display/api';
import type { OptionalContentConfig } from 'pdfjs-dist/types/src/display/optional_content_config';
import { ReviewDeskError } from '../errors';
import { upperMedian } from '../median';
import { getPlatform } from '../platform';
import { pageAnnotations, withAnnotationText } from './annotation-text';
import { withoutFootnoteMarks } from './footnote-marks';
import { type FieldWords, fieldRulings, fieldWords } from './form-fields';
import { withInterleavedRunsParted } from './interleaved-runs';
import { type LayoutItem, type LayoutOptions, layoutPage, type Rect } from './layout';
import { withLetterSpacingClosed } from './letter-spacing';
import { withoutMarginBalloons } from './margin-balloons';
import { fromSource, type NormalizedText, normalizeText } from './normalize';
import { DEFAULT_PAGE_BUDGET_MS, type OpenedPdf, pageError, withBudget } from './open';
import { optionalContentOf, shownTextContent } from './optional-content';
import { withTicksOnBoxGlyphs } from './overlaid-ticks';
import { type PageShapes, withBoxes, withFields } from './page-shapes';
import {
  mapRect,
  pageFrame,
  type ReadingFrame,
  readingFrame,
  turnBox,
  turnField,
  turnLayoutItem,
  turnRuling,
  turnTextItem,
} from './reading-frame';
import { withoutRubyGlosses } from './ruby-glosses';
import { pageGraphics, type Ruling } from './rulings';
import { sidewaysTurn } from './sideways';
import { withoutStruckText } from './struck-text';
import { stampText } from './structure/voided';
import { typedTables } from './typed-tables';
import { withUnderlinedChoices } from './underlined-choices';
import { upsideDown } from './upside-down';
import { withoutWatermarks } from './watermark';
import type { PageWords } from './words';

// Whole documents (document-text.ts) are read page by page with getPageText below; their API is
// also offered here, where callers have always found it.
export {
  type DocumentText,
  type DocumentTextOptions,
  getDocumentText,
  PARALLEL_MIN_PAGES,
} from './document-text';
export type { Rect } from './layout';
export type { PageShapes } from './page-shapes';
export type { PageWord, PageWords } from './words';

export interface PageItem {
  /** The item's text as pdf.js read it from the file. */
  str: string;
  /** In PDF user space (what highlights and anchors take). */
  rect: Rect;
  /** Offsets in the page's normalised `text`. */
  start: number;
  end: number;
  /** Offsets in the page's `source`. */
  sourceStart: number;
  sourceEnd: number;
  vertical: boolean;
}

/**
 * Lines and cells are placed in the page's reading frame (reading-frame.ts): user space itself,
 * except on a page displayed turned (/Rotate), where it is user space turned as the viewer shows
 * it, so that rows run across and tables stand upright as the applicant drew them.
 */
export interface PageCell {
  /** Offsets in the page's normalised `text`. */
  start: number;
  end: number;
  /** The ruled box of a table cell, or the bounding box of free text. */
  rect: Rect;
  ruled: boolean;
  /** Table number on the page, -1 outside tables. */
  table: number;
}

export interface PageLine {
  start: number;
  end: number;
  top: number;
  bottom: number;
  /** Median font size of the line's items (headings are often larger). */
  size: number;
  table: number;
  cells: PageCell[];
  /** Right edge of the newspaper column the line stands in (columns.ts), when it stands in one. */
  columnRight?: number;
  /**
   * On a sheet of pages printed side by side (panes.ts), the box of the page the line stands on,
   * in the reading frame: each pane is read as a page of its own.
   */
  pane?: Rect;
}

export interface PageText {
  /** Counted from 1. */
  page: number;
  /** The page's view box in PDF user space, and its rotation in degrees. */
  view: Rect;
  rotation: number;
  /**
   * Degrees (90, 270) the page's content is set turned beyond its rotation (sideways.ts), or 180
   * for a sheet upside down as shown (upside-down.ts): the layout reads it in the frame of
   * rotation + sideways. Absent for content set as shown.
   */
  sideways?: 90 | 180 | 270;
  /** Text as it stands in the file, in reading order: lines end with \n, cells apart by a space. */
  source: string;
  /** Normalised text (same lines); what search and fact finding read. */
  text: string;
  /** text offset → source offset (length text.length + 1). */
  toSource: Uint32Array;
  items: PageItem[];
  lines: PageLine[];
  /** False for scans: no text layer, or too little to read anything from. */
  hasText: boolean;
  /** The text of the watermark or stamp dropped before layout (structure/voided.ts reads it). */
  stamp?: string;
}

/** Fewer letters, digits or ideographs than this and a page counts as having no text. */
export const MIN_TEXT_CHARS = 8;

function toLayoutItem(item: TextItem): LayoutItem | null {
  if (!item.str || item.str.trim() === '') return null;
  const [a, b, c, d, e, f] = item.transform as number[];
  const size = Math.hypot(c!, d!) || item.height || Math.hypot(a!, b!);
  const length = item.width;
  const vertical =
    Math.abs(b!) > Math.abs(a!) * 0.5 || (Math.abs(a!) < 1e-6 && Math.abs(d!) < 1e-6);
  // Horizontal text: the box runs from the baseline origin along x, 20% of the size below
  // (descenders) to 80% above. Rotated text takes the bounding box of the rotated box.
  const unit = Math.hypot(a!, b!);
  const ux = unit ? a! / unit : 1;
  const uy = unit ? b! / unit : 0;
  // The four corners, without building arrays: this runs for every item of every page.
  const x0 = e! - uy * -0.2 * size;
  const y0 = f! + ux * -0.2 * size;
  const x1 = e! - uy * 0.8 * size;
  const y1 = f! + ux * 0.8 * size;
  const x2 = x0 + ux * length;
  const y2 = y0 + uy * length;
  const x3 = x1 + ux * length;
  const y3 = y1 + uy * length;
  const rect: Rect = [
    Math.min(x0, x1, x2, x3),
    Math.min(y0, y1, y2, y3),
    Math.max(x0, x1, x2, x3),
    Math.max(y0, y1, y2, y3),
  ];
  if (!rect.every(Number.isFinite) || !Number.isFinite(size)) return null;
  return { str: item.str, rect, baseline: vertical ? rect[3] : f!, size: size || 1, vertical };
}

/**
 * Text drawn twice (simulated bold: the same run again a fraction of a point aside) is read
 * once. The second copy need not follow the first: a file that stores its text out of reading
 * order (text boxes in the order they were made, an editor's shuffled objects) puts it anywhere.
 * Copies are looked up by text and position in a grid of quarter-size steps (a page of 100,000
 * identical marks stays linear).
 */
function withoutRepeats(items: LayoutItem[]): LayoutItem[] {
  const seen = new Map<string, LayoutItem[]>();
  const keyOf = (item: LayoutItem, dx: number, dy: number) => {
    const step = 0.25 * item.size;
    return `${Math.round(item.rect[0] / step) + dx},${Math.round(item.baseline / step) + dy},${item.size},${item.str}`;
  };
  const out: LayoutItem[] = [];
  for (const item of items) {
    // A size so small that the grid steps overflow (1e-305) puts every run in one key: such runs
    // are kept as they are, not compared with each other (quadratic on a hostile page).
    const step = 0.25 * item.size;
    if (!Number.isFinite(item.rect[0] / step) || !Number.isFinite(item.baseline / step)) {
      out.push(item);
      continue;
    }
    let repeat = false;
    for (let dx = -1; dx <= 1 && !repeat; dx++) {
      for (let dy = -1; dy <= 1 && !repeat; dy++) {
        repeat = (seen.get(keyOf(item, dx, dy)) ?? []).some((a) => isDuplicate(a, item));
      }
    }
    if (repeat) continue;
    // One item per key at most: two in one step of each other would be copies.
    const key = keyOf(item, 0, 0);
    const list = seen.get(key) ?? [];
    list.push(item);
    seen.set(key, list);
    out.push(item);
  }
  return out;
}

function isDuplicate(a: LayoutItem, b: LayoutItem): boolean {
  return (
    a.str === b.str &&
    a.size === b.size &&
    Math.abs(a.rect[0] - b.rect[0]) < 0.25 * a.size &&
    Math.abs(a.baseline - b.baseline) < 0.25 * a.size
  );
}

/** A line's size: the upper median of its items' (a size some of its text has), 0 for none. */
function medianSize(sizes: number[]): number {
  return upperMedian(sizes) ?? 0;
}

/** Does the text hold at least MIN_TEXT_CHARS letters, digits or ideographs? */
function hasEnoughText(text: string): boolean {
  if (MIN_TEXT_CHARS <= 0) return true;
  let n = 0;
  for (const ch of text) if (/[\p{L}\p{N}]/u.test(ch) && ++n >= MIN_TEXT_CHARS) return true;
  return false;
}

/** Build the page text from pdf.js text items and the page's rulings (exported for tests). */
export function buildPageText(
  pageNumber: number,
  view: Rect,
  rotation: number,
  rawItems: TextItem[],
  rulings: Ruling[],
  shapes: PageShapes = {},
  options: LayoutOptions = {},
): PageText {
  // A page displayed turned is read as shown: everything it draws turned into its reading frame;
  // so is a page whose content is set sideways, turned as its text reads (sideways.ts).
  const { frame, sideways, turnedItems } = contentFrame(view, rotation, rawItems);
  const m = frame?.toReading;
  const turnedRulings = m ? rulings.map((r) => turnRuling(r, m)) : rulings;
  const fields = frame
    ? (shapes.fields ?? []).map((f) => turnField(f, frame))
    : (shapes.fields ?? []);
  const boxes = m ? (shapes.boxes ?? []).map((b) => turnBox(b, m)) : (shapes.boxes ?? []);
  const read: LayoutItem[] = [];
  const unmarked = withoutWatermarks(turnedItems);
  const stamp = stampText(turnedItems, unmarked);
  for (const raw of unmarked) {
    const item = toLayoutItem(raw);
    if (item) read.push(item);
  }
  // A tick typed over a printed box (a PDF editor's typewriter √ on a □) ticks that box.
  const ticked = withTicksOnBoxGlyphs(read);
  // Interleaved runs parted first (they make the words). Tables typed as text (+---+, │, ┌─┐)
  // read as the grids they draw (typed-tables.ts) before letter-spacing is closed: their columns
  // are parted by runs of spaces. Then corrections and footnote marks go before anything reads
  // words: neither is part of a value. The typed rules join the drawn ones after the underlined
  // choices, which are no typed rule's business.
  // Balloons of tracked changes and comments hold no value (margin-balloons.ts).
  const unballooned = m
    ? { items: ticked, rulings: turnedRulings }
    : withoutMarginBalloons(ticked, turnedRulings, view[2] - view[0]);
  const typed = typedTables(withoutRepeats(withInterleavedRunsParted(unballooned.items)));
  const input = withLetterSpacingClosed(typed.items);
  // Readings printed over names (ruby) are glosses, not text of the form (ruby-glosses.ts).
  const unstruck = withoutStruckText(
    withoutFootnoteMarks(withoutRubyGlosses(input)),
    unballooned.rulings,
  );
  const filled = withFields(unstruck.items, boxes, fields);
  const chosen = withUnderlinedChoices(withBoxes(filled.items, filled.boxes), unstruck.rulings);
  const text = layoutWords(
    pageNumber,
    view,
    rotation,
    chosen.items,
    [...chosen.rulings, ...typed.rulings, ...fieldRulings(fields, unstruck.rulings)],
    frame,
    options,
  );
  return { ...text, ...(sideways ? { sideways } : {}), ...(stamp ? { stamp } : {}) };
}

/**
 * The frame a page is read in, with its text items turned into it: the page's rotation, plus a
 * quarter turn when most of its text runs up or down the page as shown, or a half-turn when it
 * stands on its head (upside-down.ts).
 */
export function contentFrame(
  view: Rect,
  rotation: number,
  rawItems: TextItem[],
): { frame: ReadingFrame | null; sideways: 0 | 90 | 180 | 270; turnedItems: TextItem[] } {
  const shown = readingFrame(view, rotation);
  const shownItems = shown ? rawItems.map((i) => turnTextItem(i, shown.toReading)) : rawItems;
  const sideways = sidewaysTurn(shownItems) || (upsideDown(shownItems) ? 180 : 0);
  if (!sideways) return { frame: shown, sideways, turnedItems: shownItems };
  const frame = readingFrame(view, rotation + sideways);
  const m = frame?.toReading;
  return { frame, sideways, turnedItems: m ? rawItems.map((i) => turnTextItem(i, m)) : rawItems };
}

/**
 * The page text from words with boxes: what the layout reader takes, whoever read the page.
 * See PageWords (words.ts) for the interface an OCR engine feeds.
 */
export function pageTextFromWords(input: PageWords): PageText {
  const frame = readingFrame(input.view, input.rotation ?? 0);
  const items: LayoutItem[] = [];
  for (const w of input.words) {
    if (!w.text || w.text.trim() === '' || !w.rect.every(Number.isFinite)) continue;
    const height = w.rect[3] - w.rect[1];
    const vertical = w.vertical ?? false;
    const size = w.size ?? (vertical ? w.rect[2] - w.rect[0] : height) ?? 10;
    items.push({
      str: w.text,
      rect: w.rect,
      // A word box runs from 20% of the size below the baseline to 80% above (see toLayoutItem).
      baseline: w.baseline ?? (vertical ? w.rect[3] : w.rect[1] + 0.2 * height),
      size: size > 0 ? size : 10,
      vertical,
    });
  }
  const rulings = input.rulings ?? [];
  return layoutWords(
    input.page,
    input.view,
    input.rotation ?? 0,
    frame ? items.map((i) => turnLayoutItem(i, frame)) : items,
    frame ? rulings.map((r) => turnRuling(r, frame.toReading)) : rulings,
    frame,
  );
}

function layoutWords(
  pageNumber: number,
  view: Rect,
  rotation: number,
  input: LayoutItem[],
  rulings: Ruling[],
  frame: ReadingFrame | null,
  options: LayoutOptions = {},
): PageText {
  const layout = layoutPage(input, rulings, { ...options, view: frame?.view ?? view });
  const pieces: string[] = [];
  let length = 0;
  const itemSource = new Map<number, [number, number]>();
  const cellSource: [number, number][][] = [];
  const lineSource: [number, number][] = [];
  const push = (s: string) => {
    pieces.push(s);
    length += s.length;
  };
  for (const line of layout.lines) {
    const lineStart = length;
    const cells: [number, number][] = [];
    line.cells.forEach((cell, ci) => {
      if (ci > 0) push(' ');
      const cellStart = length;
      cell.lines.forEach((visual, li) => {
        if (li > 0) push(' ');
        let lastRight = Number.NaN;
        for (const i of visual) {
          const item = layout.items[i]!;
          const gap = item.rect[0] - lastRight;
          if (gap > 0.15 * item.size && !/\s$/.test(pieces.at(-1) ?? '') && !/^\s/.test(item.str)) {
            push(' ');
          }
          itemSource.set(i, [length, length + item.str.length]);
          push(item.str);
          lastRight = item.rect[2];
        }
      });
      cells.push([cellStart, length]);
    });
    cellSource.push(cells);
    lineSource.push([lineStart, length]);
    push('\n');
  }
  const source = pieces.join('');
  const normalized: NormalizedText = normalizeText(source);
  const at = (offset: number) => fromSource(normalized, offset);
  const items: PageItem[] = [];
  layout.items.forEach((item, i) => {
    const range = itemSource.get(i);
    if (!range) return;
    items.push({
      str: item.str,
      rect: frame ? mapRect(frame.toUser, item.rect) : item.rect,
      start: at(range[0]),
      end: at(range[1]),
      sourceStart: range[0],
      sourceEnd: range[1],
      vertical: item.vertical,
    });
  });
  items.sort((a, b) => a.sourceStart - b.sourceStart);
  const lines: PageLine[] = layout.lines.map((line, li) => ({
    start: at(lineSource[li]![0]),
    end: at(lineSource[li]![1]),
    top: line.top,
    bottom: line.bottom,
    size: medianSize(line.cells.flatMap((c) => c.lines.flat()).map((i) => layout.items[i]!.size)),
    table: line.table,
    ...(line.columnRight !== undefined ? { columnRight: line.columnRight } : {}),
    ...(line.pane ? { pane: line.pane } : {}),
    cells: line.cells.map((cell, ci) => ({
      start: at(cellSource[li]![ci]![0]),
      end: at(cellSource[li]![ci]![1]),
      rect: cell.rect,
      ruled: cell.ruled,
      table: cell.table,
    })),
  }));
  return {
    page: pageNumber,
    view,
    rotation,
    source,
    text: normalized.text,
    toSource: normalized.toSource,
    items,
    lines,
    hasText: hasEnoughText(normalized.text),
  };
}

export interface PageTextOptions {
  budgetMs?: number;
  /** Read table borders for the layout: 'auto' (default) when the text looks tabular. */
  rulings?: boolean | 'auto';
}

/**
 * Does the page's text look like it sits in a table: some line holding two runs of text a
 * clear gap apart (cells side by side)? Only then are the table borders worth reading: pdf.js's
 * operator list costs as much again as the text, and prose pages (most of an application's
 * annexes) have none.
 */
export function looksTabular(items: TextItem[]): boolean {
  const runs = items
    .filter((i) => i.str.trim() !== '')
    .map((i) => {
      const [a, b, , , e, f] = i.transform as number[];
      const size = Math.hypot(a!, b!) || i.height || 10;
      return { y: f!, x0: e!, x1: e! + i.width, size, chars: i.str.trim().length };
    })
    .sort((p, q) => q.y - p.y || p.x0 - q.x0);
  for (let i = 1; i < runs.length; i++) {
    const prev = runs[i - 1]!;
    const cur = runs[i]!;
    if (Math.abs(prev.y - cur.y) > 0.3 * cur.size) {
      if (smallTitleOver(runs, i)) return true;
      continue;
    }
    if (cur.x0 - prev.x1 > 0.5 * cur.size) return true;
  }
  return false;
}

/**
 * A short title in a smaller type right above a line (a text box's legend over its value, a
 * stacked label over the value in its cell): a form's field, whose borders say what belongs
 * together. `i` is the first run of the lower line; the title is the run just before, alone on
 * its line.
 */
function smallTitleOver(
  runs: { y: number; x0: number; x1: number; size: number; chars: number }[],
  i: number,
): boolean {
  const [title, below, before] = [runs[i - 1]!, runs[i]!, runs[i - 2]];
  const alone = !before || Math.abs(before.y - title.y) > 0.3 * title.size;
  return (
    alone &&
    title.chars <= 12 &&
    title.size <= 0.9 * below.size &&
    title.y - below.y <= 2.5 * below.size &&
    Math.abs(title.x0 - below.x0) <= 2 * below.size
  );
}

/**
 * A page's text model from its pdf.js proxy: text items, plus table borders when the text looks
 * tabular (`rulings: 'auto'`, the default), always (`true`) or never (`false`).
 */
export async function readPageText(
  page: PDFPageProxy,
  pageNumber: number,
  rulings: boolean | 'auto' = 'auto',
  optionalContent: OptionalContentConfig | null = null,
): Promise<PageText> {
  const pdfjs = await getPlatform().loadPdfjs();
  // Text in optional content the viewer hides (a template's layer turned off) is not read.
  // Values typed onto the page as FreeText annotations are page text too (annotation-text.ts);
  // the page's annotations are asked for once, for them and for the form fields.
  const shownContent = await shownTextContent(page, optionalContent, pdfjs);
  const annotations = await pageAnnotations(page);
  const content = await withAnnotationText(page, shownContent, pdfjs, optionalContent, annotations);
  const textItems = content.items.filter((i): i is TextItem => 'str' in i);
  const view = page.view as Rect;
  const fields = await pageFields(page, annotations);
  const hasAny = textItems.some((i) => i.str.trim() !== '');
  // Scans have no text: skip the operator list (it would decode the page image for nothing).
  // A fillable form's fields sit in its table's cells: read the borders.
  // Rows of a page displayed turned run across its reading frame, not across user space.
  const shown = contentFrame(view, page.rotate, textItems).turnedItems;
  const wanted =
    hasAny && (rulings === 'auto' ? fields.length > 0 || looksTabular(shown) : rulings);
  const graphics = wanted
    ? await pageGraphics(page, pdfjs, optionalContent)
    : { rulings: [], boxes: [] };
  return buildPageText(pageNumber, view, page.rotate, textItems, graphics.rulings, {
    boxes: graphics.boxes,
    fields,
  });
}

/**
 * The words of the page's form fields (form-fields.ts), from its annotations as pdf.js reads
 * them (`annotations`, when the caller has them already). A page whose annotations cannot be
 * read keeps its content's text: the fields are lost, not the page.
 */
export async function pageFields(
  page: PDFPageProxy,
  annotations?: readonly unknown[],
): Promise<FieldWords[]> {
  return fieldWords(annotations ?? (await pageAnnotations(page)), page.view as Rect);
}

/**
 * The text of one page (from 1), within a time budget; failures become our errors. A page that
 * runs over the budget is pdf/tooComplex; where the document's worker can be ended (Node), it is,
 * with the stuck work, and the document opened again for the next pages (OpenedPdf.restart).
 */
export async function getPageText(
  pdf: OpenedPdf,
  pageNumber: number,
  options: PageTextOptions = {},
): Promise<PageText> {
  const budget = options.budgetMs ?? DEFAULT_PAGE_BUDGET_MS;
  const tooComplex = () =>
    new ReviewDeskError('pdf/tooComplex', { file: pdf.fileName, seconds: budget / 1000 });
  if (pdf.lost)
    throw new ReviewDeskError('pdf/pageUnreadable', { file: pdf.fileName, page: pageNumber });
  let pageProxy: PDFPageProxy | undefined;
  let restarted: Promise<boolean> | undefined;
  try {
    return await withBudget(
      (async () => {
        pageProxy = await pdf.proxy.getPage(pageNumber);
        const optional = await optionalContentOf(pdf.proxy);
        return readPageText(pageProxy, pageNumber, options.rulings ?? 'auto', optional);
      })(),
      budget,
      tooComplex,
      () => {
        restarted = pdf.restart?.();
      },
      pdf.cpuMs,
    );
  } catch (error) {
    // The page's error once the document can be read again (or, failing that, never will).
    await restarted;
    throw pageError(error, pdf.fileName, pageNumber);
  } finally {
    pageProxy?.cleanup();
  }
}

/** Rectangles (PDF user space) covering a range of a page's normalised text, one per item part. */
export function rectsForRange(page: PageText, start: number, end: number): Rect[] {
  const rects: Rect[] = [];
  // Parts of an item are cut along its reading direction: in the reading frame.
  const frame = pageFrame(page);
  for (const item of page.items) {
    if (item.end <= start || item.start >= end || item.end === item.start) continue;
    const from = (Math.max(start, item.start) - item.start) / (item.end - item.start);
    const to = (Math.min(end, item.end) - item.start) / (item.end - item.start);
    const [x0, y0, x1, y1] = frame ? mapRect(frame.toReading, item.rect) : item.rect;
    const part: Rect = item.vertical
      ? [x0, y1 - (y1 - y0) * to, x1, y1 - (y1 - y0) * from]
      : [x0 + (x1 - x0) * from, y0, x0 + (x1 - x0) * to, y1];
    rects.push(frame ? mapRect(frame.toUser, part) : part);
  }
  return rects;
}

/** The text of a normalised range as it stands in the file. */
export function sourceText(page: PageText, start: number, end: number): string {
  const s = page.toSource[Math.max(0, Math.min(start, page.toSource.length - 1))]!;
  const e = end >= page.toSource.length - 1 ? page.source.length : page.toSource[end]!;
  return page.source.slice(s, Math.max(s, e)).trim();
}
