/**
 * The convergence harness (SPEC Y1, Y2): N replicas of one panel, random operations, and two ways
 * to exchange: the relay protocol (y-protocols sync messages through an in-memory server that
 * checks every update like the relay does — SPEC C3 — with partitions and duplicated, reordered
 * deliveries) and `.rdsync` files. Every write the API accepted is recorded, to check afterwards
 * that none was lost. Optionally one reviewer is hostile and sends forged, squatted and garbage
 * updates and files (test/integrity/hostile.property.test.ts).
 */
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';
import { canonicalJson } from '../../lib/crypto/bytes';
import { isReviewDeskError } from '../../lib/errors';
import type { ApplicationId, CriterionId } from '../../lib/ids';
import { admitUpdate } from '../../lib/panel/admission';
import { asLogElement, parseBody, positionId } from '../../lib/panel/batch';
import { ChainIndex } from '../../lib/panel/chains';
import { compareVersions, type Entry, LOG_NAME, type Ordered } from '../../lib/panel/entry';
import { keys } from '../../lib/panel/keys';
import { internalsOf, LOCAL_ORIGIN } from '../../lib/panel/panel';
import { logElements } from '../../lib/panel/view';
import { exportRdsync, importRdsync, signedFile } from '../../lib/sync/rdsync';
import { forge, openSession, updateAs } from '../panel/forge';
import { join, makePanel, type Replica, sameMemberDevice } from '../panel/helpers';

export type Op =
  | { t: 'score'; r: number; crit: number; value: number | null }
  | { t: 'comment'; r: number; crit: number; text: string }
  | { t: 'annotate'; r: number }
  | { t: 'submit'; r: number }
  | { t: 'online'; r: number; online: boolean }
  | { t: 'deliver'; count: number; duplicate: boolean; reorder: boolean }
  | { t: 'file'; from: number; to: number; full: boolean }
  | HostileOp;

