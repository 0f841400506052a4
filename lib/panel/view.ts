/**
 * The materialized view of a panel document: every valid version of every register, indexed by
 * application and review, the winner of each register (SPEC D3) under the role rules (D5) and
 * signatures (D6), and the problems met on the way (D4). Viewer-independent: decryption and
 * visibility belong to the Panel. Reads are synchronous; signatures verify in the background and
 * `settled()` waits for them.
 */
import type * as Y from 'yjs';
import { keyFingerprint, type PublicJwk, verify } from '../crypto/ecdsa';
import { canReview, type Role } from '../identity/role';
import type { MemberId } from '../ids';
import { compareVersions, LOG_NAME, signedPayload } from './entry';
import { keys } from './keys';
import type { DeviceKey } from './records/device-key';
import type { Member } from './records/member';
import type { PanelMeta } from './records/meta';
import { type CheckedVersion, checkEntry, SIGNED_KINDS } from './validate';

export type ChangeOrigin = 'local' | 'remote' | 'import' | 'load';

export interface Problem {
  key: string;
  reason: string;
  origin: ChangeOrigin;
}

export interface ViewVersion extends CheckedVersion {
  origin: ChangeOrigin;
}

const MAX_PROBLEMS = 500;

export class PanelView {
  readonly log: Y.Array<unknown>;
  private regs = new Map<string, ViewVersion[]>();
  private byApp = new Map<string, Set<string>>();
  private byReview = new Map<string, Set<string>>();
  private signature = new WeakMap<ViewVersion, 'ok' | 'bad'>();
  private unverified = new Set<ViewVersion>();
  private winners = new Map<string, ViewVersion | null>();
  private problemList: Problem[] = [];
  private problemCount = 0;
  private verifying: Promise<void> | null = null;
  private counter = 0;

