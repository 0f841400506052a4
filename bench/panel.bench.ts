/**
 * Panel benchmark (`npm run bench:panel`): 200 applications × 20 reviewers × 15 criteria plus
 * 5,000 annotations. Each measure is printed next to raw Yjs doing the same operations (a flat
 * Y.Map with composite keys, no validation, no sealing, no signatures), with the ratio.
 * Load from IndexedDB runs on fake-indexeddb in Node (real browsers differ; the ratio is the point).
 * Relay round trips use the 200-application panel without the scores (20 live clients); raw Yjs
 * goes through a bare Hocuspocus server (no tokens, no checks). Authentication is on throughout:
 * every write is a signed batch, every merge and load verifies the chains (SPEC A1–A4).
 */
import 'fake-indexeddb/auto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import { Server } from '@hocuspocus/server';
import WebSocket from 'ws';
import { IndexeddbPersistence } from 'y-indexeddb';
import * as Y from 'yjs';
import { identityFromInvitation } from '../lib/identity/identity';
import type { ApplicationId, CriterionId, FileHash } from '../lib/ids';
import { createPanel } from '../lib/panel/create';
import { docOf, Panel } from '../lib/panel/panel';
import { attachPersistence } from '../lib/panel/persistence';
import { setPlatform } from '../lib/platform';
import { nodePlatform } from '../lib/platform/node';
import { connectRelay } from '../lib/sync/relay-client';
import { startRelay } from '../server/relay';

setPlatform(nodePlatform);
const APPS = Number(process.env.BENCH_APPS ?? 200);
const REVIEWERS = 20;
const CRITERIA = 15;
const ANNOTATIONS = 5000;
const FILE = 'a'.repeat(64) as FileHash;

const rows: [string, string, string, string][] = [];
function row(what: string, ours: number, raw: number, unit: string) {
  const fmt = (n: number) => (unit === 'MB' ? (n / 1e6).toFixed(2) : n.toFixed(1));
  rows.push([what, `${fmt(ours)} ${unit}`, `${fmt(raw)} ${unit}`, `${(ours / raw).toFixed(2)}×`]);
  console.log(
    `${what}: ours ${fmt(ours)} ${unit}, raw Yjs ${fmt(raw)} ${unit}, ratio ${(ours / raw).toFixed(2)}×`,
  );
}

function time<T>(fn: () => T): [T, number] {
  const t = performance.now();
  const out = fn();
  return [out, performance.now() - t];
}

async function timeAsync<T>(fn: () => Promise<T>): Promise<[T, number]> {
  const t = performance.now();
  const out = await fn();
  return [out, performance.now() - t];
}

const note = (i: number) => ({
  kind: 'highlight' as const,
  page: i % 30,
  rects: [[72, 600, 300, 612]] as [number, number, number, number][],
  quote: { exact: `成员单位第${i}条`, prefix: '前文', suffix: '后文' },
  position: { start: i, end: i + 8 },
  color: '#ffd54f',
  tags: [],
  comment: '',
});

