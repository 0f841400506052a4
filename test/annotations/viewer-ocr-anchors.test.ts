/**
 * Highlights on a scanned page whose OCR reading is not stored yet (OCR not started, stopped, or
 * run later): the page has no text for now, so their quotes cannot be checked. They are drawn
 * where the record says — not reported as orphaned, not moved — and once the reading is stored
 * they are checked again against the page's new text and shown in place (components/pdf/
 * anchor-resolver.ts). Real scanned PDF, the device's OCR store over IndexedDB.
 */
import 'fake-indexeddb/auto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { AnchorResolver, drawnAnchors } from '../../components/pdf/anchor-resolver';
import { type OcrTextProvider, PdfTextSource } from '../../components/pdf/text-source';
import { describeTextRange } from '../../lib/annotations/anchor';
import type { Annotation, AnnotationPatch } from '../../lib/annotations/annotation';
import { mergeLineRects } from '../../lib/annotations/geometry';
import { dbOcrCache } from '../../lib/ocr/cache-db';
import type { OcrPage } from '../../lib/ocr/page-text';
import { type OpenedPdf, openPdf } from '../../lib/pdf/open';
import { rectsForRange } from '../../lib/pdf/text';
import { ReviewDeskDb } from '../../lib/store/db';
import { deviceStores } from '../../lib/workspace/stores';
import { ocrLine, ocrPage } from '../ocr/synthetic-scan';
import { annotation, FILE_HASH } from './support';

const SCAN = path.resolve('test/fixtures/ocr/ym-form-sealed.pdf');
const WORDS = '少儿编程教育联盟';
const QUOTE = '编程教育';
/** The first page's reading, as OCR will store it. */
const READING = ocrPage([ocrLine(100, '申报单位'), ocrLine(200, WORDS)], {}, 1);

const opened: OpenedPdf[] = [];
async function open(): Promise<OpenedPdf> {
  const pdf = await openPdf(new Uint8Array(await readFile(SCAN)), { fileName: 'scan.pdf' });
  opened.push(pdf);
  return pdf;
}

afterEach(async () => {
  for (const pdf of opened.splice(0)) await pdf.close();
});

function deviceProvider(db: ReviewDeskDb): OcrTextProvider {
  const { ocr } = deviceStores(db);
  return { page: (n) => ocr.page(FILE_HASH, n), onStored: (l) => ocr.watch(FILE_HASH, l) };
}

/** A highlight of QUOTE made on the first page as it reads with `reading` (as the viewer does). */
async function highlightOn(reading: OcrPage): Promise<Annotation> {
  const source = new PdfTextSource(await open(), {
    page: async (n) => (n === 1 ? reading : undefined),
    onStored: () => () => {},
  });
  const model = (await source.pageText(0)).page;
  const start = model.text.indexOf(QUOTE);
  expect(start).toBeGreaterThan(-1);
  const { quote, position } = describeTextRange(model.text, start, start + QUOTE.length);
  const rects = mergeLineRects(rectsForRange(model, position.start, position.end));
  return annotation({ kind: 'highlight', page: 0, quote, position, rects });
}

async function setup() {
  const db = new ReviewDeskDb(`viewer-ocr-anchors-${Math.random()}`);
  const source = new PdfTextSource(await open(), deviceProvider(db));
  const reanchored: [string, AnnotationPatch][] = [];
  const resolver = new AnchorResolver(source, (id, patch) => reanchored.push([id, patch]));
  const drawn = (list: Annotation[]) => drawnAnchors(list, resolver.snapshot());
  return { db, source, resolver, reanchored, drawn };
}

