/**
 * Platform for browser pages: the PWA and the extension's app page. Both serve pdf.js's worker,
 * cMaps, standard fonts and wasm decoders from `/pdfjs/` on their own origin (copied there by
 * `scripts/copy-pdfjs-assets.mjs`), so PDFs open offline and no code is fetched remotely.
 */
import type { OcrService } from '../ocr/service';
import type { PdfjsModule, Platform, PlatformKind } from './types';
import { createWebOcrService } from './web-ocr';

const ASSET_BASE = '/pdfjs/';

export function createWebPlatform(kind: Exclude<PlatformKind, 'node'>): Platform {
  let pdfjs: Promise<PdfjsModule> | null = null;
  let spare: InstanceType<PdfjsModule['PDFWorker']> | null = null;
  let ocr: OcrService | null = null;
  return {
    kind,
    // The PWA keeps the OCR files in Cache Storage after the first download; the extension
    // carries them in its package.
    ocr() {
      ocr ??= createWebOcrService({ cache: kind === 'pwa' });
      return ocr;
    },
    loadPdfjs() {
      pdfjs ??= import('pdfjs-dist').then((mod) => {
        mod.GlobalWorkerOptions.workerSrc = `${ASSET_BASE}pdf.worker.min.mjs`;
        return mod;
      });
      return pdfjs;
    },
    // One worker per document, so a file that hangs pdf.js can be stopped by ending its worker
    // without touching the others; the next one is started as soon as one is taken, so opening
    // a file does not wait for the worker's 1.4 MB of code to load and start.
    takePdfWorker(mod) {
      const worker = spare ?? new mod.PDFWorker();
      spare = new mod.PDFWorker();
      return worker;
    },
    pdfDocumentOptions() {
      return {
        cMapUrl: `${ASSET_BASE}cmaps/`,
        cMapPacked: true,
        standardFontDataUrl: `${ASSET_BASE}standard_fonts/`,
        wasmUrl: `${ASSET_BASE}wasm/`,
        isEvalSupported: false,
        disableFontFace: false,
        useSystemFonts: false,
      };
    },
    async requestPersistentStorage() {
      if (!navigator.storage?.persist) return null;
      if (await navigator.storage.persisted()) return true;
      return navigator.storage.persist();
    },
    async storageEstimate() {
      if (!navigator.storage?.estimate) return null;
      const { usage = 0, quota = 0 } = await navigator.storage.estimate();
      return { usage, quota };
    },
  };
}
