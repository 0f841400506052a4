/**
 * Long documents read on helper threads as well as this one (Node: lib/platform/node-text-pool.ts,
 * worker threads running node-text-worker.ts) come out exactly as read on one thread: the same
 * page texts, the same page failures, progress counted 1..n; an abort stops the read and the
 * helpers serve the next document. The document mixes Chromium (Type 3), pdf-lib and scanned
 * pages, and has pages whose page-tree entry is broken (pdf/pageUnreadable).
 */

import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PDFArray, PDFDocument, PDFName, PDFNumber } from 'pdf-lib';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { isReviewDeskError } from '../../lib/errors';
import {
  type DocumentText,
  getDocumentText,
  PARALLEL_MIN_PAGES,
} from '../../lib/pdf/document-text';
import { openPdf } from '../../lib/pdf/open';
import { setPlatform } from '../../lib/platform';
import { nodePlatform } from '../../lib/platform/node';
import { helpersStarted, helperThreads } from '../../lib/platform/node-text-helpers';
import type { Platform } from '../../lib/platform/types';

const fixtures = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/extract');
const SOURCES = ['ym-form-chromium.pdf', 'ln-table-pdflib.pdf', 'ln-table-scan.pdf'];
/** Page-tree entries (from 0) replaced by a broken node: those pages cannot be read. */
const BROKEN = [5, 17, 26, 33];
const PAGES = 36;

let bytes: Uint8Array;

beforeAll(async () => {
  const doc = await PDFDocument.create();
  const sources = await Promise.all(
    SOURCES.map(async (f) => PDFDocument.load(readFileSync(path.join(fixtures, f)))),
  );
  for (let i = 0; doc.getPageCount() < PAGES; i++) {
    const src = sources[i % sources.length]!;
    for (const page of await doc.copyPages(src, src.getPageIndices())) doc.addPage(page);
  }
  const { context } = doc;
  const kids = doc.catalog.Pages().lookup(PDFName.of('Kids'), PDFArray);
  for (const at of BROKEN) {
    const kid = context.obj({ Type: 'Pages', Count: 1, Kids: [context.register(PDFNumber.of(3))] });
    kids.set(at, context.register(kid));
  }
  bytes = await doc.save();
});

afterEach(() => setPlatform(nodePlatform));

const alone: Platform = { ...nodePlatform, readPagesInParallel: undefined };

/** Pages this thread read, when the platform shares the work. */
function watching(delayHereMs = 0): { platform: Platform; here: Set<number> } {
  const here = new Set<number>();
  const platform: Platform = {
    ...nodePlatform,
    readPagesInParallel: (request) =>
      nodePlatform.readPagesInParallel!({
        ...request,
        async readHere(page) {
          here.add(page);
          // Slowing this thread down leaves most pages to the helpers.
          if (delayHereMs) await new Promise((r) => setTimeout(r, delayHereMs));
          return request.readHere(page);
        },
      }),
  };
  return { platform, here };
}

async function read(
  platform: Platform,
  options: Parameters<typeof getDocumentText>[1] = {},
): Promise<DocumentText> {
  setPlatform(platform);
  const pdf = await openPdf(bytes, { fileName: '长文件.pdf' });
  try {
    return await getDocumentText(pdf, options);
  } finally {
    await pdf.close();
  }
}

/** Failures as data: a helper's error is rebuilt from its code and params (no cause). */
function failuresOf(text: DocumentText) {
  return text.failures.map((f) => {
    if (!isReviewDeskError(f.error)) throw f.error;
    return { page: f.page, code: f.error.code, params: f.error.params };
  });
}

