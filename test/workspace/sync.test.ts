/**
 * lib/workspace/sync (RelaySupervisor: connections follow the relay URL) over real parts: Workspaces on fake-indexeddb, real
 * relays (Hocuspocus) on 127.0.0.1, invitations and `.rdsync` files made by the app's own code.
 */
import 'fake-indexeddb/auto';
import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import type { CriterionId, PanelId } from '../../lib/ids';
import type { Panel } from '../../lib/panel/panel';
import { builtinPack } from '../../lib/rubric';
import { ReviewDeskDb } from '../../lib/store/db';
import { exportRdsync, importRdsync } from '../../lib/sync/rdsync';
import { createInvitation } from '../../lib/workspace/invitations';
import { RelaySupervisor } from '../../lib/workspace/sync';
import { Workspace } from '../../lib/workspace/workspace';
import { type RunningRelay, startRelay } from '../../server/relay';

const FAST = { delay: 100, maxDelay: 500 };
const made: { ws: Workspace; supervisor: RelaySupervisor }[] = [];
const relays: RunningRelay[] = [];
let relayDir: string;

function device(name: string) {
  const ws = new Workspace(new ReviewDeskDb(`sync-${name}-${Math.random()}`), {
    databaseName: `sync-docs-${name}-${Math.random()}`,
    relay: { WebSocketPolyfill: WebSocket, retry: FAST },
  });
  const supervisor = new RelaySupervisor(ws.relays);
  const d = { ws, supervisor };
  made.push(d);
  return d;
}

async function eventually(check: () => boolean | Promise<boolean>, ms = 15_000): Promise<void> {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 50));
  }
}

async function relay(port = 0): Promise<RunningRelay> {
  const r = await startRelay({ dataDir: path.join(relayDir, String(port || relays.length)), port });
  relays.push(r);
  return r;
}

const composition = 'composition' as CriterionId;

/** A chair device with a panel (no relay yet), one application, and a reviewer who joined. */
async function chairAndReviewer() {
  const chair = device('chair');
  const { panel } = await chair.ws.createPanel({
    name: '同步测试评审组',
    pack: builtinPack('yueyang-2023-alliance'),
    chair: { name: '王组长' },
  });
  const app = panel.addApplication({ title: '某联盟', applicantUnit: '', recommendingBody: '' });
  const invitation = await createInvitation(panel, { name: '李专家', role: 'reviewer' });
  const reviewer = device('reviewer');
  const joined = await reviewer.ws.join(JSON.parse(JSON.stringify(invitation)));
  chair.supervisor.watch(panel);
  reviewer.supervisor.watch(joined.panel);
  return { chair, reviewer, chairPanel: panel, reviewerPanel: joined.panel, app };
}

function linked(d: { ws: Workspace }, panel: Panel) {
  return d.ws.relays.get(panel.id as PanelId);
}

async function synced(d: { ws: Workspace }, panel: Panel) {
  await eventually(() => linked(d, panel) !== null);
  await linked(d, panel)!.synced(15_000);
}

beforeAll(async () => {
  relayDir = await mkdtemp(path.join(os.tmpdir(), 'rd-sync-supervisor-'));
});

afterAll(async () => {
  for (const d of made) {
    d.supervisor.destroy();
    await d.ws.closeAll();
  }
  for (const r of relays) await r.stop().catch(() => undefined);
});

describe('RelaySupervisor', () => {
  it('connects a panel once its relay URL arrives: the chair sets it, the reviewer learns it by file', async () => {
    const relay1 = await relay();
    const { chair, reviewer, chairPanel, reviewerPanel, app } = await chairAndReviewer();
    expect(linked(chair, chairPanel)).toBeNull();
    expect(linked(reviewer, reviewerPanel)).toBeNull();

    await chairPanel.updateSettings({ relayUrl: relay1.url });
    await synced(chair, chairPanel);
    // Still no URL on the reviewer's device, so still no connection.
    expect(linked(reviewer, reviewerPanel)).toBeNull();

    await importRdsync(reviewerPanel, await exportRdsync(chairPanel, { kind: 'full' }));
    await synced(reviewer, reviewerPanel);
    reviewerPanel.setScore(app, composition, 15);
    await eventually(() =>
      chairPanel.progress(app).some((p) => p.filled.scores.includes('composition')),
    );
  });

  it('moves every member to a new relay: the old relay carries the move, then is not needed', async () => {
    const relay1 = await relay();
    const { chair, reviewer, chairPanel, reviewerPanel, app } = await chairAndReviewer();
    await chairPanel.updateSettings({ relayUrl: relay1.url });
    await importRdsync(reviewerPanel, await exportRdsync(chairPanel, { kind: 'full' }));
    await synced(chair, chairPanel);
    await synced(reviewer, reviewerPanel);

    const relay2 = await relay();
    await chairPanel.updateSettings({ relayUrl: relay2.url });
    // The reviewer hears of the move through relay 1 and follows.
    await eventually(() => reviewerPanel.meta()?.settings.relayUrl === relay2.url);
    await eventually(async () => {
      await new Promise((r) => setTimeout(r, 200));
      return linked(reviewer, reviewerPanel)?.status().state.kind === 'connected';
    });
    await relay1.stop();
    reviewerPanel.setScore(app, composition, 12);
    await eventually(() =>
      chairPanel.progress(app).some((p) => p.filled.scores.includes('composition')),
    );
  });

  it('keeps a member who turned sync off disconnected, even when the URL changes', async () => {
    const relay1 = await relay();
    const { chair, reviewer, chairPanel, reviewerPanel } = await chairAndReviewer();
    await chairPanel.updateSettings({ relayUrl: relay1.url });
    await importRdsync(reviewerPanel, await exportRdsync(chairPanel, { kind: 'full' }));
    await synced(reviewer, reviewerPanel);
    reviewer.ws.relays.disconnect(reviewerPanel.id);

    const relay2 = await relay();
    await chairPanel.updateSettings({ relayUrl: relay2.url });
    await synced(chair, chairPanel);
    await importRdsync(reviewerPanel, await exportRdsync(chairPanel, { kind: 'full' }));
    expect(reviewerPanel.meta()?.settings.relayUrl).toBe(relay2.url);
    await new Promise((r) => setTimeout(r, 300));
    expect(linked(reviewer, reviewerPanel)).toBeNull();
  });

  it('disconnects when the chair clears the relay URL', async () => {
    const relay1 = await relay();
    const { chair, chairPanel } = await chairAndReviewer();
    await chairPanel.updateSettings({ relayUrl: relay1.url });
    await synced(chair, chairPanel);
    await chairPanel.updateSettings({ relayUrl: null });
    await eventually(() => linked(chair, chairPanel) === null);
  });
});
