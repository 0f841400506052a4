/**
 * Sync through the relay: a thin wrapper over @hocuspocus/provider that speaks in the states the
 * status bar shows — connecting, syncing, connected, offline, refused (with the relay's reason) —
 * plus pending local changes, last sync time and who is online on which application (awareness).
 * Browsers have WebSocket; Node passes the `ws` package as `WebSocketPolyfill`.
 */
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import { z } from 'zod';
import { ReviewDeskError } from '../errors';
import type { ApplicationId, MemberId } from '../ids';
import { internalsOf, type Panel } from '../panel/panel';

export type RelayState =
  | { kind: 'connecting' }
  | { kind: 'syncing' }
  | { kind: 'connected' }
  | { kind: 'offline' }
  | { kind: 'refused'; reason: string };

export interface Peer {
  clientId: number;
  member: MemberId;
  name: string;
  applicationId: ApplicationId | null;
}

export interface RelayStatus {
  state: RelayState;
  /** Local changes the relay has not acknowledged yet. */
  pending: number;
  lastSyncAt: number | null;
  peers: Peer[];
}

export interface RelayConnection {
  status(): RelayStatus;
  subscribe(listener: (status: RelayStatus) => void): () => void;
  /** Tell the others which application this member has open (awareness, not the document). */
  setLocation(applicationId: ApplicationId | null): void;
  /**
   * Resolves when connected with nothing pending and every received entry verified; rejects
   * with a ReviewDeskError if refused or on timeout.
   */
  synced(timeoutMs?: number): Promise<void>;
  /**
   * The platform says the network went away (or came back). An open WebSocket can take minutes
   * to notice a dead link; the browser knows at once, so the status says "offline" at once and
   * the client reconnects as soon as the network is back.
   */
  setNetwork(online: boolean): void;
  destroy(): void;
}

export interface RelayOptions {
  url?: string;
  token?: string;
  // biome-ignore lint/suspicious/noExplicitAny: the ws package's constructor type differs from the DOM one.
  WebSocketPolyfill?: any;
  /** Reconnection backoff in ms (tests shorten it). */
  retry?: { delay: number; maxDelay: number };
}

const peerSchema = z.object({
  member: z.string().regex(/^[A-Za-z0-9_-]{1,80}$/),
  name: z.string().max(100),
  app: z
    .string()
    .regex(/^[A-Za-z0-9_-]{1,80}$/)
    .nullable(),
});

