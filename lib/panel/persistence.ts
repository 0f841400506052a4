/**
 * Local persistence of panel documents (SPEC L1, L2): an update log in IndexedDB through Dexie,
 * written with strict durability, one transaction per batch of changes (a batch is whatever
 * happened in one turn of the event loop, normally one user action), compacted into one row now
 * and then. `saved()` resolves only when every change before the call is committed: what the UI
 * may call "saved". A failed write stays queued, is retried, and is reported in words.
 * (y-indexeddb has no such signal and writes one transaction per update; see STACK-NOTES.)
 */
import Dexie, { type EntityTable } from 'dexie';
import * as Y from 'yjs';
import { ReviewDeskError } from '../errors';
import { getPlatform } from '../platform';
import { docOf, LOAD_ORIGIN, type Panel } from './panel';

interface UpdateRow {
  seq?: number;
  panel: string;
  update: Uint8Array;
}

/** Small per-panel bookkeeping kept with the document (e.g. last `.rdsync` export). */
interface StateRow {
  key: string;
  value: unknown;
}

class PanelDocsDb extends Dexie {
  updates!: EntityTable<UpdateRow, 'seq'>;
  state!: EntityTable<StateRow, 'key'>;
  constructor(name: string) {
    // Strict: Chromium and Firefox otherwise report completion before the data is on disk.
    super(name, { chromeTransactionDurability: 'strict' });
    this.version(1).stores({ updates: '++seq, panel', state: 'key' });
  }
}

const databases = new Map<string, PanelDocsDb>();
export const PANEL_DOCS_DB = 'review-desk-panel-docs';

function database(name: string): PanelDocsDb {
  let db = databases.get(name);
  if (!db) {
    db = new PanelDocsDb(name);
    databases.set(name, db);
  }
  return db;
}

export type SaveState = 'loading' | 'saving' | 'saved' | 'error';

export interface SaveStatus {
  state: SaveState;
  pending: number;
  lastSavedAt: number | null;
  error: ReviewDeskError | null;
}

export interface PanelPersistence {
  loaded: Promise<void>;
  /** Resolves when every change made before the call is on disk; rejects if that write failed. */
  saved(): Promise<void>;
  status(): SaveStatus;
  subscribe(listener: (status: SaveStatus) => void): () => void;
  getState<T>(key: string): Promise<T | undefined>;
  setState(key: string, value: unknown): Promise<void>;
  /** Ask the browser to keep our storage (the UI shows the answer). */
  requestPersistent(): Promise<boolean | null>;
  close(): Promise<void>;
}

function isQuotaError(error: unknown): boolean {
  const e = error as { name?: string; inner?: { name?: string } } | null;
  return e?.name === 'QuotaExceededError' || e?.inner?.name === 'QuotaExceededError';
}

function toSaveError(error: unknown): ReviewDeskError {
  if (isQuotaError(error)) return new ReviewDeskError('common/storageQuota', {}, { cause: error });
  return new ReviewDeskError('panel/saveFailed', {}, { cause: error });
}

