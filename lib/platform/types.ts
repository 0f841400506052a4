/**
 * What the core needs from wherever it runs. One implementation per target: `web.ts` (PWA and
 * extension pages), `node.ts` (CLI, unit tests). Nothing else in `lib/` may look at `window`,
 * `document`, `browser.*` or the file system.
 */
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

export type PlatformKind = 'pwa' | 'extension' | 'node';

export interface Platform {
  kind: PlatformKind;
  /** pdf.js, loaded on first use (its worker is large: never in the initial bundle). */
  loadPdfjs(): Promise<PdfjsModule>;
  pdfDocumentOptions(): PdfDocumentOptions;
  /** Ask the browser to keep our storage; `null` where the question does not apply. */
  requestPersistentStorage(): Promise<boolean | null>;
  /** Usage and quota in bytes when the platform can tell. */
  storageEstimate(): Promise<{ usage: number; quota: number } | null>;
}
