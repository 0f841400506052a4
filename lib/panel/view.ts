/**
 * The materialized view of a panel document: every version of every register from authenticated
 * batches (SPEC A1–A4), indexed by application and review, the winner of each register under the
 * bounded order (O1–O3), the role rules (D5) and removals (M4), and the problems met on the way
 * (D4). Viewer-independent: decryption and visibility belong to the Panel. Reads are synchronous;
 * signatures verify in the background and `settled()` waits for them.
 */
import type * as Y from 'yjs';
import type { PublicJwk } from '../crypto/ecdsa';
import { canReview, type Role } from '../identity/role';
import type { MemberId } from '../ids';
import { type Chain, type ChainElement, ChainIndex } from './chains';
import { compareVersions, LOG_NAME } from './entry';
import { keys } from './keys';
import type { ChangeOrigin } from './origins';
import type { Member } from './records/member';
import type { PanelMeta } from './records/meta';
import { type CheckedVersion, checkEntry } from './validate';

export type { ChangeOrigin } from './origins';

export interface Problem {
  key: string;
  reason: string;
  origin: ChangeOrigin;
}

export interface ViewVersion extends CheckedVersion {
  origin: ChangeOrigin;
  /** Written in a batch of one of the chair key's sessions (SPEC A6). */
  chairBatch: boolean;
}

interface Register {
  /** Versions that count, in winner order (SPEC O1); the last one is the winner. */
  accepted: ViewVersion[];
  /** Highest sequence among them: the next write uses one more (O2). */
  maxSeq: number;
}

const MAX_PROBLEMS = 500;

/** Every element of the log with its Yjs position, per client in clock order. */
export function logElements(items: Iterable<Y.Item>): [number, number, unknown][] {
  const out: [number, number, unknown][] = [];
  for (const item of items) {
    if (item.deleted) continue;
    const content = item.content.getContent();
    for (let i = 0; i < content.length; i++)
      out.push([item.id.client, item.id.clock + i, content[i]]);
  }
  return out.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
}

export function itemsOf(log: Y.Array<unknown>): Y.Item[] {
  const out: Y.Item[] = [];
  let item = (log as unknown as { _start: Y.Item | null })._start;
  while (item) {
    out.push(item);
    item = item.right;
  }
  return out;
}

export class PanelView {
  readonly log: Y.Array<unknown>;
  index: ChainIndex;
  private regs = new Map<string, ViewVersion[]>();
  private byApp = new Map<string, Set<string>>();
  private byReview = new Map<string, Set<string>>();
  private registers = new Map<string, Register>();
  /** Per client id, elements [0, n) have had their entries read. */
  private ingested = new Map<number, number>();
  /** Elements this process signed and is about to append: counted at once (SPEC A7). */
  private expected = new Set<string>();
  private problemList: Problem[] = [];
  private problemCount = 0;
  private problemsSeen = 0;
  private registryProblemsSeen = 0;
  private verifying: Promise<void> | null = null;
  private moreToVerify = false;
  private counter = 0;

  constructor(
    readonly doc: Y.Doc,
    readonly panelId: string,
    private readonly classify: (origin: unknown) => ChangeOrigin,
    private readonly changed: (origin: ChangeOrigin) => void,
  ) {
    this.log = doc.getArray(LOG_NAME);
    this.index = new ChainIndex(panelId);
    this.addElements(logElements(itemsOf(this.log)), 'load');
    this.log.observe((event, transaction) => {
      const origin = this.classify(transaction.origin);
      if (event.changes.deleted.size > 0) {
        // SPEC D8: nobody deletes. Report it and rebuild from what is left.
        this.report({ key: LOG_NAME, reason: 'deleted', origin });
        this.rebuild(origin);
      } else {
        this.addElements(logElements(event.changes.added), origin);
      }
      this.bump(origin);
    });
  }

  /** Monotonic: changes whenever anything a read can return may have changed. */
  version(): number {
    return this.counter;
  }

  problems(): { list: Problem[]; count: number } {
    return { list: [...this.problemList], count: this.problemCount };
  }

  private report(p: Problem) {
    this.problemCount++;
    this.problemList.push(p);
    if (this.problemList.length > MAX_PROBLEMS) this.problemList.shift();
  }

  private bump(origin: ChangeOrigin) {
    this.counter++;
    this.changed(origin);
  }

