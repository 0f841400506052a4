/**
 * One relay connection per open panel, for as long as the app runs: connected when the panel
 * has a relay URL and this device a token, dropped when the panel is removed or the user turns
 * sync off. The relay client itself reconnects after the network comes back.
 */
import type { PanelId } from '../ids';
import type { Panel } from '../panel/panel';
import type { RelayConnection, RelayOptions } from '../sync/relay-client';
import { loadPanelKit } from './load-panel-kit';

type Listener = (panelId: PanelId) => void;

export class RelayConnections {
  private readonly live = new Map<PanelId, RelayConnection>();
  private readonly listeners = new Set<Listener>();
  private online = true;

  constructor(private readonly options: Pick<RelayOptions, 'WebSocketPolyfill' | 'retry'> = {}) {}

  get(panelId: PanelId): RelayConnection | null {
    return this.live.get(panelId) ?? null;
  }

  /** Subscribe to connections appearing or going away (not to their status: see the connection). */
  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private changed(panelId: PanelId) {
    for (const l of this.listeners) l(panelId);
  }

  /** Connect if possible; returns the connection, or null when there is no URL or token. */
  async connect(panel: Panel): Promise<RelayConnection | null> {
    const existing = this.live.get(panel.id);
    if (existing) return existing;
    // The relay client comes with the panel core (loaded by then: the panel is open).
    const { connectRelay, relayTokenFor, relayUrlFor } = await loadPanelKit();
    const url = relayUrlFor(panel);
    const token = await relayTokenFor(panel);
    if (!url || !token) return null;
    // Another call may have connected while the kit loaded or the token was being signed.
    const raced = this.live.get(panel.id);
    if (raced) return raced;
    const connection = connectRelay(panel, { ...this.options, url, token });
    if (!this.online) connection.setNetwork(false);
    this.live.set(panel.id, connection);
    this.changed(panel.id);
    return connection;
  }

  disconnect(panelId: PanelId): void {
    const connection = this.live.get(panelId);
    if (!connection) return;
    this.live.delete(panelId);
    connection.destroy();
    this.changed(panelId);
  }

  /** After the relay URL changed: drop the old connection and connect to the new one. */
  async reconnect(panel: Panel): Promise<RelayConnection | null> {
    this.disconnect(panel.id);
    return this.connect(panel);
  }

  /** What the platform says about the network, passed on to every connection. */
  setNetwork(online: boolean): void {
    if (online === this.online) return;
    this.online = online;
    for (const connection of this.live.values()) connection.setNetwork(online);
  }

  closeAll(): void {
    for (const id of [...this.live.keys()]) this.disconnect(id);
  }
}
