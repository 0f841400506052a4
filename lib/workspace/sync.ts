/**
 * The app's relay connections: one per opened panel, kept for as long as the app runs. A panel
 * connects when it has a relay URL (the panel's settings, else the one in this device's
 * invitation) and a token (the invitation's; the chair signs its own with the chair key). It
 * follows the chair changing the URL, reconnects when the network returns, remembers when this
 * device chose to disconnect, and closes when the panel is closed or removed (its Y.Doc is
 * destroyed). Pure TypeScript: the browser passes its online/offline signal, Node its WebSocket.
 */
import { ReviewDeskError } from '../errors';
import { readTokenClaims, signToken } from '../identity/token';
import type { ApplicationId, MemberId, PanelId } from '../ids';
import { docOf, IMPORT_ORIGIN, internalsOf, LOCAL_ORIGIN, type Panel } from '../panel/panel';
import type { PanelPersistence } from '../panel/persistence';
import {
  connectRelay,
  type Peer,
  type RelayConnection,
  type RelayOptions,
  type RelayState,
} from '../sync/relay-client';

export type SyncState =
  /** No relay URL: this panel syncs by file only. */
  | { kind: 'noRelay' }
  /** This device disconnected on purpose (remembered across restarts). */
  | { kind: 'paused' }
  /** Cannot connect for a reason only the user can fix (bad URL, no token). */
  | { kind: 'error'; error: ReviewDeskError }
  | RelayState;

export interface SyncStatus {
  state: SyncState;
  url: string | null;
  /** Local changes the relay has not acknowledged yet (including those made offline). */
  pending: number;
  lastSyncAt: number | null;
  peers: Peer[];
}

/** The browser's online/offline events (Node tests leave it out). */
export interface NetworkSignal {
  online(): boolean;
  subscribe(listener: (online: boolean) => void): () => void;
}

export interface SyncOptions {
  WebSocketPolyfill?: RelayOptions['WebSocketPolyfill'];
  retry?: RelayOptions['retry'];
  network?: NetworkSignal;
}

type StateStore = Pick<PanelPersistence, 'getState' | 'setState'>;

const PAUSED_KEY = 'sync.paused';
/** A chair token this close to expiry is re-signed before connecting. */
const TOKEN_MARGIN_MS = 60 * 60 * 1000;

/** Only WebSocket URLs name a relay; anything else is refused before it is saved or dialled. */
export function parseRelayUrl(text: string): string {
  const value = text.trim();
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new ReviewDeskError('syncUi/badRelayUrl', { url: value });
  }
  if ((url.protocol !== 'ws:' && url.protocol !== 'wss:') || !url.hostname || value.length > 500) {
    throw new ReviewDeskError('syncUi/badRelayUrl', { url: value });
  }
  return value;
}

/** The chair sets (or clears, with an empty text) the panel's relay URL for every member. */
export async function setPanelRelayUrl(panel: Panel, text: string): Promise<void> {
  const relayUrl = text.trim() === '' ? null : parseRelayUrl(text);
  if (panel.meta()?.settings.relayUrl === relayUrl) return;
  await panel.updateSettings({ relayUrl });
}

/** The relay this panel uses: the panel's setting first (the chair may move it), then the invitation's. */
export function relayUrlOf(panel: Panel): string | null {
  return panel.meta()?.settings.relayUrl || internalsOf(panel).identity.relayUrl || null;
}

export interface PresenceEntry {
  clientId: number;
  member: MemberId;
  /** The member's name from the panel's signed member list; the peer's own claim otherwise. */
  name: string;
  applicationId: ApplicationId | null;
  applicationTitle: string | null;
}

/** Who else is online and where, with names taken from the document rather than from the peer. */
export function presenceOf(panel: Panel, peers: readonly Peer[]): PresenceEntry[] {
  const me = internalsOf(panel).identity.memberId;
  return peers
    .filter((p) => p.member !== me)
    .map((p) => ({
      clientId: p.clientId,
      member: p.member,
      name: panel.member(p.member)?.name ?? p.name,
      applicationId: p.applicationId,
      applicationTitle: p.applicationId
        ? (panel.application(p.applicationId)?.title ?? null)
        : null,
    }))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : a.clientId - b.clientId));
}

