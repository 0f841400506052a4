/**
 * Pages and their text for the viewer, from an opened PDF: the pdf.js page proxies (few kept),
 * each page's text model from lib/pdf/text (the same normalised text extraction and anchors
 * use, built from the very text items the text layer draws), and the plain page texts for search
 * and re-anchoring, read in the background on demand.
 */
import type { PDFPageProxy } from 'pdfjs-dist';
import type { TextContent, TextItem } from 'pdfjs-dist/types/src/display/api';
import type { PageTexts } from '@/lib/annotations/anchor';
import {
  OCR_FONT,
  type OcrPage,
  ocrPageText,
  ocrTextItems,
  scanFrame,
  scanRect,
  scanTextItem,
} from '@/lib/ocr/page-text';
import { pageAnnotations, withAnnotationText } from '@/lib/pdf/annotation-text';
import type { OpenedPdf } from '@/lib/pdf/open';
import { optionalContentOf, shownTextContent } from '@/lib/pdf/optional-content';
import { pageRulings } from '@/lib/pdf/rulings';
import { buildPageText, type PageText, pageFields, type Rect } from '@/lib/pdf/text';
import { getPlatform } from '@/lib/platform';

export interface LoadedPageText {
  page: PageText;
  /** The items the text layer draws (pass this to TextLayer so its spans match). */
  content: TextContent;
  textItems: TextItem[];
}

const KEEP_PAGE_TEXTS = 40;

/** OCR results for a file's scanned pages (the workspace's OcrPageStore, for one file). */
export interface OcrTextProvider {
  /** The page's reading (waited for while it is under way); undefined when there is none yet. */
  page(pageNumber: number): Promise<OcrPage | undefined>;
  /** Be told when a page's reading is stored later on (returns the unsubscribe function). */
  onStored(listener: (pageNumber: number) => void): () => void;
}

/**
 * A scanned page's OCR words as the text content pdf.js's TextLayer draws: invisible text placed
 * over the scan, so selecting, searching, highlighting and quoting work as on a text page. The
 * words are read on the straightened page; here they are turned back onto the scan as drawn.
 */
function ocrLoadedText(ocr: OcrPage): LoadedPageText {
  const straight = ocrPageText(ocr);
  const frame = scanFrame(straight);
  const items = ocrTextItems(ocr).items.map((item) => scanTextItem(item, frame));
  const page = {
    ...straight,
    items: straight.items.map((item) => ({ ...item, rect: scanRect(straight, item.rect, frame) })),
  };
  const content: TextContent = {
    items,
    styles: {
      [OCR_FONT]: { fontFamily: 'sans-serif', ascent: 0.8, descent: -0.2, vertical: false },
    },
    lang: 'zh-CN',
  };
  return { page, content, textItems: items };
}

/** The longest one page's drawing keeps the next waiting. */
const TURN_MS = 1_000;

export class PdfTextSource {
  /** Normalised text per page (0-based), filled as pages are read. */
  readonly texts: (string | undefined)[];
  private readonly full = new Map<number, Promise<LoadedPageText>>();
  private readonly listeners = new Set<(changedPage?: number) => void>();
  /**
   * Scanned pages read while their OCR was not there (OCR not started, stopped, or run later):
   * empty for now, read again when their reading is stored.
   */
  private readonly provisional = new Set<number>();
  /** Readings stored per page since this source listens (to catch one stored mid-read). */
  private readonly arrivals = new Map<number, number>();
  /** Listening to OCR starts with the first scanned page: text PDFs never listen. */
  private unwatchOcr: (() => void) | null = null;
  private closed = false;
  private indexing: Promise<void> | null = null;
  private indexed = 0;

  constructor(
    readonly pdf: OpenedPdf,
    /** Where scanned pages get their text (OCR); without it they have none. */
    private readonly ocr?: OcrTextProvider,
  ) {
    this.texts = new Array(pdf.numPages).fill(undefined);
  }

  get numPages(): number {
    return this.pdf.numPages;
  }

  /** Pages whose text is known, out of all. */
  get progress(): { done: number; total: number } {
    return { done: this.indexed, total: this.numPages };
  }

