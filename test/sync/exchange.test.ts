/** SPEC Y3: "my changes since the last exchange", remembered with the local document. */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { CriterionId } from '../../lib/ids';
import { attachPersistence } from '../../lib/panel/persistence';
import { exportChangesSinceLastExport, importRdsync } from '../../lib/sync/rdsync';
import { decodeContainer } from '../../lib/sync/rdsync-format';
import { join, makePanel } from '../panel/helpers';

describe('Y3 changes since the last exchange', () => {
  it('Y3: each export carries only what the previous one did not', async () => {
    const { chairReplica: chair, invitations, app } = await makePanel();
    const a = await join(invitations[0]!, chair.doc);
    const store = attachPersistence(a.panel, { databaseName: `rd-x-${Math.random()}` });
    await store.loaded;
    a.panel.setScore(app, 'c1' as CriterionId, 1);
    const first = await exportChangesSinceLastExport(a.panel, store);
    a.panel.setScore(app, 'c2' as CriterionId, 2);
    const second = await exportChangesSinceLastExport(a.panel, store);
    expect(decodeContainer(second)[0]!.payload.length).toBeLessThan(
      decodeContainer(first)[0]!.payload.length,
    );
    await importRdsync(chair.panel, second);
    await importRdsync(chair.panel, first);
    const filled = chair.panel.progress(app).find((p) => p.reviewer === a.identity.memberId)
      ?.filled.scores;
    expect(filled?.sort()).toEqual(['c1', 'c2']);
    await store.close();
  });
});