describe.skipIf(availableParallelism() < 2)('reading a long document on several threads', () => {
  let reference: DocumentText;

  beforeAll(async () => {
    reference = await read(alone);
    expect(reference.pages.length + reference.failures.length).toBe(PAGES);
    expect(PAGES).toBeGreaterThanOrEqual(PARALLEL_MIN_PAGES);
  });

  it('gives the same pages and failures as one thread, with helpers reading pages', async () => {
    // Helpers start with a process's second long document and join in once pdf.js has loaded;
    // read until they have met one of the broken pages (its failure comes back as a message).
    const { platform, here } = watching(20);
    const brokenPages = BROKEN.map((i) => i + 1);
    const byHelpers = () => (here.size > 0 ? brokenPages.filter((p) => !here.has(p)) : []);
    for (let attempt = 0; attempt < 20 && byHelpers().length === 0; attempt++) {
      here.clear();
      const result = await read(platform);
      expect(result.pages).toEqual(reference.pages);
      expect(failuresOf(result)).toEqual(failuresOf(reference));
    }
    expect(here.size).toBeLessThan(PAGES);
    expect(byHelpers().length).toBeGreaterThan(0);
    expect(failuresOf(reference).map((f) => f.page)).toEqual(brokenPages);
    expect(failuresOf(reference).map((f) => f.code)).toEqual(
      BROKEN.map(() => 'pdf/pageUnreadable'),
    );
  }, 60_000);

  it('reports progress once per page, counting 1..n', async () => {
    const done: number[] = [];
    const totals = new Set<number>();
    const result = await read(nodePlatform, {
      onProgress: (n, total) => {
        done.push(n);
        totals.add(total);
      },
    });
    expect(done).toEqual(Array.from({ length: PAGES }, (_, i) => i + 1));
    expect([...totals]).toEqual([PAGES]);
    expect(result.pages).toEqual(reference.pages);
  });

  it('stops when aborted, and the helpers serve the next document', async () => {
    // Helpers start with a process's second long document: run alone, this test reads until
    // there are some, and lets them load pdf.js, so that the document it stops has helpers.
    while (helperThreads().length === 0) await read(nodePlatform);
    await helpersStarted();
    const controller = new AbortController();
    const reason = new Error('stopped by the reviewer');
    const aborted = read(nodePlatform, {
      signal: controller.signal,
      onProgress: (n) => {
        if (n === 5) controller.abort(reason);
      },
    });
    await expect(aborted).rejects.toBe(reason);
    const { platform, here } = watching(20);
    const next = await read(platform);
    expect(next.pages).toEqual(reference.pages);
    expect(here.size).toBeLessThan(PAGES);
  }, 60_000);

  it('loses only the page a dying helper was reading; a new helper serves the next document', async () => {
    // As above: the document whose helpers die must have helpers, when this test runs alone too.
    while (helperThreads().length === 0) await read(nodePlatform);
    await helpersStarted();
    const { platform, here } = watching(20);
    let killed = 0;
    const result = await read(platform, {
      onProgress: (n) => {
        if (n !== 6) return;
        for (const worker of helperThreads()) {
          killed++;
          void worker.terminate();
        }
      },
    });
    expect(killed).toBeGreaterThan(0);
    const pages = result.pages.map((p) => p.page);
    const failed = failuresOf(result);
    expect([...pages, ...failed.map((f) => f.page)].sort((a, b) => a - b)).toEqual(
      Array.from({ length: PAGES }, (_, i) => i + 1),
    );
    for (const page of result.pages)
      expect(page).toEqual(reference.pages.find((p) => p.page === page.page));
    const lost = failed.filter((f) => !BROKEN.includes(f.page - 1));
    expect(lost.length, JSON.stringify(failed)).toBeLessThanOrEqual(killed);
    for (const f of lost) {
      expect(here.has(f.page)).toBe(false);
      expect(f).toEqual({
        page: f.page,
        code: 'pdf/pageUnreadable',
        params: { file: '长文件.pdf', page: f.page },
      });
    }
    here.clear();
    for (let attempt = 0; attempt < 20 && (here.size === 0 || here.size === PAGES); attempt++) {
      here.clear();
      const next = await read(platform);
      expect(next.pages, JSON.stringify(failuresOf(next))).toEqual(reference.pages);
    }
    expect(here.size).toBeLessThan(PAGES);
  }, 60_000);

  it('fails as one thread does when a progress callback throws', async () => {
    const boom = new Error('progress failed');
    await expect(
      read(nodePlatform, {
        onProgress: (n) => {
          if (n === 3) throw boom;
        },
      }),
    ).rejects.toBe(boom);
  });
});
