/**
 * The text of every page of a document, as one list in page order plus the pages that could not
 * be read. Long documents are also read on helper threads where the platform has them (Node:
 * worker threads, see lib/platform/node-text-pool.ts); each page is read by the same code
 * wherever it runs, so the result is the same as on one thread.
 */
import { ReviewDeskError } from '../errors';
import { getPlatform } from '../platform';
import type { PageOutcome } from '../platform/types';
import { DEFAULT_PAGE_BUDGET_MS, type OpenedPdf } from './open';
import { getPageText, type PageText, type PageTextOptions } from './text';

export interface DocumentText {
  pages: PageText[];
  /** Pages that could not be read (damaged, too complex), with the error. */
  failures: { page: number; error: unknown }[];
}

export interface DocumentTextOptions extends PageTextOptions {
  /** Called after each page with the number of pages done and the total. */
  onProgress?: (done: number, total: number) => void;
  signal?: AbortSignal;
}

/**
 * From this many pages on, pages are also read on helper threads where the platform has them
 * (Node): below it, starting and feeding helpers costs about what they would save.
 */
export const PARALLEL_MIN_PAGES = 16;

/**
 * Every page's text. A page that fails is recorded and skipped (the rest of the file is still
 * read); when every page fails, the first failure is thrown. Long documents are read on several
 * threads where the platform can (the result is the same).
 */
export async function getDocumentText(
  pdf: OpenedPdf,
  options: DocumentTextOptions = {},
): Promise<DocumentText> {
  const outcomes: PageOutcome[] = [];
  const parallel = await readInParallel(pdf, options, outcomes);
  if (!parallel) {
    for (let n = 1; n <= pdf.numPages; n++) {
      options.signal?.throwIfAborted();
      outcomes.push(await readPage(pdf, n, options));
      options.onProgress?.(n, pdf.numPages);
    }
  }
  const pages: PageText[] = [];
  const failures: DocumentText['failures'] = [];
  for (const outcome of outcomes.sort((a, b) => a.page - b.page)) {
    if ('text' in outcome) pages.push(outcome.text);
    else failures.push(outcome);
  }
  if (pages.length === 0 && failures.length > 0) throw failures[0]!.error;
  return { pages, failures };
}

/** One page's text or its failure; errors that are not about the page (bugs) are thrown. */
async function readPage(
  pdf: OpenedPdf,
  page: number,
  options: PageTextOptions,
): Promise<PageOutcome> {
  try {
    return { page, text: await getPageText(pdf, page, options) };
  } catch (error) {
    if (!(error instanceof ReviewDeskError)) throw error;
    return { page, error };
  }
}

/** Read the pages on this thread and the platform's helpers; false when that is not on offer. */
async function readInParallel(
  pdf: OpenedPdf,
  options: DocumentTextOptions,
  outcomes: PageOutcome[],
): Promise<boolean> {
  const platform = getPlatform();
  const bytes = pdf.source?.bytes;
  if (!platform.readPagesInParallel || pdf.numPages < PARALLEL_MIN_PAGES) return false;
  if (!bytes || bytes.byteLength === 0) return false; // the caller's buffer was given away
  return platform.readPagesInParallel({
    bytes,
    fileName: pdf.fileName,
    password: pdf.source?.password,
    numPages: pdf.numPages,
    budgetMs: options.budgetMs ?? DEFAULT_PAGE_BUDGET_MS,
    rulings: options.rulings ?? 'auto',
    readHere: (page) => readPage(pdf, page, options),
    onPage: (outcome) => {
      outcomes.push(outcome);
      options.onProgress?.(outcomes.length, pdf.numPages);
    },
    signal: options.signal,
  });
}
