/**
 * Reliability: relay faults (SPEC Y1, Y2, Y6, M2). Reviewers write through two relay nodes that
 * share a real redis-server, each node its own process behind a TCP proxy; while they write, a
 * node is SIGKILLed and restarted or the network to a node is cut and restored, at seeded moments.
 * Now and then a reviewer whose changes the relay has acknowledged closes the app at once (its
 * replica is gone: what it wrote survives only if "acknowledged" meant stored) and later comes
 * back on a fresh replica. At the end every replica converges, and fresh replicas on both nodes
 * hold every acknowledged write.
 * Size: RELIABILITY_RELAYCLIENTS reviewers (short 4, long 20), RELIABILITY_RELAYROUNDS fault
 * rounds (short 2, long 16); RELIABILITY_SEED.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import { canonicalJson } from '../../lib/crypto/bytes';
import { identityFromInvitation, type MemberIdentity } from '../../lib/identity/identity';
import type { CriterionId } from '../../lib/ids';
import { asLogElement, parseBody, positionId } from '../../lib/panel/batch';
import { LOG_NAME } from '../../lib/panel/entry';
import { internalsOf, LOCAL_ORIGIN } from '../../lib/panel/panel';
import { makePanel } from '../panel/helpers';
import { type Client, client, eventually, freePort, tempDir } from '../relay/helpers';
import { NetProxy } from './net-proxy';
import { ROOT, report, rng, seedOf, size, Tally } from './support';

const CLIENTS = size('relayClients', 4, 20);
const ROUNDS = size('relayRounds', 2, 16);
const SEED = seedOf(202_020);
const SYNC_MS = 180_000;

/** A relay node as the CLI runs it, in its own process, on a fixed port and data directory. */
class Node {
  child: ChildProcess | null = null;
  constructor(
    readonly name: string,
    readonly port: number,
    readonly dataDir: string,
    readonly redis: string,
  ) {}

  async start(): Promise<void> {
    const child = spawn(
      process.execPath,
      [
        path.join(ROOT, 'bin/review-desk.mjs'),
        'relay',
        '--port',
        String(this.port),
        '--data',
        this.dataDir,
        '--redis',
        this.redis,
        '--lang',
        'en',
      ],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    this.child = child;
    await new Promise<void>((resolve, reject) => {
      let seen = '';
      const timer = setTimeout(
        () => reject(new Error(`${this.name} did not start: ${seen}`)),
        60_000,
      );
      child.stdout!.on('data', (chunk: Buffer) => {
        if (seen.includes('Relay started')) return; // keep draining: a full pipe would block the relay
        seen += chunk.toString();
        if (seen.includes('Relay started')) {
          clearTimeout(timer);
          resolve();
        }
      });
      child.stderr!.resume();
      child.once('exit', (code) => reject(new Error(`${this.name} exited (${code}): ${seen}`)));
    });
  }

  async kill(): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null) return;
    const gone = new Promise((r) => child.once('exit', r));
    child.kill('SIGKILL');
    await gone;
    this.child = null;
  }
}

interface Written {
  k: string;
  pos: string;
}

/** A reviewer's device: its relay client and every write its API accepted, in order. */
interface Device {
  c: Client;
  via: NetProxy;
  written: Written[];
  /** How many of `written` the relay has acknowledged. */
  acked: number;
  gone: boolean;
}

function track(doc: Y.Doc, out: Written[]) {
  doc.getArray(LOG_NAME).observe((event, tr) => {
    if (tr.origin !== LOCAL_ORIGIN) return;
    for (const item of event.changes.added) {
      item.content.getContent().forEach((raw, i) => {
        const body = parseBody(asLogElement(raw)!.b)!;
        body.e.forEach((e, index) => {
          out.push({
            k: (e as { k: string }).k,
            pos: positionId(item.id.client, item.id.clock + i, index),
          });
        });
      });
    }
  });
}

const cleanup: (() => Promise<void> | void)[] = [];
afterAll(async () => {
  for (const f of cleanup.reverse()) await f();
});

