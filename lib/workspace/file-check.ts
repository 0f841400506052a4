/**
 * Is this file a PDF a reviewer can read? Checked before anything is stored or added to a
 * panel: a text file renamed to .pdf, a truncated download, an empty file, or a file whose first
 * page cannot be read is refused with the reason (pdf/notPdf, pdf/corrupt, pdf/empty,
 * pdf/pageUnreadable…); a locked file is accepted, to be read once the reviewer types its
 * password. pdf.js decides, the same parser the viewer uses.
 */
import { isReviewDeskError, ReviewDeskError } from '../errors';
import { DEFAULT_PAGE_BUDGET_MS, openPdf, pageError, withBudget } from '../pdf/open';

export type FileCheck =
  | { status: 'ok'; pages: number }
  /** Needs a password to open: kept, read after the reviewer unlocks it. */
  | { status: 'locked' }
  /** Not usable; `error` says why in the user's language (a ReviewDeskError). */
  | { status: 'bad'; error: unknown };

export async function checkPdf(bytes: Uint8Array, fileName: string): Promise<FileCheck> {
  let pdf: Awaited<ReturnType<typeof openPdf>> | null = null;
  try {
    pdf = await openPdf(bytes, { fileName });
    const pages = pdf.numPages;
    if (pages < 1) {
      return { status: 'bad', error: new ReviewDeskError('intake/noPages', { file: fileName }) };
    }
    // The first page is the form's: a file that cannot show it is no application.
    const proxy = pdf.proxy;
    await withBudget(
      proxy.getPage(1),
      DEFAULT_PAGE_BUDGET_MS,
      () =>
        new ReviewDeskError('pdf/tooComplex', {
          file: fileName,
          seconds: DEFAULT_PAGE_BUDGET_MS / 1000,
        }),
      undefined,
      pdf.cpuMs,
    ).catch((error) => {
      throw pageError(error, fileName, 1);
    });
    return { status: 'ok', pages };
  } catch (error) {
    if (isReviewDeskError(error) && error.code === 'pdf/passwordRequired') {
      return { status: 'locked' };
    }
    return { status: 'bad', error };
  } finally {
    await pdf?.close().catch(() => undefined);
  }
}
