/**
 * The relay (`review-desk relay`): Hocuspocus on one port, each room a panel id, no setup per
 * panel (SPEC I1). A member token proves itself against the room (I2); access is checked against
 * the signed member records every node shares (M1–M3). Every update a client sends is checked
 * element by element before it is applied (C3, Q1–Q7) and appended to the store before it is
 * acknowledged (Y6). Observers are read-only. Files are served on the same port (Y4).
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { Redis as RedisExtension } from '@hocuspocus/extension-redis';
import { type Connection, type Extension, Server } from '@hocuspocus/server';
import { Redis } from 'ioredis';
import * as Y from 'yjs';
import { isReviewDeskError } from '../lib/errors';
import { type TokenClaims, verifyToken } from '../lib/identity/token';
import { admitUpdate } from '../lib/panel/admission';
import type { ChainIndex } from '../lib/panel/chains';
import { AccessStore } from './access';
import { handleFileRequest } from './files';
import { Room } from './rooms';
import { UpdateStore } from './storage';

export type RelayEvent =
  | 'started'
  | 'admitted'
  | 'refused'
  | 'removed'
  | 'refusedUpdate'
  | 'fileStored'
  | 'fileRefused'
  | 'redisError'
  | 'stopped';

export interface RelayOptions {
  host?: string;
  port?: number;
  dataDir: string;
  redis?: string;
  /** A name for this node in logs and in Redis (several nodes, one Redis). */
  name?: string;
  /** SPEC Q7: serve only these panels (ids derived from the allowed chair keys). */
  allowPanels?: Set<string> | null;
  log?: (event: RelayEvent, params: Record<string, string | number>) => void;
  /** Handle SIGINT/SIGTERM itself (the CLI); tests stop it explicitly. */
  stopOnSignals?: boolean;
}

export interface RunningRelay {
  url: string;
  httpUrl: string;
  port: number;
  /** Resolves when every loaded room has checked what it holds (tests). */
  settled(): Promise<void>;
  stop(): Promise<void>;
}

interface ConnectionContext {
  member?: string;
  role?: string;
  epoch?: number;
}

/**
 * What Hocuspocus closes a connection with: a code and a reason the client reads. A plain object,
 * not an Error, so the relay's log shows the reason without a stack trace.
 */
function refuse(reason: string, code = 4400): { code: number; reason: string } {
  return { code, reason };
}

function parseRedis(url: string): { host: string; port: number } {
  const u = new URL(url);
  return { host: u.hostname || '127.0.0.1', port: Number(u.port || 6379) };
}

