/**
 * What the rest of the app sees of OCR: a service that reads page images (in-process in Node, in
 * a Web Worker in browsers, see lib/platform) and a cache of results per file and page. Both are
 * interfaces so lib/ code never knows where the models run.
 */
import type { OcrImageResult, ReadImageOptions } from './engine';
import type { RgbaImage } from './image';
import type { OcrPage } from './page-text';

export interface PrepareOptions {
  /** Bytes of model and runtime files loaded so far, of the total (first use in browsers). */
  onProgress?: (loaded: number, total: number) => void;
  signal?: AbortSignal;
}

export interface OcrService {
  /**
   * Make the models ready: in browsers they are fetched from the app's own origin on first use,
   * with progress, and cached for offline use; in Node and the extension they are local files.
   */
  prepare(options?: PrepareOptions): Promise<void>;
  read(image: RgbaImage, options: ReadImageOptions): Promise<OcrImageResult>;
  /** Every character the recogniser can write (for matching values against known lists). */
  dictionary(): Promise<ReadonlySet<string>>;
}

/** OCR results kept per file (by its SHA-256) and page, so a file is read once per device. */
export interface OcrCache {
  get(fileHash: string, page: number): Promise<OcrPage | undefined>;
  put(fileHash: string, page: OcrPage): Promise<void>;
}
