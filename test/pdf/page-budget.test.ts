/**
 * A page over its time budget in Node: pdf.js parses on a thread of the document's own
 * (lib/platform/node-pdf-thread.ts), so the budget fires while pdf.js is still busy, the thread
 * is terminated with the work, the page is pdf/tooComplex, and the next pages are read from the
 * file opened again on a fresh thread. `review-desk extract` on a damaged file that once never
 * answered says so in a sentence and exits. (All the damaged files that once ran pdf.js past any
 * budget are in the bad-PDFs reliability suite, test/reliability/bad-pdfs.test.ts.)
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { openPdf, withBudget } from '../../lib/pdf/open';
import { getPageText } from '../../lib/pdf/text';
import { BIN } from '../cli/support';
import { KNOWN_BAD, knownBadBytes } from '../reliability/known-bad-pdfs';

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

  it('closes a document whose worker is still busy on a page past its budget', async () => {
    const bad = KNOWN_BAD.find((b) => b.name === 'm525-delete.pdf')!;
    const pdf = await openPdf(knownBadBytes(bad), { fileName: 'm525.pdf' });
    const page = await pdf.proxy.getPage(1);
    // Read without getPageText (which would end the worker itself), as the viewer reads.
    await expect(
      withBudget(page.getTextContent(), 300, () => new Error('over budget')),
    ).rejects.toThrow('over budget');
    // pdf.js's clean-up waits for a worker that may not answer: closing ends it instead.
    await pdf.close();
  }, 30_000);

  it('review-desk extract on a file that never answered before: a sentence, and the process exits', async () => {
    const bad = KNOWN_BAD.find((b) => b.name === 'm525-delete.pdf')!;
    const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'rd-page-budget-')), '申报书.pdf');
    writeFileSync(file, knownBadBytes(bad));
    const child = spawn(process.execPath, [BIN, 'extract', file, '--json'], {
      env: { ...process.env, REVIEW_DESK_LANG: 'zh-CN' },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    // Before, it never ended: it is ended here after two minutes, so that this fails instead.
    const guard = setTimeout(() => child.kill('SIGKILL'), 120_000);
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    clearTimeout(guard);
    expect(code).not.toBeNull(); // exited on its own, not killed
    expect(stderr).not.toMatch(/\n\s+at /); // no stack trace
    if (code === 0) {
      // Pages read within their budget; those that were not are listed.
      expect(JSON.parse(stdout).pages).toBe(2);
    } else {
      // Both pages use the damaged font: each ran over its budget, and the file's error is told.
      expect(stderr).toContain('“申报书.pdf”过于复杂');
    }
  }, 150_000);
});