export function attachPersistence(
  panel: Panel,
  opts: { databaseName?: string; compactAfter?: number; retryMs?: number } = {},
): PanelPersistence {
  const doc = docOf(panel);
  const db = database(opts.databaseName ?? PANEL_DOCS_DB);
  const panelId = panel.id;
  const compactAfter = opts.compactAfter ?? 200;
  const retryMs = opts.retryMs ?? 1000;
  let queue: Uint8Array[] = [];
  let flushing: Promise<void> | null = null;
  let scheduled = false;
  let rows = 0;
  let closed = false;
  let retryTimer: ReturnType<typeof setTimeout> | null = null;
  const status: SaveStatus = { state: 'loading', pending: 0, lastSavedAt: null, error: null };
  const listeners = new Set<(s: SaveStatus) => void>();

  const emit = () => {
    status.pending = queue.length;
    for (const l of listeners) l({ ...status });
  };

  async function writeBatch(batch: Uint8Array[]) {
    const update = batch.length === 1 ? batch[0]! : Y.mergeUpdates(batch);
    await db.transaction('rw', db.updates, async () => {
      await db.updates.add({ panel: panelId, update });
    });
    rows++;
    if (rows > compactAfter) await compact();
  }

  async function compact() {
    // One row for everything: this document's state merged with every row it replaces, read in
    // the same transaction — another page of the same panel may have stored rows this one never
    // loaded, and they must survive the compaction.
    const state = Y.encodeStateAsUpdate(doc);
    await db.transaction('rw', db.updates, async () => {
      const old = await db.updates.where('panel').equals(panelId).toArray();
      await db.updates.bulkDelete(old.map((r) => r.seq!));
      await db.updates.add({
        panel: panelId,
        update: Y.mergeUpdates([state, ...old.map((r) => r.update)]),
      });
    });
    rows = 1;
  }

  function flush(): Promise<void> {
    if (flushing) return flushing;
    if (queue.length === 0) return Promise.resolve();
    const batch = queue;
    queue = [];
    status.state = 'saving';
    emit();
    flushing = writeBatch(batch)
      .then(
        () => {
          status.lastSavedAt = Date.now();
          status.error = null;
          status.state = queue.length ? 'saving' : 'saved';
        },
        (error) => {
          // L2: keep the batch, in order, and retry later.
          queue = [...batch, ...queue];
          status.state = 'error';
          status.error = toSaveError(error);
          if (!closed && !retryTimer) {
            retryTimer = setTimeout(() => {
              retryTimer = null;
              void flush().catch(() => undefined);
            }, retryMs);
          }
          throw status.error;
        },
      )
      .finally(() => {
        flushing = null;
        emit();
        if (queue.length && status.state !== 'error') schedule();
      });
    return flushing;
  }

  function schedule() {
    if (scheduled) return;
    scheduled = true;
    setTimeout(() => {
      scheduled = false;
      void flush().catch(() => undefined);
    }, 0);
  }

  const onUpdate = (update: Uint8Array, origin: unknown) => {
    if (origin === LOAD_ORIGIN || closed) return;
    queue.push(update);
    // From this moment the change is not on disk: never show "saved" with writes queued (L1).
    if (status.state === 'saved') status.state = 'saving';
    emit();
    schedule();
  };
  doc.on('update', onUpdate);

  // A document that already holds state (joined from an invitation, synced before attaching)
  // must have that state stored too, not only the changes made from now on.
  const preExisting = Y.encodeStateVector(doc).length > 1;
  const loaded = (async () => {
    const stored = await db.updates.where('panel').equals(panelId).sortBy('seq');
    rows = stored.length;
    if (stored.length) {
      Y.applyUpdate(doc, Y.mergeUpdates(stored.map((r) => r.update)), LOAD_ORIGIN);
    }
    if (preExisting) {
      queue.unshift(Y.encodeStateAsUpdate(doc));
      schedule();
    }
    status.state = queue.length ? 'saving' : 'saved';
    emit();
  })();

  async function saved(): Promise<void> {
    await loaded;
    // Loop: changes made while a batch was being written form the next batch.
    for (;;) {
      if (flushing) await flushing;
      else if (queue.length) await flush();
      else return;
    }
  }

  return {
    loaded,
    saved,
    status: () => ({ ...status, pending: queue.length }),
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async getState<T>(key: string) {
      return (await db.state.get(`${panelId}/${key}`))?.value as T | undefined;
    },
    async setState(key: string, value: unknown) {
      await db.state.put({ key: `${panelId}/${key}`, value });
    },
    requestPersistent: () => getPlatform().requestPersistentStorage(),
    async close() {
      try {
        await saved();
      } finally {
        closed = true;
        if (retryTimer) clearTimeout(retryTimer);
        doc.off('update', onUpdate);
        listeners.clear();
      }
    },
  };
}

/** Remove a panel's stored document (leaving a panel). */
export async function deleteStoredPanel(
  panelId: string,
  databaseName = PANEL_DOCS_DB,
): Promise<void> {
  const db = database(databaseName);
  await db.updates.where('panel').equals(panelId).delete();
}
