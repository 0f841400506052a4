/**
 * What the core needs from wherever it runs. One implementation per target: `web.ts` (PWA and
 * extension pages), `node.ts` (CLI, unit tests). Nothing else in `lib/` may look at `window`,
 * `document`, `browser.*` or the file system.
 */
import type { FetchedFile } from '../capture/fetched-file';
import type { PageScan } from '../capture/page-scan';
import type { OcrService } from '../ocr/service';
import type { PageText } from '../pdf/text';

export type PdfjsModule = typeof import('pdfjs-dist');

/** Options every `getDocument` call must carry so Chinese PDFs extract and render offline. */
export interface PdfDocumentOptions {
  cMapUrl: string;
  cMapPacked: boolean;
  standardFontDataUrl: string;
  wasmUrl: string;
  isEvalSupported: false;
  /** Node has no FontFace; browsers use it for rendering. */
  disableFontFace: boolean;
  useSystemFonts: boolean;
}

/** One page's outcome: its text, or why it could not be read (a ReviewDeskError). */
export type PageOutcome = { page: number; text: PageText } | { page: number; error: unknown };

/** A document to read on several threads at once (see `Platform.readPagesInParallel`). */
export interface ParallelPagesRequest {
  /** The file's bytes: each helper thread opens its own copy. */
  bytes: Uint8Array;
  fileName: string;
  password?: string;
  numPages: number;
  /** Per page, as for `getPageText`. */
  budgetMs: number;
  rulings: boolean | 'auto';
  /** Read a page (from 1) on this thread, from the caller's open document. */
  readHere(page: number): Promise<PageOutcome>;
  /** Called once per page, in whatever order pages finish. */
  onPage(outcome: PageOutcome): void;
  signal?: AbortSignal;
}

export type PlatformKind = 'pwa' | 'extension' | 'node';

export interface TabInfo {
  id: number;
  windowId: number;
  title: string;
  /** Known once the user granted access to the tab (activeTab) or its origin. */
  url: string | null;
}

/**
 * What only the browser extension can do: read a tab the user pointed at, fetch its files with
 * the page's own credentials, ask for an origin, open its own pages (lib/platform/extension).
 */
export interface ExtensionHost {
  currentTab(): Promise<TabInfo | null>;
  tabInfo(tabId: number): Promise<TabInfo | null>;
  scanTab(tabId: number): Promise<PageScan>;
  /** Throws `extension/needsPermission` when only the origin's host permission would reach it. */
  fetchLink(
    tabId: number,
    link: { url: string; frameId: number; fileName: string },
  ): Promise<FetchedFile>;
  /** Call straight from a click handler. */
  requestAccess(url: string): Promise<boolean>;
  /** The app page at a route (`#/panel/…`), in the open app tab or a new one. */
  openApp(hash: string): Promise<void>;
  /** The capture page for a tab: one link, or (null) the page's PDF links. */
  openCapture(tabId: number, link: { url: string; frameId: number } | null): Promise<void>;
  /** Call straight from a click handler, with the window id read beforehand. */
  openSidePanel(windowId: number): Promise<void>;
}

/** What `takePdfWorker` hands out: pdf.js's PDFWorker, as far as the opener needs it. */
export interface PdfWorkerHandle {
  /** The document is done with it (closed, or given up on in browsers). */
  destroy(): void;
  /**
   * End it at once, with whatever it is stuck on (a page over its budget), never to be used
   * again. Node only (its thread is terminated); in browsers `destroy` does that.
   */
  terminate?(): void;
  /**
   * A clock of the CPU ms spent on this document's work (Node on Linux: its pdf.js thread and the
   * caller's), once it can be read; page budgets then see neither other documents' threads nor
   * the long-document helpers. Undefined until then: the platform's clock is used.
   */
  cpuClock?(): (() => number | undefined) | undefined;
  /** The PDFWorker to give pdf.js, where the handle wraps one (Node) instead of being one. */
  pdfWorker?: unknown;
}

export interface Platform {
  kind: PlatformKind;
  /** pdf.js, loaded on first use (its worker is large: never in the initial bundle). */
  loadPdfjs(): Promise<PdfjsModule>;
  pdfDocumentOptions(): PdfDocumentOptions;
  /**
   * A pdf.js worker of its own for one document, already started (browsers keep one warm so
   * opening a file does not wait for the worker's code to load); the caller destroys it with the
   * document. In Node, a thread of pdf.js's own (lib/platform/node-pdf-thread.ts), so that a
   * page stuck in pdf.js can be stopped; undefined where threads cannot start (pdf.js then runs
   * in process, on the caller's thread).
   */
  takePdfWorker?(pdfjs: PdfjsModule): PdfWorkerHandle | undefined;
  /** Ask the browser to keep our storage; `null` where the question does not apply. */
  requestPersistentStorage(): Promise<boolean | null>;
  /** Usage and quota in bytes when the platform can tell. */
  storageEstimate(): Promise<{ usage: number; quota: number } | null>;
  /** CPU ms this process has used so far, where that can be read (Node). */
  cpuMs?(): number | undefined;
  /**
   * Read a document's pages on this thread and on helper threads at once (Node: worker threads;
   * browsers leave it out, their pdf.js has its own worker). Resolves `false`, having read
   * nothing, when no helper is free (in Node also for a process's first long document, see
   * node-text-helpers.ts): the caller then reads alone.
   */
  readPagesInParallel?(request: ParallelPagesRequest): Promise<boolean>;
  /**
   * OCR of page images (lib/ocr): Node runs onnxruntime-node in process; browsers run
   * onnxruntime-web in a Web Worker, its models fetched from the app's own origin on first use.
   */
  ocr?(): OcrService;
  /** Only in the browser extension's pages. */
  extension?: ExtensionHost;
}
