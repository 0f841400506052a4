/**
 * Mixed pages: a scanned blank form filled in a PDF editor (or a "fill in the scanned form" tool)
 * is one picture of the whole page — title, labels, table headers, rules — with only the typed
 * values as text over it. Such a page has a text layer, so it is not a scan, yet the layout and
 * the finders see values without a single label. Here such pages are told apart from text forms
 * (whose labels are text) and from scans that carry an invisible OCR text layer (whose words are
 * all there already, drawn in render mode 3), so that only they are read by OCR as well
 * (mixed-merge.ts puts both readings together).
 *
 * Cheap first: a file without any picture large enough to be a page holds no mixed page, and is
 * decided from its bytes alone (an image XObject's dictionary is never compressed inside an
 * object stream), so text forms cost nothing more. Only pages of files that hold such a picture
 * have their operator list walked.
 */
import type { PDFPageProxy } from 'pdfjs-dist';
import type { TextItem } from 'pdfjs-dist/types/src/display/api';
import { type Affine, applyAffine, IDENTITY, multiplyAffine } from '../pdf/affine';
import { pageAnnotations, withAnnotationText } from '../pdf/annotation-text';
import type { OpenedPdf } from '../pdf/open';
import { optionalContentOf, shownTextContent } from '../pdf/optional-content';
import { pageGraphics } from '../pdf/rulings';
import { type PageText, pageFields, type Rect } from '../pdf/text';
import { getPlatform, type PdfjsModule } from '../platform';
import type { TextLayer } from './mixed-merge';
import { type GreyPicture, greyPicture, writingOutside } from './picture-ink';

/** Pixels a picture needs to stand for a page (an A4 page at ~70 dpi has 480,000). */
export const PAGE_PICTURE_PIXELS = 400_000;
/** Share of the page one picture must cover for the page to be a picture with text over it. */
export const PAGE_COVER = 0.85;
/**
 * Share of the page's glyphs that must be drawn visibly: a scan with an OCR text layer draws
 * its words invisibly (render mode 3, or 7), and those words are the picture's already.
 */
export const VISIBLE_SHARE = 0.5;

/** What a page draws, as far as telling a mixed page apart needs. */
export interface PageCensus {
  /** Largest share of the page (0–1) one picture covers. */
  pictureCover: number;
  /** Glyphs drawn visibly and invisibly (render modes 3 and 7). */
  visibleGlyphs: number;
  invisibleGlyphs: number;
  /**
   * Of the largest picture's cells that hold strokes like writing (picture-ink.ts), how many lie
   * outside every word of the text layer, and how many in all; absent when its pixels could not
   * be had.
   */
  ink?: { outside: number; total: number };
}

/** Cells of writing the picture must hold outside the text layer's words, at least… */
export const MIN_INK_OUTSIDE = 30;
/** …and as a share of all its cells of writing. */
export const INK_OUTSIDE_SHARE = 0.25;

/**
 * Does the file hold a picture large enough to be a page? Read from its bytes: every image
 * XObject's dictionary with its /Width and /Height. A size written as a reference counts as
 * large (it cannot be read here). Bounded: only the dictionaries' neighbourhoods are read.
 */
export function holdsPagePicture(bytes: Uint8Array): boolean {
  // Bytes, not a decoded string: a megabyte is looked through in a millisecond or two.
  const decoder = new TextDecoder('latin1');
  for (let i = bytes.indexOf(SLASH); i >= 0; i = bytes.indexOf(SLASH, i + 1)) {
    if (!isImageName(bytes, i)) continue;
    const from = Math.max(0, i - DICT_REACH);
    const near = decoder.decode(bytes.subarray(from, i + DICT_REACH));
    const at = i - from;
    if (!/\/Subtype\s*$/.test(near.slice(Math.max(0, at - 20), at))) continue;
    // The image's own dictionary: after its `obj` and before its `stream` (so a neighbour's
    // /Width is never taken for its own).
    const open = Math.max(near.lastIndexOf('obj', at), near.lastIndexOf('stream', at), 0);
    const ends = [near.indexOf('stream', at), near.indexOf('endobj', at)].filter((k) => k >= 0);
    const around = near.slice(open, ends.length ? Math.min(...ends) : near.length);
    const width = sizeOf(around, 'Width');
    const height = sizeOf(around, 'Height');
    if (width === undefined || height === undefined) return true;
    if (width * height >= PAGE_PICTURE_PIXELS) return true;
  }
  return false;
}

const SLASH = 0x2f;
const IMAGE = Array.from('Image', (c) => c.charCodeAt(0));