  private rebuild(origin: ChangeOrigin) {
    this.index = new ChainIndex(this.panelId);
    this.regs.clear();
    this.byApp.clear();
    this.byReview.clear();
    this.registers.clear();
    this.ingested.clear();
    this.problemsSeen = 0;
    this.registryProblemsSeen = 0;
    this.addElements(logElements(itemsOf(this.log)), origin);
  }

  /** The writer announces an element it signed with its own session, before appending it. */
  expectOwn(client: number, clock: number): void {
    this.expected.add(`${client}:${clock}`);
  }

  private addElements(elements: [number, number, unknown][], origin: ChangeOrigin) {
    let needsVerify = false;
    for (const [client, clock, raw] of elements) {
      let added: ChainElement | null = null;
      try {
        added = this.index.add(client, clock, raw, origin);
      } catch {
        this.report({ key: `client:${client}`, reason: 'gap', origin });
      }
      if (!added) continue;
      const own = `${client}:${clock}`;
      if (this.expected.delete(own)) this.index.trust(client, clock);
      else needsVerify = true;
    }
    this.drainIndexProblems();
    this.ingestCounted();
    // Own elements need no check, but the records they carry (members, devices) still do.
    if (needsVerify || this.index.hasWork()) this.scheduleVerify();
  }

  private drainIndexProblems() {
    const list = this.index.problems;
    for (; this.problemsSeen < list.length; this.problemsSeen++) {
      const p = list[this.problemsSeen]!;
      const origin = this.index.chain(p.client)?.element(p.clock)?.origin ?? 'remote';
      this.report({ key: `batch:${p.client}.${p.clock}`, reason: p.reason, origin });
    }
    const records = this.index.registry.problems;
    for (; this.registryProblemsSeen < records.length; this.registryProblemsSeen++) {
      this.report({ ...records[this.registryProblemsSeen]!, origin: 'remote' });
    }
  }

  /** Read the entries of every element that became authenticated since the last call. */
  private ingestCounted() {
    for (const client of this.index.clients()) {
      const chain = this.index.chain(client)!;
      const done = this.ingested.get(client) ?? 0;
      const upTo = Math.max(chain.verifiedTo, chain.trustedTo);
      if (upTo <= done) continue;
      for (let clock = done; clock < upTo; clock++)
        this.ingestElement(chain, chain.element(clock)!);
      this.ingested.set(client, upTo);
    }
  }

  private ingestElement(chain: Chain, element: ChainElement) {
    const body = element.body;
    if (!body || element.problem) return;
    const chairBatch = chain.owner?.dev === this.index.registry.chairFingerprint();
    body.e.forEach((raw, index) => {
      const checked = checkEntry(raw, this.panelId, {
        by: chain.owner!.by as MemberId,
        client: chain.client,
        clock: element.clock,
        index,
        at: body.at,
      });
      if (!checked.ok) {
        this.report({ key: checked.key, reason: checked.reason, origin: element.origin });
        return;
      }
      const v: ViewVersion = { ...checked.version, origin: element.origin, chairBatch };
      const k = v.entry.k;
      let list = this.regs.get(k);
      if (!list) {
        list = [];
        this.regs.set(k, list);
        const p = v.parsed;
        if ('app' in p) addTo(this.byApp, p.app, k);
        if (p.kind === 'cell') addTo(this.byReview, `${p.app}/${p.member}`, k);
      }
      list.push(v);
      this.registers.delete(k);
    });
  }

  // ---- signatures (SPEC A1–A6) ----

  /** Resolves once no signature check is running or can make progress. */
  async settled(): Promise<void> {
    while (this.verifying) await this.verifying;
  }

  private scheduleVerify() {
    this.moreToVerify = true;
    if (this.verifying) return;
    this.verifying = (async () => {
      try {
        while (this.moreToVerify) {
          this.moreToVerify = false;
          await this.verifyRound();
        }
      } finally {
        // Cleared in the same turn as the last check, so a request made meanwhile is never lost.
        this.verifying = null;
      }
    })();
  }

  private async verifyRound(): Promise<void> {
    const before = this.index.registry.generation;
    const ranges = await this.index.verify();
    this.drainIndexProblems();
    const registryMoved = this.index.registry.generation !== before;
    if (ranges.length === 0 && !registryMoved) return;
    this.ingestCounted();
    // Roles, removals and the chair key live in the registry: every winner may change.
    if (registryMoved) this.registers.clear();
    const first = ranges[0];
    const origin = first
      ? (this.index.chain(first.client)?.element(first.from)?.origin ?? 'remote')
      : 'remote';
    this.bump(origin);
  }