async function main() {
  console.log(
    `Workload: ${APPS} applications × ${REVIEWERS} reviewers × ${CRITERIA} criteria + ${ANNOTATIONS} annotations`,
  );
  const created = await createPanel({
    name: '基准评审组',
    rubric: { id: 'bench', json: '{}' },
    chair: { name: '组长' },
    members: Array.from({ length: REVIEWERS }, (_, i) => ({
      name: `专家${i + 1}`,
      role: 'reviewer' as const,
    })),
  });
  const chair = created.panel;
  const apps: ApplicationId[] = [];
  chair.batch(() => {
    for (let a = 0; a < APPS; a++)
      apps.push(
        chair.addApplication({
          title: `申报${a}`,
          applicantUnit: '某校',
          recommendingBody: '某市',
        }),
      );
  });
  const base = Y.encodeStateAsUpdate(docOf(chair));
  const baseSv = Y.encodeStateVector(docOf(chair));

  // ---- 20 reviewers score offline ----
  const updates: Uint8Array[] = [];
  let writeMs = 0;
  for (let r = 0; r < REVIEWERS; r++) {
    const identity = await identityFromInvitation(created.invitations[r]!);
    const doc = new Y.Doc();
    Y.applyUpdate(doc, base);
    const panel = new Panel(doc, identity);
    await panel.settled();
    await panel.ensureDevice();
    const [, ms] = time(() => {
      for (const app of apps)
        for (let c = 0; c < CRITERIA; c++)
          panel.setScore(app, `c${c}` as CriterionId, (r + c) % 10);
      for (let n = 0; n < ANNOTATIONS / REVIEWERS; n++)
        panel.addAnnotation(apps[n % APPS]!, FILE, note(n));
    });
    writeMs += ms;
    updates.push(Y.encodeStateAsUpdate(doc, baseSv));
  }
  const rawUpdates: Uint8Array[] = [];
  let rawWriteMs = 0;
  for (let r = 0; r < REVIEWERS; r++) {
    const doc = new Y.Doc();
    const scores = doc.getMap('scores');
    const notes = doc.getMap('annotations');
    const [, ms] = time(() => {
      for (const app of apps)
        for (let c = 0; c < CRITERIA; c++)
          doc.transact(() => scores.set(`${app}/m${r}/c${c}`, (r + c) % 10));
      for (let n = 0; n < ANNOTATIONS / REVIEWERS; n++)
        doc.transact(() => notes.set(`n${r}-${n}`, { ...note(n), app: apps[n % APPS] }));
    });
    rawWriteMs += ms;
    rawUpdates.push(Y.encodeStateAsUpdate(doc));
  }
  const writes = APPS * CRITERIA * REVIEWERS + ANNOTATIONS;
  row(
    'write, per operation (sealed score or annotation)',
    (writeMs * 1000) / writes,
    (rawWriteMs * 1000) / writes,
    'µs',
  );

  // ---- merge ----
  const merged = new Y.Doc();
  Y.applyUpdate(merged, base);
  const viewer = new Panel(merged, created.chair);
  await viewer.settled();
  const [, mergeMs] = await timeAsync(async () => {
    for (const u of updates) Y.applyUpdate(merged, u, 'bench-remote');
    await viewer.settled();
  });
  const rawMerged = new Y.Doc();
  const [, rawMergeMs] = time(() => {
    for (const u of rawUpdates) Y.applyUpdate(rawMerged, u);
  });
  row("merge 20 reviewers' offline updates", mergeMs, rawMergeMs, 'ms');
  const progress = viewer.progress(apps[0]!).filter((p) => p.reviewer !== created.chair.memberId);
  if (progress.length !== REVIEWERS || progress.some((p) => p.filled.scores.length !== CRITERIA))
    throw new Error('merge lost scores');

  // ---- size ----
  const state = Y.encodeStateAsUpdate(merged);
  const rawState = Y.encodeStateAsUpdate(rawMerged);
  row('encoded document size', state.length, rawState.length, 'MB');

  // ---- load from IndexedDB ----
  const dbName = `bench-${Date.now()}`;
  const store = attachPersistence(viewer, { databaseName: dbName });
  await store.loaded;
  await store.saved();
  await store.close();
  const [, loadMs] = await timeAsync(async () => {
    const doc = new Y.Doc();
    const panel = new Panel(doc, created.chair);
    const p = attachPersistence(panel, { databaseName: dbName });
    await p.loaded;
    await panel.settled();
    panel.progress(apps[0]!);
    await p.close();
  });
  const rawName = `bench-raw-${Date.now()}`;
  const rawStore = new IndexeddbPersistence(rawName, rawMerged);
  await rawStore.whenSynced;
  await rawStore.destroy().catch(() => undefined);
  const rawPersist = new IndexeddbPersistence(rawName, new Y.Doc());
  const [, rawLoadMs] = await timeAsync(async () => {
    const doc = new Y.Doc();
    const p = new IndexeddbPersistence(rawName, doc);
    await p.whenSynced;
    doc.getMap('scores').get(`${apps[0]}/m0/c0`);
  });
  void rawPersist;
  row('load from IndexedDB (fake-indexeddb)', loadMs, rawLoadMs, 'ms');

  // ---- relay round trip with 20 clients ----
  const relay = await startRelay({
    dataDir: mkdtempSync(path.join(tmpdir(), 'rd-bench-')),
    port: 0,
  });
  const { p50, p99 } = await ourRoundTrips(relay.url, created, apps, base);
  const bare = new Server({ port: 0, quiet: true });
  await bare.listen();
  const raw = await rawRoundTrips(`ws://127.0.0.1:${bare.address.port}`);
  await bare.destroy();
  row('relay round trip p50 (20 clients)', p50, raw.p50, 'ms');
  row('relay round trip p99 (20 clients)', p99, raw.p99, 'ms');
  await relay.stop();

  console.log('\n| measure | Review Desk | raw Yjs | ratio |\n|---|---|---|---|');
  for (const r of rows) console.log(`| ${r.join(' | ')} |`);
  process.exit(0);
}

