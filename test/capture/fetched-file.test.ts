/** Only PDFs are captured, judged by the bytes; the server's file name is read as portals send it. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkPdf, fileNameFromDisposition } from '../../lib/capture/fetched-file';
import { isReviewDeskError } from '../../lib/errors';

const PDF = new Uint8Array(readFileSync('test/fixtures/extract/ln-prose-pdflib.pdf'));
const text = (s: string) => new TextEncoder().encode(s);

function refusal(bytes: Uint8Array, contentType: string) {
  try {
    checkPdf({ bytes, contentType }, 'x.pdf');
    return null;
  } catch (error) {
    return isReviewDeskError(error) ? { code: error.code, params: error.params } : error;
  }
}

describe('checkPdf', () => {
  it('accepts a PDF whatever the server calls it', () => {
    expect(refusal(PDF, 'application/octet-stream')).toBeNull();
    expect(refusal(PDF, '')).toBeNull();
  });

  it('refuses a login page served as application/pdf, saying it is a web page', () => {
    const page = text('<!DOCTYPE html><html><body>请先登录</body></html>');
    expect(refusal(page, 'application/pdf')).toEqual({
      code: 'extension/htmlNotPdf',
      params: { name: 'x.pdf' },
    });
  });

  it('names what it got instead: Office, images, empty files', () => {
    const docx = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]);
    expect(refusal(docx, 'application/pdf')).toMatchObject({
      code: 'extension/notPdf',
      params: { kind: 'ZIP / Office (docx, xlsx)' },
    });
    expect(refusal(new Uint8Array([0xff, 0xd8, 0xff, 0xe0]), 'image/jpeg')).toMatchObject({
      params: { kind: 'JPEG' },
    });
    expect(refusal(new Uint8Array(), 'application/pdf')).toMatchObject({ code: 'extension/empty' });
  });
});

describe('fileNameFromDisposition', () => {
  it('reads RFC 5987 names, quoted names, percent-encoded and raw UTF-8 names', () => {
    expect(
      fileNameFromDisposition(
        'attachment; filename="a.pdf"; filename*=UTF-8\'\'%E7%94%B3%E6%8A%A5%E4%B9%A6.pdf',
      ),
    ).toBe('申报书.pdf');
    expect(fileNameFromDisposition('attachment; filename="汇总 表.pdf"')).toBe('汇总 表.pdf');
    expect(fileNameFromDisposition('attachment; filename=%E6%8E%A8%E8%8D%90.pdf')).toBe('推荐.pdf');
    // What fetch shows for raw UTF-8 header bytes: one Latin-1 character per byte.
    const raw = String.fromCharCode(...new TextEncoder().encode('证明材料.pdf'));
    expect(fileNameFromDisposition(`attachment; filename="${raw}"`)).toBe('证明材料.pdf');
  });

  it('strips paths and gives nothing for a header without a name', () => {
    expect(fileNameFromDisposition('attachment; filename="../../etc/x.pdf"')).toBe(
      '.. .. etc x.pdf',
    );
    expect(fileNameFromDisposition('inline')).toBeNull();
    expect(fileNameFromDisposition('')).toBeNull();
  });
});
