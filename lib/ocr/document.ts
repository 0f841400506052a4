/**
 * OCR of the scanned pages of a document: each page is drawn at OCR resolution, read by the
 * platform's OCR service, and kept in the cache under the file's hash, so a second open (or a
 * second CLI run) reads nothing again. Progress per page; cancel with an AbortSignal (pages
 * already read stay cached).
 */
import { isReviewDeskError, ReviewDeskError } from '../errors';
import type { OpenedPdf } from '../pdf/open';
import { OCR_VERSION } from './engine';
import { type OcrPage, type OcrPageText, ocrPageText } from './page-text';
import { OCR_DPI, renderPageImage } from './render';
import type { OcrCache, OcrService, PrepareOptions } from './service';

export interface OcrPagesOptions {
  service: OcrService;
  cache?: OcrCache;
  /** The file's SHA-256: the cache key. Without it nothing is cached. */
  fileHash?: string;
  dpi?: number;
  /** After each page (read or found in the cache). */
  onPage?: (page: OcrPageText, done: number, total: number) => void;
  /** Loading the models on first use (browsers download them once): bytes loaded of total. */
  onPrepare?: PrepareOptions['onProgress'];
  signal?: AbortSignal;
}

export interface OcrPagesResult {
  pages: OcrPageText[];
  /** Pages that could not be read (a ReviewDeskError each). */
  failures: { page: number; error: ReviewDeskError }[];
  /** Pages found in the cache. */
  cached: number[];
  /** Each page's reading as the engine gave it (what the cache keeps), by page. */
  raw: Map<number, OcrPage>;
}

/** Read one page by OCR (no cache). */
export async function ocrPdfPage(
  pdf: OpenedPdf,
  pageNumber: number,
  service: OcrService,
  options: { dpi?: number; signal?: AbortSignal } = {},
): Promise<OcrPage> {
  const rendered = await renderPageImage(pdf, pageNumber, options.dpi ?? OCR_DPI);
  options.signal?.throwIfAborted();
  const image = await service.read(rendered.image, {
    dpi: rendered.dpi,
    ...(options.signal ? { signal: options.signal } : {}),
  });
  return {
    page: pageNumber,
    view: rendered.view,
    rotation: rendered.rotation,
    transform: rendered.transform,
    image,
  };
}

/** A cached page of the current OCR version, or undefined. */
async function fromCache(
  cache: OcrCache | undefined,
  hash: string | undefined,
  page: number,
): Promise<OcrPage | undefined> {
  if (!cache || !hash) return undefined;
  try {
    const found = await cache.get(hash, page);
    return found && found.image?.version === OCR_VERSION && found.page === page ? found : undefined;
  } catch {
    return undefined; // a damaged cache entry is read again, not trusted
  }
}

/** OCR the given pages (from 1) of a document, in order, using and filling the cache. */
export async function ocrPages(
  pdf: OpenedPdf,
  pageNumbers: number[],
  options: OcrPagesOptions,
): Promise<OcrPagesResult> {
  const result: OcrPagesResult = { pages: [], failures: [], cached: [], raw: new Map() };
  let prepared = false;
  let done = 0;
  for (const n of pageNumbers) {
    options.signal?.throwIfAborted();
    let page = await fromCache(options.cache, options.fileHash, n);
    if (page) result.cached.push(n);
    else {
      try {
        if (!prepared) {
          await options.service.prepare({
            ...(options.signal ? { signal: options.signal } : {}),
            ...(options.onPrepare ? { onProgress: options.onPrepare } : {}),
          });
          prepared = true;
        }
        page = await ocrPdfPage(pdf, n, options.service, {
          ...(options.dpi ? { dpi: options.dpi } : {}),
          ...(options.signal ? { signal: options.signal } : {}),
        });
        if (options.cache && options.fileHash) await options.cache.put(options.fileHash, page);
      } catch (error) {
        if (options.signal?.aborted) throw error;
        result.failures.push({ page: n, error: asOcrError(error, pdf.fileName, n) });
        done++;
        continue;
      }
    }
    result.raw.set(n, page);
    const text = ocrPageText(page);
    result.pages.push(text);
    options.onPage?.(text, ++done, pageNumbers.length);
  }
  return result;
}

export function asOcrError(error: unknown, file: string, page: number): ReviewDeskError {
  if (isReviewDeskError(error)) return error;
  const detail = error instanceof Error ? error.message : String(error);
  return new ReviewDeskError('ocr/pageFailed', { file, page, detail }, { cause: error });
}
