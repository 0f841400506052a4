/**
 * Opening PDFs: every failure is our error with a sentence naming the file, in both languages;
 * passwords, including non-ASCII ones; the caller's bytes are never taken away.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { type ErrorCode, isReviewDeskError, ReviewDeskError } from '../../lib/errors';
import { createI18n, localizeError } from '../../lib/i18n';
import {
  looksLikeNotPdf,
  openError,
  openPdf,
  pageError,
  passwordCandidates,
  withBudget,
} from '../../lib/pdf/open';
import { getPageText } from '../../lib/pdf/text';

const fixtures = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures');
const encrypted = () =>
  new Uint8Array(readFileSync(path.join(fixtures, 'pdf/encrypted-zh-password.pdf')));
const good = () => new Uint8Array(readFileSync(path.join(fixtures, 'extract/ln-table-pdflib.pdf')));
const encoder = new TextEncoder();

async function codeOf(bytes: Uint8Array, password?: string): Promise<string> {
  try {
    const pdf = await openPdf(bytes, { fileName: '申报书.pdf', password });
    await pdf.close();
    return 'opened';
  } catch (error) {
    if (!isReviewDeskError(error)) throw error;
    expect(error.params.file).toBe('申报书.pdf');
    return error.code;
  }
}

describe('openPdf', () => {
  it('opens a PDF and leaves the caller its bytes', async () => {
    const bytes = good();
    const pdf = await openPdf(bytes, { fileName: 'a.pdf' });
    expect(pdf.numPages).toBeGreaterThan(0);
    await pdf.close();
    expect(bytes.byteLength).toBeGreaterThan(0);
    expect(new TextDecoder().decode(bytes.subarray(0, 5))).toBe('%PDF-');
  });

  it('tells empty, not-a-PDF and damaged files apart', async () => {
    expect(await codeOf(new Uint8Array())).toBe('pdf/empty');
    expect(await codeOf(encoder.encode('<!doctype html><html><body>404</body></html>'))).toBe(
      'pdf/notPdf',
    );
    expect(await codeOf(encoder.encode('项目名称：这只是一个文本文件'))).toBe('pdf/notPdf');
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
    expect(await codeOf(png)).toBe('pdf/notPdf');
    const bytes = good();
    expect(await codeOf(bytes.subarray(0, Math.floor(bytes.length * 0.3)))).toBe('pdf/corrupt');
    expect(await codeOf(encoder.encode('%PDF-1.7\n'))).toBe('pdf/corrupt');
  });

  it('asks for a password, rejects a wrong one, opens with a Chinese one', async () => {
    expect(await codeOf(encrypted())).toBe('pdf/passwordRequired');
    expect(await codeOf(encrypted(), '错误密码')).toBe('pdf/wrongPassword');
    const pdf = await openPdf(encrypted(), { fileName: 'x.pdf', password: '评审台' });
    const page = await getPageText(pdf, 1);
    expect(page.text).toContain('密码正确才能读到这句话');
    await pdf.close();
  });

  it('tries the forms a password takes in a file (as typed, SASLprep, UTF-8 bytes)', () => {
    const candidates = passwordCandidates('Sª\u00adp');
    expect(candidates[0]).toBe('Sª\u00adp');
    expect(candidates).toContain('Sap');
    expect(candidates).toContain(String.fromCharCode(...encoder.encode('Sª\u00adp')));
    expect(passwordCandidates('abc')).toEqual(['abc']);
  });

  it('maps pdf.js failures to our errors and lets our own bugs through', () => {
    const named = (name: string, message: string) => Object.assign(new Error(message), { name });
    const bytes = encoder.encode('%PDF-1.4 1 0 obj');
    expect(
      (openError(named('InvalidPDFException', 'x'), bytes, 'f', false) as ReviewDeskError).code,
    ).toBe('pdf/corrupt');
    expect(
      (
        openError(
          named('UnknownErrorException', 'Maximum call stack size exceeded'),
          bytes,
          'f',
          false,
        ) as ReviewDeskError
      ).code,
    ).toBe('pdf/tooComplex');
    expect(
      (pageError(named('UnknownErrorException', 'bad kids'), 'f', 3) as ReviewDeskError).params,
    ).toEqual({
      file: 'f',
      page: 3,
    });
    const bug = new TypeError('undefined is not a function');
    expect(openError(bug, bytes, 'f', false)).toBe(bug);
    expect(looksLikeNotPdf(encoder.encode('garbage 1 0 obj << >>'))).toBe(false);
  });

  it('gives up after its time budget instead of waiting forever', async () => {
    let cancelled = false;
    const never = new Promise<never>(() => {});
    await expect(
      withBudget(
        never,
        20,
        () => new ReviewDeskError('pdf/tooComplex', { file: 'f', seconds: 0.02 }),
        () => {
          cancelled = true;
        },
      ),
    ).rejects.toMatchObject({ code: 'pdf/tooComplex' });
    expect(cancelled).toBe(true);
  });

  it('has a sentence naming the file for every error, in both languages', () => {
    const codes = [
      'empty',
      'notPdf',
      'corrupt',
      'passwordRequired',
      'wrongPassword',
      'tooComplex',
      'pageUnreadable',
    ];
    for (const language of ['zh-CN', 'en'] as const) {
      const i18n = createI18n(language);
      for (const code of codes) {
        const text = localizeError(
          i18n,
          new ReviewDeskError(`pdf/${code}` as ErrorCode, {
            file: '申报书.pdf',
            page: 2,
            seconds: 5,
          }),
        );
        expect(text, `${language} ${code}`).toContain('申报书.pdf');
        expect(text).not.toContain('{{');
      }
    }
  });
});