function percentiles(samples: number[]) {
  const s = [...samples].sort((a, b) => a - b);
  const at = (q: number) => s[Math.min(s.length - 1, Math.floor(q * s.length))]!;
  return { p50: at(0.5), p99: at(0.99) };
}

const SAMPLES = 200;

async function ourRoundTrips(
  url: string,
  created: Awaited<ReturnType<typeof createPanel>>,
  apps: ApplicationId[],
  base: Uint8Array,
) {
  const clients = [];
  const chairConn = connectRelay(created.panel, { url, WebSocketPolyfill: WebSocket });
  await chairConn.synced(60_000);
  for (let r = 0; r < REVIEWERS; r++) {
    const identity = await identityFromInvitation(created.invitations[r]!);
    const doc = new Y.Doc();
    Y.applyUpdate(doc, base);
    const panel = new Panel(doc, identity);
    const conn = connectRelay(panel, { url, WebSocketPolyfill: WebSocket });
    await conn.synced(60_000);
    await panel.ensureDevice();
    clients.push({ panel, conn, identity });
  }
  const samples: number[] = [];
  for (let i = 0; i < SAMPLES; i++) {
    const writer = clients[i % REVIEWERS]!;
    const reader = clients[(i + 7) % REVIEWERS]!;
    const app = apps[i % apps.length]!;
    const crit = `k${i}` as CriterionId;
    const seen = new Promise<void>((resolve) => {
      const off = reader.panel.subscribe(() => {
        if (reader.panel.review(app, writer.identity.memberId).filled.scores.includes(crit)) {
          off();
          resolve();
        }
      });
    });
    const t = performance.now();
    writer.panel.setScore(app, crit, 5);
    await seen;
    samples.push(performance.now() - t);
  }
  for (const c of clients) c.conn.destroy();
  chairConn.destroy();
  return percentiles(samples);
}

async function rawRoundTrips(url: string) {
  // Raw Yjs through a bare Hocuspocus server (no tokens, no checks): the floor for a relay.
  const docs: Y.Doc[] = [];
  const providers: HocuspocusProvider[] = [];
  for (let r = 0; r < REVIEWERS; r++) {
    const doc = new Y.Doc();
    const socket = new HocuspocusProviderWebsocket({ url, WebSocketPolyfill: WebSocket });
    const provider = new HocuspocusProvider({
      websocketProvider: socket,
      name: 'raw-room',
      document: doc,
      token: 'none',
    });
    provider.attach();
    await new Promise<void>((resolve) => provider.on('synced', () => resolve()));
    docs.push(doc);
    providers.push(provider);
  }
  const samples: number[] = [];
  for (let i = 0; i < SAMPLES; i++) {
    const writer = docs[i % REVIEWERS]!;
    const reader = docs[(i + 7) % REVIEWERS]!;
    const key = `k${i}`;
    const seen = new Promise<void>((resolve) => {
      const check = () => {
        if (reader.getMap('scores').has(key)) {
          reader.off('update', check);
          resolve();
        }
      };
      reader.on('update', check);
    });
    const t = performance.now();
    writer.getMap('scores').set(key, 5);
    await seen;
    samples.push(performance.now() - t);
  }
  for (const p of providers) p.destroy();
  return percentiles(samples);
}

void main();
