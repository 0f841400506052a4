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

export async function writeSigned(
  ctx: PanelContext,
  key: string,
  value: unknown,
  signer: CryptoKey,
  fingerprint: string,
): Promise<void> {
  const run = async () => {
    const base = { ...baseEntry(ctx, key), v: value };
    const sig = await sign(signer, signedPayload(ctx.id, base));
    // Re-check the sequence after the await: a write to the same key may have landed meanwhile.
    if (nextSeq(ctx, key) !== base.s) return writeSigned(ctx, key, value, signer, fingerprint);
    append(ctx, { ...base, sig, sk: fingerprint });
  };
  const p = ctx.signedQueue.then(run, run);
  ctx.signedQueue = p.catch(() => undefined);
  await p;
  // Own signed entries count only once verified like anyone else's (SPEC D6).
  await ctx.view.settled();
}
