/**
 * Browser side of `panel-load.bench.ts`, bundled by esbuild: stores the merged panel (and raw Yjs's
 * merged document) in this profile's real IndexedDB, then, on a fresh page, times opening it the
 * way the app does — a new document, the panel over it with the chair's identity, the local
 * update log loaded (lib/panel/persistence.ts, Dexie) and every chain verified — against raw
 * Yjs loading its document through y-indexeddb.
 */
import { IndexeddbPersistence } from 'y-indexeddb';
import * as Y from 'yjs';
import { importIdentity } from '../../lib/identity/identity';
import type { ApplicationId } from '../../lib/ids';
import { Panel } from '../../lib/panel/panel';
import { attachPersistence } from '../../lib/panel/persistence';

const OURS_DB = 'bench-panel-docs';
const RAW_DB = 'bench-raw-yjs';

async function bytes(name: string): Promise<Uint8Array> {
  return new Uint8Array(await (await fetch(`/${name}`)).arrayBuffer());
}

async function identity() {
  const meta = await (await fetch('/meta.json')).json();
  return {
    meta,
    identity: await importIdentity(await (await fetch('/identity.json')).json(), meta.passphrase),
  };
}

const bench = {
  async storeOurs(): Promise<void> {
    const { identity: chair } = await identity();
    const doc = new Y.Doc();
    const panel = new Panel(doc, chair);
    const store = attachPersistence(panel, { databaseName: OURS_DB });
    await store.loaded;
    Y.applyUpdate(doc, await bytes('ours.bin'), 'bench-remote');
    await panel.settled();
    await store.saved();
    await store.close();
  },
  async storeRaw(): Promise<void> {
    const doc = new Y.Doc();
    Y.applyUpdate(doc, await bytes('raw.bin'));
    // y-indexeddb writes the document's whole state as its first row when it attaches.
    const p = new IndexeddbPersistence(RAW_DB, doc);
    await p.whenSynced;
    await p.destroy();
    // Read it back before the page reloads: a reload aborts a transaction still in flight, and
    // IndexedDB orders this read after the write.
    const check = new Y.Doc();
    const q = new IndexeddbPersistence(RAW_DB, check);
    await q.whenSynced;
    const stored = check.getMap('scores').size;
    await q.destroy();
    if (stored === 0) throw new Error('raw Yjs document not stored');
  },
  /** Open the stored panel; ms from the new document to the first read of a verified review. */
  async loadOurs(): Promise<{ ms: number; reviewers: number }> {
    const { meta, identity: chair } = await identity();
    const t = performance.now();
    const doc = new Y.Doc();
    const panel = new Panel(doc, chair);
    const store = attachPersistence(panel, { databaseName: OURS_DB });
    await store.loaded;
    await panel.settled();
    const progress = panel.progress(meta.app as ApplicationId);
    const ms = performance.now() - t;
    await store.close();
    return { ms, reviewers: progress.filter((p) => p.filled.scores.length > 0).length };
  },
  async loadRaw(): Promise<{ ms: number; found: boolean }> {
    const meta = await (await fetch('/meta.json')).json();
    const t = performance.now();
    const doc = new Y.Doc();
    const p = new IndexeddbPersistence(RAW_DB, doc);
    await p.whenSynced;
    const found = doc.getMap('scores').get(`${meta.app}/m0/c0`) !== undefined;
    const ms = performance.now() - t;
    await p.destroy();
    return { ms, found };
  },
};

Object.assign(globalThis, { bench });
