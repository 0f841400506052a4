/**
 * The intake's check against the pdf-edge corpus (../shared/corpus/pdf-edge; missing, a failure
 * that says so, see test/pdf/corpus-run.ts): what
 * pdf.js cannot open is refused with a sentence's code, a locked file is kept for its password,
 * anything that opens with a first page is kept — whatever else is odd about it.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { isReviewDeskError } from '../../lib/errors';
import { checkPdf } from '../../lib/workspace/file-check';
import { corpusDir } from '../pdf/corpus-run';

describe('checkPdf on the pdf-edge corpus', () => {
  const CORPUS = corpusDir();
  const rows = readFileSync(path.join(CORPUS, 'MANIFEST.tsv'), 'utf8')
    .split('\n')
    .map((line) => line.split('\t'))
    .filter(([file, , , expected]) => file?.startsWith('synthetic/') && expected)
    // Bombs and giants are the viewer's budget tests; here they would only cost time.
    .filter(([, , kind]) => !['bomb', 'huge', 'recursion'].includes(kind!));
  for (const [file, , , expected] of rows) {
    it(`${file}: ${expected}`, async () => {
      const bytes = new Uint8Array(readFileSync(path.join(CORPUS, file!)));
      const result = await checkPdf(bytes, path.basename(file!));
      if (expected === 'password-required') expect(result.status).toBe('locked');
      else if (expected === 'error-clear') {
        expect(result.status).toBe('bad');
        if (result.status === 'bad') expect(isReviewDeskError(result.error)).toBe(true);
      } else if (file!.includes('zero-pages')) {
        expect(result).toMatchObject({ status: 'bad' });
      } else {
        expect(result.status).toBe('ok');
      }
    });
  }
});
