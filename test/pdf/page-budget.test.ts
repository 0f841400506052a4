/**
 * A page over its time budget in Node: pdf.js parses on a thread of the document's own
 * (lib/platform/node-pdf-thread.ts), so the budget fires while pdf.js is still busy, the thread
 * is terminated with the work, the page is pdf/tooComplex, and the next pages are read from the
 * file opened again on a fresh thread. (The damaged files that once ran pdf.js past any budget
 * are in the bad-PDFs reliability suite, test/reliability/bad-pdfs.test.ts.)
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { openPdf } from '../../lib/pdf/open';
import { getPageText } from '../../lib/pdf/text';

const fixtures = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/extract');

describe('a page over its budget (Node)', () => {
  it('is too complex; the document is opened again and its other pages are read', async () => {
    const bytes = new Uint8Array(readFileSync(path.join(fixtures, 'ln-table-pdflib.pdf')));
    const pdf = await openPdf(bytes, { fileName: '申报书.pdf' });
    try {
      const first = pdf.proxy;
      // A budget no page can meet stands in for a page that never ends.
      await expect(getPageText(pdf, 1, { budgetMs: 1 })).rejects.toMatchObject({
        code: 'pdf/tooComplex',
        params: { file: '申报书.pdf' },
      });
      expect(pdf.proxy).not.toBe(first);
      expect(pdf.lost).toBeFalsy();
      const two = await getPageText(pdf, 2);
      expect(two.text.length).toBeGreaterThan(0);
      // Again, twice in a row: each time the caller's document is the one opened again.
      for (const page of [1, 2]) {
        await expect(getPageText(pdf, page, { budgetMs: 1 })).rejects.toMatchObject({
          code: 'pdf/tooComplex',
        });
      }
      const one = await getPageText(pdf, 1);
      expect(one.text).toContain('项目名称');
    } finally {
      await pdf.close();
    }
  });
});
