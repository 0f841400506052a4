/** SPEC L1, L2: the local update log (fake-indexeddb here, real IndexedDB in the browser tests). */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { CriterionId } from '../../lib/ids';
import { openPanel } from '../../lib/panel/open';
import { docOf, Panel } from '../../lib/panel/panel';
import { attachPersistence } from '../../lib/panel/persistence';
import { join, makePanel } from './helpers';

let n = 0;
const dbName = () => `rd-test-docs-${++n}-${Math.random()}`;

describe('L1 saved means on disk', () => {
  it('L1: a score reported saved is there after reopening', async () => {
    const { chairReplica: chair, invitations, app } = await makePanel();
    const r = await join(invitations[0]!, chair.doc);
    const databaseName = dbName();
    const p = attachPersistence(r.panel, { databaseName });
    await p.loaded;
    r.panel.setScore(app, 'c1' as CriterionId, 9);
    await p.saved();
    expect(p.status().state).toBe('saved');
    expect(p.status().pending).toBe(0);
    // A fresh device session (new doc, new client id) loads it back.
    const reopened = await openPanel(r.identity, { databaseName });
    expect(reopened.panel.myReview(app).values.scores).toEqual({ c1: 9 });
    await reopened.close();
  });

  it('L1: the status never says saved while a change is only queued', async () => {
    const { chairReplica: chair, invitations, app } = await makePanel();
    const r = await join(invitations[0]!, chair.doc);
    const p = attachPersistence(r.panel, { databaseName: dbName() });
    await p.saved();
    const seen: string[] = [];
    p.subscribe((s) => seen.push(`${s.state}:${s.pending}`));
    r.panel.setScore(app, 'c1' as CriterionId, 3);
    expect(p.status().state).toBe('saving');
    await p.saved();
    expect(seen.filter((s) => s.startsWith('saved:') && s !== 'saved:0')).toEqual([]);
    expect(p.status()).toMatchObject({ state: 'saved', pending: 0 });
  });

  it('L1: many user actions are batched and compacted without loss', async () => {
    const { chairReplica: chair, invitations, app } = await makePanel();
    const r = await join(invitations[0]!, chair.doc);
    const databaseName = dbName();
    const p = attachPersistence(r.panel, { databaseName, compactAfter: 5 });
    await p.loaded;
    for (let i = 0; i < 30; i++) {
      r.panel.setScore(app, `c${i % 7}` as CriterionId, i);
      if (i % 3 === 0) await p.saved();
    }
    await p.close();
    const doc = new Y.Doc();
    const again = new Panel(doc, r.identity);
    const p2 = attachPersistence(again, { databaseName });
    await p2.loaded;
    await again.settled();
    expect(again.myReview(app).values.scores).toEqual(r.panel.myReview(app).values.scores);
    expect(Y.encodeStateVector(docOf(again))).toEqual(Y.encodeStateVector(r.doc));
  });
});

describe('L2 nothing lost on failure', () => {
  it('L2: a failed write is reported in words, kept and retried', async () => {
    const { chairReplica: chair, invitations, app } = await makePanel();
    const r = await join(invitations[0]!, chair.doc);
    const databaseName = dbName();
    const p = attachPersistence(r.panel, { databaseName, retryMs: 20 });
    await p.loaded;
    // Make IndexedDB refuse the next transactions as if the disk were full.
    const proto = IDBObjectStore.prototype as unknown as { add: (...a: unknown[]) => unknown };
    const original = proto.add;
    let failures = 2;
    proto.add = function (this: IDBObjectStore, ...args: unknown[]) {
      if (failures > 0) {
        failures--;
        throw new DOMException('quota', 'QuotaExceededError');
      }
      return original.apply(this, args);
    };
    try {
      r.panel.setScore(app, 'c1' as CriterionId, 4);
      const error = await p.saved().then(
        () => null,
        (e: unknown) => e as { code?: string },
      );
      expect(error?.code, String(error)).toBe('common/storageQuota');
      expect(p.status().state).toBe('error');
      expect(p.status().pending).toBeGreaterThan(0);
      await new Promise((resolve) => setTimeout(resolve, 200));
      await p.saved();
      expect(p.status().state).toBe('saved');
    } finally {
      proto.add = original;
    }
    const reopened = await openPanel(r.identity, { databaseName });
    expect(reopened.panel.myReview(app).values.scores).toEqual({ c1: 4 });
    await reopened.close();
  });
});
