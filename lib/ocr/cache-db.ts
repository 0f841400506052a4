/**
 * OCR results on this device (the app's Dexie database, local settings table): one entry per
 * file hash and page, so a scanned application is read once and opens instantly afterwards,
 * offline too. Listeners hear when a page is stored, so a viewer already showing the file can
 * give that page its text layer. Nothing here enters the panel document.
 */
import type { ReviewDeskDb } from '../store/db';
import { OCR_VERSION } from './engine';
import type { OcrPage } from './page-text';
import type { OcrCache } from './service';

const key = (hash: string, page: number) => `ocr:v${OCR_VERSION}:${hash}:${page}`;

type Listener = (hash: string, page: number) => void;
const listeners = new Set<Listener>();

/** Be told when a page's OCR result is stored (returns the unsubscribe function). */
export function onOcrStored(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/**
 * Files whose scanned pages are being (or about to be) read on this device: a viewer asking for
 * such a page's text waits for it instead of showing the page without text.
 */
const expected = new Map<string, number>();
const settledListeners = new Set<(hash: string) => void>();

/** This file's scans will be read (counted: several readers may expect the same file). */
export function expectOcr(hash: string): () => void {
  expected.set(hash, (expected.get(hash) ?? 0) + 1);
  let done = false;
  return () => {
    if (done) return;
    done = true;
    const n = (expected.get(hash) ?? 1) - 1;
    if (n > 0) expected.set(hash, n);
    else {
      expected.delete(hash);
      for (const l of settledListeners) l(hash);
    }
  };
}

/**
 * The page's OCR result: from the cache, or — while the file is being read — when it is stored.
 * Undefined when nobody reads the file's scans (or reading stopped before this page).
 */
export async function waitForOcrPage(
  db: ReviewDeskDb,
  hash: string,
  page: number,
): Promise<OcrPage | undefined> {
  const cache = dbOcrCache(db);
  const found = await cache.get(hash, page);
  if (found || !expected.has(hash)) return found;
  await new Promise<void>((resolve) => {
    const finish = () => {
      offStored();
      settledListeners.delete(onSettled);
      resolve();
    };
    const offStored = onOcrStored((h, p) => h === hash && p === page && finish());
    const onSettled = (h: string) => h === hash && finish();
    settledListeners.add(onSettled);
    // It may have been stored between the first look and listening.
    void cache.get(hash, page).then((p) => p && finish());
  });
  return cache.get(hash, page);
}

export function dbOcrCache(db: ReviewDeskDb): OcrCache {
  return {
    async get(hash, page) {
      const value = (await db.settings.get(key(hash, page)))?.value as OcrPage | undefined;
      // Stored data is validated lightly: a page of another shape is read again.
      if (!value || typeof value !== 'object' || value.page !== page || !value.image)
        return undefined;
      return value;
    },
    async put(hash, page) {
      await db.settings.put({ key: key(hash, page.page), value: page });
      for (const l of listeners) l(hash, page.page);
    },
  };
}
