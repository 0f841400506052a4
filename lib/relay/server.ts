/**
 * Node-only: the relay (`review-desk relay`). Hocuspocus with SQLite persistence in the data
 * directory and, with a Redis URL, the Redis extension so several nodes serve the same panels.
 * No setup per panel: each room is a panel id, and a member token proves itself against it
 * (SPEC I1, I2). Observers are read-only; removed members are refused and disconnected; updates
 * that delete anything are refused (SPEC D8). Files are served on the same port (SPEC Y4).
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { Redis } from '@hocuspocus/extension-redis';
import { SQLite } from '@hocuspocus/extension-sqlite';
import { type Document, type Extension, Server } from '@hocuspocus/server';
import * as Y from 'yjs';
import type { PublicJwk } from '../crypto/ecdsa';
import { verifyToken } from '../identity/token';
import { LOG_NAME } from '../panel/entry';
import { AccessStore, entriesOfUpdate } from './access';
import { handleFileRequest } from './files';

export type RelayEvent =
  | 'started'
  | 'admitted'
  | 'refused'
  | 'removed'
  | 'refusedUpdate'
  | 'fileStored'
  | 'fileRefused'
  | 'stopped';

export interface RelayOptions {
  host?: string;
  port?: number;
  dataDir: string;
  redis?: string;
  /** A name for this node in logs and in Redis (several nodes, one Redis). */
  name?: string;
  log?: (event: RelayEvent, params: Record<string, string | number>) => void;
  /** Handle SIGINT/SIGTERM itself (the CLI); tests stop it explicitly. */
  stopOnSignals?: boolean;
}

export interface RunningRelay {
  url: string;
  httpUrl: string;
  port: number;
  stop(): Promise<void>;
}

interface ConnectionContext {
  member?: string;
  role?: string;
}

function refuse(reason: string): Error {
  return Object.assign(new Error(reason), { reason });
}

function parseRedis(url: string): { host: string; port: number } {
  const u = new URL(url);
  return { host: u.hostname || '127.0.0.1', port: Number(u.port || 6379) };
}

export async function startRelay(opts: RelayOptions): Promise<RunningRelay> {
  const log = opts.log ?? (() => undefined);
  mkdirSync(opts.dataDir, { recursive: true });
  const access = new AccessStore(path.join(opts.dataDir, 'access.sqlite'));
  const chairKeys = new Map<string, PublicJwk>();
  const extensions: Extension[] = [
    new SQLite({ database: path.join(opts.dataDir, 'relay.sqlite') }),
  ];
  if (opts.redis) {
    extensions.push(
      new Redis({ ...parseRedis(opts.redis), identifier: opts.name ?? `relay-${process.pid}` }),
    );
  }

  async function learn(panel: string, raws: unknown[], document?: Document) {
    const chairKey = chairKeys.get(panel);
    if (!chairKey) return;
    for (const member of await access.learn(panel, chairKey, raws)) {
      log('removed', { panel, member });
      for (const c of document?.getConnections() ?? []) {
        if ((c.context as ConnectionContext)?.member !== member) continue;
        // Tell the provider why, then drop the socket: its reconnection is refused as removed.
        c.close({ code: 4403, reason: 'removed' });
        c.webSocket.close(4403, 'removed');
      }
    }
  }

  async function authorize(token: string, panel: string) {
    const check = await verifyToken(token, panel);
    if (!check.ok) return { ok: false as const, reason: check.reason };
    const known = access.get(panel, check.claims.member);
    if (known?.removed) return { ok: false as const, reason: 'removed' };
    chairKeys.set(panel, check.claims.chair);
    const role = known?.role ?? check.claims.role;
    return { ok: true as const, member: check.claims.member, role, readOnly: role === 'observer' };
  }

  const server = new Server({
    name: opts.name ?? null,
    address: opts.host ?? '127.0.0.1',
    port: opts.port ?? 4321,
    quiet: true,
    stopOnSignals: opts.stopOnSignals ?? false,
    debounce: 200,
    maxDebounce: 1000,
    extensions,
    async onAuthenticate({ token, documentName, connectionConfig }) {
      const result = await authorize(token, documentName);
      if (!result.ok) {
        log('refused', { panel: documentName, reason: result.reason });
        throw refuse(result.reason);
      }
      connectionConfig.readOnly = result.readOnly;
      log('admitted', { panel: documentName, member: result.member, role: result.role });
      return { member: result.member, role: result.role } satisfies ConnectionContext;
    },
    async beforeSync({ type, payload, documentName, context }) {
      // 1 = sync step 2, 2 = update: both carry a Yjs update from the client.
      if (type !== 1 && type !== 2) return;
      let deletes = true;
      try {
        deletes = Y.decodeUpdate(payload).ds.clients.size > 0;
      } catch {
        deletes = true;
      }
      if (deletes) {
        log('refusedUpdate', {
          panel: documentName,
          member: (context as ConnectionContext)?.member ?? '?',
        });
        throw refuse('deletions');
      }
    },
    async afterLoadDocument({ documentName, document }) {
      await learn(documentName, document.getArray(LOG_NAME).toArray(), document);
    },
    async onChange({ documentName, update, document }) {
      await learn(documentName, entriesOfUpdate(update), document);
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
    async stop() {
      await server.destroy();
      access.close();
      log('stopped', { port });
    },
  };
}
