/**
 * Devices for workspace tests: each a Workspace on its own fake-indexeddb databases, syncing
 * through a real relay on 127.0.0.1 when the panel has one; and a chair and a reviewer joined.
 */
import 'fake-indexeddb/auto';
import WebSocket from 'ws';
import type { ApplicationId } from '../../lib/ids';
import { builtinPack } from '../../lib/rubric';
import { ReviewDeskDb } from '../../lib/store/db';
import { createInvitation } from '../../lib/workspace/invitations';
import { Workspace } from '../../lib/workspace/workspace';

/** Make devices with `device(name)`; `closeAll()` in afterAll closes every one. */
export function devices() {
  const made: Workspace[] = [];
  return {
    device(name: string): Workspace {
      const ws = new Workspace(new ReviewDeskDb(`ws-${name}-${Math.random()}`), {
        databaseName: `docs-${name}-${Math.random()}`,
        relay: { WebSocketPolyfill: WebSocket, retry: { delay: 100, maxDelay: 500 } },
      });
      made.push(ws);
      return ws;
    },
    async closeAll(): Promise<void> {
      for (const ws of made) await ws.closeAll();
    },
  };
}

export async function eventually(check: () => boolean, ms = 15_000): Promise<void> {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 50));
  }
}

/**
 * A chair's device with a panel on the relay, one application and an invitation made in the app,
 * and a reviewer's device that joined from it (not yet waited for online).
 */
export async function chairWithReviewer(device: (name: string) => Workspace, relayUrl: string) {
  const chairDevice = device('chair');
  const { panel } = await chairDevice.createPanel({
    name: '在线评审组',
    pack: builtinPack('yueyang-2023-alliance'),
    chair: { name: '王组长' },
  });
  await panel.updateSettings({ relayUrl });
  const app = panel.addApplication({
    title: '初中编程联盟',
    applicantUnit: '',
    recommendingBody: '',
  }) as ApplicationId;
  const invitation = await createInvitation(panel, { name: '李专家', role: 'reviewer' });
  const chairLink = await chairDevice.relays.reconnect(panel);
  const reviewerDevice = device('reviewer');
  const joined = await reviewerDevice.join(JSON.parse(JSON.stringify(invitation)));
  return { chairDevice, panel, app, chairLink, reviewerDevice, reviewer: joined.panel };
}
