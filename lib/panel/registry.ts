/**
 * The trust roots of a panel (SPEC A5, A6), learned from any entry that proves itself, wherever it
 * sits: the chair key (any meta naming a key that hashes to the panel id), member records signed
 * by the chair key, and device registrations signed by the member's invitation key. These need no
 * authenticated batch around them, which breaks the circle "a batch is authenticated by a device
 * key that is registered in a batch". Signatures are checked in `verifyPending()`, in rounds.
 */
import { canonicalJson } from '../crypto/bytes';
import { keyFingerprint, type PublicJwk, verify } from '../crypto/ecdsa';
import { panelIdFromChairKey } from '../identity/panel-id';
import type { MemberId } from '../ids';
import { type BatchEntry, entryPayload } from './batch';
import { parseKey } from './keys';
import { type DeviceKey, deviceKeySchema } from './records/device-key';
import { type Member, memberSchema } from './records/member';
import { panelMetaSchema } from './records/meta';

type CopyState = 'pending' | 'ok' | 'bad';

interface SignedCopy<T> {
  entry: BatchEntry;
  s: number;
  canonical: string;
  value: T;
  sig: string;
  sk: string;
  payload: string;
  state: CopyState;
}

export class Registry {
  private chair: PublicJwk | null = null;
  private chairFp: string | null = null;
  private members = new Map<string, SignedCopy<Member>[]>();
  private devices = new Map<string, SignedCopy<DeviceKey>[]>();
  private seenSigs = new Set<string>();
  /** Bumped whenever a lookup may answer differently. */
  generation = 0;
  /** Records whose signature did not hold (reported by the view, SPEC D4). */
  readonly problems: { key: string; reason: string }[] = [];

  constructor(
    readonly panelId: string,
    private readonly base: Registry | null = null,
  ) {}

  chairKey(): PublicJwk | null {
    return this.chair ?? this.base?.chairKey() ?? null;
  }

  chairFingerprint(): string | null {
    return this.chairFp ?? this.base?.chairFingerprint() ?? null;
  }

  /** Learn what an entry proves on its own. Cheap; signatures wait for verifyPending(). */
  learn(entry: BatchEntry): void {
    if (entry.k === 'meta') {
      this.learnMeta(entry.v);
      return;
    }
    if (!entry.sig || !entry.sk || this.seenSigs.has(entry.sig)) return;
    const parsed = parseKey(entry.k);
    if (parsed?.kind === 'member') {
      const m = memberSchema.safeParse(entry.v);
      if (!m.success || m.data.id !== parsed.member) return;
      this.seenSigs.add(entry.sig);
      push(this.members, parsed.member, this.copy(entry, m.data as Member));
    } else if (parsed?.kind === 'device') {
      const d = deviceKeySchema.safeParse(entry.v);
      if (!d.success || d.data.member !== parsed.member) return;
      if (keyFingerprint(d.data.key) !== parsed.fingerprint) return;
      this.seenSigs.add(entry.sig);
      push(
        this.devices,
        `${parsed.member}/${parsed.fingerprint}`,
        this.copy(entry, d.data as DeviceKey),
      );
    }
  }

  private learnMeta(value: unknown) {
    if (this.chairKey()) return;
    const meta = panelMetaSchema.safeParse(value);
    if (!meta.success || panelIdFromChairKey(meta.data.chairKey) !== this.panelId) return;
    this.chair = meta.data.chairKey;
    this.chairFp = keyFingerprint(meta.data.chairKey);
    this.generation++;
  }

  private copy<T>(entry: BatchEntry, value: T): SignedCopy<T> {
    return {
      entry,
      s: entry.s,
      canonical: canonicalJson(entry.v),
      value,
      sig: entry.sig!,
      sk: entry.sk!,
      payload: entryPayload(this.panelId, entry),
      state: 'pending',
    };
  }

  /** The member's current record: the chair-signed copy with the greatest (s, canonical). */
  member(id: MemberId | string): Member | null {
    return this.memberCopy(id)?.value ?? null;
  }

  private memberCopy(id: string): SignedCopy<Member> | null {
    const own = best(this.members.get(id));
    const inherited = this.base?.memberCopy(id) ?? null;
    if (!own) return inherited;
    if (!inherited) return own;
    return compare(own, inherited) >= 0 ? own : inherited;
  }