export async function startRelay(opts: RelayOptions): Promise<RunningRelay> {
  const log = opts.log ?? (() => undefined);
  mkdirSync(opts.dataDir, { recursive: true });
  // Every Redis client gets an error listener: a Redis that goes away after the start is said
  // once in the log (ioredis reconnects by itself) instead of an unhandled-error dump per retry.
  let lastRedisError = '';
  const redisClient = (url: string) => {
    // A command fails after a few reconnection attempts (ioredis waits through 20 by default,
    // about 40 s): while Redis is away the node serves from its own store and still stops quickly.
    const client = new Redis({ ...parseRedis(url), lazyConnect: false, maxRetriesPerRequest: 3 });
    client.on('error', (error: Error) => {
      if (error.message === lastRedisError) return;
      lastRedisError = error.message;
      log('redisError', { message: error.message });
    });
    client.on('ready', () => {
      lastRedisError = '';
    });
    return client;
  };
  const redis = opts.redis ? redisClient(opts.redis) : null;
  const access = new AccessStore(path.join(opts.dataDir, 'access.sqlite'), redis);
  const store = new UpdateStore(path.join(opts.dataDir, 'updates.sqlite'));
  const rooms = new Map<string, Room>();
  let server: Server;

  function connectionsOf(room: Room): Connection[] {
    return [...room.document.getConnections()];
  }

  /** SPEC M1–M3: record what the verified member records say; close what they no longer admit. */
  async function learned(room: Room) {
    const registry = room.index.registry;
    for (const id of registry.memberIds()) {
      const record = registry.memberWithSeq(id);
      if (!record) continue;
      const { member, s } = record;
      const epoch = member.epoch ?? 0;
      const changed = await access.put(room.name, id, {
        role: member.role,
        removed: member.removed,
        epoch,
        s,
      });
      if (!changed) continue;
      for (const c of connectionsOf(room)) {
        const ctx = c.context as ConnectionContext;
        if (ctx?.member !== id) continue;
        if (!member.removed && (ctx.epoch ?? 0) >= epoch) continue;
        if (member.removed) log('removed', { panel: room.name, member: id });
        // Tell the provider why, then drop the socket: its reconnection is refused.
        const reason = member.removed ? 'removed' : 'revoked';
        c.close({ code: 4403, reason });
        c.webSocket.close(4403, reason);
      }
    }
  }

  async function authorize(token: string, panel: string) {
    const check = await verifyToken(token, panel);
    if (!check.ok) return { ok: false as const, reason: check.reason };
    if (opts.allowPanels && !opts.allowPanels.has(panel)) {
      return { ok: false as const, reason: 'not-allowed' };
    }
    const known = await accessOf(panel, check.claims);
    if (known?.removed) return { ok: false as const, reason: 'removed' };
    if ((check.claims.epoch ?? 0) < (known?.epoch ?? 0)) {
      return { ok: false as const, reason: 'revoked' };
    }
    const role = known?.role ?? check.claims.role;
    return {
      ok: true as const,
      member: check.claims.member,
      role,
      epoch: check.claims.epoch ?? 0,
      readOnly: role === 'observer',
    };
  }

  /** The newest access record: shared store, or this node's loaded room if it knows more. */
  async function accessOf(panel: string, claims: TokenClaims) {
    const stored = await access.get(panel, claims.member);
    const live = rooms.get(panel)?.index.registry.memberWithSeq(claims.member);
    if (live && (!stored || live.s > stored.s)) {
      return {
        role: live.member.role,
        removed: live.member.removed,
        epoch: live.member.epoch ?? 0,
      };
    }
    return stored;
  }

  /** SPEC C3, Q1–Q7, Y6: check the update whole; store it; only then let Hocuspocus apply it. */
  async function admit(panel: string, update: Uint8Array, member: string, connection: Connection) {
    const room = rooms.get(panel);
    if (!room) throw refuse('not-loaded');
    // What the room already holds is checked first, so the update is judged against all of it.
    await room.settled();
    let reason: string | null = null;
    let index: ChainIndex | null = null;
    try {
      const a = await admitUpdate(room.index, update, {
        origin: 'remote',
        strictEntries: true,
        quotas: true,
        requireGenesis: true,
      });
      if (a.refused.length) reason = a.refused[0]!.reason;
      else if (a.waiting) reason = 'waiting';
      else if (a.added > 0) index = a.trial;
    } catch (error) {
      reason = isReviewDeskError(error) ? error.code.replace('sync/', '') : 'corrupt';
    }
    if (reason) {
      log('refusedUpdate', { panel, member, reason });
      // 'waiting': an honest client sends this after a relay lost what came before (a crash
      // before it was stored); a fresh connection's handshake sends everything, in order.
      if (reason === 'waiting') connection.webSocket.close(4409, 'resync');
      throw refuse(reason);
    }
    if (index) store.append(panel, update);
  }

  const storage: Extension = {
    async onLoadDocument({ documentName, document }) {
      for (const update of store.load(documentName)) Y.applyUpdate(document, update, 'store');
    },
    async afterLoadDocument({ documentName, document }) {
      rooms.set(documentName, new Room(documentName, document, learned));
    },
    async afterUnloadDocument({ documentName }) {
      rooms.delete(documentName);
    },
    async onChange({ documentName, update, transactionOrigin }) {
      // Updates from other nodes (through Redis) are stored here too, so this node can restart
      // alone; a client's updates were stored before they were applied.
      const fromClient = (transactionOrigin as { source?: string } | null)?.source === 'connection';
      if (!fromClient && transactionOrigin !== 'store') store.append(documentName, update);
    },
  };
  const extensions: Extension[] = [storage];
  if (opts.redis) {
    extensions.push(
      new RedisExtension({
        ...parseRedis(opts.redis),
        createClient: () => redisClient(opts.redis!),
        identifier: opts.name ?? `relay-${process.pid}`,
      }),
    );
  }

  server = new Server({
    name: opts.name ?? null,
    address: opts.host ?? '127.0.0.1',
    port: opts.port ?? 4321,
    quiet: true,
    stopOnSignals: opts.stopOnSignals ?? false,
    extensions,
    async onAuthenticate({ token, documentName, connectionConfig }) {
      const result = await authorize(token, documentName);
      if (!result.ok) {
        log('refused', { panel: documentName, reason: result.reason });
        throw refuse(result.reason, 4403);
      }
      connectionConfig.readOnly = result.readOnly;
      log('admitted', { panel: documentName, member: result.member, role: result.role });
      return {
        member: result.member,
        role: result.role,
        epoch: result.epoch,
      } satisfies ConnectionContext;
    },
    async beforeSync({ type, payload, documentName, context, connection }) {
      // 1 = sync step 2, 2 = update: both carry a Yjs update from the client.
      if ((type !== 1 && type !== 2) || connection.readOnly) return;
      await admit(documentName, payload, (context as ConnectionContext)?.member ?? '?', connection);
    },
    async onRequest({ request, response }) {
      const handled = await handleFileRequest(request, response, opts.dataDir, authorize, log);
      // Hocuspocus convention: rejecting with null means "answered, stop here".
      if (handled) throw null;
    },
  });
  await server.listen();
  const port = server.address.port;
  const host = opts.host ?? '127.0.0.1';
  log('started', { host, port, dataDir: opts.dataDir, redis: opts.redis ?? '-' });
  return {
    url: `ws://${host}:${port}`,
    httpUrl: `http://${host}:${port}`,
    port,
    async settled() {
      for (const room of rooms.values()) await room.settled();
    },
    async stop() {
      await server.destroy();
      store.close();
      access.close();
      redis?.disconnect();
      log('stopped', { port });
    },
  };
}
