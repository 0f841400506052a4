/**
 * A page's OCR reading stored by one page of the origin (an app tab, the extension's app page)
 * reaches the viewers of the other pages using the same database (lib/ocr/cache-db.ts, a
 * BroadcastChannel per database): here the test's own channel plays the other page.
 */
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import type { FileHash } from '../../lib/ids';
import { dbOcrCache, expectOcr, ocrChannelName } from '../../lib/ocr/cache-db';
import { OCR_VERSION } from '../../lib/ocr/engine';
import type { OcrPage } from '../../lib/ocr/page-text';
import { ReviewDeskDb } from '../../lib/store/db';
import { deviceStores } from '../../lib/workspace/stores';
import { ocrLine, ocrPage } from './synthetic-scan';

const HASH = 'b'.repeat(64) as FileHash;
const channels: BroadcastChannel[] = [];
const stops: (() => void)[] = [];

afterEach(() => {
  for (const stop of stops.splice(0)) stop();
  for (const c of channels.splice(0)) c.close();
});

function otherPage(db: ReviewDeskDb): BroadcastChannel {
  const channel = new BroadcastChannel(ocrChannelName(db.name));
  channels.push(channel);
  return channel;
}

function watchPages(db: ReviewDeskDb): number[] {
  const heard: number[] = [];
  stops.push(deviceStores(db).ocr.watch(HASH, (page) => heard.push(page)));
  return heard;
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 50));
const stored = (page: number) => ({ t: 'ocr-stored', version: OCR_VERSION, hash: HASH, page });

describe('OCR readings stored by another page of the origin', () => {
  it('reach this page’s viewers of the same file and database', async () => {
    const db = new ReviewDeskDb(`ocr-pages-${Math.random()}`);
    const heard = watchPages(db);
    otherPage(db).postMessage(stored(2));
    await expect.poll(() => heard).toEqual([2]);
  });

  it('are ignored when malformed, of another OCR version, or for another database', async () => {
    const db = new ReviewDeskDb(`ocr-pages-${Math.random()}`);
    const heard = watchPages(db);
    const other = otherPage(db);
    other.postMessage({ ...stored(1), page: -1 });
    other.postMessage({ ...stored(1), version: OCR_VERSION + 1 });
    other.postMessage('<script>');
    otherPage(new ReviewDeskDb(`ocr-pages-${Math.random()}`)).postMessage(stored(1));
    other.postMessage(stored(3));
    await expect.poll(() => heard).toEqual([3]);
    await settle();
    expect(heard).toEqual([3]);
  });

  it('are told to the other pages when stored here, once to this page’s own viewers', async () => {
    const db = new ReviewDeskDb(`ocr-pages-${Math.random()}`);
    const told: unknown[] = [];
    otherPage(db).onmessage = (event) => told.push(event.data);

    // Nobody on this page watches: the reading is still told to the others.
    await dbOcrCache(db).put(HASH, ocrPage([ocrLine(100, '编程')], {}, 1));
    await expect.poll(() => told).toEqual([stored(1)]);

    const heard = watchPages(db);
    await dbOcrCache(db).put(HASH, ocrPage([ocrLine(100, '编程')], {}, 2));
    await expect.poll(() => told).toEqual([stored(1), stored(2)]);
    await settle();
    expect(heard).toEqual([2]);
  });

  it('end the wait of a viewer waiting for a reading that another page stores', async () => {
    const db = new ReviewDeskDb(`ocr-pages-${Math.random()}`);
    // This page expects the file's scans to be read, so the viewer waits for the page's reading.
    stops.push(expectOcr(HASH));
    let found: OcrPage | undefined;
    const waited = deviceStores(db)
      .ocr.page(HASH, 1)
      .then((p) => {
        found = p;
      });
    await settle();
    expect(found).toBeUndefined();
    // Another page of the origin stores it in the same database, and says so.
    await db.settings.put({
      key: `ocr:v${OCR_VERSION}:${HASH}:1`,
      value: ocrPage([ocrLine(100, '编程')], {}, 1),
    });
    otherPage(db).postMessage(stored(1));
    await waited;
    expect(found?.page).toBe(1);
  });
});
