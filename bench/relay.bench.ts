/**
 * `relay.latency` (`npm run bench -- relay`): score-to-peer latency with 20 reviewers connected
 * through the relay on 127.0.0.1 (the real one: tokens, every update checked element by element
 * and fsynced before it is acknowledged) — from `setScore` on one client until another client's
 * panel shows it — against a bare WebSocket broadcast (the `ws` package: a message in, the same
 * bytes out to the other 19 clients, nothing else), the floor for any relay. Raw Yjs through a
 * bare Hocuspocus server (no tokens, no checks) is measured against the same floor for context.
 * p50 and p99 over all samples after a warm-up.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import { Server } from '@hocuspocus/server';
import WebSocket, { WebSocketServer } from 'ws';
import * as Y from 'yjs';
import { identityFromInvitation, type MemberIdentity } from '../lib/identity/identity';
import type { ApplicationId, CriterionId } from '../lib/ids';
import { createPanel } from '../lib/panel/create';
import { docOf, Panel } from '../lib/panel/panel';
import { setPlatform } from '../lib/platform';
import { nodePlatform } from '../lib/platform/node';
import { connectRelay, type RelayConnection } from '../lib/sync/relay-client';
import { startRelay } from '../server/relay';
import { emit, percentile, QUICK, say } from './lib/record';

setPlatform(nodePlatform);
const CLIENTS = 20;
const APPS = QUICK ? 20 : 200;
const WARM_UP = QUICK ? 5 : 20;
const SAMPLES = Number(process.env.BENCH_SAMPLES ?? (QUICK ? 40 : 400));

async function sample(
  write: (i: number) => void,
  seen: (i: number) => Promise<void>,
): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < WARM_UP + SAMPLES; i++) {
    const arrived = seen(i);
    const t = performance.now();
    write(i);
    await arrived;
    if (i >= WARM_UP) out.push(performance.now() - t);
  }
  return out;
}

async function ours(): Promise<number[]> {
  const relay = await startRelay({
    dataDir: mkdtempSync(path.join(tmpdir(), 'rd-bench-')),
    port: 0,
  });
  const created = await createPanel({
    name: '基准评审组',
    rubric: { id: 'bench', json: '{}' },
    chair: { name: '组长' },
    members: Array.from({ length: CLIENTS }, (_, i) => ({
      name: `专家${i + 1}`,
      role: 'reviewer' as const,
    })),
  });
  const apps: ApplicationId[] = [];
  const chair = created.panel;
  for (let a = 0; a < APPS; a++)
    apps.push(
      chair.addApplication({ title: `申报${a}`, applicantUnit: '某校', recommendingBody: '某市' }),
    );
  const base = Y.encodeStateAsUpdate(docOf(chair));
  const chairConn = connectRelay(chair, { url: relay.url, WebSocketPolyfill: WebSocket });
  await chairConn.synced(120_000);
  const clients: { panel: Panel; conn: RelayConnection; identity: MemberIdentity }[] = [];
  for (let r = 0; r < CLIENTS; r++) {
    const identity = await identityFromInvitation(created.invitations[r]!);
    const doc = new Y.Doc();
    Y.applyUpdate(doc, base);
    const panel = new Panel(doc, identity);
    const conn = connectRelay(panel, { url: relay.url, WebSocketPolyfill: WebSocket });
    await conn.synced(120_000);
    await panel.ensureDevice();
    await conn.synced(120_000);
    clients.push({ panel, conn, identity });
  }
  const crit = (i: number) => `k${i}` as CriterionId;
  const pair = (i: number) => ({
    writer: clients[i % CLIENTS]!,
    reader: clients[(i + 7) % CLIENTS]!,
  });
  const samples = await sample(
    (i) => pair(i).writer.panel.setScore(apps[i % APPS]!, crit(i), 5),
    (i) => {
      const { writer, reader } = pair(i);
      return new Promise<void>((resolve) => {
        const off = reader.panel.subscribe(() => {
          if (
            reader.panel
              .review(apps[i % APPS]!, writer.identity.memberId)
              .filled.scores.includes(crit(i))
          ) {
            off();
            resolve();
          }
        });
      });
    },
  );
  for (const c of clients) c.conn.destroy();
  chairConn.destroy();
  await relay.stop();
  return samples;
}

async function rawYjs(): Promise<number[]> {
  const server = new Server({ port: 0, quiet: true });
  await server.listen();
  const url = `ws://127.0.0.1:${server.address.port}`;
  const docs: Y.Doc[] = [];
  const providers: HocuspocusProvider[] = [];
  for (let r = 0; r < CLIENTS; r++) {
    const doc = new Y.Doc();
    const socket = new HocuspocusProviderWebsocket({ url, WebSocketPolyfill: WebSocket });
    const provider = new HocuspocusProvider({
      websocketProvider: socket,
      name: 'raw',
      document: doc,
      token: 'x',
    });
    provider.attach();
    await new Promise<void>((resolve) => provider.on('synced', () => resolve()));
    docs.push(doc);
    providers.push(provider);
  }
  const samples = await sample(
    (i) => docs[i % CLIENTS]!.getMap('scores').set(`k${i}`, 5),
    (i) => {
      const reader = docs[(i + 7) % CLIENTS]!;
      return new Promise<void>((resolve) => {
        const check = () => {
          if (!reader.getMap('scores').has(`k${i}`)) return;
          reader.off('update', check);
          resolve();
        };
        reader.on('update', check);
      });
    },
  );
  for (const p of providers) p.destroy();
  await server.destroy();
  return samples;
}

/** The floor: a WebSocket server that sends each message on to every other client. */
async function bareEcho(): Promise<number[]> {
  const wss = new WebSocketServer({ host: '127.0.0.1', port: 0 });
  await new Promise<void>((resolve) => wss.once('listening', () => resolve()));
  wss.on('connection', (ws) =>
    ws.on('message', (data) => {
      for (const other of wss.clients) if (other !== ws) other.send(data);
    }),
  );
  const { port } = wss.address() as { port: number };
  const sockets = await Promise.all(
    Array.from(
      { length: CLIENTS },
      () =>
        new Promise<WebSocket>((resolve) => {
          const ws = new WebSocket(`ws://127.0.0.1:${port}`);
          ws.once('open', () => resolve(ws));
        }),
    ),
  );
  // A message the size of a signed score update (~400 bytes).
  const payload = (i: number) => JSON.stringify({ i, pad: 'x'.repeat(400) });
  const samples = await sample(
    (i) => sockets[i % CLIENTS]!.send(payload(i)),
    (i) =>
      new Promise<void>((resolve) => {
        const reader = sockets[(i + 7) % CLIENTS]!;
        const on = (data: Buffer) => {
          if (JSON.parse(data.toString()).i !== i) return;
          reader.off('message', on);
          resolve();
        };
        reader.on('message', on);
      }),
  );
  for (const s of sockets) s.close();
  wss.close();
  return samples;
}

say(`relay.latency: ${CLIENTS} clients, ${SAMPLES} samples each after ${WARM_UP} warm-up`);
const floor = await bareEcho();
const raw = await rawYjs();
const relay = await ours();
for (const [q, label] of [
  [0.5, 'p50'],
  [0.99, 'p99'],
] as const) {
  emit({
    name: `relay.latency.${label}`,
    unit: 'ms',
    value: percentile(relay, q),
    baseline: 'bare WebSocket broadcast (ws)',
    baselineValue: percentile(floor, q),
    n: relay.length,
    ...(label === 'p99' ? { target: '< 25 ms' } : {}),
    note: 'score written on one client until another client reads it, 20 clients through the relay',
  });
  emit({
    name: `relay.latency.rawYjs.${label}`,
    unit: 'ms',
    value: percentile(raw, q),
    baseline: 'bare WebSocket broadcast (ws)',
    baselineValue: percentile(floor, q),
    n: raw.length,
    note: 'raw Yjs through a bare Hocuspocus server (no tokens, no checks), for context',
  });
}
process.exit(0);
