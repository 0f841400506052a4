/**
 * The hostile member's side of the integrity suite: a raw Hocuspocus provider on a bare Y.Doc
 * (any bytes the member likes go to the relay), a relay whose refusals are recorded, and the
 * honest panel the attacks are aimed at — a chair, a victim reviewer and a hostile reviewer, all
 * with real identities from real invitations.
 */
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { identityFromInvitation, type MemberIdentity } from '../../lib/identity/identity';
import type { CriterionId } from '../../lib/ids';
import { type RelayEvent, type RunningRelay, startRelay } from '../../server/relay';
import { join, makePanel, type Replica } from '../panel/helpers';
import { type Client, client, eventually, tempDir } from '../relay/helpers';

export const c1 = 'c1' as CriterionId;

export interface LoggedRelay extends RunningRelay {
  events: { event: RelayEvent; params: Record<string, string | number> }[];
  dataDir: string;
}

export async function loggedRelay(
  opts: { dataDir?: string; redis?: string; name?: string; allowPanels?: Set<string> } = {},
): Promise<LoggedRelay> {
  const events: LoggedRelay['events'] = [];
  const dataDir = opts.dataDir ?? tempDir('rd-integrity-');
  const relay = await startRelay({
    dataDir,
    port: 0,
    ...(opts.redis ? { redis: opts.redis } : {}),
    ...(opts.name ? { name: opts.name } : {}),
    allowPanels: opts.allowPanels ?? null,
    log: (event, params) => events.push({ event, params }),
  });
  return { ...relay, events, dataDir };
}

export function refusals(relay: LoggedRelay, member?: string): string[] {
  return relay.events
    .filter((e) => e.event === 'refusedUpdate' && (!member || e.params.member === member))
    .map((e) => String(e.params.reason));
}

/** A member's token on a raw provider: whatever is applied to `doc` is sent as is. */
export interface RawClient {
  doc: Y.Doc;
  provider: HocuspocusProvider;
  destroy(): void;
}

export function rawClient(url: string, token: string, panelId: string): RawClient {
  const doc = new Y.Doc();
  const socket = new HocuspocusProviderWebsocket({
    url,
    WebSocketPolyfill: WebSocket,
    delay: 50,
    minDelay: 50,
    maxDelay: 300,
  });
  const provider = new HocuspocusProvider({
    websocketProvider: socket,
    name: panelId,
    document: doc,
    token,
  });
  provider.attach();
  return {
    doc,
    provider,
    destroy() {
      provider.destroy();
      socket.destroy();
    },
  };
}

/** Send an update through a raw client (it goes out as a Yjs update message). */
export function sendRaw(raw: RawClient, update: Uint8Array): void {
  Y.applyUpdate(raw.doc, update, 'hostile');
}

/**
 * One attempt on a fresh raw connection (a refused update stays in the raw document and would be
 * sent again on every reconnection): send it and wait until the relay has refused it.
 */
export async function attempt(
  relay: LoggedRelay,
  token: string,
  panelId: string,
  member: string,
  update: (doc: Y.Doc) => Uint8Array | Promise<Uint8Array>,
): Promise<string> {
  const before = refusals(relay, member).length;
  const raw = rawClient(relay.url, token, panelId);
  try {
    await eventually(() => raw.provider.isSynced);
    sendRaw(raw, await update(raw.doc));
    await eventually(() => refusals(relay, member).length > before, 30_000);
    return refusals(relay, member)[before]!;
  } finally {
    raw.destroy();
  }
}

/**
 * The panel under attack, all on one relay: the chair and the victim reviewer as real clients
 * (the victim has scored 18 in a sealed draft), and the hostile reviewer's identity and replica.
 */
export async function panelOnRelay(relay: RunningRelay) {
  const made = await makePanel({ reviewers: 2, observers: 1 });
  const chair = client(relay.url, made.chair, { doc: made.chairReplica.doc });
  await chair.conn.synced();
  const victim = client(relay.url, await identityFromInvitation(made.invitations[0]!));
  await victim.conn.synced();
  await eventually(() => victim.panel.member(victim.identity.memberId) !== null);
  await victim.panel.ensureDevice();
  victim.panel.setScore(made.app, c1, 18);
  victim.panel.setComment(made.app, null, '受害者的评语');
  await victim.conn.synced();
  const hostile = await join(made.invitations[1]!, chair.doc);
  // The hostile member registers their device like anyone else, through the relay.
  const registered = client(relay.url, hostile.identity, { doc: hostile.doc });
  await registered.conn.synced();
  registered.conn.destroy();
  await eventually(() => chairSees(chair, victim, 1));
  return { made, chair, victim, hostile, app: made.app };
}

/** The chair's view of the victim's progress: how many scores they filled. */
export function chairSees(
  chair: Client | Replica,
  victim: { identity: MemberIdentity },
  n: number,
) {
  const p = chair.panel.progress(chair.panel.applications()[0]!.id);
  return p.find((x) => x.reviewer === victim.identity.memberId)?.filled.scores.length === n;
}
