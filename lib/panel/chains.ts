/**
 * The authentication state of a panel document (SPEC A1–A6, C1–C3): one hash chain per Yjs client
 * id, the session key that owns it (declared at clock 0 and delegated by a device key), and which
 * prefix of it a valid signature covers. Readers (the view), the relay and `.rdsync` import all use
 * this one index: elements are added in clock order, `verify()` checks signatures in rounds, and an
 * overlay checks an update against the document without touching it (`overlay()`).
 */
import { fromBase64, utf8 } from '../crypto/bytes';
import { verify as verifyEcdsa } from '../crypto/ecdsa';
import { verifyEd25519 } from '../crypto/ed25519';
import {
  asLogElement,
  type BatchBody,
  batchEntrySchema,
  batchMessage,
  chainNext,
  chainSeed,
  clientIdFor,
  parseBody,
  sessionMessage,
} from './batch';
import type { ChangeOrigin } from './origins';
import { Registry } from './registry';

export interface ChainElement {
  clock: number;
  raw: unknown;
  bytes: Uint8Array | null;
  sig: Uint8Array | null;
  body: BatchBody | null;
  /** The chain hash through this element (covers its raw bytes even when they are invalid). */
  hash: Uint8Array;
  origin: ChangeOrigin;
  /** Why the element cannot count even if authenticated (bad shape, wrong place, wrong owner). */
  problem: string | null;
}

export interface ChainOwner {
  by: string;
  dev: string;
  pub: Uint8Array;
  pubText: string;
  delegation: string;
}

export class Chain {
  /** Elements from clock `start` on (an overlay holds only what is new). */
  readonly elements: ChainElement[] = [];
  owner: ChainOwner | null;
  delegation: 'pending' | 'ok' | 'bad';
  /** Elements with clock < verifiedTo are covered by a valid signature. */
  verifiedTo: number;
  /** Self-signed by this process (its own session): counted without checking. */
  trustedTo: number;

  constructor(
    readonly client: number,
    readonly start: number,
    public hash: Uint8Array,
    from?: Chain,
  ) {
    this.owner = from?.owner ?? null;
    this.delegation = from?.delegation ?? 'pending';
    this.verifiedTo = from ? Math.max(from.verifiedTo, from.trustedTo) : 0;
    this.trustedTo = 0;
  }

  get next(): number {
    return this.start + this.elements.length;
  }

  element(clock: number): ChainElement | undefined {
    return this.elements[clock - this.start];
  }

  /** Authenticated: covered by a valid signature or written by this process's own session. */
  counts(clock: number): boolean {
    return clock < this.verifiedTo || clock < this.trustedTo;
  }
}

export interface Verified {
  client: number;
  from: number;
  to: number;
}

export class ChainIndex {
  readonly registry: Registry;
  private chains = new Map<number, Chain>();
  private dirty = new Set<Chain>();
  problems: { client: number; clock: number; reason: string }[] = [];
  /** Bytes of element bodies held, per member (`by`), for the relay's quotas (SPEC Q5). */
  readonly bytesByMember = new Map<string, number>();
  readonly sessionsByMember = new Map<string, number>();
  totalBytes = 0;

  constructor(
    readonly panelId: string,
    private readonly base: ChainIndex | null = null,
  ) {
    this.registry = new Registry(panelId, base?.registry ?? null);
  }

  /** A scratch index over this one: adds and verifies without changing it. */
  overlay(): ChainIndex {
    return new ChainIndex(this.panelId, this);
  }

  chain(client: number): Chain | undefined {
    const own = this.chains.get(client);
    if (own || !this.base) return own;
    const inherited = this.base.chain(client);
    if (!inherited) return undefined;
    const copy = new Chain(client, inherited.next, inherited.hash, inherited);
    this.chains.set(client, copy);
    return copy;
  }

  /** The next clock this index expects for a client id (0 when unknown). */
  nextClock(client: number): number {
    return this.chain(client)?.next ?? 0;
  }

  clients(): number[] {
    const out = new Set<number>(this.chains.keys());
    if (this.base) for (const c of this.base.clients()) out.add(c);
    return [...out];
  }

  ownChains(): Chain[] {
    return [...this.chains.values()];
  }

  /** SPEC Q7: a session of the chair key has been verified (the panel's genesis is here). */
  hasChairSession(): boolean {
    const chairFp = this.registry.chairFingerprint();
    if (!chairFp) return false;
    for (const client of this.clients()) {
      const chain = this.chain(client)!;
      if (chain.owner?.dev === chairFp && chain.delegation === 'ok') return true;
    }
    return false;
  }

  /**
   * Add the element at (client, clock). Elements of one client must come in clock order without
   * gaps; an element already held is ignored. Returns the element, or null if not added.
   */
  add(client: number, clock: number, raw: unknown, origin: ChangeOrigin): ChainElement | null {
    let chain = this.chain(client);
    if (!chain) {
      if (clock !== 0) return null;
      chain = new Chain(client, 0, chainSeed(this.panelId, client));
      this.chains.set(client, chain);
    }
    if (clock < chain.next) return null;
    if (clock > chain.next) throw new Error(`gap in client ${client}: ${clock} > ${chain.next}`);
    const element = asLogElement(raw);
    const bytes = element?.b ?? utf8(safeJson(raw));
    chain.hash = chainNext(chain.hash, bytes);
    const body = element ? parseBody(element.b) : null;
    const item: ChainElement = {
      clock,
      raw,
      bytes: element?.b ?? null,
      sig: element?.s ?? null,
      body,
      hash: chain.hash,
      origin,
      problem: null,
    };
    item.problem = this.placeProblem(chain, item);
    chain.elements.push(item);
    if (item.problem) this.problems.push({ client, clock, reason: item.problem });
    if (body && !item.problem) {
      this.account(chain.owner!.by, item.bytes!.length, clock === 0);
      for (const raw of body.e) {
        const entry = batchEntrySchema.safeParse(raw);
        if (entry.success) this.registry.learn(entry.data);
      }
    }
    this.dirty.add(chain);
    return item;
  }

