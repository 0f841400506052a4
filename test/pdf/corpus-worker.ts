/**
 * Child process of the corpus test: opens one file at a time as the app does (lib/pdf/open,
 * then page 1's text) and reports the outcome. Run in its own process so that a file that hangs
 * pdf.js (which shares our thread in Node) can be killed without taking the test runner down.
 */
import { readFile } from 'node:fs/promises';
import { isReviewDeskError } from '../../lib/errors';
import { openPdf } from '../../lib/pdf/open';
import { getPageText } from '../../lib/pdf/text';
import { setPlatform } from '../../lib/platform';
import { nodePlatform } from '../../lib/platform/node';

setPlatform(nodePlatform);

export interface CorpusRequest {
  path: string;
  name: string;
  password?: string;
}

export type CorpusOutcome =
  | { kind: 'opens'; pages: number; page1Chars: number | null }
  | { kind: 'error'; code: string }
  | { kind: 'crash'; message: string };

async function attempt(bytes: Uint8Array, name: string, password?: string): Promise<CorpusOutcome> {
  try {
    const pdf = await openPdf(bytes, { fileName: name, password });
    try {
      const page = pdf.numPages > 0 ? await getPageText(pdf, 1) : null;
      return { kind: 'opens', pages: pdf.numPages, page1Chars: page ? page.text.length : null };
    } finally {
      await pdf.close();
    }
  } catch (error) {
    if (isReviewDeskError(error)) return { kind: 'error', code: error.code };
    return {
      kind: 'crash',
      message: error instanceof Error ? `${error.name}: ${error.message}` : String(error),
    };
  }
}

process.on('message', async (request: CorpusRequest) => {
  const started = performance.now();
  const bytes = new Uint8Array(await readFile(request.path));
  const first = await attempt(bytes, request.name);
  const withPassword =
    request.password !== undefined
      ? await attempt(bytes, request.name, request.password)
      : undefined;
  process.send?.({ name: request.name, first, withPassword, ms: performance.now() - started });
});
process.send?.({ ready: true });