export function connectRelay(panel: Panel, opts: RelayOptions = {}): RelayConnection {
  const { doc, identity } = internalsOf(panel);
  const url = opts.url ?? identity.relayUrl ?? panel.meta()?.settings.relayUrl;
  const token = opts.token ?? identity.token;
  if (!url) throw new ReviewDeskError('sync/noRelay');
  if (!token) throw new ReviewDeskError('sync/noToken');
  const listeners = new Set<(s: RelayStatus) => void>();
  let state: RelayState = { kind: 'connecting' };
  let pending = 0;
  let lastSyncAt: number | null = null;
  let location: ApplicationId | null = null;
  // An observer never writes: the relay does not take its updates, so nothing of its own can be
  // pending (updates from this device's storage or its other pages are already on the relay).
  const readOnly = identity.role === 'observer';

  const socket = new HocuspocusProviderWebsocket({
    url,
    WebSocketPolyfill: opts.WebSocketPolyfill,
    delay: opts.retry?.delay ?? 1000,
    minDelay: opts.retry?.delay ?? 1000,
    maxDelay: opts.retry?.maxDelay ?? 30_000,
  });
  const provider = new HocuspocusProvider({
    websocketProvider: socket,
    name: panel.id,
    document: doc,
    token,
  });
  // With a socket of our own, the provider waits to be attached (Hocuspocus 4).
  provider.attach();

  const peers = (): Peer[] => {
    const out: Peer[] = [];
    for (const [clientId, s] of provider.awareness?.getStates() ?? []) {
      // Our own state: the awareness keeps the client id it was made with, which is not the
      // document's once a writing session takes its own (SPEC C1).
      if (clientId === doc.clientID || clientId === provider.awareness?.clientID) continue;
      const parsed = peerSchema.safeParse((s as { user?: unknown }).user);
      if (parsed.success) {
        out.push({
          clientId,
          member: parsed.data.member as MemberId,
          name: parsed.data.name,
          applicationId: parsed.data.app as ApplicationId | null,
        });
      }
    }
    return out;
  };
  const status = (): RelayStatus => ({ state, pending, lastSyncAt, peers: peers() });
  const emit = () => {
    const s = status();
    for (const l of listeners) l(s);
  };
  const settle = () => {
    if (state.kind === 'refused' || state.kind === 'offline' || state.kind === 'connecting') return;
    if (provider.isAuthenticated && provider.synced && (readOnly || !provider.hasUnsyncedChanges)) {
      pending = 0;
      lastSyncAt = Date.now();
      state = { kind: 'connected' };
    } else {
      state = { kind: 'syncing' };
    }
  };

  const onLocalUpdate = (_update: Uint8Array, origin: unknown) => {
    if (origin === provider || readOnly) return;
    pending++;
    if (state.kind === 'connected') state = { kind: 'syncing' };
    emit();
  };
  doc.on('update', onLocalUpdate);

  provider.on('status', ({ status: s }: { status: string }) => {
    if (state.kind === 'refused') return;
    if (s === 'connected') state = { kind: 'syncing' };
    else if (s === 'connecting') state = state.kind === 'connecting' ? state : { kind: 'offline' };
    else state = { kind: 'offline' };
    emit();
  });
  provider.on('authenticationFailed', ({ reason }: { reason: string }) => {
    state = { kind: 'refused', reason };
    // A refused token will not become valid by retrying: stop instead of hammering the relay.
    socket.disconnect();
    emit();
  });
  provider.on('close', ({ event }: { event: { reason?: string } }) => {
    // The relay closes a removed member's connection with this reason (SPEC I2).
    if (event?.reason !== 'removed') return;
    state = { kind: 'refused', reason: 'removed' };
    socket.disconnect();
    emit();
  });
  for (const event of ['authenticated', 'synced', 'unsyncedChanges']) {
    provider.on(event, () => {
      settle();
      emit();
    });
  }
  provider.awareness?.on('change', emit);
  const setUser = () =>
    provider.setAwarenessField('user', {
      member: identity.memberId,
      name: identity.name,
      app: location,
    });
  setUser();

  const connection: RelayConnection = {
    status,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    setLocation(applicationId) {
      location = applicationId;
      setUser();
    },
    synced(timeoutMs = 30_000) {
      return new Promise<void>((resolve, reject) => {
        const check = (s: RelayStatus) => {
          if (s.state.kind === 'connected' && s.pending === 0) {
            // Synced also means what arrived is verified and readable (SPEC D6).
            return done(() => void panel.settled().then(resolve, reject));
          }
          if (s.state.kind === 'refused') {
            done(() =>
              reject(
                new ReviewDeskError('sync/refused', {
                  reason: (s.state as { reason: string }).reason,
                }),
              ),
            );
          }
        };
        const timer = setTimeout(
          () => done(() => reject(new ReviewDeskError('sync/timeout'))),
          timeoutMs,
        );
        const off = connection.subscribe(check);
        function done(fn: () => void) {
          clearTimeout(timer);
          off();
          fn();
        }
        check(status());
      });
    },
    setNetwork(online) {
      if (state.kind === 'refused') return;
      if (online) {
        socket.connect().catch(() => undefined);
        return;
      }
      socket.disconnect();
      state = { kind: 'offline' };
      emit();
    },
    destroy() {
      doc.off('update', onLocalUpdate);
      listeners.clear();
      provider.destroy();
      socket.destroy();
    },
  };
  return connection;
}
