/**
 * Is this file a PDF a reviewer can read? Checked before anything is stored or added to a
 * panel: a text file renamed to .pdf, a truncated download or an empty file is refused with the
 * reason (pdf/notPdf, pdf/corrupt, pdf/empty…); a locked file is accepted, to be read once the
 * reviewer types its password. pdf.js decides, the same parser the viewer uses.
 */
import { isReviewDeskError, ReviewDeskError } from '../errors';
import { openPdf } from '../pdf/open';

export type FileCheck =
  | { status: 'ok'; pages: number }
  /** Needs a password to open: kept, read after the reviewer unlocks it. */
  | { status: 'locked' }
  /** Not usable; `error` says why in the user's language (a ReviewDeskError). */
  | { status: 'bad'; error: unknown };

export async function checkPdf(bytes: Uint8Array, fileName: string): Promise<FileCheck> {
  try {
    const pdf = await openPdf(bytes, { fileName });
    const pages = pdf.numPages;
    await pdf.close().catch(() => undefined);
    if (pages < 1)
      return { status: 'bad', error: new ReviewDeskError('intake/noPages', { file: fileName }) };
    return { status: 'ok', pages };
  } catch (error) {
    if (isReviewDeskError(error) && error.code === 'pdf/passwordRequired')
      return { status: 'locked' };
    return { status: 'bad', error };
  }
}