describe('reliability: relay faults', () => {
  it(
    `Y1, Y2, Y6: ${CLIENTS} reviewers on two relay nodes over Redis, ${ROUNDS} rounds of nodes killed and networks cut: converge, nothing acknowledged lost`,
    async () => {
      const r = rng(SEED);
      const redisPort = await freePort();
      const redis = spawn(
        'redis-server',
        ['--port', String(redisPort), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
        { stdio: 'ignore', cwd: tempDir('rd-redis-') },
      );
      cleanup.push(() => void redis.kill('SIGKILL'));
      await new Promise((res) => setTimeout(res, 500));
      const redisUrl = `redis://127.0.0.1:${redisPort}`;
      const nodes = [
        new Node('node A', await freePort(), tempDir('rd-fault-a-'), redisUrl),
        new Node('node B', await freePort(), tempDir('rd-fault-b-'), redisUrl),
      ];
      cleanup.push(async () => {
        for (const n of nodes) await n.kill();
      });
      await Promise.all(nodes.map((n) => n.start()));
      const proxies = await Promise.all(nodes.map((n) => NetProxy.start(n.port)));
      cleanup.push(async () => {
        for (const p of proxies) await p.stop();
      });

      const made = await makePanel({ reviewers: CLIENTS, observers: 0 });
      const chair = client(proxies[0]!.url, made.chair, { doc: made.chairReplica.doc });
      cleanup.push(() => chair.conn.destroy());
      await chair.conn.synced(SYNC_MS);
      const identities: MemberIdentity[] = [];
      for (const inv of made.invitations) identities.push(await identityFromInvitation(inv));
      const devices: Device[] = [];
      const connect = async (i: number): Promise<Device> => {
        const via = proxies[i % 2]!;
        const c = client(via.url, identities[i]!);
        const d: Device = { c, via, written: [], acked: 0, gone: false };
        track(c.doc, d.written);
        cleanup.push(() => c.conn.destroy());
        await c.conn.synced(SYNC_MS);
        await eventually(() => c.panel.member(identities[i]!.memberId) !== null, SYNC_MS);
        await c.panel.ensureDevice();
        return d;
      };
      for (let i = 0; i < CLIENTS; i++) devices[i] = await connect(i);
      // Every device (gone or not) that ever wrote, for the final check.
      const everyone: Device[] = [...devices];

      /** Wait until the relay acknowledges what `d` has written so far (or the wait times out). */
      const acknowledge = async (d: Device, timeoutMs = SYNC_MS) => {
        const upTo = d.written.length;
        await d.c.conn.synced(timeoutMs).then(
          () => {
            d.acked = Math.max(d.acked, upTo);
          },
          () => undefined,
        );
      };

      const faults = new Tally();
      let writes = 0;
      let departures = 0;
      const started = Date.now();
      const write = (d: Device) => {
        const crit = `c${1 + r.int(3)}` as CriterionId;
        if (r.chance(0.7)) d.c.panel.setScore(made.app, crit, r.int(11));
        else d.c.panel.setComment(made.app, crit, `第${writes}条意见`);
        writes++;
      };
      try {
        for (let round = 0; round < ROUNDS; round++) {
          const live = devices.filter((d) => !d.gone);
          for (const d of live) write(d);
          // The fault strikes while writes are still being sent.
          await new Promise((res) => setTimeout(res, r.int(150)));
          const target = r.int(2);
          const fault = r.pick(['kill', 'cut', 'kill both', 'cut both'] as const);
          faults.add(fault);
          const hit = fault.endsWith('both') ? [0, 1] : [target];
          if (fault.startsWith('kill')) for (const n of hit) await nodes[n]!.kill();
          else for (const n of hit) proxies[n]!.cut();
          // Writes while the node or the network is down: kept locally, sent later.
          for (const d of live) if (r.chance(0.5)) write(d);
          await new Promise((res) => setTimeout(res, 200 + r.int(800)));
          if (fault.startsWith('kill')) {
            for (const n of hit) await nodes[n]!.start();
            for (const n of hit) proxies[n]!.drop();
          } else for (const n of hit) proxies[n]!.restore();
          await Promise.all(live.map((d) => acknowledge(d)));
          // A reviewer whose work is acknowledged closes the app at once; another comes back.
          const done = live.filter((d) => d.acked === d.written.length && d.written.length > 0);
          if (done.length) {
            const d = r.pick(done);
            d.c.conn.destroy();
            d.gone = true;
            departures++;
          }
          const back = devices.findIndex((d) => d.gone && r.chance(0.5));
          if (back >= 0) {
            devices[back] = await connect(back);
            everyone.push(devices[back]!);
          }
        }
        // Heal: everyone still here syncs; then fresh replicas on each node.
        const live = devices.filter((d) => !d.gone);
        for (const d of live) await acknowledge(d);
        for (const d of live)
          expect(d.acked, 'a live device never synced after healing').toBe(d.written.length);
        const fresh: Client[] = [];
        for (const n of nodes) {
          const f = client(`ws://127.0.0.1:${n.port}`, made.chair);
          cleanup.push(() => f.conn.destroy());
          await f.conn.synced(SYNC_MS);
          fresh.push(f);
        }
        // Converged: the same state everywhere (Redis carries each node's updates to the other).
        const state = (c: Client) => canonicalJson(c.panel.canonicalState());
        await eventually(
          () => new Set([...fresh, chair, ...live.map((d) => d.c)].map(state)).size === 1,
          SYNC_MS,
        );
        // Nothing acknowledged lost: every acknowledged write is in each fresh replica's history.
        let checked = 0;
        for (const f of fresh) {
          const view = internalsOf(f.panel).view;
          for (const d of everyone) {
            for (const w of d.written.slice(0, d.acked)) {
              if (w.k.startsWith('k/') || w.k.startsWith('m/')) continue;
              expect(
                view.versions(w.k).some((v) => v.pos === w.pos),
                `acknowledged write lost: ${w.k}`,
              ).toBe(true);
              checked++;
            }
          }
        }
        const entries = everyone.reduce((n, d) => n + d.written.length, 0);
        report('relay faults', {
          seed: SEED,
          tried: `${CLIENTS} reviewers on 2 relay nodes (separate processes) sharing redis-server, ${ROUNDS} rounds: ${faults}`,
          writes: `${writes} scores and comments written (${entries} log entries, device keys included, ${everyone.reduce((n, d) => n + d.acked, 0)} of them acknowledged); ${departures} reviewers left right after an acknowledgement`,
          held: `all ${2 + 1 + live.length} replicas converged; ${checked / fresh.length} acknowledged writes present on fresh replicas of both nodes`,
          seconds: Math.round((Date.now() - started) / 1000),
        });
      } finally {
        chair.conn.destroy();
        for (const d of devices) d.c.conn.destroy();
      }
    },
    600_000 + ROUNDS * 120_000,
  );
});
