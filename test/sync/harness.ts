/**
 * The convergence harness (SPEC Y1, Y2): N replicas of one panel, random operations, and two ways
 * to exchange: the relay protocol (y-protocols sync messages through an in-memory server, with
 * partitions and duplicated, reordered deliveries) and `.rdsync` files. Every write the API
 * accepted is recorded, to check afterwards that none was lost.
 */
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';
import { canonicalJson } from '../../lib/crypto/bytes';
import { isReviewDeskError } from '../../lib/errors';
import type { ApplicationId, CriterionId } from '../../lib/ids';
import { asLogElement, parseBody, positionId } from '../../lib/panel/batch';
import { compareVersions, type Entry, LOG_NAME, type Ordered } from '../../lib/panel/entry';
import { internalsOf, LOCAL_ORIGIN } from '../../lib/panel/panel';
import { exportRdsync, importRdsync } from '../../lib/sync/rdsync';
import { join, makePanel, type Replica, sameMemberDevice } from '../panel/helpers';

export type Op =
  | { t: 'score'; r: number; crit: number; value: number | null }
  | { t: 'comment'; r: number; crit: number; text: string }
  | { t: 'annotate'; r: number }
  | { t: 'submit'; r: number }
  | { t: 'online'; r: number; online: boolean }
  | { t: 'deliver'; count: number; duplicate: boolean; reorder: boolean }
  | { t: 'file'; from: number; to: number; full: boolean };

/** A write the API accepted: where it is and what the winner order needs (SPEC Y2). */
interface Acked extends Ordered {
  pos: string;
}

interface Node extends Replica {
  online: boolean;
  acked: Acked[];
}

const SERVER = Symbol('server');

/** y-protocols sync between a client doc and the server doc, as bytes on a queue. */
export class Harness {
  nodes: Node[] = [];
  server = new Y.Doc();
  queue: { to: number | 'server'; from: number; bytes: Uint8Array }[] = [];
  app!: ApplicationId;

  static async create(replicas: number): Promise<Harness> {
    const h = new Harness();
    const reviewers = Math.max(1, replicas - 2);
    const made = await makePanel({ reviewers, observers: 0 });
    h.app = made.app;
    const chair = made.chairReplica;
    const nodes: Replica[] = [chair];
    for (const inv of made.invitations) nodes.push(await join(inv, chair.doc));
    // The last replica is a second device of the first reviewer (same member, same secret).
    while (nodes.length < replicas)
      nodes.push(await sameMemberDevice(nodes[1]!.identity, nodes[1]!.doc));
    h.nodes = nodes.map((n) => ({ ...n, online: true, acked: [] }));
    h.nodes.forEach((node, i) => {
      node.doc.getArray(LOG_NAME).observe((event, tr) => {
        if (tr.origin !== LOCAL_ORIGIN) return;
        for (const item of event.changes.added) {
          item.content.getContent().forEach((raw, i) => {
            const body = parseBody(asLogElement(raw)!.b)!;
            const clock = item.id.clock + i;
            body.e.forEach((e, index) => {
              const { k, s } = e as { k: string; s: number };
              const entry = { k, s, d: body.c, by: body.by, at: body.at } as Entry;
              node.acked.push({ entry, clock, index, pos: positionId(body.c, clock, index) });
            });
          });
        }
      });
      node.doc.on('update', (update: Uint8Array, origin: unknown) => {
        if (origin === SERVER || !node.online) return;
        h.queue.push({ to: 'server', from: i, bytes: h.updateMessage(update) });
      });
    });
    // Everyone starts from the chair's state, synced with the server.
    Y.applyUpdate(h.server, Y.encodeStateAsUpdate(chair.doc));
    for (let i = 0; i < h.nodes.length; i++) h.handshake(i);
    await h.deliverAll();
    return h;
  }

  private updateMessage(update: Uint8Array): Uint8Array {
    const e = encoding.createEncoder();
    syncProtocol.writeUpdate(e, update);
    return encoding.toUint8Array(e);
  }

  private handshake(i: number) {
    const e1 = encoding.createEncoder();
    syncProtocol.writeSyncStep1(e1, this.nodes[i]!.doc);
    this.queue.push({ to: 'server', from: i, bytes: encoding.toUint8Array(e1) });
    const e2 = encoding.createEncoder();
    syncProtocol.writeSyncStep1(e2, this.server);
    this.queue.push({ to: i, from: -1, bytes: encoding.toUint8Array(e2) });
  }

