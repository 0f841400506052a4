/**
 * Messages between the page and the OCR Web Worker (web-ocr.ts ↔ web-ocr-worker.ts): a request
 * carries an id, the worker answers with progress for it and then exactly one result or error.
 */
import type { OcrImageResult } from '../ocr/engine';
import type { RgbaImage } from '../ocr/image';

/** Where the worker finds its files, and whether to keep them in Cache Storage. */
export interface OcrAssets {
  /** Absolute URLs on the app's own origin. */
  detection: string;
  recognition: string;
  dictionary: string;
  wasm: string;
  /** Cache Storage name, or null to fetch every time (the extension reads its own package). */
  cacheName: string | null;
}

export type OcrRequest =
  | { id: number; kind: 'prepare'; assets: OcrAssets }
  | { id: number; kind: 'read'; image: RgbaImage; dpi: number }
  | { id: number; kind: 'dictionary' };

export type OcrResponse =
  | { id: number; kind: 'progress'; loaded: number; total: number }
  | { id: number; kind: 'prepared' }
  | { id: number; kind: 'result'; result: OcrImageResult }
  | { id: number; kind: 'dictionary'; characters: string[] }
  | { id: number; kind: 'error'; code: string; detail: string };
