/**
 * Format 1 (unauthenticated entries) is refused by name, never read as if it could be trusted
 * (README changelog): a format-1 `.rdsync` file, and a panel stored by an earlier version.
 */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { utf8 } from '../../lib/crypto/bytes';
import { LOG_NAME } from '../../lib/panel/entry';
import { openPanel } from '../../lib/panel/open';
import { Panel } from '../../lib/panel/panel';
import { attachPersistence } from '../../lib/panel/persistence';
import { importRdsync } from '../../lib/sync/rdsync';
import { encodeContainer } from '../../lib/sync/rdsync-format';
import { makePanel } from './helpers';

describe('format 1 is refused by name', () => {
  it('Y3: a format-1 .rdsync file says so and changes nothing', async () => {
    const { chairReplica: chair } = await makePanel();
    const before = Y.encodeStateVector(chair.doc);
    const headerBytes = utf8(JSON.stringify({ v: 1, panel: chair.panel.id }));
    const file = encodeContainer([
      { headerBytes, signature: new Uint8Array(64), payload: new Uint8Array() },
    ]);
    await expect(importRdsync(chair.panel, file)).rejects.toMatchObject({ code: 'sync/oldFormat' });
    expect(Y.encodeStateVector(chair.doc)).toEqual(before);
  });

  it('a panel stored in format 1 is not opened: a sentence says why', async () => {
    const { chair } = await makePanel();
    // What an earlier version stored: plain entries in the log.
    const old = new Y.Doc();
    old.getArray(LOG_NAME).push([{ k: 'meta', s: 1, d: 1, by: chair.memberId, at: 1, v: {} }]);
    const databaseName = `format-one-${Date.now()}`;
    const store = attachPersistence(new Panel(old, chair), { databaseName });
    await store.loaded;
    await store.saved();
    await store.close();
    await expect(openPanel(chair, { databaseName })).rejects.toMatchObject({
      code: 'panel/oldFormat',
    });
  });
});
