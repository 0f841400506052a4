/**
 * How every write reaches the document (SPEC D1–D3, D6, Y5): pick the entry's sequence, append it
 * to the log inside a transaction tagged with the local origin, and for signed registers sign it
 * first, one signed write at a time.
 */
import { sign } from '../crypto/ecdsa';
import { type Entry, signedPayload } from './entry';
import { LOCAL_ORIGIN } from './origins';
import type { PanelContext } from './panel-context';

/** Several writes as one user action: one transaction, one persisted batch. */
export function batch(ctx: PanelContext, fn: () => void): void {
  ctx.doc.transact(fn, LOCAL_ORIGIN);
}

function nextSeq(ctx: PanelContext, key: string): number {
  let max = 0;
  for (const v of ctx.view.versions(key)) max = Math.max(max, v.entry.s);
  // Also count versions that are not (yet) valid, so a local write never ties with them.
  return Math.max(max, ctx.view.maxSeqAny(key)) + 1;
}

/** Entries appended together land in one transaction. */
export function append(ctx: PanelContext, ...entries: Entry[]): void {
  ctx.doc.transact(() => ctx.view.log.push(entries), LOCAL_ORIGIN);
}

export function baseEntry(ctx: PanelContext, key: string): Omit<Entry, 'v' | 'x'> {
  return {
    k: key,
    s: nextSeq(ctx, key),
    d: ctx.doc.clientID,
    by: ctx.identity.memberId,
    at: Date.now(),
  };
}

export function writePlain(ctx: PanelContext, key: string, value: unknown): void {
  append(ctx, { ...baseEntry(ctx, key), v: value });
}

/** How often a signed write is signed again when the key moved on during the signing. */
const SIGN_ATTEMPTS = 5;

export async function writeSigned(
  ctx: PanelContext,
  key: string,
  value: unknown,
  signer: CryptoKey,
  fingerprint: string,
): Promise<void> {
  const run = async () => {
    // Sign again (in place, not by queueing behind ourselves) while a write to the same key
    // lands during the signing. A peer can keep doing that, so after a few tries the entry goes
    // in with the sequence it has: still valid, it only loses to a concurrent valid version.
    for (let attempt = 1; ; attempt++) {
      const base = { ...baseEntry(ctx, key), v: value };
      const sig = await sign(signer, signedPayload(ctx.id, base));
      if (nextSeq(ctx, key) === base.s || attempt >= SIGN_ATTEMPTS) {
        append(ctx, { ...base, sig, sk: fingerprint });
        return;
      }
    }
  };
  const p = ctx.signedQueue.then(run, run);
  ctx.signedQueue = p.catch(() => undefined);
  await p;
  // Own signed entries count only once verified like anyone else's (SPEC D6).
  await ctx.view.settled();
}