export class PanelSync {
  private conn: RelayConnection | null = null;
  private connUrl: string | null = null;
  private offConn: (() => void) | null = null;
  private dialing = false;
  private paused = false;
  private networkDown = false;
  private problem: ReviewDeskError | null = null;
  /** Unacknowledged changes from connections since closed, and changes made with none open. */
  private carried = 0;
  private lastSyncAt: number | null = null;
  private location: ApplicationId | null = null;
  private token: string | null = null;
  private generation = 0;
  private destroyed = false;
  private snapshot: SyncStatus;
  private readonly listeners = new Set<(status: SyncStatus) => void>();
  private readonly cleanup: (() => void)[] = [];
  /** Resolves once the remembered choice (connected or not) is read and acted on. */
  readonly ready: Promise<void>;

  constructor(
    readonly panel: Panel,
    private readonly store: StateStore | null,
    private readonly opts: SyncOptions = {},
  ) {
    this.snapshot = this.compute();
    const doc = docOf(panel);
    const onUpdate = (_update: Uint8Array, origin: unknown) => {
      if (origin !== LOCAL_ORIGIN && origin !== IMPORT_ORIGIN) return;
      if (!this.conn) {
        this.carried++;
        this.emit();
      }
    };
    doc.on('update', onUpdate);
    this.cleanup.push(() => doc.off('update', onUpdate));
    // The chair may set or move the relay URL; a peer's change arrives the same way.
    this.cleanup.push(panel.subscribe(() => void this.refresh()));
    if (opts.network) {
      this.networkDown = !opts.network.online();
      this.cleanup.push(
        opts.network.subscribe((online) => {
          this.networkDown = !online;
          // Offline: drop the socket now (it may linger unnoticed for half a minute); online: dial.
          if (!online) this.drop();
          void this.refresh();
        }),
      );
    }
    this.ready = (async () => {
      this.paused = (await this.store?.getState<boolean>(PAUSED_KEY).catch(() => false)) === true;
      await this.refresh();
    })();
  }

  status(): SyncStatus {
    return this.snapshot;
  }

