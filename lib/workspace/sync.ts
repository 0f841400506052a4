/**
 * Keeps each open panel's relay connection (lib/workspace/relay-connections) following the
 * panel's relay URL while the app runs. The URL lives in the document, so it can change under a
 * device at any time: the chair sets or moves it, a member learns it by relay or by `.rdsync`.
 * - a URL arrives where there was none: connect;
 * - the URL moves: let the old relay acknowledge the change first (members still on it learn
 *   the new address that way), then reconnect to the new one;
 * - the URL is cleared: disconnect;
 * - a member who turned sync off on this device stays off, whatever the URL does.
 * (Network loss and return are the relay client's job: RelayConnections.setNetwork.)
 */
import type { PanelId } from '../ids';
import { docOf, type Panel } from '../panel/panel';
import type { RelayConnection } from '../sync/relay-client';
import { relayUrlFor } from './relay-token';

/** What the supervisor needs of RelayConnections. */
export interface Relays {
  get(panelId: PanelId): RelayConnection | null;
  reconnect(panel: Panel): Promise<RelayConnection | null>;
  disconnect(panelId: PanelId): void;
}

/** How long the old relay may take to acknowledge the change that moves the panel away from it. */
const FLUSH_MS = 3000;

export class RelaySupervisor {
  private readonly watched = new Map<PanelId, { panel: Panel; stop: () => void }>();

  constructor(
    private readonly relays: Relays,
    private readonly onError: (error: unknown) => void = () => undefined,
  ) {}

  /** Follow a panel from now until its document is destroyed (closed or removed). Idempotent. */
  watch(panel: Panel): void {
    const current = this.watched.get(panel.id);
    if (current?.panel === panel) return;
    current?.stop();
    // The URL the current connection (or the workspace's auto-connect in flight) was made for.
    let dialled = relayUrlFor(panel);
    let queue: Promise<void> = Promise.resolve();
    const follow = () => {
      const url = relayUrlFor(panel);
      if (url === dialled) return;
      const turnedOff = dialled !== null && this.relays.get(panel.id) === null;
      dialled = url;
      // Turned off by the user on this device: a new address does not turn it back on.
      if (url && turnedOff) return;
      queue = queue.then(() => this.move(panel, url)).catch(this.onError);
    };
    const offPanel = panel.subscribe(follow);
    const doc = docOf(panel);
    const stop = () => {
      offPanel();
      doc.off('destroy', stop);
      if (this.watched.get(panel.id)?.panel === panel) this.watched.delete(panel.id);
    };
    doc.on('destroy', stop);
    this.watched.set(panel.id, { panel, stop });
  }

  private async move(panel: Panel, url: string | null) {
    const old = this.relays.get(panel.id);
    if (old) await old.synced(FLUSH_MS).catch(() => undefined);
    // Moved again meanwhile: the later change has its own turn in the queue.
    if (relayUrlFor(panel) !== url) return;
    if (!url) this.relays.disconnect(panel.id);
    else await this.relays.reconnect(panel);
  }

  destroy(): void {
    for (const { stop } of [...this.watched.values()]) stop();
  }
}