/** What the hostile member does (only when the harness has one). */
export type HostileOp =
  | { t: 'forge'; target: number; kind: 'cell' | 'submission' | 'meta' | 'app' }
  | { t: 'squat'; target: number }
  | { t: 'bigseq' }
  | { t: 'garbage'; seed: number }
  | { t: 'hostileFile'; target: number; to: number };

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
  /** The server's view of what it holds, to check updates against (like server/rooms.ts). */
  serverIndex!: ChainIndex;
  queue: { to: number | 'server'; from: number; bytes: Uint8Array }[] = [];
  app!: ApplicationId;
  /** Index of the hostile node, or -1. */
  hostile = -1;
  refused: string[] = [];

  /** `hostile`: one more reviewer, who attacks (the last node). */
  static async create(replicas: number, opts: { hostile?: boolean } = {}): Promise<Harness> {
    const h = new Harness();
    const reviewers = Math.max(1, replicas - 2) + (opts.hostile ? 1 : 0);
    const made = await makePanel({ reviewers, observers: 0 });
    h.app = made.app;
    const chair = made.chairReplica;
    const nodes: Replica[] = [chair];
    for (const inv of made.invitations) nodes.push(await join(inv, chair.doc));
    // The last replica is a second device of the first reviewer (same member, same secret).
    const hostileNode = opts.hostile ? nodes.splice(nodes.length - 1, 1)[0]! : null;
    while (nodes.length < replicas)
      nodes.push(await sameMemberDevice(nodes[1]!.identity, nodes[1]!.doc));
    if (hostileNode) {
      nodes.push(hostileNode);
      h.hostile = nodes.length - 1;
    }
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
              const c = item.id.client;
              const entry = { k, s, d: c, by: node.identity.memberId, at: body.at } as Entry;
              node.acked.push({ entry, clock, index, pos: positionId(c, clock, index) });
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
    h.serverIndex = new ChainIndex(chair.panel.id);
    const log = h.server.getArray(LOG_NAME);
    log.observe((event) => {
      for (const [c, k, raw] of logElements(event.changes.added))
        h.serverIndex.add(c, k, raw, 'remote');
    });
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

  /**
   * SPEC C3, like the relay: an update a client sends is checked whole against what the server
   * holds; refused, it is dropped (and a client with a gap gets a fresh handshake, as the relay's
   * resync does).
   */
  private async admitted(msg: { from: number; bytes: Uint8Array }): Promise<boolean> {
    const decoder = decoding.createDecoder(msg.bytes);
    const type = decoding.readVarUint(decoder);
    if (type !== syncProtocol.messageYjsSyncStep2 && type !== syncProtocol.messageYjsUpdate)
      return true;
    const update = decoding.readVarUint8Array(decoder);
    await this.serverIndex.verify();
    let reason: string | null = null;
    try {
      const a = await admitUpdate(this.serverIndex, update, {
        origin: 'remote',
        strictEntries: true,
        quotas: true,
        requireGenesis: true,
      });
      reason = a.refused[0]?.reason ?? (a.waiting ? 'waiting' : null);
    } catch (error) {
      reason = isReviewDeskError(error) ? error.code : 'corrupt';
    }
    if (!reason) return true;
    this.refused.push(`${msg.from}:${reason}`);
    if (reason === 'waiting' && this.nodes[msg.from]?.online) this.handshake(msg.from);
    return false;
  }

  /** Process one message: the receiver answers step 1 with step 2, applies updates. */
  private async handle(msg: { to: number | 'server'; from: number; bytes: Uint8Array }) {
    const doc = msg.to === 'server' ? this.server : this.nodes[msg.to]!.doc;
    if (msg.to !== 'server' && !this.nodes[msg.to]!.online) return;
    if (msg.to === 'server' && !this.nodes[msg.from]!.online) return;
    if (msg.to === 'server' && !(await this.admitted(msg))) return;
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

  async deliver(count: number, duplicate: boolean, reorder: boolean) {
    for (let k = 0; k < count && this.queue.length; k++) {
      const at = reorder ? this.queue.length - 1 : 0;
      const [msg] = this.queue.splice(at, 1);
      await this.handle(msg!);
      if (duplicate) await this.handle(msg!);
    }
  }

  async deliverAll() {
    for (let guard = 0; this.queue.length && guard < 100_000; guard++)
      await this.handle(this.queue.shift()!);
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
          await this.deliver(op.count, op.duplicate, op.reorder);
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
        default:
          if (this.hostile >= 0) await this.attack(op);
      }
    } catch (error) {
      // Refused by the API (e.g. editing a submitted review): not acknowledged, not a failure.
      if (!isReviewDeskError(error) || !error.code.startsWith('panel/')) throw error;
    }
  }

  /** The hostile member sends bytes of their choosing to the server or in a file. */
  private async attack(op: Op) {
    const me = this.nodes[this.hostile]!;
    const honest = this.nodes.filter((_, i) => i !== this.hostile);
    const victim = (n: number) => honest[n % honest.length]!;
    const send = (update: Uint8Array) =>
      this.queue.push({ to: 'server', from: this.hostile, bytes: this.updateMessage(update) });
    switch (op.t) {
      case 'forge': {
        const v = victim(op.target).identity.memberId;
        const session = await openSession(me.identity);
        const entry =
          op.kind === 'cell'
            ? {
                k: keys.cell(this.app, v, { type: 'score', criterion: 'c0' as CriterionId }),
                s: 1,
                v: 0,
              }
            : op.kind === 'submission'
              ? { k: keys.submission(this.app, v), s: 1, v: { at: 1, keys: {}, manifest: {} } }
              : op.kind === 'meta'
                ? { k: keys.meta(), s: 1, v: { ...me.panel.meta()!, name: 'x' } }
                : {
                    k: keys.app('a-x'),
                    s: 1,
                    v: {
                      id: 'a-x',
                      title: 'x',
                      applicantUnit: '',
                      recommendingBody: '',
                      addedBy: v,
                      addedAt: 1,
                    },
                  };
        send(updateAs(this.server, session.client, [forge(session, [entry])]));
        break;
      }
      case 'squat': {
        const target = victim(op.target).doc.clientID;
        const session = await openSession(me.identity, { client: target });
        session.next = Y.getState(this.server.store, target);
        send(updateAs(this.server, target, [forge(session, [])]));
        break;
      }
      case 'bigseq': {
        const session = await openSession(me.identity);
        const k = keys.cell(this.app, me.identity.memberId, {
          type: 'score',
          criterion: 'c1' as CriterionId,
        });
        send(
          updateAs(this.server, session.client, [
            forge(session, [{ k, s: Number.MAX_SAFE_INTEGER, v: 1 }]),
          ]),
        );
        break;
      }
      case 'garbage': {
        const bytes = new Uint8Array(64).map((_, i) => (op.seed * 31 + i * 17) & 255);
        send(bytes);
        break;
      }
      case 'hostileFile': {
        const target = victim(op.target).doc.clientID;
        const session = await openSession(me.identity, { client: target });
        session.next = Y.getState(me.doc.store, target);
        const file = await signedFile(
          me.panel,
          updateAs(me.doc, target, [forge(session, [])]),
          'changes',
        );
        const to = victim(op.to);
        await importRdsync(to.panel, file).catch((error) => {
          if (!isReviewDeskError(error) || !error.code.startsWith('sync/')) throw error;
        });
        break;
      }
    }
  }

  async heal() {
    for (let i = 0; i < this.nodes.length; i++) this.setOnline(i, true);
    await this.deliverAll();
    for (let i = 0; i < this.nodes.length; i++) this.handshake(i);
    await this.deliverAll();
  }

  /** The honest replicas: every node but the hostile one. */
  get honest(): Node[] {
    return this.nodes.filter((_, i) => i !== this.hostile);
  }

  /** SPEC Y1 and Y2 among the honest replicas; a description of the first difference, or null. */
  check(): string | null {
    const nodes = this.honest;
    const states = nodes.map((n) => canonicalJson(n.panel.canonicalState()));
    if (new Set(states).size !== 1) return 'canonical states differ';
    const views = nodes.map((n) =>
      canonicalJson({
        progress: n.panel.progress(this.app),
        members: n.panel.members(),
        submitted: nodes.map((m) => n.panel.review(this.app, m.identity.memberId).status),
      }),
    );
    if (new Set(views).size !== 1) return 'materialized views differ';
    const state = nodes[0]!.panel.canonicalState();
    const best = new Map<string, Acked>();
    for (const node of nodes) {
      for (const acked of node.acked) {
        const k = acked.entry.k;
        // Y2: every acknowledged write counts in every replica's history...
        for (const other of nodes) {
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
