/**
 * OCR results on this device (the app's Dexie database, local settings table): one entry per
 * file hash and page, so a scanned application is read once and opens instantly afterwards,
 * offline too. Listeners hear when a page is stored, so a viewer already showing the file can
 * give that page its text layer — on this page, and on the other pages of the origin that use
 * the same database (another tab, the extension's side panel beside its app page), told over a
 * BroadcastChannel per database. Nothing here enters the panel document.
 */
import { z } from 'zod';
import type { ReviewDeskDb } from '../store/db';
import { OCR_VERSION } from './engine';
import type { OcrPage } from './page-text';
import type { OcrCache } from './service';

const key = (hash: string, page: number) => `ocr:v${OCR_VERSION}:${hash}:${page}`;

type Listener = (hash: string, page: number) => void;
/** Listeners on this page, by database name. */
const listeners = new Map<string, Set<Listener>>();

function tell(database: string, hash: string, page: number) {
  for (const l of listeners.get(database) ?? []) l(hash, page);
}

/** What one page tells the others; validated on receipt (any page of the origin may post). */
const storedMessage = z.object({
  t: z.literal('ocr-stored'),
  version: z.literal(OCR_VERSION),
  hash: z.string().min(1).max(128),
  page: z.number().int().positive().max(100_000),
});
type StoredMessage = z.infer<typeof storedMessage>;

export function ocrChannelName(databaseName: string): string {
  return `review-desk/ocr/${databaseName}`;
}

/** Open channels by database, shared by this page's listeners (closed with the last one). */
const links = new Map<string, { channel: BroadcastChannel; users: number }>();

function listenToPages(database: string): () => void {
  if (typeof BroadcastChannel === 'undefined') return () => {};
  const name = ocrChannelName(database);
  let link = links.get(name);
  if (!link) {
    const channel = new BroadcastChannel(name);
    channel.onmessage = (event: MessageEvent) => {
      const message = storedMessage.safeParse(event.data);
      if (message.success) tell(database, message.data.hash, message.data.page);
    };
    link = { channel, users: 0 };
    links.set(name, link);
  }
  const held = link;
  held.users++;
  return () => {
    if (--held.users > 0) return;
    held.channel.close();
    links.delete(name);
  };
}

function tellPages(database: string, message: StoredMessage) {
  if (typeof BroadcastChannel === 'undefined') return;
  const name = ocrChannelName(database);
  // A channel never hears itself: this page's own listeners are told directly.
  const open = links.get(name)?.channel;
  if (open) {
    open.postMessage(message);
    return;
  }
  const channel = new BroadcastChannel(name);
  channel.postMessage(message);
  channel.close();
}

/**
 * Be told when a page's OCR result is stored in this database, by this page or another page of
 * the origin (returns the unsubscribe function).
 */
export function onOcrStored(db: ReviewDeskDb, listener: Listener): () => void {
  let set = listeners.get(db.name);
  if (!set) {
    set = new Set();
    listeners.set(db.name, set);
  }
  set.add(listener);
  const unlisten = listenToPages(db.name);
  let done = false;
  return () => {
    if (done) return;
    done = true;
    set.delete(listener);
    if (set.size === 0 && listeners.get(db.name) === set) listeners.delete(db.name);
    unlisten();
  };
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
    const offStored = onOcrStored(db, (h, p) => h === hash && p === page && finish());
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
      tell(db.name, hash, page.page);
      tellPages(db.name, { t: 'ocr-stored', version: OCR_VERSION, hash, page: page.page });
    },
  };
}