/** `/Image` at `i`, as a whole name (not /ImageB, /ImageMask). */
function isImageName(bytes: Uint8Array, i: number): boolean {
  for (let k = 0; k < IMAGE.length; k++) if (bytes[i + 1 + k] !== IMAGE[k]) return false;
  const next = bytes[i + 1 + IMAGE.length];
  return next === undefined || !/[A-Za-z0-9]/.test(String.fromCharCode(next));
}

/** How far from `/Subtype /Image` its dictionary's sizes are looked for. */
const DICT_REACH = 600;

const SIZE_KEYS = {
  Width: /\/Width\s+(\d+)(\s+\d+\s+R)?/,
  Height: /\/Height\s+(\d+)(\s+\d+\s+R)?/,
};

/** A dictionary's /Width or /Height: a number, or undefined when written as a reference. */
function sizeOf(dict: string, key: keyof typeof SIZE_KEYS): number | undefined {
  const m = SIZE_KEYS[key].exec(dict);
  if (!m || m[2]) return undefined;
  return Number(m[1]);
}

/** Share of `view` the unit square under `ctm` covers (its bounding box, clipped to the page). */
function coverOf(ctm: Affine, view: Rect): number {
  const corners = [
    applyAffine(ctm, 0, 0),
    applyAffine(ctm, 1, 0),
    applyAffine(ctm, 0, 1),
    applyAffine(ctm, 1, 1),
  ];
  const xs = corners.map((c) => c[0]);
  const ys = corners.map((c) => c[1]);
  const w = Math.min(Math.max(...xs), view[2]) - Math.max(Math.min(...xs), view[0]);
  const h = Math.min(Math.max(...ys), view[3]) - Math.max(Math.min(...ys), view[1]);
  const area = (view[2] - view[0]) * (view[3] - view[1]);
  if (!(w > 0 && h > 0 && area > 0)) return 0;
  return Math.min(1, (w * h) / area);
}

/** Glyphs in a show-text operation's arguments (spacing numbers are not glyphs). */
function glyphCount(args: unknown[] | null): number {
  const glyphs = args?.[0];
  if (!Array.isArray(glyphs)) return 0;
  let n = 0;
  for (const g of glyphs) if (g && typeof g === 'object') n++;
  return n;
}

/**
 * What a page draws: its largest picture's cover, its glyphs, visible and not, and — given the
 * text layer's word boxes (`words`, user space) — the picture's writing outside them.
 */
export async function pageCensus(
  page: PDFPageProxy,
  pdfjs: PdfjsModule,
  words: readonly Rect[] = [],
): Promise<PageCensus> {
  const OPS = pdfjs.OPS;
  const list = await page.getOperatorList({
    intent: 'display',
    annotationMode: pdfjs.AnnotationMode.DISABLE,
  });
  const view = page.view as Rect;
  const census: PageCensus = { pictureCover: 0, visibleGlyphs: 0, invisibleGlyphs: 0 };
  const stack: { ctm: Affine; mode: number }[] = [];
  let ctm: Affine = IDENTITY;
  let mode = 0;
  let largest: { ctm: Affine; id: unknown } | undefined;
  const shows = new Set<number>([
    OPS.showText,
    OPS.showSpacedText,
    OPS.nextLineShowText,
    OPS.nextLineSetSpacingShowText,
  ]);
  const pictures = new Set<number>([
    OPS.paintImageXObject,
    OPS.paintInlineImageXObject,
    OPS.paintImageXObjectRepeat,
  ]);
  for (let i = 0; i < list.fnArray.length; i++) {
    const fn = list.fnArray[i]!;
    const args = list.argsArray[i] as unknown[] | null;
    if (fn === OPS.save) stack.push({ ctm, mode });
    else if (fn === OPS.restore) ({ ctm, mode } = stack.pop() ?? { ctm: IDENTITY, mode: 0 });
    else if (fn === OPS.transform && args) ctm = multiplyAffine(args as Affine, ctm);
    else if (fn === OPS.paintFormXObjectBegin && args) {
      stack.push({ ctm, mode });
      const matrix = args[0] as Affine | null;
      if (matrix && matrix.length === 6) ctm = multiplyAffine(matrix, ctm);
    } else if (fn === OPS.paintFormXObjectEnd)
      ({ ctm, mode } = stack.pop() ?? { ctm: IDENTITY, mode: 0 });
    else if (fn === OPS.setTextRenderingMode && args) mode = Number(args[0]) || 0;
    else if (shows.has(fn)) {
      const n = glyphCount(args);
      if (mode === 3 || mode === 7) census.invisibleGlyphs += n;
      else census.visibleGlyphs += n;
    } else if (pictures.has(fn)) {
      const cover = coverOf(ctm, view);
      if (cover > census.pictureCover) {
        census.pictureCover = cover;
        // An XObject's decoded picture by its object id; an inline image's data as such.
        largest = { ctm, id: args?.[0] };
      }
    }
  }
  // The picture's pixels are looked at only where isMixedPage could still say yes: not under a
  // text layer drawn mostly invisible (a scan's OCR layer, the commonest picture-sized page).
  const glyphs = census.visibleGlyphs + census.invisibleGlyphs;
  const visible = glyphs === 0 || census.visibleGlyphs >= VISIBLE_SHARE * glyphs;
  if (largest && census.pictureCover >= PAGE_COVER && visible) {
    const pixels = pictureOf(page, largest.id);
    if (pixels) census.ink = writingOutside(pixels, largest.ctm, words);
  }
  return census;
}

