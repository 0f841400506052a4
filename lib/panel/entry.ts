/**
 * Entries (SPEC D1–D3): one version of one register, as readers see it — the fields written in its
 * batch (`k`, `s`, `v` or sealed `x`, an entry-level signature for signed kinds) plus what the
 * authenticated batch says about it (`d` the Yjs client id, `by` the author, `at` the time). This
 * file owns the winner order; where an entry lives in the document is its position id (batch.ts).
 */
import type { SealedValue } from '../crypto/seal';
import type { MemberId } from '../ids';

export const LOG_NAME = 'log';

export interface Entry {
  k: string;
  s: number;
  d: number;
  by: MemberId;
  at: number;
  v?: unknown;
  x?: SealedValue;
  sig?: string;
  sk?: string;
}

/** What the winner order needs of a version. */
export interface Ordered {
  entry: Entry;
  clock: number;
  index: number;
}

/**
 * SPEC D3: positive when a wins over b. Total: (s, client id, time, clock, index in batch); the
 * last two make every version's place unique, so equal means the same version.
 */
export function compareVersions(a: Ordered, b: Ordered): number {
  return (
    a.entry.s - b.entry.s ||
    a.entry.d - b.entry.d ||
    a.entry.at - b.entry.at ||
    a.clock - b.clock ||
    a.index - b.index
  );
}