  subscribe(listener: (status: SyncStatus) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Tell the others which application this device has open (presence, not the document). */
  setLocation(applicationId: ApplicationId | null): void {
    this.location = applicationId;
    this.conn?.setLocation(applicationId);
  }

  /** Connect again after `disconnect()` (remembered on this device). */
  async connect(): Promise<void> {
    await this.ready;
    this.paused = false;
    await this.store?.setState(PAUSED_KEY, false);
    // Also a retry after a refusal or a problem: dial afresh.
    this.drop();
    await this.refresh();
  }

  /** Stop syncing through the relay on this device until `connect()`; edits keep being saved. */
  async disconnect(): Promise<void> {
    await this.ready;
    this.paused = true;
    await this.store?.setState(PAUSED_KEY, true);
    await this.refresh();
  }

  destroy(): void {
    if (this.destroyed) return;
    this.destroyed = true;
    this.drop();
    for (const off of this.cleanup) off();
    this.listeners.clear();
  }

  /** Bring the connection in line with URL, token, the user's choice and the network. */
  private async refresh(): Promise<void> {
    if (this.destroyed) return;
    const url = relayUrlOf(this.panel);
    if (!url || this.paused || this.networkDown) {
      this.drop();
      return this.emit();
    }
    // Already connected, dialling, or stuck on a problem for this very URL: nothing to redo.
    if (this.connUrl === url && (this.conn || this.dialing || this.problem)) return this.emit();
    this.drop();
    this.connUrl = url;
    this.dialing = true;
    const generation = this.generation;
    try {
      parseRelayUrl(url);
      const token = await this.tokenFor();
      if (generation !== this.generation || this.destroyed) return;
      this.open(url, token);
    } catch (error) {
      if (generation !== this.generation) return;
      this.problem =
        error instanceof ReviewDeskError
          ? error
          : new ReviewDeskError('syncUi/connectFailed', {}, { cause: error });
    } finally {
      if (generation === this.generation) this.dialing = false;
    }
    this.emit();
  }

  private open(url: string, token: string) {
    const conn = connectRelay(this.panel, {
      url,
      token,
      ...(this.opts.WebSocketPolyfill ? { WebSocketPolyfill: this.opts.WebSocketPolyfill } : {}),
      ...(this.opts.retry ? { retry: this.opts.retry } : {}),
    });
    this.conn = conn;
    this.problem = null;
    conn.setLocation(this.location);
    this.offConn = conn.subscribe((s) => {
      if (s.state.kind === 'connected' && s.pending === 0) this.carried = 0;
      if (s.lastSyncAt) this.lastSyncAt = Math.max(this.lastSyncAt ?? 0, s.lastSyncAt);
      this.emit();
    });
  }

  /** Close the current connection, keeping what it had not delivered as pending. */
  private drop() {
    const conn = this.conn;
    if (conn) {
      const s = conn.status();
      if (s.state.kind !== 'connected') this.carried += s.pending;
      this.offConn?.();
      this.offConn = null;
      this.conn = null;
      conn.destroy();
    }
    this.connUrl = null;
    this.problem = null;
    this.dialing = false;
    this.generation++;
  }

  /** The invitation's token; the chair signs a fresh one when it has none or it runs out. */
  private async tokenFor(): Promise<string> {
    const identity = internalsOf(this.panel).identity;
    const now = Date.now();
    for (const candidate of [this.token, identity.token]) {
      const claims = candidate ? readTokenClaims(candidate) : null;
      if (candidate && claims && (identity.role !== 'chair' || claims.exp > now + TOKEN_MARGIN_MS))
        return candidate;
    }
    if (identity.role !== 'chair') throw new ReviewDeskError('sync/noToken');
    this.token = await signToken(identity.signing.privateKey, {
      panel: identity.panelId,
      member: identity.memberId,
      role: 'chair',
      chair: identity.signing.publicJwk,
    });
    return this.token;
  }

  private compute(): SyncStatus {
    const url = relayUrlOf(this.panel);
    const live = this.conn?.status();
    let state: SyncState;
    if (!url) state = { kind: 'noRelay' };
    else if (this.paused) state = { kind: 'paused' };
    else if (this.networkDown) state = { kind: 'offline' };
    else if (this.problem) state = { kind: 'error', error: this.problem };
    else state = live?.state ?? { kind: 'connecting' };
    return {
      state,
      url,
      pending: this.carried + (live?.pending ?? 0),
      lastSyncAt: this.lastSyncAt,
      peers: live && live.state.kind !== 'offline' ? live.peers : [],
    };
  }

  private emit() {
    if (this.destroyed) return;
    this.snapshot = this.compute();
    for (const l of this.listeners) l(this.snapshot);
  }
}

/** One PanelSync per live panel; a panel closed or removed takes its connection with it. */
export class SyncManager {
  private readonly syncs = new Map<PanelId, PanelSync>();

  constructor(private readonly opts: SyncOptions = {}) {}

  forPanel(opened: { panel: Panel; persistence?: StateStore | null }): PanelSync {
    const { panel } = opened;
    const existing = this.syncs.get(panel.id);
    if (existing && existing.panel === panel) return existing;
    existing?.destroy();
    const sync = new PanelSync(panel, opened.persistence ?? null, this.opts);
    this.syncs.set(panel.id, sync);
    docOf(panel).once('destroy', () => {
      sync.destroy();
      if (this.syncs.get(panel.id) === sync) this.syncs.delete(panel.id);
    });
    return sync;
  }

  get(id: PanelId): PanelSync | null {
    return this.syncs.get(id) ?? null;
  }

  destroyAll(): void {
    for (const sync of this.syncs.values()) sync.destroy();
    this.syncs.clear();
  }
}
