/**
 * Devices for workspace tests: each a Workspace on its own fake-indexeddb databases, syncing
 * through a real relay on 127.0.0.1 when the panel has one.
 */
import 'fake-indexeddb/auto';
import WebSocket from 'ws';
import { ReviewDeskDb } from '../../lib/store/db';
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