  private account(by: string, bytes: number, newSession: boolean) {
    this.totalBytes += bytes;
    this.bytesByMember.set(by, this.memberBytes(by) + bytes);
    if (newSession) this.sessionsByMember.set(by, this.memberSessions(by) + 1);
  }

  memberBytes(by: string): number {
    return (this.bytesByMember.get(by) ?? 0) + (this.base?.memberBytes(by) ?? 0);
  }

  memberSessions(by: string): number {
    return (this.sessionsByMember.get(by) ?? 0) + (this.base?.memberSessions(by) ?? 0);
  }

  documentBytes(): number {
    return this.totalBytes + (this.base?.documentBytes() ?? 0);
  }

  /**
   * SPEC A3, A4, C1: the first element of a client id claims it (for a session key whose hash is
   * that id); no later element does. Every later element belongs to the claim's owner.
   */
  private placeProblem(chain: Chain, item: ChainElement): string | null {
    const body = item.body;
    if (!item.bytes) return 'element';
    if (!body) return 'body';
    if ((item.clock === 0) !== (body.claim !== undefined)) return 'place';
    if (item.clock === 0) {
      const claim = body.claim!;
      if (clientIdFor(this.panelId, claim.pub) !== chain.client) return 'place';
      chain.owner = {
        by: claim.by,
        dev: claim.dev,
        pub: fromBase64(claim.pub),
        pubText: claim.pub,
        delegation: claim.sig,
      };
      return null;
    }
    return chain.owner ? null : 'owner';
  }

  /** The author of a chain's elements (its claim's `by`). */
  authorOf(client: number): string | null {
    return this.chain(client)?.owner?.by ?? null;
  }

  /** This process signed (client, clock) itself with its own session: count it at once. */
  trust(client: number, clock: number): void {
    const chain = this.chain(client);
    if (chain && clock < chain.next) chain.trustedTo = Math.max(chain.trustedTo, clock + 1);
  }

  hasWork(): boolean {
    return this.dirty.size > 0 || this.registry.hasPending();
  }

  /**
   * Check signatures until nothing more can be learned: entry-level signatures (the registry),
   * session delegations, then batch signatures, newest first per chain (one valid signature
   * authenticates the whole chain up to it). Returns the newly authenticated ranges.
   */
  async verify(): Promise<Verified[]> {
    const out: Verified[] = [];
    for (let round = 0; round < 10_000; round++) {
      const registryChanged = await this.registry.verifyPending();
      const delegated = await this.verifyDelegations();
      const ranges = await this.verifyBatches();
      out.push(...ranges);
      if (!registryChanged && !delegated && ranges.length === 0) break;
    }
    return out;
  }

  /** The key that may delegate sessions of this owner: the chair key or a registered device. */
  private ownerKey(owner: ChainOwner) {
    const chairFp = this.registry.chairFingerprint();
    if (chairFp && owner.dev === chairFp) return this.registry.chairKey();
    return this.registry.device(owner.by, owner.dev);
  }

  private async verifyDelegations(): Promise<number> {
    const jobs: Promise<void>[] = [];
    for (const chain of this.dirty) {
      if (chain.delegation !== 'pending' || !chain.owner) continue;
      const owner = chain.owner;
      const key = this.ownerKey(owner);
      if (!key) continue;
      const message = sessionMessage(
        this.panelId,
        chain.client,
        owner.by,
        owner.dev,
        owner.pubText,
      );
      jobs.push(
        verifyEcdsa(key, owner.delegation, message).then((ok) => {
          chain.delegation = ok ? 'ok' : 'bad';
          if (!ok) this.problems.push({ client: chain.client, clock: 0, reason: 'delegation' });
        }),
      );
    }
    await Promise.all(jobs);
    return jobs.length;
  }

  private async verifyBatches(): Promise<Verified[]> {
    const out: Verified[] = [];
    const ready: Chain[] = [];
    for (const chain of this.dirty) {
      if (chain.delegation === 'bad') this.dirty.delete(chain);
      else if (chain.delegation === 'ok' && chain.owner) {
        // Taken out before any await: an element added meanwhile marks the chain dirty again.
        this.dirty.delete(chain);
        ready.push(chain);
      }
    }
    await Promise.all(
      ready.map(async (chain) => {
        const owner = chain.owner!;
        const from = Math.max(chain.verifiedTo, chain.trustedTo, chain.start);
        const to = chain.next;
        // Newest first: the last element whose signature holds covers everything before it.
        for (let clock = to - 1; clock >= from; clock--) {
          const item = chain.element(clock)!;
          if (!item.sig) continue;
          if (await verifyEd25519(owner.pub, item.sig, batchMessage(item.hash))) {
            if (clock + 1 > chain.verifiedTo) {
              out.push({ client: chain.client, from, to: clock + 1 });
              chain.verifiedTo = clock + 1;
            }
            break;
          }
          this.problems.push({ client: chain.client, clock, reason: 'signature' });
        }
      }),
    );
    return out;
  }
}

function safeJson(raw: unknown): string {
  try {
    return JSON.stringify(raw) ?? 'undefined';
  } catch {
    return 'unserializable';
  }
}