  // ---- winners (SPEC D3, D5, O1–O3, M4) ----

  private register(key: string): Register {
    const cached = this.registers.get(key);
    if (cached) return cached;
    const counted = (this.regs.get(key) ?? [])
      .filter((v) => this.allowed(v) && this.withinCut(v))
      .sort(compareVersions);
    const accepted: ViewVersion[] = [];
    let maxSeq = 0;
    for (const v of counted) {
      // O1: a version counts only if its sequence is at most one above the ones before it.
      if (v.entry.s > maxSeq + 1) continue;
      maxSeq = Math.max(maxSeq, v.entry.s);
      accepted.push(v);
    }
    const reg = { accepted, maxSeq };
    this.registers.set(key, reg);
    return reg;
  }

  /** All counted versions of a register, in winner order; the last is the winner. */
  versions(key: string): ViewVersion[] {
    return this.register(key).accepted;
  }

  winner(key: string): ViewVersion | null {
    const { accepted } = this.register(key);
    return accepted[accepted.length - 1] ?? null;
  }

  /** SPEC O2: the sequence of the next local write to a register. */
  nextSeq(key: string): number {
    return this.register(key).maxSeq + 1;
  }

  /** SPEC D5, the part that depends on roles and on which key wrote the batch. */
  private allowed(v: ViewVersion): boolean {
    const p = v.parsed;
    switch (p.kind) {
      case 'meta':
        return v.chairBatch;
      case 'member':
        return v.chairBatch && v.entry.by === this.metaChair();
      case 'device':
        return this.index.registry.device(p.member, p.fingerprint) !== null;
      case 'app':
      case 'file':
      case 'decision':
      case 'panelFact':
      case 'return':
        return v.chairBatch && v.entry.by === this.metaChair();
      default:
        return this.mayReview(v.entry.by);
    }
  }

  /** SPEC M4: a removed member's writes count up to the cut the chair recorded. */
  private withinCut(v: ViewVersion): boolean {
    const m = this.index.registry.member(v.entry.by);
    if (!m?.removed || !m.cut) return true;
    const limit = m.cut[String(v.client)];
    return limit !== undefined && v.clock < limit;
  }

  private mayReview(member: MemberId): boolean {
    const role = this.roleOf(member);
    return role !== null && canReview(role);
  }

  roleOf(member: MemberId): Role | null {
    return this.memberRecord(member)?.role ?? null;
  }

  // ---- lookups the Panel builds on ----

  meta(): PanelMeta | null {
    return (this.winner(keys.meta())?.value as PanelMeta | undefined) ?? null;
  }

  private metaChair(): MemberId | null {
    return this.meta()?.chair ?? null;
  }

  chairKey(): PublicJwk | null {
    return this.index.registry.chairKey();
  }

  /** A member's current record: signed by the chair key, wherever it was found (SPEC A5). */
  memberRecord(id: MemberId): Member | null {
    return this.index.registry.member(id);
  }

  allMembers(): Member[] {
    return this.index.registry.allMembers();
  }

  deviceKey(member: MemberId, fingerprint: string): PublicJwk | null {
    return this.index.registry.device(member, fingerprint);
  }

  keysWithPrefix(prefix: string): string[] {
    const out: string[] = [];
    for (const k of this.regs.keys()) if (k.startsWith(prefix)) out.push(k);
    return out;
  }

  keysOfApp(app: string): string[] {
    return [...(this.byApp.get(app) ?? [])];
  }

  keysOfReview(app: string, member: string): string[] {
    return [...(this.byReview.get(`${app}/${member}`) ?? [])];
  }

  /** Every register key, for snapshots and tests. */
  allKeys(): string[] {
    return [...this.regs.keys()];
  }

  /** The counted version of a register at a position (submission manifests, SPEC S2). */
  versionAt(key: string, pos: string): ViewVersion | null {
    return this.versions(key).find((v) => v.pos === pos) ?? null;
  }

  /** Client ids whose chains a member owns, with how far this replica has them (SPEC M4). */
  sessionsOf(member: MemberId): Record<string, number> {
    const out: Record<string, number> = {};
    for (const client of this.index.clients()) {
      const chain = this.index.chain(client)!;
      if (chain.owner?.by === member) out[String(client)] = chain.next;
    }
    return out;
  }
}

function addTo(index: Map<string, Set<string>>, id: string, key: string) {
  let set = index.get(id);
  if (!set) {
    set = new Set();
    index.set(id, set);
  }
  set.add(key);
}