/** The decoded picture pdf.js holds for an image operation (its object, or inline data). */
function pictureOf(page: PDFPageProxy, id: unknown): GreyPicture | undefined {
  try {
    const data = typeof id === 'string' ? (page.objs.has(id) ? page.objs.get(id) : undefined) : id;
    return greyPicture(data);
  } catch {
    return undefined;
  }
}

/**
 * A mixed page: one picture covers (nearly) the whole page, and the page's text is drawn over
 * it visibly (a scan's invisible OCR layer is the picture's words already). A page whose text
 * comes only from its annotations or form fields (values typed as FreeText over the picture)
 * draws no glyph of its own: mixed too.
 */
export function isMixedPage(census: PageCensus, page: Pick<PageText, 'hasText'>): boolean {
  if (!page.hasText || census.pictureCover < PAGE_COVER) return false;
  const glyphs = census.visibleGlyphs + census.invisibleGlyphs;
  if (glyphs > 0 && census.visibleGlyphs < VISIBLE_SHARE * glyphs) return false;
  // The picture must hold writing the text layer does not: a text form printed over a picture
  // of paper (a "scanned look" background, a letterhead's border) is a text form.
  const ink = census.ink;
  if (!ink) return false;
  return ink.outside >= MIN_INK_OUTSIDE && ink.outside >= INK_OUTSIDE_SHARE * ink.total;
}

/**
 * The pages (from 1) of a document that are mixed. `bytes`, when given, lets a file without any
 * page-sized picture be decided without opening a page.
 */
export async function findMixedPages(
  pdf: OpenedPdf,
  pages: readonly PageText[],
  bytes?: Uint8Array,
  signal?: AbortSignal,
): Promise<number[]> {
  const withText = pages.filter((p) => p.hasText);
  if (withText.length === 0) return [];
  if (bytes && !holdsPagePicture(bytes)) return [];
  const pdfjs = await getPlatform().loadPdfjs();
  const out: number[] = [];
  for (const p of withText) {
    signal?.throwIfAborted();
    const proxy = await pdf.proxy.getPage(p.page);
    try {
      const words = p.items.filter((i) => i.str.trim() !== '').map((i) => i.rect);
      if (isMixedPage(await pageCensus(proxy, pdfjs, words), p)) out.push(p.page);
    } catch {
      // A page whose drawing cannot be walked keeps its text layer alone.
    } finally {
      proxy.cleanup();
    }
  }
  return out;
}

/**
 * A mixed page's text layer as readPageText reads it — text items (annotations' typed text
 * included), borders drawn, checkboxes and form fields — for mixed-merge.ts to lay out with
 * OCR's words.
 */
export async function readTextLayer(pdf: OpenedPdf, pageNumber: number): Promise<TextLayer> {
  const pdfjs = await getPlatform().loadPdfjs();
  const page = await pdf.proxy.getPage(pageNumber);
  try {
    const optional = await optionalContentOf(pdf.proxy);
    const shown = await shownTextContent(page, optional, pdfjs);
    const annotations = await pageAnnotations(page);
    const content = await withAnnotationText(page, shown, pdfjs, optional, annotations);
    const items = content.items.filter((i): i is TextItem => 'str' in i);
    const fields = await pageFields(page, annotations);
    const graphics = await pageGraphics(page, pdfjs, optional);
    return {
      page: pageNumber,
      view: page.view as Rect,
      rotation: page.rotate,
      items,
      rulings: graphics.rulings,
      shapes: { boxes: graphics.boxes, fields },
    };
  } finally {
    page.cleanup();
  }
}