  /** Whether an entry-level signature seen here held ('ok'), failed ('bad') or is not checked yet. */
  signatureState(sig: string): CopyState | undefined {
    for (const list of [...this.members.values(), ...this.devices.values()]) {
      const copy = list.find((c) => c.sig === sig);
      if (copy) return copy.state;
    }
    return this.base?.signatureState(sig);
  }

  /** The member's current record with its sequence (the relay's access store, SPEC M1). */
  memberWithSeq(id: string): { member: Member; s: number } | null {
    const copy = this.memberCopy(id);
    return copy ? { member: copy.value, s: copy.s } : null;
  }

  /** The member's current record as a self-proving entry (`.rdsync` headers, SPEC Y3). */
  memberProof(id: string): BatchEntry | null {
    return this.memberCopy(id)?.entry ?? null;
  }

  /** A device registration as a self-proving entry. */
  deviceProof(member: string, fingerprint: string): BatchEntry | null {
    const own = this.devices.get(`${member}/${fingerprint}`)?.find((c) => c.state === 'ok');
    return own?.entry ?? this.base?.deviceProof(member, fingerprint) ?? null;
  }

  allMembers(): Member[] {
    const ids = new Set<string>([...this.members.keys(), ...(this.base?.memberIds() ?? [])]);
    const out: Member[] = [];
    for (const id of ids) {
      const m = this.member(id);
      if (m) out.push(m);
    }
    return out;
  }

  memberIds(): string[] {
    return [...new Set([...this.members.keys(), ...(this.base?.memberIds() ?? [])])];
  }

  /** A registered device key of the member (or the chair key for the chair's own device). */
  device(member: string, fingerprint: string): PublicJwk | null {
    const copies = this.devices.get(`${member}/${fingerprint}`);
    const own = copies?.find((c) => c.state === 'ok');
    return own?.value.key ?? this.base?.device(member, fingerprint) ?? null;
  }

  hasPending(): boolean {
    for (const list of [...this.members.values(), ...this.devices.values()])
      if (list.some((c) => c.state === 'pending')) return true;
    return false;
  }

  /**
   * One round: check every pending signature whose signer is known, here and (for an overlay) in
   * the base — a signature's validity is a fact about the record, whatever else is accepted.
   * Returns how many were checked.
   */
  async verifyPending(): Promise<number> {
    const inherited = this.base ? await this.base.verifyPendingWith(this) : 0;
    return inherited + (await this.verifyPendingWith(this));
  }

  /** Check this registry's pending copies, looking keys up in `lookup` (itself or an overlay). */
  private async verifyPendingWith(lookup: Registry): Promise<number> {
    const chair = lookup.chairKey();
    const jobs: Promise<void>[] = [];
    const check = <T>(c: SignedCopy<T>, key: PublicJwk) => {
      const bad = () => {
        c.state = 'bad';
        this.problems.push({ key: c.entry.k, reason: 'signature' });
      };
      if (c.sk !== keyFingerprint(key)) return bad();
      jobs.push(
        verify(key, c.sig, c.payload).then((ok) => {
          if (ok) c.state = 'ok';
          else bad();
        }),
      );
    };
    let changed = 0;
    if (chair) {
      for (const list of this.members.values())
        for (const c of list)
          if (c.state === 'pending') {
            check(c, chair);
            changed++;
          }
    }
    for (const [id, list] of this.devices) {
      const member = lookup.member(id.slice(0, id.indexOf('/')));
      if (!member) continue;
      for (const c of list)
        if (c.state === 'pending') {
          check(c, member.inviteKey);
          changed++;
        }
    }
    await Promise.all(jobs);
    if (changed) this.generation++;
    return changed;
  }
}

function push<T>(map: Map<string, T[]>, key: string, value: T) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function compare<T>(a: SignedCopy<T>, b: SignedCopy<T>): number {
  return a.s - b.s || (a.canonical < b.canonical ? -1 : a.canonical > b.canonical ? 1 : 0);
}

function best<T>(list: SignedCopy<T>[] | undefined): SignedCopy<T> | null {
  let out: SignedCopy<T> | null = null;
  for (const c of list ?? []) if (c.state === 'ok' && (!out || compare(c, out) > 0)) out = c;
  return out;
}