describe('highlights on a scanned page read before its OCR', () => {
  it('are drawn where recorded, not orphaned, and checked in place once the reading is stored', async () => {
    const a = await highlightOn(READING);
    const { db, source, resolver, reanchored, drawn } = await setup();
    resolver.setAnnotations([a]);
    await resolver.idle();

    // The page has no text yet: the highlight is neither orphaned nor moved.
    expect(source.texts[0]).toBe('');
    expect(resolver.snapshot().get(a.id)?.waiting).toBe(true);
    expect(drawn([a]).orphaned.has(a.id)).toBe(false);
    expect(
      drawn([a])
        .byPage.get(0)
        ?.map((d) => d.rects),
    ).toEqual([a.rects]);
    expect(reanchored).toEqual([]);

    await dbOcrCache(db).put(FILE_HASH, READING);
    // Checked again against the page's new text.
    await expect.poll(() => source.texts[0]).toContain(QUOTE);
    await expect.poll(() => resolver.snapshot().get(a.id)?.waiting).toBe(false);
    await resolver.idle();
    expect(source.texts[0]).toContain(QUOTE);
    expect(drawn([a]).orphaned.size).toBe(0);
    expect(
      drawn([a])
        .byPage.get(0)
        ?.map((d) => d.rects),
    ).toEqual([a.rects]);
    // Its stored anchor held: nothing to write back.
    expect(reanchored).toEqual([]);
    resolver.close();
    source.close();
  });

  it('are re-anchored on their page when the stored reading places the words elsewhere', async () => {
    // Made on an earlier reading of the page (another device's OCR, another OCR version): the
    // words now stand on another line, at another offset.
    const a = await highlightOn(ocrPage([ocrLine(100, WORDS)], {}, 1));
    const { db, resolver, reanchored, drawn } = await setup();
    resolver.setAnnotations([a]);
    await resolver.idle();
    expect(drawn([a]).orphaned.has(a.id)).toBe(false);

    await dbOcrCache(db).put(FILE_HASH, READING);
    await expect.poll(() => reanchored.length).toBe(1);
    await resolver.idle();
    const [id, patch] = reanchored[0]!;
    expect(id).toBe(a.id);
    expect(patch.page).toBe(0);
    expect(patch.quote?.exact).toBe(QUOTE);
    expect(patch.position?.start).not.toBe(a.position.start);
    const shown = drawn([a]);
    expect(shown.orphaned.size).toBe(0);
    // Drawn over the words' new line (lower on the page: smaller y in PDF units).
    const y0 = shown.byPage.get(0)?.[0]?.rects[0]?.[1];
    expect(y0).toBeLessThan(a.rects[0]![1]);
    expect(patch.rects?.[0]?.[1]).toBe(y0);
    resolver.close();
  });
});

describe('a reading stored while the highlights are being checked', () => {
  it('is not missed by a highlight whose check had finished but was not yet shown', async () => {
    const a = await highlightOn(READING);
    // A second highlight, on the scan's second page, whose check is held up meanwhile.
    const b = { ...(await highlightOn(READING)), id: 'second' as Annotation['id'], page: 1 };
    let stored = false;
    let tellStored: ((page: number) => void) | null = null;
    let release!: () => void;
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    let secondAsked = false;
    const source = new PdfTextSource(await open(), {
      async page(n) {
        if (n === 2) {
          secondAsked = true;
          await held;
          return undefined;
        }
        return stored ? READING : undefined;
      },
      onStored(listener) {
        tellStored = listener;
        return () => {
          tellStored = null;
        };
      },
    });
    const resolver = new AnchorResolver(source, () => {});
    resolver.setAnnotations([a, b]);
    await expect.poll(() => secondAsked).toBe(true);
    // The first page's reading is stored while the second highlight is still being checked.
    const changed = new Promise<void>((resolve) => {
      const off = source.subscribe((page) => {
        if (page !== 0) return;
        off();
        resolve();
      });
    });
    stored = true;
    tellStored!(1);
    await changed;
    release();
    await expect.poll(() => resolver.snapshot().get(a.id)?.waiting).toBe(false);
    await resolver.idle();
    expect(drawnAnchors([a, b], resolver.snapshot()).orphaned.size).toBe(0);
    expect(resolver.snapshot().get(b.id)?.waiting).toBe(true);
    resolver.close();
    source.close();
  });
});