  /**
   * Hear about progress in reading the pages' text, and about a page whose text changed (a scan
   * whose OCR reading came in after it was read without): then `changedPage` names it.
   */
  subscribe(listener: (changedPage?: number) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private notify(changedPage?: number) {
    for (const l of this.listeners) l(changedPage);
  }

  /**
   * Whether the page (0-based) was read as a scan without its OCR reading: its text is empty for
   * now and will change when the reading is stored (the source's listeners hear of it).
   */
  isProvisional(index: number): boolean {
    return this.provisional.has(index);
  }

  /** Stop listening for OCR readings (the document was closed). */
  close(): void {
    this.closed = true;
    this.unwatchOcr?.();
    this.unwatchOcr = null;
    this.provisional.clear();
  }

  private watchOcr(ocr: OcrTextProvider) {
    if (this.unwatchOcr || this.closed) return;
    this.unwatchOcr = ocr.onStored((pageNumber) => this.ocrStored(pageNumber - 1));
  }

  /** A page's OCR reading was stored: a page read without it is read again, and listeners told. */
  private ocrStored(index: number) {
    if (this.closed || index < 0 || index >= this.numPages) return;
    this.arrivals.set(index, (this.arrivals.get(index) ?? 0) + 1);
    if (!this.provisional.delete(index)) return;
    this.full.delete(index);
    this.pageText(index).then(
      () => !this.closed && this.notify(index),
      () => {},
    );
  }

  /**
   * A turn to draw a page's picture; resolves with the function that ends it. Pictures are drawn
   * one at a time, in the order asked for, as pdf.js's own viewer does: its worker parses one
   * page at a time anyway, and the page in view (asked for first) is then on screen before its
   * neighbours start, instead of all of them arriving together.
   */
  drawTurn(): Promise<() => void> {
    let end!: () => void;
    const ended = new Promise<void>((resolve) => {
      end = resolve;
    });
    // A page slow to draw (a heavy scan, a damaged page on its way to its budget) holds the
    // others back for TURN_MS at most: after that the next one starts beside it.
    const turn = this.drawing.then(() => {
      setTimeout(end, TURN_MS);
      return end;
    });
    this.drawing = this.drawing.then(() => ended);
    void ended.then(this.pictureDone);
    return turn;
  }

  private drawing: Promise<void> = Promise.resolve();
  private pictureDone!: () => void;
  /**
   * Settles when the first page picture has been drawn (or given up): work that can wait, such
   * as measuring the other pages, waits for it rather than take the worker from the first page.
   */
  readonly firstPicture = new Promise<void>((resolve) => {
    this.pictureDone = resolve;
  });

  getPage(index: number): Promise<PDFPageProxy> {
    return this.pdf.proxy.getPage(index + 1);
  }

  /** The page's text model (items with rectangles, offsets), cached for recent pages. */
  pageText(index: number): Promise<LoadedPageText> {
    let p = this.full.get(index);
    if (p) {
      // Refresh its place in the insertion-ordered map (LRU).
      this.full.delete(index);
      this.full.set(index, p);
      return p;
    }
    p = (async () => {
      const page = await this.getPage(index);
      const pdfjs = await getPlatform().loadPdfjs();
      // What the page shows: text in optional content turned off is neither read nor selectable.
      const optional = await optionalContentOf(this.pdf.proxy);
      // Values typed as FreeText annotations are the page's text, and selectable (annotation-text.ts).
      // The page's annotations are asked for once, for them and for the form fields below.
      const shown = await shownTextContent(page, optional, pdfjs);
      const annotations = await pageAnnotations(page);
      const content = await withAnnotationText(page, shown, pdfjs, optional, annotations);
      const textItems = content.items.filter((i): i is TextItem => 'str' in i);
      const hasAny = textItems.some((i) => i.str.trim() !== '');
      const rulings = hasAny ? await pageRulings(page, pdfjs, optional) : [];
      // A fillable form's values are in its fields: the same words the extraction reads, so
      // that evidence quoted from a field is found and highlighted here too.
      const fields = await pageFields(page, annotations);
      const model = buildPageText(index + 1, page.view as Rect, page.rotate, textItems, rulings, {
        fields,
      });
      // A scan: its OCR reading, once there (it may still be under way, or come later).
      const ocr = !model.hasText && this.ocr ? await this.readOcr(index, this.ocr) : undefined;
      const loaded = ocr ? ocrLoadedText(ocr) : { page: model, content, textItems };
      if (this.texts[index] === undefined) this.indexed++;
      this.texts[index] = loaded.page.text;
      return loaded;
    })();
    p.catch(() => this.full.delete(index));
    this.full.set(index, p);
    while (this.full.size > KEEP_PAGE_TEXTS) {
      const oldest = this.full.keys().next().value as number;
      this.full.delete(oldest);
    }
    return p;
  }

  /** A scanned page's reading; without one yet the page is provisional (read again later). */
  private async readOcr(index: number, ocr: OcrTextProvider): Promise<OcrPage | undefined> {
    this.watchOcr(ocr);
    for (;;) {
      const seen = this.arrivals.get(index) ?? 0;
      const found = await ocr.page(index + 1).catch(() => undefined);
      if (found) return found;
      // Stored after the provider looked and before it answered: look again.
      if ((this.arrivals.get(index) ?? 0) !== seen) continue;
      if (!this.closed) this.provisional.add(index);
      return undefined;
    }
  }

  /**
   * Read every page's text (for search, re-anchoring), a page at a time so the worker stays
   * free for rendering; listeners hear about progress. Failed pages count as empty.
   */
  indexAll(signal?: AbortSignal): Promise<void> {
    this.indexing ??= (async () => {
      for (let i = 0; i < this.numPages; i++) {
        if (signal?.aborted) break;
        if (this.texts[i] !== undefined) continue;
        try {
          await this.pageText(i);
        } catch {
          this.texts[i] = '';
          this.indexed++;
        }
        if (i % 10 === 9) this.notify();
      }
      this.notify();
    })();
    return this.indexing;
  }

  get allTexts(): PageTexts {
    return this.texts;
  }
}
