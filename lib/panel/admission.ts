/**
 * Checking an update against a panel before any of it is applied (SPEC C3, Q1–Q6, Y3): the relay
 * runs this on every message from a client and `.rdsync` import on every part. It adds the
 * update's new elements to an overlay of the document's chain index, verifies every signature,
 * and says, per client id, how far the update is authenticated and within limits. The document
 * itself is not touched: the caller applies all of it (relay), the accepted prefix (import), or
 * nothing.
 */
import type { Chain, ChainIndex } from './chains';
import { LIMITS } from './limits';
import type { ChangeOrigin } from './origins';
import { type DecodedUpdate, decodePanelUpdate } from './update-codec';
import { type CheckedVersion, checkEntry } from './validate';

export type RefusalReason =
  | 'signature'
  | 'delegation'
  | 'owner'
  | 'place'
  | 'body'
  | 'element'
  | 'entry'
  | 'genesis'
  | 'memberQuota'
  | 'sessionQuota'
  | 'documentQuota';

export interface Admission {
  decoded: DecodedUpdate;
  /** The document's index with the update's elements added (what a caller may learn from). */
  trial: ChainIndex;
  /** Per client id in the update: elements below this clock may be applied. */
  accepted: Map<number, number>;
  /** New elements within `accepted`. */
  added: number;
  /** Elements that need something the document lacks (an earlier element, a registration). */
  waiting: number;
  /** Elements refused, with why. */
  refused: { client: number; clock: number; reason: RefusalReason }[];
}

export interface AdmissionOptions {
  origin: ChangeOrigin;
  /** Refuse a batch holding any entry a reader would skip (the relay: honest clients never do). */
  strictEntries?: boolean;
  /** Enforce the per-member and per-document quotas (the relay). */
  quotas?: boolean;
  /** SPEC Q7: a panel without a verified genesis accepts nothing but one (the relay). */
  requireGenesis?: boolean;
}

export async function admitUpdate(
  index: ChainIndex,
  update: Uint8Array,
  opts: AdmissionOptions,
): Promise<Admission> {
  const decoded = decodePanelUpdate(update);
  const trial = index.overlay();
  const accepted = new Map<number, number>();
  const refused: Admission['refused'] = [];
  let waiting = 0;
  // Add each client's new elements, in clock order, up to its first gap.
  let lastClient = -1;
  let gapFrom = -1;
  for (const [client, clock, raw] of decoded.elements) {
    if (client !== lastClient) {
      lastClient = client;
      gapFrom = -1;
    }
    if (gapFrom >= 0) {
      waiting++;
      continue;
    }
    const next = trial.nextClock(client);
    if (clock < next) continue;
    if (clock > next) {
      gapFrom = clock;
      waiting++;
      continue;
    }
    trial.add(client, clock, raw, opts.origin);
  }
  await trial.verify();

  let added = 0;
  for (const chain of trial.ownChains()) {
    const newFrom = chain.start;
    let end = newFrom;
    for (let clock = newFrom; clock < chain.next; clock++) {
      const element = chain.element(clock)!;
      const reason = refusal(trial, chain.client, clock, opts);
      if (reason === 'waiting') {
        waiting += chain.next - clock;
        break;
      }
      if (reason) {
        refused.push({ client: chain.client, clock, reason });
        break;
      }
      if (element.problem && opts.strictEntries) {
        refused.push({ client: chain.client, clock, reason: element.problem as RefusalReason });
        break;
      }
      end = clock + 1;
    }
    if (end > newFrom) added += end - newFrom;
    accepted.set(chain.client, end);
  }
  // Clients with nothing new: everything they carry is already known.
  for (const [client] of decoded.elements) {
    if (!accepted.has(client)) accepted.set(client, index.nextClock(client));
  }
  if (opts.quotas) checkQuotas(trial, index, refused);
  if (opts.requireGenesis && added > 0 && !trial.hasChairSession()) {
    refused.push({ client: -1, clock: -1, reason: 'genesis' });
  }
  return { decoded, trial, accepted, added, waiting, refused };
}

/** Why an element of the trial cannot be applied now, 'waiting' if it may be later, or null. */
function refusal(
  trial: ChainIndex,
  client: number,
  clock: number,
  opts: AdmissionOptions,
): RefusalReason | 'waiting' | null {
  const chain = trial.chain(client)!;
  if (chain.delegation === 'bad') return 'delegation';
  if (chain.delegation === 'pending' || !chain.owner) {
    // No owner (a bad first element) can never be resolved; an unknown device key might be.
    const first = chain.start === 0 ? chain.element(0) : undefined;
    if (first?.problem) return first.problem as RefusalReason;
    return 'waiting';
  }
  if (!chain.counts(clock)) return 'signature';
  if (opts.strictEntries) {
    const element = chain.element(clock)!;
    const body = element.body;
    if (body) {
      for (let i = 0; i < body.e.length; i++) {
        const checked = checkEntry(body.e[i], trial.panelId, {
          by: chain.owner!.by as never,
          client,
          clock,
          index: i,
          at: body.at,
        });
        if (!checked.ok || !permitted(trial, chain, checked.version)) return 'entry';
      }
    }
  }
  return null;
}

/**
 * SPEC D5 and A5, as readers apply them: the relay refuses what no reader would count, so it never
 * stores it. Chair-only records need a chair-key session; reviewers' records a reviewing role;
 * self-proving records a signature that held.
 */
function permitted(trial: ChainIndex, chain: Chain, v: CheckedVersion): boolean {
  const chairSession = chain.owner?.dev === trial.registry.chairFingerprint();
  if (v.entry.sig && trial.registry.signatureState(v.entry.sig) !== 'ok') return false;
  switch (v.parsed.kind) {
    case 'meta':
    case 'member':
    case 'app':
    case 'file':
    case 'decision':
    case 'panelFact':
    case 'return':
      return chairSession;
    case 'device':
      return true;
    default: {
      const role = trial.registry.member(v.entry.by)?.role;
      return role === 'chair' || role === 'reviewer';
    }
  }
}

/** SPEC Q4–Q6: what the update adds per member and to the document, against the limits. */
function checkQuotas(trial: ChainIndex, index: ChainIndex, refused: Admission['refused']) {
  if (trial.documentBytes() > LIMITS.documentBytes) {
    refused.push({ client: -1, clock: -1, reason: 'documentQuota' });
  }
  const chairFp = trial.registry.chairFingerprint();
  for (const chain of trial.ownChains()) {
    const by = chain.owner?.by;
    if (!by) continue;
    const isChair = chain.owner?.dev === chairFp;
    const limit = isChair ? LIMITS.memberBytes * 2 : LIMITS.memberBytes;
    if (trial.memberBytes(by) > limit && trial.memberBytes(by) > index.memberBytes(by)) {
      refused.push({ client: chain.client, clock: chain.start, reason: 'memberQuota' });
    }
    if (trial.memberSessions(by) > LIMITS.memberSessions) {
      refused.push({ client: chain.client, clock: chain.start, reason: 'sessionQuota' });
    }
  }
}
