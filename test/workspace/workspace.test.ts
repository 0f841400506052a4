/**
 * The device workspace over real parts: panels created, persisted and reopened (fake-indexeddb),
 * and two devices — a chair and a reviewer who joined from an app-made invitation — syncing
 * through a real relay on 127.0.0.1.
 */
import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CriterionId, PanelId } from '../../lib/ids';
import { builtinPack } from '../../lib/rubric';
import { type RunningRelay, startRelay } from '../../server/relay';
import { chairWithReviewer, devices, eventually } from './devices';

let relay: RunningRelay;
const { device, closeAll } = devices();

beforeAll(async () => {
  relay = await startRelay({
    dataDir: await mkdtemp(path.join(os.tmpdir(), 'rd-ws-relay-')),
    port: 0,
  });
});

afterAll(async () => {
  await closeAll();
  await relay?.stop();
});

describe('workspace', () => {
  it('creates a panel that is still there, with its applications, after the device reopens it', async () => {
    const ws = device('persist');
    const { panel } = await ws.createPanel({
      name: '测试评审组',
      pack: builtinPack('yueyang-2023-alliance'),
      chair: { name: '王组长', unit: '某校' },
    });
    const app = panel.addApplication({
      title: '某联盟',
      applicantUnit: '某校',
      recommendingBody: '',
    });
    await (await ws.openPanel(panel.id)).persistence.saved();
    await ws.closeAll();
    const reopened = await ws.openPanel(panel.id);
    expect(reopened.panel.application(app)?.title).toBe('某联盟');
    expect(reopened.panel.me().role).toBe('chair');
    expect((await ws.db.panels.get(panel.id))?.name).toBe('测试评审组');
  });

  it('a reviewer joins from an invitation made in the app and syncs with the chair through the relay', async () => {
    const { chairDevice, panel, app, chairLink, reviewerDevice, reviewer } =
      await chairWithReviewer(device, relay.url);
    expect(chairLink).not.toBeNull();
    // The invitation carried the whole panel: the application is there before any sync.
    expect(reviewer.application(app)?.title).toBe('初中编程联盟');
    await eventually(() => reviewerDevice.relays.get(reviewer.id) !== null);
    await reviewerDevice.relays.get(reviewer.id)!.synced();

    reviewer.setScore(app, 'composition' as CriterionId, 15);
    await reviewerDevice.relays.get(reviewer.id)!.synced();
    const reviewerId = reviewer.me().id;
    // The chair sees progress, not the value, until the reviewer submits (sealed).
    await eventually(() =>
      panel
        .progress(app)
        .some((p) => p.reviewer === reviewerId && p.filled.scores.includes('composition')),
    );
    expect(panel.review(app, reviewerId).visible).toBe(false);
    expect(
      chairDevice.relays
        .get(panel.id as PanelId)
        ?.status()
        .peers.map((p) => p.name),
    ).toContain('李专家');
  });
});