  /** Process one message: the receiver answers step 1 with step 2, applies updates. */
  private handle(msg: { to: number | 'server'; from: number; bytes: Uint8Array }) {
    const doc = msg.to === 'server' ? this.server : this.nodes[msg.to]!.doc;
    if (msg.to !== 'server' && !this.nodes[msg.to]!.online) return;
    if (msg.to === 'server' && !this.nodes[msg.from]!.online) return;
    const reply = encoding.createEncoder();
    const before = Y.encodeStateVector(this.server);
    syncProtocol.readSyncMessage(decoding.createDecoder(msg.bytes), reply, doc, SERVER);
    if (encoding.length(reply) > 0) {
      this.queue.push({
        to: msg.to === 'server' ? msg.from : 'server',
        from: msg.to === 'server' ? -1 : msg.to,
        bytes: encoding.toUint8Array(reply),
      });
    }
    if (msg.to === 'server') {
      // Broadcast what the server learned to every other online client.
      const diff = Y.encodeStateAsUpdate(this.server, before);
      this.nodes.forEach((n, j) => {
        if (j !== msg.from && n.online)
          this.queue.push({ to: j, from: -1, bytes: this.updateMessage(diff) });
      });
    }
  }

  deliver(count: number, duplicate: boolean, reorder: boolean) {
    for (let k = 0; k < count && this.queue.length; k++) {
      const at = reorder ? this.queue.length - 1 : 0;
      const [msg] = this.queue.splice(at, 1);
      this.handle(msg!);
      if (duplicate) this.handle(msg!);
    }
  }

  async deliverAll() {
    for (let guard = 0; this.queue.length && guard < 100_000; guard++)
      this.handle(this.queue.shift()!);
    await Promise.all(this.nodes.map((n) => n.panel.settled()));
  }

  setOnline(i: number, online: boolean) {
    const node = this.nodes[i]!;
    if (node.online === online) return;
    node.online = online;
    if (online) this.handshake(i);
  }

  async apply(op: Op) {
    const crit = (n: number) => `c${n}` as CriterionId;
    const node = (r: number) => this.nodes[r % this.nodes.length]!;
    try {
      switch (op.t) {
        case 'score':
          node(op.r).panel.setScore(this.app, crit(op.crit), op.value);
          break;
        case 'comment':
          node(op.r).panel.setComment(this.app, crit(op.crit), op.text);
          break;
        case 'annotate':
          node(op.r).panel.addAnnotation(this.app, 'a'.repeat(64) as never, {
            kind: 'note',
            page: 0,
            rects: [[0, 0, 1, 1]],
            quote: { exact: '', prefix: '', suffix: '' },
            position: { start: 0, end: 0 },
            color: '#ffd54f',
            tags: [],
            comment: `note ${op.r}`,
          });
          break;
        case 'submit':
          await node(op.r).panel.submitReview(this.app);
          break;
        case 'online':
          if (op.r % this.nodes.length !== 0) this.setOnline(op.r % this.nodes.length, op.online);
          break;
        case 'deliver':
          this.deliver(op.count, op.duplicate, op.reorder);
          break;
        case 'file': {
          const from = node(op.from);
          const to = node(op.to);
          if (from === to) break;
          const since = op.full ? undefined : Y.encodeStateVector(to.doc);
          await importRdsync(
            to.panel,
            await exportRdsync(from.panel, { kind: op.full ? 'full' : 'changes', since }),
          );
          break;
        }
      }
    } catch (error) {
      // Refused by the API (e.g. editing a submitted review): not acknowledged, not a failure.
      if (!isReviewDeskError(error) || !error.code.startsWith('panel/')) throw error;
    }
  }

  async heal() {
    for (let i = 0; i < this.nodes.length; i++) this.setOnline(i, true);
    await this.deliverAll();
    for (let i = 0; i < this.nodes.length; i++) this.handshake(i);
    await this.deliverAll();
  }

  /** SPEC Y1 and Y2; returns a description of the first difference, or null. */
  check(): string | null {
    const states = this.nodes.map((n) => canonicalJson(n.panel.canonicalState()));
    if (new Set(states).size !== 1) return 'canonical states differ';
    const views = this.nodes.map((n) =>
      canonicalJson({
        progress: n.panel.progress(this.app),
        annotations: n.panel.annotations(this.app),
        members: n.panel.members(),
        submitted: this.nodes.map((m) => n.panel.review(this.app, m.identity.memberId).status),
      }),
    );
    if (new Set(views).size !== 1) return 'materialized views differ';
    const state = this.nodes[0]!.panel.canonicalState();
    const best = new Map<string, Acked>();
    for (const node of this.nodes) {
      for (const acked of node.acked) {
        const k = acked.entry.k;
        // Y2: every acknowledged write counts in every replica's history...
        for (const other of this.nodes) {
          const present = internalsOf(other.panel)
            .view.versions(k)
            .some((v) => v.pos === acked.pos);
          if (!present && !k.startsWith('k/') && !k.startsWith('m/'))
            return `acknowledged write lost: ${k}`;
        }
        const current = best.get(k);
        if (!current || compareVersions(acked, current) > 0) best.set(k, acked);
      }
    }
    // ...and each register holds the winner of its acknowledged writes.
    for (const [key, v] of best) {
      if (key.startsWith('k/') || key.startsWith('m/')) continue;
      if (state[key] !== v.pos) return `register ${key} does not hold the winner`;
    }
    return null;
  }
}
