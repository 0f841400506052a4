/**
 * Seeded byte-level damage for the reliability suites: what a disk, a network, a careless tool
 * or a hostile member can do to a file or a message — bits flipped, bytes overwritten, cut short,
 * extended, a range deleted, duplicated or zeroed, two genuine inputs spliced together.
 */
import type { Rng } from './support';

export interface Mutation {
  kind: string;
  bytes: Uint8Array;
}

function concat(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** A range inside `n` bytes, biased towards short ones. */
function range(r: Rng, n: number): [number, number] {
  const start = r.int(n);
  const len = 1 + r.int(Math.max(1, Math.min(n - start, r.chance(0.7) ? 16 : 4096)));
  return [start, Math.min(n, start + len)];
}

export const KINDS = [
  'flip',
  'overwrite',
  'truncate',
  'extend',
  'delete',
  'duplicate',
  'zero',
  'splice',
] as const;

/** One seeded mutation of `input` (never returns the input unchanged). */
export function mutate(r: Rng, input: Uint8Array, others: readonly Uint8Array[]): Mutation {
  for (;;) {
    const kind = r.pick(KINDS);
    const b = input.slice();
    let out: Uint8Array;
    switch (kind) {
      case 'flip': {
        const flips = 1 + r.int(r.chance(0.5) ? 1 : 8);
        for (let i = 0; i < flips; i++) b[r.int(b.length)]! ^= 1 << r.int(8);
        out = b;
        break;
      }
      case 'overwrite': {
        const n = 1 + r.int(4);
        for (let i = 0; i < n; i++) b[r.int(b.length)] = r.int(256);
        out = b;
        break;
      }
      case 'truncate':
        out = b.subarray(0, r.int(b.length));
        break;
      case 'extend':
        out = concat(
          b,
          Uint8Array.from({ length: 1 + r.int(64) }, () => r.int(256)),
        );
        break;
      case 'delete': {
        const [s, e] = range(r, b.length);
        out = concat(b.subarray(0, s), b.subarray(e));
        break;
      }
      case 'duplicate': {
        const [s, e] = range(r, b.length);
        out = concat(b.subarray(0, e), b.subarray(s, e), b.subarray(e));
        break;
      }
      case 'zero': {
        const [s, e] = range(r, b.length);
        b.fill(0, s, e);
        out = b;
        break;
      }
      case 'splice': {
        const other = others.length ? r.pick(others) : input;
        out = concat(b.subarray(0, r.int(b.length)), other.subarray(r.int(other.length)));
        break;
      }
    }
    if (out.length !== input.length || out.some((x, i) => x !== input[i]))
      return { kind, bytes: out };
  }
}
