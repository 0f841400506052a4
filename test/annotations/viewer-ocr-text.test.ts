/**
 * A scanned page whose text the viewer asks for before its OCR reading exists (OCR not started
 * yet, stopped, or run later) is provisional (components/pdf/text-source.ts): once the reading is
 * stored, the page is read again — its text for search, its model for the text layer — and the
 * source's listeners hear which page changed. Real PDFs, the device's OCR store over IndexedDB.
 */
import 'fake-indexeddb/auto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { type OcrTextProvider, PdfTextSource } from '../../components/pdf/text-source';
import type { FileHash } from '../../lib/ids';
import { dbOcrCache } from '../../lib/ocr/cache-db';
import type { OcrPage } from '../../lib/ocr/page-text';
import { type OpenedPdf, openPdf } from '../../lib/pdf/open';
import { ReviewDeskDb } from '../../lib/store/db';
import { deviceStores } from '../../lib/workspace/stores';
import { ocrLine, ocrPage } from '../ocr/synthetic-scan';

const SCAN = path.resolve('test/fixtures/ocr/ym-form-sealed.pdf');
const TEXT_PDF = path.resolve('test/fixtures/extract/ln-prose-pdflib.pdf');
const HASH = 'scan-hash' as FileHash;
const WORDS = '少儿编程教育联盟';

const opened: OpenedPdf[] = [];
async function open(file: string): Promise<OpenedPdf> {
  const pdf = await openPdf(new Uint8Array(await readFile(file)), {
    fileName: path.basename(file),
  });
  opened.push(pdf);
  return pdf;
}

afterEach(async () => {
  for (const pdf of opened.splice(0)) await pdf.close();
});

/** The viewer's provider for one file, over the device's OCR store (as usePdfDocument builds). */
function deviceProvider(db: ReviewDeskDb, hash: FileHash): OcrTextProvider {
  const { ocr } = deviceStores(db);
  return { page: (n) => ocr.page(hash, n), onStored: (l) => ocr.watch(hash, l) };
}

/** Resolves with the next page the source says has changed. */
const nextChange = (source: PdfTextSource) =>
  new Promise<number>((resolve) => {
    const off = source.subscribe((page) => {
      if (page === undefined) return;
      off();
      resolve(page);
    });
  });

describe('a scanned page read before its OCR', () => {
  it('gets its OCR text, text layer items and a notification once the reading is stored', async () => {
    const db = new ReviewDeskDb(`viewer-ocr-${Math.random()}`);
    const source = new PdfTextSource(await open(SCAN), deviceProvider(db, HASH));
    const heard: (number | undefined)[] = [];
    source.subscribe((page) => heard.push(page));

    // Nobody reads the file's scans yet: the page has no text, for now.
    const before = await source.pageText(0);
    expect(before.page.text.trim()).toBe('');
    expect(source.texts[0]).toBe('');

    // Another file's reading, or another page's, changes nothing here.
    await dbOcrCache(db).put('other-hash', ocrPage([ocrLine(100, WORDS)], {}, 1));
    const changed = nextChange(source);
    await dbOcrCache(db).put(HASH, ocrPage([ocrLine(100, WORDS)], {}, 1));
    expect(await changed).toBe(0);

    expect(source.texts[0]).toContain(WORDS);
    const after = await source.pageText(0);
    expect(after).not.toBe(before);
    expect(after.page.text).toContain(WORDS);
    // The text layer draws the OCR words.
    expect(after.textItems.map((i) => i.str).join('')).toContain(WORDS);
    expect(heard).toEqual([0]);
    expect(source.progress.done).toBe(1);
    source.close();
  });

  it('does not miss a reading stored while the page was being read', async () => {
    const pdf = await open(SCAN);
    let stored: ((page: number) => void) | null = null;
    let reading: OcrPage | undefined;
    let answer!: () => void;
    const asked = new Promise<void>((resolve) => {
      answer = resolve;
    });
    let calls = 0;
    const provider: OcrTextProvider = {
      async page() {
        calls++;
        // The first look finds nothing, but its answer comes after the reading was stored.
        if (calls === 1) {
          await asked;
          return undefined;
        }
        return reading;
      },
      onStored(listener) {
        stored = listener;
        return () => {
          stored = null;
        };
      },
    };
    const source = new PdfTextSource(pdf, provider);
    const text = source.pageText(0);
    await expect.poll(() => calls).toBe(1);
    reading = ocrPage([ocrLine(100, WORDS)], {}, 1);
    stored!(1);
    answer();
    expect((await text).page.text).toContain(WORDS);
    expect(source.texts[0]).toContain(WORDS);
  });

  it('is left alone once closed', async () => {
    const db = new ReviewDeskDb(`viewer-ocr-${Math.random()}`);
    const source = new PdfTextSource(await open(SCAN), deviceProvider(db, HASH));
    const heard: (number | undefined)[] = [];
    source.subscribe((page) => heard.push(page));
    await source.pageText(0);
    source.close();
    await dbOcrCache(db).put(HASH, ocrPage([ocrLine(100, WORDS)], {}, 1));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(heard).toEqual([]);
    expect(source.texts[0]).toBe('');
  });

  it('costs a text PDF nothing: it never listens for OCR', async () => {
    let listened = 0;
    let looked = 0;
    const source = new PdfTextSource(await open(TEXT_PDF), {
      page: async () => {
        looked++;
        return undefined;
      },
      onStored: () => {
        listened++;
        return () => {};
      },
    });
    expect((await source.pageText(0)).page.text.trim()).not.toBe('');
    expect(listened).toBe(0);
    expect(looked).toBe(0);
  });
});