  constructor(
    readonly doc: Y.Doc,
    readonly panelId: string,
    private readonly classify: (origin: unknown) => ChangeOrigin,
    private readonly changed: (origin: ChangeOrigin) => void,
  ) {
    this.log = doc.getArray(LOG_NAME);
    this.ingest(this.log.toArray(), 'load');
    this.log.observe((event, transaction) => {
      const origin = this.classify(transaction.origin);
      let deleted = false;
      const inserted: unknown[] = [];
      for (const d of event.changes.delta) {
        if (d.insert) inserted.push(...(d.insert as unknown[]));
        if (d.delete) deleted = true;
      }
      if (deleted) {
        // SPEC D8: nobody deletes. Report it and rebuild from what is left.
        this.report({ key: LOG_NAME, reason: 'deleted', origin });
        this.reset();
        this.ingest(this.log.toArray(), origin);
      } else {
        this.ingest(inserted, origin);
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

  private reset() {
    this.regs.clear();
    this.byApp.clear();
    this.byReview.clear();
    this.unverified.clear();
    this.winners.clear();
  }

  private ingest(raws: unknown[], origin: ChangeOrigin) {
    let signedSeen = false;
    for (const raw of raws) {
      const checked = checkEntry(raw, this.panelId);
      if (!checked.ok) {
        this.report({ key: checked.key, reason: checked.reason, origin });
        continue;
      }
      const v: ViewVersion = { ...checked.version, origin };
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
      this.winners.delete(k);
      if (SIGNED_KINDS.has(v.parsed.kind)) {
        this.unverified.add(v);
        signedSeen = true;
      }
    }
    if (signedSeen) {
      this.winners.clear();
      this.scheduleVerify();
    }
  }

  // ---- signatures (SPEC D6) ----

  /** Resolves once no signature check is running or can make progress. */
  async settled(): Promise<void> {
    while (this.verifying) await this.verifying;
  }

  private scheduleVerify() {
    if (this.verifying) return;
    this.verifying = this.verifyRound().finally(() => {
      this.verifying = null;
    });
  }

  private async verifyRound(): Promise<void> {
    for (;;) {
      const batch: [ViewVersion, PublicJwk][] = [];
      for (const v of this.unverified) {
        const key = this.signerKey(v);
        if (key === 'bad') {
          this.unverified.delete(v);
          this.signature.set(v, 'bad');
          this.report({ key: v.entry.k, reason: 'signature', origin: v.origin });
        } else if (key) batch.push([v, key]);
      }
      if (batch.length === 0) return;
      const results = await Promise.all(
        batch.map(([v, key]) => verify(key, v.entry.sig!, signedPayload(this.panelId, v.entry))),
      );
      let origin: ChangeOrigin = 'remote';
      batch.forEach(([v], i) => {
        this.unverified.delete(v);
        this.signature.set(v, results[i] ? 'ok' : 'bad');
        if (!results[i]) this.report({ key: v.entry.k, reason: 'signature', origin: v.origin });
        origin = v.origin;
      });
      this.winners.clear();
      this.bump(origin);
    }
  }

  /** The key that must have signed `v`; undefined while it is not known yet; 'bad' if never. */
  private signerKey(v: ViewVersion): PublicJwk | undefined | 'bad' {
    const p = v.parsed;
    if (p.kind === 'meta') return (v.value as PanelMeta).chairKey;
    const chairKey = this.chairKey();
    if (p.kind === 'member' || p.kind === 'decision') {
      if (!chairKey) return undefined;
      return v.entry.sk === keyFingerprint(chairKey) ? chairKey : 'bad';
    }
    if (p.kind === 'device') {
      const member = this.memberRecord(p.member);
      if (!member) return undefined;
      return v.entry.sk === keyFingerprint(member.inviteKey) ? member.inviteKey : undefined;
    }
    if (p.kind === 'submission') {
      if (chairKey && this.meta()?.chair === p.member && v.entry.sk === keyFingerprint(chairKey)) {
        return chairKey;
      }
      return this.deviceKey(p.member, v.entry.sk!)?.key;
    }
    return 'bad';
  }

  /** The signature state of one version, found by its canonical form (import validation). */
  signatureOf(key: string, canonical: string): 'ok' | 'bad' | 'pending' | 'unknown' {
    const v = this.regs.get(key)?.find((x) => x.canonical === canonical);
    if (!v) return 'unknown';
    return this.signature.get(v) ?? 'pending';
  }

  private verified(v: ViewVersion): boolean {
    return !SIGNED_KINDS.has(v.parsed.kind) || this.signature.get(v) === 'ok';
  }

  // ---- winners (SPEC D3, D5) ----

  /** All valid versions of a register, oldest winner-order first. */
  versions(key: string): ViewVersion[] {
    const list = this.regs.get(key);
    if (!list) return [];
    return list.filter((v) => this.verified(v) && this.allowed(v)).sort(compareVersions);
  }

  /** Highest sequence among all structurally valid versions, counted or not. */
  maxSeqAny(key: string): number {
    let max = 0;
    for (const v of this.regs.get(key) ?? []) max = Math.max(max, v.entry.s);
    return max;
  }

  winner(key: string): ViewVersion | null {
    const cached = this.winners.get(key);
    if (cached !== undefined) return cached;
    let best: ViewVersion | null = null;
    for (const v of this.regs.get(key) ?? []) {
      if (!this.verified(v) || !this.allowed(v)) continue;
      if (!best || compareVersions(v, best) > 0) best = v;
    }
    this.winners.set(key, best);
    return best;
  }

  /** SPEC D5, the part that depends on roles. */
  private allowed(v: ViewVersion): boolean {
    const p = v.parsed;
    switch (p.kind) {
      case 'meta':
      case 'device':
        return true;
      case 'member':
      case 'app':
      case 'file':
      case 'decision':
        return v.entry.by === this.meta()?.chair;
      default:
        return this.mayReview(v.entry.by);
    }
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
    // Meta is signed by the key it carries; winner() is enough once verified.
    return (this.winner(keys.meta())?.value as PanelMeta | undefined) ?? null;
  }

  chairKey(): PublicJwk | null {
    // Any meta that hashes to the panel id names the chair key (validate.ts checks the hash).
    const list = this.regs.get(keys.meta());
    return (list?.[0]?.value as PanelMeta | undefined)?.chairKey ?? null;
  }

  memberRecord(id: MemberId): Member | null {
    const key = keys.member(id);
    // Members are chair-written; avoid recursion through allowed() for meta lookups.
    let best: ViewVersion | null = null;
    const chair = this.metaChair();
    for (const v of this.regs.get(key) ?? []) {
      if (this.signature.get(v) !== 'ok' || v.entry.by !== chair) continue;
      if (!best || compareVersions(v, best) > 0) best = v;
    }
    return (best?.value as Member | undefined) ?? null;
  }

  private metaChair(): MemberId | null {
    let best: ViewVersion | null = null;
    for (const v of this.regs.get(keys.meta()) ?? []) {
      if (this.signature.get(v) !== 'ok') continue;
      if (!best || compareVersions(v, best) > 0) best = v;
    }
    return (best?.value as PanelMeta | undefined)?.chair ?? null;
  }

  deviceKey(member: MemberId, fingerprint: string): DeviceKey | null {
    const v = this.regs
      .get(keys.device(member, fingerprint))
      ?.find((x) => this.signature.get(x) === 'ok');
    return (v?.value as DeviceKey | undefined) ?? null;
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

  /** Find the version of a register with the given hash (submission manifests, SPEC S2). */
  versionByHash(key: string, hash: string, hashOf: (v: ViewVersion) => string): ViewVersion | null {
    for (const v of this.regs.get(key) ?? []) if (hashOf(v) === hash && this.allowed(v)) return v;
    return null;
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
